/// Prices beads: prior, length fit, and the anchor tokens the two sides share or do not.
struct BeadScorer {
    let source: AlignmentSide
    let target: AlignmentSide
    let omissionCost: Double
    let sharedTokenBonus: Double
    let unmatchedTokenCost: Double
    let endingMismatchCost: Double
    let maximumLengthCost: Double
    let paragraphGroupingCost: Double
    let paragraphMismatchCost: Double
    /// Running lengths: the length of segments `a..<b` is `prefix[b] - prefix[a]`.
    let sourcePrefix: [Double]
    let targetPrefix: [Double]
    /// Running counts of anchor tokens, so a range without tokens costs two lookups.
    private let sourceTokenPrefix: [Int]
    private let targetTokenPrefix: [Int]
    /// The tokens of every run of up to five segments, merged and sorted once: the dynamic programme asks about
    /// the same source run for every target position in its band.
    private let sourceRuns: TokenRuns
    private let targetRuns: TokenRuns

    init(source: AlignmentSide, target: AlignmentSide, aligner: PairAligner) {
        self.source = source
        self.target = target
        omissionCost = aligner.omissionCost
        sharedTokenBonus = aligner.sharedTokenBonus
        unmatchedTokenCost = aligner.unmatchedTokenCost
        endingMismatchCost = aligner.endingMismatchCost
        maximumLengthCost = aligner.maximumLengthCost
        paragraphGroupingCost = aligner.paragraphGroupingCost
        paragraphMismatchCost = aligner.paragraphMismatchCost
        sourcePrefix = Self.prefixSums(source.lengths)
        targetPrefix = Self.prefixSums(target.lengths)
        sourceTokenPrefix = Self.prefixSums(source.tokens.map { Double($0.count) }).map { Int($0) }
        targetTokenPrefix = Self.prefixSums(target.tokens.map { Double($0.count) }).map { Int($0) }
        sourceRuns = TokenRuns(source.tokens)
        targetRuns = TokenRuns(target.tokens)
    }

    private static func prefixSums(_ lengths: [Double]) -> [Double] {
        var sums = [0.0]
        sums.reserveCapacity(lengths.count + 1)
        for length in lengths { sums.append(sums[sums.count - 1] + length) }
        return sums
    }

    func lengths(_ sourceRange: Range<Int>, _ targetRange: Range<Int>) -> (Double, Double) {
        (
            sourcePrefix[sourceRange.upperBound] - sourcePrefix[sourceRange.lowerBound],
            targetPrefix[targetRange.upperBound] - targetPrefix[targetRange.lowerBound]
        )
    }

    /// The cost of aligning `sourceRange` with `targetRange` as one bead of prior cost `prior`.
    func cost(_ sourceRange: Range<Int>, _ targetRange: Range<Int>, prior: Double, model: LengthModel) -> Double {
        guard !sourceRange.isEmpty, !targetRange.isEmpty else {
            return cost(sourceRange, targetRange, prior: prior, lengthCost: 0)
        }
        let (sourceLength, targetLength) = lengths(sourceRange, targetRange)
        return cost(
            sourceRange, targetRange, prior: prior, lengthCost: model.cost(source: sourceLength, target: targetLength))
    }

    /// `cost(_:_:prior:model:)` with the length model's cost for the two ranges already worked out (the dynamic
    /// programme works out a row's at once); a bead with an empty side does not read it.
    @inline(__always)
    func cost(_ sourceRange: Range<Int>, _ targetRange: Range<Int>, prior: Double, lengthCost: Double) -> Double {
        let (shared, unmatched) = tokenAgreement(sourceRange, targetRange)
        if sourceRange.isEmpty || targetRange.isEmpty {
            return omissionCost + unmatchedTokenCost * unmatched
        }
        let endings =
            source.endings[sourceRange.upperBound - 1] == target.endings[targetRange.upperBound - 1]
            ? 0 : endingMismatchCost
        // A one-to-one bead never costs more than its two segments left unpaired.
        let capped = sourceRange.count == 1 && targetRange.count == 1 ? min(lengthCost, maximumLengthCost) : lengthCost
        return prior + capped + paragraphMismatch(sourceRange, targetRange)
            - sharedTokenBonus * shared + unmatchedTokenCost * unmatched + endings
    }

    /// Paragraph boundaries correspond across versions: a bead that starts a paragraph on one side only, or
    /// spans paragraphs on one side only, goes against that. Pre-segmented lines are not paragraphs (they may
    /// be sentences of one), but a line starting in lower case still continues the one before it.
    private func paragraphMismatch(_ sourceRange: Range<Int>, _ targetRange: Range<Int>) -> Double {
        let sourceStarts = source.paragraphStarts[sourceRange.lowerBound] == sourceRange.lowerBound
        let targetStarts = target.paragraphStarts[targetRange.lowerBound] == targetRange.lowerBound
        var cost = sourceStarts == targetStarts ? 0 : paragraphMismatchCost
        if source.knowsParagraphs, target.knowsParagraphs {
            let sourceSpans = source.paragraphStarts[sourceRange.upperBound - 1] > sourceRange.lowerBound
            let targetSpans = target.paragraphStarts[targetRange.upperBound - 1] > targetRange.lowerBound
            if sourceSpans != targetSpans { cost += paragraphMismatchCost }
        }
        return cost
    }

    /// From 0 to 1: the length fit, raised by each shared token and lowered by each token on one side only.
    func score(_ bead: Bead, model: LengthModel) -> Double {
        guard !bead.source.isEmpty, !bead.target.isEmpty else { return 0 }
        let (sourceLength, targetLength) = lengths(bead.source, bead.target)
        var score = model.fit(source: sourceLength, target: targetLength)
        let (shared, unmatched) = tokenAgreement(bead.source, bead.target)
        for _ in 0..<Int(shared.rounded()) { score = 1 - (1 - score) / 2 }
        for _ in 0..<Int(unmatched.rounded()) { score /= 2 }
        return score
    }

    /// How many anchor tokens the two sides share, and how many appear on one side only. Called for every cell
    /// and shape of the dynamic programme, so it allocates nothing: most segments have no tokens at all.
    func tokenAgreement(_ sourceRange: Range<Int>, _ targetRange: Range<Int>) -> (shared: Double, unmatched: Double) {
        let sourceCount = sourceTokenPrefix[sourceRange.upperBound] - sourceTokenPrefix[sourceRange.lowerBound]
        let targetCount = targetTokenPrefix[targetRange.upperBound] - targetTokenPrefix[targetRange.lowerBound]
        if sourceCount == 0 || targetCount == 0 { return (0, Double(sourceCount + targetCount)) }
        // Every bead shape has at most `TokenRuns.longestRun` segments a side.
        let shared = sourceRuns.withTokens(of: sourceRange) { a in
            targetRuns.withTokens(of: targetRange) { b in Self.sharedCount(a, b) }
        }
        return (Double(shared), Double(sourceCount + targetCount - 2 * shared))
    }

    private static func sharedCount(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>) -> Int {
        var shared = 0
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}

/// The anchor tokens of every run of 1 to `longestRun` consecutive segments, merged and sorted, in one flat
/// buffer per run length.
struct TokenRuns {
    /// The most segments a bead shape has on a side (five, in the groupings allowed inside a paragraph).
    static let longestRun =
        (PairAligner.shapes.map { max($0.source, $0.target) }
        + PairAligner.paragraphShapes.map { max($0.source, $0.target) }).max() ?? 1

    /// `tokens[length - 1]` holds the runs of `length` segments; the run ending before segment `end` starts at
    /// `starts[length - 1][end]` and ends at `starts[length - 1][end + 1]`.
    private let tokens: [[Int32]]
    private let starts: [[Int]]

    init(_ segments: [[Int32]]) {
        var tokens: [[Int32]] = []
        var starts: [[Int]] = []
        // Most segments have no tokens: a run is gathered only when its running count says it has some, into a
        // buffer sized from those counts, and sorted in place (a handful of tokens: insertion sort).
        var counts = [0]
        for segment in segments { counts.append(counts[counts.count - 1] + segment.count) }
        for length in 1...Self.longestRun {
            var offsets = [Int](repeating: 0, count: segments.count + 2)
            var total = 0
            for end in 0...segments.count {
                offsets[end] = total
                if end >= length { total += counts[end] - counts[end - length] }
            }
            offsets[segments.count + 1] = total
            let flat = [Int32](unsafeUninitializedCapacity: total) { buffer, initialized in
                for end in 0...segments.count where end >= length && counts[end] > counts[end - length] {
                    var position = offsets[end]
                    for index in end - length..<end {
                        for token in segments[index] {
                            // Insert in order among the run's tokens written so far.
                            var slot = position
                            while slot > offsets[end], buffer[slot - 1] > token {
                                buffer[slot] = buffer[slot - 1]
                                slot -= 1
                            }
                            buffer[slot] = token
                            position += 1
                        }
                    }
                }
                initialized = total
            }
            tokens.append(flat)
            starts.append(offsets)
        }
        self.tokens = tokens
        self.starts = starts
    }

    /// Runs `body` with the sorted tokens of the segments of `range` (1 to `longestRun` of them).
    func withTokens<R>(of range: Range<Int>, _ body: (UnsafeBufferPointer<Int32>) -> R) -> R {
        let length = range.count - 1
        let start = starts[length][range.upperBound]
        let end = starts[length][range.upperBound + 1]
        return tokens[length].withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }
}
