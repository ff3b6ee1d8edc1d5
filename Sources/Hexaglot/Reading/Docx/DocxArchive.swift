import Foundation
import ZIPFoundation

/// A Word document's zip container, read in memory part by part, refusing what could harm the reader: a
/// password-protected document (an OLE file, not a zip), an entry that is encrypted or named outside the
/// archive (`../x`), a damaged or truncated archive, and a zip bomb (a part that expands past the byte budget,
/// or far past its compressed size).
struct DocxArchive {
    /// Most a single part may expand to, and all parts read together.
    static let maximumPartBytes = 64 * 1_048_576
    static let maximumTotalBytes = 256 * 1_048_576
    /// A part larger than a megabyte that expands more than this many times its compressed size is a bomb: text
    /// XML compresses about ten times.
    static let maximumRatio: UInt64 = 200
    static let maximumEntries = 20_000

    let path: String
    private let archive: Archive
    private let entries: [String: Entry]
    private var bytesRead = 0

    init(bytes: [UInt8], path: String) throws(DocxError) {
        self.path = path
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw DocxError(path: path, problem: Self.oleProblem)
        }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw DocxError(path: path, problem: "not a Word document: not a zip archive")
        }
        try Self.verifyCentralDirectory(bytes, path: path)
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw DocxError(path: path, problem: "damaged or truncated zip archive")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            let name = entry.path
            if name.hasPrefix("/") || name.hasPrefix("\\")
                || name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
                    .contains("..")
            {
                throw DocxError(path: path, problem: "unsafe entry name \(name) in the zip archive")
            }
            entries[name] = entry
            if entries.count > Self.maximumEntries {
                throw DocxError(path: path, problem: "more than \(Self.maximumEntries) entries in the zip archive")
            }
        }
        guard entries["word/document.xml"] != nil else {
            throw DocxError(path: path, problem: "not a Word document: the zip archive holds no word/document.xml")
        }
        self.archive = archive
        self.entries = entries
    }

    static let oleProblem =
        "a password-protected Word document (or an old .doc): save it without a password, as .docx"

    /// The bytes of the part `name` (`word/numbering.xml`), or nil when the document has none.
    mutating func part(_ name: String) throws(DocxError) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        let declared = entry.uncompressedSize
        if declared > UInt64(Self.maximumPartBytes) { throw bomb(name) }
        if declared > 1_048_576, declared > Self.maximumRatio * max(entry.compressedSize, 1) {
            let ratio = declared / max(entry.compressedSize, 1)
            throw DocxError(
                path: path,
                problem:
                    "\(name) expands to \(ratio) times its compressed size (a zip bomb?): text XML compresses about ten times"
            )
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(declared))
        let budget = min(Int(declared), Self.maximumPartBytes, Self.maximumTotalBytes - bytesRead)
        do {
            _ = try archive.extract(entry) { chunk in
                // A header that understates the size does not get past the budget either.
                guard bytes.count + chunk.count <= budget else { throw OverBudget() }
                bytes.append(contentsOf: chunk)
            }
        } catch is OverBudget {
            throw bomb(name)
        } catch {
            throw DocxError(path: path, problem: "damaged zip archive: \(name) cannot be read")
        }
        bytesRead += bytes.count
        return bytes
    }

    /// A part that inflates past its budget, stopped mid-way.
    private struct OverBudget: Error {}

    private func bomb(_ name: String) -> DocxError {
        DocxError(
            path: path,
            problem:
                "\(name) expands past the limit (a zip bomb?): at most \(Self.maximumPartBytes / 1_048_576) MiB a part")
    }

    /// Reads the central directory's records: an encrypted entry, or a directory that runs past the end of the
    /// file (truncated), is refused here, before any entry is inflated.
    private static func verifyCentralDirectory(_ bytes: [UInt8], path: String) throws(DocxError) {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let truncated = DocxError(path: path, problem: "damaged or truncated zip archive")
        // The end-of-central-directory record: within the last 64 KiB and 22 bytes.
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 65_557)
        while end >= lowest,
            !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6)
        {
            end -= 1
        }
        guard end >= lowest else { throw truncated }
        let count = u16(end + 10)
        var record = u32(end + 16)
        // ZIP64 archives keep the real values elsewhere: ZIPFoundation checks them.
        guard record != 0xFFFF_FFFF, count != 0xFFFF else { return }
        for _ in 0..<count {
            guard record + 46 <= bytes.count, u32(record) == 0x0201_4B50 else { throw truncated }
            if u16(record + 8) & 1 != 0 {
                throw DocxError(
                    path: path, problem: "an encrypted entry in the zip archive: save the document without a password")
            }
            record += 46 + u16(record + 28) + u16(record + 30) + u16(record + 32)
        }
    }
}

/// A Word document that cannot be read; the description is the one line the CLI prints.
public struct DocxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public var description: String { "\(path): \(problem)" }
}
