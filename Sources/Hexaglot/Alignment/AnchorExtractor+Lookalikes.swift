/// Numbers with a letter typed or recognised for a digit (`2O15`, `l0`): read as the number meant, so that the
/// versions still compare; `LetterForDigitCheck` reports the letter.
extension AnchorExtractor {
    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// The number of a word made of ASCII digits and lookalike letters, at least one of each (`2O15`, `l0`), and
    /// where it ends; nil for any other word (`CO2`, `G77`, `10`, `Oil`).
    static func numberWithLookalikes(_ scalars: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var end = start
        var value = 0
        var digits = 0
        var letters = 0
        while end < scalars.count, isASCIIAlphanumeric(scalars[end]) {
            let scalar = scalars[end]
            if scalar.value >= 0x30, scalar.value <= 0x39 {
                digits += 1
                value = value * 10 + Int(scalar.value - 0x30)
            } else if let digit = ScalarClass.digitLookalikes[scalar] {
                letters += 1
                value = value * 10 + digit
            } else {
                return nil
            }
            end += 1
            guard end - start <= 12 else { return nil }
        }
        return digits > 0 && letters > 0 ? (value, end) : nil
    }
}
