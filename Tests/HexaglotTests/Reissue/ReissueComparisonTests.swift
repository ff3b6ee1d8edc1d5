import Foundation
import Testing

@testable import Hexaglot

/// `hexaglot reissue` on the bundled seed, which is a reissue, against an "original" made from it: the list of
/// paragraph 1 numbered (一)…(二十五) throughout, footnote 4 called in (七) instead of (八), and no reissue note.
struct ReissueComparisonTests {
    /// The seed's lines, 0-based.
    static func seedLines() throws -> [String] {
        try String(contentsOfFile: Fixtures.sample, encoding: .utf8).components(separatedBy: "\n")
    }

    static let chineseNumerals = ["九", "十", "十一", "十二", "十三", "十四", "十五", "十六"]

    /// The original the seed was reissued from, as the issue describes it.
    static func original() throws -> [String] {
        var lines = try seedLines()
        for (offset, letter) in "defghijk".enumerated() {
            let index = 81 + 2 * offset
            #expect(lines[index].hasPrefix("(\(letter))"))
            lines[index] = "(\(chineseNumerals[offset]))" + lines[index].dropFirst(3)
        }
        #expect(lines[73].contains("<sup>4</sup>"))
        lines[73] = lines[73].replacingOccurrences(of: "<sup>4</sup>", with: "")
        lines[72] = String(lines[72].dropLast()) + "<sup>4</sup>" + String(lines[72].last ?? "；")
        #expect(lines[26].hasPrefix("\\* 由于技术原因"))
        lines.remove(at: 26)
        return lines
    }

    private func compare(
        _ original: [String], _ reissue: [String], expectOnly: Set<ReissueChange.Category>? = nil,
        named suffix: String = "zh.md"
    ) throws -> ReissueResult {
        let directory = try TemporaryDirectory()
        let before = try Fixtures.load(try directory.file("original.\(suffix)", text: original.joined(separator: "\n")))
        let after = try Fixtures.load(try directory.file("reissue.\(suffix)", text: reissue.joined(separator: "\n")))
        return ReissueComparison(catalog: Fixtures.catalog).compare(
            original: before, reissue: after, expectOnly: expectOnly)
    }

    @Test func theSeedAgainstItsOriginalListsExactlyTheRenumberingTheMovedCallAndTheNote() throws {
        let result = try compare(try Self.original(), try Self.seedLines())
        let renumbered = result.changes.filter { $0.kind == .renumbered }
        #expect(renumbered.map(\.before) == Self.chineseNumerals.map { "(\($0))" })
        #expect(renumbered.map(\.after) == "defghijk".map { "(\($0))" })
        #expect(renumbered.map { $0.reissue?.line } == (0..<8).map { 82 + 2 * $0 })
        #expect(renumbered.map(\.clause) == ["1/(i)", "1/(j)", "1/(k)", "1/(l)", "1/(m)", "1/(n)", "1/(o)", "1/(p)"])

        let moved = try #require(result.changes.first { $0.kind == .footnoteCallMoved })
        #expect(moved.before == "1/(g)")
        #expect(moved.after == "1/(h)")
        #expect(moved.summary == "footnote 4 is called in 1/(h), no longer in 1/(g)")
        #expect(moved.original?.line == 72)
        #expect(moved.reissue?.line == 74)

        let note = try #require(result.changes.first { $0.kind == .noteAdded })
        #expect(note.reissue?.line == 27)
        #expect(result.marks.date == "2018-10-24")
        #expect(result.marks.note == "* 由于技术原因于 2018 年 10 月 24 日重发。")

        // Nothing else changed; the seed lost its symbol in conversion, so the asterisk cannot be seen.
        #expect(result.changes.count == 10)
        #expect(result.findings.map(\.rule) == ["reissue.symbol-not-marked"])
    }

    @Test func changesOutsideWhatWasAnnouncedAreErrors() throws {
        let numberingOnly = try compare(try Self.original(), try Self.seedLines(), expectOnly: [.numbering])
        let unexpected = numberingOnly.findings.filter { $0.rule == "reissue.unexpected-change" }
        #expect(unexpected.count == 1)
        #expect(unexpected.first?.line == 74)
        #expect(unexpected.first?.message.contains("footnote 4 is called in 1/(h)") == true)
        #expect(ReissueReport(numberingOnly).exitStatus == 1)

        let announced = try compare(try Self.original(), try Self.seedLines(), expectOnly: [.numbering, .footnotes])
        #expect(!announced.findings.contains { $0.severity == .error })
        #expect(ReissueReport(announced).exitStatus == 0)
    }

    @Test func textChangesAreShownCharacterByCharacterInChineseAndFootnoteBodiesCompared() throws {
        var reissue = try Self.seedLines()
        reissue[103] = reissue[103].replacingOccurrences(of: "合理步骤", with: "适当步骤")
        reissue[75] = reissue[75].replacingOccurrences(of: "第2200A(XXI)号", with: "第2200B(XXI)号")
        let result = try compare(try Self.seedLines(), reissue)
        let text = try #require(result.changes.first { $0.kind == .textChanged })
        #expect(text.clause == "1/(q)")
        #expect(text.diff?.contains("[-合理-]{+适当+}步骤") == true)
        let footnote = try #require(result.changes.first { $0.kind == .footnoteChanged })
        #expect(footnote.clause == "fn4")
        #expect(footnote.diff?.contains("2200[-A-]{+B+}") == true)
        #expect(result.changes.count == 2)
    }

    @Test func theMarksOfAnEnglishReissueAreExpectedChanges() throws {
        let original = [
            "A/RES/73/27", "", "The General Assembly,", "", "1. Decides to remain seized of the matter.", "",
        ]
        var reissue = original
        reissue[0] = "A/RES/73/27*"
        reissue += ["* Reissued for technical reasons on 24 October 2018.", ""]
        let result = try compare(original, reissue, expectOnly: [.numbering], named: "en.txt")
        #expect(result.changes.map(\.kind) == [.symbolMarked, .noteAdded])
        #expect(result.marks.symbol == "A/RES/73/27*")
        #expect(result.marks.symbolMarked)
        #expect(result.marks.date == "2018-10-24")
        #expect(result.findings.isEmpty)
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func clausesAddedRemovedAndMovedAndWordsChangedInEnglish() throws {
        let lines = try String(contentsOfFile: Fixtures.corpusFile("A_RES_217_A_III.en.txt"), encoding: .utf8)
            .components(separatedBy: "\n")
        var reissue = lines
        let article3 = try #require(reissue.firstIndex { $0.hasPrefix("Everyone has the right to life") })
        let article5 = try #require(reissue.firstIndex { $0.hasPrefix("No one shall be subjected to torture") })
        reissue[article3] = reissue[article3].replacingOccurrences(of: "security of person", with: "safety of person")
        let moved = reissue.remove(at: article5)
        reissue.insert(moved, at: article3 + 1)
        reissue.insert("This paragraph is new.", at: 3)
        let result = try compare(lines, reissue, named: "en.txt")
        let kinds = result.changes.map(\.kind)
        #expect(kinds.contains(.added))
        #expect(kinds.filter { $0 == .moved }.count == 1)
        let changed = try #require(result.changes.first { $0.kind == .textChanged })
        #expect(changed.diff?.contains("[-security-]{+safety+}") == true)
        #expect(result.findings.map(\.rule).contains("reissue.missing-note"))
        #expect(ReissueReport(result).exitStatus == 1)
    }
}

/// `hexaglot reissue` as a user runs it.
struct ReissueCommandTests {
    @Test func textDiffAndJSON() throws {
        let directory = try TemporaryDirectory()
        let original = try directory.file(
            "original.zh.md", text: try ReissueComparisonTests.original().joined(separator: "\n"))
        let text = try CommandRunner.run(["reissue", original, Fixtures.sample])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("\(Fixtures.sample) against \(original): 10 changes\n"))
        #expect(
            text.stdout.contains(
                "\(Fixtures.sample):82:1: renumbered: 1/(i) renumbered: (九) → (d)\n    original: \(original):81:1\n"))
        #expect(
            text.stdout.hasSuffix(
                "10 changes (footnote-call-moved 1, reissue-note-added 1, renumbered 8): 0 errors, 1 warning\n"))

        let diff = try CommandRunner.run(["reissue", "--format", "diff", original, Fixtures.sample])
        #expect(diff.stdout.hasPrefix("--- \(original)\n+++ \(Fixtures.sample)\n"))
        #expect(diff.stdout.contains("@@ -81 +82 @@ 1/(i) renumbered: (九) → (d)\n-(九)\n+(d)\n"))

        let json = try CommandRunner.run(["reissue", "--format", "json", original, Fixtures.sample])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["changes"] as? Int == 10)
        #expect((object["marks"] as? [String: Any])?["date"] as? String == "2018-10-24")
    }

    @Test func badInputEndsInOneLine() throws {
        let directory = try TemporaryDirectory()
        let english = try directory.file(
            "note.en.txt", text: "The General Assembly,\n\nDecides to remain seized of the matter.\n")
        for (arguments, says) in [
            (["reissue", Fixtures.sample, "/nonexistent/reissue.zh.md"], "/nonexistent/reissue.zh.md: no such file"),
            (["reissue", Fixtures.sample, english], "a reissue is compared with its original in one language"),
            (["reissue", "--expect-only", "spelling", Fixtures.sample, Fixtures.sample], "--expect-only spelling"),
        ] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2)
            #expect(result.stderr.contains(says), "\(result.stderr)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        }
    }
}

/// The reissue note of each language, in its own wording, read with its date.
struct ReissueNoteDateTests {
    static let notes = [
        ("zh", "* 由于技术原因于 2018 年 10 月 24 日重发。"),
        ("en", "* Reissued for technical reasons on 24 October 2018."),
        ("fr", "* Nouveau tirage pour raisons techniques (24 octobre 2018)."),
        ("es", "* Publicado nuevamente por razones técnicas el 24 de octubre de 2018."),
        ("ru", "* Переиздано по техническим причинам 24 октября 2018 года."),
        ("ar", "* أعيد إصدارها لأسباب فنية في 24 تشرين الأول/أكتوبر 2018."),
    ]

    @Test(arguments: notes)
    func theNoteIsFoundAndItsDateRead(code: String, note: String) throws {
        let language = Fixtures.language(code)
        let pattern = try #require(language.reissueNote)
        #expect(pattern.matches(String(note.dropFirst(2))))
        #expect(ReissueMarks.date(in: note, language: language) == "2018-10-24")
    }
}
