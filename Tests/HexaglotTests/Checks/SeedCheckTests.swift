import Testing

@testable import Hexaglot

/// What `check` must report on the bundled sample, and what it must not.
@Suite struct SeedCheckTests {
    let findings: [Finding]

    init() throws {
        findings = Fixtures.check(try Fixtures.load(Fixtures.sample))
    }

    @Test func reportsTheLatinRunWithTheChineseNumeralsItsPositionsCallFor() throws {
        let numbering = findings.filter { $0.rule.hasPrefix("numbering.") }
        let first = try #require(numbering.first)
        #expect(first.line == 82)
        #expect(first.rule == "numbering.mixed-family")
        #expect(first.severity == .error)
        #expect(first.expected == "(九)")
        #expect(first.found == "(d)")
        #expect(numbering.map(\.line) == [82, 84, 86, 88, 90, 92, 94, 96])
        #expect(numbering.compactMap(\.expected) == ["(九)", "(十)", "(十一)", "(十二)", "(十三)", "(十四)", "(十五)", "(十六)"])
    }

    @Test func findsTheTraditionalCharactersAtLine92() throws {
        let traditional = findings.filter { $0.rule == "text.traditional-character" }
        let finding = try #require(traditional.first)
        #expect(traditional.count == 1)
        #expect(finding.line == 92)
        #expect(finding.found == "關鍵")
        #expect(finding.expected == "关键")
        #expect(finding.column == 53)
    }

    @Test func findsTheReissueNoteWithoutItsSymbol() throws {
        let reissue = try #require(findings.first { $0.rule == "reissue.note-without-symbol" })
        #expect(reissue.line == 27)
    }

    @Test func reportsNoFootnoteFault() {
        #expect(!findings.contains { $0.rule.hasPrefix("footnote.") })
    }

    @Test func reportsNothingElse() {
        let rules = Set(findings.map(\.rule))
        #expect(rules == ["numbering.mixed-family", "text.traditional-character", "reissue.note-without-symbol"])
    }
}
