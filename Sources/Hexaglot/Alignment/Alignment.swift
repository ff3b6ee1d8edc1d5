/// Several versions of one document aligned: each non-pivot version bead by bead against the pivot, and all
/// of them composed into units, each holding a run of segments (possibly none) of every version.
public struct Alignment: Sendable {
    public var versions: [SegmentedDocument]
    /// Index in `versions` of the version every other is aligned to.
    public var pivot: Int
    /// For each version other than the pivot, its beads with the pivot as source.
    public var beads: [Int: [Bead]]
    public var units: [AlignedUnit]
    /// Weak beads, omissions, and versions that do not look like the same document.
    public var findings: [Finding]
    /// For each version other than the pivot, the runs of its beads that are real omissions (`OmissionFinder`):
    /// what `align.omission` and `xlang.omission` report.
    public var omissions: [Int: [OmissionRun]]
    /// For each version, each segment's anchor tokens (`AnchorExtractor`), read once for the aligner and the
    /// comparisons; empty when the alignment was built without them.
    var anchorTokens: [[[String]]] = []

    public init(
        versions: [SegmentedDocument], pivot: Int, beads: [Int: [Bead]], units: [AlignedUnit], findings: [Finding],
        omissions: [Int: [OmissionRun]] = [:]
    ) {
        self.versions = versions
        self.pivot = pivot
        self.beads = beads
        self.units = units
        self.findings = findings
        self.omissions = omissions
    }

    init(
        versions: [SegmentedDocument], pivot: Int, beads: [Int: [Bead]], units: [AlignedUnit], findings: [Finding],
        omissions: [Int: [OmissionRun]], anchorTokens: [[[String]]]
    ) {
        self.init(
            versions: versions, pivot: pivot, beads: beads, units: units, findings: findings, omissions: omissions)
        self.anchorTokens = anchorTokens
    }
}

/// One aligned unit: the segments of each version (in `Alignment.versions` order) that translate each other.
public struct AlignedUnit: Sendable, Hashable {
    public var ranges: [Range<Int>]
    /// The lowest score of the beads the unit was made from (0 when some version has nothing in it).
    public var score: Double

    public init(ranges: [Range<Int>], score: Double) {
        self.ranges = ranges
        self.score = score
    }

    /// `1-1-2` for one pivot segment, one of the second version, two of the third.
    public var shape: String { ranges.map { String($0.count) }.joined(separator: "-") }
}
