/// What an alignment says about a pair of versions: text in one version only (`align.omission`), beads whose
/// sides hardly fit (`align.weak`), and versions that do not look like the same document (`align.unrelated`).
public struct AlignmentFindings {
    let source: SegmentedDocument
    let target: SegmentedDocument
    let sourceSide: AlignmentSide
    let targetSide: AlignmentSide

    static let omission = Rule(
        "align.omission", .warning, "Text in one language version has no counterpart in the other.")
    static let weak = Rule(
        "align.weak", .warning,
        "Aligned text whose length and numbers hardly fit: a likely mistranslation or misalignment.")
    static let unrelated = Rule(
        "align.unrelated", .warning,
        "Two files given as versions of one document share almost no numbers and fit poorly in length.")
    public static let rules = [omission, weak, unrelated]

    /// Anchor tokens enough to call two documents unrelated from their anchors alone.
    static let anchorsToJudge = 20.0

    /// A bead scoring below this is weak.
    static let weakScore = 0.002

    func findings(for beads: [Bead], omissions: [OmissionRun]) -> [Finding] {
        var findings: [Finding] = []
        for run in omissions {
            // One finding for a run of segments of the same version without counterparts.
            let count = run.beads.reduce(0) { $0 + (run.inSource ? beads[$1].source.count : beads[$1].target.count) }
            let (present, absent) = run.inSource ? (source, target) : (target, source)
            let bead = beads[run.beads.lowerBound]
            let first = run.inSource ? bead.source.lowerBound : bead.target.lowerBound
            if let copy = run.repeated {
                let place = (run.inSource ? target : source).segments[copy].location
                findings.append(
                    finding(
                        Self.omission, in: present, segment: first,
                        "this segment has no counterpart in \(absent.language.name) (\(absent.path)): its segment at \(place.line):\(place.column) repeats the one before it"
                    ))
                continue
            }
            if run.partial {
                findings.append(
                    finding(
                        Self.omission, in: present, segment: first,
                        "part of this segment has no counterpart in \(absent.language.name) (\(absent.path)): its counterpart there has \(run.shareInWords) of its length"
                    ))
                continue
            }
            findings.append(
                finding(
                    Self.omission, in: present, segment: first,
                    count == 1
                        ? "this segment has no counterpart in \(absent.language.name) (\(absent.path))"
                        : "\(count) segments from here have no counterpart in \(absent.language.name) (\(absent.path))"
                ))
        }
        for bead in beads where !bead.isOmission && bead.score < Self.weakScore {
            findings.append(
                finding(
                    Self.weak, in: target, segment: bead.target.lowerBound,
                    "\(bead.shape) alignment with \(source.path) segment \(bead.source.lowerBound) hardly fits (score \(Self.rounded(bead.score)))"
                ))
        }
        if let unrelated = unrelatedFinding(beads) { findings.insert(unrelated, at: 0) }
        return findings
    }

    /// Same-document test: among the anchor tokens of both versions, how many the alignment pairs up, and how
    /// much of the text lands in good beads. Real versions share most numbers and fit; different documents
    /// share few and most of their beads are weak or omissions.
    private func unrelatedFinding(_ beads: [Bead]) -> Finding? {
        guard sourceSide.count >= 5, targetSide.count >= 5 else { return nil }
        let scorer = BeadScorer(source: sourceSide, target: targetSide, aligner: PairAligner())
        // The fit under the first-guess model: the refined one learns its variance from these very beads, and
        // between unrelated texts it learns that anything goes.
        let model = LengthModel.initial(source: sourceSide, target: targetSide)
        var shared = 0.0
        var total = 0.0
        var good = 0
        for bead in beads {
            let (beadShared, unmatched) = scorer.tokenAgreement(bead.source, bead.target)
            shared += beadShared
            total += beadShared + unmatched
            if scorer.score(bead, model: model) >= 0.05 { good += 1 }
        }
        let tokenShare = total > 0 ? 2 * shared / (total + shared) : nil
        let goodShare = Double(good) / Double(max(beads.count, 1))
        let fewAnchors = tokenShare.map { $0 < 0.25 } ?? true
        // Versions share most of their numbers (two thirds or more in the corpus and the BBNJ Agreement, half even
        // against an OCR text); two documents of one series (SDG targets and indicators, two treaties numbered by
        // article) share a few and may still fit in length, as list items of a size do.
        let almostNoAnchors = total >= Self.anchorsToJudge && (tokenShare ?? 0) < 0.15
        guard (fewAnchors && goodShare < 0.5) || almostNoAnchors else { return nil }
        let anchors =
            tokenShare.map { "\(Int(($0 * 100).rounded())) % of their numbers agree" } ?? "they share no numbers"
        return Finding(
            rule: Self.unrelated.id, severity: .warning, path: target.path,
            location: SourceLocation(line: 1, column: 1, byteOffset: 0),
            message:
                "does not look like a version of \(source.path): \(anchors) and only \(Int((goodShare * 100).rounded())) % of the aligned units fit; check that the files are versions of one document"
        )
    }

    private func finding(_ rule: Rule, in version: SegmentedDocument, segment: Int, _ message: String) -> Finding {
        let location =
            version.segments.indices.contains(segment)
            ? version.segments[segment].location : SourceLocation(line: 1, column: 1, byteOffset: 0)
        return Finding(rule: rule.id, severity: rule.severity, path: version.path, location: location, message: message)
    }

    private static func rounded(_ value: Double) -> String {
        value < 0.001 ? "< 0.001" : String(Double((value * 1000).rounded()) / 1000)
    }
}
