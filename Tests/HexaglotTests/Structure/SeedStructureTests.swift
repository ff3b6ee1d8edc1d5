import Testing

@testable import Hexaglot

/// What the structure stage must make of the bundled sample (line numbers are the seed's own).
@Suite struct SeedStructureTests {
    let document: Document

    init() throws {
        document = try Fixtures.load(Fixtures.sample)
    }

    private func block(at line: Int) throws -> Block {
        try #require(document.blocks.first { $0.location.line == line })
    }

    @Test func readsTheSampleAsChineseMarkdown() {
        #expect(document.language.code == "zh")
        #expect(document.format == .markdown)
        #expect(document.symbol == nil)
    }

    @Test func joinsTheClauseSplitByThePageBreak() throws {
        let itemK = try block(at: 96)
        #expect(itemK.marker?.raw == "(k)")
        #expect(itemK.text.contains("减轻源自其领土的"))
        #expect(itemK.lines == [96, 102])
        #expect(!document.blocks.contains { $0.location.line == 102 })
        #expect(!itemK.text.contains("见《大会正式记录"))
    }

    @Test func keepsFootnoteBodiesOutOfTheClause() throws {
        let bodies = document.blocks.filter { $0.kind == .footnoteBody }
        #expect(bodies.compactMap(\.footnoteNumber) == [1, 2, 3, 4, 5, 6])
        #expect(try block(at: 98).footnoteNumber == 5)
        #expect(try block(at: 100).footnoteNumber == 6)
    }

    @Test func numbersOperativeParagraphsAtTheTopLevel() {
        let operative = document.blocks.filter { $0.kind == .operative }
        #expect(operative.compactMap { $0.marker?.ordinal } == [1, 2, 3, 4, 5, 6])
        #expect(operative.allSatisfy { $0.list?.level == 0 })
    }

    @Test func putsTheStemsSublistUnderItemEight() throws {
        let eight = try #require(document.blocks.firstIndex { $0.location.line == 74 })
        for line in [78, 80] {
            let item = try block(at: line)
            #expect(item.list?.level == 2)
            #expect(item.list?.parent == eight)
            #expect(item.marker?.family == "heavenlyStem")
        }
    }

    @Test func placesTheLatinRunInTheChineseList() throws {
        let first = try block(at: 67)
        let itemD = try block(at: 82)
        let item17 = try block(at: 104)
        #expect(itemD.list?.listID == first.list?.listID)
        #expect(itemD.list?.expectedMarker == "(九)")
        #expect(try block(at: 96).list?.expectedMarker == "(十六)")
        #expect(item17.list?.expectedMarker == "(十七)")
        #expect(item17.marker?.ordinal == 17)
    }

    @Test func readsCallsAndTheReissueNote() throws {
        #expect(try block(at: 27).kind == .note)
        #expect(try block(at: 47).calls.map(\.number) == [3, 2])
        #expect(try block(at: 19).kind == .preamble)
    }
}

/// PDF page debris between the halves of a clause: page numbers, job numbers, running headers.
@Suite struct PageDebrisTests {
    static let text = """
        A/C.1/73/L.27*

        1. Decides that States should respond to appropriate requests for assistance by another State whose
        18-17442 (E)    3/7
        A/C.1/73/L.27*
        critical infrastructure is subject to malicious acts;
        2. Requests the Secretary-General to report.
        """

    @Test func joinsAClauseAcrossPageNumbersJobNumbersAndRunningHeaders() throws {
        let document = Fixtures.parse(Self.text, language: "en", format: .plain)
        let first = try #require(document.blocks.first { $0.marker?.raw == "1." })
        #expect(first.text.hasSuffix("another State whose critical infrastructure is subject to malicious acts;"))
        #expect(first.lines == [3, 6])
        #expect(document.blocks.filter { $0.kind == .operative }.count == 2)
        #expect(document.debris.map(\.text).joined(separator: " ") == "18-17442 (E)    3/7 A/C.1/73/L.27*")
        #expect(NothingLost.violation(in: document, input: Self.text) == nil)
        #expect(document.symbol == "A/C.1/73/L.27")
    }
}

/// Hard line breaks that PDF extraction left inside an entry, in real corpus text.
@Suite(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
struct WrappedLineTests {
    @Test func joinsARussianTargetWrappedOverFiveLines() throws {
        let document = try Fixtures.load(Fixtures.corpusFile("A_RES_70_1-SDG-targets.ru.txt"))
        let target = try #require(document.blocks.first { $0.marker?.raw == "10.c" })
        #expect(target.lines == [90, 91, 92, 93, 94])
        #expect(target.text.hasSuffix("у которых эти затраты превышают 5 процентов"))
    }

    @Test func keepsParagraphsThatEndInSemicolonAndAsTheyAre() throws {
        let document = try Fixtures.load(Fixtures.corpusFile("A_RES_217_A_III.ru.txt"))
        let preamble = document.blocks.filter { $0.text.hasPrefix("принимая во внимание") }
        #expect(preamble.count == 6)
        #expect(preamble.allSatisfy { $0.lines.count == 1 })
        #expect(document.blocks.contains { $0.text == "Генеральная Ассамблея," })
    }
}
