/// What Hexaglot understood of a document: its blocks with kind, marker, level and location.
public struct StructureReport: Sendable, Codable {
    public struct Call: Sendable, Codable {
        public var number: Int
        public var line: Int
        public var column: Int
    }

    public struct Item: Sendable, Codable {
        public var index: Int
        public var kind: String
        public var line: Int
        public var column: Int
        /// Every input line the block was made from; more than one when a page break split it.
        public var lines: [Int]
        public var marker: String?
        public var family: String?
        public var ordinal: Int?
        public var level: Int?
        public var list: Int?
        public var parent: Int?
        /// The marker the block's position calls for, when it differs from the one written.
        public var expected: String?
        /// In a Word document, where the marker came from: `auto: list definition 3 (w:num 5), level 1,
        /// chineseCounting` (Word drew it from its list definitions) or `typed` (written in the text).
        public var markerSource: String?
        public var footnote: Int?
        public var calls: [Call]?
        public var text: String
    }

    public var path: String
    public var language: String
    public var encoding: String
    public var format: String
    public var symbol: String?
    /// Whether lines starting in lower case were joined to the line before (`hard-wrapped`), and why.
    public var wrapping: String
    public var blocks: [Item]

    public init(document: Document) {
        path = document.path
        language = document.language.code
        encoding = document.encoding
        format = document.format.rawValue
        symbol = document.symbol
        wrapping = document.reflow.reason
        blocks = document.blocks.enumerated().map { index, block in
            let expected = block.list.flatMap { position in
                block.marker?.raw == position.expectedMarker ? nil : position.expectedMarker
            }
            return Item(
                index: index,
                kind: block.kind.rawValue,
                line: block.location.line,
                column: block.location.column,
                lines: block.lines,
                marker: block.marker?.raw,
                family: block.marker?.family,
                ordinal: block.marker?.ordinal,
                level: block.list?.level,
                list: block.list?.listID,
                parent: block.list?.parent,
                expected: expected,
                markerSource: block.marker == nil || document.encoding != "DOCX"
                    ? nil
                    : document.automaticMarkers[block.location.line].map { "auto: \($0.description)" } ?? "typed",
                footnote: block.footnoteNumber,
                calls: block.calls.isEmpty
                    ? nil
                    : block.calls.map { Call(number: $0.number, line: $0.location.line, column: $0.location.column) },
                text: block.text
            )
        }
    }

    /// One block a line: `line:column`, kind, level and marker, then the text with footnote calls as `[n]`.
    public func text(document: Document) -> String {
        var output =
            "\(path): \(language), \(encoding), \(format)\(symbol.map { ", symbol \($0)" } ?? ""), \(blocks.count) blocks\n"
            + "lines: \(wrapping)\n"
        for (item, block) in zip(blocks, document.blocks) {
            let place =
                item.lines.count > 1
                ? "\(item.line):\(item.column) (lines \(item.lines.map(String.init).joined(separator: ", ")))"
                : "\(item.line):\(item.column)"
            var head = "\(place) \(item.kind)"
            if let level = item.level { head += " L\(level)" }
            if let marker = item.marker { head += " \(marker)" }
            if let expected = item.expected { head += " (position calls for \(expected))" }
            if let source = item.markerSource { head += " [\(source)]" }
            if let footnote = item.footnote { head += " [\(footnote)]" }
            output += "\(head)  \(Self.withCalls(block))\n"
        }
        return output
    }

    /// The block's text with each footnote call shown as `[n]` where it stands.
    private static func withCalls(_ block: Block) -> String {
        guard !block.calls.isEmpty else { return block.text }
        var result = ""
        var calls = block.calls.sorted { $0.textOffset < $1.textOffset }[...]
        for (offset, scalar) in block.text.unicodeScalars.enumerated() {
            while let call = calls.first, call.textOffset == offset {
                result += "[\(call.number)]"
                calls.removeFirst()
            }
            result.unicodeScalars.append(scalar)
        }
        for call in calls { result += "[\(call.number)]" }
        return result
    }

    public func json() throws -> String {
        try JSONOutput.text(self)
    }
}
