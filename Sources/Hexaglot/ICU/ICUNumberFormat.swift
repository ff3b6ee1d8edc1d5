internal import CHexaglotICU

/// An ICU rule-based number format: Chinese numerals (`spellout:zh`) or a numbering system such as Roman
/// numerals (`numbering:en@numbers=romanlow`). Not thread-safe: each parse owns its own.
final class ICUNumberFormat {
    private let handle: OpaquePointer

    /// Opens the format a language file names, `spellout:LOCALE` or `numbering:LOCALE`.
    init(spec: String) throws(ICUError) {
        let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0] == "spellout" || parts[0] == "numbering" else {
            throw ICUError(operation: "number format \(spec)", reason: "expected spellout:LOCALE or numbering:LOCALE")
        }
        let kind = parts[0] == "spellout" ? Int32(HX_ICU_SPELLOUT) : Int32(HX_ICU_NUMBERING)
        var error = [CChar](repeating: 0, count: 64)
        guard let handle = hx_icu_number_format_open(kind, parts[1], &error, Int32(error.count)) else {
            throw ICUError(operation: "number format \(spec)", reason: ICUText.cString(error))
        }
        self.handle = handle
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
