/// Finds list items and headings run into the paragraph before them, as web copies, PDF extraction and careless
/// retyping leave them: `…paragraph 3 of this article. (a) To ensure…`, several items in one paragraph
/// (`(a) Genocide; (b) Conspiracy to commit genocide; (c) …`), `…this section. SECTION 3. DECISION-MAKING`.
/// Each becomes a block of its own, so that the list reads as a person reads it and the items after it are not
/// misplaced: a run-in item is marked `isRunIn` (the numbering check reports it once a paragraph); a run-in
/// heading becomes a heading, which ends the lists before it.
///
/// A marker inside a paragraph is a run-in item only when all of these hold: it follows the end of a sentence or
/// clause (`.` `;` `:` `。` `；` `：`, not an abbreviation such as `Mr.`); the text after it starts as an item does
/// (in lower case only after `;`, as Russian, French and Spanish items start); and the list shows it is an item:
/// it continues the marker before it in the paragraph, or it is a first marker that the next marker continues,
/// or (`B. Election of officers` after a full stop) it continues the document's last marker of its style.
/// References (`paragraph 2 (a)`) and enumerations inside a sentence (`three areas: (a) health, (b) education`)
/// fail one of these.
struct RunInSplitter {
    let markers: MarkerReader
    let language: Language

    /// In scripts without case, an item's text is this long at least: `(a) 卫生，` inside a sentence is not.
    private static let uncasedItemMinimum = 10

    /// A place where a marker or heading is run into a block's text.
    private struct Cut {
        var offset: Int
        var length: Int
        /// Nil for a heading (`SECTION 3.`, `Rule 5 Date of meetings`).
        var marker: ListMarker?
        /// An item in lower case, or in a script without case after `：` or `；`: only several such together are
        /// run in (`5.a.1 a) Proportion…; b) proportion…` is one indicator in two parts).
        var isWeak: Bool
        /// After a full stop, starting in upper case: the evidence of a heading-like item (`B. Election…`).
        var isSentenceStart: Bool
    }

    func split(_ blocks: [Block]) -> [Block] {
        let candidates = blocks.map { block -> [Cut] in
            guard block.kind == .paragraph || block.kind == .preamble, block.text.utf8.count > 6 else { return [] }
            return self.candidates(in: block)
        }
        guard candidates.contains(where: { !$0.isEmpty }) else { return blocks }
        let continuesDocument = documentChains(blocks, candidates)
        var cutsByBlock: [Int: [Cut]] = [:]
        for (index, block) in blocks.enumerated() where !candidates[index].isEmpty {
            let nextMarker = blocks[(index + 1)...].lazy.filter {
                $0.kind != .footnoteBody && $0.kind != .note
            }.first?.marker
            let cuts = accepted(candidates[index], of: block, nextMarker: nextMarker) { position in
                continuesDocument.contains(Position(block: index, cut: position))
            }
            if !cuts.isEmpty { cutsByBlock[index] = cuts }
        }
        guard !cutsByBlock.isEmpty else { return blocks }
        var result: [Block] = []
        result.reserveCapacity(blocks.count + cutsByBlock.count)
        for (index, block) in blocks.enumerated() {
            if let cuts = cutsByBlock[index] { result += apply(cuts, to: block) } else { result.append(block) }
        }
        return result
    }

    /// `block` cut at `cuts`, in one pass: a paragraph may hold thousands of run-in items.
    private func apply(_ cuts: [Cut], to block: Block) -> [Block] {
        block.split(at: cuts.map { Block.Cut(offset: $0.offset, length: $0.length, marker: $0.marker) })
    }

    private struct Position: Hashable {
        var block: Int
        var cut: Int
    }

    /// Sentence-start candidates that go on from the document's last marker of their style (line-start markers and
    /// candidates alike), or that the next one of their style goes on from (`B. Election…`, then `C. Modalities…`).
    private func documentChains(_ blocks: [Block], _ candidates: [[Cut]]) -> Set<Position> {
        var stream: [(position: Position?, marker: ListMarker)] = []
        for (index, block) in blocks.enumerated() {
            if let marker = block.marker { stream.append((nil, marker)) }
            for (cut, candidate) in candidates[index].enumerated() {
                if let marker = candidate.marker { stream.append((Position(block: index, cut: cut), marker)) }
            }
        }
        var result: Set<Position> = []
        var last: [String: Int] = [:]
        for (position, marker) in stream {
            if let position, candidates[position.block][position.cut].isSentenceStart,
                marker.readings.contains(where: { last[marker.delimiter + $0.family] == $0.ordinal - 1 })
            {
                result.insert(position)
            }
            for reading in marker.readings { last[marker.delimiter + reading.family] = reading.ordinal }
        }
        last = [:]
        for (position, marker) in stream.reversed() {
            if let position, candidates[position.block][position.cut].isSentenceStart,
                marker.readings.contains(where: { last[marker.delimiter + $0.family] == $0.ordinal + 1 })
            {
                result.insert(position)
            }
            for reading in marker.readings { last[marker.delimiter + reading.family] = reading.ordinal }
        }
        return result
    }

    /// Markers and headings that may be run into `block`: after the end of a clause, starting as an item does.
    private func candidates(in block: Block) -> [Cut] {
        var places = Self.placesAfterClauseEnds(block.text)
        let mayHoldCapitalHeading = Self.hasCapitalRun(block.text)
        guard !places.isEmpty || mayHoldCapitalHeading else { return [] }
        let scalars = block.text.scalarArray
        // `…intensidad; y ii) Un análisis…`: after the conjunction that ends a clause of a list (`; and`, `; y`).
        places += places.flatMap { conjunctionEnd(scalars, at: $0) }
        var candidates: [Cut] = []
        if mayHoldCapitalHeading {
            let clauseStarts = Set(places)
            for offset in capitalSectionWords(in: scalars) where !clauseStarts.contains(offset) {
                if let heading = runInHeading(scalars, at: offset) { candidates.append(heading) }
            }
            places = places.filter { !candidates.map(\.offset).contains($0) }
        }
        for offset in places where offset < scalars.count {
            if let heading = runInHeading(scalars, at: offset), mayOpenItem(scalars, at: offset) {
                candidates.append(heading)
                continue
            }
            guard mayOpenItem(scalars, at: offset) else { continue }
            guard Self.mayBeMarker(scalars, at: offset),
                let (marker, length) = markers.read(scalars[offset...]), marker.delimiter != "x"
            else { continue }
            var after = offset + length
            // The item's first letter, past spaces and an opening quotation mark or bracket: `«Район» означает…`.
            while after < scalars.count, after < offset + length + 4, !scalars[after].properties.isAlphabetic,
                scalars[after].properties.numericType == nil
            {
                after += 1
            }
            guard after < scalars.count else { continue }
            let isLowercase = scalars[after].properties.isLowercase
            if isLowercase, !Self.follows(";；", scalars, at: offset) { continue }
            let isUncased = !scalars[after].properties.isUppercase && !isLowercase
            let isFullStop = Self.follows(".。", scalars, at: offset)
            candidates.append(
                Cut(
                    offset: offset, length: length, marker: marker,
                    isWeak: isLowercase || (isUncased && !isFullStop),
                    isSentenceStart: isFullStop && scalars[after].properties.isUppercase && marker.delimiter == "x."))
        }
        return candidates.sorted { $0.offset < $1.offset }
    }

    /// Whether `text` has four capital ASCII letters in a row (`SECTION`), the screen for a heading in capitals.
    private static func hasCapitalRun(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var run = 0
            for byte in bytes {
                if byte &- 0x41 < 26 {
                    run += 1
                    if run >= 4 { return true }
                } else {
                    run = 0
                }
            }
            return false
        }
    }

    /// The candidates of one block that are run-in items: each goes on from the marker before it in the paragraph,
    /// opens a list the next marker goes on, or goes on from the document's last marker of its style.
    private func accepted(
        _ candidates: [Cut], of block: Block, nextMarker: ListMarker?, continuesDocument: (Int) -> Bool
    )
        -> [Cut]
    {
        let scalars = block.text.scalarArray
        var accepted: [Cut] = []
        var previous = block.marker
        for (position, candidate) in candidates.enumerated() {
            guard let marker = candidate.marker else {
                accepted.append(candidate)
                previous = nil
                continue
            }
            let following = candidates[(position + 1)...].lazy.compactMap(\.marker).first ?? nextMarker
            let continuesPrevious = previous.map { Self.follows(marker, after: $0) } ?? false
            let opensList =
                marker.readings.contains { $0.ordinal == 1 }
                && following.map { Self.follows($0, after: marker) } == true
            guard continuesPrevious || opensList || continuesDocument(position) else { continue }
            let end = position + 1 < candidates.count ? candidates[position + 1].offset : scalars.count
            let itemText = scalars[(candidate.offset + candidate.length)..<end]
            if !itemText.contains(where: { $0.properties.isUppercase || $0.properties.isLowercase }),
                itemText.filter({ !$0.properties.isWhitespace }).count < Self.uncasedItemMinimum
            {
                continue
            }
            accepted.append(candidate)
            previous = marker
        }
        let items = accepted.filter { $0.marker != nil }
        if items.count == 1, items[0].isWeak { return accepted.filter { $0.marker == nil } }
        return accepted
    }

    /// A heading run into the paragraph (`SECTION 3. DECISION-MAKING`, `Rule 5 Date of meetings`, `Part XI
    /// RESPONSIBILITY`): an article, section or rule word, its number, then a title in capitals. `Article 5 of the
    /// Convention applies` is a sentence, not a heading.
    /// After a sentence's end the title need only start with a capital; a heading in capitals (`SECTION 2. THE
    /// ENTERPRISE`) is one wherever it stands, as PDF extraction leaves it after a page header (`Page 13 SECTION 2.`).
    private func runInHeading(_ scalars: [Unicode.Scalar], at offset: Int) -> Cut? {
        guard scalars[offset].properties.isUppercase else { return nil }
        let opening = String(scalars: scalars[offset..<min(offset + 60, scalars.count)])
        guard language.opensSection(opening) else { return nil }
        // Past the word and the number (and a stop after it) to the title's first letter.
        var index = offset
        while index < scalars.count, !Self.isSpace(scalars[index]) { index += 1 }
        let wordIsCapitals = scalars[offset..<index].allSatisfy { $0.properties.isUppercase }
        while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
        while index < scalars.count, !Self.isSpace(scalars[index]) { index += 1 }
        while index < scalars.count, Self.isSpace(scalars[index]) { index += 1 }
        guard index < scalars.count, scalars[index].properties.isUppercase else { return nil }
        if Self.follows(".", scalars, at: offset) {
            return Cut(offset: offset, length: 0, marker: nil, isWeak: false, isSentenceStart: true)
        }
        // Elsewhere: the word and the title's first two letters in capitals, after text that is not in capitals
        // (`…OF PART XI OF THE CONVENTION` is a title in capitals, not a heading run in).
        let titleIsCapitals = index + 1 < scalars.count && scalars[index + 1].properties.isUppercase
        var before = offset - 1
        while before > 0, Self.isSpace(scalars[before]) { before -= 1 }
        let afterCapitals =
            before > 0 && scalars[before].properties.isUppercase
            && scalars[before - 1].properties.isUppercase
        guard wordIsCapitals, titleIsCapitals, !afterCapitals else { return nil }
        return Cut(offset: offset, length: 0, marker: nil, isWeak: false, isSentenceStart: true)
    }

    /// Where the text goes on after a clause-ending conjunction that starts at `offset` (`and ` in `; and (b)`).
    private func conjunctionEnd(_ scalars: [Unicode.Scalar], at offset: Int) -> [Int] {
        guard offset >= 2, scalars[offset - 2] == ";" else { return [] }
        for suffix in language.paragraphEndingSuffixes {
            let word = Array(suffix.unicodeScalars.drop { $0 == ";" || $0 == " " })
            let end = offset + word.count
            guard end + 1 < scalars.count, scalars[end] == " ", Array(scalars[offset..<end]) == word else { continue }
            return [end + 1]
        }
        return []
    }

    /// Offsets of the section words written in capitals (`SECTION`, `ARTICLE`, `СТАТЬЯ`) after a space.
    private func capitalSectionWords(in scalars: [Unicode.Scalar]) -> [Int] {
        let words = (language.sectionWords ?? []).filter { $0.count >= 4 && $0 == $0.uppercased() }
        guard !words.isEmpty else { return [] }
        let firsts = Set(words.compactMap(\.unicodeScalars.first))
        var places: [Int] = []
        for offset in 1..<scalars.count where firsts.contains(scalars[offset]) && Self.isSpace(scalars[offset - 1]) {
            let rest = scalars[offset...]
            if words.contains(where: { rest.starts(with: $0.unicodeScalars) }) { places.append(offset) }
        }
        return places
    }

    /// Scalar offsets that follow the end of a clause and a space (`. `, `; `, `: `, `! `, `? `), or a full-width
    /// clause end (`。` `；` `：`), found in the UTF-8 bytes: most paragraphs have none, or a few.
    static func placesAfterClauseEnds(_ text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var places: [Int] = []
            var scalar = 0
            // The last character that was not a space: 1 for an ASCII clause end, 2 for a full-width one.
            var lastEnd = 0
            var sawSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte & 0xC0 == 0x80 {
                    index += 1
                    continue
                }
                if lastEnd == 2 || (lastEnd == 1 && sawSpace), byte != 0x20, byte != 0x09 { places.append(scalar) }
                switch byte {
                case 0x20, 0x09:
                    sawSpace = true
                case 0x2E, 0x3B, 0x3A, 0x21, 0x3F:
                    lastEnd = 1
                    sawSpace = false
                case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82,
                    0xEF
                where index + 2 < bytes.count && bytes[index + 1] == 0xBC
                    && (bytes[index + 2] == 0x9B || bytes[index + 2] == 0x9A):
                    lastEnd = 2
                    sawSpace = false
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0,
                    0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80:
                    sawSpace = true
                default:
                    lastEnd = 0
                    sawSpace = false
                }
                scalar += 1
                index += 1
            }
            return places
        }
    }

    /// Whether a marker may start at `offset`: after a clause's end and a space, or right after `。` `；` `：`; not
    /// after an abbreviation or an initial (`Mr. A. Smith`, `No. 5`). Cheap tests first: this runs on every
    /// character of every paragraph.
    private func mayOpenItem(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        let afterIdeographicEnd: Bool
        switch scalars[offset - 1] {
        case "。", "；", "：": afterIdeographicEnd = true
        case " ", "\u{00A0}", "\t", "\u{3000}", "\u{2002}", "\u{2003}": afterIdeographicEnd = false
        default: return false
        }
        var end = offset - 1
        if !afterIdeographicEnd {
            while end > 0, Self.isSpace(scalars[end]) { end -= 1 }
            // Past a clause-ending conjunction: `; and (b)`, `; y ii)`.
            if scalars[end].properties.isLowercase, let start = Self.wordStart(scalars, before: end),
                start >= 2, scalars[start - 2] == ";",
                language.paragraphEndingSuffixes.contains("; " + String(scalars: scalars[start...end]))
            {
                end = start - 2
            }
            switch scalars[end] {
            case ".", ";", ":", "。", "；", "：", "!", "?", "！", "？": break
            default: return false
            }
        }
        let first = scalars[offset]
        guard first == "(" || first == "（" || first.properties.isAlphabetic || first.properties.numericType != nil
        else { return false }
        guard !afterIdeographicEnd, scalars[end] == "." else { return true }
        var start = end
        while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
        let isInitial = end - start == 1 && scalars[start].properties.isUppercase
        return !isInitial && !language.abbreviations.contains(String(scalars: scalars[start...end]))
    }

    /// Whitespace, without a Unicode property look-up for the ASCII letters most text is made of.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || scalar == "\t" : scalar.properties.isWhitespace
    }

    /// A cheap screen before the marker reader: a bracket first, or a delimiter (`.` `)` `、` `-`) before the first
    /// space, within a marker's length. `The Committee` at the start of most sentences is no marker.
    private static func mayBeMarker(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        if scalars[offset] == "(" || scalars[offset] == "（" { return true }
        var index = offset + 1
        while index < scalars.count, index < offset + 8 {
            switch scalars[index] {
            case ".", ")", "．", "、", "）": return true
            case " ": return index + 1 < scalars.count && scalars[index + 1] == "-"
            default: index += 1
            }
        }
        return false
    }

    /// Where the word ending at `end` starts.
    private static func wordStart(_ scalars: [Unicode.Scalar], before end: Int) -> Int? {
        var start = end
        while start > 0, !isSpace(scalars[start - 1]) { start -= 1 }
        return start < end + 1 ? start : nil
    }

    /// Whether the text before `offset`, spaces aside, ends with one of `marks`.
    private static func follows(_ marks: String, _ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        var end = offset - 1
        while end > 0, isSpace(scalars[end]) { end -= 1 }
        return marks.unicodeScalars.contains(scalars[end])
    }

    /// `next` is the marker after `marker` in one list: same delimiter, the next position in a family both share.
    static func follows(_ next: ListMarker, after marker: ListMarker) -> Bool {
        guard next.delimiter == marker.delimiter else { return false }
        return marker.readings.contains { reading in
            next.readings.contains { $0.family == reading.family && $0.ordinal == reading.ordinal + 1 }
        }
    }
}
