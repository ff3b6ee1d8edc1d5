/// Finds traditional characters in Simplified Chinese text with ICU's Traditional-Simplified transform (the
/// language file names it). Reports each run of traditional characters with its simplified form.
public struct TraditionalCharacterCheck: DocumentCheck {
    static let traditional = Rule(
        "text.traditional-character", .warning, "A traditional character in Simplified Chinese text.")

    static let traditionalScript = Rule(
        "text.traditional-script", .warning, "A Chinese document written in Traditional characters.")

    public static let rules = [traditional, traditionalScript]

    /// A text is written in Traditional characters when at least this share of its Chinese characters have a
    /// Simplified form (about a quarter do in running Traditional text; a few slips in a Simplified text stay
    /// far below), and at least `scriptMinimum` of them.
    static let scriptShare = 0.04
    static let scriptMinimum = 12

    public init() {}

    public func check(_ document: Document) -> [Finding] {
        guard let id = document.language.traditionalToSimplified, let changed = Self.changedCharacters(id, document)
        else { return [] }
        if let finding = scriptFinding(document, changed: changed) { return [finding] }
        // Every stretch to transform first, so that ICU compiles one transform for the whole document.
        let blocks = document.blocks.map { block in
            let text = block.text.scalarArray
            return (block: block, text: text, spans: Self.changingSpans(in: text, changed: changed))
        }
        let spans = blocks.flatMap { block in block.spans.map { block.text[$0] } }
        guard let transform = Self.transform(id, for: spans) else { return [] }
        var findings: [Finding] = []
        for (block, text, spans) in blocks where !spans.isEmpty {
            let runs = spans.flatMap { span in
                Self.changedRuns(
                    in: text, span: span, transformed: transform(String(scalars: text[span])),
                    language: document.language)
            }
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

    /// The characters of `document` that transform `id` changes: the table made from ICU's own
    /// Traditional-Simplified transform when it is that one (opening the transform compiles its rules, about
    /// 6 ms, and the table spares that for a text without a Traditional character), else asked of ICU; nil when
    /// ICU has no such transform.
    private static func changedCharacters(_ id: String, _ document: Document) -> ScalarSet? {
        if id == TraditionalCharacterTable.transform { return TraditionalCharacterTable.changed }
        guard let transform = try? ICUTransliterator(id: id) else { return nil }
        var ideographs = Set<Unicode.Scalar>()
        for block in document.blocks {
            for scalar in block.text.unicodeScalars where ScalarClass.isIdeograph(scalar) { ideographs.insert(scalar) }
        }
        return transform.changed(among: ideographs)
    }

    /// One finding for a document written in Traditional characters, at its first one; nil for a Simplified text.
    private func scriptFinding(_ document: Document, changed: ScalarSet) -> Finding? {
        var chinese = 0
        var traditional = 0
        var first: (block: Block, offset: Int)?
        for block in document.blocks {
            // Code point ranges of the CJK ideographs, not a Unicode property look-up per character.
            for (offset, scalar) in block.text.unicodeScalars.enumerated() where ScalarClass.isIdeograph(scalar) {
                chinese += 1
                guard changed.contains(scalar), !document.language.alsoSimplified.contains(scalar) else { continue }
                traditional += 1
                if first == nil { first = (block, offset) }
            }
        }
        guard let first, traditional >= Self.scriptMinimum, Double(traditional) >= Double(chinese) * Self.scriptShare
        else { return nil }
        return Self.traditionalScript.finding(
            in: document,
            at: first.block.location(ofTextOffset: first.offset),
            "this document is written in Traditional characters (\(traditional) of \(chinese) Chinese characters"
                + " have a Simplified form); UN Chinese is written in Simplified characters",
            expected: "Simplified characters",
            found: "Traditional characters"
        )
    }

    /// The stretches of ideographs in `text` (between punctuation, spaces, digits) that hold a character the
    /// transform changes: only they go through ICU, so the cost follows the faults, not the length of the text.
    private static func changingSpans(in text: [Unicode.Scalar], changed: ScalarSet) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = 0
        var hasChange = false
        for (index, scalar) in text.enumerated() {
            if ScalarClass.isIdeographic(scalar) {
                if changed.contains(scalar) { hasChange = true }
                continue
            }
            if hasChange { spans.append(start..<index) }
            start = index + 1
            hasChange = false
        }
        if hasChange { spans.append(start..<text.count) }
        return spans
    }

    /// What transforms the stretches `spans`: for the built-in table's transform, ICU with only the rules
    /// whose characters are all in them (the same result as the whole transform, compiled in microseconds);
    /// else the whole transform `id`. Nil when there is nothing to transform or ICU cannot open it.
    private static func transform(_ id: String, for spans: [ArraySlice<Unicode.Scalar>]) -> ((String) -> String)? {
        guard !spans.isEmpty else { return nil }
        if id == TraditionalCharacterTable.transform {
            let scalars = ScalarSet(spans.joined())
            guard let transform = try? ICURuleTransform(rules: TraditionalCharacterTable.rules(using: scalars))
            else { return nil }
            return transform.apply
        }
        guard let transform = try? ICUTransliterator(id: id) else { return nil }
        return transform.apply
    }

    /// The runs of `span` that `transformed` (its text transformed) changes, but for the characters the language
    /// also writes in Simplified text.
    private static func changedRuns(
        in text: [Unicode.Scalar], span: Range<Int>, transformed: String, language: Language
    ) -> [(offset: Int, found: String, expected: String)] {
        let original = Array(text[span])
        var changed = Array(transformed.unicodeScalars)
        // Traditional-Simplified maps character to character; a transform that changed lengths is not compared.
        guard original.count == changed.count else { return [] }
        for index in original.indices where language.alsoSimplified.contains(original[index]) {
            changed[index] = original[index]
        }
        var runs: [(offset: Int, found: String, expected: String)] = []
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
                    span.lowerBound + first, String(scalars: original[first..<index]),
                    String(scalars: changed[first..<index])
                )
            )
        }
        return runs
    }
}
