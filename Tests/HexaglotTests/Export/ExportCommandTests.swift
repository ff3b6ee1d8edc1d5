import Foundation
import Testing

@testable import Hexaglot

/// `hexaglot export` on bad requests and awkward input: one line on standard error, exit status 2, and never a
/// half-written or clobbered file.
struct ExportCommandTests {
    private let inputs = ["Tests/HexaglotTests/Golden/tmx-small.zh.md", "Tests/HexaglotTests/Golden/tmx-small.en.md"]

    private func expectOneLineError(_ result: ProcessResult, saying text: String) {
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("hexaglot: error: "))
        #expect(result.stderr.contains(text), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
    }

    @Test func refusesARequestWithNowhereToWrite() throws {
        expectOneLineError(try CommandRunner.run(["export"] + inputs), saying: "--tmx FILE, --pairwise FOLDER")
    }

    @Test func refusesLanguageTagsCATToolsIgnore() throws {
        expectOneLineError(
            try CommandRunner.run(["export", "--tmx", "-", "--zh-tag", "zh_CN"] + inputs), saying: "use - not _: zh-CN")
        expectOneLineError(
            try CommandRunner.run(["export", "--tmx", "-", "--language-tag", "en"] + inputs), saying: "CODE=TAG")
    }

    @Test func refusesMissingFoldersAndStandardOutputForAlign() throws {
        expectOneLineError(
            try CommandRunner.run(["export", "--tmx", "/nonexistent-hexaglot/out.tmx"] + inputs),
            saying: "no such folder")
        expectOneLineError(
            try CommandRunner.run(["export", "--pairwise", "/nonexistent-hexaglot"] + inputs), saying: "no such folder")
        expectOneLineError(
            try CommandRunner.run(["align", "--tmx", "-"] + inputs), saying: "use hexaglot export")
    }

    @Test func pairwiseRefusesTwoVersionsInOneLanguage() throws {
        let directory = try TemporaryDirectory()
        let result = try CommandRunner.run(["export", "--pairwise", directory.url.path] + inputs + [inputs[1]])
        expectOneLineError(result, saying: "two versions are in English")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test func aFailedExportLeavesTheOldFileAndNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let output = try directory.file("memory.tmx", text: "old")
        let missing = directory.url.appendingPathComponent("missing.en.md").path
        expectOneLineError(
            try CommandRunner.run(["export", "--tmx", output, inputs[0], missing]), saying: "no such file")
        // A folder where the file should go: the rename fails after the whole file was written.
        let folder = directory.url.appendingPathComponent("folder.tmx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        expectOneLineError(try CommandRunner.run(["export", "--tmx", folder.path] + inputs), saying: "folder.tmx")

        #expect(try String(contentsOfFile: output, encoding: .utf8) == "old")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        #expect(left == ["folder.tmx", "memory.tmx"])
    }

    @Test func charactersXMLForbidsAreDroppedAndCounted() throws {
        let directory = try TemporaryDirectory()
        let chinese = try directory.file("control.zh.txt", text: "大会欢迎秘书长的报告\u{1}。\n\n决定继续审议\u{B}这个问题。\n")
        let english = try directory.file(
            "control.en.txt",
            text: "The Assembly welcomes the report\u{1}.\n\nDecides to remain seized of the matter.\n")
        let output = directory.url.appendingPathComponent("control.tmx").path
        let result = try CommandRunner.run(["export", "--tmx", output, chinese, english])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: dropped 3 characters that XML 1.0 forbids"))
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("<seg>大会欢迎秘书长的报告。</seg>"))
        #expect(written.contains("<seg>决定继续审议这个问题。</seg>"))
        #expect(!written.unicodeScalars.contains { !XMLCharacters.isLegal($0) })
        if ExternalTools.hasDTD { #expect(LibXML.validate(output, dtd: ExternalTools.tmxDTD) == nil) }
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func keepEmptyWritesTheUnitsLeftOutWithAnEmptySeg() throws {
        let files = ["zh", "en"].map { Fixtures.corpusFile("A_RES_217_A_III.\($0).txt") }
        let plain = try CommandRunner.run(["export", "--tmx", "-"] + files)
        let kept = try CommandRunner.run(["export", "--tmx", "-", "--keep-empty"] + files)
        let counts = { (text: String) in text.components(separatedBy: "<tu ").count - 1 }
        let leftOut = try #require(plain.stderr.firstMatch(of: /left out (\d+) units/).flatMap { Int($0.1) })
        #expect(leftOut > 0)
        #expect(counts(kept.stdout) == counts(plain.stdout) + leftOut)
        #expect(kept.stdout.components(separatedBy: "<seg/>").count - 1 == leftOut)
        #expect(!kept.stderr.contains("left out"))
    }
}
