/// The number formats of Word's list levels (`w:numFmt`), rendered as Word renders them: `lowerLetter` runs
/// a…z, aa…zz; `chineseCounting` 一, 二, … 十一; `ideographZodiac` 子, 丑, 寅; `arabicAbjad` أ, ب, ج, د. Numerals
/// come from ICU (Roman, Chinese counting and financial numerals, full-width digits); sequences of signs are
/// Word's own tables.
enum DocxNumberFormat {
    /// `n` in the format named `format`; nil for `bullet` and `none`, which number nothing. A format Hexaglot
    /// does not know is rendered as a decimal, as Word does with formats it lacks.
    static func render(_ n: Int, format: String) -> String? {
        switch format {
        case "none", "bullet": return nil
        case "decimal", "ordinal", "cardinalText", "ordinalText": return String(n)
        case "decimalZero": return n < 10 ? "0\(n)" : String(n)
        case "decimalFullWidth", "decimalFullWidth2": return icu(n, "numbering:zh@numbers=fullwide")
        case "lowerLetter": return letters(n, Array("abcdefghijklmnopqrstuvwxyz"))
        case "upperLetter": return letters(n, Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        case "lowerRoman": return icu(n, "numbering:en@numbers=romanlow")
        case "upperRoman": return icu(n, "numbering:en@numbers=roman")
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
            "japaneseCounting":
            return icu(n, "spellout:zh")
        case "chineseLegalSimplified": return icu(n, "spellout:zh", ruleSet: "%spellout-cardinal-financial")
        case "ideographLegalTraditional":
            return icu(n, "spellout:zh_Hant", ruleSet: "%spellout-cardinal-financial")
        case "ideographTraditional": return cycle(n, Array("甲乙丙丁戊己庚辛壬癸"))
        case "ideographZodiac": return cycle(n, Array("子丑寅卯辰巳午未申酉戌亥"))
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return enclosed(n, first: 0x2460, count: 20)
        case "decimalEnclosedParen": return enclosed(n, first: 0x2474, count: 20)
        case "decimalEnclosedFullstop": return enclosed(n, first: 0x2488, count: 20)
        case "arabicAlpha": return cycle(n, Array("أبتثجحخدذرزسشصضطظعغفقكلمنهوي"))
        case "arabicAbjad": return cycle(n, Array("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"))
        case "russianLower": return letters(n, Array("абвгдежзиклмнопрстуфхцчшщэюя"))
        case "russianUpper": return letters(n, Array("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"))
        default: return String(n)
        }
    }

    /// a…z, then aa…zz, aaa…: the letter repeated, as Word writes letters past the alphabet.
    private static func letters(_ n: Int, _ alphabet: [Character]) -> String {
        guard n > 0 else { return String(n) }
        let letter = alphabet[(n - 1) % alphabet.count]
        return String(repeating: letter, count: min((n - 1) / alphabet.count + 1, 20))
    }

    private static func cycle(_ n: Int, _ signs: [Character]) -> String {
        guard n > 0 else { return String(n) }
        return String(signs[(n - 1) % signs.count])
    }

    private static func enclosed(_ n: Int, first: UInt32, count: Int) -> String {
        guard n >= 1, n <= count, let scalar = Unicode.Scalar(first + UInt32(n - 1)) else { return String(n) }
        return String(Character(scalar))
    }

    /// `n` in an ICU number format, or as a decimal when ICU cannot write it.
    private static func icu(_ n: Int, _ spec: String, ruleSet: String? = nil) -> String {
        guard let format = try? ICUNumberFormat(spec: spec) else { return String(n) }
        let written = ruleSet.map { format.format([n], ruleSet: $0).first ?? nil } ?? format.format(n)
        return written ?? String(n)
    }
}
