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
        // Asked of every line: most are ruled out by their first bytes, before any Foundation trimming.
        guard line.utf8.drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).starts(with: opening.utf8)
        else { return nil }
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
        guard mayHoldComment(text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: opening) {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: closing) else { return result }
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// Whether `text` has `<!--` anywhere, found on its bytes (a substring search cost more than reading the
    /// script of the whole text).
    private static func mayHoldComment(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for index in 0..<(bytes.count - 3)
            where bytes[index] == UInt8(ascii: "<") && bytes[index + 1] == UInt8(ascii: "!")
                && bytes[index + 2] == UInt8(ascii: "-") && bytes[index + 3] == UInt8(ascii: "-")
            {
                return true
            }
            return false
        }
    }
}
