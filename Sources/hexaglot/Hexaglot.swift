import ArgumentParser
import Foundation
import Hexaglot

@main
struct HexaglotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hexaglot",
        abstract: "Check, align and export the six language versions of UN documents.",
        discussion: """
            Exit status: 0 when no finding is an error, 1 when some finding is an error, 2 for a usage error or \
            unreadable input (one line on standard error says what and where).
            """,
        version: "hexaglot \(Versions.hexaglot) (ICU \(Versions.icu), libxml2 \(Versions.libxml2))",
        subcommands: [
            Check.self, Structure.self, Segment.self, Align.self, Review.self, Reissue.self, Export.self, TMXStats.self,
            Rules.self,
        ]
    )

    /// Parses and runs the command, mapping every failure to exit status 2 with one line on standard error
    /// (ArgumentParser's own default for usage errors is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = describe(error)
            FileHandle.standardError.write(Data("hexaglot: error: \(message)\n".utf8))
            Foundation.exit(2)
        }
    }

    /// Hexaglot's own errors print as they describe themselves; usage errors as ArgumentParser words them,
    /// on one line, with a pointer to the help.
    private static func describe(_ error: any Error) -> String {
        if let error = error as? any HexaglotError { return error.description }
        return "\(message(for: error)) (see hexaglot help)"
    }
}
