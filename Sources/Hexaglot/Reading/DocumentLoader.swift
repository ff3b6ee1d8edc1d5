/// Reads and parses documents: the read, normalise and structure stages in one call.
public struct DocumentLoader: Sendable {
    public let catalog: LanguageCatalog
    public var reader: InputReader

    public init(catalog: LanguageCatalog, reader: InputReader = InputReader()) {
        self.catalog = catalog
        self.reader = reader
    }

    /// The document at `path` (`-` for standard input), in `languageCode` or the language its script shows.
    public func load(_ path: String, languageCode: String? = nil, format: InputFormat? = nil) throws -> Document {
        let source = try reader.read(path)
        let chosen = try languageCode.map { code throws(LanguageDataError) in try catalog.language(code) }
        guard let language = chosen ?? LanguageDetector(catalog: catalog).detect(source.text) ?? catalog.languages["en"]
        else { throw LanguageDataError(file: catalog.directory.path, problem: "no language to read \(path) in") }
        // Compile the ICU rules this language needs on the other core while this one parses.
        ICUCache.shared.warmUp(for: language, catalog: catalog)
        try language.preparePatterns()
        for pattern in [catalog.documentSymbol] + catalog.pageDebris { try pattern.prepare() }
        return DocumentParser(catalog: catalog).parse(source, language: language, format: format)
    }
}

/// Versions of the libraries Hexaglot runs with, for `--version` and bug reports.
public enum Versions {
    public static let hexaglot = "0.1.0"
    public static var icu: String { ICUText.version }
    public static var libxml2: String { LibXML.version }
}
