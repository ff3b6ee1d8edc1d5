import Foundation
import Testing

@testable import Hexaglot

/// Lists whose markers one version lost, and omissions only where text is really missing, on real versions: the
/// Charter's web copies (all list markers lost but in Chinese), the UDHR, and the BBNJ Agreement whose Chinese lost
/// definitions in conversion.
struct MarkersAndOmissionTests {
    private static func findings(_ paths: [String]) throws -> [Finding] {
        try Checker(catalog: Fixtures.catalog).check(paths.map { try Fixtures.load($0) })
    }

    /// Article 11 of the UDHR with its two paragraph numbers taken off in one version: one finding for the list,
    /// at its first paragraph, naming the Chinese markers; none for the unchanged text.
    @Test(
        .enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)),
        arguments: ["en", "fr", "es", "ru", "ar"])
    func aListWhoseMarkersOneVersionLostIsOneFinding(code: String) throws {
        var lines = VersionComparisonTests.lines("A_RES_217_A_III", code)
        let first = try #require(
            lines.firstIndex { $0.hasPrefix("1. ") || $0.hasPrefix("1- ") || $0.hasPrefix("1 - ") })
        #expect(lines[first + 1].hasPrefix("2"))
        for index in [first, first + 1] {
            lines[index] = String(lines[index].drop { !$0.isLetter })
        }
        let findings = try VersionComparisonTests.compare("A_RES_217_A_III", code, other: lines)
            .filter { $0.rule == "xlang.markers-missing" }
        #expect(findings.count == 1, "\(findings.map(\.message))")
        let finding = try #require(findings.first)
        #expect(finding.line == first + 1)
        #expect(finding.message.hasPrefix("these 2 paragraphs are numbered ㈠…㈡ in Chinese"), "\(finding.message)")
        let unchanged = try Self.findings(
            ["zh", code].map { Fixtures.corpusFile("A_RES_217_A_III.\($0).txt") })
        #expect(!unchanged.contains { $0.rule == "xlang.markers-missing" })
    }

    /// The Charter's web copies lost every paragraph number and item letter the Chinese keeps: one finding for
    /// each copy, not one per list (55) or per item (153).
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func aCopyThatLostAllItsListMarkersIsOneFinding() throws {
        let findings = try Self.findings(Fixtures.languages.map { Fixtures.corpusFile("UN_Charter.\($0).txt") })
            .filter { $0.rule == "xlang.markers-missing" }
        #expect(findings.count == 5)
        for finding in findings {
            #expect(finding.message.contains("of the 55 numbered lists of Chinese"), "\(finding.message)")
            #expect(
                finding.message.hasPrefix("none of") || finding.message.contains("carry no numbers here"),
                "\(finding.message)")
            #expect(finding.line == 16)
        }
    }

    /// Definitions the Chinese BBNJ text lost in conversion are omissions in Spanish and Russian, whole or in
    /// part; an article title that the Chinese runs into its heading (`第十条适用`, `Artículo 10` / `Aplicación`) is
    /// not, and nothing is reported the other way round.
    @Test(arguments: ["es", "ru"])
    func textOneVersionLacksIsAnOmissionAndATitleCutDifferentlyIsNot(code: String) throws {
        let findings = try Self.findings(
            ["zh", code].map { Fixtures.realPath("BBNJ_Agreement_2023.\($0).txt") })
        let omissions = findings.filter { $0.rule == "xlang.omission" }
        let here = omissions.filter { $0.path.hasSuffix(".\(code).txt") }
        // Definition 5 (the Convention, 10 December 1982) and 7 (environmental impact assessment) are gone.
        #expect(here.contains { $0.line == 11 && !$0.message.hasPrefix("part of") })
        #expect(here.contains { $0.line == 13 })
        // Definitions 12 and 14 lost their heads; their tails ran into the lines of 11 and 13.
        let regional = try #require(here.first { $0.line == 18 })
        #expect(regional.message.hasPrefix("part of this has no counterpart in Chinese"))
        #expect(regional.counterpart?.line == 12 && regional.counterpart?.column == 45)
        let utilization = try #require(here.first { $0.line == 20 })
        #expect(utilization.counterpart?.line == 13 && utilization.counterpart?.column == 67)
        // `Aplicación`, the title of article 10, is in the Chinese heading 第十条适用.
        #expect(!here.contains { $0.line == 64 })
        #expect(!omissions.contains { $0.path.hasSuffix(".zh.txt") }, "\(omissions)")
    }

    /// A title one version lacks (`VOTING` taken out of the English Charter) is an omission in the Chinese, which
    /// has it (`投票`), though it is two characters beside a long paragraph.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func aTitleOneVersionLacksIsAnOmission() throws {
        var english = VersionComparisonTests.lines("UN_Charter", "en")
        let voting = try #require(english.firstIndex(of: "VOTING"))
        english.remove(at: voting)
        let chinese = VersionComparisonTests.lines("UN_Charter", "zh")
        #expect(chinese[voting] == "投票")
        let findings = try VersionComparisonTests.compare("UN_Charter", "en", other: english)
            .filter { $0.rule == "xlang.omission" }
        #expect(findings.contains { $0.path.hasSuffix(".zh.txt") && $0.line == voting + 1 }, "\(findings.map(\.line))")
    }

    /// A preamble paragraph the Arabic UDHR lacks is an omission; a sentence the Arabic Charter joins to the one
    /// before (Article 28 (1)) is not.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func omissionsOnlyWhereTheOtherVersionLacksTheText() throws {
        let udhr = try Self.findings(["zh", "ar", "fr"].map { Fixtures.corpusFile("A_RES_217_A_III.\($0).txt") })
            .filter { $0.rule == "xlang.omission" }
        #expect(udhr.contains { $0.path.hasSuffix(".zh.txt") && $0.line == 10 && $0.message.contains("Arabic") })
        let charter = try Self.findings(["zh", "ar"].map { Fixtures.corpusFile("UN_Charter.\($0).txt") })
            .filter { $0.rule == "xlang.omission" }
        #expect(!charter.contains { $0.line == 113 })
    }

    /// A sentence pasted twice in place of the next one: Article 87 (c) of the Arabic Charter repeats (b), and
    /// indicator 14.5.1 of the Arabic SDG list repeats 14.4.1. The Chinese text they replace is missing there.
    /// Indicators 17.6.1 and 17.6.2, the same words in English and nearly the same in Chinese, are no fault.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func aSentencePastedTwiceInPlaceOfTheNextIsAnOmission() throws {
        let charter = try Self.findings(["zh", "ar"].map { Fixtures.corpusFile("UN_Charter.\($0).txt") })
            .filter { $0.rule == "xlang.omission" }
        let visits = try #require(charter.first { $0.path.hasSuffix(".zh.txt") && $0.line == 303 })
        #expect(visits.message.contains("repeats the sentence before it"))
        #expect(visits.counterpart?.line == 303 && visits.counterpart?.path.hasSuffix(".ar.txt") == true)
        let indicators = try Self.findings(
            ["zh", "en", "ar"].map { Fixtures.corpusFile("A_RES_71_313-SDG-indicators.\($0).txt") }
        ).filter { $0.message.contains("repeats") }
        #expect(indicators.map(\.line) == [184], "\(indicators)")
        #expect(indicators.first?.message.contains("Arabic") == true)
    }

    /// The Chinese SDG indicator list keeps two footnote calls as plain digits (`财政政策2的`, `…按速度分列 5`) that
    /// the English lacks: each is a footnote one version lacks, not a number; `5岁以下` (under five) is a number
    /// the English writes in words.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func footnoteCallsWrittenIntoTheTextAreFound() throws {
        let findings = try Self.findings(
            ["zh", "en"].map { Fixtures.corpusFile("A_RES_71_313-SDG-indicators.\($0).txt") })
        let calls = findings.filter { $0.rule == "xlang.footnote-count" }
        #expect(calls.map(\.line) == [133, 235], "\(calls)")
        #expect(calls.allSatisfy { $0.path.hasSuffix(".zh.txt") && $0.severity == .warning })
        #expect(!findings.contains { $0.line == 133 && $0.rule == "xlang.number-mismatch" })
    }
}
