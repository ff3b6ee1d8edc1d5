import Foundation
import Testing

@testable import Hexaglot

/// The list-marker facts of `languages/`: orders and numerals as UN documents use them.
@Suite struct LanguageDataTests {
    private func ordinal(_ token: String, _ family: String) throws -> Int? {
        let reader = MarkerReader(catalog: Fixtures.catalog, language: Fixtures.language("en"))
        return reader.ordinal(of: token, in: try #require(Fixtures.catalog.families[family]))
    }

    /// A number-word or section-kind key written wrong stops loading with the file and the key named, not a crash or a silent skip.
    @Test(arguments: [
        ("en.yaml", "numberWords: {decade: 10,", "numberWords: {decade: ten,", "numberWords: decade must map"),
        ("ru.yaml", "numberWordLetters: {ё: е}", "numberWordLetters: {ё: ее}", "numberWordLetters: keys and values"),
        ("es.yaml", "  Artículo: article\n", "  Artículo: articulo\n", "sectionKinds: Artículo must map to one of"),
    ])
    func badNumberWordDataIsRefusedByName(file: String, original: String, broken: String, problem: String) throws {
        let directory = try TemporaryDirectory()
        let source = Fixtures.root.appendingPathComponent("languages")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            var text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            if name == file {
                #expect(text.contains(original))
                text = text.replacingOccurrences(of: original, with: broken)
            }
            _ = try directory.file(name, text: text)
        }
        do {
            _ = try LanguageCatalog(directory: directory.url)
            Issue.record("\(file) with \(broken) loaded")
        } catch {
            #expect("\(error)".contains(file), "\(error)")
            #expect("\(error)".contains(problem), "\(error)")
        }
    }

    /// Each language's example reissue note, which a finding shows when a reissue lacks one, is a note its own
    /// pattern recognises.
    @Test func reissueNoteExamplesAreNotesTheirPatternsFind() throws {
        for code in Fixtures.catalog.codes {
            let language = Fixtures.language(code)
            let example = try #require(language.reissueNoteExample, "\(code)")
            let pattern = try #require(language.reissueNote, "\(code)")
            #expect(pattern.matches(example), "\(code): \(example)")
        }
    }

    @Test func loadsAllSixLanguages() {
        #expect(Fixtures.catalog.codes == ["ar", "en", "es", "fr", "ru", "zh"])
    }

    @Test(arguments: [("а", 1), ("б", 2), ("в", 3), ("и", 9), ("к", 10), ("л", 11), ("я", 28)])
    func ordersCyrillicLettersAsRussianListsDo(letter: String, position: Int) throws {
        #expect(try ordinal(letter, "cyrillicLower") == position)
    }

    @Test func skipsLettersRussianListsDoNotUse() throws {
        for letter in ["ё", "й", "ъ", "ы", "ь"] { #expect(try ordinal(letter, "cyrillicLower") == nil) }
    }

    @Test(arguments: [
        ("أ", 1), ("ب", 2), ("ج", 3), ("د", 4), ("هـ", 5), ("ه", 5), ("و", 6), ("ز", 7), ("ح", 8), ("ط", 9), ("ي", 10),
        ("ك", 11), ("ل", 12),
    ])
    func ordersArabicLettersInAbjadOrder(letter: String, position: Int) throws {
        #expect(try ordinal(letter, "arabicAbjad") == position)
    }

    @Test(arguments: [("十七", 17), ("二十五", 25), ("一百零一", 101), ("九", 9), ("十", 10)])
    func readsChineseNumeralsWithICU(numeral: String, value: Int) throws {
        #expect(try ordinal(numeral, "chineseNumeral") == value)
    }

    @Test(arguments: [("i", 1), ("iv", 4), ("ix", 9), ("xvii", 17), ("xxv", 25)])
    func readsRomanNumeralsWithICU(numeral: String, value: Int) throws {
        #expect(try ordinal(numeral, "romanLower") == value)
    }

    @Test func readsLettersPastZAsUNStyleDoublesThem() throws {
        #expect(try ordinal("aa", "latinLower") == 27)
        #expect(try ordinal("bb", "latinLower") == 28)
    }

    @Test(arguments: [("12", 12), ("１２", 12), ("١٢", 12)])
    func readsDigitsOfEveryScript(digits: String, value: Int) throws {
        #expect(try ordinal(digits, "decimal") == value)
    }

    @Test func detectsTheLanguageFromTheScript() {
        let detector = LanguageDetector(catalog: Fixtures.catalog)
        #expect(detector.detect("各国应遵守《联合国宪章》。")?.code == "zh")
        #expect(detector.detect("Все люди рождаются свободными.")?.code == "ru")
        #expect(detector.detect("يولد جميع الناس أحرارًا")?.code == "ar")
        #expect(
            detector.detect("Tous les êtres humains naissent libres et égaux en dignité et en droits.")?.code == "fr")
        #expect(detector.detect("Todos los seres humanos nacen libres e iguales en dignidad y derechos.")?.code == "es")
        #expect(detector.detect("All human beings are born free and equal in dignity and rights.")?.code == "en")
    }

    /// Chinese writes months as numerals (十二月); the other five name all twelve.
    @Test(arguments: ["en", "fr", "es", "ru", "ar"])
    func namesEveryMonth(_ code: String) {
        let months = Fixtures.language(code).months
        #expect(Set(months.values) == Set(1...12))
    }
}
