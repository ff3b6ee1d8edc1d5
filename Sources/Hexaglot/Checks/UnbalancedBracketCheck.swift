/// Matches opening and closing brackets and quotation marks inside each block, with the pairs of the
/// language file (`(` `)`, `（` `）`, `《` `》`, `«` `»`). A `)` closing an inline enumerator (` a) `, ` 2) `) is
/// not a bracket. Reports the first unmatched mark of each block.
public struct UnbalancedBracketCheck: DocumentCheck {
    static let unbalanced = Rule(
        "text.unbalanced-bracket", .warning, "A bracket or quotation mark without its partner.")

    public static let rules = [unbalanced]

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        // Brackets are single scalars; comparing scalars keeps this check off grapheme breaking.
        var closing: [Unicode.Scalar: Unicode.Scalar] = [:]
        var opening: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (open, close) in document.language.brackets {
            guard let open = open.unicodeScalars.first, let close = close.unicodeScalars.first else { continue }
            closing[open] = close
            if opening[close] == nil { opening[close] = open }
        }
        let marks = ScalarSet(Array(closing.keys) + Array(opening.keys))
        var findings: [Finding] = []
        let isRightToLeft = document.language.scripts.contains { $0 == "Arab" || $0 == "Hebr" }
        let blocks = document.blocks
        for (index, block) in blocks.enumerated() where block.text.unicodeScalars.contains(where: marks.contains) {
            let scalars = block.text.scalarArray
            guard let problem = firstProblem(in: scalars, closing: closing, opening: opening) else { continue }
            // A quotation of several paragraphs opens each with the mark and closes only the last (English,
            // French and Russian style): the mark left open is taken up by the next paragraph.
            if problem.message.hasSuffix("is never closed"), Self.quotationMarks.contains(problem.found),
                let next = blocks[(index + 1)...].first(where: { $0.kind != .footnoteBody && !$0.text.isEmpty }),
                next.text.hasPrefix(problem.found)
            {
                continue
            }
            // PDF conversion of right-to-left text mirrors brackets, `)انظر(`: balanced once turned round.
            if isRightToLeft, firstProblem(in: scalars.map(Self.mirrored), closing: closing, opening: opening) == nil {
                continue
            }
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

    private typealias Problem = (offset: Int, message: String, expected: String, found: String)

    /// The first closing mark with no opener, else the innermost opener left open.
    private func firstProblem(
        in scalars: [Unicode.Scalar],
        closing: [Unicode.Scalar: Unicode.Scalar],
        opening: [Unicode.Scalar: Unicode.Scalar]
    ) -> Problem? {
        var open: [(scalar: Unicode.Scalar, offset: Int)] = []
        for (offset, scalar) in scalars.enumerated() {
            // A mark that both opens and closes (a quotation mark) closes when it is the one open.
            if closing[scalar] != nil, opening[scalar] == nil || open.last?.scalar != opening[scalar] {
                open.append((scalar, offset))
            } else if let opener = opening[scalar] {
                if open.last?.scalar == opener {
                    open.removeLast()
                } else if !Self.isEnumerator(scalars, closingAt: offset) {
                    return (offset, "\(scalar) closes nothing", String(opener), String(scalar))
                }
            }
        }
        guard let unclosed = open.last, let close = closing[unclosed.scalar] else { return nil }
        return (unclosed.offset, "\(unclosed.scalar) is never closed", String(close), String(unclosed.scalar))
    }

    private static let quotationMarks: Set<String> = ["“", "«", "„", "‘", "”", "»"]

    private static func mirrored(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "(": ")"
        case ")": "("
        case "[": "]"
        case "]": "["
        default: scalar
        }
    }

    /// `)` after a short letter or number token that starts the text or follows a space: `a)`, `б)`, `2)`.
    private static func isEnumerator(_ scalars: [Unicode.Scalar], closingAt index: Int) -> Bool {
        guard scalars[index] == ")" else { return false }
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic || scalars[start - 1].properties.numericType != nil
        {
            start -= 1
        }
        let length = index - start
        guard length > 0, start == 0 || scalars[start - 1].properties.isWhitespace else { return false }
        // Enumerators are short: a letter or two (`a)`, `aa)`, `б)`), a number (`12)`), a Roman numeral (`viii)`);
        // `FAIR)` closes a bracket the text lost.
        let token = scalars[start..<index]
        let isRoman = token.allSatisfy { "ivxlcdm".unicodeScalars.contains($0) }
        let isNumber = token.allSatisfy { $0.properties.numericType != nil }
        return length <= 2 || (isNumber && length <= 3) || (isRoman && length <= 5)
    }

}
