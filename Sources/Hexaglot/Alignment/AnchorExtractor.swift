/// Finds what survives translation unchanged in a segment: numbers (Western, full-width and Arabic-Indic
/// digits, and Chinese numerals where they count something: 第七十三届, 一九四八年, 十二月), document symbols
/// (`A/RES/70/1`, `A/C.1/73/L.27`), resolution numbers (`64/211`) and months (`December`, `décembre`, 十二月,
/// `12 月`), each in one normal form so that `1 000`, `1,000` and `1.000` agree and `1,25` in Russian is `1.25`
/// in English.
struct AnchorExtractor: Sendable {
    /// ICU's spell-out rules for the language's own numerals (Chinese: 七十三 = 73); nil for other scripts.
    private let numerals: ICUNumberFormat?

    /// Numbers and ordinals in words, through ICU's spell-out rules; nil for Chinese (its numerals are read below).
    private let spelled: SpelledNumbers?

    /// Words that multiply the number before them: `billion`, `millones`, `млн`.
    private let scales: [String: Int]

    /// Month names (`December`, `декабря`) and the first letters they can start with.
    private let months: [String: Int]
    private let monthInitials: ScalarSet

    /// Lower-cased beginnings of the words that name a chapter, article or part (`chap`, `глав`, `capí`), after
    /// which a lone Roman numeral counts (`Chapter V`, `главы X`); from the language's section patterns.
    let sectionStems: [String]

    init(language: Language) {
        numerals =
            language.scripts.contains("Hani") ? try? ICUNumberFormat(spec: "spellout:\(language.icuLocale)") : nil
        spelled = SpelledNumbers.reader(for: language)
        months = language.months
        scales = language.numberScales
        monthInitials = ScalarSet(language.months.keys.compactMap(\.unicodeScalars.first))
        sectionStems = Array(
            Set(
                ((language.sectionWords ?? []) + language.sectionKinds.map(\.word)).filter { $0.count >= 4 }.map {
                    String($0.lowercased().prefix(4))
                }))
    }

    /// Chinese numerals count something only next to these: 第…, …年, …月, …条.
    private static let chineseDigits: [Unicode.Scalar: Int] = [
        // ○ (a white circle) is typed for 〇 often enough to be read as zero: 二〇三○年.
        "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let chineseUnits: Set<Unicode.Scalar> = ["十", "百", "千", "万"]
    /// The digits and units above in a bit set: asked of every character of a Chinese text, without hashing.
    private static let chineseNumeralScalars = ScalarSet(Array(chineseDigits.keys) + Array(chineseUnits))
    private static let chineseMultipliers: [Unicode.Scalar: Int] = ["万": 10_000, "亿": 100_000_000]
    static let chineseCounters: Set<Unicode.Scalar> = [
        "年", "月", "日", "条", "款", "章", "节", "项", "段", "号", "届", "次", "个", "名", "部",
        // The same counters in Traditional characters: 十二個月, 第十二條.
        "條", "節", "項", "號", "屆", "個",
    ]
    /// Marks between the numerals of a series: 第十、十五及五十二条.
    private static let seriesMarks: Set<Unicode.Scalar> = ["、", "及", "和", "至", "或", "与", "與", "，"]
    /// Spaces that group thousands in French and Russian: no-break, narrow no-break and thin spaces.
    private static let groupingSpaces: Set<Unicode.Scalar> = ["\u{00A0}", "\u{202F}", "\u{2009}"]

    /// The anchor tokens of `text`, in order of appearance.
    func tokens(in text: String) -> [String] {
        let scalars = text.scalarArray
        var tokens: [String] = []
        var index = 0
        var lastRomanEnd: Int?
        var lastCountedChineseEnd: Int?
        while index < scalars.count {
            let scalar = scalars[index]
            // A letter inside a word starts nothing but a symbol after an ideograph (`见A/RES/70/1`), a Chinese
            // numeral, or a number with a letter for a digit (`l0`) after a non-Latin letter: most positions end
            // here, before any look-up.
            let startsWord = index == 0 || !ScalarClass.isLetter(scalars[index - 1])
            if !startsWord, numerals == nil, ScalarClass.isLetter(scalar), !ScalarClass.isIdeograph(scalars[index - 1]),
                Self.isASCIIAlphanumeric(scalars[index - 1]) || !(scalar == "l" || scalar == "I" || scalar == "O")
            {
                index += 1
                continue
            }
            // Likewise a Chinese character that is no numeral and starts no month name.
            if ScalarClass.isIdeograph(scalar), !Self.chineseNumeralScalars.contains(scalar),
                !startsWord || !monthInitials.contains(scalar)
            {
                index += 1
                continue
            }
            if (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == "l" || scalar == "I" || scalar == "O",
                index == 0 || !Self.isASCIIAlphanumeric(scalars[index - 1]),
                let (value, end) = Self.numberWithLookalikes(scalars, at: index)
            {
                // `2O15`, `l0`: a letter typed for a digit (`text.letter-for-digit` reports it); the number is
                // still compared, as the other versions write it.
                tokens.append("n:\(value)")
                index = end
            } else if let (enumerator, end) = Self.inlineEnumerator(scalars, at: index) {
                tokens.append("e:" + enumerator)
                index = end
            } else if Self.isSymbolStart(scalars, index), let (symbol, end) = Self.symbol(scalars, from: index) {
                // Digits and slashes that start with one digit are a fraction or a range (`grades 2/3`, which
                // French writes `2e ou 3e année`): numbers. `64/211` is a resolution: a symbol.
                let parts = symbol.split(separator: "/").compactMap { Int($0) }
                if parts.count == symbol.count(where: { $0 == "/" }) + 1, let first = parts.first, first < 10 {
                    tokens += parts.map { "n:\($0)" }
                } else {
                    tokens.append("s:" + symbol)
                }
                index = end
            } else if let spelled, startsWord, let (value, end) = spelled.read(scalars, at: index) {
                // `twenty-sixth`, `vingt-six`, `двадцать шестого`, `الرابعة والثلاثين`: as the digits would be.
                tokens.append("n:\(value)")
                index = end
            } else if startsWord, monthInitials.contains(scalar) {
                var end = index
                while end < scalars.count, ScalarClass.isLetter(scalars[end]) { end += 1 }
                if let month = months[String(scalars: scalars[index..<end])] {
                    tokens.append("m:\(month)")
                }
                index = end
            } else if startsWord, Self.romanLetters.contains(scalar),
                let (value, end) = romanNumeral(scalars, at: index, afterRoman: lastRomanEnd)
            {
                // `Chapters XII and XIII` = 第十二章及第十三章 = `главы XII и XIII`.
                tokens.append("n:\(value)")
                lastRomanEnd = end
                index = end
            } else if Self.decimalValue(scalar) == 0,
                let (number, end) = Self.reversedThousands(scalars, at: index)
            {
                tokens.append(number)
                index = end
            } else if Self.decimalValue(scalar) != nil {
                var (number, end) = Self.number(scalars, from: index)
                // `7.b.1`, `12.a.1`: an SDG target or indicator cited by its number.
                if let (outline, outlineEnd) = Self.outlineWithLetter(scalars, number, at: end) {
                    (number, end) = (outline, outlineEnd)
                }
                // 10万 is 100 000 and 1000亿 is 100 000 000 000, as the other versions write them.
                if end < scalars.count, let multiplier = Self.chineseMultipliers[scalars[end]],
                    let value = Int(number.dropFirst(2))
                {
                    number = "n:\(value * multiplier)"
                    end += 1
                }
                // 100 billion and 100 mil millones are 100 000 000 000, as 1000亿 is.
                if !scales.isEmpty { (number, end) = scaled(number, scalars, after: end) }
                // 12月 and 12 月 are a month, as December is.
                var after = end
                while after < scalars.count, scalars[after] == " " { after += 1 }
                if after < scalars.count, scalars[after] == "月", number.hasPrefix("n:") {
                    number = "m:" + number.dropFirst(2)
                }
                tokens.append(number)
                // `财政政策2的`, `…по скорости 5`, `السرعة(5)`: a footnote call that PDF extraction wrote into the text.
                if number.hasPrefix("n:"), let value = Int(number.dropFirst(2)), value < 1000,
                    Self.standsAsFootnoteCall(scalars, index..<end)
                {
                    tokens.append("c:\(value)")
                }
                index = end
            } else if numerals != nil, Self.chineseNumeralScalars.contains(scalar) {
                var end = index
                while end < scalars.count, Self.chineseNumeralScalars.contains(scalars[end]) { end += 1 }
                // `第十、十五、二十三…及五十二各条`: a numeral after a series mark that follows a counted one counts too.
                let continuesSeries =
                    index >= 2 && lastCountedChineseEnd == index - 1 && Self.seriesMarks.contains(scalars[index - 1])
                if let value = chineseNumber(scalars, index..<end, inSeries: continuesSeries) {
                    tokens.append(end < scalars.count && scalars[end] == "月" ? "m:\(value)" : "n:\(value)")
                    lastCountedChineseEnd = end
                }
                index = end
            } else {
                index += 1
            }
        }
        return tokens
    }

    // MARK: Digits

    /// `000 1` for 1 000 and `000 100` for 100 000: Arabic text converted from PDF often has the groups of a
    /// number in visual order, right to left. No number is written starting with `000 `, so the reading is safe.
    private static func reversedThousands(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        guard decimalValue(scalars[start]) == 0, start == 0 || decimalValue(scalars[start - 1]) == nil else {
            return nil
        }
        var index = start
        var thousands = 0
        while index + 4 < scalars.count, scalars[index..<index + 3].allSatisfy({ decimalValue($0) == 0 }),
            scalars[index + 3] == " " || groupingSpaces.contains(scalars[index + 3]),
            decimalValue(scalars[index + 4]) != nil
        {
            thousands += 1
            index += 4
        }
        guard thousands > 0 else { return nil }
        var end = index
        var lead = 0
        while end < scalars.count, end - index < 3, let digit = decimalValue(scalars[end]) {
            lead = lead * 10 + digit
            end += 1
        }
        guard end < scalars.count ? decimalValue(scalars[end]) == nil : true, lead > 0 else { return nil }
        var value = lead
        for _ in 0..<thousands { value *= 1000 }
        return ("n:\(value)", end)
    }

    /// `number` multiplied by the scale words that follow it (`1.25 billion`), and where they end.
    private func scaled(_ number: String, _ scalars: [Unicode.Scalar], after start: Int) -> (String, Int) {
        guard number.hasPrefix("n:"), var value = Double(number.dropFirst(2)) else { return (number, start) }
        var end = start
        var multiplied = false
        while true {
            var wordStart = end
            while wordStart < scalars.count,
                scalars[wordStart] == " " || Self.groupingSpaces.contains(scalars[wordStart])
            {
                wordStart += 1
            }
            var wordEnd = wordStart
            while wordEnd < scalars.count, ScalarClass.isLetter(scalars[wordEnd]) { wordEnd += 1 }
            guard wordEnd > wordStart else { break }
            let word = String(scalars: scalars[wordStart..<wordEnd])
            // Abbreviations keep their point: `тыс.`
            let dotted = wordEnd < scalars.count && scalars[wordEnd] == "." ? word + "." : word
            guard let scale = scales[word.lowercased()] ?? scales[dotted.lowercased()] else { break }
            // `217 ألف (د-3)` is resolution 217 A (III): a letter before a session in brackets, not a thousand.
            var next = wordEnd
            while next < scalars.count, scalars[next] == " " { next += 1 }
            if next < scalars.count, scalars[next] == "(" { break }
            value *= Double(scale)
            end = scales[word.lowercased()] != nil ? wordEnd : wordEnd + 1
            multiplied = true
        }
        guard multiplied, value < 1e18, value == value.rounded() else { return (number, start) }
        return ("n:\(Int(value))", end)
    }

    @inline(__always)
    private static func decimalValue(_ scalar: Unicode.Scalar) -> Int? { ScalarClass.decimalValue(scalar) }

    /// A number starting at `start`: digit groups joined by `.` `,` (and Arabic `٫` `٬`) or grouping spaces.
    /// A separator followed by exactly three digits groups thousands; any other single separator is a decimal
    /// point; several such separators make an outline number (`2.2.1`).
    private static func number(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int) {
        var groups: [String] = []
        var separators: [Unicode.Scalar] = []
        var index = start
        while true {
            var digits = ""
            while index < scalars.count, let value = decimalValue(scalars[index]) {
                digits.append(Character(Unicode.Scalar(UInt8(0x30 + value))))
                index += 1
            }
            groups.append(digits)
            guard index + 1 < scalars.count, decimalValue(scalars[index + 1]) != nil else { break }
            let separator = scalars[index]
            // A plain space groups only a three-digit group after a short one: `1 000` but not `2015 2016`.
            let plainSpaceGroups =
                separator == " " && digits.count <= 3
                && (1...3).allSatisfy { index + $0 < scalars.count && decimalValue(scalars[index + $0]) != nil }
                && (index + 4 >= scalars.count || decimalValue(scalars[index + 4]) == nil)
            guard
                separator == "." || separator == "," || separator == "٫" || separator == "٬"
                    || groupingSpaces.contains(separator) || plainSpaceGroups
            else { break }
            separators.append(separator)
            index += 1
        }
        guard !separators.isEmpty else { return ("n:" + trimmedZeros(groups[0]), index) }
        // No number's first group is 0: `0.125` and `0,125` are decimals, never 125.
        let leadingZero = groups[0] == "0"
        let grouping =
            !leadingZero && groups.dropFirst().allSatisfy { $0.count == 3 } && groups[0].count <= 3
            && (separators.count > 1 || groupingSpaces.contains(separators[0]) || separators[0] == " "
                || separators[0] == "٬")
        if grouping { return ("n:" + trimmedZeros(groups.joined()), index) }
        if separators.count == 1 && groups[1].count == 3 && groups[0].count <= 3 && separators[0] != "٫" && !leadingZero
        {
            // `1,000` in English and `1.000` in Spanish are a thousand; a decimal with three places is rarer.
            return ("n:" + trimmedZeros(groups.joined()), index)
        }
        if separators.count == 1 { return ("n:" + trimmedZeros(groups[0]) + "." + groups[1], index) }
        return ("n:" + groups.map(trimmedZeros).joined(separator: "."), index)
    }

    private static func trimmedZeros(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }

    // MARK: Inline enumerations

    /// `(ii)` or `ii)` and `(a)` or `a)` inside a clause: Latin letters and Roman numerals enumerate inline
    /// in every version, Chinese and Arabic included (`(i)全球公民教育和(ii)…`).
    private static func inlineEnumerator(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        var start = index
        if scalars[index] == "(" || scalars[index] == "（" {
            start += 1
        } else if !(0x61...0x7A).contains(scalars[index].value) {
            return nil
        } else if index > 0, ScalarClass.isLetter(scalars[index - 1]) || scalars[index - 1] == "(" {
            return nil
        }
        var end = start
        while end < scalars.count, end - start <= 4, (0x61...0x7A).contains(scalars[end].value) {
            end += 1
        }
        guard end > start, end - start <= 4, end < scalars.count, scalars[end] == ")" || scalars[end] == "）" else {
            return nil
        }
        return (String(scalars: scalars[start..<end]), end + 1)
    }

    // MARK: Symbols

    private static func isSymbolStart(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let value = scalars[index].value
        guard (0x41...0x5A).contains(value) || (0x30...0x39).contains(value) else { return false }
        guard index > 0 else { return true }
        // Chinese writes no space before a symbol: 第64/211号决议, 见A/RES/70/1.
        let before = scalars[index - 1]
        return ScalarClass.isIdeographic(before) || !(ScalarClass.isLetter(before) || decimalValue(before) != nil)
    }

    /// `A/RES/70/1`, `A/C.1/73/L.27`, `64/211`: ASCII letters, digits and dots in parts joined by `/`.
    private static func symbol(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var text = ""
        var index = start
        var slashes = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let value = decimalValue(scalar) {
                text.append(Character(Unicode.Scalar(UInt8(0x30 + value))))
            } else if (0x41...0x5A).contains(scalar.value) {
                text.append(Character(scalar))
            } else if scalar == "/" || scalar == ".", index + 1 < scalars.count,
                decimalValue(scalars[index + 1]) != nil
                    || (scalars[index + 1].isASCII && scalars[index + 1].properties.isUppercase)
            {
                if scalar == "/" { slashes += 1 }
                text.append(Character(scalar))
            } else {
                break
            }
            index += 1
        }
        guard slashes > 0, !text.hasSuffix("/") else { return nil }
        return (text, index)
    }

    // MARK: Chinese numerals

    /// Words that start with 十 and are no number: 十分 (very), 十足 (full), 十字 (cross), 十全 (perfect).
    private static let wordsAfterTen: Set<Unicode.Scalar> = ["分", "足", "字", "全"]

    /// Whether a numeral with a unit in it is a number without a counter: 十五会员国, 一百二十天, 百分之五十.
    /// Two characters or more starting with a digit or 十 (十五, 五十四), or 十 alone outside the words it starts;
    /// a unit first (千万 by all means, 万一 in case, 百分之 per cent) is no number, but for 百万 and 百亿.
    private static func countsOnItsOwn(
        _ numeral: ArraySlice<Unicode.Scalar>, before: Unicode.Scalar?, after: Unicode.Scalar?
    )
        -> Bool
    {
        guard let first = numeral.first, numeral.contains(where: chineseUnits.contains) else { return false }
        // （十） in 第二款第（十）项 is an item, as `j)` is in the other versions.
        if let before, let after, "(（".unicodeScalars.contains(before), ")）".unicodeScalars.contains(after) {
            return false
        }
        // 百万 and 百亿 are numbers as `million` is (每百万居民, per million inhabitants); 千万 is also an adverb.
        if first == "百", numeral.count == 2, let last = numeral.last, chineseMultipliers[last] != nil { return true }
        guard chineseDigits[first] != nil || first == "十" else { return false }
        if numeral.count >= 2 { return true }
        return after.map { !wordsAfterTen.contains($0) } ?? true
    }

    /// The value of the Chinese numeral at `range` when it counts something (第七十三届, 一九四八年, 十二月).
    private func chineseNumber(_ scalars: [Unicode.Scalar], _ range: Range<Int>, inSeries: Bool = false) -> Int? {
        let before = range.lowerBound > 0 ? scalars[range.lowerBound - 1] : nil
        let after = range.upperBound < scalars.count ? scalars[range.upperBound] : nil
        let numeral = scalars[range]
        guard
            inSeries || before == "第" || after.map(Self.chineseCounters.contains) == true
                || Self.countsOnItsOwn(numeral, before: before, after: after)
        else { return nil }
        if !numeral.contains(where: Self.chineseUnits.contains) {
            // 一九四八 is read digit by digit; a single 一 before 个 or 次 is one.
            return numeral.reduce(0) { $0 * 10 + (Self.chineseDigits[$1] ?? 0) }
        }
        var text = String(scalars: numeral).replacingOccurrences(of: "两", with: "二")
        // ICU reads 一百万, not 百万.
        if numeral.first == "百" { text = "一" + text }
        return numerals?.parse(text, below: 1e15)
    }
}
