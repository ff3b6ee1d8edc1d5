/// A contiguous run of input characters and the role it plays in the structure.
///
/// Every non-whitespace character of the input belongs to exactly one piece; that is how the
/// nothing-lost invariant is checked.
public struct SourcePiece: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, Codable {
        /// Conversion markup such as `## `, `- `, `<sup>`, `\` or a `---` rule.
        case markup
        /// A list marker or paragraph number such as `(一)`, `1.` or `а)`.
        case marker
        /// Text of the block.
        case text
        /// The number of a footnote call or the number opening a footnote body.
        case footnoteNumber
    }

    public var role: Role
    public var text: String
    public var location: SourceLocation
    /// Where the piece starts in its block's `text`, in Unicode scalars (text pieces only).
    public var textOffset: Int?

    public init(role: Role, text: String, location: SourceLocation, textOffset: Int? = nil) {
        self.role = role
        self.text = text
        self.location = location
        self.textOffset = textOffset
    }
}
