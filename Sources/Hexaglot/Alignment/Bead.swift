/// A group of consecutive segments of one version aligned with a group of the other: 1-1, 2-1, 1-0, …
public struct Bead: Sendable, Hashable {
    /// Segment ids in the first (source) version.
    public var source: Range<Int>
    /// Segment ids in the second (target) version.
    public var target: Range<Int>
    /// How well the two sides fit, from 0 (nothing supports the pairing, or one side is empty) to 1.
    public var score: Double

    public init(source: Range<Int>, target: Range<Int>, score: Double) {
        self.source = source
        self.target = target
        self.score = score
    }

    /// `2-1` for two source segments against one target segment.
    public var shape: String { "\(source.count)-\(target.count)" }

    /// Text present in one version only.
    public var isOmission: Bool { source.isEmpty != target.isEmpty }
}

/// One version of a document as the pairwise aligner sees it: per segment a length, anchor tokens and, on a
/// clause's first segment, the clause's structural key.
struct AlignmentSide {
    /// Length in units comparable across scripts: an ideograph counts three, a letter or digit one,
    /// punctuation and spaces nothing (one Chinese character carries about what three or four English ones do;
    /// the ratio itself is estimated from each pair).
    var lengths: [Double]
    /// Interned anchor tokens, sorted.
    var tokens: [[Int32]]
    /// `p:3.2` on the first segment of clause 3 (b), `f:5` on the first segment of footnote 5.
    var keys: [String?]

    var count: Int { lengths.count }

    static func length(of text: String) -> Double {
        var length = 0
        for scalar in text.unicodeScalars { length += ScalarClass.lengthWeight(scalar) }
        return Double(length)
    }
}
