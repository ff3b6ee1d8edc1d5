import Testing

@testable import Hexaglot

/// Clause paths in TMX ids and properties are written as UN English cites clauses, whatever the version's own
/// markers: the seed's (四) in paragraph 1 is `1/(d)`.
struct ClauseLabelTests {
    private let seed: Document

    init() throws {
        seed = Fixtures.parse(
            try String(contentsOfFile: Fixtures.sample, encoding: .utf8), language: "zh", path: Fixtures.sample)
    }

    private func name(ofSegmentStartingWith marker: String) throws -> (clause: String?, name: String) {
        let segmented = Segmenter(language: seed.language).segment(seed)
        let segment = try #require(segmented.segments.first { $0.marker == marker })
        let label = ClauseLabel(seed)
        return (label.clause(of: segment), label.name(of: segment))
    }

    @Test func subparagraphsAreLetteredAndSublistsRoman() throws {
        #expect(try name(ofSegmentStartingWith: "1.").clause == "1")
        #expect(try name(ofSegmentStartingWith: "(四)").clause == "1/(d)")
        #expect(try name(ofSegmentStartingWith: "(甲)").clause == "1/(h)/(i)")
        #expect(try name(ofSegmentStartingWith: "(十七)").clause == "1/(q)")
        // (d) written where (九) belongs stands at the ninth position.
        #expect(try name(ofSegmentStartingWith: "(d)").name == "1/(i)")
    }

    @Test func textOutsideListsIsNamedByKind() throws {
        let segmented = Segmenter(language: seed.language).segment(seed)
        let label = ClauseLabel(seed)
        let preamble = try #require(segmented.segments.first { $0.kind == .preamble })
        #expect(label.name(of: preamble) == "pp1")
        #expect(label.clause(of: preamble) == nil)
        let footnote = try #require(segmented.segments.first { $0.kind == .footnoteBody })
        #expect(label.name(of: footnote) == "fn1")
        let heading = try #require(segmented.segments.first { $0.kind == .heading })
        #expect(label.name(of: heading) == "L\(heading.location.line)")
    }
}
