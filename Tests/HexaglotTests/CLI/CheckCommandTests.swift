import Foundation
import Testing

/// `hexaglot check` and `hexaglot structure` as a user runs them: output, errors and exit status.
@Suite struct CheckCommandTests {
    static let sample = "samples/A-C.1-73-L.27.zh.md"

    @Test func reportsTheSampleCompilerStyleAndExitsOne() throws {
        let result = try CommandRunner.run(["check", Self.sample])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        #expect(
            result.stdout.contains(
                "\(Self.sample):82:1: error: (d) starts a run of 8 items numbered in Latin letters inside a list of Chinese numerals, (d)…(k); their positions call for (九)…(十六) [numbering.mixed-family]"
            ))
        #expect(result.stdout.contains("    note: expected (九), found (d)\n"))
        #expect(
            result.stdout.contains(
                "\(Self.sample):92:53: warning: traditional 關鍵 in Simplified Chinese text; write 关键 [text.traditional-character]"
            ))
        #expect(result.stdout.hasSuffix("1 file checked: 8 errors, 2 warnings\n"))
    }

    /// The JSON contract, compared with a golden file; `HEXAGLOT_RECORD=1 swift test` writes it anew.
    @Test func writesTheJSONContract() throws {
        let result = try CommandRunner.run(["check", "--format", "json", Self.sample])
        #expect(result.status == 1)
        let golden = Fixtures.root.appendingPathComponent("Tests/HexaglotTests/Golden/check-sample.json")
        if ProcessInfo.processInfo.environment["HEXAGLOT_RECORD"] == "1" {
            try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(result.stdout == (try String(contentsOf: golden, encoding: .utf8)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary["errors"] == 8)
    }

    @Test func exitsZeroWhenNothingIsAnError() throws {
        let result = try CommandRunner.run(
            ["check", "--language", "en", "-"], stdin: "1. Decides:\n(a) first;\n(b) second.\n")
        #expect(result.status == 0)
        #expect(result.stdout == "1 file checked: 0 errors, 0 warnings\n")
    }

    @Test func readsStandardInput() throws {
        let result = try CommandRunner.run(["check", "-"], stdin: "(一) 各国应遵守。\n(二) 各国应遵循。\n(四) 各国不应。\n")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("-:3:1: error: (三) is missing"))
    }

    @Test func showsTheStructureItUnderstood() throws {
        let result = try CommandRunner.run(["structure", Self.sample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("96:1 (lines 96, 102) listItem L1 (k) (position calls for (十六))"))
        #expect(result.stdout.contains("减轻源自其领土的"))
        #expect(result.stdout.contains("98:1 footnoteBody [5]"))
        #expect(result.stdout.contains("78:1 listItem L2 (甲)"))
        let json = try CommandRunner.run(["structure", "--format", "json", Self.sample])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["blocks"] as? [Any])?.count == 68)
    }

    @Test func teachesWithItsHelp() throws {
        let result = try CommandRunner.run(["check", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("--format <format>"))
    }
}
