/// Footnotes in the text `pdftotext` writes: the call, a superscript in the PDF, comes out as plain digits glued
/// to the word before it (`决议1；`, `reports2,`), and the note at the page's foot as a line opening with its
/// number (`1见 A/73/100。`, `2 A/70/174.`). A note line is taken as one only when its number is the next one
/// and a call with that number stands in the text before it; both are then written as superscripts, which the
/// plain-text reader takes as calls and notes. A call glued to a number (`20191`: 2019 and call 1) is split and
/// reported (`pdf.merged-footnote-call`), since the number read would be wrong.
public enum PdfFootnotes {
    /// A call found inside a number: where, what was written, and how it was read.
    public struct MergedCall: Sendable, Hashable {
        public var line: Int
        public var column: Int
        public var written: String
        public var number: String
        public var call: Int
    }

    static let superscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]

    static func restore(_ text: String) -> (text: String, merged: [MergedCall]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        var merged: [MergedCall] = []
        var expected = 1
        // Calls are looked for after the last one found, up to the note's own line.
        var searchFrom = (line: 0, offset: 0)
        for index in lines.indices {
            guard let digits = noteNumber(lines[index]),
                Int(String(scalars: digits.scalars)) == expected,
                let call = findCall(expected, in: lines, from: searchFrom, before: index)
            else { continue }
            // The call as a superscript, split off a number it was glued to.
            let callDigits = Array(String(expected).unicodeScalars)
            var callLine = lines[call.line]
            if call.mergedInto.count > callDigits.count {
                let written = String(scalars: call.mergedInto)
                merged.append(
                    MergedCall(
                        line: call.line + 1, column: call.start + 1, written: written,
                        number: String(written.dropLast(callDigits.count)), call: expected))
            }
            let end = call.start + call.mergedInto.count
            callLine.replaceSubrange((end - callDigits.count)..<end, with: superscript(callDigits))
            lines[call.line] = callLine
            // The note's number as a superscript, then a space.
            var noteLine = lines[index]
            noteLine.replaceSubrange(0..<digits.count, with: superscript(digits.scalars) + (digits.spaced ? [] : [" "]))
            lines[index] = noteLine
            searchFrom = (call.line, end)
            expected += 1
        }
        return (lines.map { String(scalars: $0) }.joined(separator: "\n"), merged)
    }

    private static func superscript<C: Collection<Unicode.Scalar>>(_ digits: C) -> [Unicode.Scalar] {
        digits.compactMap { superscripts[Character($0)]?.unicodeScalars.first }
    }

    /// The number a note line opens with (`1见…`, `2 A/70/174.`): one to three digits, then text, not a list
    /// marker's `.` or `)`.
    private static func noteNumber(_ line: [Unicode.Scalar]) -> (
        scalars: ArraySlice<Unicode.Scalar>, count: Int, spaced: Bool
    )? {
        var end = 0
        while end < line.count, end < 4, ("0"..."9").contains(line[end]) { end += 1 }
        guard end > 0, end <= 3, end < line.count else { return nil }
        let next = line[end]
        let spaced = next == " "
        let first = spaced ? (end + 1 < line.count ? line[end + 1] : " ") : next
        guard first.properties.isAlphabetic || first.properties.isIdeographic || "A《“\"(".unicodeScalars.contains(first)
        else { return nil }
        return (line[0..<end], end, spaced)
    }

    /// The first call of `number` after `from` and before line `before`: digits glued to the end of a word
    /// (`决议1；`, `States2`), or the last digits of a longer number that reads as a year before them (`20191`).
    private static func findCall(
        _ number: Int, in lines: [[Unicode.Scalar]], from: (line: Int, offset: Int), before: Int
    ) -> (line: Int, start: Int, mergedInto: ArraySlice<Unicode.Scalar>)? {
        let wanted = Array(String(number).unicodeScalars)
        var lineIndex = from.line
        while lineIndex < before {
            let line = lines[lineIndex]
            var index = lineIndex == from.line ? from.offset : 0
            while index < line.count {
                guard ("0"..."9").contains(line[index]) else {
                    index += 1
                    continue
                }
                var end = index
                while end < line.count, ("0"..."9").contains(line[end]) { end += 1 }
                let run = line[index..<end]
                let after = end < line.count ? line[end] : nil
                let endsWord = after.map { !$0.properties.isAlphabetic || $0.properties.isIdeographic } ?? true
                if index > 0, endsWord, after.map({ !("0"..."9").contains($0) && $0 != "." && $0 != "," }) ?? true {
                    // After a word, or after the mark that ends it (`Assembly.1`, `决议，1`), but not inside a
                    // number (`70/1.1`).
                    let before = line[index - 1]
                    let mark = ".,;:)”’，。；：）".unicodeScalars.contains(before)
                    let beforeMark = index > 1 ? line[index - 2] : " "
                    // After a comma, one or two digits are a call even after a number (`2018,2`): a thousands
                    // group has three.
                    let glued =
                        before.properties.isAlphabetic || before.properties.isIdeographic
                        || (mark && !("0"..."9").contains(beforeMark) && beforeMark != " ")
                        || (before == "," && run.count <= 2)
                    if glued, Array(run) == wanted { return (lineIndex, index, run) }
                    // 2019 with call 1: a year, then the call, with nothing between.
                    if run.count == 4 + wanted.count, Array(run.suffix(wanted.count)) == wanted,
                        let year = Int(String(scalars: run.prefix(4))), (1900...2099).contains(year)
                    {
                        return (lineIndex, index, run)
                    }
                }
                index = end
            }
            lineIndex += 1
        }
        return nil
    }
}
