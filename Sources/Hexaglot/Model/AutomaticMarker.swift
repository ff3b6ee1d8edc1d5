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
    /// Where the level starts counting for this instance: its start override, else the level's start.
    public var start: Int

    public init(definition: String, instance: String, level: Int, format: String, start: Int = 1) {
        self.definition = definition
        self.instance = instance
        self.level = level
        self.format = format
        self.start = start
    }

    /// `list definition 7 (w:num 2), level 1, lowerLetter starting at 4`.
    public var description: String {
        "list definition \(definition) (w:num \(instance)), level \(level), \(format)"
            + (start == 1 ? "" : " starting at \(start)")
    }
}
