/// Aligns two or more versions of one document: each version against the pivot, then composed into units.
public struct Aligner: Sendable {
    public init() {}

    /// Aligns `versions` against `versions[pivot]`.
    public func align(_ versions: [SegmentedDocument], pivot: Int) -> Alignment {
        precondition(versions.indices.contains(pivot), "the pivot must be one of the versions")
        // Every version is read for anchors (the costly part) in chunks of segments spread over the cores, so
        // that one long version, or one language with numbers in words, does not keep one core busy while the
        // other waits; then its tokens are interned in version order, so the ids are the same on every run.
        let read = Self.sides(of: versions)
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

    /// Segments read for anchors in one piece of work: enough to outweigh handing the piece to a core.
    static let chunkSize = 512

    /// Each version's side and anchor tokens (`side(of:lengths:tokens:)`), the segments measured and read for
    /// anchors in chunks on all cores.
    static func sides(of versions: [SegmentedDocument]) -> [(side: AlignmentSide, tokens: [[String]])] {
        let extractors = versions.concurrentMap { AnchorExtractor(language: $0.language) }
        let chunks = versions.indices.flatMap { version in
            let count = versions[version].segments.count
            return stride(from: 0, to: count, by: chunkSize).map { (version, $0..<min($0 + chunkSize, count)) }
        }
        let read = chunks.concurrentMap { version, range in
            versions[version].segments[range].map {
                (length: AlignmentSide.length(of: $0.text), tokens: extractors[version].tokens(in: $0.text))
            }
        }
        var gathered = versions.map { _ in (lengths: [Double](), tokens: [[String]]()) }
        for ((version, _), features) in zip(chunks, read) {
            gathered[version].lengths += features.map(\.length)
            gathered[version].tokens += features.map(\.tokens)
        }
        let features = gathered
        return versions.indices.concurrentMap { version in
            let (lengths, tokens) = features[version]
            return (side(of: versions[version], lengths: lengths, tokens: tokens), tokens)
        }
    }

    /// The aligner's view of a version: lengths and clause keys (its `tokens` left empty for the caller to
    /// intern across all versions), given each segment's length and anchor tokens as written.
    static func side(of version: SegmentedDocument, lengths: [Double], tokens: [[String]]) -> AlignmentSide {
        var keys: [String?] = []
        var paragraphStarts: [Int] = []
        var endings: [AlignmentSide.Ending] = []
        var texts: [String] = []
        var openers: Set<Int> = []
        var previousBlock: Int?
        for (segment, found) in zip(version.segments, tokens) {
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
            lengths: lengths, tokens: [], keys: keys, paragraphStarts: paragraphStarts,
            knowsParagraphs: version.segments.contains { $0.block != nil }, endings: endings,
            texts: texts, openers: openers)
    }
}
