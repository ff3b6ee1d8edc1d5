import Foundation
import Testing

@testable import Hexaglot

/// Letters typed or recognised in place of digits, in the four languages that write Latin digits beside letters.
struct LetterForDigitTests {
    static func findings(_ text: String, _ language: String) -> [Finding] {
        Fixtures.check(Fixtures.parse(text + "\n", language: language, format: .plain)).filter {
            $0.rule == "text.letter-for-digit"
        }
    }

    @Test(arguments: [
        ("en", "This Convention shall apply to events occurring before I January 1951 in Europe.", "I", "1"),
        ("en", "The provisions of paragraphs I and 2 shall apply.", "I", "1"),
        ("en", "The rate shall not exceed l0 per cent of the total.", "l0", "10"),
        ("fr", "La présente Convention s'applique aux événements survenus avant le I janvier 1951.", "I", "1"),
        ("es", "Los acontecimientos ocurridos antes del I de enero de 1951 en Europa.", "I", "1"),
        ("es", "Las disposiciones de los párrafos 2 y I se aplicarán.", "I", "1"),
        ("ru", "События, происшедшие до I января 1951 года в Европе.", "I", "1"),
        ("ru", "Доклад о работе за 2O15 год.", "2O15", "2015"),
    ])
    func aLetterForADigitIsFoundWithTheNumberMeant(_ language: String, _ text: String, _ found: String, _ meant: String)
        throws
    {
        let findings = Self.findings(text, language)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.found == found)
        #expect(finding.expected == meant)
        #expect(finding.severity == .warning)
    }

    @Test(arguments: [
        ("en", "Chapter I and Chapter II of the present Charter."),
        ("en", "Measures under Chapter VII and Article 2 (XIV); I believe that CO2 and H1N1 are named."),
        ("en", "Emissions of CO2 fell in 2015 by 10 per cent."),
        ("fr", "Le titre I et l'article 2 s'appliquent."),
    ])
    func lettersThatAreLettersAreNotFound(_ language: String, _ text: String) {
        #expect(Self.findings(text, language).isEmpty)
    }
}
