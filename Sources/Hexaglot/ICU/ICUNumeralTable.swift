import Synchronization

/// What ICU writes for 1 to 1,000 in the number formats the built-in language data names for list markers
/// (`spellout:zh`, Roman numerals), made from ICU by `ICUNumeralTableTests` (`HEXAGLOT_RECORD=1` remakes it) and
/// kept in `ICUNumeralTable+Data.swift`, so that reading `(十七)` or writing `(二十五)` does not compile ICU's
/// rule-based format (about 3 ms for Chinese numerals). Only texts ICU reads back as the same number are kept;
/// any other text, number or format goes to ICU itself, and so does every format under another ICU.
final class ICUNumeralTable: Sendable {
    /// Text (its UTF-8 bytes: hashing them costs a tenth of hashing a non-ASCII String) → number.
    private let values: [[UInt8]: Int]
    /// Number - 1 → text; empty where ICU's text does not read back.
    private let texts: [String]

    private init(recorded: StaticString) {
        var texts: [String] = []
        var values: [[UInt8]: Int] = [:]
        texts.reserveCapacity(Self.largest)
        values.reserveCapacity(Self.largest)
        recorded.withUTF8Buffer { bytes in
            for piece in bytes.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false) {
                texts.append(String(decoding: piece, as: UTF8.self))
                let key = Array(piece)
                if !key.isEmpty && values[key] == nil { values[key] = texts.count }
            }
        }
        self.texts = texts
        self.values = values
    }

    /// The number ICU reads `text` as, when the table holds it.
    func value(_ text: String) -> Int? {
        values[Array(text.utf8)]
    }

    /// The numbers each table holds, from 1.
    static let largest = 1000

    /// Whether format `spec` has a built-in table for this ICU.
    static func hasBuiltIn(_ spec: String) -> Bool {
        isThisICU && recorded[spec] != nil
    }

    /// The built-in table for format `spec`, when this ICU is the one it was made from.
    static func builtIn(_ spec: String) -> ICUNumeralTable? {
        guard isThisICU, let text = recorded[spec] else { return nil }
        return loaded.withLock { tables in
            if let table = tables[spec] { return table }
            let table = ICUNumeralTable(recorded: text)
            tables[spec] = table
            return table
        }
    }

    /// `value` as ICU writes it, when the table holds it.
    func text(_ value: Int) -> String? {
        guard value >= 1, value <= texts.count, !texts[value - 1].isEmpty else { return nil }
        return texts[value - 1]
    }

    private static let isThisICU = ICUText.version == icuVersion
    private static let loaded = Mutex<[String: ICUNumeralTable]>([:])
}
