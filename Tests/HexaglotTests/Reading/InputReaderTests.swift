import Foundation
import Testing

@testable import Hexaglot

/// Encodings a UN archive holds, and every kind of input that is not a document.
@Suite struct InputReaderTests {
    let sampleText = "1. 欢迎以下一套国家负责任行为的国际规则、规范和原则：\n(一) 各国应遵守《联合国宪章》和普遍公认的国际关系准则。\n"

    @Test func readsUTF8WithAndWithoutBOM() throws {
        let directory = try TemporaryDirectory()
        let plain = try InputReader().read(try directory.file("plain.txt", text: sampleText))
        let bom = try InputReader().read(
            try directory.file("bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(sampleText.utf8)))
        #expect(plain.text == sampleText)
        #expect(bom.text == sampleText)
        #expect(bom.encoding == "UTF-8 (BOM)")
    }

    @Test(arguments: [true, false])
    func readsUTF16WithBOM(littleEndian: Bool) throws {
        let directory = try TemporaryDirectory()
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in sampleText.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        let source = try InputReader().read(try directory.file("utf16.txt", bytes: bytes))
        #expect(source.text == sampleText)
        #expect(source.encoding == (littleEndian ? "UTF-16LE" : "UTF-16BE"))
    }

    /// GB18030 bytes of the sample's first 40 lines, made by glibc's iconv.
    private func gb18030(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", "GB18030"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }

    @Test func detectsGB18030() throws {
        let seed = try String(contentsOfFile: Fixtures.sample, encoding: .utf8)
        let text = seed.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).joined(separator: "\n")
        let directory = try TemporaryDirectory()
        let path = try directory.file("gb.txt", bytes: try gb18030(text))
        let source = try InputReader().read(path)
        #expect(source.encoding == "GB18030")
        #expect(source.text == text)
        let named = try InputReader(encoding: "gb18030").read(path)
        #expect(named.text == text)
    }

    @Test func normalisesToNFC() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("nfd.txt", text: "Re\u{0301}solution 70/1\n")
        #expect(try InputReader().read(path).text == "R\u{00E9}solution 70/1\n")
    }

    @Test func refusesAMissingFile() {
        #expect(throws: ReadError.missing(path: "/no/such/file.txt")) { try InputReader().read("/no/such/file.txt") }
        #expect(ReadError.missing(path: "x.txt").description == "x.txt: no such file")
    }

    @Test func refusesADirectory() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: ReadError.directory(path: directory.url.path)) { try InputReader().read(directory.url.path) }
    }

    @Test func refusesAnEmptyFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("empty.txt", bytes: [])
        #expect(throws: ReadError.empty(path: path)) { try InputReader().read(path) }
    }

    @Test func refusesABinaryFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("binary.bin", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00])
        #expect(throws: ReadError.binary(path: path, byteOffset: 6)) { try InputReader().read(path) }
    }

    @Test func recognisesUTF16WithoutBOMAndSaysHowToReadIt() throws {
        let directory = try TemporaryDirectory()
        let text = "1. Decides that the Committee shall meet.\n(a) First;\n(b) Second.\n"
        let bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try directory.file("utf16.txt", bytes: bytes)
        #expect(throws: ReadError.utf16WithoutBOM(path: path, encoding: "UTF-16LE")) { try InputReader().read(path) }
        #expect(try InputReader(encoding: "utf-16le").read(path).text == text)
        #expect(
            ReadError.utf16WithoutBOM(path: "a.txt", encoding: "UTF-16LE").description
                == "a.txt: looks like UTF-16LE without a byte-order mark; read it with --encoding utf-16le")
    }

    @Test func namesTheByteOffsetOfMalformedUTF8() throws {
        let directory = try TemporaryDirectory()
        // "1. 欢迎" then a lone continuation byte at offset 9.
        let path = try directory.file("bad.txt", bytes: Array("1. 欢迎".utf8) + [0x80] + Array("各国\n".utf8))
        #expect(throws: ReadError.malformedUTF8(path: path, byteOffset: 9)) { try InputReader().read(path) }
        #expect(
            ReadError.malformedUTF8(path: "bad.txt", byteOffset: 9).description.hasPrefix(
                "bad.txt: malformed UTF-8 at byte offset 9"))
    }

    @Test func refusesAFileLargerThanTheLimitBeforeReadingIt() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("huge.txt").path
        // A sparse 200 MB file: the size is refused from the file system, nothing is read.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 200_000_000)
        try handle.close()
        #expect(throws: ReadError.tooLarge(path: path, bytes: 200_000_000, limit: InputReader.defaultMaximumBytes)) {
            try InputReader().read(path)
        }
    }

    @Test func refusesAnUnknownEncoding() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("a.txt", text: "text\n")
        #expect(throws: ReadError.unknownEncoding(path: path, encoding: "klingon")) {
            try InputReader(encoding: "klingon").read(path)
        }
    }
}
