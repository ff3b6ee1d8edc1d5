/// A kind of fault Hexaglot reports: a stable id scripts can match on, its usual severity, and what it means.
public struct Rule: Sendable, Hashable {
    public var id: String
    public var severity: Finding.Severity
    public var summary: String

    public init(_ id: String, _ severity: Finding.Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }

    /// A finding of this rule at `location` of `document`.
    func finding(
        in document: Document,
        at location: SourceLocation,
        _ message: String,
        expected: String? = nil,
        found: String? = nil,
        severity: Finding.Severity? = nil
    ) -> Finding {
        Finding(
            rule: id,
            severity: severity ?? self.severity,
            path: document.path,
            location: location,
            message: message,
            expected: expected,
            found: found
        )
    }
}

/// One check over one document. A check reads the document tree and returns findings; it never throws.
/// Checks are values shared by the threads that check several documents at once.
public protocol DocumentCheck: Sendable {
    /// The rules this check can report.
    static var rules: [Rule] { get }
    func check(_ document: Document) -> [Finding]
}
