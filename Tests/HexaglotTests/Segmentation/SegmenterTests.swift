import Foundation
import Testing

@testable import Hexaglot

@Suite struct SegmenterTests {
    private func segments(_ text: String, _ language: String, unit: SegmentUnit = .sentence) -> [String] {
        let document = Fixtures.parse(text, language: language)
        return Segmenter(language: document.language, unit: unit).segment(document).segments.map(\.displayText)
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(
            segments("See document A/73/100, para. 5. The Committee took note of it.", "en") == [
                "See document A/73/100, para. 5.", "The Committee took note of it.",
            ])
        #expect(
            segments("Резолюция от 10 декабря 1948 г. Генеральная Ассамблея провозгласила её. См. п. 3.", "ru") == [
                "Резолюция от 10 декабря 1948 г. Генеральная Ассамблея провозгласила её.", "См. п. 3.",
            ])
        #expect(segments("M. Dupont a pris la parole. Il a remercié M. Martin.", "fr").count == 2)
    }

    @Test func chineseSentencesAndAnOpeningBracketAfterTheTerminator() {
        // ICU leaves the "(" of a following marker on the sentence before it.
        #expect(segments("各国是否应合作？(十七) 各国应采取合理步骤。", "zh") == ["各国是否应合作？", "(十七) 各国应采取合理步骤。"])
    }

    @Test func markersStayWithTheirParagraph() throws {
        let document = try Fixtures.load(Fixtures.sample)
        let segmented = Segmenter(language: document.language).segment(document)
        // Operative paragraph 1 and item (一) each start a segment of their own, marker included.
        let first = try #require(segmented.segments.first { $0.marker == "1." })
        #expect(first.text.hasPrefix("欢迎以下一套国家负责任行为的国际规则"))
        #expect(segmented.segments.contains { $0.marker == "(一)" && $0.text.hasPrefix("各国应遵守《联合国宪章》") })
        // No segment is a marker alone.
        #expect(segmented.segments.allSatisfy { !$0.text.isEmpty })
    }

    @Test func footnoteCallsStayOnTheirSentence() throws {
        let document = try Fixtures.load(Fixtures.sample)
        let segmented = Segmenter(language: document.language).segment(document)
        let calls = segmented.segments.filter { !$0.footnoteCalls.isEmpty && $0.kind != .footnoteBody }
        #expect(!calls.isEmpty)
        for segment in calls {
            let block = document.blocks[segment.block ?? 0]
            for call in block.calls where segment.footnoteCalls.contains(call.number) {
                // The call follows the last character of the segment or one inside it, never the next sentence.
                #expect(call.textOffset > segment.range.lowerBound && call.textOffset <= segment.range.upperBound)
            }
        }
        // Footnote bodies come last, in number order.
        let bodies = segmented.segments.drop { $0.kind != .footnoteBody }
        #expect(bodies.allSatisfy { $0.kind == .footnoteBody })
    }

    @Test func clausesAreCutAfterSemicolonsButNotBeforeAClosingAnd() {
        #expect(
            segments("Decides to remain seized of the matter; requests a report; and", "en", unit: .clause) == [
                "Decides to remain seized of the matter;", "requests a report; and",
            ])
        #expect(segments("对信息安全问题的一般看法；国家一级所作的努力；", "zh", unit: .clause).count == 2)
    }

    /// The hand-made UDHR gold cut lines into sentences independently of Hexaglot; the segmenter must cut
    /// where the readers did in every language.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func sentenceBoundariesMatchTheHandMadeGold() throws {
        for code in ["en", "fr", "es", "ru"] {
            let gold = try String(
                contentsOf: Fixtures.root.appendingPathComponent("alignments/A_RES_217_A_III.zh-\(code).gold"),
                encoding: .utf8)
            let cuts = Set(
                gold.split(separator: "\n").first { $0.hasPrefix("@target-cuts") }?.split(separator: " ").dropFirst()
                    .map(String.init) ?? [])
            let document = try Fixtures.load(Fixtures.corpusFile("A_RES_217_A_III.\(code).txt"))
            let segmented = Segmenter(language: document.language).segment(document)
            var ours: Set<String> = []
            for (previous, segment) in zip(segmented.segments, segmented.segments.dropFirst())
            where previous.location.line == segment.location.line {
                ours.insert("\(segment.location.line):\(segment.location.column)")
            }
            #expect(ours == cuts, "\(code)")
        }
    }
}
