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
    /// Open addressing on a 64-bit hash of a text's bytes: from the slot the hash picks, the numbers whose texts
    /// may match, up to an empty slot (0). Built from the static bytes without a String, an allocation or a
    /// hashed key per text (a dictionary cost more than the rest of a short check); a look-up compares the bytes
    /// themselves, and numbers go in from 1 up, so a text two numbers share reads as the smaller.
    private let slots: [Int16]
    private static let slotMask = 2047

    private init(recorded: StaticString) {
        self.recorded = recorded
        var pieces: [Range<Int>] = []
        var slots = [Int16](repeating: 0, count: Self.slotMask + 1)
        pieces.reserveCapacity(Self.largest)
        recorded.withUTF8Buffer { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                pieces.append(start..<end)
                if end > start {
                    var slot = Self.slot(FNV1a.hash(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                    while slots[slot] != 0 { slot = (slot + 1) & Self.slotMask }
                    slots[slot] = Int16(pieces.count)
                }
                start = end + 1
            }
        }
        precondition(pieces.count <= Self.slotMask / 2, "a numeral table fills at most half its slots")
        self.pieces = pieces
        self.slots = slots
    }

    private static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash) & slotMask }

    /// The number ICU reads `text` as, when the table holds it.
    func value(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            recorded.withUTF8Buffer { recordedBytes in
                var slot = Self.slot(FNV1a.hash(bytes))
                while slots[slot] != 0 {
                    let number = Int(slots[slot])
                    if recordedBytes[pieces[number - 1]].elementsEqual(bytes) { return number }
                    slot = (slot + 1) & Self.slotMask
                }
                return nil
            }
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
