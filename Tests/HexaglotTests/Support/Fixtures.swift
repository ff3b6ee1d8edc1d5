import Foundation
import Testing

@testable import Hexaglot

/// Paths and shared values for the tests.
enum Fixtures {
    /// The checkout's root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled sample, a copy of the seed.
    static let sample = root.appendingPathComponent("samples/A-C.1-73-L.27.zh.md").path

    /// `../shared` beside the checkout, when it is there.
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = shared.appendingPathComponent("corpus")
    static var hasCorpus: Bool {
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("README.md").path)
    }
    static let corpusMissing = "../shared/corpus is not beside the checkout; corpus tests skipped"

    /// The real UN texts committed with their labels (`Fixtures/real`).
    static let real = root.appendingPathComponent("Tests/HexaglotTests/Fixtures/real")

    /// The path of the real text `name`, e.g. `BBNJ_Agreement_2023.zh.txt`.
    static func realPath(_ name: String) -> String { real.appendingPathComponent(name).path }

    /// The contents of the real text `name`.
    static func realText(_ name: String) throws -> String {
        try String(contentsOfFile: realPath(name), encoding: .utf8)
    }

    /// The corpus file `name`, e.g. `A_RES_217_A_III.zh.txt`.
    static func corpusFile(_ name: String) -> String { corpus.appendingPathComponent(name).path }

    static let languages = ["zh", "en", "fr", "es", "ru", "ar"]

    /// The project's language data, loaded once.
    static let catalog: LanguageCatalog = {
        do {
            return try LanguageCatalog(directory: root.appendingPathComponent("languages"))
        } catch {
            fatalError("languages/ does not load: \(error)")
        }
    }()

    static func language(_ code: String) -> Language {
        guard let language = catalog.languages[code] else { fatalError("no language \(code)") }
        return language
    }

    /// `text` parsed as a document of `language` read from `path`.
    static func parse(_ text: String, language: String? = nil, format: InputFormat? = nil, path: String = "test.txt")
        -> Document
    {
        let source = SourceText(path: path, text: text, encoding: "UTF-8")
        return DocumentParser(catalog: catalog).parse(source, language: language.map(Self.language), format: format)
    }

    static func load(_ path: String) throws -> Document {
        try DocumentLoader(catalog: catalog).load(path)
    }

    static func check(_ document: Document) -> [Finding] {
        Checker(catalog: catalog).check(document)
    }
}
