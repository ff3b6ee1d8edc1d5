internal import CHexaglotICU

/// An ICU transform such as `Traditional-Simplified`, compiled once per process (`ICUCache`).
struct ICUTransliterator {
    let id: String

    init(id: String) throws(ICUError) {
        self.id = id
        _ = try ICUCache.shared.withTransliterator(id) { _ in () }.get()
    }

    /// Which of `scalars` the transform changes when they stand alone: text without one of them is left as it
    /// is, a set lookup per character instead of ICU's rule matching (about a microsecond a character).
    func changed(among scalars: Set<Unicode.Scalar>) -> ScalarSet {
        ICUCache.shared.changedScalars(of: id, among: scalars)
    }

    /// `text` transformed; the text itself when ICU fails.
    func apply(_ text: String) -> String {
        ICUCache.shared.transliterate(text, with: id)
    }

    /// The rules the transform runs, as ICU writes them back (aliases followed, variables expanded): for
    /// Traditional-Simplified, one `繁體 > 繁体;` a line.
    func rules() -> String {
        let result = ICUCache.shared.withTransliterator(id) { handle -> String in
            let needed = hx_icu_transliterator_rules(handle, nil, 0)
            guard needed > 0 else { return "" }
            var units = [UInt16](repeating: 0, count: Int(needed) + 1)
            let written = hx_icu_transliterator_rules(handle, &units, Int32(units.count))
            return written == needed ? String(decoding: units[..<Int(written)], as: UTF16.self) : ""
        }
        return (try? result.get()) ?? ""
    }
}

/// A transform compiled from rules written out, owned by one caller and closed with it: a few rules of a large
/// transform, chosen for one text, compile in microseconds where the whole one takes milliseconds.
final class ICURuleTransform {
    private let handle: OpaquePointer

    init(rules: String) throws(ICUError) {
        let units = Array(rules.utf16)
        var error = [CChar](repeating: 0, count: 64)
        let opened = units.withUnsafeBufferPointer {
            hx_icu_transliterator_open_rules($0.baseAddress, Int32($0.count), &error, Int32(error.count))
        }
        guard let opened else { throw ICUError(operation: "transform rules", reason: ICUText.cString(error)) }
        handle = opened
    }

    deinit { hx_icu_transliterator_close(handle) }

    /// `text` transformed; the text itself when ICU fails.
    func apply(_ text: String) -> String {
        Self.transliterate(text, with: handle) ?? text
    }

    /// `text` transformed by the ICU transliterator `handle`; nil when ICU fails.
    static func transliterate(_ text: String, with handle: OpaquePointer) -> String? {
        var units = Array(text.utf16)
        let length = units.count
        // Room for the transform to lengthen the text; ICU reports failure rather than overrun.
        units.append(contentsOf: repeatElement(0, count: length + 16))
        let written = units.withUnsafeMutableBufferPointer {
            hx_icu_transliterate(handle, $0.baseAddress, Int32(length), Int32($0.count))
        }
        return written >= 0 ? String(decoding: units[..<Int(written)], as: UTF16.self) : nil
    }
}
