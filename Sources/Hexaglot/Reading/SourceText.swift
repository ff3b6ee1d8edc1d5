/// A document's text as decoded and normalised, before structure.
public struct SourceText: Sendable {
    /// The path it was read from, `-` for standard input.
    public var path: String
    /// The text in NFC, line ends as in the input.
    public var text: String
    /// The encoding it was decoded from: `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `GB18030`, …
    public var encoding: String

    /// A Word document with tracked changes not yet accepted or rejected (read as accepted).
    public var hasTrackedChanges = false
    /// For each line (1-based) of a Word document whose list marker Word computed from its list definitions:
    /// the list definition it came from.
    public var automaticMarkers: [Int: AutomaticMarker] = [:]

    /// In a PDF, footnote calls `pdftotext` glued to a number before them (`20191`: 2019 and call 1).
    public var mergedFootnoteCalls: [PdfFootnotes.MergedCall] = []

    public init(path: String, text: String, encoding: String) {
        self.path = path
        self.text = text
        self.encoding = encoding
    }
}
