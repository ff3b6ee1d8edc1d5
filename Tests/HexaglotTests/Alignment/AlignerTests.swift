import Foundation
import Testing

@testable import Hexaglot

@Suite(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
struct AlignerTests {
    private func segmented(_ name: String) throws -> SegmentedDocument {
        let document = try Fixtures.load(Fixtures.corpusFile(name))
        return Segmenter(language: document.language).segment(document)
    }

    private func presegmented(_ lines: [String], _ language: String, path: String) -> SegmentedDocument {
        let segments = lines.enumerated().map { index, line in
            Segment(
                id: index, text: line, range: 0..<line.unicodeScalars.count,
                location: SourceLocation(line: index + 1, column: 1, byteOffset: 0))
        }
        let document = Document(
            path: path, language: Fixtures.language(language), encoding: "UTF-8", format: .plain, symbol: nil,
            blocks: [], debris: [], lineCount: lines.count)
        return SegmentedDocument(document: document, unit: .presegmented, segments: segments)
    }

    private func lines(_ name: String) throws -> [String] {
        try String(contentsOfFile: Fixtures.corpusFile(name), encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init).filter { !$0.isEmpty }
    }

    @Test func sixLanguagesEverySegmentOnceInOrder() throws {
        let versions = try ["zh", "ar", "en", "es", "fr", "ru"].map { try segmented("A_RES_217_A_III.\($0).txt") }
        let alignment = Aligner().align(versions, pivot: 0)
        for (index, version) in versions.enumerated() {
            let covered = alignment.units.flatMap { Array($0.ranges[index]) }
            #expect(covered == Array(version.segments.indices), "\(version.language.code)")
        }
        // Each article heading 第N条 is a unit with Article N, Статья N, المادة N … in every language.
        let headings = alignment.units.filter { unit in
            unit.ranges[0].count == 1 && versions[0].segments[unit.ranges[0].lowerBound].text.hasPrefix("第")
                && versions[0].segments[unit.ranges[0].lowerBound].text.hasSuffix("条")
        }
        #expect(headings.count == 30)
        for unit in headings {
            let english = versions[2].segments[unit.ranges[2]].map(\.text).joined()
            let chinese = versions[0].segments[unit.ranges[0].lowerBound].text
            let number = AnchorExtractor(language: Fixtures.language("zh")).tokens(in: chinese).first ?? "?"
            #expect("n:" + english.replacingOccurrences(of: "Article ", with: "") == number)
        }
    }

    @Test func aLongOmissionComesThroughAsOneRun() throws {
        let chinese = try lines("A_RES_70_1-SDG-targets.zh.txt")
        var english = try lines("A_RES_70_1-SDG-targets.en.txt")
        english.removeSubrange(60..<100)
        let versions = [
            presegmented(chinese, "zh", path: "targets.zh.txt"), presegmented(english, "en", path: "targets.en.txt"),
        ]
        let alignment = Aligner().align(versions, pivot: 0)
        let omitted = alignment.units.filter { $0.ranges[1].isEmpty }.flatMap { Array($0.ranges[0]) }
        #expect(omitted == Array(60..<100))
        let findings = alignment.findings.filter { $0.rule == "align.omission" }
        #expect(findings.count == 1)
        #expect(findings.first?.line == 61)
        #expect(findings.first?.message.hasPrefix("40 segments from here have no counterpart in English") == true)
        // After the gap, line 101 of the Chinese pairs with line 61 of the shortened English.
        #expect(alignment.units.contains { $0.ranges[0] == 100..<101 && $0.ranges[1] == 60..<61 })
    }

    @Test func differentDocumentsEndInAWarning() throws {
        let versions = try [segmented("A_RES_217_A_III.zh.txt"), segmented("A_RES_71_313-SDG-indicators.en.txt")]
        let unrelated = Aligner().align(versions, pivot: 0).findings.filter { $0.rule == "align.unrelated" }
        #expect(unrelated.count == 1)
        #expect(unrelated.first?.message.hasPrefix("does not look like a version of") == true)
        let same = try [segmented("A_RES_217_A_III.zh.txt"), segmented("A_RES_217_A_III.en.txt")]
        #expect(Aligner().align(same, pivot: 0).findings.allSatisfy { $0.rule != "align.unrelated" })
    }

    /// Two documents of one series share some numbers and may fit in length (SDG targets against the indicators
    /// that number after them, 1.1 and 1.1.1); two treaties both count articles. Neither pair is one document.
    @Test func documentsOfOneSeriesAreStillUnrelated() throws {
        let series = try [segmented("A_RES_70_1-SDG-targets.zh.txt"), segmented("A_RES_71_313-SDG-indicators.en.txt")]
        #expect(Aligner().align(series, pivot: 0).findings.contains { $0.rule == "align.unrelated" })
        let bbnj = try Fixtures.load(Fixtures.realPath("BBNJ_Agreement_2023.es.txt"))
        let treaties = try [segmented("UN_Charter.zh.txt"), Segmenter(language: bbnj.language).segment(bbnj)]
        let findings = try Checker(catalog: Fixtures.catalog).check(
            [Fixtures.load(Fixtures.corpusFile("UN_Charter.zh.txt")), bbnj], asVersions: true)
        #expect(Aligner().align(treaties, pivot: 0).findings.contains { $0.rule == "align.unrelated" })
        // Said once, and not compared clause by clause.
        #expect(findings.filter { $0.rule.hasPrefix("xlang.") }.isEmpty)
        #expect(findings.filter { $0.rule == "align.unrelated" }.count == 1)
    }

    @Test func goldAlignmentOfTheSDGTargetsIsReproduced() throws {
        // Entries pair by their numbers; the aligner sees the lines without them.
        func stripped(_ code: String) throws -> [String] {
            try lines("A_RES_70_1-SDG-targets.\(code).txt").map {
                $0.replacing(/^\d+\.[0-9a-z]+\s+/, with: "")
            }
        }
        let versions = try [
            presegmented(stripped("zh"), "zh", path: "zh"), presegmented(stripped("en"), "en", path: "en"),
        ]
        let alignment = Aligner().align(versions, pivot: 0)
        let oneToOne = alignment.units.filter { $0.ranges[0] == $0.ranges[1] && $0.ranges[0].count == 1 }
        #expect(oneToOne.count == 169)
    }
}
