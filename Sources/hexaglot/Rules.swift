import ArgumentParser
import Foundation
import Hexaglot

extension HexaglotCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List the rules Hexaglot reports: id, usual severity and meaning.",
            discussion: """
                Rule ids are stable: match on them in scripts (`jq '.findings[] | select(.rule == "numbering.gap")'`), \
                switch them off or re-grade them with --disable and --severity or a .hexaglot.yaml file.
                """
        )

        @Flag(help: "Print a Markdown table instead of aligned columns.")
        var markdown = false

        func run() throws {
            let rules = RuleRegistry.all
            var output = ""
            if markdown {
                output = RuleRegistry.markdownTable()
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
