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

    @Test func noticesADroppedCharacter() {
        let document = Fixtures.parse("(a) 各国应遵守。\n(b) 各国应遵循。\n", language: "zh")
        #expect(NothingLost.violation(in: document, input: "(a) 各国应遵守。\n(b) 各国应遵循。\n") == nil)
        #expect(NothingLost.violation(in: document, input: "(a) 各国应遵守。\n(b) 各国应遵循联合国。\n") != nil)
    }
}
