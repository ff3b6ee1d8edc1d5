import Foundation
import Testing

/// A `.docx` that cannot be read safely ends in one line naming the file and the problem, exit status 2, and
/// nothing on standard output.
@Suite struct DocxBadInputTests {
    /// The problem `check` states about `bytes` in its one line on standard error, after checking that it
    /// refused them: exit status 2, nothing on standard output, one line naming the file.
    private func refusal(_ bytes: [UInt8], name: String = "bad.en.docx") throws -> String {
        let directory = try TemporaryDirectory()
        let path = try directory.file(name, bytes: bytes)
        let result = try CommandRunner.run(["check", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        let prefix = "hexaglot: error: \(path): "
        #expect(result.stderr.hasPrefix(prefix), "\(result.stderr)")
        return String(result.stderr.dropFirst(prefix.count).dropLast())
    }

    private func expectRefusal(_ bytes: [UInt8], name: String = "bad.en.docx", _ problem: String) throws {
        #expect(try refusal(bytes, name: name) == problem)
    }

    private var sound: DocxFixture {
        var fixture = DocxFixture()
        fixture.paragraphs = [DocxFixture.paragraph("The General Assembly,")]
        return fixture
    }

    @Test func notAZip() throws {
        try expectRefusal(Array("The General Assembly,\n".utf8), "not a Word document: not a zip archive")
    }

    @Test func aPasswordProtectedDocument() throws {
        // Word saves a document with a password as an OLE compound file holding the encrypted package.
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        try expectRefusal(
            ole, "a password-protected Word document (or an old .doc): save it without a password, as .docx")
    }

    @Test func aZipThatIsNoWordDocument() throws {
        let zip = try DocxFixture.zip([("README.txt", Array("hello".utf8))])
        try expectRefusal(zip, "not a Word document: the zip archive holds no word/document.xml")
    }

    @Test func anEntryNamedOutsideTheArchive() throws {
        var parts = sound.parts.map { ($0.0, Array($0.1.utf8)) }
        parts.append(("../x", Array("payload".utf8)))
        try expectRefusal(try DocxFixture.zip(parts), "unsafe entry name ../x in the zip archive")
    }

    @Test func aTruncatedArchive() throws {
        let bytes = try sound.bytes()
        try expectRefusal(Array(bytes.prefix(bytes.count - 40)), "damaged or truncated zip archive")
    }

    @Test func anEncryptedEntry() throws {
        var bytes = try sound.bytes()
        // Set the encryption bit of every central directory record (signature PK\1\2, flags at +8).
        var index = 0
        while index + 10 < bytes.count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 1, bytes[index + 3] == 2 {
                bytes[index + 8] |= 1
            }
            index += 1
        }
        try expectRefusal(bytes, "an encrypted entry in the zip archive: save the document without a password")
    }

    @Test func aZipBomb() throws {
        // Five megabytes of spaces compress to a few kilobytes: far past what text XML compresses to.
        let document =
            "<?xml version=\"1.0\"?><w:document \(DocxFixture.namespace)><w:body>"
            + String(repeating: " ", count: 5 * 1_048_576) + "</w:body></w:document>"
        let zip = try DocxFixture.zip([("word/document.xml", Array(document.utf8))])
        let problem = try refusal(zip)
        #expect(problem.hasPrefix("word/document.xml expands to "))
        #expect(problem.hasSuffix(" times its compressed size (a zip bomb?): text XML compresses about ten times"))
    }

    @Test func aPartLargerThanTheLimit() throws {
        // 70 MiB of spaces: refused by its declared size before anything is inflated.
        let document = [UInt8](repeating: 0x20, count: 70 * 1_048_576)
        let zip = try DocxFixture.zip([("word/document.xml", document)])
        try expectRefusal(zip, "word/document.xml expands past the limit (a zip bomb?): at most 64 MiB a part")
    }

    @Test func anEntityInTheXML() throws {
        let hostile =
            "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
            + "<w:document \(DocxFixture.namespace)><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
        let zip = try DocxFixture.zip([("word/document.xml", Array(hostile.utf8))])
        let problem = try refusal(zip)
        #expect(problem.hasPrefix("malformed Word XML: word/document.xml:1: "))
        #expect(problem.contains("entity reference &b;"))
    }

    @Test func elementsNestedTooDeep() throws {
        let deep =
            "<?xml version=\"1.0\"?><w:document \(DocxFixture.namespace)><w:body>"
            + String(repeating: "<w:tbl><w:tr><w:tc>", count: 100)
            + String(repeating: "</w:tc></w:tr></w:tbl>", count: 100)
            + "</w:body></w:document>"
        let zip = try DocxFixture.zip([("word/document.xml", Array(deep.utf8))])
        #expect(try refusal(zip) == "malformed Word XML: word/document.xml:1: elements nested more than 200 deep")
    }
}
