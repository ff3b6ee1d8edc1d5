/// Every rule Hexaglot reports, each with the commands that report it, in the order `hexaglot rules` and the
/// README list them. Rule settings (`RuleSettings`) are checked against it, so a misspelt id is an error.
public enum RuleRegistry {
    /// A group of rules and the commands that report them.
    public struct Group: Sendable {
        public var commands: String
        public var rules: [Rule]
    }

    public static let groups: [Group] = [
        Group(
            commands: "check",
            rules: NumberingCheck.rules + FootnoteCheck.rules + TraditionalCharacterCheck.rules
                + HalfwidthPunctuationCheck.rules + UnbalancedBracketCheck.rules + LetterForDigitCheck.rules
                + ReissueNoteCheck.rules + ConvertedDocumentCheck.rules + [Checker.unknownRule]),
        Group(commands: "check (versions)", rules: VersionComparison.rules),
        Group(commands: "reissue", rules: ReissueComparison.rules),
        Group(commands: "align, export", rules: AlignmentFindings.rules),
        Group(commands: "tmx-stats", rules: TMXStatistics.rules),
    ]

    /// Every rule, in the registry's order.
    public static let all: [Rule] = groups.flatMap(\.rules)

    /// The rule of `id`, or nil when there is none.
    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }

    /// The commands that report the rule of `id`.
    public static func commands(reporting id: String) -> String? {
        groups.first { group in group.rules.contains { $0.id == id } }?.commands
    }

    /// The rules as a Markdown table (the README's, which a test compares with this).
    public static func markdownTable() -> String {
        var table = "| rule | severity | reported by | what it reports |\n| --- | --- | --- | --- |\n"
        for group in groups {
            for rule in group.rules {
                table += "| `\(rule.id)` | \(rule.severity.rawValue) | \(group.commands) | \(rule.summary) |\n"
            }
        }
        return table
    }
}
