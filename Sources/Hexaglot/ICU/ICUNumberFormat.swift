internal import CHexaglotICU

/// An ICU rule-based number format: Chinese numerals (`spellout:zh`) or a numbering system such as Roman
/// numerals (`numbering:en@numbers=romanlow`), compiled once per process (`ICUCache`).
struct ICUNumberFormat: Sendable {
    let spec: String
    /// What ICU writes for the first thousand numbers, built in for the formats of the built-in language data.
    private let table: ICUNumeralTable?

    /// Opens the format a language file names, `spellout:LOCALE` or `numbering:LOCALE` (a format with a built-in
    /// table opens when a number outside it is asked for; `builtIn: false` asks ICU for every number).
    init(spec: String, builtIn: Bool = true) throws(ICUError) {
        self.spec = spec
        table = builtIn ? ICUNumeralTable.builtIn(spec) : nil
        if table == nil { _ = try ICUCache.shared.withNumberFormat(spec) { _ in () }.get() }
    }

    /// The whole-number value of `text` below `limit` (a list marker is below a million; a number in the text
    /// may be 一百万 or 十亿), or nil when ICU cannot read all of it as a number.
    func parse(_ text: String, below limit: Double = 1_000_000) -> Int? {
        if let value = table?.value(text) { return Double(value) < limit ? value : nil }
        let units = Array(text.utf16)
        let parsed = ICUCache.shared.withNumberFormat(spec) { handle -> Double? in
            var value = 0.0
            let ok = units.withUnsafeBufferPointer {
                hx_icu_number_format_parse(handle, $0.baseAddress, Int32($0.count), &value)
            }
            return ok == 1 ? value : nil
        }
        guard let value = try? parsed.get(), value >= 1, value < limit, value == value.rounded() else {
            return nil
        }
        return Int(value)
    }

    /// `value` written in this format.
    func format(_ value: Int) -> String? {
        if let text = table?.text(value) { return text }
        let formatted = ICUCache.shared.withNumberFormat(spec) { handle -> String? in
            var buffer = [UInt16](repeating: 0, count: 64)
            let length = hx_icu_number_format_format(handle, Int64(value), &buffer, Int32(buffer.count))
            guard length >= 0, length <= buffer.count else { return nil }
            return String(decoding: buffer[..<Int(length)], as: UTF16.self)
        }
        return try? formatted.get()
    }
}

extension ICUNumberFormat {
    /// The names of the format's public rule sets (`%spellout-cardinal-feminine`, `%spellout-ordinal`); empty for
    /// a format without named rule sets.
    func publicRuleSets() -> [String] {
        let names = ICUCache.shared.withNumberFormat(spec) { handle -> String in
            var buffer = [UInt16](repeating: 0, count: 4096)
            var length = hx_icu_number_format_rule_sets(handle, &buffer, Int32(buffer.count))
            if length > buffer.count {
                buffer = [UInt16](repeating: 0, count: Int(length))
                length = hx_icu_number_format_rule_sets(handle, &buffer, Int32(buffer.count))
            }
            guard length >= 0, length <= buffer.count else { return "" }
            return String(decoding: buffer[..<Int(length)], as: UTF16.self)
        }
        return ((try? names.get()) ?? "").split(separator: ";").map(String.init)
    }

    /// Each of `values` written with the public rule set `ruleSet` (`%spellout-ordinal-masculine-genitive`: 26 is
    /// `двадцать шестого`), nil where ICU could not; empty when the rule set is unknown.
    func format(_ values: [Int], ruleSet: String) -> [String?] {
        let name = Array(ruleSet.utf16)
        let numbers = values.map(Int64.init)
        let formatted = ICUCache.shared.withNumberFormat(spec) { handle -> [String?] in
            var capacity = 64 * max(values.count, 1)
            while capacity <= 1 << 24 {
                var buffer = [UInt16](repeating: 0, count: capacity)
                var lengths = [Int32](repeating: 0, count: values.count)
                let used = name.withUnsafeBufferPointer { name in
                    hx_icu_number_format_format_all_with(
                        handle, name.baseAddress, Int32(name.count), numbers, Int32(numbers.count), &buffer,
                        Int32(capacity), &lengths)
                }
                guard used < 0 else {
                    var offset = 0
                    return lengths.map { length -> String? in
                        guard length >= 0 else { return nil }
                        defer { offset += Int(length) }
                        return String(decoding: buffer[offset..<offset + Int(length)], as: UTF16.self)
                    }
                }
                capacity *= 4
            }
            return []
        }
        return (try? formatted.get()) ?? []
    }
}

/// An ICU call that failed, with ICU's error name.
public struct ICUError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var reason: String
    public var description: String { "ICU could not open \(operation): \(reason)" }
}
