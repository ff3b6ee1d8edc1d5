/// Compares the language versions of one document after alignment (`xlang.*`): the same lists, the same
/// footnotes in the same clauses, the same numbers, symbols and dates, nothing left out and nothing left in
/// another language. Each finding names the place in both versions (`Finding.counterpart`).
///
/// Every version is compared with the pivot. Where a fault shows on one side only (an item numbered against
/// its own list), the finding is put there; otherwise on the version compared with the pivot, which is
/// usually the translation.
public struct VersionComparison: Sendable {
    public static let listLength = Rule(
        "xlang.list-length", .error, "A list has more or fewer items in one language version than in the pivot.")
    public static let itemOrdinal = Rule(
        "xlang.item-ordinal", .error,
        "Aligned list items whose markers mean different positions ((d) against (九), (c) against (د)).")
    public static let markersMissing = Rule(
        "xlang.markers-missing", .warning,
        "A list numbered in the pivot whose paragraphs carry no numbers in another version (one finding per list, or one for a version that lost them all)."
    )
    public static let footnoteCount = Rule(
        "xlang.footnote-count", .error, "A footnote (call or body) present in one language version only.")
    public static let footnotePlacement = Rule(
        "xlang.footnote-placement", .error,
        "A footnote called in another clause, or a footnote body whose symbols, numbers or dates differ.")
    public static let numberMismatch = Rule(
        "xlang.number-mismatch", .warning,
        "A number or date in one version of an aligned sentence and not in the other (an error for a document symbol).")
    public static let omission = Rule(
        "xlang.omission", .warning, "A run of sentences or clauses with no counterpart in another version.")
    public static let untranslated = Rule(
        "xlang.untranslated", .error, "A sentence left in another language (script, or the words of another language).")

    public static let rules = [
        listLength, itemOrdinal, markersMissing, footnoteCount, footnotePlacement, numberMismatch, omission,
        untranslated,
    ]

    let catalog: LanguageCatalog

    public init(catalog: LanguageCatalog) {
        self.catalog = catalog
    }

    /// The `xlang.*` findings of `alignment`, and its `align.unrelated` warning when the files do not look like
    /// versions of one document, in version order, then by place.
    public func findings(for alignment: Alignment) -> [Finding] {
        var findings = alignment.findings.filter { $0.rule == "align.unrelated" }
        // A version that does not look like one of this document is reported as such, not compared clause by
        // clause: every comparison would only be noise.
        let unrelated = Set(findings.map(\.path))
        // Each version compared with the pivot, and read for untranslated text, on its own: side by side on the
        // machine's cores.
        let compared = alignment.versions.indices.filter { !unrelated.contains(alignment.versions[$0].path) }
        let found = compared.concurrentMap { index in
            (
                compared: index == alignment.pivot ? [] : pairFindings(alignment, version: index),
                untranslated: TextComparison.untranslatedFindings(
                    in: alignment.versions[index], alignment: alignment, catalog: catalog)
            )
        }
        findings += found.flatMap(\.compared) + found.flatMap(\.untranslated)
        let order = Dictionary(alignment.versions.enumerated().map { ($1.path, $0) }) { first, _ in first }
        var seen: Set<Finding> = []
        return findings.filter { seen.insert($0).inserted }.sorted {
            (order[$0.path] ?? 0, $0.line, $0.column, $0.rule) < (order[$1.path] ?? 0, $1.line, $1.column, $1.rule)
        }
    }

    /// The findings of version `index` compared with the pivot.
    private func pairFindings(_ alignment: Alignment, version index: Int) -> [Finding] {
        let pair = VersionPair(
            pivot: alignment.versions[alignment.pivot], other: alignment.versions[index],
            beads: alignment.beads[index] ?? [], omissions: alignment.omissions[index] ?? [],
            tokens: alignment.anchorTokens.count == alignment.versions.count
                ? (alignment.anchorTokens[alignment.pivot], alignment.anchorTokens[index]) : nil)
        let lists = ListComparison(pair)
        let lengths = lists.lengthFindings()
        var findings = lengths.findings
        findings += lists.ordinalFindings(skippingListsOf: lengths.lists)
        findings += MarkerLossComparison(pair).findings()
        findings += FootnoteComparison(pair).findings()
        findings += NumberComparison(pair).findings()
        findings += TextComparison(pair, catalog: catalog).omissionFindings()
        return findings
    }
}
