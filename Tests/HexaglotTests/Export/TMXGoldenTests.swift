import Foundation
import Testing

@testable import Hexaglot

/// A small TMX written from a made-up two-language resolution, compared byte for byte with a golden file: the
/// header, a footnote call, a footnote body, escaped `&`, `<` and `"`.
struct TMXGoldenTests {
    private let golden = Fixtures.root.appendingPathComponent("Tests/HexaglotTests/Golden")
    private let inputs = ["Tests/HexaglotTests/Golden/tmx-small.zh.md", "Tests/HexaglotTests/Golden/tmx-small.en.md"]
    /// 2018-10-24 09:30:00 UTC, the day of the seed's reissue.
    private let epoch = ["SOURCE_DATE_EPOCH": "1540373400"]

    @Test func matchesTheGoldenFileWithTheDateFromSourceDateEpoch() throws {
        let result = try CommandRunner.run(["export", "--tmx", "-"] + inputs, environment: epoch)
        #expect(result.status == 0)
        #expect(result.stderr == "hexaglot: wrote standard output: 6 units, zh-CN en\n")
        let expected = try String(contentsOf: golden.appendingPathComponent("tmx-small.tmx"), encoding: .utf8)
            .replacingOccurrences(
                of: "creationtoolversion=\"VERSION\"", with: "creationtoolversion=\"\(Versions.hexaglot)\"")
        #expect(result.stdout == expected)
        #expect(result.stdout.contains("creationdate=\"20181024T093000Z\""))
        #expect(result.stdout.contains("<seg>欢迎秘书长的报告，<ph type=\"fnote\" x=\"1\">1</ph></seg>"))
        #expect(result.stdout.contains("请研究 &amp; 开发小组提交关于“a &lt; b”问题的报告；"))
        #expect(result.stdout.contains("<prop type=\"x-footnote\">1</prop>"))
    }

    @Test(.enabled(if: ExternalTools.hasDTD, Comment(rawValue: ExternalTools.dtdMissing)))
    func goldenFileIsValidTMX14() throws {
        #expect(LibXML.validate(golden.appendingPathComponent("tmx-small.tmx").path, dtd: ExternalTools.tmxDTD) == nil)
    }

    @Test func withoutSourceDateEpochTheDateIsNow() throws {
        let result = try CommandRunner.run(["export", "--tmx", "-"] + inputs)
        let date = try #require(result.stdout.firstMatch(of: /creationdate="([0-9T]+Z)"/)?.1)
        #expect(TMXDateFormat.shared.isValid(String(date)))
        let now = TMXDateFormat.shared.string(from: Date())
        #expect(date.prefix(8) == now.prefix(8) || date.prefix(4) == now.prefix(4))
    }

    @Test func languageTagsFollowTheOptions() throws {
        let result = try CommandRunner.run(
            ["export", "--tmx", "-", "--zh-tag", "zh-Hans", "--language-tag", "en=en-GB"] + inputs)
        #expect(result.status == 0)
        #expect(result.stdout.contains("srclang=\"zh-Hans\""))
        #expect(result.stdout.contains("<tuv xml:lang=\"zh-Hans\">"))
        #expect(result.stdout.contains("<tuv xml:lang=\"en-GB\">"))
        #expect(!result.stdout.contains("xml:lang=\"zh-CN\""))
    }

    @Test func alignWritesTheSameTMXBesideItsReport() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("small.tmx").path
        let result = try CommandRunner.run(["align", "--format", "tsv", "--tmx", path] + inputs, environment: epoch)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("zh\ten\n"))
        let exported = try CommandRunner.run(["export", "--tmx", "-"] + inputs, environment: epoch).stdout
        #expect(try String(contentsOfFile: path, encoding: .utf8) == exported)
    }

    @Test func datesAreCheckedForExistence() {
        #expect(TMXDateFormat.shared.isValid("20181024T093000Z"))
        #expect(TMXDateFormat.shared.isValid("20240229T235959Z"))
        #expect(!TMXDateFormat.shared.isValid("20230229T000000Z"))
        #expect(!TMXDateFormat.shared.isValid("20181324T093000Z"))
        #expect(!TMXDateFormat.shared.isValid("2018-10-24T09:30:00Z"))
        #expect(!TMXDateFormat.shared.isValid("20181024T093000"))
        #expect(TMXDateFormat.shared.string(from: Date(timeIntervalSince1970: 1_540_373_400)) == "20181024T093000Z")
    }
}
