/// Gathers scanned lines into blocks: one block a line, except that a clause split by a page break (its
/// halves separated by footnote bodies or a rule) becomes one block again.
struct BlockBuilder {
    let language: Language
    let format: InputFormat
    private(set) var blocks: [Block] = []
    private(set) var debris: [SourcePiece] = []
    /// The last paragraph or item, which the next line may continue after a page break.
    private var lastTextBlock: Int?
    /// Footnote bodies or a rule since `lastTextBlock`: the evidence of a page bottom in between.
    private var pageBreakSinceLastText = false
    private var hasContent = false

    /// Headings are short: `Article 12`, `第十二条`, a title.
    private static let headingMaximumLength = 120

    init(language: Language, format: InputFormat) {
        self.language = language
        self.format = format
    }

    mutating func add(_ line: ScannedLine) {
        switch line.kind {
        case .blank:
            return
        case .rule:
            debris.append(contentsOf: line.pieces)
            pageBreakSinceLastText = true
        case .footnoteBody(let number):
            blocks.append(
                Block(
                    kind: .footnoteBody, text: line.text, footnoteNumber: number, calls: line.calls, pieces: line.pieces
                ))
            pageBreakSinceLastText = true
        case .heading:
            append(line, kind: .heading)
            lastTextBlock = nil
        case .content:
            if line.marker == nil, pageBreakSinceLastText, let last = lastTextBlock, continues(blocks[last]),
                !line.text.isEmpty, !isHeading(line)
            {
                join(line, into: last)
                pageBreakSinceLastText = false
                return
            }
            let kind = kind(of: line)
            append(line, kind: kind)
            lastTextBlock = kind == .paragraph ? blocks.count - 1 : nil
            pageBreakSinceLastText = false
        }
    }

    func finish() -> [Block] { blocks }

    private mutating func append(_ line: ScannedLine, kind: Block.Kind) {
        var block = Block(kind: kind, text: line.text, marker: line.marker, calls: line.calls, pieces: line.pieces)
        for index in block.pieces.indices
        where block.pieces[index].role == .text && block.pieces[index].textOffset == nil {
            block.pieces[index].textOffset = 0
        }
        blocks.append(block)
        hasContent = true
    }

    private func kind(of line: ScannedLine) -> Block.Kind {
        if line.marker == nil, line.text.hasPrefix("*"), !line.text.hasPrefix("**") { return .note }
        if isHeading(line) { return .heading }
        // A plain-text document opens with its title: a short first line with no closing punctuation.
        if format == .plain, !hasContent, line.marker == nil, line.textScalarCount <= Self.headingMaximumLength,
            let last = line.text.last, !language.paragraphEndings.contains(last)
        {
            return .heading
        }
        return .paragraph
    }

    private func isHeading(_ line: ScannedLine) -> Bool {
        line.marker == nil && line.textScalarCount <= Self.headingMaximumLength && language.isHeading(line.text)
    }

    /// A paragraph that stops without closing punctuation goes on after the page break.
    private func continues(_ block: Block) -> Bool {
        guard let last = block.text.last else { return false }
        return !language.paragraphEndings.contains(last)
    }

    private mutating func join(_ line: ScannedLine, into index: Int) {
        var block = blocks[index]
        // Chinese runs on without a space; alphabetic scripts had a line break, which reads as a space.
        let isIdeographic = { (character: Character?) in
            character?.unicodeScalars.first?.properties.isIdeographic ?? false
        }
        let separator = isIdeographic(block.text.last) || isIdeographic(line.text.first) ? "" : " "
        let base = block.text.unicodeScalars.count + separator.unicodeScalars.count
        block.text += separator + line.text
        for var piece in line.pieces {
            if piece.role == .text { piece.textOffset = (piece.textOffset ?? 0) + base }
            block.pieces.append(piece)
        }
        for var call in line.calls {
            call.textOffset += base
            block.calls.append(call)
        }
        blocks[index] = block
    }
}
