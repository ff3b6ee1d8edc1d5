internal import CHexaglotICU
import Synchronization

/// A regular expression from a language file, in ICU syntax, run by the same system ICU as everything else
/// (Foundation's `NSRegularExpression` would load a second ICU copy's data just for this).
public final class Pattern: Sendable, CustomStringConvertible {
    /// Compiled on first use: a run reads every language file but matches only one language's patterns.
    /// An ICU regex handle keeps the text it searches, so one search at a time.
    private let handle: Mutex<OpaquePointer?>
    public let description: String

    private let file: String

    /// Keeps `source` uncompiled until first use; `prepare()` compiles it and reports a bad pattern.
    init(_ source: String, file: String) {
        description = source
        self.file = file
        handle = Mutex(nil)
    }

    /// Compiles the pattern now, or says in which file and where it is not a valid regular expression.
    public func prepare() throws(LanguageDataError) {
        let problem: String? = handle.withLock { regex in
            if regex != nil { return nil }
            let compiled = Self.compile(description)
            regex = compiled.regex
            return compiled.error
        }
        if let problem { throw LanguageDataError(file: file, problem: problem) }
    }

    private static func compile(_ source: String) -> (regex: OpaquePointer?, error: String?) {
        let units = Array(source.utf16)
        var error = [CChar](repeating: 0, count: 64)
        var offset: Int32 = 0
        let opened = units.withUnsafeBufferPointer {
            hx_icu_regex_open($0.baseAddress, Int32($0.count), &error, Int32(error.count), &offset)
        }
        guard let opened else {
            return (nil, "pattern \(source) is not a valid regular expression (\(ICUText.cString(error)) at \(offset))")
        }
        return (opened, nil)
    }

    deinit {
        handle.withLock { if let regex = $0 { hx_icu_regex_close(regex) } }
    }

    /// True when the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        firstMatch(in: text, from: 0) != nil
    }

    /// Every non-overlapping match in `text`, as substrings.
    public func allMatches(in text: String) -> [Substring] {
        let units = Array(text.utf16)
        var results: [Substring] = []
        var from = 0
        while let (start, end) = firstMatch(units: units, from: from) {
            let utf16 = text.utf16
            let lower = utf16.index(utf16.startIndex, offsetBy: start)
            let upper = utf16.index(utf16.startIndex, offsetBy: end)
            results.append(text[lower..<upper])
            from = end > start ? end : end + 1
            if from > units.count { break }
        }
        return results
    }

    private func firstMatch(in text: String, from: Int) -> (Int, Int)? {
        firstMatch(units: Array(text.utf16), from: from)
    }

    private func firstMatch(units: [UInt16], from: Int) -> (Int, Int)? {
        handle.withLock { regex in
            // A pattern that does not compile matches nothing; `prepare()` reports it before a document is parsed.
            if regex == nil { regex = Self.compile(description).regex }
            guard let regex else { return nil }
            var start: Int32 = 0
            var end: Int32 = 0
            let found = units.withUnsafeBufferPointer {
                hx_icu_regex_find(regex, $0.baseAddress, Int32($0.count), Int32(from), &start, &end)
            }
            return found == 1 ? (Int(start), Int(end)) : nil
        }
    }
}
