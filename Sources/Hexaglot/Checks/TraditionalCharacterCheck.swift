/// Finds traditional characters in Simplified Chinese text with ICU's Traditional-Simplified transform (the
/// language file names it). Reports each run of traditional characters with its simplified form.
public final class TraditionalCharacterCheck: DocumentCheck {
    static let traditional = Rule(
        "text.traditional-character", .warning, "A traditional character in Simplified Chinese text.")

    public static let rules = [traditional]

    /// Opened on first use and kept: ICU compiles the transform's rules on every open (about 4 ms).
    private var transliterators: [String: ICUTransliterator?] = [:]

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        guard let id = document.language.traditionalToSimplified, let transform = transliterator(id) else { return [] }
        var findings: [Finding] = []
        for block in document.blocks {
            let runs = traditionalRuns(
                in: Array(block.text.unicodeScalars), transform: transform, language: document.language)
            let locations = block.locations(ofTextOffsets: runs.map(\.offset))
            for (run, location) in zip(runs, locations) {
                findings.append(
                    Self.traditional.finding(
                        in: document,
                        at: location,
                        "traditional \(run.found) in Simplified Chinese text; write \(run.expected)",
                        expected: run.expected,
                        found: run.found
                    )
                )
            }
        }
        return findings
    }

    /// Runs of traditional characters in `text`, with their simplified form. Only the stretches of ideographs
    /// (between punctuation, spaces, digits) that hold a character the transform changes go through ICU, so
    /// the cost follows the faults, not the length of the text.
    private func traditionalRuns(
        in text: [Unicode.Scalar],
        transform: ICUTransliterator,
        language: Language
    ) -> [(offset: Int, found: String, expected: String)] {
        var runs: [(offset: Int, found: String, expected: String)] = []
        var start = 0
        var hasChange = false
        func examine(_ span: Range<Int>) {
            let original = Array(text[span])
            var changed = Array(transform.apply(String(String.UnicodeScalarView(original))).unicodeScalars)
            // Traditional-Simplified maps character to character; a transform that changed lengths is not compared.
            guard original.count == changed.count else { return }
            for index in original.indices where language.alsoSimplified.contains(original[index]) {
                changed[index] = original[index]
            }
            var index = 0
            while index < original.count {
                guard original[index] != changed[index] else {
                    index += 1
                    continue
                }
                let first = index
                while index < original.count, original[index] != changed[index] { index += 1 }
                runs.append(
                    (
                        span.lowerBound + first, String(String.UnicodeScalarView(original[first..<index])),
                        String(String.UnicodeScalarView(changed[first..<index]))
                    ))
            }
        }
        for (index, scalar) in text.enumerated() {
            if scalar.properties.isIdeographic {
                if transform.changes(scalar) { hasChange = true }
                continue
            }
            if hasChange { examine(start..<index) }
            start = index + 1
            hasChange = false
        }
        if hasChange { examine(start..<text.count) }
        return runs
    }

    private func transliterator(_ id: String) -> ICUTransliterator? {
        if let opened = transliterators[id] { return opened }
        let opened = try? ICUTransliterator(id: id)
        transliterators[id] = opened
        return opened
    }
}
