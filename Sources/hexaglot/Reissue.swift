import ArgumentParser
import Hexaglot

extension HexaglotCommand {
    struct Reissue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reissue",
            abstract: "Compare an original with its reissue: what changed, and is the reissue marked as one.",
            discussion: """
                Both texts are in one language. Clauses are paired by their words, then by their paragraph \
                numbers, then by their place; the report lists clauses added, removed, moved and renumbered, text \
                changed inside a clause (word by word, character by character in Chinese: [-old-]{+new+}), and \
                footnotes added, removed, changed or called in another clause. It checks the reissue's marks: \
                the reissue note in the language's wording (with its date) and the * on the document symbol.

                --expect-only names what the reissue was announced to change (numbering, footnotes, text, \
                clauses); any other change is an error (reissue.unexpected-change). Exit status as for check: 1 \
                when a finding is an error, 2 for unreadable input.

                Formats: text (one line a change), diff (unified-diff-like hunks: - original, + reissue, ~ the \
                word-level change), json.

                Examples:
                  hexaglot reissue original.zh.md samples/A-C.1-73-L.27.zh.md
                  hexaglot reissue --expect-only numbering,footnotes old.fr.txt new.fr.txt
                  hexaglot reissue --format diff old.en.txt new.en.txt | less
                """
        )

        @Argument(help: "The original text.")
        var original: String

        @Argument(help: "The reissued text, in the same language.")
        var reissue: String

        @OptionGroup var input: InputOptions

        @Option(
            name: .customLong("expect-only"),
            help: ArgumentHelp(
                "What the reissue was to change, comma-separated: numbering, footnotes, text, clauses.",
                valueName: "kinds"))
        var expectOnly: String?

        @Option(help: "text, diff or json.")
        var format: ReissueFormat = .text

        @OptionGroup(title: "Rules") var rules: RuleOptions

        func validate() throws {
            _ = try expectedCategories()
        }

        func expectedCategories() throws -> Set<ReissueChange.Category>? {
            guard let expectOnly else { return nil }
            var categories: Set<ReissueChange.Category> = []
            for name in expectOnly.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let category = ReissueChange.Category(rawValue: name), category != .note else {
                    throw ValidationError(
                        "--expect-only \(name): expected numbering, footnotes, text or clauses")
                }
                categories.insert(category)
            }
            return categories
        }

        func run() throws {
            let settings = try rules.settings()
            let loader = try input.loader()
            let documents = try input.load([original, reissue], with: loader)
            let (before, after) = (documents[0], documents[1])
            guard before.language.code == after.language.code else {
                throw ValidationError(
                    "\(original) is \(before.language.name) and \(reissue) \(after.language.name): a reissue is compared with its original in one language (versions in several languages: hexaglot check)"
                )
            }
            var result = ReissueComparison(catalog: loader.catalog)
                .compare(original: before, reissue: after, expectOnly: try expectedCategories())
            result.findings = settings.apply(to: result.findings)
            let report = ReissueReport(result)
            switch format {
            case .text: try writeStandardOutput(report.text(style: .standardOutput))
            case .diff: try writeStandardOutput(report.diff())
            case .json: try writeStandardOutput(report.json())
            }
            if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
        }
    }
}

enum ReissueFormat: String, ArgumentChoice {
    case text, diff, json
}
