/// Finds half-width punctuation (`,` `;` `:`) written right after a Chinese character, where UN Chinese uses
/// the full-width forms (`，` `；` `：`); the language file lists the marks.
///
/// A stray mark among full-width ones is a slip to fix where it is: one finding a paragraph, at the first mark,
/// with the count. A text that uses the half-width forms more often than the full-width ones (a web copy whose
/// converter replaced them all) calls for one search-and-replace, not a finding on every paragraph: it gets a
/// single finding at the first mark, with the totals.
public struct HalfwidthPunctuationCheck: DocumentCheck {
    static let halfwidth = Rule("text.halfwidth-punctuation", .warning, "Half-width punctuation after Chinese text.")

    public static let rules = [halfwidth]

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        let marks = document.language.halfwidthPunctuation
        guard !marks.isEmpty else { return [] }
        // Looked up by scalar, in a bit set first: every character of the document is asked about.
        let fullForms = ScalarSet(marks.values.flatMap(\.unicodeScalars))
        var halfForms: [Unicode.Scalar: Character] = [:]
        for (half, full) in marks where half.unicodeScalars.count == 1 {
            if let scalar = half.unicodeScalars.first { halfForms[scalar] = full }
        }
        let halfSet = ScalarSet(halfForms.keys)
        var places: [Place] = []
        var fullWidthCount = 0
        for (index, block) in document.blocks.enumerated() {
            var place: Place?
            var previousIsIdeograph = false
            for (offset, scalar) in block.text.unicodeScalars.enumerated() {
                if fullForms.contains(scalar) { fullWidthCount += 1 }
                if previousIsIdeograph, halfSet.contains(scalar), let full = halfForms[scalar] {
                    if place == nil {
                        place = Place(block: index, offset: offset, found: Character(scalar), expected: full, count: 0)
                    }
                    place?.count += 1
                }
                previousIsIdeograph = ScalarClass.isIdeographic(scalar)
            }
            if let place { places.append(place) }
        }
        let halfWidthCount = places.reduce(0) { $0 + $1.count }
        if places.count > 1, halfWidthCount > fullWidthCount, let first = places.first {
            let expected = Set(places.map(\.expected)).sorted().map(String.init).joined(separator: " ")
            return [
                finding(
                    document, first,
                    "half-width punctuation throughout: \(halfWidthCount) marks after Chinese text in "
                        + "\(places.count) paragraphs, against \(fullWidthCount) full-width; UN Chinese uses "
                        + expected)
            ]
        }
        return places.map { place in
            let more = place.count > 1 ? " (\(place.count) half-width marks in this paragraph)" : ""
            return finding(
                document, place,
                "half-width \(place.found) after Chinese text; UN Chinese uses \(place.expected)\(more)")
        }
    }

    /// The first half-width mark of a paragraph and how many it has.
    private struct Place {
        var block: Int
        var offset: Int
        var found: Character
        var expected: Character
        var count: Int
    }

    private func finding(_ document: Document, _ place: Place, _ message: String) -> Finding {
        Self.halfwidth.finding(
            in: document,
            at: document.blocks[place.block].location(ofTextOffset: place.offset),
            message,
            expected: String(place.expected),
            found: String(place.found)
        )
    }
}
