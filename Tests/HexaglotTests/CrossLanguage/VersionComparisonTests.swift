import Foundation
import Testing

@testable import Hexaglot

/// Cross-language checks on real text from the corpus, changed the way real faults look, in every language pair
/// with Chinese: each fault is found at its place in both versions, and the unchanged corpus gives no error.
@Suite(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
struct VersionComparisonTests {
    static let others = ["en", "fr", "es", "ru", "ar"]
    static let documents = [
        "A_RES_217_A_III", "A_RES_70_1-SDG-goals", "A_RES_70_1-SDG-targets", "A_RES_71_313-SDG-indicators",
    ]

    @Test(arguments: documents)
    func theUnchangedCorpusHasNoCrossLanguageError(document: String) throws {
        let documents = try Fixtures.languages.map { try Fixtures.load(Fixtures.corpusFile("\(document).\($0).txt")) }
        let findings = try Checker(catalog: Fixtures.catalog).check(documents)
        let errors = findings.filter { $0.rule.hasPrefix("xlang.") && $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.path):\($0.line): \($0.message)" })")
        #expect(!findings.contains { $0.rule == "align.unrelated" })
    }

    @Test(arguments: others)
    func anItemDroppedFromOneVersionsListIsFound(code: String) throws {
        var lines = Self.lines("A_RES_70_1-SDG-targets", code)
        let dropped = try #require(lines.firstIndex { $0.hasPrefix("1.3 ") })
        lines.remove(at: dropped)
        let findings = try Self.compare("A_RES_70_1-SDG-targets", code, other: lines)
        // Reported at 1.2, the item after which 1.3 belongs, with 1.3 of the Chinese as counterpart.
        try Self.expect(findings, "xlang.list-length", code: code, line: dropped, counterpartLine: 3)
    }

    @Test(arguments: others)
    func anItemNumberedForAnotherPositionIsFound(code: String) throws {
        // Article 11 (2) of the UDHR numbered 3. in the other version: aligned with ㈡, it means the third item.
        var lines = Self.lines("A_RES_217_A_III", code)
        let item = try #require(lines.firstIndex { $0.hasPrefix("2. ") })
        lines[item] = "3. " + lines[item].dropFirst(3)
        let chinese = try #require(Self.lines("A_RES_217_A_III", "zh").firstIndex { $0.hasPrefix("㈡") })
        let findings = try Self.compare("A_RES_217_A_III", code, other: lines)
        let finding = try Self.expect(
            findings, "xlang.item-ordinal", code: code, line: item + 1, counterpartLine: chinese + 1)
        #expect(finding.expected == "item 2")
    }

    @Test func aChineseItemNumberedInAnotherFamilyIsFoundInTheChinese() throws {
        // Article 16 (2) written (d), as the seed writes (d) where (九) belongs: the Chinese is at fault.
        var chinese = Self.lines("A_RES_217_A_III", "zh")
        let third = try #require(chinese.firstIndex { $0.hasPrefix("㈢") })
        #expect(chinese[third - 1].hasPrefix("㈡"))
        chinese[third - 1] = "(d)" + chinese[third - 1].dropFirst()
        let english = Self.lines("A_RES_217_A_III", "en")
        let findings = try Self.compare("A_RES_217_A_III", "en", chinese: chinese, other: english)
        let finding = try #require(findings.first { $0.rule == "xlang.item-ordinal" })
        #expect(finding.path.hasSuffix(".zh.txt"))
        #expect(finding.line == third)
        #expect(finding.counterpart?.path.hasSuffix(".en.txt") == true)
        #expect(finding.counterpart.map { english[$0.line - 1].hasPrefix("2. ") } == true)
        #expect(finding.found == "(d) (item 4)")
        #expect(finding.expected == "item 2")
    }

    @Test(arguments: others)
    func aChangedNumberIsFound(code: String) throws {
        var lines = Self.lines("A_RES_70_1-SDG-targets", code)
        let target = try #require(lines.firstIndex { $0.hasPrefix("1.2 ") })
        #expect(lines[target].contains("2030"))
        lines[target] = lines[target].replacingOccurrences(of: "2030", with: "2020")
        let findings = try Self.compare("A_RES_70_1-SDG-targets", code, other: lines)
        let finding = try Self.expect(
            findings, "xlang.number-mismatch", code: code, line: target + 1, counterpartLine: 2)
        #expect(finding.message.contains("2020 here, 2030 in Chinese"))
    }

    /// Each language's own way of writing 24 October 2018, and a form UN style does not use.
    static let dates = [
        "zh": "2018 年 10 月 24 日", "en": "24 October 2018", "fr": "24 octobre 2018", "es": "24 de octubre de 2018",
        "ru": "24 октября 2018 года", "ar": "24 تشرين الأول/أكتوبر 2018",
    ]

    @Test(arguments: others)
    func datesCompareAcrossLanguagesAndADateInTheWrongFormIsFound(code: String) throws {
        var chinese = Self.lines("A_RES_70_1-SDG-targets", "zh")
        chinese[1] += "（\(try #require(Self.dates["zh"]))）"
        var lines = Self.lines("A_RES_70_1-SDG-targets", code)
        let written = lines[1]
        lines[1] = written + " (\(try #require(Self.dates[code])))"
        let right = try Self.compare("A_RES_70_1-SDG-targets", code, chinese: chinese, other: lines)
        #expect(!right.contains { $0.rule == "xlang.number-mismatch" && $0.line == 2 })
        lines[1] = written + " (24/10/2018)"
        let wrong = try Self.compare("A_RES_70_1-SDG-targets", code, chinese: chinese, other: lines)
        try Self.expect(wrong, "xlang.number-mismatch", code: code, line: 2, counterpartLine: 2)
    }

    @Test(arguments: others)
    func aFootnoteMovedToAnotherClauseIsFound(code: String) throws {
        let chinese = Self.withFootnote(Self.lines("A_RES_70_1-SDG-targets", "zh"), calledOn: 1, body: "A/RES/70/1。")
        let other = Self.withFootnote(Self.lines("A_RES_70_1-SDG-targets", code), calledOn: 3, body: "A/RES/70/1.")
        let findings = try Self.compare(
            "A_RES_70_1-SDG-targets", code, chinese: chinese, other: other, extension: "md")
        let finding = try Self.expect(findings, "xlang.footnote-placement", code: code, line: 4, counterpartLine: 2)
        #expect(finding.expected == "1.2")
        #expect(finding.found == "1.4")
    }

    @Test(arguments: others)
    func aFootnoteBodyMissingFromOneVersionIsFound(code: String) throws {
        let chinese = Self.withFootnote(Self.lines("A_RES_70_1-SDG-targets", "zh"), calledOn: 1, body: "A/RES/70/1。")
        var other = Self.withFootnote(Self.lines("A_RES_70_1-SDG-targets", code), calledOn: 1, body: "A/RES/70/1.")
        other.removeLast(2)
        let findings = try Self.compare(
            "A_RES_70_1-SDG-targets", code, chinese: chinese, other: other, extension: "md")
        let finding = try Self.expect(findings, "xlang.footnote-count", code: code, line: 2, counterpartLine: 2)
        #expect(finding.message.hasPrefix("the body of footnote 1 is missing here"))
    }

    @Test(arguments: others)
    func aSentenceLeftOutIsFound(code: String) throws {
        var lines = Self.lines("A_RES_217_A_III", code)
        // Article 3, one sentence: "Everyone has the right to life, liberty and security of person."
        let sentence = try Self.line(after: ["Article 3", "Artículo 3", "Статья 3", "المادة 3"], in: lines)
        lines.remove(at: sentence)
        let findings = try Self.compare("A_RES_217_A_III", code, other: lines)
        // Reported where the text is (the Chinese), with the place the other version goes on (the heading of
        // article 4) as counterpart.
        let chinese = try Self.line(after: ["第三条"], in: Self.lines("A_RES_217_A_III", "zh"))
        let finding = try #require(
            findings.first { $0.rule == "xlang.omission" && $0.path.hasSuffix(".zh.txt") && $0.line == chinese + 1 },
            "\(findings.map { "\($0.rule) \($0.path):\($0.line)" })")
        #expect(finding.counterpart?.path.hasSuffix(".\(code).txt") == true)
        #expect(finding.counterpart.map { lines[$0.line - 1].hasSuffix("4") } == true)
    }

    @Test(arguments: others)
    func aSentenceLeftInAnotherLanguageIsFound(code: String) throws {
        let source = code == "en" ? "fr" : "en"
        let foreign = Self.lines("A_RES_217_A_III", source)
        var lines = Self.lines("A_RES_217_A_III", code)
        let paragraph = try Self.articleTwoSecondParagraph(lines) - 1
        lines[paragraph] = foreign[try Self.articleTwoSecondParagraph(foreign) - 1]
        let findings = try Self.compare("A_RES_217_A_III", code, other: lines)
        let chinese = try Self.articleTwoSecondParagraph(Self.lines("A_RES_217_A_III", "zh"))
        let finding = try Self.expect(
            findings, "xlang.untranslated", code: code, line: paragraph + 1, counterpartLine: chinese)
        #expect(finding.found == Fixtures.language(source).name)
    }

    @Test func aChineseSentenceLeftInEnglishIsFoundInTheChinese() throws {
        var chinese = Self.lines("A_RES_217_A_III", "zh")
        let english = Self.lines("A_RES_217_A_III", "en")
        let sentence = try Self.line(after: ["第三条"], in: chinese)
        chinese[sentence] = english[try Self.line(after: ["Article 3"], in: english)]
        let findings = try Self.compare("A_RES_217_A_III", "en", chinese: chinese, other: english)
        let finding = try #require(findings.first { $0.rule == "xlang.untranslated" })
        #expect(finding.path.hasSuffix(".zh.txt"))
        #expect(finding.line == sentence + 1)
        #expect(finding.counterpart.map { english[$0.line - 1].hasPrefix("Everyone has the right to life") } == true)
    }

    @Test func aCitationKeptInEnglishByTheChineseTooIsNotUntranslated() throws {
        // The French and the Chinese both cite an English-only title: that is how UN documents cite.
        let citation = "Report of the Independent Expert Group on the Data Revolution for Sustainable Development"
        var chinese = Self.lines("A_RES_217_A_III", "zh")
        var french = Self.lines("A_RES_217_A_III", "fr")
        chinese.append(contentsOf: ["", citation])
        french.append(contentsOf: ["", citation])
        let findings = try Self.compare("A_RES_217_A_III", "fr", chinese: chinese, other: french)
        #expect(!findings.contains { $0.rule == "xlang.untranslated" && $0.path.hasSuffix(".fr.txt") })
    }

    @Test func twoDifferentDocumentsEndInAWarning() throws {
        let documents = try [
            Fixtures.load(Fixtures.corpusFile("A_RES_217_A_III.zh.txt")),
            Fixtures.load(Fixtures.corpusFile("A_RES_71_313-SDG-indicators.en.txt")),
        ]
        let findings = try Checker(catalog: Fixtures.catalog).check(documents, asVersions: true)
        #expect(findings.contains { $0.rule == "align.unrelated" && $0.severity == .warning })
    }

    // MARK: Helpers

    static func lines(_ document: String, _ code: String) -> [String] {
        let text = (try? String(contentsOfFile: Fixtures.corpusFile("\(document).\(code).txt"), encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n")
    }

    /// The 0-based line of the second paragraph of article 2 of the UDHR (`Furthermore, …`).
    static func articleTwoSecondParagraph(_ lines: [String]) throws -> Int {
        try line(after: ["第二条", "Article 2", "Artículo 2", "Статья 2", "المادة 2"], in: lines) + 1
    }

    /// The 0-based line after the first line that is one of `headings`.
    static func line(after headings: [String], in lines: [String]) throws -> Int {
        try #require(lines.firstIndex { headings.contains($0.trimmingCharacters(in: .whitespaces)) }) + 1
    }

    /// `lines` in Markdown with footnote 1 called at the end of line `call` and its body after the text.
    static func withFootnote(_ lines: [String], calledOn call: Int, body: String) -> [String] {
        var lines = lines
        lines[call] += "<sup>1</sup>"
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines + ["", "<sup>1</sup> \(body)", ""]
    }

    /// The findings of `check` on the Chinese version and the other one, as changed.
    static func compare(
        _ document: String, _ code: String, chinese: [String]? = nil, other: [String], extension: String = "txt"
    ) throws -> [Finding] {
        let directory = try TemporaryDirectory()
        let chinesePath = try directory.file(
            "\(document).zh.\(`extension`)", text: (chinese ?? lines(document, "zh")).joined(separator: "\n"))
        let otherPath = try directory.file("\(document).\(code).\(`extension`)", text: other.joined(separator: "\n"))
        let documents = try [Fixtures.load(chinesePath), Fixtures.load(otherPath)]
        return try Checker(catalog: Fixtures.catalog).check(documents)
    }

    /// The finding of `rule` at 1-based `line` of the other version, whose counterpart is `counterpartLine` of
    /// the Chinese.
    @discardableResult
    static func expect(_ findings: [Finding], _ rule: String, code: String, line: Int, counterpartLine: Int) throws
        -> Finding
    {
        let finding = try #require(
            findings.first {
                $0.rule == rule && $0.path.hasSuffix(".\(code).txt")
                    || $0.rule == rule && $0.path.hasSuffix(".\(code).md")
            },
            "\(rule) not found among \(findings.map { "\($0.rule) \($0.path):\($0.line)" })")
        #expect(finding.line == line, "\(finding.message)")
        #expect(finding.counterpart?.line == counterpartLine, "\(finding.message)")
        #expect(finding.counterpart.map { $0.path.contains(".zh.") } == true)
        return finding
    }
}

/// `hexaglot check` with several versions: the counterpart in text and JSON, and bad input.
struct CheckVersionsCommandTests {
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func findingsNameTheCounterpartInTextAndJSON() throws {
        let directory = try TemporaryDirectory()
        let (renamed, changed) = try Self.targetsWithChangedYear(
            in: directory, named: ("numbers.zh.txt", "numbers.en.txt"))
        let result = try CommandRunner.run(["check", renamed, changed])
        #expect(
            result.stdout.contains(
                "\(changed):2:1: warning: 2020 here, 2030 in Chinese (\(renamed):2:1) [xlang.number-mismatch]\n    note: expected 2030, found 2020\n    counterpart: \(renamed):2:1\n"
            ))
        let json = try CommandRunner.run(["check", "--format", "json", renamed, changed])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let finding = try #require(
            findings.first { $0["rule"] as? String == "xlang.number-mismatch" && $0["line"] as? Int == 2 })
        let counterpart = try #require(finding["counterpart"] as? [String: Any])
        #expect(counterpart["path"] as? String == renamed)
        #expect(counterpart["line"] as? Int == 2)
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func versionsOfDifferentDocumentsEndInAClearWarning() throws {
        let result = try CommandRunner.run([
            "check", "--versions", Fixtures.corpusFile("A_RES_217_A_III.zh.txt"),
            Fixtures.corpusFile("A_RES_71_313-SDG-indicators.en.txt"),
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[align.unrelated]"))
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func filesEachInTheirOwnLanguageAreVersionsWhateverTheirNames() throws {
        let directory = try TemporaryDirectory()
        let (chinese, english) = try Self.targetsWithChangedYear(in: directory, named: ("projet.txt", "draft.txt"))
        let result = try CommandRunner.run(["check", chinese, english])
        #expect(result.stdout.contains("\(english):2:1: warning: 2020 here, 2030 in Chinese"))
        // The same two files among others in the same languages are grouped by name, and these names differ.
        let more = try directory.file(
            "other.en.txt", text: "The General Assembly,\n\nDecides to remain seized of the matter.\n")
        let batch = try CommandRunner.run(["check", chinese, english, more])
        #expect(!batch.stdout.contains("[xlang."))
    }

    /// The SDG targets in Chinese, and in English with target 1.2 saying 2020 for 2030, written as `names`.
    private static func targetsWithChangedYear(in directory: TemporaryDirectory, named names: (String, String)) throws
        -> (chinese: String, english: String)
    {
        let read = { (code: String) in
            try String(contentsOfFile: Fixtures.corpusFile("A_RES_70_1-SDG-targets.\(code).txt"), encoding: .utf8)
        }
        return (
            try directory.file(names.0, text: try read("zh")),
            try directory.file(
                names.1, text: try read("en").replacingOccurrences(of: "1.2 By 2030", with: "1.2 By 2020"))
        )
    }

    @Test func aMissingVersionEndsInOneLine() throws {
        let result = try CommandRunner.run(["check", "samples/A-C.1-73-L.27.zh.md", "/nonexistent/A-C.1-73-L.27.en.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "hexaglot: error: /nonexistent/A-C.1-73-L.27.en.md: no such file\n")
        #expect(result.stdout.isEmpty)
    }
}
