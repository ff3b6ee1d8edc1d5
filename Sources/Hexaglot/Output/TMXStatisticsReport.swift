/// `hexaglot tmx-stats` output: a summary a person reads, or JSON.
public struct TMXStatisticsReport: Sendable {
    public let statistics: TMXStatistics

    public init(_ statistics: TMXStatistics) {
        self.statistics = statistics
    }

    /// ```
    /// udhr.tmx: TMX 1.4, 90 units, srclang *all*, segtype sentence, created 20261125T113000Z by Hexaglot 0.4.0
    /// languages: zh-CN 90, en 90
    /// udhr.tmx:57: warning: tu "…" has no tuv in the source language zh-CN [tmx.no-source-variant]
    /// no problems
    /// ```
    public func text() -> String {
        let header = statistics.header
        var first = "\(statistics.path): TMX \(statistics.version ?? "(no version)"), \(statistics.units) units"
        first += ", srclang \(header["srclang"] ?? "(none)"), segtype \(header["segtype"] ?? "(none)")"
        if let date = header["creationdate"] { first += ", created \(date)" }
        if let tool = header["creationtool"] { first += " by \(tool) \(header["creationtoolversion"] ?? "")" }
        var lines = [first]
        let languages = statistics.languages.map { "\($0.language) \($0.variants)" }
        lines.append("languages: " + (languages.isEmpty ? "none" : languages.joined(separator: ", ")))
        for problem in statistics.problems {
            lines.append(
                "\(statistics.path):\(problem.line): \(problem.severity.rawValue): \(problem.message) [\(problem.rule)]"
            )
        }
        let unlisted = statistics.problemCount - statistics.problems.count
        if unlisted > 0 { lines.append("… and \(unlisted) more problems") }
        lines.append(
            statistics.problemCount == 0
                ? "no problems" : "\(statistics.problemCount) problem\(statistics.problemCount == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() throws -> String {
        try JSONOutput.text(statistics)
    }
}
