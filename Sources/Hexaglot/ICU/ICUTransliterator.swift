internal import CHexaglotICU

/// An ICU transform such as `Traditional-Simplified`. Not thread-safe: each check run owns its own.
final class ICUTransliterator {
    private let handle: OpaquePointer

    init(id: String) throws(ICUError) {
        let units = Array(id.utf16)
        var error = [CChar](repeating: 0, count: 64)
        let opened = units.withUnsafeBufferPointer {
            hx_icu_transliterator_open($0.baseAddress, Int32($0.count), &error, Int32(error.count))
        }
        guard let opened else {
            throw ICUError(
                operation: "transform \(id)",
                reason: ICUText.cString(error)
            )
        }
        handle = opened
    }

    deinit { hx_icu_transliterator_close(handle) }

    /// `text` transformed; the text itself when ICU fails.
    func apply(_ text: String) -> String {
        var units = Array(text.utf16)
        let length = units.count
        // Traditional-Simplified maps one character to one, but leave room for transforms that grow text.
        units.append(contentsOf: repeatElement(0, count: length + 16))
        let written = units.withUnsafeMutableBufferPointer {
            hx_icu_transliterate(handle, $0.baseAddress, Int32(length), Int32($0.count))
        }
        guard written >= 0 else { return text }
        return String(decoding: units[..<Int(written)], as: UTF16.self)
    }
}
