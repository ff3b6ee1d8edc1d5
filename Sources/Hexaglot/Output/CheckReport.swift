/// The result of `hexaglot check` over one or more files: the JSON contract for scripts.
public struct CheckReport: Sendable, Codable {
    /// What was read from each file.
    public struct File: Sendable, Codable {
        public var path: String
        public var language: String
        public var encoding: String
        public var format: String
        public var blocks: Int
    }

    public struct Summary: Sendable, Codable {
        public var files: Int
        public var errors: Int
        public var warnings: Int
        public var infos: Int
    }

    public var files: [File]
    public var findings: [Finding]
    public var summary: Summary
    /// The rule settings the findings were reported with: the settings file, the rules off and re-graded.
    public var configuration: RuleSettings

    public init(documents: [Document], findings: [Finding], settings: RuleSettings = RuleSettings()) {
        configuration = settings
        files = documents.map {
            File(
                path: $0.path, language: $0.language.code, encoding: $0.encoding, format: $0.format.rawValue,
                blocks: $0.blocks.count)
        }
        self.findings = findings
        summary = Summary(
            files: documents.count,
            errors: findings.count { $0.severity == .error },
            warnings: findings.count { $0.severity == .warning },
            infos: findings.count { $0.severity == .info }
        )
    }

    /// Exit status: 1 when any finding is an error, else 0.
    public var exitStatus: Int32 { summary.errors > 0 ? 1 : 0 }

    /// Compiler-style lines, `path:line:column: severity: message [rule]`, each followed by an indented note with
    /// what was expected and found, then a one-line summary.
    public func text(style: FindingStyle = .plain) -> String {
        var output = Self.lines(for: findings, style: style)
        let files = summary.files == 1 ? "1 file" : "\(summary.files) files"
        let settings = configuration.summary.map { "; \($0)" } ?? ""
        output +=
            "\(files) checked: \(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning"))"
            + "\(settings)\n"
        return output
    }

    /// Findings compiler style, each followed by a note with what was expected and found and, for findings
    /// that compare versions, where the other version has the same text.
    /// How many findings are listed one by one before they are summed up in a line.
    public static let summaryThreshold = 20

    /// The alignment's findings as `align` and `export` print them on standard error: each one while there are
    /// at most `summaryThreshold` (or `verbose`), else the errors and one line that counts the rest by rule;
    /// `quiet` leaves only the errors.
    public static func alignmentWarnings(
        _ findings: [Finding], verbose: Bool = false, quiet: Bool = false, style: FindingStyle = .plain
    ) -> String {
        if verbose && !quiet || (!quiet && findings.count <= summaryThreshold) {
            return lines(for: findings, style: style)
        }
        let errors = findings.filter { $0.severity == .error }
        let rest = findings.filter { $0.severity != .error }
        var output = lines(for: errors, style: style)
        guard !quiet, !rest.isEmpty else { return output }
        let counts = Dictionary(grouping: rest, by: \.rule).map { "\($0.key) \($0.value.count)" }.sorted()
        output +=
            "hexaglot: \(rest.count) alignment warnings (\(counts.joined(separator: ", "))); --verbose lists them,"
            + " --format json holds them all\n"
        return output
    }

    public static func lines(for findings: [Finding], style: FindingStyle = .plain) -> String {
        var output = ""
        for finding in findings {
            output +=
                "\(finding.path):\(finding.line):\(finding.column): \(style.label(finding.severity)): \(finding.message) [\(finding.rule)]\n"
            switch (finding.expected, finding.found) {
            case let (expected?, found?): output += "    note: expected \(expected), found \(found)\n"
            case let (expected?, nil): output += "    note: expected \(expected)\n"
            case let (nil, found?): output += "    note: found \(found)\n"
            case (nil, nil): break
            }
            if let place = finding.counterpart {
                output += "    counterpart: \(place.path):\(place.line):\(place.column)\n"
            }
        }
        return output
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }

    /// The report as pretty-printed JSON with sorted keys, so output is stable for golden files and diffs.
    public func json() throws -> String {
        try JSONOutput.text(self)
    }
}
