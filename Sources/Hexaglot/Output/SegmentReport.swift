/// A document's segments with their locations, for `hexaglot segment`.
public struct SegmentReport: Sendable, Codable {
    public struct Item: Sendable, Codable {
        public var id: Int
        public var line: Int
        public var column: Int
        public var kind: String?
        public var marker: String?
        /// Ordinals of the segment's clause in the document's lists, outermost first.
        public var clause: [Int]?
        public var footnoteCalls: [Int]?
        public var text: String
    }

    public var path: String
    public var language: String
    public var unit: String
    public var segments: [Item]

    public init(_ segmented: SegmentedDocument) {
        path = segmented.path
        language = segmented.language.code
        unit = segmented.unit.rawValue
        segments = segmented.segments.map { segment in
            Item(
                id: segment.id,
                line: segment.location.line,
                column: segment.location.column,
                kind: segment.kind?.rawValue,
                marker: segment.marker,
                clause: segment.clausePath.isEmpty ? nil : segment.clausePath,
                footnoteCalls: segment.footnoteCalls.isEmpty ? nil : segment.footnoteCalls,
                text: segment.text
            )
        }
    }

    public func json() throws -> String { try JSONOutput.text(self) }

    /// One segment a line: `path:line:column: [id] text`, footnote calls as `[^n]`.
    public func text() -> String {
        var lines: [String] = []
        lines.reserveCapacity(segments.count)
        for item in segments {
            var text = [item.marker, item.text.isEmpty ? nil : item.text].compactMap { $0 }.joined(separator: " ")
            for call in item.footnoteCalls ?? [] { text += " [^\(call)]" }
            lines.append("\(path):\(item.line):\(item.column): [\(item.id)] \(text)")
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }
}
