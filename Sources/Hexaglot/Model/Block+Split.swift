extension Block {
    /// A place where a list marker or heading is run into the block's text: the marker spans `length` scalars from
    /// `offset` (0 for a heading, which keeps its words).
    struct Cut {
        var offset: Int
        var length: Int
        /// Nil for a heading (`SECTION 3.`): its part becomes a heading.
        var marker: ListMarker?
    }

    /// The block cut where markers or headings are run into its text, in one pass however many cuts there are: the
    /// part before the first cut keeps the block's kind and marker; each later part starts at its cut. Pieces and
    /// footnote calls go with their part; the spaces around a cut belong to neither, as spaces around a marker
    /// never do. A cut whose marker does not lie inside one text piece is skipped.
    func split(at requested: [Cut]) -> [Block] {
        let scalars = text.scalarArray
        let textPieces = pieces.indices.filter { pieces[$0].role == .text && pieces[$0].textOffset != nil }
        // Only cuts inside the text, in order, each inside one text piece.
        let spans = textPieces.map { index in
            let start = pieces[index].textOffset ?? 0
            return start..<(start + pieces[index].text.unicodeScalars.count)
        }
        var cuts: [Cut] = []
        var span = 0
        for cut in requested.sorted(by: { $0.offset < $1.offset })
        where cut.offset > (cuts.last.map { $0.offset + $0.length } ?? 0) && cut.offset + cut.length <= scalars.count {
            while span < spans.count, spans[span].upperBound <= cut.offset { span += 1 }
            if span < spans.count, spans[span].lowerBound <= cut.offset,
                cut.offset + cut.length <= spans[span].upperBound
            {
                cuts.append(cut)
            }
        }
        guard !cuts.isEmpty else { return [self] }
        // Each part's range of the text: spaces before a cut and after its marker are left out.
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, cut) in cuts.enumerated() {
            var end = cut.offset
            while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
            ranges.append(start..<end)
            start = cut.offset + cut.length
            while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
            start = min(start, index + 1 < cuts.count ? cuts[index + 1].offset : scalars.count)
        }
        ranges.append(start..<scalars.count)
        var parts: [Block] = ranges.indices.map { part in
            var block =
                part == 0
                ? self
                : Block(
                    kind: cuts[part - 1].marker == nil ? .heading : .paragraph, text: "", marker: cuts[part - 1].marker,
                    pieces: [])
            if part > 0 { block.isRunIn = true }
            block.text = String(scalars: scalars[ranges[part]])
            block.pieces = []
            block.calls = []
            return block
        }
        var part = 0
        for original in pieces {
            guard original.role == .text, let pieceStart = original.textOffset else {
                parts[part].pieces.append(original)
                continue
            }
            let local = original.text.scalarArray
            let pieceRange = pieceStart..<(pieceStart + local.count)
            // UTF-8 offsets of the piece's scalars, for the locations of the parts cut from it.
            var bytes = [0]
            bytes.reserveCapacity(local.count + 1)
            for scalar in local { bytes.append(bytes[bytes.count - 1] + UTF8.width(scalar)) }
            func cutPiece(_ range: Range<Int>, role: SourcePiece.Role, textOffset: Int?) -> SourcePiece {
                let from = range.lowerBound - pieceStart
                return SourcePiece(
                    role: role, text: String(scalars: local[from..<(range.upperBound - pieceStart)]),
                    location: original.location.advanced(by: from, bytes: bytes[from]), textOffset: textOffset)
            }
            while true {
                let overlap = ranges[part].clamped(to: pieceRange)
                if !overlap.isEmpty {
                    parts[part].pieces.append(
                        cutPiece(overlap, role: .text, textOffset: overlap.lowerBound - ranges[part].lowerBound))
                }
                guard part + 1 < parts.count, cuts[part].offset < pieceRange.upperBound else { break }
                part += 1
                let cut = cuts[part - 1]
                if cut.length > 0 {
                    parts[part].pieces.append(
                        cutPiece(cut.offset..<(cut.offset + cut.length), role: .marker, textOffset: nil))
                }
            }
        }
        for var call in calls {
            // The part whose cut is the last before the call: a binary search, for paragraphs of many cuts.
            var low = 0
            var high = cuts.count
            while low < high {
                let middle = (low + high) / 2
                if cuts[middle].offset < call.textOffset { low = middle + 1 } else { high = middle }
            }
            let owner = low
            call.textOffset = max(0, min(call.textOffset - ranges[owner].lowerBound, ranges[owner].count))
            parts[owner].calls.append(call)
        }
        return parts
    }

    /// Reads the block's marker back as text: a marker no list confirms (`(1 of 3)` read as a malformed `(1`).
    mutating func demoteMarker() {
        guard marker != nil, MarkerText.readBack(text: &text, pieces: &pieces, calls: &calls) != nil else { return }
        marker = nil
        list = nil
    }
}

/// A marker piece turned back into the text it was read from, for blocks and scanned lines alike.
enum MarkerText {
    /// Makes the marker piece the start of `text` (a space between), shifting the text pieces and footnote calls
    /// after it; returns how many scalars the text grew by, nil when there is no marker piece.
    static func readBack(text: inout String, pieces: inout [SourcePiece], calls: inout [FootnoteCall]) -> Int? {
        guard let index = pieces.firstIndex(where: { $0.role == .marker }) else { return nil }
        let markerText = pieces[index].text
        let shift = markerText.unicodeScalars.count + (text.isEmpty ? 0 : 1)
        for other in pieces.indices where pieces[other].role == .text {
            pieces[other].textOffset = (pieces[other].textOffset ?? 0) + shift
        }
        pieces[index].role = .text
        pieces[index].textOffset = 0
        for call in calls.indices { calls[call].textOffset += shift }
        text = text.isEmpty ? markerText : markerText + " " + text
        return shift
    }
}
