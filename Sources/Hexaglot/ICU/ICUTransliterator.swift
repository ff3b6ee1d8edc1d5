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

    /// The code points the transform may change, as closed ranges sorted by start; text with none of them is
    /// left as it is, so it need not be transformed at all.
    lazy var sourceRanges: [ClosedRange<UInt32>] = {
        var buffer = [UInt32](repeating: 0, count: 2 * 4096)
        var count = Int(hx_icu_transliterator_source_ranges(handle, &buffer, Int32(buffer.count / 2)))
        if count > buffer.count / 2 {
            buffer = [UInt32](repeating: 0, count: 2 * count)
            count = Int(hx_icu_transliterator_source_ranges(handle, &buffer, Int32(count)))
        }
        return (0..<max(count, 0)).map { buffer[2 * $0]...buffer[2 * $0 + 1] }
    }()

    /// Whether the transform may change `scalar` (binary search in `sourceRanges`).
    func mayChange(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        var low = 0
        var high = sourceRanges.count
        while low < high {
            let middle = (low + high) / 2
            if sourceRanges[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low < sourceRanges.count && sourceRanges[low].contains(value)
    }

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
