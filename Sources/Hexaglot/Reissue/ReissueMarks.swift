/// How a reissue announces itself: a note in the language's wording (`* 由于技术原因于 2018 年 10 月 24 日重发。`)
/// and an asterisk on the document symbol (`A/C.1/73/L.27*`).
public struct ReissueMarks: Sendable, Hashable, Codable {
    /// The note as written, where it is, and its date read as `2018-10-24` when the note gives one.
    public var note: String?
    public var noteLocation: Finding.Place?
    public var date: String?
    /// The document symbol in the masthead as written, with its asterisk if it has one.
    public var symbol: String?
    public var symbolMarked: Bool

    /// Reads the marks of `document`.
    init(_ document: Document, catalog: LanguageCatalog) {
        let noteIndex = Self.noteBlock(in: document)
        note = noteIndex.map { document.blocks[$0].text }
        noteLocation = noteIndex.map { Finding.Place(path: document.path, location: document.blocks[$0].location) }
        date = note.flatMap { Self.date(in: $0, language: document.language) }
        let masthead = MastheadSymbol.read(document.blocks, catalog: catalog)
        symbol = masthead.map { $0.symbol + ($0.isMarked ? "*" : "") }
        symbolMarked = masthead?.isMarked ?? false
    }

    /// What the symbol shows when it is not marked: `A/RES/73/27, without *`, or that there is none.
    var unmarkedSymbol: String { symbol.map { "\($0), without *" } ?? "no document symbol" }

    /// What a marked symbol would look like: `A/RES/73/27*`.
    var markedSymbol: String { symbol.map { "\($0)*" } ?? "the document symbol with *, such as A/C.1/73/L.27*" }

    /// The index of the note block in the language's reissue wording, if any.
    static func noteBlock(in document: Document) -> Int? {
        guard let pattern = document.language.reissueNote else { return nil }
        return document.blocks.indices.first {
            document.blocks[$0].kind == .note && pattern.matches(document.blocks[$0].text)
        }
    }

    /// `2018-10-24` from the note's day, month (a name or `10 月`) and year.
    static func date(in note: String, language: Language) -> String? {
        let tokens = AnchorExtractor(language: language).tokens(in: note)
        guard let month = tokens.first(where: { $0.hasPrefix("m:") }).flatMap({ Int($0.dropFirst(2)) }) else {
            return nil
        }
        let numbers = tokens.filter { $0.hasPrefix("n:") }.compactMap { Int($0.dropFirst(2)) }
        guard let year = numbers.first(where: { $0 >= 1900 && $0 < 2200 }),
            let day = numbers.first(where: { $0 >= 1 && $0 <= 31 })
        else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
