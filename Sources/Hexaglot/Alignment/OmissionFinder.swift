import Foundation

/// A run of segments of one version that the other version really lacks: the one source of both
/// `align.omission` (what `align` reports) and `xlang.omission` (what `check` reports).
public struct OmissionRun: Sendable, Hashable {
    /// Whether the text is in the source (pivot) version and absent from the target.
    public var inSource: Bool
    /// The run's beads, all 1-0 (or all 0-1); for a partial omission, the one bead.
    public var beads: ClosedRange<Int>
    /// Whether the other version has only part of the text: the bead pairs both sides, but the side with the text
    /// is several times as long as its counterpart should be (a paragraph whose head was lost in conversion).
    public var partial = false
    /// For a partial omission, the beads that hold what the other version has of the text: the run's own bead
    /// when the aligner paired them, else the unpaired run of the other version beside it.
    public var counterpart: ClosedRange<Int>?
    /// For a partial omission, how long that counterpart is against what the text calls for (0.4: two fifths).
    public var share: Double?
    /// When the other version has, in the text's place, a copy of the sentence before it: that copy's segment.
    public var repeated: Int?
}

/// Tells a real absence from text the aligner only failed to pair. The aligner leaves a segment unpaired when
/// the versions cut there differently (`第十条适用` on one line, `Artículo 10` and `Aplicación` on two), when a
/// garbled passage stands against a sound one, or when one version really lacks it. Only the last is an omission:
///
/// - **Anchors**: a run whose numbers, symbols and dates all stand in the neighbouring units of the other version
///   is there, cut differently; one with an anchor the other version lacks (`PARTE III` where no version's
///   neighbour says 3, a date of adoption) is missing.
/// - **Length**: a run without anchors that makes a neighbouring unit fit better when joined to it belongs to
///   that unit (a title on a line of its own, a sentence split in two).
/// - **Text against text**: unpaired text on both sides of one place is a passage each version has, which did
///   not align; when one is several times the other, the longer one is missing from the other version, and when
///   the two fit badly by a sentence's worth or more, part of the longer one is (a definition against the scrap
///   left of it).
/// - **Fragments**: a run of fewer than 25 letters without anchors that ends in a comma (`Генеральная Ассамблея,`
///   on a line of its own) is the start of the next sentence; a title without numbers is judged by length, with a
///   clear gain asked of the neighbour, so that a title one version lacks (`投票` where `VOTING` is gone) is found.
/// - **Partial omissions**: a paired unit one side of which is several times as long as the model expects, by a
///   sentence's worth or more, has lost text on the other side.
enum OmissionFinder {
    /// Unpaired text against unpaired text is a passage both versions have unless one is this many times the
    /// other.
    static let substitutionRatio = 3.0
    /// Fewer length units than this (letters, or three an ideograph: a title, a subject and its verb), and a run
    /// without anchors is a fragment (`AlignmentSide.length`).
    static let fragmentLength = 25.0
    /// A paired unit whose one side is this many times what the model expects, and longer by `partialExcess`
    /// units, has lost text on the other side.
    static let partialRatio = 2.5
    static let partialExcess = 60.0
    /// How much better (in `LengthModel.cost`, a negative log probability) a neighbour must fit with the run.
    static let clearGain = 0.5
    /// Fewer length units than this and a run is a title or a few words (`Aplicación` beside `Artículo 10`, where
    /// the Chinese has `第十条适用`): joined to a short heading it may change its fit a lot, and rightly so.
    static let titleLength = 40.0
    /// A run joined to a neighbour this many times its length is tested by length: longer runs could change a
    /// neighbour's fit by chance.
    static let absorbableShare = 0.2
    /// The length cost of a unit whose sides differ by one standard deviation (a good fit), and by two (a bad one).
    static let goodFit = -log(erfc(1 / 2.0.squareRoot()))
    static let badFit = -log(erfc(2 / 2.0.squareRoot()))

    static func runs(_ beads: [Bead], source: AlignmentSide, target: AlignmentSide) -> [OmissionRun] {
        let model = LengthModel.initial(source: source, target: target)
        let raw = rawRuns(beads)
        var kept: [OmissionRun] = []
        for (position, run) in raw.enumerated() {
            let length = self.length(of: run, beads, source: source, target: target, model: model)
            // Unpaired text of the other version right beside this run: a passage both have.
            let opposite = [position - 1, position + 1].filter { raw.indices.contains($0) }.map { raw[$0] }.filter {
                $0.inSource != run.inSource
                    && ($0.beads.upperBound + 1 == run.beads.lowerBound
                        || run.beads.upperBound + 1 == $0.beads.lowerBound)
            }
            if let other = opposite.first {
                let otherLength = self.length(of: other, beads, source: source, target: target, model: model)
                if length < Self.substitutionRatio * max(otherLength, 1) {
                    // A passage each version has. When the two fit badly, the longer one lost text in the other
                    // version: a definition whose head is gone, only its tail left.
                    if length - otherLength >= Self.partialExcess,
                        cost(of: run, against: other, beads, source: source, target: target, model: model) > badFit
                    {
                        kept.append(
                            OmissionRun(
                                inSource: run.inSource, beads: run.beads, partial: true, counterpart: other.beads,
                                share: otherLength / length))
                    }
                    continue
                }
            }
            if isPresentNextDoor(run, beads, source: source, target: target, model: model) { continue }
            kept.append(run)
        }
        kept += partialRuns(beads, source: source, target: target, model: model)
        kept += repeatedRuns(beads, source: source, target: target)
        return kept.sorted { $0.beads.lowerBound < $1.beads.lowerBound }
    }

    /// Paired units whose one side is several times as long as the other should be.
    private static func partialRuns(
        _ beads: [Bead], source: AlignmentSide, target: AlignmentSide, model: LengthModel
    ) -> [OmissionRun] {
        beads.indices.compactMap { index in
            let bead = beads[index]
            guard !bead.isOmission else { return nil }
            let expected = bead.source.reduce(0) { $0 + source.lengths[$1] } * model.ratio
            let actual = bead.target.reduce(0) { $0 + target.lengths[$1] }
            let wholeSource = isWholeParagraphs(bead.source, in: source)
            let wholeTarget = isWholeParagraphs(bead.target, in: target)
            // A pair the aligner found hardly fitting, a whole paragraph against the tail of another: the head of
            // that paragraph was lost and its tail run into the paragraph before (`…的国家或区域经济一体化组织。织，
            // 其成员国…` where `织` ends the lost term).
            if bead.score < AlignmentFindings.weakScore, abs(actual - expected) >= partialExcess,
                model.cost(
                    source: bead.source.reduce(0) { $0 + source.lengths[$1] },
                    target: bead.target.reduce(0) { $0 + target.lengths[$1] }) > badFit
            {
                if actual > expected, wholeTarget, isParagraphTail(bead.source, in: source) {
                    return OmissionRun(
                        inSource: false, beads: index...index, partial: true, counterpart: index...index,
                        share: expected / actual)
                }
                if expected > actual, wholeSource, isParagraphTail(bead.target, in: target) {
                    return OmissionRun(
                        inSource: true, beads: index...index, partial: true, counterpart: index...index,
                        share: actual / expected)
                }
            }
            // Otherwise whole paragraphs on both sides: a sentence paired with a paragraph that another unit shares
            // says nothing about what is missing.
            guard wholeSource, wholeTarget else { return nil }
            if actual >= partialRatio * expected, actual - expected >= partialExcess {
                return OmissionRun(
                    inSource: false, beads: index...index, partial: true, counterpart: index...index,
                    share: expected / actual)
            }
            if expected >= partialRatio * actual, expected - actual >= partialExcess {
                return OmissionRun(
                    inSource: true, beads: index...index, partial: true, counterpart: index...index,
                    share: actual / expected)
            }
            return nil
        }
    }

    /// Paired units where one version repeats the sentence before, pasted twice, in place of the one the other
    /// version has there: Article 87 (c) of the Arabic Charter repeats (b) word for word.
    private static func repeatedRuns(_ beads: [Bead], source: AlignmentSide, target: AlignmentSide) -> [OmissionRun] {
        guard source.texts.count == source.count, target.texts.count == target.count else { return [] }
        return beads.indices.dropFirst().compactMap { index in
            let (bead, previous) = (beads[index], beads[index - 1])
            guard bead.source.count == 1, bead.target.count == 1, let sourceBefore = previous.source.last,
                let targetBefore = previous.target.last
            else { return nil }
            let (i, j) = (bead.source.lowerBound, bead.target.lowerBound)
            // Both versions saying the same twice, in the same words or nearly, is the document's own wording.
            if target.lengths[j] >= fragmentLength,
                target.texts[j].trimmingWhitespace() == target.texts[targetBefore].trimmingWhitespace(),
                !isNearCopy(source.texts[i], source.texts[sourceBefore])
            {
                return OmissionRun(inSource: true, beads: index...index, repeated: j)
            }
            if source.lengths[i] >= fragmentLength,
                source.texts[i].trimmingWhitespace() == source.texts[sourceBefore].trimmingWhitespace(),
                !isNearCopy(target.texts[j], target.texts[targetBefore])
            {
                return OmissionRun(inSource: false, beads: index...index, repeated: i)
            }
            return nil
        }
    }

    /// Whether two sentences share most of their pairs of adjacent characters (Dice coefficient 0.6 or more):
    /// `每100居民中固定因特网宽带用户数` and `每100名居民固定因特网宽带用户数` say the same.
    private static func isNearCopy(_ first: String, _ second: String) -> Bool {
        func pairs(_ text: String) -> [UInt64: Int] {
            var result: [UInt64: Int] = [:]
            var previous: UInt32?
            for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
                if let previous { result[UInt64(previous) << 32 | UInt64(scalar.value), default: 0] += 1 }
                previous = scalar.value
            }
            return result
        }
        let (a, b) = (pairs(first), pairs(second))
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return true }
        let shared = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        return Double(2 * shared) / Double(total) >= 0.6
    }

    /// Whether `segments` end a paragraph they do not start: the tail of a paragraph.
    private static func isParagraphTail(_ segments: Range<Int>, in side: AlignmentSide) -> Bool {
        guard side.knowsParagraphs, let first = segments.first else { return false }
        return side.paragraphStarts[first] != first
            && (segments.upperBound == side.count || side.paragraphStarts[segments.upperBound] == segments.upperBound)
    }

    /// Whether `segments` start a paragraph and end one (or the side has no paragraphs to say otherwise).
    private static func isWholeParagraphs(_ segments: Range<Int>, in side: AlignmentSide) -> Bool {
        guard side.knowsParagraphs, let first = segments.first else { return true }
        return side.paragraphStarts[first] == first
            && (segments.upperBound == side.count || side.paragraphStarts[segments.upperBound] == segments.upperBound)
    }

    /// Runs of 1-0 (or 0-1) beads.
    private static func rawRuns(_ beads: [Bead]) -> [OmissionRun] {
        var runs: [OmissionRun] = []
        var index = 0
        while index < beads.count {
            guard beads[index].isOmission else {
                index += 1
                continue
            }
            let inSource = !beads[index].source.isEmpty
            var end = index
            while end + 1 < beads.count, beads[end + 1].isOmission, !beads[end + 1].source.isEmpty == inSource {
                end += 1
            }
            runs.append(OmissionRun(inSource: inSource, beads: index...end))
            index = end + 1
        }
        return runs
    }

    /// The length model's cost of pairing a source run with a target run (either order).
    private static func cost(
        of run: OmissionRun, against other: OmissionRun, _ beads: [Bead], source: AlignmentSide,
        target: AlignmentSide, model: LengthModel
    ) -> Double {
        let (sourceRun, targetRun) = run.inSource ? (run, other) : (other, run)
        let sourceLength = sourceRun.beads.flatMap { Array(beads[$0].source) }.reduce(0) { $0 + source.lengths[$1] }
        let targetLength = targetRun.beads.flatMap { Array(beads[$0].target) }.reduce(0) { $0 + target.lengths[$1] }
        return model.cost(source: sourceLength, target: targetLength)
    }

    /// The run's length in target units (a source run scaled by the model's ratio), so both sides compare.
    private static func length(
        of run: OmissionRun, _ beads: [Bead], source: AlignmentSide, target: AlignmentSide, model: LengthModel
    ) -> Double {
        let segments = run.beads.flatMap { run.inSource ? Array(beads[$0].source) : Array(beads[$0].target) }
        let side = run.inSource ? source : target
        let length = segments.reduce(0) { $0 + side.lengths[$1] }
        return run.inSource ? length * model.ratio : length
    }

    /// Whether the run is a sentence of a paragraph whose other sentences are paired with whole paragraphs of the
    /// other version that have as many sentences, or take the run in without fitting badly: the translator joined
    /// two sentences in one (`…为要件。为此目的，…` against one Arabic sentence), or cut them elsewhere, and the
    /// aligner paired only some.
    private static func isSentenceOfJoinedParagraph(
        _ run: OmissionRun, _ runSegments: [Int], _ beads: [Bead], source: AlignmentSide, target: AlignmentSide,
        model: LengthModel
    ) -> Bool {
        let (present, absent) = run.inSource ? (source, target) : (target, source)
        guard let first = runSegments.first, present.knowsParagraphs, absent.knowsParagraphs else { return false }
        let paragraph = paragraphRange(of: first, in: present)
        guard runSegments.allSatisfy(paragraph.contains), runSegments.count < paragraph.count else { return false }
        // The other version's text paired with the rest of this paragraph.
        var paired: Set<Int> = []
        for bead in beads where !bead.isOmission {
            let (presentSide, absentSide) = run.inSource ? (bead.source, bead.target) : (bead.target, bead.source)
            if presentSide.allSatisfy(paragraph.contains) { paired.formUnion(absentSide) }
        }
        // It must be whole paragraphs there, and nothing of them paired elsewhere.
        guard !paired.isEmpty, paired.allSatisfy({ paragraphRange(of: $0, in: absent).allSatisfy(paired.contains) })
        else { return false }
        // As many sentences there as here: none is missing, the aligner only paired them otherwise.
        if paired.count >= paragraph.count { return true }
        let presentLength = paragraph.reduce(0) { $0 + present.lengths[$1] }
        let absentLength = paired.reduce(0) { $0 + absent.lengths[$1] }
        let cost =
            run.inSource
            ? model.cost(source: presentLength, target: absentLength)
            : model.cost(source: absentLength, target: presentLength)
        return cost <= badFit
    }

    /// The segments of the paragraph `segment` is in.
    private static func paragraphRange(of segment: Int, in side: AlignmentSide) -> Range<Int> {
        let start = side.paragraphStarts[segment]
        var end = segment + 1
        while end < side.count, side.paragraphStarts[end] == start { end += 1 }
        return start..<end
    }

    /// Whether the run's text is in the other version's neighbouring units, cut differently: by its anchors when
    /// it has any, else by the fit of a neighbouring unit with the run joined to it.
    private static func isPresentNextDoor(
        _ run: OmissionRun, _ beads: [Bead], source: AlignmentSide, target: AlignmentSide, model: LengthModel
    ) -> Bool {
        let neighbours = [
            beads[..<run.beads.lowerBound].lastIndex { !$0.isOmission },
            beads[(run.beads.upperBound + 1)...].firstIndex { !$0.isOmission },
        ].compactMap { $0 }
        let (present, absent) = run.inSource ? (source, target) : (target, source)
        let runSegments = run.beads.flatMap { run.inSource ? Array(beads[$0].source) : Array(beads[$0].target) }
        let anchors = Set(runSegments.flatMap { present.tokens[$0] })
        if !anchors.isEmpty {
            let nextDoor = Set(
                neighbours.flatMap { index in
                    (run.inSource ? beads[index].target : beads[index].source).flatMap { absent.tokens[$0] }
                })
            // A number, symbol or date the other version has nowhere near: the run is missing there.
            guard anchors.isSubset(of: nextDoor) else { return false }
        }
        let runLength = runSegments.reduce(0) { $0 + present.lengths[$1] }
        // A few words that end in a comma go on in the next paragraph (`L'Assemblée générale,`), and so does the
        // assembly opener that lost its comma (`L’Assemblée générale` where the Chinese runs `大会,` into the next
        // sentence); a title without numbers ends in nothing and is judged by the tests below, so that a title one
        // version lacks is reported.
        if anchors.isEmpty, runLength < fragmentLength, let last = runSegments.last,
            present.endings[last] == .comma || present.openers.contains(last)
        {
            return true
        }
        if isSentenceOfJoinedParagraph(run, runSegments, beads, source: source, target: target, model: model) {
            return true
        }
        return neighbours.contains { index in
            let sourceLength = beads[index].source.reduce(0) { $0 + source.lengths[$1] }
            let targetLength = beads[index].target.reduce(0) { $0 + target.lengths[$1] }
            let neighbourLength = run.inSource ? sourceLength : targetLength
            let before = model.cost(source: sourceLength, target: targetLength)
            let after =
                run.inSource
                ? model.cost(source: sourceLength + runLength, target: targetLength)
                : model.cost(source: sourceLength, target: targetLength + runLength)
            // Joined to its neighbour, the run must make it fit better, and fit well; a run more than a fifth of
            // its neighbour could do that by chance, so that neighbour must have fitted badly without it.
            // A clear gain: a title beside a long paragraph changes its fit by a hair, one way or the other.
            guard before - after >= Self.clearGain, after <= Self.goodFit else { return false }
            return runLength <= absorbableShare * neighbourLength || runLength < Self.titleLength
                || before >= Self.badFit
        }
    }
}

extension OmissionRun {
    /// For a partial omission, the first segment of what the other version has of the text.
    func partialCounterpart(in all: [Bead]) -> Int? {
        guard partial else { return nil }
        let range = counterpart ?? beads
        return range.lazy.compactMap { inSource ? all[$0].target.first : all[$0].source.first }.first
    }

    /// The counterpart's share in words a reader takes in at a glance: "about half", "a fifth".
    var shareInWords: String {
        guard let share else { return "a fraction" }
        switch share {
        case ..<0.15: return "less than a sixth"
        case ..<0.3: return "about a fifth"
        case ..<0.42: return "about a third"
        case ..<0.58: return "about half"
        case ..<0.72: return "about two thirds"
        default: return "about three quarters"
        }
    }
}
