import ArgumentParser
import Foundation
import Hexaglot

extension HexaglotCommand {
    struct TMXStats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tmx-stats",
            abstract: "Count the units and languages of a TMX file and list what CAT tools would reject.",
            discussion: """
                Problems print compiler style (path:line: severity: message [rule]); the rules are \
                \(TMXStatistics.rules.map(\.id).joined(separator: ", ")) (hexaglot rules says what each means).

                The file is read as a stream with no network access, no DTD loading and no entity expansion:
                an entity reference, nesting deeper than 64 elements, or a file over --max-size ends in one line \
                on standard error and exit status 2. Exit status 1 when some problem is an error, else 0.

                Examples:
                  hexaglot tmx-stats udhr.tmx
                  hexaglot tmx-stats --format json memory.tmx | jq .units
                """
        )

        @Argument(help: "The TMX file; - reads standard input.")
        var file: String

        @Option(help: "text or json.")
        var format: ReportFormat = .text

        @Option(name: .customLong("max-size"), help: "Refuse files larger than this many MiB.")
        var maxSize = InputReader.defaultMaximumBytes / 1_048_576

        func validate() throws {
            try ReadingOptions.validate(maxSize: maxSize)
        }

        func run() throws {
            let statistics = try TMXStatistics.read(file, reader: InputReader(maximumBytes: maxSize * 1_048_576))
            let report = TMXStatisticsReport(statistics)
            try writeStandardOutput(format == .json ? try report.json() : report.text())
            if statistics.errorCount > 0 { throw ExitCode(1) }
        }
    }
}
