/// A place in an input file: 1-based line and column (columns count Unicode scalars) and the 0-based UTF-8 byte
/// offset in the decoded, NFC-normalised text.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int
    public var byteOffset: Int

    public init(line: Int, column: Int, byteOffset: Int) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        lhs.byteOffset < rhs.byteOffset
    }

    /// The location `scalars` Unicode scalars further along the same line.
    public func advanced(by scalars: Int, bytes: Int) -> SourceLocation {
        SourceLocation(line: line, column: column + scalars, byteOffset: byteOffset + bytes)
    }
}
