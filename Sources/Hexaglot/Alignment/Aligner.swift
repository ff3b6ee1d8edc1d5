/// Aligns two or more versions of one document: each version against the pivot, then composed into units.
public struct Aligner: Sendable {
    public init() {}

    /// Aligns `versions` against `versions[pivot]`.
    public func align(_ versions: [SegmentedDocument], pivot: Int) -> Alignment {
        precondition(versions.indices.contains(pivot), "the pivot must be one of the versions")
        var interned: [String: Int32] = [:]
        var anchorTokens: [[[String]]] = []
        let sides = versions.map { version in
            var tokens: [[String]] = []
            let side = Self.side(of: version, interning: &interned, tokens: &tokens)
            anchorTokens.append(tokens)
            return side
        }
        let aligner = PairAligner()
        var beads: [Int: [Bead]] = [:]
        var findings: [Finding] = []
        var omissions: [Int: [OmissionRun]] = [:]
        for version in versions.indices where version != pivot {
            let pair = aligner.align(sides[pivot], sides[version])
            beads[version] = pair
            let runs = OmissionFinder.runs(pair, source: sides[pivot], target: sides[version])
            omissions[version] = runs
            findings += AlignmentFindings(
                source: versions[pivot], target: versions[version], sourceSide: sides[pivot], targetSide: sides[version]
            ).findings(for: pair, omissions: runs)
        }
        let units = UnitComposer.compose(
            pivotCount: versions[pivot].segments.count, pivot: pivot, versionCount: versions.count, beads: beads)
        return Alignment(
            versions: versions, pivot: pivot, beads: beads, units: units, findings: findings, omissions: omissions,
            anchorTokens: anchorTokens)
    }

    /// The aligner's view of a version: lengths, anchor tokens (interned across all versions) and clause keys;
    /// `tokens` gets each segment's anchor tokens as written, for the comparisons after alignment.
    static func side(
        of version: SegmentedDocument, interning interned: inout [String: Int32], tokens segmentTokens: inout [[String]]
    ) -> AlignmentSide {
        let extractor = AnchorExtractor(language: version.language)
        var lengths: [Double] = []
        var tokens: [[Int32]] = []
        var keys: [String?] = []
        var paragraphStarts: [Int] = []
        var endings: [AlignmentSide.Ending] = []
        var texts: [String] = []
        var openers: Set<Int> = []
        lengths.reserveCapacity(version.segments.count)
        tokens.reserveCapacity(version.segments.count)
        var previousBlock: Int?
        for segment in version.segments {
            lengths.append(AlignmentSide.length(of: segment.text))
            let found = extractor.tokens(in: segment.text)
            segmentTokens.append(found)
            // Footnote-call markers (`c:2`) are for the comparison after alignment: a call one version lacks
            // says nothing against the pairing.
            tokens.append(
                found.filter { !$0.hasPrefix("c:") }.map { token in
                    if let id = interned[token] { return id }
                    let id = Int32(interned.count)
                    interned[token] = id
                    return id
                }.sorted())
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
        return AlignmentSide(
            lengths: lengths, tokens: tokens, keys: keys, paragraphStarts: paragraphStarts,
            knowsParagraphs: version.segments.contains { $0.block != nil }, endings: endings,
            texts: texts, openers: openers)
    }
}
