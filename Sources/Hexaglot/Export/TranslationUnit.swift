/// One translation unit of a translation memory: the same text in several languages, with where it came from.
public struct TranslationUnit: Sendable, Hashable {
    /// Unique in the file: the document symbol and the clause (`A/C.1/73/L.27#1/(d)`), no spaces.
    public var id: String
    /// `x-` properties of the whole unit: document, clause, footnote.
    public var properties: [Property]
    public var variants: [Variant]

    public init(id: String, properties: [Property], variants: [Variant]) {
        self.id = id
        self.properties = properties
        self.variants = variants
    }

    /// A `<prop type="x-…">` element.
    public struct Property: Sendable, Hashable {
        public var type: String
        public var value: String

        public init(_ type: String, _ value: String) {
            self.type = type
            self.value = value
        }
    }

    /// The unit's text in one language.
    public struct Variant: Sendable, Hashable {
        /// The `xml:lang` tag, `zh-CN`.
        public var language: String
        /// `x-` properties of this version: its own marker, where the text starts in its file.
        public var properties: [Property]
        public var content: [Inline]

        public init(language: String, properties: [Property], content: [Inline]) {
            self.language = language
            self.properties = properties
            self.content = content
        }
    }

    /// A run of a segment's content: text, or a footnote call written as `<ph type="fnote">`.
    public enum Inline: Sendable, Hashable {
        case text(String)
        case footnoteCall(Int)
    }
}
