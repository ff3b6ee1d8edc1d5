import Foundation

/// How the length of a translation relates to the length of its source, after Gale and Church (1993): the
/// target length is about `ratio` times the source length, with a variance growing with the length. Both are
/// estimated from the document pair itself, so no language pair needs a table of its own.
struct LengthModel {
    var ratio: Double
    var variance: Double

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
        guard source > 0 || target > 0 else { return 0 }
        let scale = (variance * max((source + target / ratio) / 2, 1)).squareRoot()
        let delta = abs(target - ratio * source) / scale
        if delta <= Self.tailStart { return -log(erfc(delta / 2.0.squareRoot())) }
        return Self.costAtTail + Self.tailSlope * (delta - Self.tailStart)
    }

    private static let tailStart = 2.0
    private static let costAtTail = -log(erfc(tailStart / 2.0.squareRoot()))
    /// The Gaussian cost's slope where the tail starts (about δ + 1/δ).
    private static let tailSlope = 2.37
}
