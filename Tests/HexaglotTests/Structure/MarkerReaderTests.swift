import Testing

@testable import Hexaglot

@Suite struct MarkerReaderTests {
    let reader = MarkerReader(catalog: Fixtures.catalog, language: Fixtures.language("zh"))

    private func first(_ text: String) -> ListMarker.Reading? {
        reader.read(Array(text.unicodeScalars)[...])?.marker.readings.first
    }

    @Test(arguments: [("(十七) 各国", 17), ("(二十五) 各国", 25), ("(一百零一) 各国", 101), ("（九）各国", 9), ("一、 各国", 1)])
    func readsChineseNumeralsWithICU(text: String, ordinal: Int) {
        #expect(first(text) == .init(family: "chineseNumeral", ordinal: ordinal))
    }

    @Test func writesChineseNumeralsWithICU() {
        let style = MarkerStyle(family: "chineseNumeral", delimiter: "(x)")
        #expect(reader.render(9, style: style) == "(九)")
        #expect(reader.render(16, style: style) == "(十六)")
        #expect(reader.render(25, style: style) == "(二十五)")
    }
}
