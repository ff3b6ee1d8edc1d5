/// Reads and parses documents: the read, normalise and structure stages in one call.
public struct DocumentLoader: Sendable {
    public let catalog: LanguageCatalog
    public var reader: InputReader
    /// Whether texts are read as hard-wrapped (`--wrapped`): decided per document unless the user says.
    public var wrapping: Reflow.Mode

    public init(catalog: LanguageCatalog, reader: InputReader = InputReader(), wrapping: Reflow.Mode = .auto) {
        self.catalog = catalog
        self.reader = reader
        self.wrapping = wrapping
    }

    /// The document at `path` (`-` for standard input), in `languageCode` or the language its script shows.
    public func load(_ path: String, languageCode: String? = nil, format: InputFormat? = nil) throws -> Document {
        try document(from: try reader.read(path), languageCode: languageCode, format: format)
    }

    /// A document from text already in memory (an editor's buffer, a database row, a web request), with no file:
    /// `name` stands for its path in findings and alignments. The text is brought to NFC as files are.
    public func document(
        text: String, name: String, languageCode: String? = nil, format: InputFormat? = nil
    ) throws -> Document {
        let source = SourceText(path: name, text: ICUText.nfc(text), encoding: "UTF-8")
        return try document(from: source, languageCode: languageCode, format: format)
    }

    private func document(from source: SourceText, languageCode: String?, format: InputFormat?) throws -> Document {
        let language = try self.language(of: source, code: languageCode)
        // Compile the ICU rules this language needs on the other core while this one parses.
        ICUCache.shared.warmUp(
            for: language, catalog: catalog, needsTransform: TraditionalCharacterTable.needsCompiling)
        // Patterns from a folder are compiled now, so that a bad one is reported before any output; the built-in
        // ones compile in the tests, and here only when first used.
        if !catalog.isBuiltIn {
            try language.preparePatterns()
            for pattern in [catalog.documentSymbol] + catalog.pageDebris { try pattern.prepare() }
        }
        return DocumentParser(catalog: catalog).parse(source, language: language, format: format, wrapping: wrapping)
    }

    /// The documents at `paths`, read side by side on the machine's cores, in the order given; the first
    /// file in that order that cannot be read is the one reported.
    public func load(_ paths: [String], languageCode: String? = nil, format: InputFormat? = nil) throws -> [Document] {
        try Self.eachPath(paths) { _, path in try load(path, languageCode: languageCode, format: format) }
    }

    /// `body` applied to each of `paths` (with its index) side by side on the machine's cores, the results in
    /// order; one after the other when standard input is named twice (its second reading finds it empty, and
    /// says so).
    static func eachPath<Result: Sendable>(
        _ paths: [String], _ body: @Sendable (Int, String) throws -> Result
    ) throws -> [Result] {
        let numbered = paths.indices.map { ($0, paths[$0]) }
        if paths.count(where: { $0 == "-" }) > 1 { return try numbered.map(body) }
        return try numbered.concurrentMap(body)
    }

    /// The language `source` is in: the one named by `code` (`--language`), else the one its file name names
    /// (`report.fr.txt`), else the one its script and words show. A named language must match the script.
    public func language(of source: SourceText, code: String?) throws -> Language {
        if let named = try code.map({ code throws(LanguageDataError) in try catalog.language(code) }) {
            try Self.verifyScript(of: source, is: named, as: "--language \(named.code)")
            return named
        }
        if let named = Self.languageCode(inFileName: source.path).flatMap({ catalog.knownLanguage($0) }) {
            try Self.verifyScript(of: source, is: named, as: "its file name")
            return named
        }
        guard let detected = LanguageDetector(catalog: catalog).detect(source.text) ?? catalog.knownLanguage("en")
        else {
            throw LanguageDataError(file: catalog.source, problem: "no language to read \(source.path) in")
        }
        return detected
    }

    /// `fr` in `A_RES_70_1.fr.txt` or `report-fr.md`: a language code as the last part of the name before
    /// the extension.
    static func languageCode(inFileName path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var parts = name.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" })
        guard parts.count >= 3 || (parts.count == 2 && !name.contains(".")) else { return nil }
        if name.contains(".") { parts.removeLast() }
        guard let last = parts.last, last.count == 2 else { return nil }
        return last.lowercased()
    }

    private static func verifyScript(of source: SourceText, is language: Language, as claim: String) throws(ReadError) {
        guard let script = LanguageDetector.dominantScript(of: source.text), !language.scripts.contains(script) else {
            return
        }
        throw .wrongLanguage(path: source.path, language: language.name, source: claim, script: script)
    }
}

/// Versions of the libraries Hexaglot runs with, for `--version` and bug reports.
public enum Versions {
    public static let hexaglot = "0.1.0"
    public static var icu: String { ICUText.version }
    public static var libxml2: String { LibXML.version }
}
