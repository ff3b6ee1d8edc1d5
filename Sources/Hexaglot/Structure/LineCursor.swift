/// A position in one line that knows its line, column and byte offset as it moves.
struct LineCursor {
    private let scalars: [Unicode.Scalar]
    private let line: Substring
    private let lineByteOffset: Int
    private var index = 0
    private(set) var location: SourceLocation

    init(line: Substring, number: Int, byteOffset: Int) {
        self.line = line
        lineByteOffset = byteOffset
        scalars = line.scalarArray
        location = SourceLocation(line: number, column: 1, byteOffset: byteOffset)
    }

    /// Where the cursor is: its byte offset in the line.
    var position: Int { location.byteOffset - lineByteOffset }

    /// The line's text between two positions, copied straight from the line's UTF-8.
    func text(from start: Int, to end: Int) -> String {
        let utf8 = line.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return String(Substring(utf8[lower..<utf8.index(lower, offsetBy: end - start)]))
    }

    var isAtEnd: Bool { index >= scalars.count }
    var current: Unicode.Scalar { scalars[index] }
    var remaining: Int { scalars.count - index }
    /// Up to `count` scalars from the cursor on.
    func upcoming(_ count: Int) -> ArraySlice<Unicode.Scalar> { scalars[index..<min(index + count, scalars.count)] }

    func peek(_ distance: Int) -> Unicode.Scalar? {
        index + distance < scalars.count ? scalars[index + distance] : nil
    }

    mutating func advance() {
        location = location.advanced(by: 1, bytes: UTF8.width(scalars[index]))
        index += 1
    }

    mutating func skipSpaces() {
        while !isAtEnd, current.properties.isWhitespace { advance() }
    }

    /// The next `count` scalars as a piece with `role`.
    mutating func take(_ count: Int, role: SourcePiece.Role) -> SourcePiece {
        let start = location
        let end = min(index + count, scalars.count)
        let text = String(scalars: scalars[index..<end])
        while index < end { advance() }
        return SourcePiece(role: role, text: text, location: start)
    }

    func startsWith(_ prefix: String, at offset: Int = 0) -> Bool {
        var position = index + offset
        for scalar in prefix.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    func countWhile(from offset: Int, _ predicate: (Unicode.Scalar) -> Bool) -> Int {
        var position = index + offset
        while position < scalars.count, predicate(scalars[position]) { position += 1 }
        return position - index - offset
    }

    /// `---`, `***` or `___` alone on the rest of the line.
    var restIsRule: Bool {
        guard index < scalars.count, ["-", "_", "*"].contains(scalars[index]) else { return false }
        let first = scalars[index]
        var marks = 0
        for scalar in scalars[index...] {
            if scalar == first {
                marks += 1
            } else if !scalar.properties.isWhitespace {
                return false
            }
        }
        return marks >= 3
    }

    /// The length of `## ` style heading markup at the cursor (the hashes), or nil.
    var headingMarkupLength: Int? {
        let hashes = countWhile(from: 0) { $0 == "#" }
        guard (1...6).contains(hashes), let after = peek(hashes), after == " " else { return nil }
        return hashes
    }
}
