/// Aligns two or more versions of one document: each version against the pivot, then composed into units.
public struct Aligner: Sendable {
    public init() {}

    /// Aligns `versions` against `versions[pivot]`.
    public func align(_ versions: [SegmentedDocument], pivot: Int) -> Alignment {
        precondition(versions.indices.contains(pivot), "the pivot must be one of the versions")
        // Each version is read for anchors on its own (the costly part, spread over the cores), then its
        // tokens are interned in version order, so the ids are the same on every run.
        let read = versions.concurrentMap { Self.side(of: $0) }
        var interned: [String: Int32] = [:]
        let sides = read.map { side, anchorTokens in
            var side = side
            side.tokens = anchorTokens.map { found in
                // Footnote-call markers (`c:2`) are for the comparison after alignment: a call one version
                // lacks says nothing against the pairing.
                found.filter { !$0.hasPrefix("c:") }.map { token in
                    if let id = interned[token] { return id }
                    let id = Int32(interned.count)
                    interned[token] = id
                    return id
                }.sorted()
            }
            return side
        }
        let anchorTokens = read.map(\.tokens)
        let others = versions.indices.filter { $0 != pivot }
        let paired = others.concurrentMap { version in
            let pair = PairAligner().align(sides[pivot], sides[version])
            let runs = OmissionFinder.runs(pair, source: sides[pivot], target: sides[version])
            let findings = AlignmentFindings(
                source: versions[pivot], target: versions[version], sourceSide: sides[pivot], targetSide: sides[version]
            ).findings(for: pair, omissions: runs)
            return (pair: pair, runs: runs, findings: findings)
        }
        var beads: [Int: [Bead]] = [:]
        var findings: [Finding] = []
        var omissions: [Int: [OmissionRun]] = [:]
        for (version, result) in zip(others, paired) {
            beads[version] = result.pair
            omissions[version] = result.runs
            findings += result.findings
        }
        let units = UnitComposer.compose(
            pivotCount: versions[pivot].segments.count, pivot: pivot, versionCount: versions.count, beads: beads)
        return Alignment(
            versions: versions, pivot: pivot, beads: beads, units: units, findings: findings, omissions: omissions,
            anchorTokens: anchorTokens)
    }

    /// The aligner's view of a version: lengths and clause keys (its `tokens` left empty for the caller to
    /// intern across all versions), and each segment's anchor tokens as written, for the interning and the
    /// comparisons after alignment.
    static func side(of version: SegmentedDocument) -> (side: AlignmentSide, tokens: [[String]]) {
        let extractor = AnchorExtractor(language: version.language)
        var lengths: [Double] = []
        var segmentTokens: [[String]] = []
        var keys: [String?] = []
        var paragraphStarts: [Int] = []
        var endings: [AlignmentSide.Ending] = []
        var texts: [String] = []
        var openers: Set<Int> = []
        lengths.reserveCapacity(version.segments.count)
        segmentTokens.reserveCapacity(version.segments.count)
        var previousBlock: Int?
        for segment in version.segments {
            lengths.append(AlignmentSide.length(of: segment.text))
            let found = extractor.tokens(in: segment.text)
            segmentTokens.append(found)
            let startsBlock = segment.block != nil && segment.block != previousBlock
            // Without blocks (pre-segmented input), a line starting in lower case continues the one before.
            let continues =
                segment.block == nil ? segment.text.unicodeScalars.first?.properties.isLowercase == true : !startsBlock
            paragraphStarts.append(
                continues && !paragraphStarts.isEmpty
                    ? paragraphStarts[paragraphStarts.count - 1] : paragraphStarts.count)
            endings.append(AlignmentSide.Ending(of: segment.text))
            texts.append(segment.text)
            if segment.text.utf8.count < 80, version.language.opensPreamble(segment.text) {
                openers.insert(texts.count - 1)
            }
            previousBlock = segment.block
            if startsBlock, segment.kind == .footnoteBody, let block = segment.block,
                let number = version.document.blocks[block].footnoteNumber
            {
                keys.append("f:\(number)")
            } else if startsBlock, !segment.clausePath.isEmpty {
                keys.append("p:" + segment.clausePath.map(String.init).joined(separator: "."))
            } else if startsBlock, let block = segment.block,
                version.document.blocks[block].kind == .heading || version.language.opensSection(segment.text),
                let kind = version.language.sectionKind(of: segment.text),
                let number = found.first(where: { $0.hasPrefix("n:") })
            {
                // `Artículo 5`, `第五条`, and `第五条本协定与…` run into its title: the section's kind and number.
                keys.append("h:\(kind.rawValue)" + number.dropFirst())
            } else {
                keys.append(nil)
            }
        }
        let side = AlignmentSide(
            lengths: lengths, tokens: [], keys: keys, paragraphStarts: paragraphStarts,
            knowsParagraphs: version.segments.contains { $0.block != nil }, endings: endings,
            texts: texts, openers: openers)
        return (side, segmentTokens)
    }
}
