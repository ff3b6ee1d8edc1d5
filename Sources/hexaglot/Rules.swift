import ArgumentParser
import Foundation
import Hexaglot

extension HexaglotCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List the rules `check`, `align` and `tmx-stats` report: id, usual severity and meaning.",
            discussion: """
                Rule ids are stable: match on them in scripts (`jq '.findings[] | select(.rule == "numbering.gap")'`).
                """
        )

        @Flag(help: "Print a Markdown table instead of aligned columns.")
        var markdown = false

        func run() throws {
            let rules = Checker.rules + AlignmentFindings.rules + TMXStatistics.rules
            var output = ""
            if markdown {
                for rule in rules { output += "| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.summary) |\n" }
            } else {
                let width = rules.map(\.id.count).max() ?? 0
                for rule in rules {
                    let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                    output +=
                        "\(id)  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.summary)\n"
                }
            }
            try writeStandardOutput(output)
        }
    }
}
