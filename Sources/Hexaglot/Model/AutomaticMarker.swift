/// Where Word took a list marker from: a paragraph numbered automatically shows no marker in its text; Word
/// draws it from a list definition of `numbering.xml` (`DocxNumbering`).
public struct AutomaticMarker: Sendable, Hashable, Codable {
    /// The abstract list definition (`w:abstractNumId`), whose counters the marker advances.
    public var definition: String
    /// The list instance the paragraph points to (`w:numId`).
    public var instance: String
    /// The list level, from 1.
    public var level: Int
    /// Word's number format (`chineseCounting`, `lowerLetter`).
    public var format: String

    public init(definition: String, instance: String, level: Int, format: String) {
        self.definition = definition
        self.instance = instance
        self.level = level
        self.format = format
    }

    /// `list definition 3 (w:num 5), level 1, chineseCounting`.
    public var description: String {
        "list definition \(definition) (w:num \(instance)), level \(level), \(format)"
    }
}
