import ArgumentParser
import Hexaglot

extension HexaglotCommand {
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "segment",
            abstract: "Cut a document into the sentences or clauses the aligner lines up.",
            discussion: """
                Segments are numbered from 0 in the order the aligner uses: the text in reading order, then the \
                footnote bodies by number. Each line shows where the segment starts (path:line:column), its id, \
                its marker and text, and [^n] for a footnote call it holds.

                Examples:
                  hexaglot segment samples/A-C.1-73-L.27.zh.md
                  hexaglot segment --unit clause --format json report.fr.txt | jq '.segments | length'
                """
        )

        @Argument(help: "The document; - reads standard input.")
        var file: String

        @OptionGroup var input: InputOptions

        @Option(help: "sentence, or clause (sentences cut after ; and before inline lists too).")
        var unit: UnitOption = .sentence

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func run() throws {
            let loader = try input.loader()
            let document = try input.load(file, with: loader)
            let report = SegmentReport(Segmenter(language: document.language, unit: unit.unit).segment(document))
            try writeStandardOutput(format == .json ? report.json() : report.text())
        }
    }
}

/// `--unit`: how finely documents are cut.
enum UnitOption: String, ArgumentChoice {
    case sentence, clause

    var unit: SegmentUnit { self == .clause ? .clause : .sentence }
}
