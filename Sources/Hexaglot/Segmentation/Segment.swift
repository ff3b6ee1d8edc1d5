/// A sentence or clause of a document: the unit the aligner lines up.
public struct Segment: Sendable, Hashable {
    /// 0-based position in the document's segment list: text in reading order, then footnote bodies by number.
    public var id: Int
    /// The segment's text, without the block's marker and footnote call numbers, trimmed.
    public var text: String
    /// The block's marker (`(a)`, `3.`), on the block's first segment only.
    public var marker: String?
    /// Index of the block in `Document.blocks`; nil for pre-segmented input.
    public var block: Int?
    public var kind: Block.Kind?
    /// Where the segment lies in its block's text, in Unicode scalars.
    public var range: Range<Int>
    /// Where the segment starts in the input.
    public var location: SourceLocation
    /// Numbers of the footnotes called in this segment.
    public var footnoteCalls: [Int]
    /// Where each call of `footnoteCalls` sits in `text`, in Unicode scalars: the call follows the scalar
    /// before that offset (0 when the call opens the segment).
    public var footnoteCallOffsets: [Int]
    /// The position of the segment's block in the document's lists, as ordinals from the outermost list
    /// (`[3, 2]` for 3 (b)), language-independent; empty outside lists.
    public var clausePath: [Int]

    public init(
        id: Int,
        text: String,
        marker: String? = nil,
        block: Int? = nil,
        kind: Block.Kind? = nil,
        range: Range<Int>,
        location: SourceLocation,
        footnoteCalls: [Int] = [],
        footnoteCallOffsets: [Int]? = nil,
        clausePath: [Int] = []
    ) {
        self.id = id
        self.text = text
        self.marker = marker
        self.block = block
        self.kind = kind
        self.range = range
        self.location = location
        self.footnoteCalls = footnoteCalls
        self.footnoteCallOffsets = footnoteCallOffsets ?? footnoteCalls.map { _ in text.unicodeScalars.count }
        self.clausePath = clausePath
    }

    /// The text as a reader sees it, with the marker: `(a) Recalls…`.
    public var displayText: String {
        guard let marker else { return text }
        return text.isEmpty ? marker : marker + " " + text
    }
}

/// How finely documents are cut for alignment.
public enum SegmentUnit: String, Sendable, CaseIterable {
    /// Sentences, as ICU finds them and the language data tailors them.
    case sentence
    /// Sentences cut further after clause terminators (`；`, `;`, and `:` before an inline list).
    case clause
    /// As the input came: one segment a line.
    case presegmented
}

/// A document cut into segments.
public struct SegmentedDocument: Sendable {
    public var document: Document
    public var unit: SegmentUnit
    public var segments: [Segment]

    public init(document: Document, unit: SegmentUnit, segments: [Segment]) {
        self.document = document
        self.unit = unit
        self.segments = segments
    }

    public var path: String { document.path }
    public var language: Language { document.language }
}
