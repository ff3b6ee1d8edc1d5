/// Input that cannot be read as a document. Each case's description is the one line the CLI prints.
public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing(path: String)
    case directory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, byteOffset: Int)
    case utf16WithoutBOM(path: String, encoding: String)
    case malformedUTF8(path: String, byteOffset: Int)
    case invalidInEncoding(path: String, encoding: String, byteOffset: Int)
    case unknownEncoding(path: String, encoding: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A Word document that cannot be read: not a zip, damaged, encrypted, a zip bomb, hostile XML.
    case unreadableDocument(path: String, problem: String)
    /// The text is written in another script than the language it was said to be in.
    case wrongLanguage(path: String, language: String, source: String, script: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no such file"
        case .directory(let path):
            "\(path): is a directory, not a document"
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .empty(let path):
            "\(path): empty file, no text"
        case .binary(let path, let offset):
            "\(path): binary file (NUL byte at byte offset \(offset)), not a text document"
        case .utf16WithoutBOM(let path, let encoding):
            "\(path): looks like \(encoding) without a byte-order mark; read it with --encoding \(encoding.lowercased())"
        case .malformedUTF8(let path, let offset):
            "\(path): malformed UTF-8 at byte offset \(offset); if the file is in another encoding, name it with --encoding"
        case .invalidInEncoding(let path, let encoding, let offset):
            "\(path): not valid \(encoding) at byte offset \(offset)"
        case .unknownEncoding(let path, let encoding):
            "\(path): unknown encoding \(encoding) (try utf-8, utf-16le, utf-16be, gb18030, big5)"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(Self.megabytes(bytes)) is larger than the \(Self.megabytes(limit)) limit; split it, or raise the limit with --max-size"
        case .unreadableDocument(let path, let problem):
            "\(path): \(problem)"
        case .wrongLanguage(let path, let language, let source, let script):
            "\(path): the text is in \(Self.scriptName(script)) script, not \(language) as \(source) says"
        }
    }

    private static func scriptName(_ code: String) -> String {
        ["Hani": "Chinese (Han)", "Latn": "Latin", "Cyrl": "Cyrillic", "Arab": "Arabic"][code] ?? code
    }

    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
