import ArgumentParser
import Hexaglot

extension HexaglotCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Find numbering, footnote and text faults in UN documents.",
            discussion: """
                Each file is checked on its own. Versions of one document are aligned and compared too \
                (xlang.* rules: list items and lost list numbering, footnotes, numbers (in digits, Chinese \
                numerals, Roman numerals or words), symbols and dates, omitted and untranslated text), each \
                finding naming the place in both versions. Files each in a language of its own are versions \
                of one document; among files in repeated languages, those named alike but for the language code \
                (A_RES_217_A_III.zh.txt, A_RES_217_A_III.en.txt) are. --versions treats all the files as versions \
                of one document.

                Findings print compiler style, one a line (path:line:column: severity: message [rule]) with a \
                note saying what was expected and found, and the counterpart in the other version.

                Examples:
                  hexaglot check samples/A-C.1-73-L.27.zh.md
                  hexaglot check --format json report.ru.txt | jq .summary
                  hexaglot check A_RES_217_A_III.{zh,ar,en,es,fr,ru}.txt
                  hexaglot check --pivot en draft.txt projet.txt proyecto.txt
                  cat draft.txt | hexaglot check --language fr -
                  hexaglot check --disable numbering.restart --severity xlang.omission=info *.txt
                """
        )

        @Argument(help: "Documents to check; - reads standard input.")
        var files: [String]

        @OptionGroup var input: InputOptions

        @Flag(help: "Compare all the files as versions of one document, whatever their names.")
        var versions = false

        @Option(help: "The language the other versions are compared with. Default: zh, else the first file's.")
        var pivot: String?

        @Option(help: "text (compiler style) or json (the contract for scripts).")
        var format: ReportFormat = .text

        @OptionGroup(title: "Rules") var rules: RuleOptions

        func run() throws {
            let settings = try rules.settings()
            let loader = try input.loader()
            let documents = try input.load(files, with: loader)
            let findings = try Checker(catalog: loader.catalog).check(documents, asVersions: versions, pivot: pivot)
            let report = CheckReport(documents: documents, findings: settings.apply(to: findings), settings: settings)
            try writeStandardOutput(format == .json ? report.json() : report.text(style: .standardOutput))
            if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
        }
    }
}
