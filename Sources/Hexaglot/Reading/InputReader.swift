import Foundation

/// Reads a document file (or standard input for `-`) into normalised text, refusing what is not a document.
public struct InputReader: Sendable {
    public var decoder: TextDecoder
    /// Inputs larger than this are refused before they are read: a UN document is a few megabytes.
    public var maximumBytes: Int

    public static let defaultMaximumBytes = 100 * 1_048_576

    public init(encoding: String? = nil, maximumBytes: Int = InputReader.defaultMaximumBytes) {
        decoder = TextDecoder(encoding: encoding)
        self.maximumBytes = maximumBytes
    }

    public func read(_ path: String) throws(ReadError) -> SourceText {
        let bytes = path == "-" ? try readStandardInput() : try readFile(path)
        if PdfReader.isPDF(bytes, path: path) { return try PdfReader.read(bytes, path: path, decoder: decoder) }
        if Self.isWordDocument(bytes, path: path) {
            let (source, facts) = try DocxReader.read(bytes, path: path)
            var text = source
            text.hasTrackedChanges = facts.hasTrackedChanges
            text.automaticMarkers = facts.automaticMarkers
            return text
        }
        return try decoder.decode(bytes, path: path)
    }

    /// A `.docx` file, or a zip or OLE file whatever its name (a Word document saved under another name, or a
    /// password-protected one): read as Word, which says what is wrong with anything else.
    static func isWordDocument(_ bytes: [UInt8], path: String) -> Bool {
        path.lowercased().hasSuffix(".docx") || bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
            || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    }

    /// The size of the file at `path` once it is known to exist, not to be a folder, and to be within
    /// `maximumBytes`; for readers that stream the file themselves (TMX).
    public func checkedSize(of path: String) throws(ReadError) -> Int {
        // One stat call: FileManager's attributes also look up the owner's and group's names (the password and
        // group databases), a cost every run paid for a size.
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing(path: path) }
            throw .unreadable(path: path, reason: "cannot see its size (\(String(cString: strerror(errno))))")
        }
        if status.st_mode & S_IFMT == S_IFDIR { throw .directory(path: path) }
        let size = Int(status.st_size)
        if size > maximumBytes { throw .tooLarge(path: path, bytes: size, limit: maximumBytes) }
        return size
    }

    private func readFile(_ path: String) throws(ReadError) -> [UInt8] {
        _ = try checkedSize(of: path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or not a regular file")
        }
        defer { try? handle.close() }
        do {
            // Read at most one byte past the limit: a file that grows while being read is still refused.
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes {
                throw ReadError.tooLarge(path: path, bytes: data.count, limit: maximumBytes)
            }
            return [UInt8](data)
        } catch let error as ReadError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
    }

    /// The bytes of standard input, up to the size limit (`-` as a file name).
    func readStandardInput() throws(ReadError) -> [UInt8] {
        var bytes: [UInt8] = []
        let handle = FileHandle.standardInput
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw .unreadable(path: "-", reason: "standard input: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > maximumBytes { throw .tooLarge(path: "-", bytes: bytes.count, limit: maximumBytes) }
        }
        return bytes
    }
}
