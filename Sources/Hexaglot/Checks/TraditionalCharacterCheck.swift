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
            // Only text with a character the transform may change is transformed: most blocks have none.
            guard block.text.unicodeScalars.contains(where: { $0.value >= 0x2E80 && transform.changes($0) }) else {
                continue
            }
            let simplified = transform.apply(block.text)
            guard simplified != block.text else { continue }
            let original = Array(block.text.unicodeScalars)
            var changed = Array(simplified.unicodeScalars)
            // Traditional-Simplified maps character to character; a transform that changed lengths is not compared.
            guard original.count == changed.count else { continue }
            for index in original.indices where document.language.alsoSimplified.contains(original[index]) {
                changed[index] = original[index]
            }
            var index = 0
            while index < original.count {
                guard original[index] != changed[index] else {
                    index += 1
                    continue
                }
                let start = index
                while index < original.count, original[index] != changed[index] { index += 1 }
                let found = String(String.UnicodeScalarView(original[start..<index]))
                let expected = String(String.UnicodeScalarView(changed[start..<index]))
                findings.append(
                    Self.traditional.finding(
                        in: document,
                        at: block.location(ofTextOffset: start),
                        "traditional \(found) in Simplified Chinese text; write \(expected)",
                        expected: expected,
                        found: found
                    )
                )
            }
        }
        return findings
    }

    private func transliterator(_ id: String) -> ICUTransliterator? {
        if let opened = transliterators[id] { return opened }
        let opened = try? ICUTransliterator(id: id)
        transliterators[id] = opened
        return opened
    }
}
