import Foundation
import Testing

@testable import Hexaglot

/// The document's own symbol comes from its masthead, never from a resolution or document its text cites.
struct MastheadSymbolTests {
    @Test func aMastheadRunIntoOneLineByPDFExtractionGivesTheSymbol() throws {
        // `United Nations A/RES/78/272 General Assembly Distr.: General 29 April 2024 …`
        let document = Fixtures.parse(try Fixtures.realText("A_RES_78_272.en.txt"), language: "en", format: .plain)
        #expect(document.symbol == "A/RES/78/272")
    }

    @Test func aCitedDocumentIsNotTheSymbol() throws {
        // The 1994 Agreement's resolution opens by citing the Convention, A/CONF.62/122: it has no masthead.
        let text = try Fixtures.realText("UNCLOS_PartXI_Agreement_1994.en.txt")
        #expect(text.contains("A/CONF.62/122"))
        let document = Fixtures.parse(text, language: "en", format: .plain)
        #expect(document.symbol == nil)
        // Reissued, it is told that its symbol is missing, not to mark the cited one.
        let reissued = Fixtures.parse(
            text + "* Reissued for technical reasons on 24 October 2018.\n", language: "en", format: .plain)
        let finding = try #require(Fixtures.check(reissued).first { $0.rule == "reissue.note-without-symbol" })
        #expect(finding.found == "no document symbol")
        #expect(!finding.message.contains("A/CONF.62/122"))
    }

    @Test func aMarkedSymbolOnAShortLineIsReadWithItsAsterisk() throws {
        let lines = [
            "A/RES/73/27*", "General Assembly", "The General Assembly,", "1. Decides to remain seized of the matter.",
        ]
        let document = Fixtures.parse(lines.joined(separator: "\n") + "\n", language: "en", format: .plain)
        #expect(document.symbol == "A/RES/73/27")
        let masthead = try #require(MastheadSymbol.read(document.blocks, catalog: Fixtures.catalog))
        #expect(masthead.isMarked)
    }
}
