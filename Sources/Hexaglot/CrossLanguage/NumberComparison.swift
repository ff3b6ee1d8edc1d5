/// Numbers, symbols and dates compared in aligned text (`xlang.number-mismatch`). Both sides are read by
/// `AnchorExtractor`, which puts Chinese numerals, full-width and Arabic-Indic digits, grouping conventions and
/// month names into one form, so `2018 年 10 月 24 日`, `24 October 2018`, `24 octobre 2018`,
/// `24 de octubre de 2018`, `24 октября 2018 года` and `24 تشرين الأول/أكتوبر 2018` all read as 24, month 10,
/// 2018; a date written another way (`24/10/2018`) does not.
struct NumberComparison {
    let pair: VersionPair

    init(_ pair: VersionPair) {
        self.pair = pair
    }

    func findings() -> [Finding] {
        let pivotAnchors = AnchorExtractor(language: pair.pivot.language)
        let otherAnchors = AnchorExtractor(language: pair.other.language)
        var findings: [Finding] = []
        for bead in pair.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            // Footnote bodies are compared by number, not by alignment (FootnoteComparison).
            guard pair.pivot.segments[bead.source.lowerBound].kind != .footnoteBody else { continue }
            let pivotTokens = bead.source.flatMap { pivotAnchors.tokens(in: pair.pivot.segments[$0].text) }
            let otherTokens = bead.target.flatMap { otherAnchors.tokens(in: pair.other.segments[$0].text) }
            let difference = TokenDifference(pivotTokens, otherTokens)
            guard !difference.isEmpty else { continue }
            let here = pair.other.segments[bead.target.lowerBound].location
            let there = pair.pivot.segments[bead.source.lowerBound].location
            let thereText = VersionPair.describe(pair.pivot, there)
            let message: String
            if difference.onlyPivot.isEmpty {
                message = "\(difference.describeOther) here is not in \(thereText)"
            } else if difference.onlyOther.isEmpty {
                message = "\(difference.describePivot) in \(thereText) is not here"
            } else {
                message = "\(difference.describeOther) here, \(difference.describePivot) in \(thereText)"
            }
            // A document symbol never changes in translation. A number may be written in words on one side
            // (第七十三届, seventy-third), or differ in an official text (the Arabic SDG target 4.b says 2030
            // where the others say 2020): a reviser looks, but it is not certainly a fault.
            let certain = difference.involvesSymbol
            findings.append(
                VersionPair.finding(
                    VersionComparison.numberMismatch, in: pair.other, at: here, message,
                    counterpart: (pair.pivot, there),
                    expected: difference.onlyPivot.isEmpty ? nil : difference.describePivot,
                    found: difference.onlyOther.isEmpty ? nil : difference.describeOther,
                    severity: certain ? .error : .warning))
        }
        return findings
    }
}

/// What two lists of anchor tokens do not share, counting repeats: `2030, 2030` against `2030` leaves one.
/// Inline enumerators (`(ii)`) are left out: only Latin-script versions write them as letters.
struct TokenDifference {
    let onlyPivot: [String]
    let onlyOther: [String]

    init(_ pivot: [String], _ other: [String]) {
        let pivot = pivot.compactMap(Self.comparable)
        let other = other.compactMap(Self.comparable)
        var counts: [String: Int] = [:]
        for token in pivot { counts[token, default: 0] += 1 }
        var onlyOther: [String] = []
        for token in other {
            if let count = counts[token], count > 0 {
                counts[token] = count - 1
            } else {
                onlyOther.append(token)
            }
        }
        var onlyPivot: [String] = []
        for token in pivot {
            if let count = counts[token], count > 0 {
                onlyPivot.append(token)
                counts[token] = count - 1
            }
        }
        self.onlyPivot = onlyPivot
        self.onlyOther = onlyOther
    }

    /// The token in the form versions are compared in, or nil for tokens that are not compared: inline
    /// enumerators; abbreviations with a slash (`ODA/GNI`) that other scripts spell out; and whole numbers
    /// below 10, which UN style writes in words in some languages and not others (一个, `each`). `0.20` is `0.2`.
    static func comparable(_ token: String) -> String? {
        if token.hasPrefix("e:") { return nil }
        if token.hasPrefix("n:"), let value = Int(token.dropFirst(2)), value < 10 { return nil }
        if token.hasPrefix("s:") { return token.contains(where: \.isNumber) ? token : nil }
        guard token.hasPrefix("n:"), token.contains(".") else { return token }
        var number = token
        while number.hasSuffix("0") { number.removeLast() }
        if number.hasSuffix(".") { number.removeLast() }
        return number
    }

    var isEmpty: Bool { onlyPivot.isEmpty && onlyOther.isEmpty }
    var isSubstitution: Bool { !onlyPivot.isEmpty && !onlyOther.isEmpty }
    /// Whether a document symbol (`A/RES/70/1`) or resolution number (`64/211`) differs: never translated, so
    /// certainly a fault. `2/3` (grades 2 and 3) is not one.
    var involvesSymbol: Bool {
        (onlyPivot + onlyOther).contains { token in
            guard token.hasPrefix("s:") else { return false }
            let symbol = token.dropFirst(2)
            return symbol.contains(where: \.isLetter) || symbol.prefix { $0.isNumber }.count >= 2
        }
    }
    var describePivot: String { Self.describe(onlyPivot) }
    var describeOther: String { Self.describe(onlyOther) }

    /// `2030`, `month 10`, `A/RES/70/1`.
    static func describe(_ tokens: [String]) -> String {
        tokens.map { token in
            let value = token.dropFirst(2)
            return token.hasPrefix("m:") ? "month \(value)" : String(value)
        }.joined(separator: ", ")
    }
}
