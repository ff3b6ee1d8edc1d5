/// One unit of document structure: a heading, a paragraph, a list item, a footnote body or a note.
public struct Block: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case heading
        /// An unnumbered paragraph between the assembly opener (`大会，`) and the first operative paragraph.
        case preamble
        /// A numbered paragraph at the top level, `1.`, `2.`.
        case operative
        /// Any other unnumbered paragraph.
        case paragraph
        /// A marked item inside a numbered paragraph or another list.
        case listItem
        case footnoteBody
        /// A note such as the reissue line `* 由于技术原因于 2018 年 10 月 24 日重发。`.
        case note
    }

    public var kind: Kind
    /// The block's text without markup, marker, or footnote call numbers; halves of a clause split by a page
    /// break are joined.
    public var text: String
    public var marker: ListMarker?
    /// Where the block sits in a list, for marked blocks.
    public var list: ListPosition?
    /// The footnote number of a footnote body.
    public var footnoteNumber: Int?
    public var calls: [FootnoteCall]
    /// The input this block was made from, in input order (a reflowed block has pieces on several lines).
    public var pieces: [SourcePiece]
    /// A list item that was run into the paragraph before it (`…of this article. (a) To ensure…`) and is
    /// read as an item of its own.
    public var isRunIn = false

    public init(
        kind: Kind,
        text: String,
        marker: ListMarker? = nil,
        footnoteNumber: Int? = nil,
        calls: [FootnoteCall] = [],
        pieces: [SourcePiece]
    ) {
        self.kind = kind
        self.text = text
        self.marker = marker
        self.footnoteNumber = footnoteNumber
        self.calls = calls
        self.pieces = pieces
    }

    /// Where the block starts in the input.
    public var location: SourceLocation { pieces.first?.location ?? SourceLocation(line: 1, column: 1, byteOffset: 0) }

    /// Where the block's marker is written, or where the block starts when it has none.
    public var markerLocation: SourceLocation {
        pieces.first { $0.role == .marker }?.location ?? location
    }

    /// The input lines this block covers.
    public var lines: [Int] {
        var seen: [Int] = []
        for piece in pieces where seen.last != piece.location.line { seen.append(piece.location.line) }
        return seen
    }

    /// The input location of the Unicode scalar at `offset` in `text`.
    public func location(ofTextOffset offset: Int) -> SourceLocation {
        locations(ofTextOffsets: [offset])[0]
    }

    /// The input locations of the Unicode scalars at `offsets` (ascending) in `text`, in one pass over the
    /// pieces and their scalars: a long block may hold thousands of pieces, and a long line thousands of findings.
    public func locations(ofTextOffsets offsets: [Int]) -> [SourceLocation] {
        let textPieces = pieces.filter { $0.role == .text }
        var results: [SourceLocation] = []
        var current = -1
        // Within the current piece: how many scalars and bytes have been walked past, and what is left.
        var walked = (scalars: 0, bytes: 0)
        var remaining = Substring.UnicodeScalarView()
        for offset in offsets {
            while current + 1 < textPieces.count, (textPieces[current + 1].textOffset ?? Int.max) <= offset {
                current += 1
                walked = (0, 0)
                remaining = Substring(textPieces[current].text).unicodeScalars
            }
            guard current >= 0, let start = textPieces[current].textOffset else {
                results.append(location)
                continue
            }
            while walked.scalars < offset - start, let scalar = remaining.first {
                walked = (walked.scalars + 1, walked.bytes + UTF8.width(scalar))
                remaining.removeFirst()
            }
            results.append(textPieces[current].location.advanced(by: offset - start, bytes: walked.bytes))
        }
        return results
    }
}

/// A footnote call inside a block: `<sup>2</sup>` or `²`.
public struct FootnoteCall: Sendable, Hashable {
    public var number: Int
    /// Position in the block's `text`, in Unicode scalars: the call follows the scalar before it.
    public var textOffset: Int
    public var location: SourceLocation

    public init(number: Int, textOffset: Int, location: SourceLocation) {
        self.number = number
        self.textOffset = textOffset
        self.location = location
    }
}

/// Where a marked block sits in its list, as the structure stage inferred it.
public struct ListPosition: Sendable, Hashable {
    /// Identifies the list within the document (lists are numbered in order of their first item).
    public var listID: Int
    /// 0 for top-level numbered paragraphs, 1 for their subparagraphs, and so on.
    public var level: Int
    /// Index in `Document.blocks` of the item or paragraph this list hangs from.
    public var parent: Int?
    /// The style the list set with its first item.
    public var style: MarkerStyle
    /// The ordinal this position calls for: one more than the list's last item.
    public var expectedOrdinal: Int
    /// `expectedOrdinal` written in the list's style, `(九)`.
    public var expectedMarker: String
    /// The list started again at its first marker without a heading in between.
    public var isRestart: Bool
}
