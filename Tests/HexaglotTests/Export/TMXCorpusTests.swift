import Foundation
import Testing

@testable import Hexaglot

/// Every TMX written from the corpus (UDHR and SDG targets in six languages, and the UDHR pairwise) is valid
/// against the TMX 1.4b DTD, and what translate-toolkit reads back is the aligned segments, character for
/// character.
@Suite(
    .enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)),
    .enabled(if: ExternalTools.hasDTD, Comment(rawValue: ExternalTools.dtdMissing)))
struct TMXCorpusTests {
    private static let readbackMissing =
        "translate-toolkit (Debian python3-translate) is not installed for /usr/bin/python3; read-back skipped"

    @Test(arguments: ["A_RES_217_A_III", "A_RES_70_1-SDG-targets"])
    func sixLanguageExportIsValidAndReadsBackAsAligned(document: String) throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("\(document).tmx").path
        let alignment = try Self.align(document)
        let summary = try Self.export.write(alignment, to: path)
        #expect(summary.languages == ["zh-CN", "en", "fr", "es", "ru", "ar"])
        #expect(summary.units > 50)
        #expect(summary.droppedCharacters == 0)
        #expect(LibXML.validate(path, dtd: ExternalTools.tmxDTD) == nil)
        try Self.expectReadBack(path, equals: Self.expectedUnits(alignment, versions: Array(0..<6)))
    }

    @Test func pairwiseFilesAreValidAndReadBackAsAligned() throws {
        let directory = try TemporaryDirectory()
        let alignment = try Self.align("A_RES_217_A_III")
        let summaries = try Self.export.writePairwise(alignment, directory: directory.url.path)
        #expect(
            summaries.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
                "A_RES_217_A_III.zh-en.tmx", "A_RES_217_A_III.zh-fr.tmx", "A_RES_217_A_III.zh-es.tmx",
                "A_RES_217_A_III.zh-ru.tmx", "A_RES_217_A_III.zh-ar.tmx",
            ])
        for (version, summary) in zip(1..., summaries) {
            #expect(LibXML.validate(summary.path, dtd: ExternalTools.tmxDTD) == nil)
            let statistics = try TMXStatistics.read(summary.path)
            #expect(statistics.problemCount == 0)
            #expect(statistics.header["srclang"] == "zh-CN")
            let beads = try #require(alignment.beads[version])
            let expected = beads.compactMap { bead -> [String: String]? in
                guard !bead.source.isEmpty, !bead.target.isEmpty else { return nil }
                return [
                    "zh-CN": Self.text(alignment.versions[0], bead.source),
                    summary.languages[1]: Self.text(alignment.versions[version], bead.target),
                ]
            }
            try Self.expectReadBack(summary.path, equals: expected)
        }
    }

    @Test(.enabled(if: ExternalTools.xmllint != nil, "xmllint (Debian libxml2-utils) is not installed"))
    func xmllintAcceptsTheExport() throws {
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("udhr.tmx").path
        _ = try Self.export.write(try Self.align("A_RES_217_A_III"), to: path)
        let result = try ExternalTools.run(
            try #require(ExternalTools.xmllint), ["--noout", "--nonet", "--dtdvalid", ExternalTools.tmxDTD, path])
        #expect(result.status == 0, "\(result.stderr)")
    }

    // MARK: Helpers

    static let export = TMXExport(creationDate: Date(timeIntervalSince1970: 1_540_373_400), toolVersion: "test")

    static func align(_ document: String) throws -> Alignment {
        let paths = Fixtures.languages.map { Fixtures.corpusFile("\(document).\($0).txt") }
        return try AlignmentInput(loader: DocumentLoader(catalog: Fixtures.catalog)).align(paths)
    }

    /// Per written unit (every unit in which all `versions` have text), each version's text by tag.
    static func expectedUnits(_ alignment: Alignment, versions: [Int]) -> [[String: String]] {
        let export = Self.export
        return alignment.units.compactMap { unit in
            guard versions.allSatisfy({ !unit.ranges[$0].isEmpty }) else { return nil }
            return Dictionary(
                uniqueKeysWithValues: versions.map { version in
                    let document = alignment.versions[version]
                    return (export.tag(of: document.language), text(document, unit.ranges[version]))
                })
        }
    }

    /// The segments as a reader sees them, joined as the language joins sentences; a footnote call reads as
    /// its number.
    static func text(_ document: SegmentedDocument, _ range: Range<Int>) -> String {
        range.map { index in
            let segment = document.segments[index]
            var text = Array(segment.text.unicodeScalars)
            for (number, offset) in zip(segment.footnoteCalls, segment.footnoteCallOffsets).sorted(by: { $0.1 > $1.1 })
            {
                text.insert(contentsOf: String(number).unicodeScalars, at: offset)
            }
            let body = String(String.UnicodeScalarView(text))
            return segment.marker.map { body.isEmpty ? $0 : $0 + " " + body } ?? body
        }.joined(separator: document.language.sentenceSeparator)
    }

    /// Reads `path` with translate-toolkit and compares every unit's text per language with `expected`.
    static func expectReadBack(_ path: String, equals expected: [[String: String]]) throws {
        guard ExternalTools.hasTranslateToolkit else {
            print("skipped: \(readbackMissing)")
            return
        }
        let script = Fixtures.root.appendingPathComponent("tools/tmx-readback.py").path
        let result = try ExternalTools.run(ExternalTools.systemPython, [script, path])
        try #require(result.status == 0, "\(result.stderr)")
        let units = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let read = units.map { $0["variants"] as? [String: String] ?? [:] }
        #expect(read.count == expected.count)
        for (index, (got, want)) in zip(read, expected).enumerated() where got != want {
            Issue.record("unit \(index) of \(path) reads back as \(got), not \(want)")
        }
    }
}
