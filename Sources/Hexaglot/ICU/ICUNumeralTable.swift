import Synchronization

/// What ICU writes for 1 to 1,000 in the number formats the built-in language data names for list markers
/// (`spellout:zh`, Roman numerals), made from ICU by `ICUNumeralTableTests` (`HEXAGLOT_RECORD=1` remakes it) and
/// kept in `ICUNumeralTable+Data.swift`, so that reading `(十七)` or writing `(二十五)` does not compile ICU's
/// rule-based format (about 3 ms for Chinese numerals). Only texts ICU reads back as the same number are kept;
/// any other text, number or format goes to ICU itself, and so does every format under another ICU.
final class ICUNumeralTable: Sendable {
    private let recorded: StaticString
    /// Number - 1 → the bytes of its text in `recorded`; empty where ICU's text does not read back.
    private let pieces: [Range<Int>]
    /// A 64-bit hash of a text's bytes → its number (the smallest, should two numbers share a text). Built from
    /// the static bytes without a String or an allocation per text; a look-up compares the bytes themselves.
    private let numbers: [UInt64: Int]

    private init(recorded: StaticString) {
        self.recorded = recorded
        var pieces: [Range<Int>] = []
        var numbers: [UInt64: Int] = [:]
        pieces.reserveCapacity(Self.largest)
        numbers.reserveCapacity(Self.largest)
        recorded.withUTF8Buffer { bytes in
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
                pieces.append(start..<end)
                if end > start {
                    let hash = FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    if numbers[hash] == nil { numbers[hash] = pieces.count }
                }
                start = end + 1
            }
        }
        self.pieces = pieces
        self.numbers = numbers
    }

    /// The number ICU reads `text` as, when the table holds it.
    func value(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            guard let number = numbers[FNV1a.hash(bytes)] else { return nil }
            let matches = recorded.withUTF8Buffer { $0[pieces[number - 1]].elementsEqual(bytes) }
            return matches ? number : nil
        }
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
        guard value >= 1, value <= pieces.count, !pieces[value - 1].isEmpty else { return nil }
        return recorded.withUTF8Buffer { String(decoding: $0[pieces[value - 1]], as: UTF8.self) }
    }

    private static let isThisICU = ICUText.version == icuVersion
    private static let loaded = Mutex<[String: ICUNumeralTable]>([:])
}
