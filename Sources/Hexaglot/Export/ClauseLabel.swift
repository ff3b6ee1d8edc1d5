/// Language-independent names for where a block or segment stands in its document, for TMX unit ids and
/// properties and for reports that compare documents.
///
/// A clause path is written the way UN English cites it, whatever the version's own markers: paragraph 1,
/// subparagraph (四) or (d) → `1/(d)`; a third level in Roman numerals, `1/(d)/(ii)`. Outline numbers keep
/// their own form (`1.a` in the SDG targets). Text outside lists is named by kind: the third preambular
/// paragraph `pp3`, footnote 4 `fn4`, anything else by its line, `L17`.
struct ClauseLabel {
    private let document: Document
    private let paths: ClausePaths
    /// The 1-based position of each preambular paragraph among them, by block index.
    private let preambleNumbers: [Int: Int]
    private static let roman = try? ICUNumberFormat(spec: "numbering:en@numbers=romanlow")

    init(_ document: Document) {
        self.document = document
        paths = ClausePaths(document.blocks)
        var numbers: [Int: Int] = [:]
        for index in document.blocks.indices where document.blocks[index].kind == .preamble {
            numbers[index] = numbers.count + 1
        }
        preambleNumbers = numbers
    }

    /// The clause path of `segment`, or nil outside lists.
    func clause(of segment: Segment) -> String? {
        segment.block.flatMap { clause(ofBlock: $0) }
    }

    /// The clause path of block `index`, or nil outside lists.
    func clause(ofBlock index: Int) -> String? {
        let path = paths[index]
        guard !path.isEmpty else { return nil }
        if let marker = document.blocks[index].marker, marker.style.outlineDepth != nil {
            var outline = marker.raw
            while let last = outline.last, last == "." || last == ")" { outline.removeLast() }
            return outline
        }
        return path.enumerated().map { level, ordinal in Self.render(ordinal, level: level) }.joined(separator: "/")
    }

    /// A name for `segment` that is never empty and never holds a space: its clause, footnote, preambular
    /// paragraph or line.
    func name(of segment: Segment) -> String {
        guard let block = segment.block else { return "L\(segment.location.line)" }
        return name(ofBlock: block)
    }

    /// A name for block `index`, as for a segment.
    func name(ofBlock index: Int) -> String {
        let block = document.blocks[index]
        if block.kind == .footnoteBody, let number = block.footnoteNumber { return "fn\(number)" }
        if let clause = clause(ofBlock: index) { return clause.filter { !$0.isWhitespace } }
        if let number = preambleNumbers[index] { return "pp\(number)" }
        return "L\(block.location.line)"
    }

    private static func render(_ ordinal: Int, level: Int) -> String {
        switch level {
        case 0: return String(ordinal)
        case 1: return "(\(letters(ordinal)))"
        case 2: return "(\(roman?.format(ordinal) ?? String(ordinal)))"
        default: return "(\(ordinal))"
        }
    }

    /// a…z, then aa, bb, … as UN lists continue.
    private static func letters(_ ordinal: Int) -> String {
        guard ordinal >= 1 else { return String(ordinal) }
        let letter = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8((ordinal - 1) % 26)))
        return String(repeating: letter, count: (ordinal - 1) / 26 + 1)
    }
}
