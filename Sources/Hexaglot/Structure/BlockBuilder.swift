/// Gathers scanned lines into blocks: one block a line, except that a clause split by a page break (its
/// halves separated by footnote bodies, a rule or page numbers) or wrapped onto a line that starts in lower case
/// becomes one block again.
struct BlockBuilder {
    let language: Language
    let format: InputFormat
    let catalog: LanguageCatalog
    /// Whether the text was hard-wrapped (PDF conversion), so that a line starting in lower case continues the
    /// one before; in a web copy every line is a paragraph of its own.
    let reflow: Reflow
    private(set) var blocks: [Block] = []
    private(set) var debris: [SourcePiece] = []
    /// Rules a reviser has accepted, by the input line they were accepted for (`AcceptDirective`).
    private(set) var acceptedRules: [Int: Set<String>] = [:]
    /// Rules of directive lines read, waiting for the next line of text.
    private var pendingAcceptance: Set<String> = []
    /// The last paragraph or item, which the next line may continue after a page break.
    private var lastTextBlock: Int?
    /// Unicode scalars in the text of `lastTextBlock`, so joining never counts them again.
    private var lastTextScalarCount = 0
    /// The input line `lastTextBlock` ends on (kept: a block's `lines` walks all its pieces).
    private var lastTextLine = 0
    /// Footnote bodies or a rule since `lastTextBlock`: the evidence of a page bottom in between.
    private var pageBreakSinceLastText = false
    private var hasContent = false

    /// Headings are short: `Article 12`, `第十二条`, a title.
    private static let headingMaximumLength = 120

    /// The last ordinal seen in each style (delimiter and family) of marker, for telling an item from a number
    /// that a wrapped line starts with.
    private var lastOrdinals: [String: Int] = [:]

    /// Document-symbol lines seen so far: the first is the masthead, a repeat is a running header.
    private var symbolLines: Set<String> = []

    /// Page debris is short: `18-17442 (C)  3/7`.
    private static let debrisMaximumLength = 40

    init(language: Language, format: InputFormat, catalog: LanguageCatalog, reflow: Reflow) {
        self.language = language
        self.format = format
        self.catalog = catalog
        self.reflow = reflow
    }

    mutating func add(_ line: ScannedLine) {
        if case .content = line.kind, line.marker == nil, let rules = AcceptDirective.rules(in: line.text) {
            debris.append(
                contentsOf: line.pieces.map { SourcePiece(role: .markup, text: $0.text, location: $0.location) })
            pendingAcceptance.formUnion(rules)
            return
        }
        if !pendingAcceptance.isEmpty, !line.text.isEmpty {
            acceptedRules[line.number, default: []].formUnion(pendingAcceptance)
            pendingAcceptance = []
        }
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
            if isPageDebris(line) {
                debris.append(
                    contentsOf: line.pieces.map { SourcePiece(role: .markup, text: $0.text, location: $0.location) })
                pageBreakSinceLastText = true
                return
            }
            // A clause goes on across a page break, or across a hard line break when the next line starts in
            // lower case (a wrapped line, which may follow a comma).
            // Chinese has no lower case: in wrapped Chinese text a line goes on wherever the one before stopped
            // without closing punctuation.
            let isWrapped =
                (reflow.isHardWrapped || reflow.wrappedLines.contains(line.number))
                && (startsInLowerCase(line) || line.text.unicodeScalars.first?.properties.isIdeographic == true)
            if let last = lastTextBlock, line.innerMarker == nil, goesOnFromFullLine(last), !isHeading(line),
                !(line.marker.map(mayBeItem) ?? false)
            {
                var continuation = line
                continuation.demoteMarker()
                join(continuation, into: last)
                pageBreakSinceLastText = false
                return
            }
            if line.marker == nil, let last = lastTextBlock, !line.text.isEmpty, !isHeading(line),
                isMarkerAlone(blocks[last])
                    || (pageBreakSinceLastText || isWrapped)
                        && (continues(blocks[last])
                            || isWrapped && blocks[last].text.last == "," && !isAssemblyOpener(blocks[last]))
            {
                join(line, into: last)
                pageBreakSinceLastText = false
                return
            }
            let kind = kind(of: line)
            if let inner = line.innerMarker, let split = line.innerMarkerPieceIndex {
                // `B. (1) For the purposes…`: the outer item holds its marker only; the sublist item the text.
                var outer = line
                outer.pieces = Array(line.pieces[..<split])
                outer.text = ""
                outer.calls = []
                outer.textScalarCount = 0
                append(outer, kind: .paragraph)
                var item = line
                item.marker = inner
                item.pieces = Array(line.pieces[split...])
                append(item, kind: .paragraph)
            } else {
                append(line, kind: kind)
            }
            lastTextBlock = kind == .paragraph ? blocks.count - 1 : nil
            lastTextScalarCount = line.textScalarCount
            lastTextLine = line.number
            pageBreakSinceLastText = false
        }
    }

    func finish() -> [Block] { blocks }

    private mutating func append(_ line: ScannedLine, kind: Block.Kind) {
        for marker in [line.marker, line.innerMarker].compactMap({ $0 }) {
            for reading in marker.readings { lastOrdinals[marker.delimiter + reading.family] = reading.ordinal }
        }
        var block = Block(kind: kind, text: line.text, marker: line.marker, calls: line.calls, pieces: line.pieces)
        for index in block.pieces.indices
        where block.pieces[index].role == .text && block.pieces[index].textOffset == nil {
            block.pieces[index].textOffset = 0
        }
        blocks.append(block)
        hasContent = true
    }

    private func kind(of line: ScannedLine) -> Block.Kind {
        // `* Reissued for technical reasons…`: an asterisk and a space (`*Recalling*` is emphasis, not a note).
        if line.marker == nil, line.text.hasPrefix("* ") || line.text.hasPrefix("*\u{00A0}") { return .note }
        if isHeading(line) { return .heading }
        // A plain-text document opens with its title: a short first line with no closing punctuation.
        if format == .plain, !hasContent, line.marker == nil, line.textScalarCount <= Self.headingMaximumLength,
            let last = line.text.last, !language.paragraphEndings.contains(last)
        {
            return .heading
        }
        return .paragraph
    }

    /// A page number, job number, barcode or repeated document symbol alone on its line.
    private mutating func isPageDebris(_ line: ScannedLine) -> Bool {
        guard line.marker == nil, line.calls.isEmpty, line.textScalarCount <= Self.debrisMaximumLength else {
            return false
        }
        if catalog.pageDebris.contains(where: { $0.matches(line.text) }) { return true }
        guard let symbol = catalog.documentSymbol.allMatches(in: line.text).first,
            symbol.count + 1 >= line.text.count
        else { return false }
        return !symbolLines.insert(line.text.trimmingSuffix("*")).inserted
    }

    private func isHeading(_ line: ScannedLine) -> Bool {
        line.marker == nil && line.textScalarCount <= Self.headingMaximumLength && language.isHeading(line.text)
    }

    /// `The General Assembly,` stands on a line of its own in every language version, lower case after it or not.
    private func isAssemblyOpener(_ block: Block) -> Bool {
        block.text.utf8.count < 240 && language.assemblyOpeners.contains { $0.matches(block.text) }
    }

    private func startsInLowerCase(_ line: ScannedLine) -> Bool {
        line.text.unicodeScalars.first?.properties.isLowercase ?? false
    }

    /// In hard-wrapped text, a block whose last line fills the width and stops short of a sentence's or clause's
    /// end goes on in the next line.
    private func goesOnFromFullLine(_ block: Int) -> Bool {
        guard reflow.isHardWrapped, reflow.fullLines.contains(lastTextLine),
            let last = blocks[block].text.unicodeScalars.last
        else { return false }
        let character = Character(last)
        return !language.sentenceTerminators.contains(character) && !language.clauseTerminators.contains(character)
    }

    /// Whether `marker` may open a list or go on from the last marker of its style: `1.` after a wrapped title is
    /// an item, `85.` after `…Articles 83 and` is not.
    private func mayBeItem(_ marker: ListMarker) -> Bool {
        marker.readings.contains { reading in
            reading.ordinal == 1 || lastOrdinals[marker.delimiter + reading.family] == reading.ordinal - 1
        }
    }

    /// A number alone on its line (`2.` above its text, as treaty web pages lay paragraphs out): its text follows.
    private func isMarkerAlone(_ block: Block) -> Bool {
        block.marker != nil && block.text.isEmpty
    }

    /// A paragraph that stops without closing punctuation goes on after the page break.
    private func continues(_ block: Block) -> Bool {
        guard let last = block.text.last else { return false }
        return !language.paragraphEndings.contains(last)
            && !language.paragraphEndingSuffixes.contains(where: block.text.hasSuffix) && !isInCapitals(block.text)
    }

    /// A line in capitals (`AND FOR THESE ENDS`, `Y CON TALES FINALIDADES`) is a heading of its own: the text in
    /// lower case after it does not continue it, though it ends in no punctuation.
    private func isInCapitals(_ text: String) -> Bool {
        var capitals = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isLowercase { return false }
            if scalar.properties.isUppercase { capitals += 1 }
        }
        return capitals >= 3
    }

    private mutating func join(_ line: ScannedLine, into index: Int) {
        // Chinese runs on without a space; alphabetic scripts had a line break, which reads as a space.
        let isIdeographic = { (scalar: Unicode.Scalar?) in scalar?.properties.isIdeographic ?? false }
        let separator =
            blocks[index].text.isEmpty || isIdeographic(blocks[index].text.unicodeScalars.last)
                || isIdeographic(line.text.unicodeScalars.first)
            ? "" : " "
        let base = lastTextScalarCount + separator.unicodeScalars.count
        // In place: a copy of the block would copy its pieces on every join, quadratic over a long wrapped text.
        blocks[index].text += separator + line.text
        for var piece in line.pieces {
            if piece.role == .text { piece.textOffset = (piece.textOffset ?? 0) + base }
            blocks[index].pieces.append(piece)
        }
        for var call in line.calls {
            call.textOffset += base
            blocks[index].calls.append(call)
        }
        lastTextScalarCount = base + line.textScalarCount
        lastTextLine = line.number
    }
}

extension String {
    /// The string without trailing `character`s.
    func trimmingSuffix(_ character: Character) -> String {
        var result = self
        while result.last == character { result.removeLast() }
        return result
    }
}
