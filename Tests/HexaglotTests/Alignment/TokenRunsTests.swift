import Testing

@testable import Hexaglot

/// The merged anchor tokens of runs of segments, as the dynamic programme reads them.
@Suite struct TokenRunsTests {
    private func run(_ runs: TokenRuns, _ range: Range<Int>) -> [Int32] {
        runs.withTokens(of: range) { Array($0) }
    }

    @Test func runsAreTheSortedTokensOfTheirSegments() {
        let segments: [[Int32]] = [[1, 3], [2], [], [0, 3], [7]]
        let runs = TokenRuns(segments)
        for length in 1...TokenRuns.longestRun {
            for end in length...segments.count {
                #expect(run(runs, end - length..<end) == segments[end - length..<end].flatMap { $0 }.sorted())
            }
        }
    }

    /// A document shorter than the longest run (two paragraphs of a Word file) has no such runs, and no crash.
    @Test func documentsShorterThanTheLongestRun() {
        let runs = TokenRuns([[4], [2, 1]])
        #expect(run(runs, 0..<2) == [1, 2, 4])
        #expect(run(TokenRuns([[9, 5]]), 0..<1) == [5, 9])
        _ = TokenRuns([])
    }
}
