/// `hexaglot reissue` output: a list a person reads (`text`), a unified-diff-like view (`diff`) and JSON.
public struct ReissueReport: Sendable {
    public let result: ReissueResult

    public init(_ result: ReissueResult) {
        self.result = result
    }

    /// Exit status as for `check`: 1 when a finding is an error, else 0.
    public var exitStatus: Int32 { result.findings.contains { $0.severity == .error } ? 1 : 0 }

    /// One line per change, `path:line:column: kind: summary`, with the original's place below; then the marks,
    /// the findings and a summary line.
    public func text(style: FindingStyle = .plain) -> String {
        var out = "\(result.reissue) against \(result.original): \(Self.count(result.changes.count, "change"))\n"
        for change in result.changes {
            let place = change.reissue ?? change.original
            out +=
                "\(place.map { "\($0.path):\($0.line):\($0.column)" } ?? result.reissue): \(change.kind.rawValue): \(change.summary)\n"
            if change.reissue != nil, let original = change.original {
                out += "    original: \(original.path):\(original.line):\(original.column)\n"
            }
        }
        out +=
            "reissue note: "
            + (result.marks.note.map { "\($0)\(result.marks.date.map { " (dated \($0))" } ?? "")" } ?? "none") + "\n"
        out += "document symbol: " + (result.marks.symbol ?? "none found") + "\n"
        out += CheckReport.lines(for: result.findings, style: style)
        out += summaryLine() + "\n"
        return out
    }

    /// The changes as hunks of a unified diff: `@@ -81 +82 @@ 1/(i) renumbered: (九) → (d)`, then the original
    /// (`-`) and the reissue (`+`), and for changed text the change word by word (`~`).
    public func diff() -> String {
        var out = "--- \(result.original)\n+++ \(result.reissue)\n"
        for change in result.changes {
            let old = change.original.map { "-\($0.line)" } ?? "-0"
            let new = change.reissue.map { "+\($0.line)" } ?? "+0"
            // The summary says it all for a marker or a footnote call; changed text gets its word diff below.
            out +=
                "@@ \(old) \(new) @@ "
                + (change.diff == nil ? change.summary : "\(change.kind.rawValue) \(change.clause)") + "\n"
            if let diff = change.diff { out += "~\(diff)\n" }
            if let before = change.before { out += "-\(before)\n" }
            if let after = change.after { out += "+\(after)\n" }
        }
        return out
    }

    public func json() throws -> String {
        try JSONOutput.text(Contract(result: result, summary: summary))
    }

    /// How many changes of each kind, and of findings of each severity.
    public struct Summary: Sendable, Codable {
        public var changes: Int
        public var byKind: [String: Int]
        public var errors: Int
        public var warnings: Int
    }

    public var summary: Summary {
        Summary(
            changes: result.changes.count,
            byKind: Dictionary(result.changes.map { ($0.kind.rawValue, 1) }, uniquingKeysWith: +),
            errors: result.findings.count { $0.severity == .error },
            warnings: result.findings.count { $0.severity == .warning })
    }

    private func summaryLine() -> String {
        let kinds = summary.byKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        return "\(Self.count(summary.changes, "change"))\(kinds.isEmpty ? "" : " (\(kinds))"): "
            + "\(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning"))"
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    struct Contract: Encodable {
        var result: ReissueResult
        var summary: Summary

        enum CodingKeys: String, CodingKey {
            case original, reissue, changes, marks, findings, summary
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(result.original, forKey: .original)
            try container.encode(result.reissue, forKey: .reissue)
            try container.encode(result.changes, forKey: .changes)
            try container.encode(result.marks, forKey: .marks)
            try container.encode(result.findings, forKey: .findings)
            try container.encode(summary, forKey: .summary)
        }
    }
}
