/// Finds letters typed or recognised in place of digits, a real fault of retyped and OCR'd texts: `l0` and `2O15`
/// (the letters l, I and O inside a number), `paragraphs I and 2` and `before I January 1951` (a capital I standing
/// for 1 beside numbers or before a month). Reports each at its place with the number meant.
///
/// Letters count only inside a token made of digits and these three letters (`CO2`, `H1N1` and `G77` have other
/// letters); a lone `I` only beside a number (`I and 2`, `2 and I`) or before a month name, and never after a
/// chapter, article or part word, where it is the Roman numeral (`Chapter I and 2`).
public struct LetterForDigitCheck: DocumentCheck {
    static let letterForDigit = Rule(
        "text.letter-for-digit", .warning,
        "A letter in place of a digit: `l0`, `2O15`, `paragraphs I and 2`, `before I January 1951`.")

    public static let rules = [letterForDigit]

    public init() {}

    private static let lookalikes = ScalarClass.digitLookalikes
    /// Words that join two numbers: `I and 2`, `2 or I`, `I to 5`.
    private static let joiners: Set<String> = ["and", "or", "to", "et", "ou", "à", "y", "o", "a", "и", "или", "до"]

    public func check(_ document: Document) -> [Finding] {
        let monthNames = Set(document.language.months.keys)
        var findings: [Finding] = []
        for block in document.blocks where Self.mayHoldLookalikes(block.text) {
            let words = Self.words(of: block.text)
            for (position, word) in words.enumerated() {
                guard let meant = meaning(of: word.text, at: position, in: words, months: monthNames) else { continue }
                findings.append(
                    Self.letterForDigit.finding(
                        in: document, at: block.location(ofTextOffset: word.offset),
                        "\(word.text) has a letter where a digit belongs; write \(meant)",
                        expected: meant, found: word.text))
            }
        }
        return findings
    }

    /// The number `word` stands for when letters take the place of its digits, or nil.
    private func meaning(
        of word: String, at position: Int, in words: [(text: String, offset: Int)], months: Set<String>
    )
        -> String?
    {
        let scalars = Array(word.unicodeScalars)
        let hasDigit = scalars.contains { $0.properties.numericType == .decimal && $0.isASCII }
        let onlyDigitsAndLookalikes = scalars.allSatisfy {
            ($0.isASCII && $0.properties.numericType == .decimal) || Self.lookalikes[$0] != nil
        }
        if hasDigit, onlyDigitsAndLookalikes, scalars.contains(where: { Self.lookalikes[$0] != nil }) {
            return String(scalars.map { Self.lookalikes[$0].map(String.init) ?? String($0) }.joined())
        }
        guard word == "I" else { return nil }
        let previous = position > 0 ? words[position - 1].text : nil
        let next = position + 1 < words.count ? words[position + 1].text : nil
        // After a chapter, article or part word, `I` is the Roman numeral.
        if let previous, Self.romanContext.contains(where: { previous.lowercased().hasPrefix($0) }) { return nil }
        // `I January`, `I janvier`, `I de enero`, `I января`.
        let afterOf = position + 2 < words.count && ["de", "del"].contains(next ?? "") ? words[position + 2].text : nil
        if let month = afterOf ?? next, months.contains(month) || months.contains(month.lowercased()) { return "1" }
        let isNumber = { (text: String?) in text.map { $0.allSatisfy(\.isNumber) && !$0.isEmpty } ?? false }
        let joinedBefore =
            position >= 2 && Self.joiners.contains(words[position - 1].text) && isNumber(words[position - 2].text)
        let joinedAfter =
            next.map { Self.joiners.contains($0) } == true && position + 2 < words.count
            && isNumber(words[position + 2].text)
        return joinedBefore || joinedAfter ? "1" : nil
    }

    /// Beginnings of the words after which a capital I is a Roman numeral.
    private static let romanContext = [
        "chap", "art", "part", "sect", "annex", "capít", "glav", "глав", "стат", "раздел", "titre", "title", "rule",
    ]

    /// Whether `text` has an ASCII digit or a capital I standing alone, byte by byte: every fault this check
    /// finds has one, and most paragraphs of a Chinese or Arabic text have neither, so they are not cut into
    /// words at all.
    static func mayHoldLookalikes(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte >= 0x30 && byte <= 0x39 { return true }
            if byte == 0x49, previous == 0x20 || previous == 0x28 { return true }
            previous = byte
        }
        return false
    }

    /// The words of `text` (letters and digits; `2O15` is one word) with their scalar offsets.
    private static func words(of text: String) -> [(text: String, offset: Int)] {
        var words: [(text: String, offset: Int)] = []
        let scalars = text.unicodeScalars
        var wordStart: (index: String.Index, offset: Int)?
        var index = scalars.startIndex
        var offset = 0
        while index < scalars.endIndex {
            if isWordScalar(scalars[index]) {
                if wordStart == nil { wordStart = (index, offset) }
            } else if let start = wordStart {
                words.append((String(scalars[start.index..<index]), start.offset))
                wordStart = nil
            }
            scalars.formIndex(after: &index)
            offset += 1
        }
        if let start = wordStart { words.append((String(scalars[start.index...]), start.offset)) }
        return words
    }

    /// A letter (Unicode's Alphabetic, `々` and `〇` included) or a decimal digit, from code point ranges where
    /// they answer it.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if (0x3000...0x303F).contains(scalar.value) { return scalar.properties.isAlphabetic }
        return ScalarClass.isLetter(scalar) || ScalarClass.decimalValue(scalar) != nil
    }
}
