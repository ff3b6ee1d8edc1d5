/// What changed inside a clause, word by word (character by character in Chinese, which has no spaces), in
/// the notation of GNU wdiff: `[-removed-]{+added+}`, with the text around each change.
struct WordDiff {
    enum Piece: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    let pieces: [Piece]

    /// The differences between `old` and `new`, cut into words when `byCharacter` is false.
    init(_ old: String, _ new: String, byCharacter: Bool) {
        let before = Self.tokens(old, byCharacter: byCharacter)
        let after = Self.tokens(new, byCharacter: byCharacter)
        // The standard library's Myers difference: removals and insertions by offset.
        let difference = after.difference(from: before)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var pieces: [Piece] = []
        var oldIndex = 0
        var newIndex = 0
        func append(_ piece: Piece) {
            switch (pieces.last, piece) {
            case (.same(let a)?, .same(let b)): pieces[pieces.count - 1] = .same(a + b)
            case (.removed(let a)?, .removed(let b)): pieces[pieces.count - 1] = .removed(a + b)
            case (.added(let a)?, .added(let b)): pieces[pieces.count - 1] = .added(a + b)
            default: pieces.append(piece)
            }
        }
        while oldIndex < before.count || newIndex < after.count {
            if oldIndex < before.count, removed.contains(oldIndex) {
                append(.removed(before[oldIndex]))
                oldIndex += 1
            } else if newIndex < after.count, inserted.contains(newIndex) {
                append(.added(after[newIndex]))
                newIndex += 1
            } else {
                if oldIndex < before.count { append(.same(before[oldIndex])) }
                oldIndex += 1
                newIndex += 1
            }
        }
        self.pieces = pieces
    }

    var isEmpty: Bool { !pieces.contains { if case .same = $0 { false } else { true } } }

    /// `…before [-old-]{+new+} after…`: each change with up to `context` characters of unchanged text around it.
    func rendered(context: Int = 30) -> String {
        var out = ""
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .removed(let text): out += "[-\(text)-]"
            case .added(let text): out += "{+\(text)+}"
            case .same(let text):
                let first = index == 0
                let last = index == pieces.count - 1
                if first && last {
                    out += text
                } else if first {
                    out += text.count > context ? "…" + text.suffix(context) : text
                } else if last {
                    out += text.count > context ? text.prefix(context) + "…" : text
                } else {
                    out += text.count > 2 * context ? text.prefix(context) + "…" + text.suffix(context) : text
                }
            }
        }
        return out
    }

    /// Words and the spaces and punctuation between them, or characters.
    static func tokens(_ text: String, byCharacter: Bool) -> [String] {
        if byCharacter { return text.map(String.init) }
        var tokens: [String] = []
        var word = ""
        for character in text {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                if !word.isEmpty { tokens.append(word) }
                word = ""
                tokens.append(String(character))
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }
}
