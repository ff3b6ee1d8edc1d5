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
        guard let pattern = document.language.reissueNote,
            let note = document.blocks.first(where: { $0.kind == .note && pattern.matches($0.text) })
        else { return [] }
        var unmarked: String?
        for block in document.blocks where block.kind != .footnoteBody {
            for match in catalog.documentSymbol.allMatches(in: block.text) {
                let after = block.text[match.endIndex...].first
                if after == "*" { return [] }
                unmarked = unmarked ?? String(match)
            }
        }
        let found = unmarked.map { "\($0), without *" } ?? "no document symbol"
        return [
            Self.noteWithoutSymbol.finding(
                in: document,
                at: note.location,
                "reissue note, but the document symbol marked * is missing (\(found))",
                expected: unmarked.map { "\($0)*" } ?? "the document symbol with *, such as A/C.1/73/L.27*",
                found: found
            )
        ]
    }
}
