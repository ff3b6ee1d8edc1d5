/// Takes one input line apart: conversion markup, footnote numbers, the list marker, and the text.
struct LineScanner {
    let format: InputFormat
    let markers: MarkerReader

    /// The value of a superscript digit (`¹` is 1), or nil. A switch, not a dictionary: this is asked of every
    /// character of a plain-text input.
    private static func superscriptDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x2070: 0
        case 0x00B9: 1
        case 0x00B2: 2
        case 0x00B3: 3
        case 0x2074...0x2079: Int(scalar.value - 0x2070)
        default: nil
        }
    }

    func scan(_ line: Substring, number: Int, byteOffset: Int) -> ScannedLine {
        var cursor = LineCursor(line: line, number: number, byteOffset: byteOffset)
        var result = ScannedLine(number: number, kind: .content)
        cursor.skipSpaces()
        guard !cursor.isAtEnd else {
            result.kind = .blank
            return result
        }
        if cursor.restIsRule {
            result.kind = .rule
            result.pieces.append(cursor.take(cursor.remaining, role: .markup))
            return result
        }
        if format == .markdown {
            if let hashes = cursor.headingMarkupLength {
                result.kind = .heading
                result.pieces.append(cursor.take(hashes, role: .markup))
                cursor.skipSpaces()
            } else if cursor.startsWith("- ") || cursor.startsWith("+ ") {
                result.pieces.append(cursor.take(1, role: .markup))
                cursor.skipSpaces()
            }
        }
        if result.kind == .content, let body = footnoteNumber(&cursor, into: &result.pieces) {
            result.kind = .footnoteBody(body)
            cursor.skipSpaces()
        }
        if result.kind == .content,
            let (marker, length) = markers.read(cursor.upcoming(14)) ?? markers.readMalformed(cursor.upcoming(8))
        {
            result.marker = marker
            result.pieces.append(cursor.take(length, role: .marker))
            cursor.skipSpaces()
            // Two markers on one line, `B. (1) For the purposes…`, `（二）（甲）本公约…`: the outer item and the first
            // item of its sublist. Not after an outline number: `4.1.1 (a) 在2/3年级、(b) 小学结束时` enumerates inside
            // the indicator's text.
            if !marker.isMalformed, marker.style.outlineDepth == nil, !cursor.isAtEnd,
                cursor.current == "(" || cursor.current == "（"
                    || cursor.upcoming(6).contains(where: { ".)、．）".unicodeScalars.contains($0) }),
                let (inner, innerLength) = markers.read(cursor.upcoming(14))
            {
                result.innerMarker = inner
                result.innerMarkerPieceIndex = result.pieces.count
                result.pieces.append(cursor.take(innerLength, role: .marker))
                cursor.skipSpaces()
            }
        }
        scanInline(&cursor, into: &result)
        return result
    }

    /// A footnote number at the cursor (`<sup>5</sup>` or `⁵`), taken as pieces; nil if there is none.
    private func footnoteNumber(_ cursor: inout LineCursor, into pieces: inout [SourcePiece]) -> Int? {
        switch format {
        case .markdown:
            guard cursor.startsWith("<sup>") else { return nil }
            let digits = cursor.countWhile(from: 5) { $0.properties.numericType == .decimal }
            guard digits > 0, digits <= 4, cursor.startsWith("</sup>", at: 5 + digits) else { return nil }
            pieces.append(cursor.take(5, role: .markup))
            let number = cursor.take(digits, role: .footnoteNumber)
            pieces.append(number)
            pieces.append(cursor.take(6, role: .markup))
            return Self.value(of: number.text)
        case .plain:
            let digits = cursor.countWhile(from: 0) { Self.superscriptDigit($0) != nil }
            guard digits > 0, digits <= 4 else { return nil }
            let number = cursor.take(digits, role: .footnoteNumber)
            pieces.append(number)
            return number.text.unicodeScalars.reduce(0) { $0 * 10 + (Self.superscriptDigit($1) ?? 0) }
        }
    }

    private static func value(of digits: String) -> Int {
        digits.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
    }

    /// Text up to the end of the line; escapes and footnote calls become pieces of their own.
    private func scanInline(_ cursor: inout LineCursor, into result: inout ScannedLine) {
        var text = ""
        var count = 0
        // The text run being gathered: where it starts in the line and in the input.
        var run: (start: Int, location: SourceLocation, offset: Int)?
        func flush(upTo end: Int) {
            guard let current = run else { return }
            let piece = cursor.text(from: current.start, to: end)
            text += piece
            result.pieces.append(
                SourcePiece(role: .text, text: piece, location: current.location, textOffset: current.offset))
            run = nil
        }
        while !cursor.isAtEnd {
            let scalar = cursor.current
            if format == .markdown, scalar == "\\", let next = cursor.peek(1), next.isASCII,
                next.properties.generalCategory.isPunctuationOrSymbol
            {
                flush(upTo: cursor.position)
                result.pieces.append(cursor.take(1, role: .markup))
                continue
            }
            let mayBeCall = format == .markdown ? scalar == "<" : Self.superscriptDigit(scalar) != nil
            if mayBeCall {
                let callStart = cursor.position
                let callLocation = cursor.location
                var pieces: [SourcePiece] = []
                // `footnoteNumber` moves the cursor only when it finds a call.
                if let number = footnoteNumber(&cursor, into: &pieces) {
                    flush(upTo: callStart)
                    result.pieces.append(contentsOf: pieces)
                    result.calls.append(FootnoteCall(number: number, textOffset: count, location: callLocation))
                    continue
                }
            }
            if run == nil { run = (cursor.position, cursor.location, count) }
            count += 1
            cursor.advance()
        }
        flush(upTo: cursor.position)
        // Trailing whitespace belongs to no one; trim it from the text and its last piece alike.
        var trailing = 0
        while let last = text.unicodeScalars.last, last.properties.isWhitespace {
            text.unicodeScalars.removeLast()
            trailing += 1
        }
        if trailing > 0, let index = result.pieces.lastIndex(where: { $0.role == .text }) {
            var scalars = result.pieces[index].text.unicodeScalars
            scalars.removeLast(min(trailing, scalars.count))
            if scalars.isEmpty { result.pieces.remove(at: index) } else { result.pieces[index].text = String(scalars) }
        }
        count -= trailing
        for index in result.calls.indices {
            result.calls[index].textOffset = min(result.calls[index].textOffset, count)
        }
        result.text = text
        result.textScalarCount = count
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}
