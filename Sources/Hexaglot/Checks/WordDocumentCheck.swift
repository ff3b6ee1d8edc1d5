/// What a Word document's reading shows besides its text: tracked changes not yet accepted or rejected. Hexaglot
/// reads the text as if every change were accepted (insertions in, deletions out), which may not be the text the
/// reviser is asked to check.
public struct WordDocumentCheck: DocumentCheck {
    static let trackedChanges = Rule(
        "docx.tracked-changes", .info, "A Word document with tracked changes not yet accepted or rejected.")

    public static let rules = [trackedChanges]

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        guard document.hasTrackedChanges else { return [] }
        return [
            Self.trackedChanges.finding(
                in: document, at: SourceLocation(line: 1, column: 1, byteOffset: 0),
                "the document has tracked changes not yet accepted or rejected; they were read as accepted"
                    + " (insertions in, deletions out)")
        ]
    }
}
