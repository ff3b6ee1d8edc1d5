import Testing

@testable import Hexaglot

/// ICU's normalisation and scripts as Hexaglot uses them.
@Suite struct ICUTextTests {
    @Test func composesDecomposedTextLineByLine() {
        let decomposed = "acci\u{006F}\u{0301}n\nпереход\u{0438}\u{0306}\nبناء\n"
        #expect(ICUText.nfc(decomposed) == "acci\u{00F3}n\nпереход\u{0439}\nبناء\n")
        let composed = "各国应遵守。\nacción\n"
        #expect(ICUText.nfc(composed) == composed)
    }

    @Test func composesAcrossThePiecesOfALongText() {
        let line = String(repeating: "e\u{0301}", count: 20_000)
        #expect(ICUText.nfc(line) == String(repeating: "\u{00E9}", count: 20_000))
    }

    @Test func namesScripts() {
        #expect(ICUText.script(of: "各") == "Hani")
        #expect(ICUText.script(of: "б") == "Cyrl")
        #expect(ICUText.script(of: "ب") == "Arab")
        #expect(ICUText.script(of: "1") == nil)
    }
}
