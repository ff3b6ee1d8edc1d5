/// Cuts a document's blocks into sentences (and clauses) with ICU's sentence breaker, tailored by the
/// language data where ICU goes wrong on UN text.
///
/// ICU is the starting point: it knows where sentences may end in each script. The tailoring removes breaks
/// after abbreviations (`No.`, `para.`, `г.`), breaks not preceded by a sentence terminator of the language,
/// and breaks that would leave a lone number or marker; it moves an opening bracket ICU leaves at the end of
/// a sentence (`？(`) to the next one. Footnote calls are not in the block text, so a call written after `。`
/// stays with the sentence it follows.
public struct Segmenter: Sendable {
    public let language: Language
    public let unit: SegmentUnit

    /// The language's terminators as scalars: asked for every character of every block.
    private let sentenceTerminators: Set<Unicode.Scalar>
    private let clauseTerminators: Set<Unicode.Scalar>

    public init(language: Language, unit: SegmentUnit = .sentence) {
        self.language = language
        self.unit = unit
        sentenceTerminators = Set(language.sentenceTerminators.flatMap(\.unicodeScalars))
        clauseTerminators = Set(language.clauseTerminators.flatMap(\.unicodeScalars))
    }

    /// The document's segments: text blocks in reading order, then footnote bodies by number (pages put them
    /// in different places in different language versions; their numbers do not change).
    public func segment(_ document: Document) -> SegmentedDocument {
        let paths = ClausePaths(document.blocks)
        let order =
            document.blocks.indices.filter { document.blocks[$0].kind != .footnoteBody }
            + document.blocks.indices.filter { document.blocks[$0].kind == .footnoteBody }.sorted {
                (document.blocks[$0].footnoteNumber ?? 0, $0) < (document.blocks[$1].footnoteNumber ?? 0, $1)
            }
        var segments: [Segment] = []
        for index in order {
            let block = document.blocks[index]
            let scalars = block.text.scalarArray
            let ranges = self.ranges(in: scalars, text: block.text)
            if ranges.isEmpty, block.marker == nil { continue }
            let starts = block.locations(ofTextOffsets: ranges.map(\.lowerBound))
            let pieces = ranges.isEmpty ? [0..<0] : ranges
            for (number, range) in pieces.enumerated() {
                let calls = block.calls.filter { call in
                    call.textOffset > range.lowerBound && call.textOffset <= range.upperBound
                        || (call.textOffset == 0 && range.lowerBound == 0)
                }
                segments.append(
                    Segment(
                        id: segments.count,
                        text: String(scalars: scalars[range]),
                        marker: number == 0 ? block.marker?.raw : nil,
                        block: index,
                        kind: block.kind,
                        range: range,
                        location: number == 0 && block.marker != nil
                            ? block.markerLocation : (ranges.isEmpty ? block.location : starts[number]),
                        footnoteCalls: calls.map(\.number),
                        footnoteCallOffsets: calls.map { min(max($0.textOffset - range.lowerBound, 0), range.count) },
                        clausePath: paths[index]
                    ))
            }
        }
        return SegmentedDocument(document: document, unit: unit, segments: segments)
    }

    /// The trimmed ranges of the segments of one block's text.
    func ranges(in scalars: [Unicode.Scalar], text: String) -> [Range<Int>] {
        var breaks = sentenceBreaks(in: scalars, text: text)
        if unit == .clause { breaks = clauseBreaks(in: scalars, sentenceBreaks: breaks) }
        var ranges: [Range<Int>] = []
        var start = 0
        for end in breaks + [scalars.count] {
            let trimmed = Self.trim(start..<end, in: scalars)
            if !trimmed.isEmpty { ranges.append(trimmed) }
            start = end
        }
        return ranges
    }

    // MARK: Sentences

    private func sentenceBreaks(in scalars: [Unicode.Scalar], text: String) -> [Int] {
        guard scalars.contains(where: sentenceTerminators.contains) else { return [] }
        var accepted: [Int] = []
        for candidate in ICUCache.shared.sentenceBoundaries(in: text, locale: language.icuLocale)
        where candidate < scalars.count {
            let boundary = Self.movingOpeningBrackets(candidate, in: scalars)
            let start = accepted.last ?? 0
            guard boundary > start, endsSentence(scalars[start..<boundary]),
                startsSentence(scalars[boundary...])
            else { continue }
            accepted.append(boundary)
        }
        return accepted
    }

    /// An opening bracket or quote ICU left at the end of a sentence belongs to the next: `？(十七)`.
    private static func movingOpeningBrackets(_ boundary: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = boundary
        while index > 0, scalars[index - 1].properties.isWhitespace { index -= 1 }
        var moved = index
        while moved > 0, scalars[moved - 1].properties.generalCategory == .openPunctuation { moved -= 1 }
        return moved < index ? moved : boundary
    }

    /// Whether `sentence` ends with a terminator that is not part of an abbreviation or a lone number.
    private func endsSentence(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        var end = sentence.endIndex
        while end > sentence.startIndex, sentence[end - 1].properties.isWhitespace { end -= 1 }
        // Closing quotes and brackets may follow the terminator: `。”`, `.)`.
        var terminator = end
        while terminator > sentence.startIndex, Self.isClosing(sentence[terminator - 1]) { terminator -= 1 }
        guard terminator > sentence.startIndex,
            sentenceTerminators.contains(sentence[terminator - 1])
        else { return false }
        // The word the terminator ends: `No.`, `para.`, `г.`
        var wordStart = terminator - 1
        while wordStart > sentence.startIndex, !sentence[wordStart - 1].properties.isWhitespace,
            sentence[wordStart - 1].properties.generalCategory != .openPunctuation
        {
            wordStart -= 1
        }
        let word = String(scalars: sentence[wordStart..<terminator])
        if language.abbreviations.contains(word) { return false }
        // A number or marker alone (`1.`, `(a)`) is not a sentence.
        return sentence[sentence.startIndex..<terminator].contains { $0.properties.isAlphabetic }
            && Self.letterCount(sentence[sentence.startIndex..<terminator]) >= 2
    }

    /// A sentence starts with something other than a lower-case letter (ICU already holds to this for most
    /// scripts; the check keeps `e.g. the` together when an abbreviation is missing from the data).
    private func startsSentence(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = rest.first(where: { !$0.properties.isWhitespace }) else { return false }
        return !first.properties.isLowercase
    }

    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return true
        default: return scalar == "\"" || scalar == "'" || scalar == "»"
        }
    }

    private static func letterCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        for scalar in scalars where scalar.properties.isAlphabetic {
            count += 1
            if count >= 2 { break }
        }
        return count
    }

    // MARK: Clauses

    /// Sentence breaks plus breaks after clause terminators outside brackets: `；` and `;` always, `:` and `：`
    /// only before an inline list marker. A clause is not cut off before a closing conjunction (`; and`).
    private func clauseBreaks(in scalars: [Unicode.Scalar], sentenceBreaks: [Int]) -> [Int] {
        guard !clauseTerminators.isEmpty else { return sentenceBreaks }
        var breaks: [Int] = []
        var nextSentence = sentenceBreaks.makeIterator()
        var pendingSentence = nextSentence.next()
        var depth = 0
        for index in scalars.indices {
            if let sentenceBreak = pendingSentence, sentenceBreak == index {
                breaks.append(index)
                pendingSentence = nextSentence.next()
                depth = 0
            }
            let scalar = scalars[index]
            switch scalar.properties.generalCategory {
            case .openPunctuation: depth += 1
            case .closePunctuation: depth = max(0, depth - 1)
            default: break
            }
            guard depth == 0, clauseTerminators.contains(scalar) else { continue }
            var next = index + 1
            while next < scalars.count, scalars[next].properties.isWhitespace { next += 1 }
            guard next < scalars.count, next != pendingSentence else { continue }
            let rest = scalars[next...]
            if scalar == ":" || scalar == "：" {
                guard Self.startsWithInlineMarker(rest) else { continue }
            }
            guard !isClosingConjunction(rest) else { continue }
            breaks.append(next)
        }
        return breaks
    }

    private static func startsWithInlineMarker(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let open = rest.first, open == "(" || open == "（" else { return false }
        let inside = rest.dropFirst().prefix(6)
        guard let close = inside.firstIndex(where: { $0 == ")" || $0 == "）" }), close > inside.startIndex else {
            return false
        }
        return inside[inside.startIndex..<close].allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }
    }

    /// `and` in `…; and` (the language's paragraph-ending suffixes), which ends the clause before it.
    private func isClosingConjunction(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let tail = String(scalars: rest).trimmingWhitespace()
        return language.paragraphEndingSuffixes.contains { suffix in
            let words = suffix.split(separator: " ")
            return words.count > 1 && String(words.last ?? "") == tail
        }
    }

    static func trim(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower..<upper
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
