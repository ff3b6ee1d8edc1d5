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
        var text = source.text
        // Cut on the bytes: a line is a run of UTF-8 between line feeds, its scalars counted as the bytes that
        // start one (the generic `split` and scalar counting were a tenth of a pre-segmented alignment).
        let segments = text.withUTF8 { bytes -> [Segment] in
            var segments: [Segment] = []
            var lineStart = 0
            var index = 0
            func addLine(endingAt end: Int) {
                var last = end
                if last > lineStart, bytes[last - 1] == UInt8(ascii: "\r") { last -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<last])
                let scalars = line.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                segments.append(
                    Segment(
                        id: segments.count,
                        text: String(decoding: line, as: UTF8.self),
                        range: 0..<scalars,
                        location: SourceLocation(line: segments.count + 1, column: 1, byteOffset: lineStart)
                    ))
            }
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\n") {
                    addLine(endingAt: index)
                    lineStart = index + 1
                }
                index += 1
            }
            // A final line break ends the last line; it does not start an empty segment.
            if lineStart < bytes.count { addLine(endingAt: bytes.count) }
            return segments
        }
        let count = segments.count
        let document = Document(
            path: path, language: language, encoding: source.encoding, format: .plain, symbol: nil, blocks: [],
            debris: [], lineCount: count)
        return SegmentedDocument(document: document, unit: .presegmented, segments: segments)
    }
}
