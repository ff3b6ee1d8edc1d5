extension Block {
    /// The block cut where a list marker is run into its text: the part before, and the part from `marker` on
    /// (its marker spans `markerLength` scalars from `offset`). Pieces and footnote calls go with their part; the
    /// spaces around the cut belong to neither, as spaces around a marker never do. Nil when the marker does
    /// not lie inside one text piece.
    /// A heading run into the text (`SECTION 3.`) is cut with no marker: the tail becomes a heading.
    func split(at offset: Int, markerLength: Int, marker: ListMarker?) -> (head: Block, tail: Block)? {
        let scalars = Array(text.unicodeScalars)
        guard offset > 0, offset + markerLength <= scalars.count else { return nil }
        var headEnd = offset
        while headEnd > 0, scalars[headEnd - 1].properties.isWhitespace { headEnd -= 1 }
        var tailStart = offset + markerLength
        while tailStart < scalars.count, scalars[tailStart].properties.isWhitespace { tailStart += 1 }
        guard
            let cutPiece = pieces.firstIndex(where: { piece in
                guard piece.role == .text, let start = piece.textOffset else { return false }
                return start <= offset && offset + markerLength <= start + piece.text.unicodeScalars.count
            })
        else { return nil }
        var head = self
        var tail = Block(kind: marker == nil ? .heading : .paragraph, text: "", marker: marker, pieces: [])
        tail.isRunIn = true
        head.text = String(String.UnicodeScalarView(scalars[..<headEnd]))
        tail.text = String(String.UnicodeScalarView(scalars[tailStart...]))
        head.pieces = []
        for (index, piece) in pieces.enumerated() {
            if index < cutPiece {
                head.pieces.append(piece)
            } else if index > cutPiece {
                var moved = piece
                if let start = piece.textOffset, piece.role == .text { moved.textOffset = start - tailStart }
                tail.pieces.append(moved)
            } else {
                let start = piece.textOffset ?? 0
                let local = Array(piece.text.unicodeScalars)
                let bytes = { (range: Range<Int>) in local[range].reduce(0) { $0 + UTF8.width($1) } }
                let markerStart = offset - start
                if headEnd > start {
                    head.pieces.append(
                        SourcePiece(
                            role: .text, text: String(String.UnicodeScalarView(local[..<(headEnd - start)])),
                            location: piece.location, textOffset: start))
                }
                if markerLength > 0 {
                    tail.pieces.append(
                        SourcePiece(
                            role: .marker,
                            text: String(String.UnicodeScalarView(local[markerStart..<(markerStart + markerLength)])),
                            location: piece.location.advanced(by: markerStart, bytes: bytes(0..<markerStart))))
                }
                let restStart = min(tailStart - start, local.count)
                if restStart < local.count {
                    tail.pieces.append(
                        SourcePiece(
                            role: .text, text: String(String.UnicodeScalarView(local[restStart...])),
                            location: piece.location.advanced(by: restStart, bytes: bytes(0..<restStart)),
                            textOffset: 0))
                }
            }
        }
        head.calls = calls.filter { $0.textOffset <= offset }.map { call in
            var call = call
            call.textOffset = min(call.textOffset, headEnd)
            return call
        }
        tail.calls = calls.filter { $0.textOffset > offset }.map { call in
            var call = call
            call.textOffset = max(0, call.textOffset - tailStart)
            return call
        }
        return (head, tail)
    }

    /// Reads the block's marker back as text: a marker no list confirms (`(1 of 3)` read as a malformed `(1`).
    mutating func demoteMarker() {
        guard marker != nil, let index = pieces.firstIndex(where: { $0.role == .marker }) else { return }
        let markerText = pieces[index].text
        let shift = markerText.unicodeScalars.count + (text.isEmpty ? 0 : 1)
        for other in pieces.indices where pieces[other].role == .text {
            pieces[other].textOffset = (pieces[other].textOffset ?? 0) + shift
        }
        pieces[index].role = .text
        pieces[index].textOffset = 0
        for call in calls.indices { calls[call].textOffset += shift }
        text = text.isEmpty ? markerText : markerText + " " + text
        marker = nil
        list = nil
    }
}
