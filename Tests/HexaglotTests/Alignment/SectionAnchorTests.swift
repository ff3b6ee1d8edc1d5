import Foundation
import Testing

@testable import Hexaglot

/// Articles, parts and the paragraphs inside them anchor the alignment of treaty texts: `第一条` is
/// `Artículo 1` and `Статья 1`, never `PARTE I`, and paragraph 11 of article 1 is paragraph 11 in every version
/// though every article has one.
@Suite struct SectionAnchorTests {
    private static func aligned(_ codes: [String], _ name: (String) -> String) throws -> (
        [SegmentedDocument], Alignment
    ) {
        let versions = try codes.map { code in
            let document = try Fixtures.load(name(code))
            return Segmenter(language: document.language).segment(document)
        }
        return (versions, Aligner().align(versions, pivot: 0))
    }

    /// The lines of `version` in the unit that holds the pivot's segment at `line`:`column`.
    private static func counterpart(
        line: Int, column: Int = 1, in alignment: Alignment, _ versions: [SegmentedDocument], version: Int
    ) throws -> [Int] {
        let pivot = try #require(
            versions[0].segments.firstIndex { $0.location.line == line && $0.location.column == column })
        let unit = try #require(alignment.units.first { $0.ranges[0].contains(pivot) })
        return unit.ranges[version].map { versions[version].segments[$0].location.line }
    }

    /// The Chinese BBNJ copy runs `第一条` into its title and lost the markers and heads of five definitions; the
    /// article and the definitions it kept still pair with their Spanish and Russian counterparts.
    @Test(arguments: ["es", "ru"])
    func articlesAndDefinitionsPairAcrossADamagedCopy(code: String) throws {
        let (versions, alignment) = try Self.aligned(["zh", code]) {
            Fixtures.realPath("BBNJ_Agreement_2023.\($0).txt")
        }
        // `第一条用语为本协定的目的：` with `Artículo 1`, `Términos empleados…` and the tail of definition 1.
        #expect(try Self.counterpart(line: 4, in: alignment, versions, version: 1) == [5, 6, 7])
        // （十一） with 11., （十三） with 13., (二) of article 5 with 2. of article 5.
        #expect(try Self.counterpart(line: 12, in: alignment, versions, version: 1) == [17])
        #expect(try Self.counterpart(line: 13, in: alignment, versions, version: 1) == [19])
        #expect(try Self.counterpart(line: 19, in: alignment, versions, version: 1) == [30])
        // `第二条…` with `Artículo 2` and its title and text.
        #expect(try Self.counterpart(line: 14, in: alignment, versions, version: 1) == [21, 22])
    }

    /// In the Arabic Charter, article 13 lost `1.` and `(أ)`: its `ب -` stands alone and reads as item 2 of the
    /// top list, like the Chinese `二、`. A list that starts past its first item does not pin the alignment, so
    /// `二、` stays with its own Arabic paragraph.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func aListThatLostItsFirstItemsDoesNotPinTheAlignment() throws {
        let (versions, alignment) = try Self.aligned(["zh", "ar"]) { Fixtures.corpusFile("UN_Charter.\($0).txt") }
        for line in 61...66 {
            #expect(try Self.counterpart(line: line, in: alignment, versions, version: 1) == [line])
        }
    }
}
