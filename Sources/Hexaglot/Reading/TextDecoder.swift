/// Turns the bytes of a file into text: BOM first, then strict UTF-8, then ICU's charset detector for
/// GB18030 and Big5, which it recognises reliably only given enough CJK text.
public struct TextDecoder: Sendable {
    /// An encoding the user named with `--encoding`, or nil to detect.
    public var encoding: String?
    /// The lowest ICU confidence (0–100) at which a detected charset is trusted.
    public var minimumConfidence = 50

    public init(encoding: String? = nil) {
        self.encoding = encoding
    }

    /// Charsets ICU's detector may pick that Hexaglot accepts; anything else is reported as malformed UTF-8.
    static let detectable: Set<String> = ["GB18030", "Big5", "UTF-16LE", "UTF-16BE"]

    public func decode(_ bytes: [UInt8], path: String) throws(ReadError) -> SourceText {
        guard !bytes.isEmpty else { throw .empty(path: path) }
        if let encoding { return try decodeNamed(bytes[...], encoding: encoding, path: path) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(bytes[3...], path: path, label: "UTF-8 (BOM)", offsetBase: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeNamed(bytes[2...], encoding: "UTF-16LE", path: path, offsetBase: 2)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeNamed(bytes[2...], encoding: "UTF-16BE", path: path, offsetBase: 2)
        }
        if let nul = bytes.firstIndex(of: 0) {
            if let encoding = Self.utf16WithoutBOM(bytes) { throw .utf16WithoutBOM(path: path, encoding: encoding) }
            throw .binary(path: path, byteOffset: nul)
        }
        do {
            return try decodeUTF8(bytes[...], path: path, label: "UTF-8", offsetBase: 0)
        } catch {
            // Not UTF-8: GB18030 and Big5 files are common in Chinese archives.
            if let guess = ICUText.detectCharset(bytes), guess.confidence >= minimumConfidence,
                Self.detectable.contains(guess.name)
            {
                if let text = try? decodeNamed(bytes[...], encoding: guess.name, path: path) { return text }
            }
            throw error
        }
    }

    private func decodeUTF8(_ bytes: ArraySlice<UInt8>, path: String, label: String, offsetBase: Int) throws(ReadError)
        -> SourceText
    {
        if let text = String(validating: bytes, as: UTF8.self) {
            return SourceText(path: path, text: ICUText.nfc(text), encoding: label)
        }
        throw .malformedUTF8(path: path, byteOffset: offsetBase + Self.firstInvalidUTF8Offset(bytes))
    }

    private func decodeNamed(
        _ bytes: ArraySlice<UInt8>,
        encoding: String,
        path: String,
        offsetBase: Int = 0
    ) throws(ReadError) -> SourceText {
        let canonical = encoding.uppercased()
        if canonical == "UTF-8" || canonical == "UTF8" {
            let withoutBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
            return try decodeUTF8(
                withoutBOM, path: path, label: "UTF-8", offsetBase: offsetBase + bytes.count - withoutBOM.count)
        }
        switch ICUText.decode(bytes, charset: encoding) {
        case .text(let text):
            var text = text
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            return SourceText(path: path, text: ICUText.nfc(text), encoding: encoding)
        case .unknownCharset:
            throw .unknownEncoding(path: path, encoding: encoding)
        case .invalid(let offset):
            throw .invalidInEncoding(path: path, encoding: encoding, byteOffset: offsetBase + offset)
        }
    }

    /// `UTF-16LE` or `UTF-16BE` when the NUL bytes fall in every other place, as in text of Latin, Cyrillic or
    /// Arabic letters written in UTF-16 without a byte-order mark; nil for other binary data.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4_096)
        guard sample.count >= 16 else { return nil }
        var zerosAtEven = 0
        var zerosAtOdd = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { zerosAtEven += 1 } else { zerosAtOdd += 1 }
        }
        let pairs = sample.count / 2
        // Mostly-ASCII UTF-16 has a zero in one half of most code units and hardly ever in the other.
        if zerosAtOdd * 10 >= pairs * 3, zerosAtEven * 20 < pairs { return "UTF-16LE" }
        if zerosAtEven * 10 >= pairs * 3, zerosAtOdd * 20 < pairs { return "UTF-16BE" }
        return nil
    }

    /// The byte offset of the first ill-formed sequence in `bytes` (which is known to be invalid UTF-8).
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }
}
