/// The conventions an input is written in.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// One paragraph a line; footnote calls as superscript digits (`¹`).
    case plain
    /// The Markdown-like text PDF conversion produces: `## ` headings, `<sup>n</sup>` calls, footnote bodies
    /// as lines starting `<sup>n</sup>`, `---` rules, `- ` bullets, `\*` escapes.
    case markdown

    /// Markdown when the text shows its conventions (`<sup>` calls, `## ` headings, `---` rules), else plain.
    public static func detect(_ text: String) -> InputFormat {
        // The conventions show in the first lines; a huge input is not read to its end for this.
        var linesSeen = 0
        var rest = text[...]
        while !rest.isEmpty, linesSeen < 2_000 {
            let end = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            let line = rest[..<end]
            rest = end == rest.endIndex ? rest[end...] : rest[rest.utf8.index(after: end)...]
            linesSeen += 1
            if line.hasPrefix("## ") || line.hasPrefix("# ") || line.hasPrefix("\\*") { return .markdown }
            if line.utf8.count >= 3, line.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "\r") }) {
                return .markdown
            }
            if line.utf8.count >= 11, containsSuperscriptTag(line) { return .markdown }
        }
        return .plain
    }

    /// Whether `line` holds `<sup>`, byte by byte (the generic substring search costs milliseconds a document).
    private static func containsSuperscriptTag(_ line: Substring) -> Bool {
        let tag: [UInt8] = Array("<sup>".utf8)
        var matched = 0
        for byte in line.utf8 {
            // `<` occurs only first in the tag, so a mismatch restarts at this byte or before it.
            if byte == tag[matched] {
                matched += 1
                if matched == tag.count { return true }
            } else {
                matched = byte == tag[0] ? 1 : 0
            }
        }
        return false
    }
}
