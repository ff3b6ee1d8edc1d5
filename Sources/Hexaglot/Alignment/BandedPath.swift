/// The best bead path from one corner of a box to the other, computed in a band around the line through the
/// box's guide anchors. The band widens until the best path no longer touches its edge (or covers the box).
/// A box that starts at a clause anchor starts with a bead that pairs both sides: paragraph 11 of article 1 is
/// there in both versions and translates paragraph 11, however badly its length fits.
struct BandedPath {
    let start: (Int, Int)
    let startsAtAnchor: Bool
    let end: (Int, Int)
    let guides: [(Int, Int)]
    let scorer: BeadScorer
    let model: LengthModel

    init(
        from start: (Int, Int), to end: (Int, Int), startsAtAnchor: Bool, guides: [(Int, Int)], scorer: BeadScorer,
        model: LengthModel
    ) {
        self.start = start
        self.startsAtAnchor = startsAtAnchor
        self.end = end
        self.guides = guides
        self.scorer = scorer
        self.model = model
    }

    /// Boxes with fewer cells than this are solved whole. Larger ones go in the band, which widens where the path
    /// touches its edge: treaties cut into many boxes by their articles would otherwise be solved cell by cell
    /// (six versions of the corpus ten times over took 1.4 times as long with 200,000 cells, for the same
    /// alignments).
    private static let wholeBoxCells = 10_000

    func solve(initialWidth: Int) -> [Bead] {
        let rows = end.0 - start.0
        let columns = end.1 - start.1
        var width = rows * columns <= Self.wholeBoxCells ? columns + 1 : initialWidth
        while true {
            let (beads, touched) = solve(width: width)
            if !touched || width > columns { return beads }
            width *= 2
        }
    }

    /// The target position the guides put at source position `row`, by linear interpolation.
    private func centres() -> [Double] {
        var centres = [Double](repeating: 0, count: end.0 - start.0 + 1)
        var guide = 0
        for row in start.0...end.0 {
            while guide + 1 < guides.count - 1, guides[guide + 1].0 <= row { guide += 1 }
            let (r0, c0) = guides[guide]
            let (r1, c1) = guides[min(guide + 1, guides.count - 1)]
            let centre = r1 == r0 ? Double(c1) : Double(c0) + Double(c1 - c0) * Double(row - r0) / Double(r1 - r0)
            centres[row - start.0] = centre
        }
        return centres
    }

    private func solve(width: Int) -> (beads: [Bead], touchedEdge: Bool) {
        let rows = end.0 - start.0
        let centres = centres()
        // Row windows [low, high] of target positions; each spans its neighbours' centres so consecutive
        // windows overlap even where the band runs steeply.
        var low = [Int](repeating: 0, count: rows + 1)
        var high = [Int](repeating: 0, count: rows + 1)
        var offsets = [Int](repeating: 0, count: rows + 2)
        for row in 0...rows {
            let around = centres[max(row - 1, 0)...min(row + 1, rows)]
            low[row] = max(start.1, Int((around.min() ?? 0).rounded(.down)) - width)
            high[row] = min(end.1, Int((around.max() ?? 0).rounded(.up)) + width)
            if row == 0 { low[row] = start.1 }
            if row == rows { high[row] = end.1 }
            offsets[row + 1] = offsets[row] + max(high[row] - low[row] + 1, 0)
        }
        var cost = [Double](repeating: .infinity, count: offsets[rows + 1])
        var back = [UInt8](repeating: 0, count: offsets[rows + 1])
        cost[0] = 0
        // One table of shapes: the usual ones, then the larger groupings allowed only inside a paragraph on both
        // sides (their index in the table is what `back` records).
        let shapes =
            PairAligner.shapes.map {
                Shape(source: $0.source, target: $0.target, prior: $0.cost, withinParagraph: false)
            }
            + PairAligner.paragraphShapes.map {
                Shape(source: $0.source, target: $0.target, prior: scorer.paragraphGroupingCost, withinParagraph: true)
            }
        cost.withUnsafeMutableBufferPointer { cost in
            back.withUnsafeMutableBufferPointer { back in
                fill(Band(cost: cost, back: back, low: low, high: high, offsets: offsets), rows: rows, shapes: shapes)
            }
        }
        // Walk back from the far corner.
        var beads: [Bead] = []
        var touched = false
        var row = rows
        var j = end.1
        while row > 0 || j > start.1 {
            if (j == low[row] && low[row] > start.1) || (j == high[row] && high[row] < end.1) { touched = true }
            let shape = shapes[Int(back[offsets[row] + j - low[row]])]
            let i = start.0 + row
            beads.append(Bead(source: i - shape.source..<i, target: j - shape.target..<j, score: 0))
            row -= shape.source
            j -= shape.target
        }
        return (beads.reversed(), touched)
    }

    /// A bead shape as the dynamic programme tries it.
    private struct Shape {
        var source: Int
        var target: Int
        var prior: Double
        /// Tried only where the segments on each side lie in one paragraph.
        var withinParagraph: Bool
    }

    /// The band's cells, row by row: row `r` holds target positions `low[r]...high[r]` from `offsets[r]` on.
    private struct Band {
        let cost: UnsafeMutableBufferPointer<Double>
        let back: UnsafeMutableBufferPointer<UInt8>
        let low: [Int]
        let high: [Int]
        let offsets: [Int]
    }

    /// Fills the band's costs and back pointers, row by row. It runs for every cell and shape: the costs on a raw
    /// buffer, without a bounds check per access (every index is inside the band by construction: `fromColumn` is
    /// checked against its row's window).
    private func fill(_ band: Band, rows: Int, shapes: [Shape]) {
        let usualShapes = PairAligner.shapes.count
        let (cost, low, high, offsets) = (band.cost, band.low, band.high, band.offsets)
        var lengthCosts = RowLengthCosts(
            shapes: usualShapes, columns: (0...rows).map { high[$0] - low[$0] + 1 }.max() ?? 0)
        for row in 0...rows where low[row] <= high[row] {
            let i = start.0 + row
            lengthCosts.fill(
                row: row, source: i, shapes: shapes[..<usualShapes], band: band, scorer: scorer, model: model)
            let sourceRoom = i > 0 ? i - scorer.source.paragraphStarts[i - 1] : 0
            for j in low[row]...high[row] {
                if row == 0 && j == start.1 { continue }
                let targetRoom = j > 0 ? j - scorer.target.paragraphStarts[j - 1] : 0
                var best = Double.infinity
                var bestShape = 0
                // A paragraph grouping needs two segments or more of one paragraph on a side.
                let tried = sourceRoom >= 2 || targetRoom >= 2 ? shapes.count : usualShapes
                for index in 0..<tried {
                    let shape = shapes[index]
                    if shape.withinParagraph, shape.source > sourceRoom || shape.target > targetRoom { continue }
                    let fromRow = row - shape.source
                    let fromColumn = j - shape.target
                    guard fromRow >= 0, fromColumn >= low[fromRow], fromColumn <= high[fromRow] else { continue }
                    if startsAtAnchor, fromRow == 0, fromColumn == start.1, shape.source == 0 || shape.target == 0 {
                        continue
                    }
                    let previous = cost[offsets[fromRow] + fromColumn - low[fromRow]]
                    guard previous < best else { continue }
                    let sourceRange = i - shape.source..<i
                    let beadCost =
                        index < usualShapes
                        ? scorer.cost(
                            sourceRange, fromColumn..<j, prior: shape.prior,
                            lengthCost: lengthCosts[index, j - low[row]])
                        : scorer.cost(sourceRange, fromColumn..<j, prior: shape.prior, model: model)
                    let total = previous + beadCost
                    if total < best {
                        best = total
                        bestShape = index
                    }
                }
                let cell = offsets[row] + j - low[row]
                cost[cell] = best
                band.back[cell] = UInt8(bestShape)
            }
        }
    }

    /// The length model's cost of each usual two-sided shape ending at each column of one row, worked out for the
    /// whole row at once: the division and square root of every cell and shape, the dynamic programme's costliest
    /// arithmetic, in loops of independent iterations the processor overlaps (the same arithmetic as one bead at a
    /// time, so the same costs; 9% off the report-prose run).
    private struct RowLengthCosts {
        private var costs: [Double]
        private var targets: [Double]
        private var deltas: [Double]
        private let columns: Int

        init(shapes: Int, columns: Int) {
            self.columns = max(columns, 1)
            costs = [Double](repeating: 0, count: shapes * self.columns)
            targets = [Double](repeating: 0, count: self.columns)
            deltas = [Double](repeating: 0, count: self.columns)
        }

        /// The cost for shape `shape` ending at the row's `column`-th column (from the row's `low`).
        subscript(shape: Int, column: Int) -> Double {
            costs.withUnsafeBufferPointer { $0[shape * columns + column] }
        }

        /// Works out row `row` (source position `source`): each shape with segments on both sides, for the columns
        /// where it starts inside the band.
        mutating func fill(
            row: Int, source: Int, shapes: ArraySlice<Shape>, band: Band, scorer: BeadScorer, model: LengthModel
        ) {
            let (low, high) = (band.low, band.high)
            for (index, shape) in zip(shapes.indices, shapes) where shape.source > 0 && shape.target > 0 {
                let fromRow = row - shape.source
                guard fromRow >= 0 else { continue }
                let first = max(low[row], low[fromRow] + shape.target)
                let last = min(high[row], high[fromRow] + shape.target)
                guard first <= last else { continue }
                let count = last - first + 1
                let sourceLength = scorer.sourcePrefix[source] - scorer.sourcePrefix[source - shape.source]
                let base = index * columns + first - low[row]
                scorer.targetPrefix.withUnsafeBufferPointer { prefix in
                    targets.withUnsafeMutableBufferPointer { targets in
                        for column in 0..<count {
                            let j = first + column
                            targets[column] = prefix[j] - prefix[j - shape.target]
                        }
                    }
                }
                targets.withUnsafeBufferPointer { targets in
                    deltas.withUnsafeMutableBufferPointer { deltas in
                        model.deltas(
                            source: sourceLength, targets: UnsafeBufferPointer(rebasing: targets[..<count]),
                            into: deltas)
                    }
                }
                for column in 0..<count {
                    costs[base + column] = model.cost(
                        source: sourceLength, target: targets[column], delta: deltas[column])
                }
            }
        }
    }
}
