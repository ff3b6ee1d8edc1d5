import Foundation

/// Aligns two versions of one document, segment by segment.
///
/// 1. Anchors: clause keys (paragraph 3 (b) is 3 (b) in every version) and anchor tokens (numbers, symbols)
///    that occur as often in both versions, the k-th occurrence with the k-th, weighted by rarity; the
///    heaviest chain that never crosses is kept, and anchors far off the course of their neighbours dropped.
/// 2. Clause anchors cut the document into boxes aligned independently; inside a box a dynamic programme over
///    beads (1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-0, 0-1, and larger groupings inside one paragraph) runs in a
///    band around the line through the anchors, widened when the best path touches its edge. Time and memory
///    grow with length × band, not length².
/// 3. A bead's cost is its prior, the length model's surprise, minus what shared tokens say for it and plus
///    what tokens found on one side only say against it, plus a cost when the two sides end in different
///    punctuation (`，` against `;`) or disagree on paragraph boundaries. A segment with no counterpart costs
///    a constant, so long runs of untranslated text come through as 1-0 or 0-1 beads instead of forced
///    pairings.
/// 4. The length model is estimated from the pair, then re-estimated from the first alignment's 1-1 beads
///    and the alignment run again in a narrow band around the first path.
struct PairAligner {
    /// Half-width of the first band, in segments.
    var bandWidth = 25
    /// Half-width of the band around the first path in which the second pass searches.
    var refinementWidth = 6
    /// Costs in nats, measured with tools/evaluate-alignment.py on alignments/.
    var omissionCost = 5.5
    var sharedTokenBonus = 2.5
    var unmatchedTokenCost = 0.8
    var endingMismatchCost = 1.0
    /// Most a bead's length can cost: below two omissions, so two segments standing in each other's place pair
    /// up (and are reported weak when they fit badly) rather than come out as two unrelated omissions.
    var maximumLengthCost = 8.0
    /// Prior cost of the larger groupings allowed inside one paragraph (4-2, 1-4, 3-3, …).
    var paragraphGroupingCost = 12.0
    var paragraphMismatchCost = 3.0

    /// Bead shapes and their prior costs (-log probability; after Gale and Church, with 1-3 and 3-1 added).
    /// 1-1 dominates UN translations far more than in Gale and Church's data: merges must be earned by the
    /// length fit and the anchors (priors measured with tools/evaluate-alignment.py on alignments/).
    static let shapes: [(source: Int, target: Int, cost: Double)] = [
        (1, 1, -log(0.89)), (1, 0, 0), (0, 1, 0), (2, 1, 5.5), (1, 2, 5.5), (2, 2, 10), (3, 1, -log(0.004)),
        (1, 3, -log(0.004)),
    ]

    /// Larger groupings, tried only where all the segments on each side lie in one paragraph: a sentence cut
    /// differently in two versions, or a pre-segmented entry hard-wrapped over several lines.
    static let paragraphShapes: [(source: Int, target: Int)] = (1...5).flatMap { a in
        (1...5).compactMap { b in shapes.contains { $0.source == a && $0.target == b } ? nil : (a, b) }
    }

    func align(_ source: AlignmentSide, _ target: AlignmentSide) -> [Bead] {
        if source.count == 0 || target.count == 0 {
            return (0..<source.count).map { Bead(source: $0..<$0 + 1, target: target.count..<target.count, score: 0) }
                + (0..<target.count).map { Bead(source: source.count..<source.count, target: $0..<$0 + 1, score: 0) }
        }
        let anchors = self.anchors(source, target)
        let scorer = BeadScorer(source: source, target: target, aligner: self)
        // Clause anchors cut the pair into boxes; the other anchors steer the band inside them.
        let corners =
            [(0, 0)]
            + anchors.filter { $0.isStructural && $0.source > 0 && $0.target > 0 }.map { ($0.source, $0.target) }
            + [(source.count, target.count)]
        var model = LengthModel.initial(source: source, target: target)
        var beads = path(
            corners: corners, guides: anchors.map { ($0.source, $0.target) }, width: bandWidth, scorer: scorer,
            model: model)
        let pairs = beads.filter { $0.source.count == 1 && $0.target.count == 1 }.map {
            (source: source.lengths[$0.source.lowerBound], target: target.lengths[$0.target.lowerBound])
        }
        if let refined = model.refined(by: pairs) {
            // The refined model moves the path little: search a narrow band around the first one.
            model = refined
            beads = path(
                corners: corners, guides: beads.map { ($0.source.upperBound, $0.target.upperBound) },
                width: refinementWidth, scorer: scorer, model: model)
        }
        return beads.map { bead in
            var bead = bead
            bead.score = scorer.score(bead, model: model)
            return bead
        }
    }

    // MARK: Anchors

    private func anchors(_ source: AlignmentSide, _ target: AlignmentSide) -> [AnchorCandidate] {
        var weights: [Int: (weight: Double, structural: Bool)] = [:]
        func add(_ i: Int, _ j: Int, _ weight: Double, structural: Bool) {
            let key = i << 32 | j
            let old = weights[key] ?? (0, false)
            weights[key] = (old.weight + weight, old.structural || structural)
        }
        // Section headings (`Article 5`, `第五条`) found as often on both sides pair in order and cut the pair
        // into sections. A clause key found once in a section on each side is a hard anchor: paragraph 2 of
        // article 5 is that in every version, though every article has a paragraph 2. Keys and tokens occurring
        // equally often on both sides pair their k-th occurrences as soft ones: lists that restart at (a) in one
        // version may be read differently in another.
        let sections = Self.sections(source, target)
        let firstItems = (Self.firstItems(sections.source), Self.firstItems(sections.target))
        for (key, pair) in Self.occurrences(sections.source, sections.target) where pair.0.count == pair.1.count {
            // A list that starts past its first item on one side may have lost its context with its markers
            // (`ب -` standing alone where `(丑)` follows `一、` and `(子)` is read as item 2 of the top list):
            // its first item guides, it does not fix the pair.
            let unique = pair.0.count == 1 && !firstItems.0.contains(key) && !firstItems.1.contains(key)
            for (i, j) in zip(pair.0, pair.1) { add(i, j, unique ? 4 : 1, structural: unique) }
        }
        for (_, pair) in Self.occurrences(source.tokens, target.tokens) where pair.0.count == pair.1.count {
            let weight = 1 / (1 + log(Double(pair.0.count)))
            for (i, j) in zip(pair.0, pair.1) { add(i, j, weight, structural: false) }
        }
        let candidates = weights.map { key, value in
            AnchorCandidate(
                source: key >> 32, target: key & 0xFFFF_FFFF, weight: value.weight, isStructural: value.structural)
        }
        return Self.withoutOutliers(AnchorChain.heaviest(candidates, targetCount: target.count), limit: bandWidth / 2)
    }

    /// Each side's keys, clause keys scoped by section: the section headings (`h:5`) that occur as often on both
    /// sides, paired in order and kept where they do not cross, number the sections of both sides alike, and a
    /// clause key becomes `p:2` of section 3. Footnote keys and the headings themselves stay as they are.
    private static func sections(
        _ source: AlignmentSide, _ target: AlignmentSide
    ) -> (source: [SectionKey?], target: [SectionKey?]) {
        var candidates: [AnchorCandidate] = []
        for (key, pair) in occurrences(source.keys, target.keys)
        where key.hasPrefix("h:") && pair.0.count == pair.1.count {
            for (i, j) in zip(pair.0, pair.1) {
                candidates.append(AnchorCandidate(source: i, target: j, weight: 1, isStructural: true))
            }
        }
        let chain = AnchorChain.heaviest(candidates, targetCount: target.count)
        func scoped(_ keys: [String?], at position: (AnchorCandidate) -> Int) -> [SectionKey?] {
            var section = 0
            return keys.enumerated().map { index, key in
                while section < chain.count, position(chain[section]) <= index { section += 1 }
                guard let key else { return nil }
                return key.hasPrefix("p:") ? SectionKey(section: section, key: key) : SectionKey(section: -1, key: key)
            }
        }
        return (scoped(source.keys, at: \.source), scoped(target.keys, at: \.target))
    }

    /// A clause key within its section (-1 for keys that hold across the document).
    private struct SectionKey: Hashable {
        var section: Int
        var key: String

    }

    /// The clause keys that open their list on this side with an item other than the first (`p:2` with no
    /// `p:1` in its section, `p:3.2` with no `p:3.1`).
    private static func firstItems(_ keys: [SectionKey?]) -> Set<SectionKey> {
        var lowest: [SectionKey: (ordinal: Int, key: SectionKey)] = [:]
        for case let key? in keys where key.key.hasPrefix("p:") {
            let path = key.key.dropFirst(2)
            let parent = path.lastIndex(of: ".").map { path[..<$0] } ?? ""
            guard let ordinal = Int(path[(path.lastIndex(of: ".").map { path.index(after: $0) } ?? path.startIndex)...])
            else { continue }
            let list = SectionKey(section: key.section, key: String(parent))
            if ordinal < lowest[list]?.ordinal ?? Int.max { lowest[list] = (ordinal, key) }
        }
        return Set(lowest.values.filter { $0.ordinal > 1 }.map(\.key))
    }

    /// Segment indices of each key or token on each side.
    private static func occurrences<Key: Hashable>(_ source: [Key?], _ target: [Key?]) -> [Key: ([Int], [Int])] {
        var result: [Key: ([Int], [Int])] = [:]
        for (index, key) in source.enumerated() { if let key { result[key, default: ([], [])].0.append(index) } }
        for (index, key) in target.enumerated() { if let key { result[key, default: ([], [])].1.append(index) } }
        return result
    }

    private static func occurrences(_ source: [[Int32]], _ target: [[Int32]]) -> [Int32: ([Int], [Int])] {
        var result: [Int32: ([Int], [Int])] = [:]
        for (index, tokens) in source.enumerated() {
            for token in tokens { result[token, default: ([], [])].0.append(index) }
        }
        for (index, tokens) in target.enumerated() {
            for token in tokens { result[token, default: ([], [])].1.append(index) }
        }
        return result
    }

    /// Drops lexical anchors whose diagonal offset (target − source) is far from both neighbours': a number that
    /// happens to recur once on each side, far apart. A run of anchors shifted together (an omission) stays.
    private static func withoutOutliers(_ chain: [AnchorCandidate], limit: Int) -> [AnchorCandidate] {
        guard chain.count > 2 else { return chain }
        func offset(_ anchor: AnchorCandidate) -> Int { anchor.target - anchor.source }
        var kept: [AnchorCandidate] = []
        for (index, anchor) in chain.enumerated() {
            if anchor.isStructural {
                kept.append(anchor)
                continue
            }
            let before = index > 0 ? abs(offset(anchor) - offset(chain[index - 1])) : Int.max
            let after = index + 1 < chain.count ? abs(offset(anchor) - offset(chain[index + 1])) : Int.max
            if min(before, after) <= limit { kept.append(anchor) }
        }
        return kept
    }

    // MARK: Dynamic programme

    /// The best bead path through the whole pair: boxes between clause anchors, each aligned in its band.
    private func path(
        corners: [(Int, Int)], guides: [(Int, Int)], width: Int, scorer: BeadScorer, model: LengthModel
    ) -> [Bead] {
        var beads: [Bead] = []
        var next = 0
        for (start, end) in zip(corners, corners.dropFirst()) {
            var boxGuides = [start]
            while next < guides.count, guides[next].0 <= end.0, guides[next].1 <= end.1 {
                let guide = guides[next]
                if guide.0 >= start.0, guide.1 >= start.1, guide != start, guide != end { boxGuides.append(guide) }
                next += 1
            }
            boxGuides.append(end)
            beads += BandedPath(
                from: start, to: end, startsAtAnchor: start != (0, 0), guides: boxGuides, scorer: scorer, model: model
            ).solve(initialWidth: width)
        }
        return beads
    }
}
