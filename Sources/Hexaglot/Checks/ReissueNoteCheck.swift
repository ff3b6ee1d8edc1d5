/// A reissued document says so twice: a note (`* 由于技术原因于 2018 年 10 月 24 日重发。`, in the wording of
/// the language file) and an asterisk on its symbol in the masthead (`A/C.1/73/L.27*`). Reports a reissue
/// note whose marked symbol is missing.
public struct ReissueNoteCheck: DocumentCheck {
    static let noteWithoutSymbol = Rule(
        "reissue.note-without-symbol",
        .warning,
        "A reissue note (`* Reissued for technical reasons…`) but no document symbol marked `*`."
    )

    public static let rules = [noteWithoutSymbol]

    let catalog: LanguageCatalog

    public init(catalog: LanguageCatalog) {
        self.catalog = catalog
    }

    public func check(_ document: Document) -> [Finding] {
        guard let note = ReissueMarks.noteBlock(in: document) else { return [] }
        let marks = ReissueMarks(document, catalog: catalog)
        guard !marks.symbolMarked else { return [] }
        let found = marks.unmarkedSymbol
        return [
            Self.noteWithoutSymbol.finding(
                in: document,
                at: document.blocks[note].location,
                "reissue note, but the document symbol marked * is missing (\(found))",
                expected: marks.markedSymbol,
                found: found
            )
        ]
    }
}
