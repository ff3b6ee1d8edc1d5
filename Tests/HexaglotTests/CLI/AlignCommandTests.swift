import Foundation
import Testing

@Suite(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
struct AlignCommandTests {
    private let chinese = Fixtures.corpusFile("A_RES_217_A_III.zh.txt")
    private let english = Fixtures.corpusFile("A_RES_217_A_III.en.txt")

    @Test func beadsCoverEverySegmentOfBothFilesOnceInOrder() throws {
        let result = try CommandRunner.run(["align", "--format", "beads", english, chinese])
        #expect(result.status == 0)
        var left: [Int] = []
        var right: [Int] = []
        for line in result.stdout.split(separator: "\n") {
            let sides = line.split(separator: ":", omittingEmptySubsequences: false)
            #expect(sides.count == 2)
            left += sides[0].dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
            right += sides[1].dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
        }
        let segments = { (path: String) throws -> Int in
            let json = try CommandRunner.run(["segment", "--format", "json", path]).stdout
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return (object?["segments"] as? [Any])?.count ?? -1
        }
        // The first file (English) is on the left even though Chinese is the pivot.
        #expect(left == Array(0..<(try segments(english))))
        #expect(right == Array(0..<(try segments(chinese))))
        // The Chinese-only introduction is reported on standard error.
        #expect(result.stderr.contains("[align.omission]"))
    }

    @Test func textSetsTwoVersionsSideBySide() throws {
        let result = try CommandRunner.run(["align", "--width", "100", chinese, english])
        #expect(result.status == 0)
        let row = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("16:1  第一条") })
        #expect(row.hasSuffix(" │ 15:1  Article 1"))
        // Columns of (100 - 3) / 2 = 48 cells; 第一条 takes six.
        #expect(row.prefix { $0 != "│" }.count == "16:1  ".count + 3 + (48 - 12) + 1)
    }

    @Test func tsvHasAHeaderAndOneUnitALine() throws {
        let result = try CommandRunner.run(["align", "--format", "tsv", chinese, english])
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.first == "zh\ten")
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 2 })
        #expect(rows.contains("第一条\tArticle 1"))
    }

    @Test func jsonCarriesSegmentsLocationsScoresAndFindings() throws {
        let result = try CommandRunner.run(["align", "--format", "json", chinese, english])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["pivot"] as? String == "zh")
        let units = try #require(object["units"] as? [[String: Any]])
        let first = try #require(units.first)
        #expect(first["score"] is Double)
        let segments = try #require(first["segments"] as? [[[String: Any]]])
        #expect(segments.count == 2)
        #expect(segments[0].first?["line"] as? Int == 1)
        #expect((object["findings"] as? [Any])?.isEmpty == false)
        #expect(result.stderr.isEmpty)
    }

    @Test func presegmentedLinesAreSegmentsAsTheyCome() throws {
        let directory = try TemporaryDirectory()
        let zh = try directory.file("t.zh.txt", text: "第一条\n人人生而自由。他们赋有理性。\n\n第二条\n")
        let en = try directory.file("t.en.txt", text: "Article 1\nAll are born free.\nThey have reason.\nArticle 2\n")
        let result = try CommandRunner.run(["align", "--presegmented", "--format", "beads", zh, en])
        #expect(result.status == 0)
        // Four segments each, the empty third line included; nothing re-segmented.
        #expect(result.stdout.split(separator: "\n").first == "[0]:[0]")
        #expect(result.stdout.contains("[3]:[3]"))
    }
}

/// Inputs the aligner refuses: one line on standard error, exit status 2, nothing on standard output.
@Suite struct AlignBadInputTests {
    private func expectRefusal(_ arguments: [String], _ message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "hexaglot: error: \(message)\n")
    }

    @Test func emptyVersion() throws {
        let directory = try TemporaryDirectory()
        let zh = try directory.file("a.zh.txt", text: "大会，\n")
        let en = try directory.file("a.en.txt", bytes: [])
        try expectRefusal(["align", zh, en], "\(en): empty file, no text")
        let blank = try directory.file("b.en.txt", text: "\n\n  \n")
        try expectRefusal(["align", "--presegmented", zh, blank], "\(blank): no text to align")
    }

    @Test func versionInTheWrongLanguage() throws {
        let directory = try TemporaryDirectory()
        let zh = try directory.file("a.txt", text: "人人生而自由。\n")
        let en = try directory.file("b.txt", text: "All human beings are born free.\n")
        try expectRefusal(
            ["align", "--language", "zh,ru", zh, en],
            "\(en): the text is in Latin script, not Russian as --language ru says")
        // A file name is a claim too.
        let named = try directory.file("c.zh.txt", text: "All human beings are born free.\n")
        try expectRefusal(
            ["align", zh, named], "\(named): the text is in Latin script, not Chinese as its file name says")
    }

    @Test func mismatchedPresegmentedFiles() throws {
        let directory = try TemporaryDirectory()
        let zh = try directory.file("a.zh.txt", text: (1...40).map { "第\($0)句。" }.joined(separator: "\n"))
        let en = try directory.file("a.en.txt", text: "All forty sentences on one line.\nAnd one more.\n")
        try expectRefusal(
            ["align", "--presegmented", zh, en],
            "\(en): 2 segments against 40 in \(zh); pre-segmented versions of one text must be cut alike (one segment a line)"
        )
    }

    @Test func usageErrors() throws {
        try expectRefusal(
            ["align", "samples/A-C.1-73-L.27.zh.md"], "give at least two versions of the document (see hexaglot help)")
        let directory = try TemporaryDirectory()
        let en = try directory.file("a.en.txt", text: "Text.\n")
        let fr = try directory.file("a.fr.txt", text: "Texte.\n")
        try expectRefusal(
            ["align", "--format", "beads", Fixtures.sample, en, fr],
            "--format beads needs exactly two files, not 3 (see hexaglot help)")
        try expectRefusal(["align", "--pivot", "ru", en, fr], "--pivot ru: none of the files is in that language")
    }
}
