import Foundation
import Testing

@testable import Hexaglot

/// Every non-whitespace character of the input is accounted for, in order, on the seed and the whole corpus.
@Suite struct NothingLostTests {
    @Test func holdsOnTheBundledSample() throws {
        let source = try InputReader().read(Fixtures.sample)
        let document = DocumentParser(catalog: Fixtures.catalog).parse(source)
        #expect(NothingLost.violation(in: document, input: source.text) == nil)
    }

    static var corpusFiles: [String] {
        guard Fixtures.hasCorpus else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)), arguments: corpusFiles)
    func holdsOnCorpusFile(_ name: String) throws {
        let source = try InputReader().read(Fixtures.corpusFile(name))
        let document = DocumentParser(catalog: Fixtures.catalog).parse(source)
        #expect(NothingLost.violation(in: document, input: source.text) == nil)
        #expect(document.blocks.count > 10)
    }

    /// The real texts, whose paragraphs are cut where items and headings were run in, wrapped lines joined, numbers
    /// alone on their line joined to their text and markers read back as text.
    static var realFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.real.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map(Fixtures.realPath)
    }

    @Test(arguments: realFiles)
    func holdsOnRealText(_ path: String) throws {
        let source = try InputReader().read(path)
        let document = DocumentParser(catalog: Fixtures.catalog).parse(source)
        #expect(NothingLost.violation(in: document, input: source.text) == nil)
    }

    @Test func holdsWhereThousandsOfItemsAreRunIntoOneParagraph() throws {
        let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
        let items = (0..<2_000).map {
            "(\(String(repeating: letters[$0 % 26], count: $0 / 26 + 1))) Text of item \($0)."
        }
        let text = "Intro: " + items.joined(separator: " ") + "\n"
        let document = Fixtures.parse(text, language: "en", format: .plain)
        #expect(NothingLost.violation(in: document, input: text) == nil)
        // Doubled letters are markers up to eight letters, (hhhhhhhh): 208 items.
        #expect(document.blocks.filter(\.isRunIn).count > 200)
        let findings = Fixtures.check(document)
        #expect(findings.map(\.rule) == ["numbering.run-in"])
    }

    @Test func noticesADroppedCharacter() {
        let document = Fixtures.parse("(a) 各国应遵守。\n(b) 各国应遵循。\n", language: "zh")
        #expect(NothingLost.violation(in: document, input: "(a) 各国应遵守。\n(b) 各国应遵循。\n") == nil)
        #expect(NothingLost.violation(in: document, input: "(a) 各国应遵守。\n(b) 各国应遵循联合国。\n") != nil)
    }
}
