import Foundation

/// How the length of a translation relates to the length of its source, after Gale and Church (1993): the
/// target length is about `ratio` times the source length, with a variance growing with the length. Both are
/// estimated from the document pair itself, so no language pair needs a table of its own.
struct LengthModel {
    var ratio: Double
    var variance: Double
    /// Kept in the model, not read from the shared one at each call: a static's lazy initialisation is checked on
    /// every access.
    private let gaussian = LengthModel.gaussianCost

    init(ratio: Double, variance: Double) {
        self.ratio = ratio
        self.variance = variance
    }

    /// A first guess for a pair of sides: the ratio of their total lengths, and Gale and Church's variance
    /// scaled by it.
    static func initial(source: AlignmentSide, target: AlignmentSide) -> LengthModel {
        let sourceTotal = source.lengths.reduce(0, +)
        let targetTotal = target.lengths.reduce(0, +)
        let ratio = sourceTotal > 0 && targetTotal > 0 ? targetTotal / sourceTotal : 1
        return LengthModel(ratio: ratio, variance: 6.8 * max(ratio, 0.2))
    }

    /// The model re-estimated from the 1-1 beads of a first alignment: their length ratio and the median of
    /// the squared standardised differences (robust against the few wrong beads a first pass makes). Nil when
    /// there are too few beads to say.
    func refined(by pairs: [(source: Double, target: Double)]) -> LengthModel? {
        let usable = pairs.filter { $0.source > 0 && $0.target > 0 }
        guard usable.count >= 8 else { return nil }
        let ratio = usable.reduce(0) { $0 + $1.target } / usable.reduce(0) { $0 + $1.source }
        var squares = usable.map { pair -> Double in
            let difference = pair.target - ratio * pair.source
            return difference * difference / max((pair.source + pair.target / ratio) / 2, 1)
        }
        squares.sort()
        // The median of a chi-square variable with one degree of freedom is 0.455.
        let variance = squares[squares.count / 2] / 0.455
        return LengthModel(ratio: ratio, variance: min(max(variance, 0.5), 200))
    }

    /// How probable a difference at least this large is when `target` translates `source` (two-tailed).
    func fit(source: Double, target: Double) -> Double {
        guard source > 0 || target > 0 else { return 1 }
        let scale = (variance * max((source + target / ratio) / 2, 1)).squareRoot()
        let delta = abs(target - ratio * source) / scale
        return erfc(delta / 2.0.squareRoot())
    }

    /// `-log fit` up to two standard deviations, growing linearly beyond: real length differences have
    /// heavier tails than a Gaussian, and with its quadratic cost two honest 1-1 beads with a long and a short
    /// translation would lose to one 2-2 bead whose errors cancel.
    func cost(source: Double, target: Double) -> Double {
        cost(source: source, target: target, delta: delta(source: source, target: target))
    }

    /// `cost` given `delta(source:target:)`.
    @inline(__always)
    func cost(source: Double, target: Double, delta: Double) -> Double {
        guard source > 0 || target > 0 else { return 0 }
        return gaussian.cost(delta)
    }

    /// The length difference in standard deviations: the part of the cost that divides and takes a square root.
    @inline(__always)
    func delta(source: Double, target: Double) -> Double {
        let scale = (variance * max((source + target / ratio) / 2, 1)).squareRoot()
        return abs(target - ratio * source) / scale
    }

    /// `delta(source:target:)` for one source length and each of `targets`, into `deltas`: a loop of independent
    /// iterations without branches or look-ups, in which the processor overlaps the divisions and square roots of
    /// consecutive targets (one bead at a time, each waited for the last).
    func deltas(source: Double, targets: UnsafeBufferPointer<Double>, into deltas: UnsafeMutableBufferPointer<Double>) {
        for index in 0..<min(targets.count, deltas.count) {
            deltas[index] = delta(source: source, target: targets[index])
        }
    }

    /// `-log erfc(δ/√2)` up to `tailStart`, read from a table with linear interpolation (within 10⁻⁷ of the
    /// function; the dynamic programme asks for it for every cell and shape, where `erfc` and `log` were a
    /// tenth of an alignment), and the straight tail beyond.
    private static let gaussianCost = GaussianCost()

    private struct GaussianCost {
        static let tailStart = 2.0
        /// The Gaussian cost's slope where the tail starts (about δ + 1/δ).
        static let tailSlope = 2.37
        static let steps = 4096
        let table: [Double]
        let costAtTail: Double

        init() {
            table = (0...Self.steps + 1).map { step in
                -log(erfc(Self.tailStart * Double(step) / Double(Self.steps) / 2.0.squareRoot()))
            }
            costAtTail = -log(erfc(Self.tailStart / 2.0.squareRoot()))
        }

        func cost(_ delta: Double) -> Double {
            guard delta < Self.tailStart else { return costAtTail + Self.tailSlope * (delta - Self.tailStart) }
            let position = delta * (Double(Self.steps) / Self.tailStart)
            let step = Int(position)
            let fraction = position - Double(step)
            return table.withUnsafeBufferPointer { table in
                table[step] + (table[step + 1] - table[step]) * fraction
            }
        }
    }
}
