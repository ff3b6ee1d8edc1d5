import Foundation
import Testing

/// Every kind of bad input ends in one line on standard error naming the file and the problem, exit status 2,
/// and nothing on standard output.
@Suite struct BadInputTests {
    private func expectRefusal(_ arguments: [String], _ message: String, stdin: String? = nil) throws {
        let result = try CommandRunner.run(arguments, stdin: stdin)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "hexaglot: error: \(message)\n")
    }

    @Test func missingFile() throws {
        try expectRefusal(["check", "no-such-file.txt"], "no-such-file.txt: no such file")
    }

    @Test func directory() throws {
        try expectRefusal(["check", "languages"], "languages: is a directory, not a document")
    }

    @Test func emptyFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("empty.txt", bytes: [])
        try expectRefusal(["check", path], "\(path): empty file, no text")
    }

    @Test func binaryFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("a.out", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
        try expectRefusal(["check", path], "\(path): binary file (NUL byte at byte offset 4), not a text document")
    }

    @Test func malformedUTF8() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("bad.txt", bytes: Array("(一) 各国".utf8) + [0xC3, 0x28] + Array("\n".utf8))
        try expectRefusal(
            ["check", path],
            "\(path): malformed UTF-8 at byte offset 12; if the file is in another encoding, name it with --encoding"
        )
    }

    @Test func hugeFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200 * 1_048_576)
        try handle.close()
        try expectRefusal(
            ["check", path],
            "\(path): 200.0 MiB is larger than the 100.0 MiB limit; split it, or raise the limit with --max-size"
        )
    }

    @Test func emptyStandardInput() throws {
        try expectRefusal(["check", "-"], "-: empty file, no text", stdin: "")
    }

    /// The versions are read side by side: when several cannot be read, the first named is the one reported,
    /// on every run, even when a later one fails sooner (a missing file fails at once; malformed UTF-8 at the
    /// end of a long file fails only once the file is read).
    @Test(arguments: ["check", "align", "review"])
    func firstBadFileInOrder(command: String) throws {
        let directory = try TemporaryDirectory()
        let long = Array(String(repeating: "(一) 各国应当尊重。\n", count: 40_000).utf8)
        let malformed = try directory.file("malformed.fr.txt", bytes: long + [0xC3, 0x28])
        let empty = try directory.file("empty.ru.txt", bytes: [])
        let files = ["samples/A-C.1-73-L.27.zh.md", malformed, "no-such-file.en.txt", empty]
        let output = command == "review" ? ["-o", "-"] : []
        for _ in 0..<3 {
            let result = try CommandRunner.run([command] + files + output)
            #expect(result.status == 2)
            #expect(
                result.stderr.hasPrefix("hexaglot: error: \(malformed): malformed UTF-8 at byte offset \(long.count)"))
        }
    }

    @Test func standardInputNamedTwice() throws {
        try expectRefusal(["check", "-", "-"], "-: empty file, no text", stdin: "第一条 各国应当尊重。\n")
    }

    @Test func unknownLanguage() throws {
        let result = try CommandRunner.run(["check", "--language", "xx", "samples/A-C.1-73-L.27.zh.md"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("hexaglot: error: "))
        #expect(result.stderr.contains("no language xx; known: ar, en, es, fr, ru, zh"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func unknownOption() throws {
        let result = try CommandRunner.run(["check", "--colour", "samples/A-C.1-73-L.27.zh.md"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--colour"))
    }

    @Test func noFileAtAll() throws {
        let result = try CommandRunner.run(["check"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Missing expected argument"))
    }
}
