/// A document parsed into blocks: read once, everything downstream reads this value.
public struct Document: Sendable {
    /// The path the document was read from (`-` for standard input).
    public var path: String
    public var language: Language
    public var encoding: String
    public var format: InputFormat
    /// The document symbol found in the masthead (`A/C.1/73/L.27*`), if any.
    public var symbol: String?
    public var blocks: [Block]
    /// Page debris removed by normalisation (`---` rules), kept so the input stays accounted for.
    public var debris: [SourcePiece]
    /// Number of lines in the input.
    public var lineCount: Int
    /// Whether lines starting in lower case were read as the rest of the line before, and why.
    public var reflow: Reflow
    /// In a Word document, where the marker of each automatically numbered line came from (`SourceText`).
    public var automaticMarkers: [Int: AutomaticMarker]
    /// A Word document with tracked changes not yet accepted or rejected.
    public var hasTrackedChanges: Bool
    /// In a PDF, footnote calls glued to the number before them (`SourceText`).
    public var mergedFootnoteCalls: [PdfFootnotes.MergedCall] = []
    /// Rules a reviser has accepted for a line, by line number (`<!-- hexaglot: accept RULE -->` on the line
    /// before): their findings there are not reported.
    public var acceptedRules: [Int: Set<String>] = [:]

    public init(
        path: String,
        language: Language,
        encoding: String,
        format: InputFormat,
        symbol: String?,
        blocks: [Block],
        debris: [SourcePiece],
        lineCount: Int,
        reflow: Reflow = Reflow(isHardWrapped: true, reason: "hard-wrapped", wrappedLines: []),
        automaticMarkers: [Int: AutomaticMarker] = [:],
        hasTrackedChanges: Bool = false
    ) {
        self.automaticMarkers = automaticMarkers
        self.hasTrackedChanges = hasTrackedChanges
        self.path = path
        self.language = language
        self.encoding = encoding
        self.format = format
        self.symbol = symbol
        self.blocks = blocks
        self.debris = debris
        self.lineCount = lineCount
        self.reflow = reflow
    }

    /// Every piece of every block and the debris, in input order.
    public var piecesInInputOrder: [SourcePiece] {
        (blocks.flatMap(\.pieces) + debris).sorted { $0.location.byteOffset < $1.location.byteOffset }
    }
}
