/// Footnotes compared across two versions: the same footnotes (`xlang.footnote-count`), called in the same
/// clause, with bodies that cite the same symbols, numbers and dates (`xlang.footnote-placement`).
struct FootnoteComparison {
    let pair: VersionPair

    init(_ pair: VersionPair) {
        self.pair = pair
    }

    /// Where a version calls each footnote first and where each body is, by footnote number.
    struct Footnotes {
        var calls: [Int: Int] = [:]
        var bodies: [Int: [Int]] = [:]

        init(_ version: SegmentedDocument) {
            for segment in version.segments {
                for number in segment.footnoteCalls where calls[number] == nil { calls[number] = segment.id }
                if segment.kind == .footnoteBody, let block = segment.block,
                    let number = version.document.blocks[block].footnoteNumber
                {
                    bodies[number, default: []].append(segment.id)
                }
            }
        }
    }

    func findings() -> [Finding] {
        let pivot = Footnotes(pair.pivot)
        let other = Footnotes(pair.other)
        return countFindings(pivot, other) + placementFindings(pivot, other) + bodyFindings(pivot, other)
    }

    /// Footnotes one version calls or gives a body for and the other does not.
    private func countFindings(_ pivot: Footnotes, _ other: Footnotes) -> [Finding] {
        var findings: [Finding] = []
        let rule = VersionComparison.footnoteCount
        for number in Set(pivot.calls.keys).union(pivot.bodies.keys).sorted() {
            let pivotPlace = (pivot.calls[number] ?? pivot.bodies[number]?.first).map(location(pair.pivot))
            let missingCall = pivot.calls[number] != nil && other.calls[number] == nil
            let missingBody = pivot.bodies[number] != nil && other.bodies[number] == nil
            guard missingCall || missingBody, let pivotPlace else { continue }
            // Where the footnote belongs here: the text aligned with the pivot's call, else the start.
            let here =
                pivot.calls[number].flatMap { alignedLocation(ofPivotSegment: $0) }
                ?? pair.other.segments.first?.location ?? SourceLocation(line: 1, column: 1, byteOffset: 0)
            let what =
                missingCall && missingBody
                ? "footnote \(number)"
                : missingCall ? "the call of footnote \(number)" : "the body of footnote \(number)"
            findings.append(
                VersionPair.finding(
                    rule, in: pair.other, at: here,
                    "\(what) is missing here; \(VersionPair.describe(pair.pivot, pivotPlace)) has it",
                    counterpart: (pair.pivot, pivotPlace)))
        }
        for number in Set(other.calls.keys).union(other.bodies.keys).sorted()
        where pivot.calls[number] == nil && pivot.bodies[number] == nil {
            guard let segment = other.calls[number] ?? other.bodies[number]?.first else { continue }
            let here = pair.other.segments[segment].location
            let there = pivotLocation(alignedWithOtherSegment: segment)
            findings.append(
                VersionPair.finding(
                    rule, in: pair.other, at: here,
                    "footnote \(number) is not in the \(pair.pivot.language.name) version (\(pair.pivot.path))",
                    counterpart: there.map { (pair.pivot, $0) }))
        }
        return findings
    }

    /// Calls of one footnote in different clauses of the two versions.
    private func placementFindings(_ pivot: Footnotes, _ other: Footnotes) -> [Finding] {
        var findings: [Finding] = []
        let pivotLabels = ClauseLabel(pair.pivot.document)
        let otherLabels = ClauseLabel(pair.other.document)
        for (number, pivotSegment) in pivot.calls.sorted(by: { $0.key < $1.key }) {
            guard let otherSegment = other.calls[number] else { continue }
            let pivotClause = pair.pivot.segments[pivotSegment].clausePath
            let otherClause = pair.other.segments[otherSegment].clausePath
            let sameClause =
                !pivotClause.isEmpty || !otherClause.isEmpty
                ? pivotClause == otherClause : pair.pivotBead[pivotSegment] == pair.otherBead[otherSegment]
            guard !sameClause else { continue }
            let pivotLabel = pivotLabels.name(of: pair.pivot.segments[pivotSegment])
            let otherLabel = otherLabels.name(of: pair.other.segments[otherSegment])
            let there = pair.pivot.segments[pivotSegment].location
            findings.append(
                VersionPair.finding(
                    VersionComparison.footnotePlacement, in: pair.other, at: pair.other.segments[otherSegment].location,
                    "footnote \(number) is called here, in \(otherLabel); \(VersionPair.describe(pair.pivot, there)) calls it in \(pivotLabel)",
                    counterpart: (pair.pivot, there), expected: pivotLabel, found: otherLabel))
        }
        return findings
    }

    /// Bodies of one footnote that cite different symbols, numbers or dates.
    private func bodyFindings(_ pivot: Footnotes, _ other: Footnotes) -> [Finding] {
        let pivotAnchors = AnchorExtractor(language: pair.pivot.language)
        let otherAnchors = AnchorExtractor(language: pair.other.language)
        var findings: [Finding] = []
        for (number, pivotSegments) in pivot.bodies.sorted(by: { $0.key < $1.key }) {
            guard let otherSegments = other.bodies[number] else { continue }
            let pivotTokens = pivotSegments.flatMap { pivotAnchors.tokens(in: pair.pivot.segments[$0].text) }
            let otherTokens = otherSegments.flatMap { otherAnchors.tokens(in: pair.other.segments[$0].text) }
            let difference = TokenDifference(pivotTokens, otherTokens)
            guard !difference.isEmpty else { continue }
            let there = pair.pivot.segments[pivotSegments[0]].location
            findings.append(
                VersionPair.finding(
                    VersionComparison.footnotePlacement, in: pair.other,
                    at: pair.other.segments[otherSegments[0]].location,
                    "the body of footnote \(number) cites \(difference.describeOther) here and \(difference.describePivot) in \(VersionPair.describe(pair.pivot, there))",
                    counterpart: (pair.pivot, there), expected: difference.describePivot,
                    found: difference.describeOther))
        }
        return findings
    }

    private func location(_ version: SegmentedDocument) -> (Int) -> SourceLocation {
        { version.segments[$0].location }
    }

    /// The start of the other version's text aligned with pivot segment `segment`.
    private func alignedLocation(ofPivotSegment segment: Int) -> SourceLocation? {
        var index = pair.pivotBead[segment]
        while index < pair.beads.count, pair.beads[index].target.isEmpty { index += 1 }
        guard index < pair.beads.count, let first = pair.beads[index].target.first else { return nil }
        return pair.other.segments[first].location
    }

    private func pivotLocation(alignedWithOtherSegment segment: Int) -> SourceLocation? {
        let bead = pair.beads[pair.otherBead[segment]]
        return bead.source.first.map { pair.pivot.segments[$0].location }
    }
}
