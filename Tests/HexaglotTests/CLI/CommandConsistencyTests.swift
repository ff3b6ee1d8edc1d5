import Foundation
import Testing

/// The same option means the same in every command: `--pivot` is refused when no file is in its language,
/// `-` reads standard input wherever a file is read, `--max-size` takes one range, the text width comes from the
/// terminal or `$COLUMNS`.
@Suite struct CommandConsistencyTests {
    private func versions() throws -> (TemporaryDirectory, String, String) {
        let folder = try TemporaryDirectory()
        let chinese = try folder.file("d.zh.txt", text: "1. 各国应当合作。\n\n2. 秘书长应当报告。\n")
        let english = try folder.file(
            "d.en.txt", text: "1. States shall cooperate.\n\n2. The Secretary-General shall report.\n")
        return (folder, chinese, english)
    }

    @Test func aPivotInNoFilesLanguageIsRefusedByCheckAsByAlign() throws {
        let (folder, chinese, english) = try versions()
        defer { withExtendedLifetime(folder) {} }
        for command in ["check", "align"] {
            let result = try CommandRunner.run([command, "--pivot", "xx", chinese, english])
            #expect(result.status == 2, "\(command)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "hexaglot: error: --pivot xx: none of the files is in that language\n")
        }
        let englishPivot = try CommandRunner.run(["check", "--pivot", "en", chinese, english])
        #expect(englishPivot.status == 0)
    }

    @Test func tmxStatsReadsStandardInput() throws {
        let (folder, chinese, english) = try versions()
        defer { withExtendedLifetime(folder) {} }
        let memory = folder.url.appendingPathComponent("d.tmx").path
        #expect(try CommandRunner.run(["export", "--tmx", memory, chinese, english]).status == 0)
        let piped = try CommandRunner.run(
            ["tmx-stats", "-"], stdin: try String(contentsOfFile: memory, encoding: .utf8))
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix("-: TMX 1.4, 2 units, srclang zh-CN"))
        let direct = try CommandRunner.run(["tmx-stats", memory])
        #expect(piped.stdout.dropFirst(1) == direct.stdout.dropFirst(memory.count))
        let empty = try CommandRunner.run(["tmx-stats", "-"], stdin: "")
        #expect(empty.status == 2)
        #expect(empty.stderr == "hexaglot: error: -: empty file, no text\n")
        let tooLarge = try CommandRunner.run(
            ["tmx-stats", "--max-size", "1", "-"], stdin: String(repeating: "<!-- padding -->\n", count: 70_000))
        #expect(tooLarge.status == 2)
        #expect(tooLarge.stderr.hasPrefix("hexaglot: error: -: "))
    }

    @Test func maxSizeTakesOneRangeInEveryCommand() throws {
        let (folder, chinese, _) = try versions()
        defer { withExtendedLifetime(folder) {} }
        for command in [["check"], ["tmx-stats"], ["structure"]] {
            for value in ["0", "100001"] {
                let result = try CommandRunner.run(command + ["--max-size", value, chinese])
                #expect(result.status == 2, "\(command) \(value)")
                #expect(
                    result.stderr.contains("--max-size must be between 1 and 100000 MiB, not \(value)"),
                    "\(result.stderr)")
            }
        }
        #expect(try CommandRunner.run(["check", "--max-size", "5000", chinese]).status == 0)
    }

    @Test func sideBySideWidthComesFromColumnsWhenNotATerminal() throws {
        let (folder, chinese, english) = try versions()
        defer { withExtendedLifetime(folder) {} }
        let narrow = try CommandRunner.run(["align", chinese, english], environment: ["COLUMNS": "60"])
        let wide = try CommandRunner.run(["align", chinese, english], environment: ["COLUMNS": "160"])
        let widest = { (output: String) in output.split(separator: "\n").map(\.count).max() ?? 0 }
        #expect(widest(narrow.stdout) <= 60)
        #expect(widest(wide.stdout) > 60)
    }

    /// Language tags are read by ICU: written canonically (`zh-hans-cn` as `zh-Hans-CN`), refused when not
    /// well-formed as a whole or of no known language, with the `_` hint.
    @Test func languageTagsAreCheckedAndCanonicalisedByICU() throws {
        let (folder, chinese, english) = try versions()
        defer { withExtendedLifetime(folder) {} }
        for (given, written) in [("zh-hans-cn", "zh-Hans-CN"), ("zh-Hant-TW", "zh-Hant-TW"), ("i-klingon", "tlh")] {
            let result = try CommandRunner.run(["export", "--tmx", "-", "--zh-tag", given, chinese, english])
            #expect(result.status == 0)
            #expect(result.stdout.contains("srclang=\"\(written)\""), "\(given)")
            #expect(result.stdout.contains("<tuv xml:lang=\"\(written)\">"), "\(given)")
        }
        for bad in ["zh-x", "en-a", "abcd", "zh_CN", "zh-CN-", "x-private", "und"] {
            let result = try CommandRunner.run(["export", "--tmx", "-", "--zh-tag", bad, chinese, english])
            #expect(result.status == 2, "\(bad)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("hexaglot: error: --zh-tag \(bad): not a BCP 47 language tag"), "\(bad)")
        }
        let british = try CommandRunner.run(["export", "--tmx", "-", "--language-tag", "en=EN-gb", chinese, english])
        #expect(british.stdout.contains("<tuv xml:lang=\"en-GB\">"))
    }
}
