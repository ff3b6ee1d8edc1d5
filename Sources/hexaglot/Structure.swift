import ArgumentParser
import Hexaglot

extension HexaglotCommand {
    struct Structure: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "structure",
            abstract: "Show the document tree Hexaglot reads: blocks with kind, marker, level and location.",
            discussion: """
                Kinds: heading, preamble, operative, paragraph, listItem, footnoteBody, note. L0, L1… is the list \
                level; [n] marks a footnote call or body. A block made from several input lines (a clause split by \
                a page break) lists them.

                Examples:
                  hexaglot structure samples/A-C.1-73-L.27.zh.md
                  hexaglot structure --format json report.en.txt | jq '.blocks[] | select(.kind == "listItem")'
                """
        )

        @Argument(help: "The document; - reads standard input.")
        var file: String

        @OptionGroup var input: InputOptions

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        func run() throws {
            let loader = try input.loader()
            let document = try input.load(file, with: loader)
            let report = StructureReport(document: document)
            try writeStandardOutput(format == .json ? report.json() : report.text(document: document))
        }
    }
}
