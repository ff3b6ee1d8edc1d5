/// Text left out of a version (`xlang.omission`) or left in another language (`xlang.untranslated`).
struct TextComparison {
    let pair: VersionPair
    let catalog: LanguageCatalog

    init(_ pair: VersionPair, catalog: LanguageCatalog) {
        self.pair = pair
        self.catalog = catalog
    }

    /// One finding per run of segments of one version that the other version really lacks (the alignment's
    /// `OmissionFinder` runs, as `align.omission` reports them), placed in the version that has the text, with the
    /// counterpart where the other version goes on.
    func omissionFindings() -> [Finding] {
        let beads = pair.beads
        return pair.omissions.map { run in
            let inPivot = run.inSource
            let (present, absent) = inPivot ? (pair.pivot, pair.other) : (pair.other, pair.pivot)
            let segments = beads[run.beads].flatMap { inPivot ? Array($0.source) : Array($0.target) }
            let resumes =
                beads[(run.beads.upperBound + 1)...].lazy.compactMap { inPivot ? $0.target.first : $0.source.first }
                .first
                ?? beads[..<run.beads.lowerBound].reversed().lazy.compactMap {
                    inPivot ? $0.target.last : $0.source.last
                }
                .first
            let counterpart = resumes.map { (absent, absent.segments[$0].location) }
            if run.partial, let first = run.partialCounterpart(in: beads) {
                let there = absent.segments[first].location
                return VersionPair.finding(
                    VersionComparison.omission, in: present, at: present.segments[segments[0]].location,
                    "part of this has no counterpart in \(VersionPair.describe(absent, there)), which has \(run.shareInWords) of its length",
                    counterpart: (absent, there))
            }
            if let copy = run.repeated {
                let there = absent.segments[copy].location
                return VersionPair.finding(
                    VersionComparison.omission, in: present, at: present.segments[segments[0]].location,
                    "this sentence has no counterpart in \(VersionPair.describe(absent, there)), which repeats the sentence before it in its place",
                    counterpart: (absent, there))
            }
            let count = segments.count == 1 ? "this sentence has" : "these \(segments.count) sentences have"
            return VersionPair.finding(
                VersionComparison.omission, in: present, at: present.segments[segments[0]].location,
                "\(count) no counterpart in \(absent.language.name) (\(absent.path))", counterpart: counterpart)
        }
    }

    /// Fewer letters than this and a segment is a title, a name or a symbol: the same in many languages.
    static let minimumLetters = 20

    /// Segments of `version` written in another script, or in the words of another language of the same
    /// script (a French version with a sentence left in English), with the aligned text of the pivot (of another
    /// version, for the pivot) as counterpart.
    static func untranslatedFindings(in version: SegmentedDocument, alignment: Alignment, catalog: LanguageCatalog)
        -> [Finding]
    {
        let detector = LanguageDetector(catalog: catalog)
        let sameScript = catalog.languages(writtenInAnyOf: version.language.scripts)
        let counterparts = Self.counterparts(of: version, in: alignment)
        var findings: [Finding] = []
        for segment in version.segments
        where segment.text.unicodeScalars.count(where: ScalarClass.isLetter) >= minimumLetters {
            var written: String?
            if let script = LanguageDetector.dominantScript(of: segment.text),
                !version.language.scripts.contains(script)
            {
                written = detector.detect(segment.text)?.name ?? "\(script) script"
            } else if sameScript.count > 1 {
                let counts = detector.wordCounts(in: segment.text, among: sameScript)
                let own = sameScript.firstIndex { $0.code == version.language.code }.map { counts[$0] } ?? 0
                if let best = counts.indices.max(by: { counts[$0] < counts[$1] }),
                    sameScript[best].code != version.language.code, counts[best] >= 3, counts[best] > 2 * own
                {
                    written = sameScript[best].name
                }
            }
            guard let written else { continue }
            let counterpart = counterparts[segment.id]
            // A citation kept in its own language by another version too (a title, a treaty series reference) is
            // how UN documents cite, not text someone forgot to translate; a Chinese sentence that only the
            // English version has, word for word, is.
            if let counterpart, counterpart.text == segment.text, counterpart.version.language.name != written {
                continue
            }
            findings.append(
                VersionPair.finding(
                    VersionComparison.untranslated, in: version, at: segment.location,
                    "this sentence is in \(written), not \(version.language.name)",
                    counterpart: counterpart.map { ($0.version, $0.location) },
                    expected: version.language.name, found: written,
                    // Footnotes cite publications in the language they appeared in: worth a look, not certainly wrong.
                    severity: segment.kind == .footnoteBody ? .warning : nil))
        }
        return findings
    }

    /// For each segment of `version`, the text aligned with it: the pivot's, or for the pivot itself the first
    /// other version's.
    private static func counterparts(of version: SegmentedDocument, in alignment: Alignment) -> [Int: Counterpart] {
        guard let index = alignment.versions.firstIndex(where: { $0.path == version.path }) else { return [:] }
        let isPivot = index == alignment.pivot
        guard let other = isPivot ? alignment.versions.indices.first(where: { $0 != alignment.pivot }) : index,
            let beads = alignment.beads[other]
        else { return [:] }
        let there = alignment.versions[isPivot ? other : alignment.pivot]
        var result: [Int: Counterpart] = [:]
        for bead in beads {
            let (here, opposite) = isPivot ? (bead.source, bead.target) : (bead.target, bead.source)
            guard let first = opposite.first else { continue }
            let text = opposite.map { there.segments[$0].text }.joined(separator: there.language.sentenceSeparator)
            for segment in here {
                result[segment] = Counterpart(version: there, location: there.segments[first].location, text: text)
            }
        }
        return result
    }

    /// The text another version has where a segment stands.
    private struct Counterpart {
        var version: SegmentedDocument
        var location: SourceLocation
        var text: String
    }
}
