/// A fault found in a document: never a thrown error, always a value with a stable rule id.
public struct Finding: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case info, warning, error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var rule: String
    public var severity: Severity
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String
    public var expected: String?
    public var found: String?
    /// The same place in another version of the document, for findings that compare versions.
    public var counterpart: Place?

    /// A place in a file: path, line and column (1-based).
    public struct Place: Sendable, Hashable, Codable {
        public var path: String
        public var line: Int
        public var column: Int

        public init(path: String, location: SourceLocation) {
            self.path = path
            line = location.line
            column = location.column
        }
    }

    public init(
        rule: String,
        severity: Severity,
        path: String,
        location: SourceLocation,
        message: String,
        expected: String? = nil,
        found: String? = nil,
        counterpart: Place? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.path = path
        self.line = location.line
        self.column = location.column
        self.message = message
        self.expected = expected
        self.found = found
        self.counterpart = counterpart
    }
}
