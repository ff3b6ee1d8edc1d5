import ArgumentParser
import Hexaglot

extension HexaglotCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find numbering, footnote and text faults in UN documents.",
            discussion: """
                Each file is checked on its own. Findings print compiler style, one a line \
                (path:line:column: severity: message [rule]) with a note saying what was expected and found.

                Examples:
                  hexaglot check samples/A-C.1-73-L.27.zh.md
                  hexaglot check --format json report.ru.txt | jq .summary
                  cat draft.txt | hexaglot check --language fr -
                """
        )

        @Argument(help: "Documents to check; - reads standard input.")
        var files: [String]

        @OptionGroup var input: InputOptions

        @Option(help: "text (compiler style) or json (the contract for scripts).")
        var format: ReportFormat = .text

        func run() throws {
            let loader = try input.loader()
            let checker = Checker(catalog: loader.catalog)
            var documents: [Document] = []
            var findings: [Finding] = []
            for path in files {
                let document = try input.load(path, with: loader)
                documents.append(document)
                findings += checker.check(document)
            }
            let report = CheckReport(documents: documents, findings: findings)
            try writeStandardOutput(format == .json ? report.json() : report.text())
            if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
        }
    }
}
