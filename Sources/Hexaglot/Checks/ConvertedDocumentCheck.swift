/// What reading a Word document or a PDF shows besides the text: tracked changes not yet accepted or rejected
/// (read as if every change were accepted, which may not be the text the reviser is asked to check), and footnote
/// calls that PDF extraction glued to a number (`20191`: 2019 and call 1), which would otherwise be read wrong.
public struct ConvertedDocumentCheck: DocumentCheck {
    static let trackedChanges = Rule(
        "docx.tracked-changes", .info, "A Word document with tracked changes not yet accepted or rejected.")
    static let mergedFootnoteCall = Rule(
        "pdf.merged-footnote-call", .warning,
        "A footnote call that PDF extraction glued to the number before it (`20191`: 2019 and call 1).")

    public static let rules = [trackedChanges, mergedFootnoteCall]

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        let merged = document.mergedFootnoteCalls.map { call in
            Self.mergedFootnoteCall.finding(
                in: document, at: SourceLocation(line: call.line, column: call.column, byteOffset: 0),
                "\(call.written) reads as \(call.number) followed by the call of footnote \(call.call), which pdftotext"
                    + " joined to it; check the number in the PDF",
                expected: "\(call.number) and footnote \(call.call)", found: call.written)
        }
        guard document.hasTrackedChanges else { return merged }
        return merged + [
            Self.trackedChanges.finding(
                in: document, at: SourceLocation(line: 1, column: 1, byteOffset: 0),
                "the document has tracked changes not yet accepted or rejected; they were read as accepted"
                    + " (insertions in, deletions out)")
        ]
    }
}
