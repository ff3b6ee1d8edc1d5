import Foundation
import Testing

/// The README's library examples are the `Examples/` programs word for word, and they run.
@Suite struct ReadmeExampleTests {
    /// The Swift blocks of the README's Library section.
    private static func librarySnippets() throws -> [String] {
        let readme = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Library\n").dropFirst().first)
            .components(separatedBy: "\n## ")[0]
        return section.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    private static func example(_ name: String) -> URL {
        CommandRunner.binary.deletingLastPathComponent().appendingPathComponent(name)
    }

    @Test func readmeShowsTheExamplesAsTheyAre() throws {
        let snippets = try Self.librarySnippets()
        let files = try ["CheckOneDocument", "AlignInMemory"].map { name in
            try String(
                contentsOf: Fixtures.root.appendingPathComponent("Examples/\(name)/main.swift"), encoding: .utf8)
        }
        #expect(snippets == files)
    }

    @Test func theExamplesRun() throws {
        let check = try ProcessResult.run(Self.example("CheckOneDocument").path, [], in: Fixtures.root)
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("82 numbering.mixed-family (九)\n"))
        let align = try ProcessResult.run(Self.example("AlignInMemory").path, [])
        #expect(align.status == 0, "\(align.stderr)")
        #expect(
            align.stdout
                == "各国应当合作。 | States shall cooperate.\n秘书长应当报告。 | The Secretary-General shall report.\n"
                + "2 2 [\"zh-CN\", \"en\"]\n")
    }
}
