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
    /// In a hard-wrapped text, the lines filled to near the wrap width: one that stops without ending its sentence
    /// goes on in the next line, whatever that line starts with (`…in Articles 83 and` / `85.` is no item 85).
    public var fullLines: Set<Int>

    public init(isHardWrapped: Bool, reason: String, wrappedLines: Set<Int> = [], fullLines: Set<Int> = []) {
        self.isHardWrapped = isHardWrapped
        self.reason = reason
        self.wrappedLines = wrappedLines
        self.fullLines = fullLines
    }

    /// A line this many columns wide is a paragraph, not a wrapped line: wrapping widths stay under it.
    static let paragraphWidth = 160
    /// Share of lines wider than `paragraphWidth` that makes a text one paragraph a line.
    static let paragraphLineShare = 0.15
    /// Share of lines within four fifths of the widest (the 90th percentile) that a wrapped text has at least.
    static let filledLineShare = 0.3
    /// Texts of fewer lines are taken as wrapped: too few to judge, and hand-made examples usually are.
    static let minimumLinesToJudge = 8
    /// A run of wrapped lines inside such a text: each line at most this share of the text's median width.
    static let runWidthShare = 0.6

    /// What the decision needs of one line.
    private struct LineShape {
        var width = 0
        var startsInLowerCase = false
        /// Stops mid-sentence: on a letter or digit, a hyphen or a comma.
        var endsOpen = false
    }

    /// Decides for `text` as `mode` asks.
    public static func decide(_ text: Substring, mode: Mode = .auto) -> Reflow {
        switch mode {
        case .yes: return Reflow(isHardWrapped: true, reason: "hard-wrapped (--wrapped yes)", wrappedLines: [])
        case .no: return Reflow(isHardWrapped: false, reason: "one paragraph a line (--wrapped no)", wrappedLines: [])
        case .auto: break
        }
        let lines = shapes(of: text)
        let content = lines.map(\.width).filter { $0 > 0 }.sorted()
        guard !content.isEmpty else { return Reflow(isHardWrapped: true, reason: "empty", wrappedLines: []) }
        let wide = content.count - (content.firstIndex { $0 > paragraphWidth } ?? content.count)
        let share = Double(wide) / Double(content.count)
        let median = content[content.count / 2]
        guard share < paragraphLineShare else {
            let percent = Int((share * 100).rounded())
            return Reflow(
                isHardWrapped: false,
                reason: "one paragraph a line: \(percent) % of the lines are wider than \(paragraphWidth) columns",
                wrappedLines: wrappedRuns(lines, median: median))
        }
        // Wrapped text fills its lines to the wrap width but for each paragraph's last; a Chinese web copy, dense
        // enough to keep its paragraphs narrow, has lines of every width.
        let widest = content[content.count * 9 / 10]
        let nearWidest = content.count - (content.firstIndex { $0 * 5 >= widest * 4 } ?? content.count)
        let filled = Double(nearWidest) / Double(content.count)
        guard content.count < minimumLinesToJudge || filled >= filledLineShare else {
            let percent = Int((filled * 100).rounded())
            return Reflow(
                isHardWrapped: false,
                reason: "one paragraph a line: line widths vary (\(percent) % of the lines come near the widest)",
                wrappedLines: wrappedRuns(lines, median: median))
        }
        let full = Set(lines.indices.filter { lines[$0].width * 5 >= widest * 4 }.map { $0 + 1 })
        return Reflow(
            isHardWrapped: true,
            reason: "hard-wrapped: 9 lines in 10 are at most \(widest) columns wide", wrappedLines: [], fullLines: full)
    }

    /// Lines of runs of two or more short lines (at most `runWidthShare` of the median width), each after the
    /// first starting in lower case and each before the last ending without closing punctuation or with a
    /// comma: an entry a PDF source wrapped.
    private static func wrappedRuns(_ lines: [LineShape], median: Int) -> Set<Int> {
        let limit = Int(Double(median) * runWidthShare)
        let isShort = { (line: LineShape) in line.width > 0 && line.width <= limit }
        var result: Set<Int> = []
        var start = 0
        while start < lines.count {
            var end = start
            while end + 1 < lines.count, isShort(lines[end]), isShort(lines[end + 1]), lines[end].endsOpen,
                lines[end + 1].startsInLowerCase
            {
                end += 1
            }
            if end > start { result.formUnion((start + 2)...(end + 1)) }
            start = end + 1
        }
        return result
    }

    /// One pass over the text's bytes: each line's width, first letter's case and last mark.
    private static func shapes(of text: Substring) -> [LineShape] {
        if let shapes = text.utf8.withContiguousStorageIfAvailable({ shapes(of: $0) }) { return shapes }
        return Array(text.utf8).withUnsafeBufferPointer { shapes(of: $0) }
    }

    private static func shapes(of bytes: UnsafeBufferPointer<UInt8>) -> [LineShape] {
        var lines: [LineShape] = []
        var lineStart = 0
        var width = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    lines.append(shape(bytes, lineStart..<index, width: width))
                    lineStart = index + 1
                    width = 0
                } else if byte >= 0x20, byte != 0x7F {
                    width += 1
                }
            } else if byte >= 0xC0 {
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                width += columns(leadByte: byte, next: next)
            }
            index += 1
        }
        lines.append(shape(bytes, lineStart..<bytes.count, width: width))
        return lines
    }

    /// The line's first letter's case and whether it ends open, from its first and last characters.
    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, width: Int) -> LineShape {
        var shape = LineShape(width: width)
        let isBlank = { (at: Int) -> Int in
            // Bytes of a blank at `at`: space, tab, carriage return, ideographic space (E3 80 80); 0 for none.
            switch bytes[at] {
            case 0x20, 0x09, 0x0D: return 1
            case 0xE3 where at + 2 < range.upperBound && bytes[at + 1] == 0x80 && bytes[at + 2] == 0x80: return 3
            default: return 0
            }
        }
        var start = range.lowerBound
        while start < range.upperBound, case let blank = isBlank(start), blank > 0 { start += blank }
        var end = range.upperBound
        while end > start {
            var lead = end - 1
            while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard isBlank(lead) > 0 else { break }
            end = lead
        }
        guard start < end else { return shape }
        let scalar = { (from: Int) -> Unicode.Scalar? in
            // ASCII needs no decoding, and most text starts and ends its lines in it.
            if bytes[from] < 0x80 { return Unicode.Scalar(bytes[from]) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<min(from + 4, end)]), as: UTF8.self)
                .unicodeScalars.first
        }
        if let first = scalar(start) { shape.startsInLowerCase = first.properties.isLowercase }
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        if let last = scalar(lead) {
            shape.endsOpen =
                last == "," || last == "-" || last.properties.isAlphabetic || last.properties.numericType != nil
        }
        return shape
    }

    /// Display columns of the character a UTF-8 byte starts (0 for continuation bytes and controls): ideographs,
    /// kana, Hangul and full-width forms (lead bytes E3–E9, EA–ED, and EF BC–BD) are two columns wide.
    private static func columns(leadByte byte: UInt8, next: UInt8) -> Int {
        switch byte {
        case 0x00...0x1F, 0x7F, 0x80...0xBF: 0
        case 0xE3...0xED: 2
        case 0xEF: next == 0xBC || next == 0xBD ? 2 : 1
        case 0xF0...0xF4: 2
        default: 1
        }
    }
}
