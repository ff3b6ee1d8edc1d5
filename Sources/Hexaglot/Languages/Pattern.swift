import Foundation

/// A regular expression from a language file (ICU syntax, as Foundation's `NSRegularExpression` reads it).
public struct Pattern: @unchecked Sendable, CustomStringConvertible {
    // NSRegularExpression is immutable once made and safe to share between threads.
    private let expression: NSRegularExpression
    public let description: String

    init(_ source: String, file: String) throws(LanguageDataError) {
        do {
            expression = try NSRegularExpression(pattern: source, options: [])
        } catch {
            throw LanguageDataError(file: file, problem: "pattern \(source) is not a valid regular expression")
        }
        description = source
    }

    /// True when the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Every match in `text`, as substrings.
    public func allMatches(in text: String) -> [Substring] {
        expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range, in: text).map { text[$0] }
        }
    }
}
