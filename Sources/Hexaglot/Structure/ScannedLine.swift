/// One input line taken apart into markup, marker, footnote numbers and text.
struct ScannedLine {
    enum Kind: Equatable {
        case blank
        /// A `---` rule: page debris.
        case rule
        /// A `## ` heading.
        case heading
        /// A line opening with a footnote number: the body of footnote `n`.
        case footnoteBody(Int)
        case content
    }

    var number: Int
    var kind: Kind
    var pieces: [SourcePiece] = []
    var marker: ListMarker?
    /// A second marker right after the first (`B. (1)`): the first item of the outer item's sublist.
    var innerMarker: ListMarker?
    /// Where the inner marker's piece is in `pieces`: the pieces before it belong to the outer item.
    var innerMarkerPieceIndex: Int?
    /// Clean text: no markup, no marker, no footnote numbers; surrounding whitespace trimmed.
    var text = ""
    /// Footnote calls, with offsets into `text`.
    var calls: [FootnoteCall] = []
    /// Unicode scalars in `text`, kept so joining lines needs no recount.
    var textScalarCount = 0

    /// Reads the line's marker back as text: `85.` at the start of a wrapped line that goes on a sentence.
    mutating func demoteMarker() {
        guard marker != nil, innerMarker == nil,
            let shift = MarkerText.readBack(text: &text, pieces: &pieces, calls: &calls)
        else { return }
        textScalarCount += shift
        marker = nil
    }
}
