/// Compares an original with its reissue, clause by clause: what changed (clauses added, removed, moved,
/// renumbered, text changed inside a clause, footnotes added, removed, changed or called elsewhere), whether
/// the reissue is marked as one (the note in the language's wording, the `*` on the symbol), and, when the
/// reissue was announced to change only some things, whether anything else changed.
///
/// Clauses are paired by their text first (a clause renumbered or moved keeps its words), then by their
/// clause path (paragraph numbers: 1 (i) is 1 (i) whatever its marker), then by their place between unchanged
/// clauses.
public struct ReissueComparison: Sendable {
    static let missingNote = Rule(
        "reissue.missing-note", .error, "A reissue without the reissue note in its language's wording.")
    static let symbolNotMarked = Rule(
        "reissue.symbol-not-marked", .warning, "A reissue whose document symbol is not marked with *.")
    static let unexpectedChange = Rule(
        "reissue.unexpected-change", .error, "A change of another kind than the reissue was announced to make.")

    public static let rules = [missingNote, symbolNotMarked, unexpectedChange]

    let catalog: LanguageCatalog

    public init(catalog: LanguageCatalog) {
        self.catalog = catalog
    }

    /// The changes from `original` to `reissue`, the reissue's marks and what is wrong with them; with
    /// `expectOnly`, every change of another category is an error.
    public func compare(original: Document, reissue: Document, expectOnly: Set<ReissueChange.Category>? = nil)
        -> ReissueResult
    {
        var changes = ClauseMatcher(original: original, reissue: reissue).changes()
        changes += Self.noteChanges(original: original, reissue: reissue)
        changes.sort {
            ($0.reissue?.line ?? $0.original?.line ?? 0, $0.kind.rawValue)
                < ($1.reissue?.line ?? $1.original?.line ?? 0, $1.kind.rawValue)
        }
        let marks = ReissueMarks(reissue, catalog: catalog)
        var findings: [Finding] = []
        let start = reissue.blocks.first?.location ?? SourceLocation(line: 1, column: 1, byteOffset: 0)
        if marks.note == nil {
            findings.append(
                Self.missingNote.finding(
                    in: reissue, at: start, "no reissue note in the \(reissue.language.name) wording",
                    expected: reissue.language.reissueNoteExample.map { "a note such as \($0)" }
                        ?? reissue.language.reissueNote?.description))
        }
        if !marks.symbolMarked {
            findings.append(
                Self.symbolNotMarked.finding(
                    in: reissue, at: start, "the document symbol is not marked as reissued (\(marks.unmarkedSymbol))",
                    expected: marks.markedSymbol, found: marks.unmarkedSymbol))
        }
        if let expectOnly {
            for change in changes where change.kind.category != .note && !expectOnly.contains(change.kind.category) {
                let place = change.reissue ?? change.original
                findings.append(
                    Finding(
                        rule: Self.unexpectedChange.id, severity: .error, path: place?.path ?? reissue.path,
                        location: SourceLocation(line: place?.line ?? 1, column: place?.column ?? 1, byteOffset: 0),
                        message:
                            "\(change.summary), but the reissue was to change \(expectOnly.map(\.rawValue).sorted().joined(separator: ", ")) only",
                        found: change.kind.rawValue))
            }
        }
        return ReissueResult(
            original: original.path, reissue: reissue.path, changes: changes, marks: marks, findings: findings)
    }

    private static func noteChanges(original: Document, reissue: Document) -> [ReissueChange] {
        let before = ReissueMarks.noteBlock(in: original)
        let after = ReissueMarks.noteBlock(in: reissue)
        let beforePlace = before.map { Finding.Place(path: original.path, location: original.blocks[$0].location) }
        let afterPlace = after.map { Finding.Place(path: reissue.path, location: reissue.blocks[$0].location) }
        let beforeText = before.map { original.blocks[$0].text }
        let afterText = after.map { reissue.blocks[$0].text }
        let date = afterText.flatMap { ReissueMarks.date(in: $0, language: reissue.language) }
        switch (beforeText, afterText) {
        case (nil, let text?):
            return [
                ReissueChange(
                    kind: .noteAdded, clause: "note", original: nil, reissue: afterPlace, before: nil, after: text,
                    summary: "reissue note added: \(text)\(date.map { " (dated \($0))" } ?? "")")
            ]
        case (let text?, nil):
            return [
                ReissueChange(
                    kind: .noteRemoved, clause: "note", original: beforePlace, reissue: nil, before: text, after: nil,
                    summary: "reissue note removed: \(text)")
            ]
        case (let old?, let new?) where old != new:
            let diff = WordDiff(old, new, byCharacter: reissue.language.scripts.contains("Hani")).rendered()
            return [
                ReissueChange(
                    kind: .noteChanged, clause: "note", original: beforePlace, reissue: afterPlace, before: old,
                    after: new, diff: diff, summary: "reissue note changed: \(diff)")
            ]
        default:
            return []
        }
    }
}

/// What `hexaglot reissue` reports: the changes, the reissue's marks and the findings about them.
public struct ReissueResult: Sendable, Codable {
    public var original: String
    public var reissue: String
    public var changes: [ReissueChange]
    public var marks: ReissueMarks
    public var findings: [Finding]
}
