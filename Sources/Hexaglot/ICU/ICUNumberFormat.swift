internal import CHexaglotICU

/// An ICU rule-based number format: Chinese numerals (`spellout:zh`) or a numbering system such as Roman
/// numerals (`numbering:en@numbers=romanlow`). Not thread-safe: each parse owns its own.
final class ICUNumberFormat {
    private let handle: OpaquePointer

    /// Opens the format a language file names, `spellout:LOCALE` or `numbering:LOCALE` (a clone of the
    /// process's compiled copy).
    init(spec: String) throws(ICUError) {
        handle = try ICUCache.shared.numberFormat(spec).get()
    }

    deinit { hx_icu_number_format_close(handle) }

    /// The whole-number value of `text`, or nil when ICU cannot read all of it as a number.
    func parse(_ text: String) -> Int? {
        let units = Array(text.utf16)
        var value = 0.0
        let ok = units.withUnsafeBufferPointer {
            hx_icu_number_format_parse(handle, $0.baseAddress, Int32($0.count), &value)
        }
        guard ok == 1, value >= 1, value < 1_000_000, value == value.rounded() else { return nil }
        return Int(value)
    }

    /// `value` written in this format.
    func format(_ value: Int) -> String? {
        var buffer = [UInt16](repeating: 0, count: 64)
        let length = hx_icu_number_format_format(handle, Int64(value), &buffer, Int32(buffer.count))
        guard length >= 0, length <= buffer.count else { return nil }
        return String(decoding: buffer[..<Int(length)], as: UTF16.self)
    }
}

/// An ICU call that failed, with ICU's error name.
public struct ICUError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var reason: String
    public var description: String { "ICU could not open \(operation): \(reason)" }
}
