/// The document's own symbol, read from its masthead: one reader for `check`, `reissue` and TMX ids. A line that
/// holds a symbol and little else (`A/C.1/73/L.27*`, `Distr.: General  A/RES/73/27`), or starts with it after a
/// short label (`United Nations A/RES/78/272 General Assembly…`), among the first blocks is the masthead; a sentence that cites a resolution (`Recalling its resolution 69/28 (A/RES/69/28)…`) is not, so a
/// text that lost its masthead has no symbol rather than a cited one.
enum MastheadSymbol {
    /// The masthead is among the first blocks that are not footnote bodies or notes.
    static let searchedBlocks = 12
    /// Beside the symbol, a masthead line holds at most a label this long (`Distr.: General`, `General Assembly`).
    static let labelMaximum = 24

    /// The symbol without its asterisk, and whether the asterisk of a reissue follows it.
    static func read(_ blocks: [Block], catalog: LanguageCatalog) -> (symbol: String, isMarked: Bool)? {
        for block in blocks.lazy.filter({ $0.kind != .footnoteBody && $0.kind != .note }).prefix(searchedBlocks) {
            for match in catalog.documentSymbol.allMatches(in: block.text) {
                // A short line, or a masthead that PDF extraction ran into one line: the symbol near its start
                // (`United Nations A/RES/78/272 General Assembly Distr.: General…`).
                let before = block.text.unicodeScalars.distance(
                    from: block.text.unicodeScalars.startIndex, to: match.startIndex)
                let isShortLine = block.text.unicodeScalars.count - match.unicodeScalars.count <= labelMaximum
                guard isShortLine || before <= labelMaximum * 2 else { continue }
                return (String(match), block.text[match.endIndex...].first == "*")
            }
        }
        return nil
    }
}
