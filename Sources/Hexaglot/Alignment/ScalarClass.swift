/// Character classes the aligner asks about for every character, answered from code point ranges for the
/// scripts of the six languages; Unicode property lookups (the fallback) cost about as much as the alignment.
enum ScalarClass {
    /// Length weight: an ideograph 3, a letter or digit 1, anything else 0.
    @inline(__always)
    static func lengthWeight(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return 1
        case 0...0x7F: return 0
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return 3
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x370...0x3FF, 0x400...0x52F: return 1
        case 0x620...0x64A, 0x660...0x669, 0x66E...0x6D3, 0x6F0...0x6FF: return 1
        case 0x64B...0x65F, 0x2000...0x206F, 0x3000...0x303F, 0xA0...0xBF: return 0
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: return 1
        case 0xFF00...0xFFEF: return 0
        default:
            if scalar.properties.isIdeographic { return 3 }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? 1 : 0
        }
    }

    /// The value of a decimal digit in any script (`7`, `٧`, `۷`, `７`), else nil.
    /// Letters typed or recognised for digits: l and I for 1, O for 0 (`l0`, `2O15`). `LetterForDigitCheck` reports
    /// them; `AnchorExtractor` reads the number meant.
    static let digitLookalikes: [Unicode.Scalar: Int] = ["l": 1, "I": 1, "O": 0]

    @inline(__always)
    static func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        switch value {
        case 0x30...0x39: return Int(value - 0x30)
        case 0...0x7F, 0x80...0x65F, 0x3000...0x9FFF: return nil
        case 0x660...0x669: return Int(value - 0x660)
        case 0x6F0...0x6F9: return Int(value - 0x6F0)
        case 0xFF10...0xFF19: return Int(value - 0xFF10)
        default:
            guard scalar.properties.numericType == .decimal, let number = scalar.properties.numericValue else {
                return nil
            }
            return Int(number)
        }
    }

    /// Whether `scalar` is a letter (or ideograph): Unicode's Alphabetic property, answered from ranges for the
    /// letters of the six languages' scripts.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        // Latin-1 and Latin Extended letters (not × and ÷), Cyrillic letters, Arabic letters and vowel marks.
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x400...0x481, 0x48A...0x52F, 0x620...0x657: return true
        case 0x4E00...0x9FFF: return true
        case 0x2000...0x206F, 0x3000...0x303F, 0xFF00...0xFF0F: return false
        default: return scalar.properties.isAlphabetic
        }
    }

    /// Unicode's Ideographic property, answered from ranges below U+3000 (none) and for the two main CJK blocks
    /// (all assigned); the property lookup only for the rest.
    @inline(__always)
    static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x3000: return false
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        default: return scalar.properties.isIdeographic
        }
    }

    /// Whether `scalar` is in a block of CJK ideographs (unassigned code points of those blocks included).
    @inline(__always)
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}
