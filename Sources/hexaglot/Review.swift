import ArgumentParser
import Foundation
import Hexaglot

extension HexaglotCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Write a side-by-side review page: the versions in parallel, every finding in place.",
            discussion: """
                Checks and aligns the versions as check and align do, and writes one self-contained HTML file that \
                opens offline from disk: one row an aligned unit, one column a version (pivot first), footnote \
                bodies as rows after the body; each finding marked in the cell where it is, with a link to its \
                counterpart, and indexed at the top by rule. Filters by severity and rule, a search box, and j / k \
                to go to the next or previous finding (the page reads without JavaScript).

                Exit status as for check: 1 when some finding is an error.

                Examples:
                  hexaglot review A_RES_217_A_III.{zh,ar,en,es,fr,ru}.txt
                  hexaglot review -o report.html draft.zh.docx draft.en.docx
                  hexaglot review -o - report.zh.md report.en.md > page.html
                """
        )

        @OptionGroup var versions: AlignmentOptions

        @Option(
            name: .shortAndLong,
            help: ArgumentHelp(
                "The page to write; - for standard output. Default: the first file's name with .review.html.",
                valueName: "file"))
        var output: String?

        @OptionGroup var languages: LanguageTagOptions

        @OptionGroup(title: "Rules") var rules: RuleOptions

        func run() throws {
            let settings = try rules.settings()
            var alignment = try versions.align(allowingOne: true)
            alignment.findings = settings.apply(to: alignment.findings)
            let findings = settings.apply(to: Checker(catalog: try versions.reading.loader().catalog).check(alignment))
            let page = ReviewPage(alignment: alignment, findings: findings, languageTags: try languages.tags())
            let destination = output ?? ReviewPage.defaultPath(for: versions.files[0])
            if destination == "-" {
                try writeStandardOutput(page.html())
            } else {
                try page.write(to: destination)
                FileHandle.standardError.write(Data("hexaglot: wrote \(destination)\n".utf8))
            }
            let report = CheckReport(
                documents: alignment.versions.map(\.document), findings: findings, settings: settings)
            if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
        }
    }
}
