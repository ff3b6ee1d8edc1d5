internal import CHexaglotICU

/// ICU's Unicode services that need no handle: normalisation, charset detection and decoding, scripts.
enum ICUText {
    /// `text` in Unicode Normalization Form C.
    ///
    /// Worked through in pieces that end at line breaks (no composition crosses one), in UTF-8 throughout:
    /// pieces already in NFC, nearly all of them, are copied as they are.
    static func nfc(_ text: String) -> String {
        var text = text
        let isNormalized = text.withUTF8 { hx_icu_utf8_is_nfc($0.baseAddress, Int64($0.count)) }
        if isNormalized == 1 { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let end = pieceEnd(bytes, from: start)
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if hx_icu_utf8_is_nfc(piece.baseAddress, Int64(piece.count)) == 1 {
                    result += String(decoding: piece, as: UTF8.self)
                } else {
                    let capacity = 3 * piece.count + 16
                    let normalized = String(unsafeUninitializedCapacity: capacity) { out in
                        let written = hx_icu_utf8_to_nfc(
                            piece.baseAddress, Int32(piece.count), out.baseAddress, Int32(capacity))
                        guard written >= 0 else { return out.initialize(fromContentsOf: piece) }
                        return Int(written)
                    }
                    result += normalized
                }
                start = end
            }
        }
        return result
    }

    /// Where the piece of `bytes` starting at `start` ends: after a line feed within 32 KB, or before a lead byte.
    private static func pieceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let limit = min(start + 32_768, bytes.count)
        if limit == bytes.count { return limit }
        var end = limit
        while end > start, bytes[end - 1] != UInt8(ascii: "\n") { end -= 1 }
        if end > start { return end }
        end = limit
        while end > start + 1, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// ICU's best guess at the charset of `bytes` and its confidence (0–100).
    static func detectCharset(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
        var name = [CChar](repeating: 0, count: 64)
        let confidence = bytes.withUnsafeBufferPointer {
            hx_icu_detect_charset($0.baseAddress, Int32($0.count), &name, Int32(name.count))
        }
        guard confidence >= 0 else { return nil }
        return (cString(name), Int(confidence))
    }

    /// Outcome of decoding bytes in a named charset.
    enum Decoded {
        case text(String)
        case unknownCharset
        case invalid(byteOffset: Int)
    }

    /// `bytes` decoded strictly from charset `name`: the first invalid sequence is an error, never U+FFFD.
    static func decode(_ bytes: ArraySlice<UInt8>, charset name: String) -> Decoded {
        // UTF-16 needs at most one unit per byte; multi-byte charsets fewer.
        var buffer = [UInt16](repeating: 0, count: bytes.count + 1)
        var errorOffset: Int64 = 0
        let length = bytes.withUnsafeBufferPointer { source in
            hx_icu_decode(name, source.baseAddress, Int32(source.count), &buffer, Int32(buffer.count), &errorOffset)
        }
        switch length {
        case -1: return .unknownCharset
        case -2: return .invalid(byteOffset: Int(errorOffset))
        default: return .text(String(decoding: buffer[..<min(Int(length), buffer.count)], as: UTF16.self))
        }
    }

    /// The ISO 15924 code (`Hani`, `Latn`) of the script of `scalar`; nil for common and inherited characters.
    static func script(of scalar: Unicode.Scalar) -> String? {
        let code = hx_icu_script(scalar.value)
        guard code > 1 else { return nil }
        var name = [CChar](repeating: 0, count: 16)
        guard hx_icu_script_short_name(code, &name, Int32(name.count)) > 0 else { return nil }
        return cString(name)
    }

    /// Whether `scalar` takes two cells in a terminal (East Asian Width wide or full-width).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool { hx_icu_is_wide(scalar.value) == 1 }

    /// `tag` as a canonical BCP 47 language tag (`zh-hans-cn` → `zh-Hans-CN`), or nil when it is not a
    /// well-formed tag as a whole.
    static func canonicalLanguageTag(_ tag: String) -> String? {
        guard !tag.isEmpty, tag.utf8.count < 128, tag.allSatisfy(\.isASCII) else { return nil }
        var buffer = [CChar](repeating: 0, count: 160)
        guard hx_icu_canonical_language_tag(tag, &buffer, Int32(buffer.count)) > 0 else { return nil }
        return cString(buffer)
    }

    /// The ICU version Hexaglot runs with.
    static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        _ = hx_icu_version(&buffer, Int32(buffer.count))
        return cString(buffer)
    }

    static func cString(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
