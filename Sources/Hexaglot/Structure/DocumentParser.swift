/// The structure stage: turns normalised text into a `Document` of blocks, joining clauses split by page
/// breaks and inferring where each numbered item sits in its list.
public struct DocumentParser: Sendable {
    public let catalog: LanguageCatalog

    public init(catalog: LanguageCatalog) {
        self.catalog = catalog
    }

    /// Parses `source`; the language is detected from the script when not given, the format from the text.
    public func parse(
        _ source: SourceText, language: Language? = nil, format: InputFormat? = nil, wrapping: Reflow.Mode = .auto
    ) -> Document {
        let language = language ?? LanguageDetector(catalog: catalog).detect(source.text) ?? catalog.knownLanguage("en")
        guard let language else { preconditionFailure("a catalog always holds at least one language") }
        let isWord = source.encoding == "DOCX"
        let format = format ?? (isWord ? .plain : InputFormat.detect(source.text))
        let markers = MarkerReader(catalog: catalog, language: language)
        let scanner = LineScanner(format: format, markers: markers)
        // A Word document's lines are its paragraphs: nothing is wrapped.
        let reflow =
            isWord && wrapping == .auto
            ? Reflow(isHardWrapped: false, reason: "Word document: one paragraph a line")
            : Reflow.decide(Substring(source.text), mode: wrapping)
        var builder = BlockBuilder(language: language, format: format, catalog: catalog, reflow: reflow)
        var byteOffset = 0
        var lineNumber = 0
        for rawLine in source.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let lineBytes = rawLine.count
            var line = Substring(rawLine)
            if line.utf8.last == UInt8(ascii: "\r") { line = Substring(line.utf8.dropLast()) }
            builder.add(scanner.scan(line, number: lineNumber, byteOffset: byteOffset))
            byteOffset += lineBytes + 1
        }
        var blocks = RunInSplitter(markers: markers, language: language).split(builder.finish())
        var inference = ListInference(markers: markers, opensSection: language.opensSection)
        inference.run(&blocks)
        Self.markPreamble(&blocks, language: language)
        var document = Document(
            path: source.path,
            language: language,
            encoding: source.encoding,
            format: format,
            symbol: MastheadSymbol.read(blocks, catalog: catalog)?.symbol,
            blocks: blocks,
            debris: builder.debris,
            lineCount: lineNumber,
            reflow: reflow,
            automaticMarkers: source.automaticMarkers,
            hasTrackedChanges: source.hasTrackedChanges
        )
        document.mergedFootnoteCalls = source.mergedFootnoteCalls
        document.acceptedRules = builder.acceptedRules
        return document
    }

    /// Unnumbered paragraphs after the assembly opener (`大会，`, `The General Assembly,`) and before the
    /// first operative paragraph are preambular.
    private static func markPreamble(_ blocks: inout [Block], language: Language) {
        guard
            let opener = blocks.firstIndex(where: { block in
                block.kind == .paragraph && block.text.utf8.count < 240
                    && language.assemblyOpeners.contains { $0.matches(block.text) }
            })
        else { return }
        for index in blocks.indices.dropFirst(opener + 1) {
            if blocks[index].kind == .operative { break }
            if blocks[index].kind == .paragraph { blocks[index].kind = .preamble }
        }
    }

}
