/// The pivot and one other version of a document with the beads that align them, and what the comparisons
/// ask of both: which bead holds a segment, where a segment is, and how a finding names both places.
struct VersionPair {
    let pivot: SegmentedDocument
    let other: SegmentedDocument
    let beads: [Bead]
    /// For each segment of the pivot (of the other version), the index of the bead holding it.
    let pivotBead: [Int]
    let otherBead: [Int]
    /// The runs of beads that are real omissions, as the alignment found them (`OmissionFinder`).
    let omissions: [OmissionRun]
    /// Each segment's anchor tokens as the aligner read them, when it kept them (nil: read them again).
    let pivotTokens: [[String]]?
    let otherTokens: [[String]]?

    init(
        pivot: SegmentedDocument, other: SegmentedDocument, beads: [Bead], omissions: [OmissionRun] = [],
        tokens: (pivot: [[String]], other: [[String]])? = nil
    ) {
        self.pivot = pivot
        self.other = other
        self.beads = beads
        self.omissions = omissions
        pivotTokens = tokens?.pivot.count == pivot.segments.count ? tokens?.pivot : nil
        otherTokens = tokens?.other.count == other.segments.count ? tokens?.other : nil
        var pivotBead = [Int](repeating: 0, count: pivot.segments.count)
        var otherBead = [Int](repeating: 0, count: other.segments.count)
        for (index, bead) in beads.enumerated() {
            for segment in bead.source { pivotBead[segment] = index }
            for segment in bead.target { otherBead[segment] = index }
        }
        self.pivotBead = pivotBead
        self.otherBead = otherBead
    }

    /// `Chinese (a.zh.txt:75:1)`: how a message names a place in a version.
    static func describe(_ version: SegmentedDocument, _ location: SourceLocation) -> String {
        "\(version.language.name) (\(version.path):\(location.line):\(location.column))"
    }

    static func place(_ version: SegmentedDocument, _ location: SourceLocation) -> Finding.Place {
        Finding.Place(path: version.path, location: location)
    }

    /// A finding in `version` at `location` whose counterpart is `counterpart` in `counterpartVersion`.
    static func finding(
        _ rule: Rule, in version: SegmentedDocument, at location: SourceLocation, _ message: String,
        counterpart: (SegmentedDocument, SourceLocation)?, expected: String? = nil, found: String? = nil,
        severity: Finding.Severity? = nil
    ) -> Finding {
        Finding(
            rule: rule.id, severity: severity ?? rule.severity, path: version.path, location: location,
            message: message, expected: expected, found: found,
            counterpart: counterpart.map { place($0.0, $0.1) })
    }
}
