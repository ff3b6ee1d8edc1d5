import Foundation
import Testing

@testable import Hexaglot

/// `<!-- hexaglot: accept RULE -->` on a line of its own switches RULE off for the next line of text, and for
/// nothing else; the note is markup, never text.
@Suite struct AcceptDirectiveTests {
    private static let list = ["(一) 各国应当合作；", "", "(三) 秘书长应当报告。", "", "(五) 大会决定。"]

    private func findings(_ lines: [String], format: InputFormat = .plain) -> [Finding] {
        let document = Fixtures.parse(lines.joined(separator: "\n"), language: "zh", format: format)
        return Checker(catalog: Fixtures.catalog).check(document)
    }

    @Test func readsTheNote() {
        #expect(AcceptDirective.rules(in: "<!-- hexaglot: accept numbering.gap -->") == ["numbering.gap"])
        #expect(
            AcceptDirective.rules(in: "  <!--hexaglot: accept numbering.gap, footnote.out-of-order-->")
                == ["numbering.gap", "footnote.out-of-order"])
        #expect(AcceptDirective.rules(in: "<!-- hexaglot: accept -->") == nil)
        #expect(AcceptDirective.rules(in: "<!-- a comment -->") == nil)
        #expect(AcceptDirective.rules(in: "text <!-- hexaglot: accept numbering.gap -->") == nil)
        #expect(AcceptDirective.withoutComments("第一条 <!-- hexaglot: accept x --> 文本") == "第一条  文本")
    }

    @Test func acceptsOnlyTheNextLineAndOnlyThatRule() {
        let usual = findings(Self.list)
        #expect(usual.map(\.rule) == ["numbering.gap", "numbering.gap"])
        #expect(usual.map(\.line) == [3, 5])
        for format in [InputFormat.plain, .markdown] {
            let accepted = findings(
                ["(一) 各国应当合作；", "", "<!-- hexaglot: accept numbering.gap -->", "(三) 秘书长应当报告。", "", "(五) 大会决定。"],
                format: format)
            #expect(accepted.map(\.rule) == ["numbering.gap"], "\(format)")
            #expect(accepted.map(\.line) == [6], "\(format)")
            let otherRule = findings(
                ["(一) 各国应当合作；", "", "<!-- hexaglot: accept numbering.duplicate -->", "(三) 秘书长应当报告。", "", "(五) 大会决定。"],
                format: format)
            #expect(otherRule.map(\.rule) == ["numbering.gap", "numbering.gap"], "\(format)")
        }
    }

    @Test func aMisspeltRuleIsReportedNotIgnored() {
        let misspelt = findings(
            ["(一) 各国应当合作；", "", "<!-- hexaglot: accept numbering.gapp -->", "(三) 秘书长应当报告。"])
        #expect(misspelt.map(\.rule) == ["numbering.gap", "check.unknown-accepted-rule"])
        #expect(misspelt.last?.found == "numbering.gapp")
        #expect(misspelt.last?.line == 4)
    }

    /// The note is markup: accounted for, out of the text, the script told without it.
    @Test func theNoteIsMarkupNotText() throws {
        let text = "<!-- hexaglot: accept numbering.gap -->\n(三) 秘书长应当报告。\n"
        let document = Fixtures.parse(text, language: "zh")
        #expect(NothingLost.violation(in: document, input: text) == nil)
        #expect(!document.blocks.contains { $0.text.contains("hexaglot") })
        #expect(LanguageDetector.dominantScript(of: text) == "Hani")
        let folder = try TemporaryDirectory()
        let chinese = try folder.file("n.zh.txt", text: text)
        let english = try folder.file("n.en.txt", text: "(c) The Secretary-General shall report.\n")
        let memory = try CommandRunner.run(["export", "--tmx", "-", chinese, english])
        #expect(memory.status == 0)
        #expect(!memory.stdout.contains("hexaglot: accept"))
    }
}
