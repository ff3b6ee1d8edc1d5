import Foundation
import Testing

/// `tools/install.sh` puts hexaglot where a user's `PATH` finds it, and it runs from any folder with no data folder
/// beside it: the language data is compiled in.
@Suite struct InstallTests {
    @Test func installedBinaryRunsThroughPathFromAnotherFolder() throws {
        let prefix = try TemporaryDirectory()
        // The man page writer, built by `tools/install-deps.sh --test` (SwiftPM cannot build it during the tests).
        let manualTool = Fixtures.root.appendingPathComponent(".build/debug/generate-manual").path
        let hasManualTool = FileManager.default.isExecutableFile(atPath: manualTool)
        let install = try ProcessResult.run(
            "/bin/bash",
            [
                Fixtures.root.appendingPathComponent("tools/install.sh").path, "--prefix", prefix.url.path,
                "--binary", CommandRunner.binary.path,
            ] + (hasManualTool ? ["--manual-tool", manualTool] : ["--no-manual"]),
            in: Fixtures.root, environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(install.status == 0, "\(install.stderr)")
        let bin = prefix.url.appendingPathComponent("bin")
        if hasManualTool {
            let manual = prefix.url.appendingPathComponent("share/man/man1")
            for page in ["hexaglot.1", "hexaglot.check.1", "hexaglot.review.1"] {
                let text = try String(contentsOf: manual.appendingPathComponent(page), encoding: .utf8)
                #expect(text.contains(".Dd January 1, 1970"), "\(page)")
            }
            let check = try String(contentsOf: manual.appendingPathComponent("hexaglot.check.1"), encoding: .utf8)
            #expect(check.contains("Find numbering, footnote and text faults"))
        } else {
            print("no .build/debug/generate-manual (tools/install-deps.sh --test builds it): man pages not checked")
        }
        let data = prefix.url.appendingPathComponent("share/hexaglot/languages/zh.yaml")
        #expect(FileManager.default.fileExists(atPath: data.path))

        // From a folder with no `languages/` anywhere above it, found through PATH, with no data folder named.
        let elsewhere = try TemporaryDirectory()
        _ = try elsewhere.file(
            "A-C.1-73-L.27.zh.md", text: try String(contentsOfFile: Fixtures.sample, encoding: .utf8))
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":/usr/bin:/bin"
        environment["HEXAGLOT_LANGUAGES"] = nil
        let installed = try ProcessResult.run(
            "/usr/bin/env", ["hexaglot", "check", "--format", "json", "A-C.1-73-L.27.zh.md"], in: elsewhere.url,
            replacingEnvironment: environment)
        let built = try CommandRunner.run(["check", "--format", "json", Fixtures.sample])
        #expect(installed.status == 1)
        #expect(installed.stderr.isEmpty)
        #expect(
            installed.stdout == built.stdout.replacingOccurrences(of: Fixtures.sample, with: "A-C.1-73-L.27.zh.md"))
    }

    @Test func missingBinaryIsRefusedAndNothingInstalled() throws {
        let prefix = try TemporaryDirectory()
        let result = try ProcessResult.run(
            "/bin/bash",
            [
                Fixtures.root.appendingPathComponent("tools/install.sh").path, "--prefix", prefix.url.path, "--binary",
                "/nonexistent/hexaglot", "--no-manual",
            ],
            in: Fixtures.root)
        #expect(result.status == 2)
        #expect(result.stderr == "install.sh: /nonexistent/hexaglot is not an executable\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix.url.path).isEmpty)
    }

    @Test func unknownArgumentIsRefused() throws {
        let result = try ProcessResult.run(
            "/bin/bash", [Fixtures.root.appendingPathComponent("tools/install.sh").path, "--prefx", "/tmp"],
            in: Fixtures.root)
        #expect(result.status == 2)
        #expect(result.stderr == "install.sh: unknown argument --prefx (see --help)\n")
    }
}
