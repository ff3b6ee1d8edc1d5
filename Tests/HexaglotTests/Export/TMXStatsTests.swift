import Foundation
import Testing

@testable import Hexaglot

/// `hexaglot tmx-stats`: counts, the problems CAT tools trip over, and hostile or broken XML, which ends in one
/// line on standard error and exit status 2, never a hang, a crash, a network access or a file disclosed.
struct TMXStatsTests {
    private static let header = """
        <header creationtool="Test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" \
        srclang="en" datatype="plaintext" creationdate="20181024T093000Z"/>
        """

    private static func tmx(doctype: String = "", body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(doctype)<tmx version=\"1.4\">\n\(header)\n<body>\n\(body)\n</body>\n</tmx>\n"
    }

    private static let goodUnit =
        #"<tu tuid="1"><tuv xml:lang="en"><seg>Peace</seg></tuv><tuv xml:lang="zh-CN"><seg>和平</seg></tuv></tu>"#

    @Test func countsUnitsAndLanguages() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("good.tmx", text: Self.tmx(body: Self.goodUnit + "\n" + Self.goodUnit))
        let result = try CommandRunner.run(["tmx-stats", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains(": TMX 1.4, 2 units, srclang en, segtype sentence, created 20181024T093000Z"))
        #expect(result.stdout.contains("languages: en 2, zh-CN 2\n"))
        #expect(result.stdout.hasSuffix("no problems\n"))
    }

    @Test func reportsWhatCATToolsRejectWithLinesAndExitStatus1() throws {
        let body = """
            <tu tuid="no-english"><tuv xml:lang="zh-CN"><seg>和平</seg></tuv></tu>
            <tu tuid="no-lang"><tuv xml:lang="en"><seg>Peace</seg></tuv><tuv><seg>Paix</seg></tuv></tu>
            <tu tuid="bad-date" creationdate="2018-10-24"><tuv xml:lang="en"><seg>Peace</seg></tuv></tu>
            <tu tuid="underscore"><tuv xml:lang="en"><seg>Peace</seg></tuv><tuv xml:lang="zh_CN"><seg>和平</seg></tuv></tu>
            <tu tuid="empty"/>
            """
        let directory = try TemporaryDirectory()
        let path = try directory.file("faults.tmx", text: Self.tmx(body: body))
        let result = try CommandRunner.run(["tmx-stats", path])
        #expect(result.status == 1)
        let problems = result.stdout.split(separator: "\n").filter { $0.hasPrefix(path + ":") && $0.contains(" [tmx.") }
        #expect(problems.count == 5)
        #expect(
            problems.contains {
                $0.hasPrefix(
                    "\(path):5: warning: tu \"no-english\" has no tuv in the source language en [tmx.no-source-variant]"
                )
            })
        #expect(
            problems.contains {
                $0.hasPrefix("\(path):6: error: a tuv in tu \"no-lang\" has no xml:lang [tmx.missing-language]")
            })
        #expect(
            problems.contains {
                $0.hasPrefix("\(path):7: warning: <tu creationdate=\"2018-10-24\">") && $0.hasSuffix("[tmx.bad-date]")
            })
        #expect(
            problems.contains {
                $0.hasPrefix("\(path):8: error: xml:lang=\"zh_CN\": CAT tools want zh-CN [tmx.underscore-language]")
            })
        #expect(problems.contains { $0.hasPrefix("\(path):9: warning: tu \"empty\" has no tuv [tmx.empty-unit]") })

        let json = try CommandRunner.run(["tmx-stats", "--format", "json", path])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["units"] as? Int == 5)
        #expect(object["problemCount"] as? Int == 5)
    }

    @Test func aHeaderWithoutRequiredAttributesIsAProblem() throws {
        let text = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\(Self.goodUnit)</body></tmx>"
        let directory = try TemporaryDirectory()
        let statistics = try TMXStatistics.read(try directory.file("bare.tmx", text: text))
        #expect(statistics.problems.map(\.rule) == ["tmx.missing-header-attribute"])
        #expect(statistics.problems[0].message.contains("creationtool, creationtoolversion, segtype"))
    }

    // MARK: Hostile and broken input

    /// Nine levels of entities, each ten of the level below: `&lol9;` would expand to a thousand million `lol`s.
    static let laughs =
        "<!DOCTYPE tmx [\n<!ENTITY lol \"lol\">\n"
        + (1...9).map { level in
            let below = "&lol\(level == 1 ? "" : String(level - 1));"
            return "<!ENTITY lol\(level) \"\(String(repeating: below, count: 10))\">\n"
        }.joined() + "]>\n"

    /// Each case: the file, and what its one-line error must say.
    static let hostile: [(name: String, text: String, says: String)] = [
        (
            "billion-laughs.tmx",
            tmx(
                doctype: laughs,
                body: #"<tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv></tu>"#),
            "entity"
        ),
        (
            "billion-laughs-in-attribute.tmx",
            tmx(
                doctype: laughs,
                body: #"<tu tuid="&lol9;"><tuv xml:lang="en"><seg>Peace</seg></tuv></tu>"#),
            "entity"
        ),
        (
            "external-entity-in-attribute.tmx",
            tmx(
                doctype: "<!DOCTYPE tmx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n",
                body: #"<tu tuid="&secret;"><tuv xml:lang="en"><seg>Peace</seg></tuv></tu>"#),
            "external entity"
        ),
        (
            "external-entity.tmx",
            tmx(
                doctype: "<!DOCTYPE tmx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n",
                body: #"<tu><tuv xml:lang="en"><seg>&secret;</seg></tuv></tu>"#),
            "entity reference &secret;"
        ),
        (
            "deep.tmx",
            tmx(body: String(repeating: "<tu>", count: 10_000) + String(repeating: "</tu>", count: 10_000)),
            "nested more than 64 deep"
        ),
        ("unclosed.tmx", "<tmx version=\"1.4\">\n\(header)\n<body>\n<tu>\n", "unclosed.tmx:"),
        ("not-tmx.xml", "<html><body>Peace</body></html>\n", "the root element is <html>, not <tmx>"),
        ("empty.tmx", "", "empty file"),
    ]

    @Test(arguments: hostile.indices)
    func hostileOrBrokenXMLEndsInOneLineAndExitStatus2(index: Int) throws {
        let (name, text, says) = Self.hostile[index]
        let directory = try TemporaryDirectory()
        let path = try directory.file(name, text: text)
        let result = try CommandRunner.run(["tmx-stats", path], timeout: 60)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("hexaglot: error: \(path)"))
        #expect(result.stderr.contains(says), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(!result.stderr.contains("root:"), "the contents of /etc/passwd must never show")
    }

    @Test func externalDTDsAndParameterEntitiesAreNeitherFetchedNorRead() throws {
        let directory = try TemporaryDirectory()
        for doctype in [
            "<!DOCTYPE tmx SYSTEM \"http://example.invalid/tmx14.dtd\">\n",
            "<!DOCTYPE tmx [<!ENTITY % secret SYSTEM \"file:///etc/passwd\"> %secret;]>\n",
        ] {
            let path = try directory.file("doctype.tmx", text: Self.tmx(doctype: doctype, body: Self.goodUnit))
            let result = try CommandRunner.run(["tmx-stats", path], timeout: 60)
            #expect(result.status == 0)
            #expect(result.stdout.contains("1 units"))
            #expect(!(result.stdout + result.stderr).contains("root:"))
        }
    }

    @Test func aOneGigabyteFileIsRefusedBeforeParsingAndFailsFastWhenAllowed() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("huge.tmx").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<tmx version=\"1.4\">".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 1 << 30)  // sparse: a gigabyte of NUL bytes after the start tag
        try handle.close()

        let refused = try CommandRunner.run(["tmx-stats", path], timeout: 60)
        #expect(refused.status == 2)
        #expect(
            refused.stderr
                == "hexaglot: error: \(path): 1024.0 MiB is larger than the 100.0 MiB limit; split it, or raise the limit with --max-size\n"
        )

        let allowed = try CommandRunner.run(["tmx-stats", "--max-size", "2000", path], timeout: 60)
        #expect(allowed.status == 2)
        #expect(allowed.stderr.hasPrefix("hexaglot: error: \(path):1:"))
    }

    @Test func binaryAndMissingFilesEndInOneLine() throws {
        let directory = try TemporaryDirectory()
        let binary = try directory.file("binary.tmx", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        for path in [binary, directory.url.appendingPathComponent("missing.tmx").path, directory.url.path] {
            let result = try CommandRunner.run(["tmx-stats", path], timeout: 60)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("hexaglot: error: \(path)"))
            #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        }
    }
}
