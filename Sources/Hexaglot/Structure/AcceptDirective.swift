import Foundation

/// A reviser's note that a finding has been seen and accepted: a line of its own holding only
///
///     <!-- hexaglot: accept numbering.restart -->
///
/// (several rules separated by commas), which switches those rules off for the next line of text. It is an HTML
/// comment, so a Markdown viewer shows nothing; Hexaglot reads the line as markup, never as text, so it is neither
/// checked, aligned nor exported.
enum AcceptDirective {
    private static let opening = "<!--"
    private static let closing = "-->"
    private static let keyword = "hexaglot: accept"

    /// The rule ids of a directive line, or nil when `line` is not one.
    static func rules(in line: String) -> [String]? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix(opening), trimmed.hasSuffix(closing), trimmed.count > opening.count + closing.count
        else { return nil }
        let inner = trimmed.dropFirst(opening.count).dropLast(closing.count).trimmingCharacters(in: .whitespaces)
        guard inner.hasPrefix(keyword) else { return nil }
        let rules = inner.dropFirst(keyword.count).split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        return rules.isEmpty ? nil : rules
    }

    /// `text` with every HTML comment blanked out: what a reader sees, for telling the script of a text.
    static func withoutComments(_ text: String) -> String {
        guard text.contains(opening) else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: opening) {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: closing) else { return result }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }
}
