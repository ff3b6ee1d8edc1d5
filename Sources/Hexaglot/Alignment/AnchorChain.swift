/// A candidate anchor: segment `source` of one version and `target` of the other share rare tokens or a clause
/// key, with the evidence's weight.
struct AnchorCandidate: Hashable {
    var source: Int
    var target: Int
    var weight: Double
    /// A clause key (`p:3.2`) rather than shared numbers.
    var isStructural: Bool
}

/// The heaviest chain of anchors that never cross (each later than the last in both versions), found in
/// O(n log n) with a Fenwick tree of best chain weights by target position.
enum AnchorChain {
    static func heaviest(_ candidates: [AnchorCandidate], targetCount: Int) -> [AnchorCandidate] {
        guard !candidates.isEmpty else { return [] }
        // Within one source segment, later targets first, so two anchors of the same segment never chain.
        let sorted = candidates.sorted { ($0.source, -$0.target) < ($1.source, -$1.target) }
        let size = targetCount + 1
        var tree = [(weight: Double, index: Int)](repeating: (0, -1), count: size + 1)
        var best = [Double](repeating: 0, count: sorted.count)
        var previous = [Int](repeating: -1, count: sorted.count)

        func query(_ position: Int) -> (weight: Double, index: Int) {
            var result: (weight: Double, index: Int) = (0, -1)
            var i = position
            while i > 0 {
                if tree[i].weight > result.weight { result = tree[i] }
                i -= i & -i
            }
            return result
        }
        func update(_ position: Int, _ value: (weight: Double, index: Int)) {
            var i = position
            while i <= size {
                if value.weight > tree[i].weight { tree[i] = value }
                i += i & -i
            }
        }

        for (index, candidate) in sorted.enumerated() {
            // Chains ending at a target strictly before this one: Fenwick positions are target + 1.
            let before = query(candidate.target)
            best[index] = before.weight + candidate.weight
            previous[index] = before.index
            update(candidate.target + 1, (best[index], index))
        }
        guard var last = best.indices.max(by: { best[$0] < best[$1] }) else { return [] }
        var chain: [AnchorCandidate] = []
        while last >= 0 {
            chain.append(sorted[last])
            last = previous[last]
        }
        return chain.reversed()
    }
}
