/// Reads pre-segmented input, the format of published alignment test sets: line i of the file is segment
/// i − 1, empty lines included, nothing re-segmented.
public struct PresegmentedReader: Sendable {
    public let loader: DocumentLoader

    public init(loader: DocumentLoader) {
        self.loader = loader
    }

    public func read(_ path: String, languageCode: String? = nil) throws -> SegmentedDocument {
        let source = try loader.reader.read(path)
        let language = try loader.language(of: source, code: languageCode)
        var segments: [Segment] = []
        var byteOffset = 0
        let lines = source.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        // A final line break ends the last line; it does not start an empty segment.
        let count = lines.last?.isEmpty == true ? lines.count - 1 : lines.count
        segments.reserveCapacity(count)
        for (index, line) in lines.prefix(count).enumerated() {
            var text = Substring(line)
            if text.utf8.last == UInt8(ascii: "\r") { text = Substring(text.utf8.dropLast()) }
            let string = String(text)
            segments.append(
                Segment(
                    id: index,
                    text: string,
                    range: 0..<string.unicodeScalars.count,
                    location: SourceLocation(line: index + 1, column: 1, byteOffset: byteOffset)
                ))
            byteOffset += line.count + 1
        }
        let document = Document(
            path: path, language: language, encoding: source.encoding, format: .plain, symbol: nil, blocks: [],
            debris: [], lineCount: count)
        return SegmentedDocument(document: document, unit: .presegmented, segments: segments)
    }
}
