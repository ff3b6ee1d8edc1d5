/// ICU's Traditional-Simplified transform as Hexaglot is built with it, made from the transform itself by
/// `TraditionalCharacterTableTests` (which fails when the ICU says otherwise) and kept in
/// `TraditionalCharacterTable+Data.swift`: the characters it changes when they stand alone, and its rules.
///
/// A Simplified text is screened with the characters, without compiling anything; a text holding one is
/// transformed by ICU with the few rules that can apply to it (those whose characters are all in it), which
/// ICU compiles in microseconds, where the whole transform's 3,952 rules take about 6 ms. ICU tries a
/// position's rules in their order and takes the first that matches, and a rule left out could not have
/// matched, so the result is the whole transform's.
enum TraditionalCharacterTable {
    /// The transform the table was made from, as language files name it.
    static let transform = "Traditional-Simplified"

    static let changed: ScalarSet = {
        var set = ScalarSet()
        for range in ranges {
            for value in range { set.insert(value) }
        }
        return set
    }()

    /// Whether a document whose language names transform `id` needs ICU to compile it: any transform but
    /// this table's.
    static func needsCompiling(_ id: String) -> Bool {
        id != transform
    }

    /// The rules of the transform whose left-hand side is made only of `scalars`, in the transform's order:
    /// all of them that can match a text written with those characters.
    static func rules(using scalars: ScalarSet) -> String {
        // On the bytes of a static string: 3,952 lines cut as Characters would cost more than compiling the rules
        // they choose.
        ruleText.withUTF8Buffer { bytes in
            var chosen: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                defer { start = end + 1 }
                // Nearly every line is ruled out by its first character, a three-byte one read here directly.
                if end - start >= 3, bytes[start] & 0xF0 == 0xE0 {
                    let first =
                        UInt32(bytes[start] & 0x0F) << 12 | UInt32(bytes[start + 1] & 0x3F) << 6
                        | UInt32(bytes[start + 2] & 0x3F)
                    if let scalar = Unicode.Scalar(first), !scalars.contains(scalar) { continue }
                }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // `繁體 > 繁体;`: the left-hand side is the line up to its first space.
                var left = line.prefix { $0 != UInt8(ascii: " ") }.makeIterator()
                var decoder = UTF8()
                var usable = true
                decoding: while usable {
                    switch decoder.decode(&left) {
                    case .scalarValue(let scalar): usable = scalars.contains(scalar)
                    case .emptyInput: break decoding
                    case .error: usable = false
                    }
                }
                if usable { chosen.append(String(decoding: line, as: UTF8.self)) }
            }
            return chosen.joined(separator: "\n")
        }
    }
}
