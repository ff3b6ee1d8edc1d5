import Foundation
import Testing

@testable import Hexaglot

/// The language data compiled into the binary is `languages/` as it is now, and every pattern in it compiles (the
/// binary compiles its built-in patterns only when it first uses them).
@Suite struct BuiltInLanguageDataTests {
    @Test func builtInDataIsTheLanguagesFolder() throws {
        let folder = Fixtures.root.appendingPathComponent("languages")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(names) == Set(BuiltInLanguageData.files.keys), "run tools/embed-languages.py")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let parsed = try LanguageDataNode.parse(yaml: text, file: name)
            // Recorded by name, not by value: the two trees printed in full would hide the file's name.
            if parsed != BuiltInLanguageData.files[name] {
                Issue.record("languages/\(name) differs from the built-in data: run tools/embed-languages.py")
            }
        }
    }

    @Test func builtInCatalogueIsTheFolderCatalogue() throws {
        let builtIn = LanguageCatalog.builtIn
        #expect(builtIn.isBuiltIn)
        #expect(builtIn.codes == Fixtures.catalog.codes)
        #expect(builtIn.families.keys.sorted() == Fixtures.catalog.families.keys.sorted())
        for code in builtIn.codes {
            let language = try #require(builtIn.knownLanguage(code))
            #expect(language.detectionWords == Fixtures.language(code).detectionWords)
            try language.preparePatterns()
        }
        for pattern in [builtIn.documentSymbol] + builtIn.pageDebris { try pattern.prepare() }
    }

    /// A built-in language is compiled when first asked for: detecting a Chinese text compiles Chinese alone, a
    /// French one the Latin-script languages it is told from; a folder's data is compiled whole as it loads.
    @Test func builtInLanguagesAreCompiledWhenFirstUsed() throws {
        let catalog = try LanguageCatalog(
            files: BuiltInLanguageData.files, folder: "languages", source: "built-in language data", isBuiltIn: true)
        #expect(catalog.compiledCodes.isEmpty)
        #expect(catalog.codes == ["ar", "en", "es", "fr", "ru", "zh"])
        #expect(LanguageDetector(catalog: catalog).detect("第七十三届会议 第一委员会 议程项目 96")?.code == "zh")
        #expect(catalog.compiledCodes == ["zh"])
        let french = "Rappelant que le Conseil de sécurité a adopté la résolution et que les États Membres"
        #expect(LanguageDetector(catalog: catalog).detect(french)?.code == "fr")
        #expect(catalog.compiledCodes == ["en", "es", "fr", "zh"])
        #expect(catalog.languages.count == 6)
        #expect(catalog.compiledCodes == catalog.codes)
        #expect(Fixtures.catalog.compiledCodes == Fixtures.catalog.codes)
    }

    /// `HEXAGLOT_LANGUAGES` names a folder of edited data, which is used instead, and checked as it loads.
    @Test func editedDataFolderOverridesTheBuiltInData() throws {
        let directory = try TemporaryDirectory()
        let source = Fixtures.root.appendingPathComponent("languages")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".yaml") {
            _ = try directory.file(
                name, text: try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8))
        }
        let result = try CommandRunner.run(
            ["check", "--language", "xx", Fixtures.sample], environment: ["HEXAGLOT_LANGUAGES": directory.url.path])
        #expect(result.status == 2)
        #expect(
            result.stderr == "hexaglot: error: \(directory.url.path): no language xx; known: ar, en, es, fr, ru, zh\n")
        let missing = try CommandRunner.run(
            ["check", Fixtures.sample], environment: ["HEXAGLOT_LANGUAGES": "/nonexistent/languages"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "hexaglot: error: /nonexistent/languages: cannot list the language folder\n")
        let broken = try directory.file("zh.yaml", text: "code: zh\nname: [unclosed\n")
        let refused = try CommandRunner.run(
            ["check", Fixtures.sample], environment: ["HEXAGLOT_LANGUAGES": directory.url.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("hexaglot: error: \(broken): not valid YAML"))
    }
}
