import Foundation
import Testing

@testable import Hexaglot

/// Footnote calls and bodies in PDF-conversion Markdown, on real UDHR text in each language.
@Suite(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
struct FootnoteFaultTests {
    private func footnotes(_ language: String, calls: [Int], bodies: [Int]) throws -> [Finding] {
        let (leadIn, items) = try NumberingFaultTests.udhrParagraphs(language)
        var lines = [leadIn + calls.map { "<sup>\($0)</sup>" }.joined(), ""]
        for (index, number) in bodies.enumerated() {
            lines += ["<sup>\(number)</sup> \(items[index])", ""]
        }
        let document = Fixtures.parse(lines.joined(separator: "\n"), language: language, format: .markdown)
        return Fixtures.check(document).filter { $0.rule.hasPrefix("footnote.") }
    }

    @Test(arguments: Fixtures.languages)
    func acceptsCallsWithTheirBodies(_ language: String) throws {
        #expect(try footnotes(language, calls: [1, 2], bodies: [1, 2]).isEmpty)
    }

    @Test(arguments: Fixtures.languages)
    func findsACallWithoutBody(_ language: String) throws {
        let findings = try footnotes(language, calls: [1, 2], bodies: [1])
        #expect(findings.map(\.rule) == ["footnote.call-without-body"])
        #expect(findings.first?.line == 1)
    }

    @Test(arguments: Fixtures.languages)
    func findsABodyWithoutCall(_ language: String) throws {
        let findings = try footnotes(language, calls: [1], bodies: [1, 2])
        #expect(findings.map(\.rule) == ["footnote.body-without-call"])
        #expect(findings.first?.line == 5)
    }

    @Test func findsADuplicateBodyAndBodiesOutOfOrder() throws {
        let duplicate = try footnotes("en", calls: [1, 2], bodies: [1, 2, 2])
        #expect(duplicate.map(\.rule) == ["footnote.duplicate-body"])
        let disordered = try footnotes("en", calls: [1, 2], bodies: [2, 1])
        #expect(disordered.map(\.rule) == ["footnote.out-of-order"])
    }
}
