/// Whether a text was hard-wrapped, so that a line starting in lower case continues the line before it.
///
/// PDF conversion and plain-text mail wrap paragraphs at a width: no line is much longer than it, and a line
/// starting in lower case is the rest of the one before. A web copy gives one paragraph a line, and there a
/// line in lower case is a paragraph of its own (the Charter's preamble: `to save succeeding generations…`,
/// `to reaffirm faith…`). Gluing those lines breaks the alignment, the TMX and the omission checks, so the
/// decision is made once per document from its line lengths, and `--wrapped yes|no` overrides it.
public struct Reflow: Sendable, Hashable {
    /// How the user asked the text to be read.
    public enum Mode: String, Sendable, CaseIterable {
        case auto, yes, no
    }

    /// Lines start in lower case as the rest of the line before them.
    public var isHardWrapped: Bool
    /// Why, in words for `structure`.
    public var reason: String
    /// In a text that is not hard-wrapped, the lines of short runs that were (a few entries a PDF source
    /// left wrapped in a web or dataset copy): each continues the line before.
    public var wrappedLines: Set<Int>

    public init(isHardWrapped: Bool, reason: String, wrappedLines: Set<Int> = []) {
        self.isHardWrapped = isHardWrapped
        self.reason = reason
        self.wrappedLines = wrappedLines
    }

    /// A line this many columns wide is a paragraph, not a wrapped line: wrapping widths stay under it.
    static let paragraphWidth = 160
    /// Share of lines wider than `paragraphWidth` that makes a text one paragraph a line.
    static let paragraphLineShare = 0.15
    /// A run of wrapped lines inside such a text: each line at most this share of the text's median width.
    static let runWidthShare = 0.6

    /// Decides for `text` as `mode` asks.
    public static func decide(_ text: Substring, mode: Mode = .auto) -> Reflow {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? line.dropLast() : line
        }
        switch mode {
        case .yes: return Reflow(isHardWrapped: true, reason: "hard-wrapped (--wrapped yes)", wrappedLines: [])
        case .no: return Reflow(isHardWrapped: false, reason: "one paragraph a line (--wrapped no)", wrappedLines: [])
        case .auto: break
        }
        let widths = lines.map(width)
        let content = widths.filter { $0 > 0 }
        guard !content.isEmpty else { return Reflow(isHardWrapped: true, reason: "empty", wrappedLines: []) }
        let wide = content.filter { $0 > paragraphWidth }.count
        let share = Double(wide) / Double(content.count)
        guard share >= paragraphLineShare else {
            let widest = content.sorted()[content.count * 9 / 10]
            return Reflow(
                isHardWrapped: true,
                reason: "hard-wrapped: 9 lines in 10 are at most \(widest) columns wide",
                wrappedLines: [])
        }
        let median = content.sorted()[content.count / 2]
        let percent = Int((share * 100).rounded())
        return Reflow(
            isHardWrapped: false,
            reason: "one paragraph a line: \(percent) % of the lines are wider than \(paragraphWidth) columns",
            wrappedLines: wrappedRuns(lines, widths: widths, median: median))
    }

    /// Lines of runs of two or more short lines (at most `runWidthShare` of the median width), each after the
    /// first starting in lower case and each before the last ending without closing punctuation or with a
    /// comma: an entry a PDF source wrapped.
    private static func wrappedRuns(_ lines: [Substring], widths: [Int], median: Int) -> Set<Int> {
        let limit = Int(Double(median) * runWidthShare)
        var result: Set<Int> = []
        var start = 0
        while start < lines.count {
            var end = start
            while end + 1 < lines.count, widths[end] > 0, widths[end] <= limit, widths[end + 1] > 0,
                widths[end + 1] <= limit, endsOpen(lines[end]),
                lines[end + 1].unicodeScalars.first?.properties.isLowercase == true
            {
                end += 1
            }
            if end > start { result.formUnion((start + 2)...(end + 1)) }
            start = end + 1
        }
        return result
    }

    /// A line that stops mid-sentence: on a letter or digit, a hyphen or a comma.
    private static func endsOpen(_ line: Substring) -> Bool {
        guard let last = line.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return last.properties.isAlphabetic || last.properties.numericType != nil || last == "," || last == "-"
    }

    /// Display columns: East Asian wide characters count two.
    static func width(_ line: Substring) -> Int {
        var columns = 0
        for scalar in line.unicodeScalars where !scalar.properties.isWhitespace || scalar == " " {
            columns +=
                scalar.properties.isIdeographic || (0x3000...0x30FF).contains(scalar.value)
                    || (0xFF01...0xFF60).contains(scalar.value) ? 2 : 1
        }
        return columns
    }
}
