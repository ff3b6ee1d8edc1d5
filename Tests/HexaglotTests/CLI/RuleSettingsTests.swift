import Foundation
import Testing

@testable import Hexaglot

/// `hexaglot rules` and the README list the registry's rules; `.hexaglot.yaml`, `--config`, `--disable` and
/// `--severity` switch rules off and re-grade them, and bad settings stop the run with one line.
@Suite struct RuleSettingsTests {
    /// The README's rule table is what `hexaglot rules --markdown` prints, row for row.
    @Test func readmeTableIsTheRegistry() throws {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "| rule | severity | reported by | what it reports |"))
        let table = readme[start.lowerBound...].split(separator: "\n\n", maxSplits: 1)[0]
        let printed = try CommandRunner.run(["rules", "--markdown"])
        #expect(printed.status == 0)
        #expect(printed.stdout == table + "\n", "regenerate the README table with hexaglot rules --markdown")
        #expect(printed.stdout == RuleRegistry.markdownTable())
    }

    /// Every rule has one id of the form `family.name`, listed by `hexaglot rules` with its severity.
    @Test func everyRuleIsListedOnce() throws {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        let listed = try CommandRunner.run(["rules"])
        for rule in RuleRegistry.all {
            #expect(rule.id.wholeMatch(of: /[a-z]+\.[a-z-]+/) != nil, "\(rule.id)")
            #expect(listed.stdout.contains("\(rule.id) "))
            #expect(RuleRegistry.commands(reporting: rule.id) != nil)
        }
    }

    /// The registry's `check` group holds exactly the rules of the standard checks (and the accept-note rule):
    /// a check added to `Checker.standardChecks` cannot report a rule the registry does not know.
    @Test func registryKnowsEveryStandardCheckRule() throws {
        let group = try #require(RuleRegistry.groups.first { $0.commands == "check" })
        let fromChecks = Checker.standardChecks(catalog: Fixtures.catalog).flatMap { type(of: $0).rules }
        #expect(group.rules.map(\.id).sorted() == (fromChecks + [Checker.unknownRule]).map(\.id).sorted())
    }

    /// Findings of the sample as JSON objects, with the settings file `settings` (if any) in the folder the
    /// command runs in, and `options`.
    private func findings(settings: String?, _ options: [String] = []) throws -> (
        findings: [[String: Any]], json: [String: Any], status: Int32
    ) {
        let folder = try TemporaryDirectory()
        if let settings { _ = try folder.file(".hexaglot.yaml", text: settings) }
        let result = try ProcessResult.run(
            CommandRunner.binary.path, ["check", "--format", "json"] + options + [Fixtures.sample], in: folder.url)
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return (try #require(json["findings"] as? [[String: Any]]), json, result.status)
    }

    private func rules(_ findings: [[String: Any]]) -> [String] { findings.compactMap { $0["rule"] as? String } }

    /// A settings file with one rule off removes exactly that rule's findings; one re-graded changes only that
    /// rule's severity; the JSON names the file and what it changed.
    @Test func settingsFileSwitchesOffAndRegradesRules() throws {
        let usual = try findings(settings: nil)
        #expect(rules(usual.findings).contains("numbering.mixed-family"))
        #expect(rules(usual.findings).contains("text.traditional-character"))
        let off = try findings(settings: "disable:\n  - numbering.mixed-family\n")
        #expect(rules(off.findings) == rules(usual.findings).filter { $0 != "numbering.mixed-family" })
        let configuration = try #require(off.json["configuration"] as? [String: Any])
        #expect((configuration["file"] as? String)?.hasSuffix("/.hexaglot.yaml") == true)
        #expect(configuration["disabled"] as? [String] == ["numbering.mixed-family"])

        let regraded = try findings(settings: "severity:\n  text.traditional-character: error\n")
        // Findings are listed by place and severity: compare them by rule, line and message.
        func key(_ finding: [String: Any]) -> String {
            "\(finding["rule"] ?? "") \(finding["line"] ?? "") \(finding["message"] ?? "")"
        }
        let usualByKey = Dictionary(usual.findings.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        #expect(Set(regraded.findings.map(key)) == Set(usualByKey.keys))
        #expect(regraded.findings.count == usual.findings.count)
        for after in regraded.findings {
            let original = try #require(usualByKey[key(after)])
            let expected =
                original["rule"] as? String == "text.traditional-character" ? "error" : original["severity"] as? String
            #expect(after["severity"] as? String == expected)
        }
    }

    /// Options apply over the file; `--no-config` ignores it; the text summary says what was changed and by what.
    @Test func optionsApplyOverTheFile() throws {
        let usual = try findings(settings: nil)
        let both = try findings(
            settings: "disable: [numbering.mixed-family]\n", ["--disable", "text.traditional-character"])
        #expect(
            rules(both.findings)
                == rules(usual.findings).filter { $0 != "numbering.mixed-family" && $0 != "text.traditional-character" }
        )
        let ignored = try findings(settings: "disable: [numbering.mixed-family]\n", ["--no-config"])
        #expect(rules(ignored.findings) == rules(usual.findings))
        // Every error of the sample is a mixed-family one: graded down, the check passes (exit 0).
        #expect(usual.status == 1)
        #expect(
            usual.findings.allSatisfy {
                $0["severity"] as? String != "error" || $0["rule"] as? String == "numbering.mixed-family"
            })
        let graded = try findings(settings: nil, ["--severity", "numbering.mixed-family=warning"])
        #expect(graded.status == 0)
        #expect(rules(graded.findings) == rules(usual.findings))

        let text = try CommandRunner.run(["check", "--disable", "numbering.mixed-family", Fixtures.sample])
        #expect(text.stdout.hasSuffix("; 1 rule off by options\n"))
        #expect(!text.stdout.contains("[numbering.mixed-family]"))
    }

    /// A settings file in a parent folder applies to a run in a subfolder.
    @Test func settingsFileIsFoundInAParentFolder() throws {
        let folder = try TemporaryDirectory()
        let settings = try folder.file(".hexaglot.yaml", text: "disable: [numbering.mixed-family]\n")
        let inner = folder.url.appendingPathComponent("drafts/2026")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        #expect(RuleSettings.file(searchingUpFrom: inner)?.path == settings)
        let result = try ProcessResult.run(CommandRunner.binary.path, ["check", Fixtures.sample], in: inner)
        #expect(!result.stdout.contains("[numbering.mixed-family]"))
        #expect(result.stdout.hasSuffix("; 1 rule off by \(settings)\n"))
    }

    /// Each kind of bad setting: one line naming where it is and what is wrong, exit 2, nothing on standard output.
    @Test func badSettingsStopTheRun() throws {
        let folder = try TemporaryDirectory()
        let cases: [(setup: String?, options: [String], message: String)] = [
            ("disable: [numbering.gapp]\n", [], "no rule numbering.gapp (did you mean numbering.gap,"),
            ("disabel: [numbering.gap]\n", [], "unknown key disabel; expected disable: and severity:"),
            ("disable: numbering.gap\n", [], "disable: expected a list of rule ids"),
            ("severity:\n  numbering.gap: fatal\n", [], "numbering.gap: severity fatal is not error, warning or info"),
            ("severity: [numbering.gap]\n", [], "severity: expected rule: error, warning or info"),
            ("disable: [unclosed\n", [], "not valid YAML"),
            (nil, ["--disable", "numbering.gapp"], "--disable: no rule numbering.gapp"),
            (nil, ["--severity", "numbering.gap"], "--severity: expected rule=level, not numbering.gap"),
            (nil, ["--severity", "nothing.here=info"], "--severity: no rule nothing.here (hexaglot rules lists them)"),
            (
                nil, ["--config", folder.url.appendingPathComponent("none.yaml").path],
                "none.yaml: cannot read the file"
            ),
        ]
        for (index, bad) in cases.enumerated() {
            var options = bad.options
            if let setup = bad.setup {
                options += ["--config", try folder.file("settings\(index).yaml", text: setup)]
            }
            let result = try CommandRunner.run(["check"] + options + [Fixtures.sample])
            #expect(result.status == 2, "\(bad.message)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("hexaglot: error: "), "\(result.stderr)")
            #expect(result.stderr.contains(bad.message), "\(result.stderr)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        }
    }

    /// `align`, `export`, `review` and `reissue` take the same rule options as `check`.
    @Test func everyCommandWithFindingsTakesTheRuleOptions() throws {
        let folder = try TemporaryDirectory()
        let chinese = try folder.file("d.zh.txt", text: "1. 各国应当合作。\n\n2. 秘书长应当报告。\n")
        let english = try folder.file(
            "d.en.txt",
            text: "1. States shall cooperate.\n\n2. The Secretary-General shall report.\n\n"
                + "This long paragraph was added in English and has no counterpart in the Chinese version at all.\n")
        // `review` shows the versions' comparison, which reports the added paragraph as xlang.omission.
        let commands: [(arguments: [String], rule: String)] = [
            (["align", "--format", "tsv"], "align.omission"),
            (["export", "--tmx", folder.url.appendingPathComponent("d.tmx").path], "align.omission"),
            (["review", "-o", "-"], "xlang.omission"),
        ]
        for (command, rule) in commands {
            let usual = try CommandRunner.run(command + [chinese, english])
            #expect((usual.stdout + usual.stderr).contains(rule), "\(command)")
            let off = try CommandRunner.run(command + ["--disable", rule, chinese, english])
            #expect(off.status == 0)
            #expect(!(off.stdout + off.stderr).contains("[\(rule)]"), "\(command)")
            #expect(!off.stdout.contains("data-rule=\"\(rule)\""), "\(command)")
            let misspelt = try CommandRunner.run(command + ["--disable", "align.omision", chinese, english])
            #expect(misspelt.status == 2)
            #expect(misspelt.stderr.contains("--disable: no rule align.omision (did you mean align.omission,"))
        }
        let original = try folder.file("r.zh.txt", text: "1. 各国应当合作。\n\n2. 秘书长应当报告。\n")
        let reissued = try folder.file("r2.zh.txt", text: "1. 各国应当合作。\n\n2. 秘书长应当报告并提出建议。\n")
        let usual = try CommandRunner.run(["reissue", original, reissued])
        #expect(usual.status == 1)
        #expect(usual.stdout.contains("[reissue.missing-note]"))
        let regraded = try CommandRunner.run(
            ["reissue", "--severity", "reissue.missing-note=warning", original, reissued])
        #expect(regraded.status == 0)
        #expect(regraded.stdout.contains("warning: no reissue note in the Chinese wording [reissue.missing-note]"))
    }
}
