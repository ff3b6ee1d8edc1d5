import Foundation
import Testing

@testable import Hexaglot

/// The UDHR in six languages has clean lists and no footnotes: no numbering or footnote finding.
@Suite(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
struct CorpusCheckTests {
    @Test(arguments: Fixtures.languages)
    func findsNoNumberingOrFootnoteFaultInTheUDHR(_ language: String) throws {
        let document = try Fixtures.load(Fixtures.corpusFile("A_RES_217_A_III.\(language).txt"))
        #expect(document.language.code == language)
        let findings = Fixtures.check(document).filter {
            $0.rule.hasPrefix("numbering.") || $0.rule.hasPrefix("footnote.")
        }
        #expect(findings.isEmpty, "\(findings)")
        // The articles' numbered paragraphs are read as lists: Article 11 has 1. and 2. (㈠ ㈡ in Chinese).
        #expect(document.blocks.filter { $0.list != nil }.count >= 25)
    }

    static let sdgFiles = Fixtures.languages.flatMap { language in
        ["A_RES_70_1-SDG-goals", "A_RES_70_1-SDG-targets", "A_RES_71_313-SDG-indicators"].map {
            "\($0).\(language).txt"
        }
    }

    /// Targets `1.1`…`1.5`, `1.a`, `1.b`, `2.1`… and indicators `3.b.1` are outline numbers, one list a prefix.
    @Test(arguments: sdgFiles)
    func readsTheSDGNumbersAsCleanOutlineLists(_ name: String) throws {
        let document = try Fixtures.load(Fixtures.corpusFile(name))
        let findings = Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }
        #expect(findings.isEmpty, "\(findings)")
        // Goals are numbered `1 End poverty…` with no delimiter, which is no list marker.
        if !name.contains("goals") { #expect(document.blocks.filter { $0.list != nil }.count >= 169) }
    }

    /// The Chinese UDHR and SDG texts use `,` throughout (85 half-width marks against 4 full-width in the UDHR):
    /// one finding for the whole text, not one per paragraph.
    @Test(arguments: ["A_RES_217_A_III.zh.txt", "A_RES_70_1-SDG-targets.zh.txt"])
    func reportsHalfWidthCommasUsedThroughoutOnce(_ name: String) throws {
        let document = try Fixtures.load(Fixtures.corpusFile(name))
        let halfwidth = Fixtures.check(document).filter { $0.rule == "text.halfwidth-punctuation" }
        #expect(halfwidth.count == 1)
        #expect(halfwidth.first?.found == "," && halfwidth.first?.expected == "，")
        #expect(halfwidth.first?.message.contains("throughout") == true)
    }

    /// The Charter's preamble: `AND FOR THESE ENDS` on a line of its own, the clauses after it in lower case. A line
    /// in capitals is a heading; the lower-case line after it starts a paragraph of its own.
    @Test(arguments: [("en", "AND FOR THESE ENDS"), ("es", "Y CON TALES FINALIDADES"), ("fr", "ET À CES FINS")])
    func aLineInCapitalsIsNotContinuedByTheLowerCaseLineAfterIt(language: String, heading: String) throws {
        let document = try Fixtures.load(Fixtures.corpusFile("UN_Charter.\(language).txt"))
        let block = try #require(document.blocks.first { $0.location.line == 6 })
        #expect(block.text == heading)
        #expect(document.blocks.contains { $0.location.line == 7 })
    }
}
