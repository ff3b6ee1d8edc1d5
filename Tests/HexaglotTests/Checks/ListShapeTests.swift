import Foundation
import Testing

@testable import Hexaglot

/// The shapes real lists have, which the numbering check must read as a person does, each laid out in three
/// marker families (Latin letters in Spanish, Chinese numerals, Cyrillic letters in Russian) with sentences of
/// the real BBNJ Agreement (`Fixtures/real`).
struct ListShapeTests {
    /// Item sentences of the Agreement in `language`: the text of its list items.
    static func sentences(_ language: String) throws -> [String] {
        let document = try Fixtures.load(Fixtures.realPath("BBNJ_Agreement_2023.\(language).txt"))
        return document.blocks.filter { $0.marker != nil && $0.text.count > 20 && !$0.isRunIn }.map(\.text)
    }

    /// A document whose lines are `layout`, each `S` replaced by the next real sentence.
    static func document(_ language: String, _ layout: [String]) throws -> Document {
        var pool = try sentences(language)[...]
        let lines = layout.map { line -> String in
            guard line.hasSuffix("S") else { return line }
            return String(line.dropLast()) + (pool.popFirst() ?? "")
        }
        return Fixtures.parse(lines.joined(separator: "\n") + "\n", language: language, format: .plain)
    }

    static func numbering(_ language: String, _ layout: [String]) throws -> [Finding] {
        Fixtures.check(try document(language, layout)).filter { $0.rule.hasPrefix("numbering.") }
    }

    // 1. Letter or Roman: decided by what follows.

    @Test(arguments: [("es", "h)", "i)", "ii)", "j)"), ("es", "(H)", "(I)", "(II)", "(J)")])
    func letterOrRomanIsDecidedByWhatFollows(
        _ language: String, _ h: String, _ i: String, _ ii: String, _ j: String
    ) throws {
        let a = h.replacingOccurrences(of: "h", with: "a").replacingOccurrences(of: "H", with: "A")
        let letters = "abcdefg".map { letter in
            a.replacingOccurrences(of: "a", with: String(letter)).replacingOccurrences(
                of: "A", with: String(letter).uppercased())
        }
        let prefix = ["Artículo 1", "Las Partes:"] + letters.map { "\($0) S" } + ["\(h) S"]
        // (i) then (ii): a Roman sublist under (h), then the letter (i) and (j).
        let roman = try Self.document(language, prefix + ["\(i) S", "\(ii) S", "\(i) S", "\(j) S"])
        #expect(Fixtures.check(roman).filter { $0.rule.hasPrefix("numbering.") }.isEmpty)
        let sub = try #require(roman.blocks.first { $0.marker?.raw == i })
        #expect(sub.marker?.family.hasPrefix("roman") == true)
        #expect(sub.list?.level == 1)
        // (i) then (j): the next letter.
        let letter = try Self.document(language, prefix + ["\(i) S", "\(j) S"])
        #expect(Fixtures.check(letter).filter { $0.rule.hasPrefix("numbering.") }.isEmpty)
        #expect(letter.blocks.first { $0.marker?.raw == i }?.marker?.family.hasPrefix("latin") == true)
    }

    @Test func romanFiveOrLetterVIsDecidedByWhatFollows() throws {
        let letters = "abcdefghijklmnopqrstu".map { "\($0)) S" }
        let sublist = ["i) S", "ii) S", "iii) S", "iv) S"]
        let roman = try Self.numbering("es", ["Las Partes:"] + letters + sublist + ["v) S", "vi) S", "v) S", "w) S"])
        #expect(roman.isEmpty)
        let letter = try Self.numbering("es", ["Las Partes:"] + letters + sublist + ["v) S", "w) S"])
        #expect(letter.isEmpty)
    }

    // 2. A number alone on its line is the item whose text follows.

    @Test(arguments: [("es", "1.", "2.", "a)", "b)"), ("zh", "一、", "二、", "（一）", "（二）"), ("ru", "1.", "2.", "а)", "б)")])
    func numberAloneOnItsLineIsTheItem(_ language: String, _ one: String, _ two: String, _ a: String, _ b: String)
        throws
    {
        let document = try Self.document(language, [one, "S", two, "S", "\(a) S", "\(b) S"])
        #expect(Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }.isEmpty)
        let first = try #require(document.blocks.first { $0.marker?.raw == one })
        #expect(first.lines == [1, 2])
        #expect(!first.text.isEmpty)
        #expect(document.blocks.first { $0.marker?.raw == a }?.list?.level == 1)
    }

    // 3. Two markers on one line: the outer item and the first item of its sublist.

    @Test(arguments: [
        ("es", "B.", "1)", "2)", "C."), ("zh", "（二）", "（甲）", "（乙）", "（三）"), ("ru", "2.", "а)", "б)", "3."),
    ])
    func twoMarkersOnOneLine(_ language: String, _ outer: String, _ first: String, _ second: String, _ next: String)
        throws
    {
        let before = language == "zh" ? "（一）" : language == "es" ? "A." : "1."
        let document = try Self.document(language, ["\(before) S", "\(outer) \(first) S", "\(second) S", "\(next) S"])
        #expect(Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }.isEmpty)
        let outerBlock = try #require(document.blocks.first { $0.marker?.raw == outer })
        let innerBlock = try #require(document.blocks.first { $0.marker?.raw == first })
        #expect(outerBlock.list?.level == 0)
        #expect(innerBlock.list?.level == 1)
        #expect(outerBlock.location.line == innerBlock.location.line)
    }

    // 4. New sublists under new parents, and lists after a heading, are not restarts.

    @Test(arguments: [
        ("es", ["1.", "2.", "3."], ["a)", "b)"], "Artículo 52"),
        ("zh", ["（一）", "（二）", "（三）"], ["（甲）", "（乙）"], "第五十二条　适用范围"),
        ("ru", ["1.", "2.", "3."], ["а)", "б)"], "Статья 52"),
    ])
    func newSublistsUnderNewParentsAreNotRestarts(
        _ language: String, _ items: [String], _ sub: [String], _ heading: String
    )
        throws
    {
        let layout =
            [
                "\(items[0]) S", "\(sub[0]) S", "\(sub[1]) S", "\(items[1]) S", "\(items[2]) S", "\(sub[0]) S",
                "\(sub[1]) S",
            ]
            + [heading, "\(items[0]) S", "\(items[1]) S"]
        #expect(try Self.numbering(language, layout).isEmpty)
        // Without the heading, the list starting again is a restart.
        let restarted = try Self.numbering(language, ["\(items[0]) S", "\(items[1]) S", "S", "\(items[0]) S"])
        #expect(restarted.map(\.rule) == ["numbering.restart"])
    }

    @Test(arguments: [
        ("zh", "第二部分　总则", "一、", "二、"), ("zh", "第一章：宗旨及原则", "（一）", "（二）"),
        ("es", "Artículo 5. Definiciones", "1.", "2."),
        ("ru", "Статья 5. Употребление терминов", "1.", "2."), ("ru", "ГЛАВА II", "а)", "б)"),
    ])
    func headingsWithTheirTitlesEndLists(_ language: String, _ heading: String, _ one: String, _ two: String) throws {
        let document = try Self.document(language, ["\(one) S", "\(two) S", heading, "\(one) S", "\(two) S"])
        #expect(document.blocks.first { $0.text == heading }?.kind == .heading)
        #expect(Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }.isEmpty)
    }

    // 5. Items run into the paragraph before them: one finding, no cascade.

    @Test(arguments: [("es", "1.", "a)", "b)", "2."), ("zh", "一、", "（一）", "（二）", "二、"), ("ru", "1.", "а)", "б)", "2.")])
    func itemRunIntoTheParagraphBefore(_ language: String, _ one: String, _ a: String, _ b: String, _ two: String)
        throws
    {
        let sentences = try Self.sentences(language)
        // After a full stop: in a script without case, one item after `：` may be an enumeration inside the sentence.
        let stop = language == "zh" ? "。" : ": "
        // An item after `:` starts with a capital letter where the script has case.
        let item = sentences[1].prefix(1).uppercased() + sentences[1].dropFirst()
        let runIn = "\(one) \(sentences[0])\(stop)\(a) \(item)"
        let document = Fixtures.parse(
            [runIn, "\(b) \(sentences[2])", "\(two) \(sentences[3])"].joined(separator: "\n") + "\n",
            language: language,
            format: .plain)
        let findings = Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") }
        #expect(findings.map(\.rule) == ["numbering.run-in"])
        #expect(findings.first?.line == 1)
        #expect(findings.first?.found == a)
        #expect(document.blocks.first { $0.marker?.raw == two }?.list?.level == 0)
    }

    @Test(arguments: [
        ("es", ["a)", "b)", "c)", "d)"]), ("zh", ["（一）", "（二）", "（三）", "（四）"]), ("ru", ["а)", "б)", "в)", "г)"]),
    ])
    func severalItemsRunIntoOneParagraph(_ language: String, _ markers: [String]) throws {
        // Items that end their clause, as run-in items do: `…；（二）…`, `…; b) …`.
        let sentences = try Self.sentences(language).filter { $0.last.map { ";；。".contains($0) } ?? false }
        let separator = language == "zh" ? "" : " "
        let paragraph = zip(markers, sentences).map { "\($0) \($1)" }.joined(separator: separator)
        let findings = Fixtures.check(Fixtures.parse(paragraph + "\n", language: language, format: .plain))
            .filter { $0.rule.hasPrefix("numbering.") }
        #expect(findings.count == 1)
        #expect(findings.first?.rule == "numbering.run-in")
        #expect(findings.first?.message.contains("3 items") == true)
    }

    // 6. A malformed marker is reported as what it is, not as a list starting late.

    @Test(arguments: [("es", "1 .", ["2.", "3."]), ("es", "1)", ["2.", "3.", "4."]), ("ru", "(1", ["(2)", "(3)"])])
    func malformedMarker(_ language: String, _ malformed: String, _ rest: [String]) throws {
        let findings = try Self.numbering(language, ["\(malformed) S"] + rest.map { "\($0) S" })
        #expect(findings.map(\.rule) == ["numbering.malformed-marker"])
        #expect(findings.first?.line == 1)
    }

    // 7. A gap names the markers that are missing.

    @Test(arguments: [("es", ["a)", "b)", "e)"], "c)…d)"), ("zh", ["（一）", "（二）", "（五）"], "（三）…（四）")])
    func gapNamesTheMissingMarkers(_ language: String, _ markers: [String], _ missing: String) throws {
        let findings = try Self.numbering(language, ["S"] + markers.map { "\($0) S" })
        let gap = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(gap.rule == "numbering.gap")
        let named = missing.replacingOccurrences(of: "…", with: " and ")
        #expect(gap.message.contains(named))
    }
}

/// Right-to-left text as PDF conversion leaves it: brackets mirrored, quotation marks in the Arabic convention.
struct RightToLeftTests {
    /// Phrases of the Arabic BBNJ text (`Fixtures/real`): the first words of its articles.
    static func phrases() throws -> [String] {
        let text = try Fixtures.realText("BBNJ_Agreement_2023.ar.txt")
        return text.split(separator: "\n").dropFirst(2).map { line in
            line.split(separator: " ").dropFirst(2).prefix(8).joined(separator: " ")
        }
    }

    @Test func mirroredMarkersAreReadAsMarkers() throws {
        let phrases = try Self.phrases()
        let lines = [phrases[0] + ":"] + zip([")أ(", ")ب(", ")ج("], phrases.dropFirst()).map { "\($0) \($1)؛" }
        let document = Fixtures.parse(lines.joined(separator: "\n") + "\n", language: "ar", format: .plain)
        let items = document.blocks.filter { $0.list != nil }
        #expect(items.count == 3)
        #expect(items.allSatisfy { $0.marker?.family == "arabicAbjad" && $0.marker?.delimiter == "(x)" })
        #expect(Fixtures.check(document).isEmpty)
    }

    @Test func mirroredBracketsAndRightToLeftQuotesBalance() throws {
        let phrases = try Self.phrases()
        let text = "\(phrases[0]) )\(phrases[1])( ”\(phrases[2])“ «\(phrases[3])» »\(phrases[4])«.\n"
        let findings = Fixtures.check(Fixtures.parse(text, language: "ar", format: .plain))
        #expect(!findings.contains { $0.rule == "text.unbalanced-bracket" })
        // A bracket really left open is still found.
        let open = Fixtures.check(Fixtures.parse("\(phrases[0]) (\(phrases[1]).\n", language: "ar", format: .plain))
        #expect(open.map(\.rule) == ["text.unbalanced-bracket"])
    }
}
