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
        // Needed only where the alignment kept no tokens (a pair built by hand).
        let pivotAnchors = pair.pivotTokens == nil ? AnchorExtractor(language: pair.pivot.language) : nil
        let otherAnchors = pair.otherTokens == nil ? AnchorExtractor(language: pair.other.language) : nil
        var compared: [(bead: Bead, difference: TokenDifference)] = []
        for bead in pair.beads where !bead.source.isEmpty && !bead.target.isEmpty {
            // Footnote bodies are compared by number, not by alignment (FootnoteComparison).
            guard pair.pivot.segments[bead.source.lowerBound].kind != .footnoteBody else { continue }
            // The aligner's reading when it kept it: reading every segment again costs as much as aligning.
            let pivotTokens = bead.source.flatMap {
                pair.pivotTokens?[$0] ?? pivotAnchors?.tokens(in: pair.pivot.segments[$0].text) ?? []
            }
            let otherTokens = bead.target.flatMap {
                pair.otherTokens?[$0] ?? otherAnchors?.tokens(in: pair.other.segments[$0].text) ?? []
            }
            compared.append((bead, TokenDifference(pivotTokens, otherTokens)))
        }
        // Versions cut sentences and headings differently (`第十七条目标本部分…` against `Artículo 17` on a line of
        // its own, in the unit before): a number one side lacks in a unit, found in the neighbouring unit of the
        // other side, is no mismatch.
        for index in compared.indices.dropLast() {
            var (this, next) = (compared[index].difference, compared[index + 1].difference)
            TokenDifference.cancel(&this.onlyOther, &next.onlyPivot)
            TokenDifference.cancel(&this.onlyPivot, &next.onlyOther)
            (compared[index].difference, compared[index + 1].difference) = (this, next)
        }
        var findings: [Finding] = []
        let comparedBeads = compared.map(\.bead)
        for index in compared.indices {
            let (flattened, calls) = flattenedCalls(at: index, comparedBeads)
            findings += flattened
            // The call's number is reported as a call, not again as a number.
            compared[index].difference.onlyPivot.removeAll { calls.pivot.contains($0) }
            compared[index].difference.onlyOther.removeAll { calls.other.contains($0) }
        }
        for (bead, difference) in compared where !difference.isEmpty {
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

/// What two lists of anchor tokens do not share. A number both lists have is shared however often each repeats
/// it: translations name a session twice or once (`la dixième session … cette session`, `العاشرة … الدور العاشر`).
/// Inline enumerators (`(ii)`) are left out: only Latin-script versions write them as letters.
struct TokenDifference {
    var onlyPivot: [String]
    var onlyOther: [String]

    init(_ pivot: [String], _ other: [String]) {
        let pivot = pivot.compactMap(Self.comparable)
        let other = other.compactMap(Self.comparable)
        let pivotSet = Set(pivot)
        let otherSet = Set(other)
        onlyPivot = pivot.filter { !otherSet.contains($0) }
        onlyOther = other.filter { !pivotSet.contains($0) }
    }

    /// Takes out of both lists the tokens they share.
    static func cancel(_ first: inout [String], _ second: inout [String]) {
        guard !first.isEmpty, !second.isEmpty else { return }
        let shared = Set(first).intersection(second)
        first.removeAll(where: shared.contains)
        second.removeAll(where: shared.contains)
    }

    /// The token in the form versions are compared in, or nil for tokens that are not compared: inline
    /// enumerators; abbreviations with a slash (`ODA/GNI`) that other scripts spell out; and whole numbers
    /// below 10, which UN style writes in words in some languages and not others (一个, `each`). `0.20` is `0.2`.
    static func comparable(_ token: String) -> String? {
        if token.hasPrefix("e:") || token.hasPrefix("c:") { return nil }
        if token.hasPrefix("n:"), let value = Int(token.dropFirst(2)), value < 10 { return nil }
        if token.hasPrefix("s:") { return token.contains(where: \.isNumber) ? token : nil }
        // A decimal (`0.20` is `0.2`); an outline number (`12.8.10`, `7.b.1`) stays as written.
        guard token.hasPrefix("n:"), token.count(where: { $0 == "." }) == 1,
            token.dropFirst(2).allSatisfy({ $0.isNumber || $0 == "." })
        else { return token }
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
