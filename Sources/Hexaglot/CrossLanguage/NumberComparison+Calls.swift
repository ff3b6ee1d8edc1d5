extension NumberComparison {
    /// Footnote calls that PDF extraction wrote into the text as plain digits (`财政政策2的`, `…по скорости 5`,
    /// `السرعة(5)`; `AnchorExtractor` marks them `c:N`), found in one version of an aligned unit while the other
    /// has no such number there nor in the units beside it: a footnote one version lacks (`xlang.footnote-count`,
    /// a warning: the digits may also be a stray number). Returns the findings and the numbers they explain, which
    /// are not reported again as numbers.
    func flattenedCalls(at index: Int, _ beads: [Bead]) -> ([Finding], calls: (pivot: Set<String>, other: Set<String>))
    {
        let bead = beads[index]
        let ownTokens = { (pivot: Bool) in
            (pivot ? bead.source : bead.target).flatMap { segment in
                (pivot ? pair.pivotTokens?[segment] : pair.otherTokens?[segment]) ?? []
            }
        }
        // Most units hold no call written into the text: nothing to look up around them.
        guard
            ownTokens(true).contains(where: { $0.hasPrefix("c:") })
                || ownTokens(false).contains(where: { $0.hasPrefix("c:") })
        else { return ([], ([], [])) }
        let nearby = beads[max(index - 1, 0)...min(index + 1, beads.count - 1)]
        func tokens(_ pivot: Bool, _ beads: some Sequence<Bead>) -> [String] {
            beads.flatMap { pivot ? Array($0.source) : Array($0.target) }.flatMap { segment in
                (pivot ? pair.pivotTokens?[segment] : pair.otherTokens?[segment]) ?? []
            }
        }
        var findings: [Finding] = []
        var explained: (pivot: Set<String>, other: Set<String>) = ([], [])
        for inPivot in [true, false] {
            let (here, there) = inPivot ? (pair.pivot, pair.other) : (pair.other, pair.pivot)
            let numbersThere = Set(
                tokens(!inPivot, nearby).map { $0.hasPrefix("c:") ? "n:" + $0.dropFirst(2) : $0 })
            for segment in inPivot ? bead.source : bead.target {
                let own = (inPivot ? pair.pivotTokens?[segment] : pair.otherTokens?[segment]) ?? []
                for call in own where call.hasPrefix("c:") {
                    let number = "n:" + call.dropFirst(2)
                    guard !numbersThere.contains(number) else { continue }
                    if inPivot { explained.pivot.insert(number) } else { explained.other.insert(number) }
                    let counterpart = (inPivot ? bead.target.first : bead.source.first).map {
                        there.segments[$0].location
                    }
                    let where_ = counterpart.map { VersionPair.describe(there, $0) } ?? there.language.name
                    findings.append(
                        VersionPair.finding(
                            VersionComparison.footnoteCount, in: here, at: here.segments[segment].location,
                            "\(call.dropFirst(2)) here looks like a footnote call written into the text; \(where_) has no note or number there",
                            counterpart: counterpart.map { (there, $0) }, severity: .warning))
                }
            }
        }
        return (findings, explained)
    }
}
