import ArgumentParser
import Foundation
import Hexaglot

extension HexaglotCommand {
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "align",
            abstract: "Line up language versions of one document, clause by clause and sentence by sentence.",
            discussion: """
                Every version is aligned to the pivot (Chinese by default) and the alignments are composed into \
                units holding the segments of every version that translate each other; a version may have \
                nothing in a unit (text present in some versions only). Clauses are matched by their numbers \
                first (paragraph 3 (b) is 3 (b) in every language), then by numbers and symbols inside them, \
                then by length.

                Text in one version only (align.omission), units that hardly fit (align.weak) and files that \
                do not look like versions of one document (align.unrelated) are reported on standard error, or \
                under "findings" in the JSON.

                Formats: text (two versions side by side, more one under another), tsv (one unit a line, one \
                column a language, with a header), json (units with segments, locations and scores), beads (two versions only: one \
                [i,j]:[k] line a unit, the first file's 0-based segment ids on the left).

                Examples:
                  hexaglot align report.zh.md report.en.md
                  hexaglot align --format tsv A_RES_217_A_III.{zh,ar,en,es,fr,ru}.txt > udhr.tsv
                  hexaglot align --presegmented --format beads --language zh,en test.zh test.en
                  hexaglot align --format tsv --tmx udhr.tmx A_RES_217_A_III.{zh,en}.txt
                """
        )

        @OptionGroup var versions: AlignmentOptions

        @Option(help: "text, tsv, json or beads.")
        var format: AlignmentFormat = .text

        @Option(
            help: "Width of the text format's two columns together. Default: the terminal's, else $COLUMNS, else 120.")
        var width: Int?

        @OptionGroup(title: "Translation memory") var tmx: TMXOptions

        @OptionGroup var warnings: WarningOptions

        @OptionGroup(title: "Rules") var rules: RuleOptions

        func validate() throws {
            if format == .beads, versions.files.count != 2 {
                throw ValidationError("--format beads needs exactly two files, not \(versions.files.count)")
            }
            if tmx.tmx == "-" {
                throw ValidationError("--tmx -: align writes its report to standard output; use hexaglot export")
            }
        }

        func run() throws {
            let settings = try rules.settings()
            var alignment = try versions.align()
            alignment.findings = settings.apply(to: alignment.findings)
            let report = AlignmentReport(alignment)
            switch format {
            case .text:
                let columns = width ?? TerminalWidth.current(environment: ProcessInfo.processInfo.environment)
                try writeStandardOutput(report.text(width: columns))
            case .tsv: try writeStandardOutput(report.tsv())
            case .beads: try writeStandardOutput(report.beads())
            case .json: try writeStandardOutput(report.json())
            }
            if format != .json { warnings.print(alignment.findings) }
            if tmx.isRequested {
                let summaries = try tmx.export(alignment)
                if !warnings.quiet { TMXOptions.report(summaries) }
            }
        }
    }
}

enum AlignmentFormat: String, ArgumentChoice {
    case text, tsv, json, beads
}
