import ArgumentParser
import Foundation
import Hexaglot

/// `--config`, `--no-config`, `--disable` and `--severity`: which rules a run reports, and how severely.
struct RuleOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Rule settings to use (disable: and severity:), instead of the .hexaglot.yaml found in the current "
                + "folder or its parents.",
            valueName: "file"))
    var config: String?

    @Flag(help: "Use no .hexaglot.yaml, only the rules' usual settings and the options given.")
    var noConfig = false

    @Option(
        help: ArgumentHelp("Report nothing of this rule (repeatable; hexaglot rules lists them).", valueName: "rule"))
    var disable: [String] = []

    @Option(
        help: ArgumentHelp(
            "Report this rule at another severity: error, warning or info (repeatable).", valueName: "rule=level"))
    var severity: [String] = []

    /// The settings file, if any, with the options applied over it.
    func settings() throws -> RuleSettings {
        var settings = RuleSettings()
        if let config {
            settings = try RuleSettings.read(config)
        } else if !noConfig,
            let found = RuleSettings.file(
                searchingUpFrom: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        {
            settings = try RuleSettings.read(found.path)
        }
        for id in disable { try settings.disable(id, source: "--disable") }
        for setting in severity {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else {
                throw RuleSettingsError(source: "--severity", problem: "expected rule=level, not \(setting)")
            }
            try settings.grade(parts[0], as: parts[1], source: "--severity")
        }
        return settings
    }
}
