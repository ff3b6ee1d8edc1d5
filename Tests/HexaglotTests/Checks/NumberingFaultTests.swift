import Foundation
import Testing

@testable import Hexaglot

/// Lists built from real UDHR text in each language, in that language's house style, with the faults
/// revisers meet: a gap, a duplicate, an item out of order, an item in another family.
@Suite(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
struct NumberingFaultTests {
    /// Each language's house-style markers for positions 1–6, and a marker of another family for position 4.
    static let styles: [String: (markers: [String], foreign: String)] = [
        "zh": (["(一)", "(二)", "(三)", "(四)", "(五)", "(六)"], "(d)"),
        "en": (["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"], "(4)"),
        "fr": (["a)", "b)", "c)", "d)", "e)", "f)"], "4)"),
        "es": (["a)", "b)", "c)", "d)", "e)", "f)"], "iv)"),
        "ru": (["а)", "б)", "в)", "г)", "д)", "е)"], "d)"),
        "ar": (["(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)"], "(٤)"),
    ]

    /// A lead-in paragraph and six article paragraphs of the UDHR in `language`.
    static func udhrParagraphs(_ language: String) throws -> (leadIn: String, items: [String]) {
        let document = try Fixtures.load(Fixtures.corpusFile("A_RES_217_A_III.\(language).txt"))
        let paragraphs = document.blocks.filter { $0.kind == .paragraph && $0.marker == nil && $0.text.count > 30 }
        return (paragraphs[0].text, paragraphs.dropFirst(10).prefix(6).map(\.text))
    }

    /// The list with the markers at `positions` (indices into the house markers; -1 for the foreign marker).
    static func document(_ language: String, positions: [Int]) throws -> Document {
        let (leadIn, items) = try udhrParagraphs(language)
        let style = try #require(styles[language])
        var lines = [leadIn]
        for (index, position) in positions.enumerated() {
            lines.append((position < 0 ? style.foreign : style.markers[position]) + " " + items[index % items.count])
        }
        return Fixtures.parse(lines.joined(separator: "\n") + "\n", language: language, format: .plain)
    }

    private func numbering(_ language: String, _ positions: [Int]) throws -> [Finding] {
        Fixtures.check(try Self.document(language, positions: positions)).filter { $0.rule.hasPrefix("numbering.") }
    }

    private func marker(_ language: String, _ position: Int) -> String {
        Self.styles[language]?.markers[position] ?? ""
    }

    @Test(arguments: Fixtures.languages)
    func acceptsAWellNumberedList(_ language: String) throws {
        #expect(try numbering(language, [0, 1, 2, 3, 4, 5]).isEmpty)
    }

    @Test(arguments: Fixtures.languages)
    func findsAGap(_ language: String) throws {
        let findings = try numbering(language, [0, 1, 3, 4, 5])
        let gap = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(gap.rule == "numbering.gap")
        #expect(gap.line == 4)
        #expect(gap.expected == marker(language, 2))
        #expect(gap.found == marker(language, 3))
    }

    @Test(arguments: Fixtures.languages)
    func findsADuplicate(_ language: String) throws {
        let findings = try numbering(language, [0, 1, 1, 2, 3, 4])
        let duplicate = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(duplicate.rule == "numbering.duplicate")
        #expect(duplicate.line == 4)
        #expect(duplicate.expected == marker(language, 2))
    }

    @Test(arguments: Fixtures.languages)
    func findsAnItemOutOfOrder(_ language: String) throws {
        let findings = try numbering(language, [0, 1, 3, 2, 4, 5])
        let swapped = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(swapped.rule == "numbering.out-of-order")
        #expect(swapped.line == 4)
        #expect(swapped.found == marker(language, 3))
    }

    @Test(arguments: Fixtures.languages)
    func findsAnItemInAnotherFamily(_ language: String) throws {
        let findings = try numbering(language, [0, 1, 2, -1, 4, 5])
        let mixed = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(mixed.rule == "numbering.mixed-family")
        #expect(mixed.line == 5)
        #expect(mixed.expected == marker(language, 3))
        #expect(mixed.found == Self.styles[language]?.foreign)
    }

    /// UN Arabic numbers operative paragraphs `1 - `, with `(أ)` subparagraphs below them.
    @Test func readsArabicOperativeParagraphsAndFindsTheirGap() throws {
        let text = "1 - يرحب بمجموعة القواعد التالية:\n(أ) أولا؛\n(ب) ثانيا؛\n2 - يهيب بالدول الأعضاء؛\n4 - يدعو؛\n"
        let document = Fixtures.parse(text, language: "ar")
        #expect(document.blocks.filter { $0.kind == .operative }.count == 3)
        #expect(document.blocks.filter { $0.kind == .listItem && $0.list?.level == 1 }.count == 2)
        let findings = Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }
        #expect(findings.map(\.rule) == ["numbering.gap"])
        #expect(findings.first?.expected == "3 -")
    }

    @Test func findsAGapInOutlineNumbers() throws {
        let text =
            "1.1 End poverty.\n1.2 Reduce poverty.\n1.4 Ensure rights.\n1.a Mobilize resources.\n2.1 End hunger.\n"
        let findings = Fixtures.check(Fixtures.parse(text, language: "en")).filter { $0.rule.hasPrefix("numbering.") }
        #expect(findings.map(\.rule) == ["numbering.gap"])
        #expect(findings.first?.line == 3)
        #expect(findings.first?.expected == "1.3")
    }

    @Test func writesTheExpectedOutlineNumberWithItsPrefix() throws {
        let text = "3.b.1 Proportion.\n3.b.2 Total.\n3.b.2 Duplicate.\n"
        let finding = try #require(Fixtures.check(Fixtures.parse(text, language: "en")).first)
        #expect(finding.rule == "numbering.duplicate")
        #expect(finding.expected == "3.b.3")
    }

    @Test(arguments: Fixtures.languages)
    func warnsWhenAListStartsAgain(_ language: String) throws {
        let findings = try numbering(language, [0, 1, 2, 0, 1])
        #expect(findings.map(\.rule) == ["numbering.restart"])
        #expect(findings.first?.line == 5)
    }
}

/// Paragraph numbers that run on through a report's chapters, as UN reports number them.
@Suite struct ContinuousNumberingTests {
    static let report = """
        I. Introduction
        1. The present report is submitted pursuant to resolution 73/27.
        2. It summarizes the views received.
        II. Views received from Member States
        3. Replies were received from the following States:
        (a) Austria;
        (b) China.
        4. The replies are reproduced in the annex.
        III. Conclusions
        5. The Secretary-General notes the replies.
        """

    @Test func followsParagraphNumbersAcrossChapterHeadings() {
        let document = Fixtures.parse(Self.report + "\n6. Further replies will be issued.\n", language: "en")
        #expect(Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }.isEmpty)
        let paragraphs = document.blocks.filter { $0.marker?.family == "decimal" }
        #expect(Set(paragraphs.compactMap { $0.list?.listID }).count == 1)
    }

    @Test func findsAGapAcrossAChapterHeading() throws {
        let document = Fixtures.parse(Self.report + "\n7. Further replies will be issued.\n", language: "en")
        let findings = Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }
        #expect(findings.map(\.rule) == ["numbering.gap"])
        #expect(findings.first?.expected == "6.")
    }
}
