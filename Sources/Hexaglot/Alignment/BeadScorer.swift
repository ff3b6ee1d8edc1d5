/// Prices beads: prior, length fit, and the anchor tokens the two sides share or do not.
struct BeadScorer {
    let source: AlignmentSide
    let target: AlignmentSide
    let omissionCost: Double
    let sharedTokenBonus: Double
    let unmatchedTokenCost: Double
    private let sourcePrefix: [Double]
    private let targetPrefix: [Double]

    init(source: AlignmentSide, target: AlignmentSide, aligner: PairAligner) {
        self.source = source
        self.target = target
        omissionCost = aligner.omissionCost
        sharedTokenBonus = aligner.sharedTokenBonus
        unmatchedTokenCost = aligner.unmatchedTokenCost
        sourcePrefix = Self.prefixSums(source.lengths)
        targetPrefix = Self.prefixSums(target.lengths)
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
        let (shared, unmatched) = tokenAgreement(sourceRange, targetRange)
        if sourceRange.isEmpty || targetRange.isEmpty {
            return omissionCost + unmatchedTokenCost * unmatched
        }
        let (sourceLength, targetLength) = lengths(sourceRange, targetRange)
        return prior + model.cost(source: sourceLength, target: targetLength) - sharedTokenBonus * shared
            + unmatchedTokenCost * unmatched
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

    /// How many anchor tokens the two sides share, and how many appear on one side only.
    func tokenAgreement(_ sourceRange: Range<Int>, _ targetRange: Range<Int>) -> (shared: Double, unmatched: Double) {
        let sourceTokens = Self.tokens(source.tokens, sourceRange)
        let targetTokens = Self.tokens(target.tokens, targetRange)
        if sourceTokens.isEmpty || targetTokens.isEmpty {
            return (0, Double(sourceTokens.count + targetTokens.count))
        }
        var shared = 0
        var i = 0
        var j = 0
        while i < sourceTokens.count, j < targetTokens.count {
            if sourceTokens[i] == targetTokens[j] {
                shared += 1
                i += 1
                j += 1
            } else if sourceTokens[i] < targetTokens[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return (Double(shared), Double(sourceTokens.count + targetTokens.count - 2 * shared))
    }

    private static func tokens(_ all: [[Int32]], _ range: Range<Int>) -> [Int32] {
        switch range.count {
        case 0: return []
        case 1: return all[range.lowerBound]
        default:
            var merged: [Int32] = []
            for index in range { merged += all[index] }
            return merged.sorted()
        }
    }
}
