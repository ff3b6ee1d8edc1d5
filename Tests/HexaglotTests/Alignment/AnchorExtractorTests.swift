import Testing

@testable import Hexaglot

@Suite struct AnchorExtractorTests {
    private func tokens(_ text: String, _ language: String) -> [String] {
        AnchorExtractor(language: Fixtures.language(language)).tokens(in: text)
    }

    @Test func numbersAgreeAcrossScriptsAndConventions() {
        #expect(tokens("on 10 December 1948, 1,000 people", "en") == ["n:10", "m:12", "n:1948", "n:1000"])
        #expect(tokens("1 000 personnes, 1,25 dollar", "fr") == ["n:1000", "n:1.25"])
        #expect(tokens("1.000 personas", "es") == ["n:1000"])
        #expect(tokens("в размере 1,25 долл. США", "ru") == ["n:1.25"])
        #expect(tokens("في ١٠ كانون الأول/ديسمبر ١٩٤٨", "ar") == ["n:10", "m:12", "n:1948"])
        #expect(tokens("от 10 декабря 1948 года", "ru") == ["n:10", "m:12", "n:1948"])
        #expect(tokens("1981 年 12 月 9 日", "zh") == ["n:1981", "m:12", "n:9"])
        #expect(tokens("每１０万人, 1000亿美元", "zh") == ["n:100000", "n:100000000000"])
        // SDG indicator 9.5.2: 每百万居民 is per million inhabitants; 千万 (by all means) is no number.
        #expect(tokens("每百万居民中的研究员人数", "zh") == ["n:1000000"])
        #expect(tokens("千万不要", "zh") == [])
    }

    @Test func scaleWordsMultiplyAsChineseWritesTheNumber() {
        #expect(tokens("$100 billion annually", "en") == ["n:100000000000"])
        #expect(tokens("1,25 milliard de dollars", "fr") == ["n:1250000000"])
        #expect(tokens("100.000 millones de dólares", "es") == ["n:100000000000"])
        #expect(tokens("100 млрд. долл. и 5 тыс. человек", "ru") == ["n:100000000000", "n:5000"])
        #expect(tokens("100 مليار دولار", "ar") == ["n:100000000000"])
    }

    @Test func groupsInRightToLeftOrderFromPDFReadAsTheNumber() {
        // "لكل 000 1 شخص": 1 000 with its groups in visual order, as Arabic PDF conversion leaves them.
        #expect(tokens("لكل 000 1 شخص", "ar") == ["n:1000"])
        #expect(tokens("من بين كل 000\u{00A0}100 شخص", "ar") == ["n:100000"])
        #expect(tokens("000 000 2", "ar") == ["n:2000000"])
    }

    @Test func chineseNumeralsCountOnlyWhereTheyCountSomething() {
        // (III), the session, is a Roman numeral as in `217 A (III)`.
        #expect(
            tokens("联合国大会一九四八年十二月十日第217A(III)号决议", "zh") == ["n:1948", "m:12", "n:10", "n:217", "n:3"])
        #expect(tokens("第七十三届会议", "zh") == ["n:73"])
        // A series counts as a whole; Traditional counters count as Simplified ones do.
        #expect(tokens("第十、十五、二十三、二十八及五十二各条", "zh") == ["n:10", "n:15", "n:23", "n:28", "n:52"])
        #expect(tokens("十二个月", "zh") == ["n:12"])
        #expect(tokens("十二個月", "zh") == ["n:12"])
        // 一 in 统一 and 一切 is a word, not a number.
        #expect(tokens("统一一切", "zh").isEmpty)
    }

    /// Each language's decimal mark; a leading 0 is never a thousands group.
    @Test func decimalsWithALeadingZero() {
        #expect(tokens("a rate of 0.125 per cent", "en") == ["n:0.125"])
        #expect(tokens("un taux de 0,125 pour cent", "fr") == ["n:0.125"])
        #expect(tokens("ставка 0,125 процента", "ru") == ["n:0.125"])
        #expect(tokens("una tasa del 0,125 por ciento", "es") == ["n:0.125"])
        #expect(tokens("بمعدل ٠٫١٢٥ في المائة", "ar") == ["n:0.125"])
        #expect(tokens("0.125%", "zh") == ["n:0.125"])
        // A thousand is still a thousand.
        #expect(tokens("1,000 people", "en") == ["n:1000"])
        #expect(tokens("1.000 personas", "es") == ["n:1000"])
    }

    /// Roman numerals in the Charter's words: chapters and sessions read as the numbers the Chinese writes.
    @Test func romanNumeralsAreNumbers() {
        #expect(tokens("第十二章及第十三章", "zh") == ["n:12", "n:13"])
        #expect(tokens("Chapters XII and XIII", "en") == ["n:12", "n:13"])
        #expect(tokens("главы XII и XIII", "ru") == ["n:12", "n:13"])
        #expect(tokens("los Capítulos XII y XIII", "es") == ["n:12", "n:13"])
        // A lone letter is a numeral after a chapter word or just after another numeral.
        #expect(tokens("under Chapters IX and X", "en") == ["n:9", "n:10"])
        #expect(tokens("aux chapitres IX et X", "fr") == ["n:9", "n:10"])
        #expect(tokens("Chapter V: The Security Council", "en") == ["n:5"])
        #expect(tokens("resolution 2 (XIV) of the General Assembly", "en") == ["n:2", "n:14"])
        // Not numerals: a pronoun, a letter of a name, letters that no numeral is written with.
        #expect(tokens("I think Mr. X agrees", "en").isEmpty)
        #expect(tokens("the LC and VX forms", "en").isEmpty)
    }

    @Test func symbolsAndInlineEnumerators() {
        #expect(tokens("resolution 64/211 and document A/C.1/73/L.27", "en") == ["s:64/211", "s:A/C.1/73/L.27"])
        // Chinese writes a symbol right after a character; grades 2/3 are numbers, as French writes `2e ou 3e`.
        #expect(tokens("第64/211号决议", "zh") == ["s:64/211"])
        #expect(tokens("见A/RES/70/1号决议", "zh") == ["s:A/RES/70/1"])
        #expect(tokens("在2/3年级", "zh") == ["n:2", "n:3"])
        #expect(tokens("in grades 2/3", "en") == ["n:2", "n:3"])
        #expect(tokens("(i)全球公民教育和(ii)可持续发展教育", "zh") == ["e:i", "e:ii"])
        #expect(tokens("de i) l’éducation et ii) l’éducation", "fr") == ["e:i", "e:ii"])
    }

    /// Footnote calls that PDF extraction wrote into the text, as the SDG indicator list has them, are marked
    /// beside their number; a number that counts something (5岁, 3年级, `(от 0 до 100)`) or a formula is not.
    @Test func flattenedFootnoteCallsAreMarked() {
        #expect(tokens("10.4.2 财政政策2的再分配影响", "zh").contains("c:2"))
        #expect(tokens("每100居民中固定因特网宽带用户数,按速度分列 5", "zh").contains("c:5"))
        #expect(tokens("لكل 100 من السكان، بحسب السرعة(5)", "ar").contains("c:5"))
        #expect(!tokens("5岁以下儿童的比例", "zh").contains { $0.hasPrefix("c:") })
        #expect(!tokens("在2/3年级", "zh").contains { $0.hasPrefix("c:") })
        #expect(!tokens("Степень внедрения (от 0 до 100)", "ru").contains { $0.hasPrefix("c:") })
        #expect(!tokens("emissions of CO2", "en").contains { $0.hasPrefix("c:") })
    }

    /// SDG targets and indicators cited by number: `7.b.1` is one token, not 7 and 1.
    @Test func outlineNumbersWithALetterAreOneToken() {
        #expect(tokens("l’indicateur 7.b.1 ci-dessus", "fr") == ["n:7.b.1"])
        #expect(tokens("indicator 12.a.1 below", "en") == ["n:12.a.1"])
        #expect(tokens("7.5 per cent", "en") == ["n:7.5"])
    }
}
