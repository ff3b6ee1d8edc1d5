/// Numerals written other than in plain digits: Roman numerals (`Chapters XII and XIII` = 第十二章及第十三章 =
/// `главы XII и XIII`) and outline numbers with a letter (`7.b.1`).
extension AnchorExtractor {
    static let romanLetters = ScalarSet(["I", "V", "X", "L", "C"] as [Unicode.Scalar])
    private static let romanValues: [Unicode.Scalar: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]

    /// A Roman numeral in capitals standing as a word at `start`: two letters or more (`XII`, `IV`), or one letter
    /// after a chapter or article word (`Chapter V`) or just after another numeral (`IX and X`). Only well-formed
    /// numerals up to 399 count: `LC` or `VX` is no number.
    func romanNumeral(_ scalars: [Unicode.Scalar], at start: Int, afterRoman: Int?) -> (Int, Int)? {
        var end = start
        while end < scalars.count, Self.romanLetters.contains(scalars[end]) { end += 1 }
        guard end - start <= 9, end == scalars.count || !ScalarClass.isLetter(scalars[end]) else { return nil }
        if end - start == 1 {
            let nearNumeral = afterRoman.map { start - $0 <= 6 } ?? false
            guard nearNumeral || followsSectionWord(scalars, at: start) else { return nil }
        }
        let letters = scalars[start..<end]
        var value = 0
        for (position, letter) in letters.enumerated() {
            guard let letterValue = Self.romanValues[letter] else { return nil }
            let next =
                position + 1 < letters.count
                ? Self.romanValues[letters[letters.index(letters.startIndex, offsetBy: position + 1)]] ?? 0 : 0
            value += letterValue < next ? -letterValue : letterValue
        }
        // Well-formed only: writing the value back gives the same letters.
        guard value > 0, value < 400, Self.roman(value) == String(scalars: letters) else { return nil }
        return (value, end)
    }

    /// `value` in Roman numerals, the standard subtractive way.
    private static func roman(_ value: Int) -> String {
        let table: [(Int, String)] = [
            (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, letters) in table {
            while rest >= amount {
                result += letters
                rest -= amount
            }
        }
        return result
    }

    /// Whether the word before `start` names a chapter, article or part (`Chapter`, `chapitres`, `главы`).
    private func followsSectionWord(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        guard !sectionStems.isEmpty else { return false }
        var end = start
        while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\u{00A0}" { end -= 1 }
        var begin = end
        while begin > 0, ScalarClass.isLetter(scalars[begin - 1]) { begin -= 1 }
        guard end - begin >= 4 else { return false }
        let word = String(scalars: scalars[begin..<(begin + 4)]).lowercased()
        return sectionStems.contains(word)
    }

    /// `7.b.1` after the number `7` read at `end`: a dot, one lower-case letter, a dot and digits, as SDG targets
    /// and indicators are numbered; nil for anything else (`7.5`, `p.b`).
    static func outlineWithLetter(_ scalars: [Unicode.Scalar], _ number: String, at end: Int) -> (String, Int)? {
        guard number.hasPrefix("n:"), !number.contains("."), end + 3 < scalars.count, scalars[end] == ".",
            ("a"..."z").contains(scalars[end + 1]), scalars[end + 2] == ".",
            scalars[end + 3].properties.numericType != nil,
            scalars[end + 3].isASCII
        else { return nil }
        var last = end + 3
        while last < scalars.count, scalars[last].isASCII, scalars[last].properties.numericType != nil { last += 1 }
        let digits = String(scalars: scalars[(end + 3)..<last])
        return ("\(number).\(Character(scalars[end + 1])).\(digits)", last)
    }
}
