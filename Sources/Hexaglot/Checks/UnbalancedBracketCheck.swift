/// Matches opening and closing brackets and quotation marks inside each block, with the pairs of the
/// language file (`(` `)`, `（` `）`, `《` `》`, `«` `»`). A `)` closing an inline enumerator (` a) `, ` 2) `) is
/// not a bracket. Reports the first unmatched mark of each block.
public struct UnbalancedBracketCheck: DocumentCheck {
    static let unbalanced = Rule(
        "text.unbalanced-bracket", .warning, "A bracket or quotation mark without its partner.")

    public static let rules = [unbalanced]

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        let pairs = document.language.brackets
        let closers = Dictionary(pairs.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        var findings: [Finding] = []
        for block in document.blocks {
            let characters = Array(block.text)
            var open: [(character: Character, offset: Int)] = []
            var offset = 0
            var problem: (offset: Int, message: String, expected: String?, found: String)?
            for (index, character) in characters.enumerated() {
                defer { offset += character.unicodeScalars.count }
                if pairs[character] != nil, closers[character] == nil || open.last?.character != character {
                    open.append((character, offset))
                } else if let opener = closers[character] {
                    if open.last?.character == opener {
                        open.removeLast()
                    } else if !Self.isEnumerator(characters, closingAt: index) {
                        problem = (offset, "\(character) closes nothing", String(opener), String(character))
                        break
                    }
                }
            }
            if problem == nil, let unclosed = open.last, let close = pairs[unclosed.character] {
                problem = (
                    unclosed.offset, "\(unclosed.character) is never closed", String(close), String(unclosed.character)
                )
            }
            guard let problem else { continue }
            findings.append(
                Self.unbalanced.finding(
                    in: document,
                    at: block.location(ofTextOffset: problem.offset),
                    problem.message,
                    expected: problem.expected,
                    found: problem.found
                )
            )
        }
        return findings
    }

    /// `)` after a short letter or number token that starts the text or follows a space: `a)`, `б)`, `2)`.
    private static func isEnumerator(_ characters: [Character], closingAt index: Int) -> Bool {
        guard characters[index] == ")" else { return false }
        var start = index
        while start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber { start -= 1 }
        let length = index - start
        return length > 0 && length <= 4 && (start == 0 || characters[start - 1].isWhitespace)
    }
}
