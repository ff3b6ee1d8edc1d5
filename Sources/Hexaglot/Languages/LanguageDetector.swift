/// Tells the language of a text from its script, and for Latin-script texts from their most frequent words.
public struct LanguageDetector: Sendable {
    let catalog: LanguageCatalog

    public init(catalog: LanguageCatalog) {
        self.catalog = catalog
    }

    /// How much text to look at: enough for a verdict, bounded so huge inputs stay cheap.
    static let sampleScalars = 20_000

    /// The most likely language of `text`, or nil when it has no letters of a known script.
    public func detect(_ text: String) -> Language? {
        guard let script = Self.dominantScript(of: text) else { return nil }
        let candidates = catalog.languages(writtenInAnyOf: [script])
        guard candidates.count > 1 else { return candidates.first }
        return bestByWords(text, among: candidates)
    }

    /// The ISO 15924 code of the script most letters of `text` are written in, or nil when it has no letters.
    public static func dominantScript(of text: String) -> String? {
        // Comments (a reviser's `<!-- hexaglot: accept … -->`) are not the document's text.
        let text = AcceptDirective.withoutComments(text)
        var scriptCounts: [String: Int] = [:]
        var latin = 0
        var han = 0
        var cyrillic = 0
        var arabic = 0
        for scalar in text.unicodeScalars.prefix(sampleScalars) {
            // The scripts of the six languages by code point range; only other letters cost a property lookup
            // and an ICU call.
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: latin += 1
            case 0...0x7F, 0x3000...0x303F, 0xFF00...0xFF20: continue
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: han += 1
            case 0x400...0x481, 0x48A...0x52F: cyrillic += 1
            case 0x620...0x64A, 0x66E...0x6D3, 0x6FA...0x6FF, 0x750...0x77F: arabic += 1
            default:
                if scalar.properties.isIdeographic {
                    han += 1
                } else if scalar.properties.isAlphabetic, let script = ICUText.script(of: scalar) {
                    scriptCounts[script, default: 0] += 1
                }
            }
        }
        scriptCounts["Latn", default: 0] += latin
        scriptCounts["Hani", default: 0] += han
        scriptCounts["Cyrl", default: 0] += cyrillic
        scriptCounts["Arab", default: 0] += arabic
        scriptCounts = scriptCounts.filter { $0.value > 0 }
        return scriptCounts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key
    }

    /// The candidate whose detection words occur most often in `text`.
    private func bestByWords(_ text: String, among candidates: [Language]) -> Language? {
        let counts = wordCounts(in: text, among: candidates)
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else {
            return candidates.first { $0.code == "en" } ?? candidates.first
        }
        return candidates[best]
    }

    /// For each candidate, how many words of `text` are among its detection words (`the`, `de`, `que`). Read
    /// scalar by scalar; a word longer than the longest detection word is skipped without being lower-cased (the
    /// untranslated-text check asks this of every sentence of every version).
    public func wordCounts(in text: String, among candidates: [Language]) -> [Int] {
        var counts = [Int](repeating: 0, count: candidates.count)
        let longest = candidates.map(\.longestDetectionWord).max() ?? 0
        let scalars = text.unicodeScalars
        var wordStart = scalars.startIndex
        var length = 0
        func count(endingAt end: String.Index) {
            guard length > 0, length <= longest else { return }
            let lowered = Substring(scalars[wordStart..<end]).lowercased()
            // By index: a `Language` copied out of the array retains each of its many fields.
            for index in candidates.indices where candidates[index].detectionWords.contains(lowered) {
                counts[index] += 1
            }
        }
        var index = scalars.startIndex
        var read = 0
        while index < scalars.endIndex, read < Self.sampleScalars {
            if ScalarClass.isLetter(scalars[index]) {
                if length == 0 { wordStart = index }
                length += 1
            } else {
                count(endingAt: index)
                length = 0
            }
            scalars.formIndex(after: &index)
            read += 1
        }
        count(endingAt: index)
        return counts
    }
}
