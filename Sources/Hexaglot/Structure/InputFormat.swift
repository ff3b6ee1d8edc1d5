/// The conventions an input is written in.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// One paragraph a line; footnote calls as superscript digits (`¹`).
    case plain
    /// The Markdown-like text PDF conversion produces: `## ` headings, `<sup>n</sup>` calls, footnote bodies
    /// as lines starting `<sup>n</sup>`, `---` rules, `- ` bullets, `\*` escapes.
    case markdown

    /// Markdown when the text shows its conventions (`<sup>` calls, `## ` headings, `---` rules), else plain.
    public static func detect(_ text: String) -> InputFormat {
        var linesSeen = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.contains("<sup>") || line.hasPrefix("## ") || line.hasPrefix("# ") || line.hasPrefix("\\*") {
                return .markdown
            }
            if line.allSatisfy({ $0 == "-" || $0 == "\r" }) && line.count >= 3 { return .markdown }
            linesSeen += 1
            if linesSeen > 2_000 { break }
        }
        return .plain
    }
}
