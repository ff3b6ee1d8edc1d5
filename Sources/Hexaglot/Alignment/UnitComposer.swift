/// Composes pairwise alignments against one pivot into N-way units.
///
/// A unit boundary can fall at a pivot position only where every version's beads have a boundary there, so a
/// unit is the smallest run of pivot segments that no bead of any version crosses. Text without a pivot
/// counterpart (beads 0-k) at a boundary forms units of its own, one for all versions at that place.
enum UnitComposer {
    static func compose(pivotCount: Int, pivot: Int, versionCount: Int, beads: [Int: [Bead]]) -> [AlignedUnit] {
        let others = (0..<versionCount).filter { $0 != pivot }
        // Pivot positions every version can break at.
        var breakable = [Int](repeating: 0, count: pivotCount + 1)
        for version in others {
            var positions = Set((beads[version] ?? []).map(\.source.lowerBound))
            positions.insert(pivotCount)
            for position in positions { breakable[position] += 1 }
        }
        let boundaries = (0...pivotCount).filter { breakable[$0] == others.count }
        var cursors = [Int: Int](uniqueKeysWithValues: others.map { ($0, 0) })
        var positions = [Int: Int](uniqueKeysWithValues: others.map { ($0, 0) })
        var units: [AlignedUnit] = []

        func take(_ version: Int, while condition: (Bead) -> Bool) -> (Range<Int>, Double)? {
            let list = beads[version] ?? []
            let first = positions[version] ?? 0
            var score = 1.0
            var taken = false
            while let cursor = cursors[version], cursor < list.count, condition(list[cursor]) {
                score = min(score, list[cursor].score)
                positions[version] = list[cursor].target.upperBound
                cursors[version] = cursor + 1
                taken = true
            }
            return taken ? (first..<(positions[version] ?? first), score) : nil
        }

        for (index, boundary) in boundaries.enumerated() {
            // Text of other versions standing at this pivot position with nothing of the pivot.
            var ranges = [Range<Int>](repeating: 0..<0, count: versionCount)
            ranges[pivot] = boundary..<boundary
            var any = false
            for version in others {
                let position = positions[version] ?? 0
                ranges[version] = position..<position
                if let (range, _) = take(version, while: { $0.source.isEmpty && $0.source.lowerBound == boundary }) {
                    ranges[version] = range
                    any = true
                }
            }
            if any { units.append(AlignedUnit(ranges: ranges, score: 0)) }
            guard index + 1 < boundaries.count else { break }
            let next = boundaries[index + 1]
            ranges[pivot] = boundary..<next
            var score = 1.0
            for version in others {
                let position = positions[version] ?? 0
                ranges[version] = position..<position
                if let (range, beadScore) = take(
                    version,
                    while: { $0.source.upperBound <= next && !($0.source.isEmpty && $0.source.lowerBound == next) })
                {
                    ranges[version] = range
                    score = min(score, beadScore)
                }
                if ranges[version].isEmpty { score = 0 }
            }
            units.append(AlignedUnit(ranges: ranges, score: score))
        }
        return units
    }
}
