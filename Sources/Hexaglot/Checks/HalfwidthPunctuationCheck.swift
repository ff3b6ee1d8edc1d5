/// Finds half-width punctuation (`,` `;` `:`) written right after a Chinese character, where UN Chinese uses
/// the full-width forms (`，` `；` `：`); the language file lists the marks. Reports one finding a block, at
/// the first such mark, with the count.
public struct HalfwidthPunctuationCheck: DocumentCheck {
    static let halfwidth = Rule("text.halfwidth-punctuation", .warning, "Half-width punctuation after Chinese text.")

    public static let rules = [halfwidth]

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        let marks = document.language.halfwidthPunctuation
        guard !marks.isEmpty else { return [] }
        var findings: [Finding] = []
        for block in document.blocks {
            var first: (offset: Int, mark: Character)?
            var count = 0
            var previousIsIdeograph = false
            for (offset, scalar) in block.text.unicodeScalars.enumerated() {
                if previousIsIdeograph, let full = marks[Character(scalar)] {
                    count += 1
                    if first == nil { first = (offset, full) }
                }
                previousIsIdeograph = scalar.properties.isIdeographic
            }
            guard let first, let found = block.text.unicodeScalars.dropFirst(first.offset).first else { continue }
            let more = count > 1 ? " (\(count) half-width marks in this paragraph)" : ""
            findings.append(
                Self.halfwidth.finding(
                    in: document,
                    at: block.location(ofTextOffset: first.offset),
                    "half-width \(found) after Chinese text; UN Chinese uses \(first.mark)\(more)",
                    expected: String(first.mark),
                    found: String(found)
                )
            )
        }
        return findings
    }
}
