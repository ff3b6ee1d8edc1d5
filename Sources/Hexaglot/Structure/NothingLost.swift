/// The nothing-lost invariant: every non-whitespace character of the input belongs, in order, to exactly one
/// piece of the document, and every block's text is exactly its text pieces.
public enum NothingLost {
    /// nil when `document` accounts for every non-whitespace character of `input`; else what went missing.
    public static func violation(in document: Document, input: String) -> String? {
        let expected = input.unicodeScalars.filter { !$0.properties.isWhitespace }
        var actual = String.UnicodeScalarView()
        for piece in document.piecesInInputOrder {
            actual.append(contentsOf: piece.text.unicodeScalars.filter { !$0.properties.isWhitespace })
        }
        if let mismatch = firstDifference(Array(expected), Array(actual)) {
            return "input and structure differ at non-whitespace character \(mismatch)"
                + " (input \(context(expected, mismatch)), structure \(context(actual, mismatch)))"
        }
        for (index, block) in document.blocks.enumerated() {
            let text = block.text.unicodeScalars.filter { !$0.properties.isWhitespace }
            let pieces = block.pieces.filter { $0.role == .text }.flatMap { $0.text.unicodeScalars }
                .filter { !$0.properties.isWhitespace }
            if Array(text) != pieces {
                return "block \(index) (line \(block.location.line)): text differs from its pieces"
            }
            let callNumbers = block.calls.map(\.number)
            let numberPieces = block.pieces.filter { $0.role == .footnoteNumber }.count
            if callNumbers.count + (block.footnoteNumber == nil ? 0 : 1) != numberPieces {
                return "block \(index) (line \(block.location.line)): footnote numbers differ from their pieces"
            }
        }
        return nil
    }

    private static func firstDifference(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int? {
        for index in 0..<min(lhs.count, rhs.count) where lhs[index] != rhs[index] { return index }
        return lhs.count == rhs.count ? nil : min(lhs.count, rhs.count)
    }

    private static func context<S: Collection>(_ scalars: S, _ index: Int) -> String where S.Element == Unicode.Scalar {
        String(scalars: scalars.dropFirst(max(0, index - 5)).prefix(12))
    }
}
