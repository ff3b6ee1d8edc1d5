public import Foundation

/// Which rules a team has switched off and which it grades otherwise: from a `.hexaglot.yaml` file and the
/// command line (`--disable RULE`, `--severity RULE=LEVEL`), applied to the findings before they are reported.
///
/// ```yaml
/// # .hexaglot.yaml, in the folder a command runs in or one of its parents
/// disable:
///   - numbering.restart
/// severity:
///   xlang.omission: info
/// ```
public struct RuleSettings: Sendable, Equatable, Codable {
    /// The file the settings were read from, if any.
    public var file: String?
    /// Rules whose findings are dropped.
    public var disabled: Set<String> = []
    /// Rules whose findings take another severity.
    public var severities: [String: Finding.Severity] = [:]
    /// Whether options changed the settings (rather than the file alone).
    var changedByOptions = false

    /// The name of the settings file looked for.
    public static let fileName = ".hexaglot.yaml"

    /// No rule off, every rule at its usual severity.
    public init() {}

    /// The settings of a `.hexaglot.yaml` file's text; `file` names it in errors.
    public init(yaml: String, file: String) throws(RuleSettingsError) {
        self.file = file
        let node: LanguageDataNode
        do {
            node = try LanguageDataNode.parse(yaml: yaml, file: file)
        } catch {
            throw RuleSettingsError(source: file, problem: error.problem)
        }
        guard case .map(let keys) = node else {
            throw RuleSettingsError(source: file, problem: "expected disable: and severity:")
        }
        for key in keys.keys.sorted() where key != "disable" && key != "severity" {
            throw RuleSettingsError(source: file, problem: "unknown key \(key); expected disable: and severity:")
        }
        if let listed = keys["disable"] {
            guard case .list(let items) = listed else {
                throw RuleSettingsError(source: file, problem: "disable: expected a list of rule ids")
            }
            for item in items {
                guard let id = item.text else {
                    throw RuleSettingsError(source: file, problem: "disable: expected a list of rule ids")
                }
                try disable(id, source: file)
            }
        }
        if let severity = keys["severity"] {
            guard case .map(let pairs) = severity else {
                throw RuleSettingsError(source: file, problem: "severity: expected rule: error, warning or info")
            }
            for (id, level) in pairs.sorted(by: { $0.key < $1.key }) {
                try grade(id, as: level.text ?? "", source: file)
            }
        }
    }

    /// The settings file for a command run in `directory`: `.hexaglot.yaml` there or in the nearest parent
    /// folder that has one.
    public static func file(searchingUpFrom directory: URL) -> URL? {
        var folder = directory.standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName)
            if FileManager.default.isReadableFile(atPath: candidate.path) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The settings of the file at `path`.
    public static func read(_ path: String) throws(RuleSettingsError) -> RuleSettings {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleSettingsError(source: path, problem: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RuleSettingsError(source: path, problem: "not UTF-8 text")
        }
        return try RuleSettings(yaml: text, file: path)
    }

    /// Switches off rule `id`; `source` (a file, or the option) names where it was asked for in errors.
    public mutating func disable(_ id: String, source: String) throws(RuleSettingsError) {
        _ = try Self.known(id, source: source)
        disabled.insert(id)
        if source != file { changedByOptions = true }
    }

    /// Gives rule `id`'s findings severity `level` (`error`, `warning` or `info`).
    public mutating func grade(_ id: String, as level: String, source: String) throws(RuleSettingsError) {
        _ = try Self.known(id, source: source)
        guard let severity = Finding.Severity(rawValue: level) else {
            throw RuleSettingsError(source: source, problem: "\(id): severity \(level) is not error, warning or info")
        }
        severities[id] = severity
        if source != file { changedByOptions = true }
    }

    /// What the settings change and where they come from, for the end of a report's summary line
    /// (`1 rule off and 1 re-graded by .hexaglot.yaml`); nil for the usual settings.
    public var summary: String? {
        guard !isDefault else { return nil }
        var changes: [String] = []
        if !disabled.isEmpty { changes.append(disabled.count == 1 ? "1 rule off" : "\(disabled.count) rules off") }
        if !severities.isEmpty { changes.append("\(severities.count) re-graded") }
        let sources = [file, changedByOptions ? "options" : nil].compactMap(\.self).joined(separator: " and ")
        return changes.joined(separator: " and ") + " by " + sources
    }

    /// Whether these are the usual settings: nothing off, nothing graded otherwise.
    public var isDefault: Bool { disabled.isEmpty && severities.isEmpty }

    /// `findings` without those of switched-off rules, each with its rule's severity here.
    public func apply(to findings: [Finding]) -> [Finding] {
        guard !isDefault else { return findings }
        return findings.compactMap { finding in
            guard !disabled.contains(finding.rule) else { return nil }
            var finding = finding
            if let severity = severities[finding.rule] { finding.severity = severity }
            return finding
        }
    }

    private static func known(_ id: String, source: String) throws(RuleSettingsError) -> Rule {
        guard let rule = RuleRegistry.rule(id) else {
            let family = id.split(separator: ".").first.map(String.init) ?? id
            let near = RuleRegistry.all.map(\.id).filter { $0.hasPrefix(family + ".") }
            let hint = near.isEmpty ? "hexaglot rules lists them" : "did you mean " + near.joined(separator: ", ")
            throw RuleSettingsError(source: source, problem: "no rule \(id) (\(hint))")
        }
        return rule
    }

    private enum CodingKeys: String, CodingKey {
        case file, disabled, severities = "severity"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(disabled.sorted(), forKey: .disabled)
        try container.encode(severities.mapValues(\.rawValue), forKey: .severities)
    }
}

/// Rule settings that cannot be used: where they came from (a file, or an option) and what is wrong.
public struct RuleSettingsError: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var problem: String

    public init(source: String, problem: String) {
        self.source = source
        self.problem = problem
    }

    public var description: String { "\(source): \(problem)" }
}
