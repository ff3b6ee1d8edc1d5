/// Finds list items run into the paragraph before them, as web copies and careless retyping leave them:
/// `…paragraph 3 of this article. (a) To ensure…`, or several items in one paragraph, `(a) Genocide;
/// (b) Conspiracy to commit genocide; (c) …`. Each such item becomes a block of its own, marked `isRunIn`,
/// so that the list reads as a person reads it and the items after it are not misplaced; the numbering check
/// reports the run-in once.
///
/// A marker inside a paragraph is a run-in item only when all of these hold: it follows the end of a sentence
/// or clause (`.` `;` `:` `。` `；` `：`); the text after it starts as an item does (in lower case only after
/// `;`, as Russian, French and Spanish items start); and the
/// list shows it is an item: it continues the marker before it in the paragraph, or it is a first marker that
/// the next marker (in the paragraph or on the next line) continues. References (`paragraph 2 (a)`) and
/// enumerations inside a sentence (`three areas: (a) health, (b) education`) fail one of these.
struct RunInSplitter {
    let markers: MarkerReader

    private static let clauseEnds: Set<Unicode.Scalar> = [".", ";", ":", "。", "；", "：", "!", "?", "！", "？"]
    /// Full-width marks end a clause without a space after them.
    private static let ideographicEnds: Set<Unicode.Scalar> = ["。", "；", "："]
    /// In scripts without case, an item's text is this long at least: `(a) 卫生，` inside a sentence is not.
    private static let uncasedItemMinimum = 8

    func split(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        for (index, block) in blocks.enumerated() {
            guard block.kind == .paragraph || block.kind == .preamble, block.text.unicodeScalars.count > 6 else {
                result.append(block)
                continue
            }
            let nextMarker = blocks[(index + 1)...].lazy.filter {
                $0.kind != .footnoteBody && $0.kind != .note
            }.first?.marker
            let cuts = runInMarkers(in: block, nextMarker: nextMarker)
            guard !cuts.isEmpty else {
                result.append(block)
                continue
            }
            var rest = block
            var consumed = 0
            var pieces: [Block] = []
            for cut in cuts {
                guard
                    let (head, tail) = rest.split(
                        at: cut.offset - consumed, markerLength: cut.length, marker: cut.marker)
                else { break }
                pieces.append(head)
                consumed += (rest.text.unicodeScalars.count - tail.text.unicodeScalars.count)
                rest = tail
            }
            result += pieces
            result.append(rest)
        }
        return result
    }

    private typealias Cut = (offset: Int, length: Int, marker: ListMarker, isLowercase: Bool)

    /// The run-in markers of `block`, in order.
    private func runInMarkers(in block: Block, nextMarker: ListMarker?) -> [Cut] {
        let scalars = Array(block.text.unicodeScalars)
        var candidates: [Cut] = []
        for offset in 1..<scalars.count where Self.mayOpenItem(scalars, at: offset) {
            guard let (marker, length) = markers.read(scalars[offset...]), marker.delimiter != "x" else { continue }
            var after = offset + length
            while after < scalars.count, scalars[after].properties.isWhitespace { after += 1 }
            guard after < scalars.count else { continue }
            // An item in lower case (`; ii) представление…`, French and Spanish items too) only after `;`: after
            // `:` or `.` it is a reference or an enumeration inside the sentence.
            let isLowercase = scalars[after].properties.isLowercase
            if isLowercase, !Self.followsSemicolon(scalars, at: offset) { continue }
            candidates.append((offset, length, marker, isLowercase))
        }
        guard !candidates.isEmpty else { return [] }
        var accepted: [Cut] = []
        var previous = block.marker
        for (position, candidate) in candidates.enumerated() {
            let following = position + 1 < candidates.count ? candidates[position + 1].marker : nextMarker
            let continuesPrevious = previous.map { Self.follows(candidate.marker, after: $0) } ?? false
            let opensList =
                candidate.marker.readings.contains { $0.ordinal == 1 }
                && following.map { Self.follows($0, after: candidate.marker) } == true
            guard continuesPrevious || opensList else { continue }
            let end = position + 1 < candidates.count ? candidates[position + 1].offset : scalars.count
            let itemText = scalars[(candidate.offset + candidate.length)..<end]
            if !itemText.contains(where: { $0.properties.isUppercase || $0.properties.isLowercase }),
                itemText.filter({ !$0.properties.isWhitespace }).count < Self.uncasedItemMinimum
            {
                continue
            }
            accepted.append(candidate)
            previous = candidate.marker
        }
        // One part in lower case after `;` is a compound item (`5.a.1 a) Proportion…; b) proportion…`, as the SDG
        // indicators are laid out); several are subparagraphs run together.
        if accepted.count == 1, accepted[0].isLowercase { return [] }
        return accepted
    }

    /// Whether a marker may start at `offset`: after a clause's end and a space, or right after `。` `；` `：`.
    private static func mayOpenItem(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        let first = scalars[offset]
        guard
            first.properties.isAlphabetic || first.properties.numericType != nil || "(（".unicodeScalars.contains(first)
        else { return false }
        if ideographicEnds.contains(scalars[offset - 1]) { return true }
        guard scalars[offset - 1].properties.isWhitespace, offset >= 2 else { return false }
        var end = offset - 1
        while end > 0, scalars[end].properties.isWhitespace { end -= 1 }
        return clauseEnds.contains(scalars[end])
    }

    private static func followsSemicolon(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        var end = offset - 1
        while end > 0, scalars[end].properties.isWhitespace { end -= 1 }
        return scalars[end] == ";" || scalars[end] == "；"
    }

    /// `next` is the marker after `marker` in one list: same delimiter, the next position in a family both share.
    static func follows(_ next: ListMarker, after marker: ListMarker) -> Bool {
        guard next.delimiter == marker.delimiter else { return false }
        return marker.readings.contains { reading in
            next.readings.contains { $0.family == reading.family && $0.ordinal == reading.ordinal + 1 }
        }
    }
}
