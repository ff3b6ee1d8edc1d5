import Foundation
import Testing

@testable import Hexaglot

/// Numbers as each language writes them, in the words of real UN texts (the Charter's testimonium and articles, the
/// BBNJ Agreement, the Geneva Conventions, the SDG targets): every form reads as the number the digits would give.
@Suite struct SpelledNumberTests {
    private func tokens(_ text: String, _ language: String) -> [String] {
        AnchorExtractor(language: Fixtures.language(language)).tokens(in: text)
    }

    @Test func englishNumbersAndOrdinalsInWords() {
        #expect(
            tokens("the twenty-sixth day of June, one thousand nine hundred and forty-five", "en")
                == ["n:26", "m:6", "n:1945"])
        #expect(tokens("the twelfth day of August 1949", "en") == ["n:12", "m:8", "n:1949"])
        #expect(tokens("the thirtieth day after", "en") == ["n:30"])
        #expect(tokens("its thirty-fifth session", "en") == ["n:35"])
        #expect(tokens("shall consist of fifteen Members", "en") == ["n:15"])
        // A number before a hyphen, and a word that carries a number.
        #expect(tokens("the 10-Year Framework", "en") == ["n:10"])
        #expect(tokens("a ten-year framework for the decade", "en") == ["n:10", "n:10"])
        // Under ten, words are pronouns and articles as often: one of the, first.
        #expect(tokens("one of the first", "en").isEmpty)
    }

    /// Scale words stacked past any real number (hostile or garbled text) end the number instead of overflowing.
    @Test func stackedScaleWordsDoNotOverflow() {
        for (text, language) in [
            ("mil " + Array(repeating: "millones", count: 15).joined(separator: " "), "es"),
            ("one thousand " + Array(repeating: "trillion", count: 15).joined(separator: " "), "en"),
        ] {
            let values = tokens(text, language).compactMap { Int($0.dropFirst(2)) }
            #expect(!values.isEmpty)
            #expect(values.allSatisfy { $0 <= 1_000_000_000_000_000 }, "\(values)")
        }
    }

    @Test func frenchNumbersInWords() {
        #expect(tokens("le vingt-six juin mil neuf cent quarante-cinq", "fr") == ["n:26", "m:6", "n:1945"])
        #expect(tokens("avant la dixième session annuelle", "fr") == ["n:10"])
        #expect(tokens("cinquante-quatre Membres", "fr") == ["n:54"])
        // `cent` in `pour cent` is no hundred.
        #expect(tokens("cinquante pour cent", "fr") == ["n:50"])
        #expect(tokens("cadre décennal de programmation", "fr") == ["n:10"])
    }

    @Test func spanishNumbersInWords() {
        #expect(
            tokens("a los veintiséis días del mes de junio de mil novecientos cuarenta y cinco", "es")
                == ["n:26", "m:6", "n:1945"])
        #expect(tokens("antes de la décima reunión anual", "es") == ["n:10"])
        #expect(tokens("treinta y cinco", "es") == ["n:35"])
        #expect(tokens("el vigésimo sexto", "es") == ["n:26"])
    }

    @Test func russianNumbersInEveryCase() {
        #expect(
            tokens("июня месяца двадцать шестого дня тысяча девятьсот сорок пятого года", "ru")
                == ["m:6", "n:26", "n:1945"])
        #expect(tokens("до десятой ежегодной сессии", "ru") == ["n:10"])
        #expect(tokens("из пятнадцати Членов Организации", "ru") == ["n:15"])
        // ё where ICU writes е.
        #expect(tokens("двадцать четвёртого", "ru") == ["n:24"])
        #expect(tokens("Десятилетней рамочной программы", "ru") == ["n:10"])
    }

    @Test func arabicNumbersWithArticleConjunctionAndCase() {
        #expect(tokens("في دورتها الرابعة والثلاثين", "ar") == ["n:34"])
        #expect(tokens("الأعضاء الاثني عشر", "ar") == ["n:12"])
        #expect(tokens("من أحد عشر عضواً إلى خمسة عشر عضواً", "ar") == ["n:11", "n:15"])
        #expect(tokens("الفصلين الثاني عشر والثالث عشر", "ar") == ["n:12", "n:13"])
        #expect(tokens("الدورة العادية العاشرة", "ar") == ["n:10"])
        // في (in) is no folded ألفي (two thousand); ألف before a session in brackets is the letter A.
        #expect(tokens("في سبيل هذه الغايات", "ar").isEmpty)
        #expect(tokens("القرار 217 ألف (د-3)", "ar") == ["n:217", "n:3"])
    }

    /// A letter typed for a digit (`text.letter-for-digit`) still leaves the number to compare.
    @Test func numbersWithALetterForADigitAreStillNumbers() {
        #expect(tokens("adopted on 14 December 2O15", "en") == ["n:14", "m:12", "n:2015"])
        #expect(tokens("le paragraphe l0", "fr") == ["n:10"])
        #expect(tokens("до l95l года", "ru") == ["n:1951"])
        #expect(tokens("en el párrafo l2", "es") == ["n:12"])
        // Other letters make other words: the O of CO2 and of Oil is no zero (CO2 and G77 keep their digits).
        #expect(tokens("CO2 and G77 on Oil", "en") == ["n:2", "n:77"])
    }

    @Test func chineseNumeralsWithoutACounter() {
        #expect(tokens("会议一百二十天后生效", "zh") == ["n:120"])
        #expect(tokens("二百海里以外", "zh") == ["n:200"])
        #expect(tokens("缴款率应为百分之五十", "zh") == ["n:50"])
        #expect(tokens("安全理事会以联合国十五会员国组织之", "zh") == ["n:15"])
        #expect(tokens("其他十会员国", "zh") == ["n:10"])
        // 十分 (very), 千方百计 (by every means), 万一 (in case) are words; （十） is an item, as `j)` is.
        #expect(tokens("十分重要", "zh").isEmpty)
        #expect(tokens("千方百计", "zh").isEmpty)
        #expect(tokens("万一", "zh").isEmpty)
        #expect(tokens("第二款第（十）项", "zh") == ["n:2"])
        // ○ typed for 〇.
        #expect(tokens("二〇三○年", "zh") == ["n:2030"])
    }

    /// The Charter's six versions agree in every number once each is read as its language writes it: Roman
    /// chapters, Chinese numerals without counters, ordinals and the testimonium's date in words.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func charterVersionsAgreeInTheirNumbers() throws {
        let documents = try Fixtures.languages.map { try Fixtures.load(Fixtures.corpusFile("UN_Charter.\($0).txt")) }
        let findings = try Checker(catalog: Fixtures.catalog).check(documents)
        let mismatches = findings.filter { $0.rule == "xlang.number-mismatch" }
        #expect(mismatches.isEmpty, "\(mismatches.map { "\($0.path):\($0.line): \($0.message)" })")
    }
}
