import Testing

@testable import Hexaglot

@Suite struct SideBySideTests {
    @Test func chineseWrapsByCellsAndKeepsEveryCharacter() {
        let text = "人人有资格享有本宣言所载的一切权利和自由,不分种族、肤色、性别、语言、宗教。"
        let lines = SideBySide.wrap(text, width: 20)
        #expect(lines.allSatisfy { SideBySide.displayWidth($0) <= 20 })
        #expect(lines.dropLast().allSatisfy { SideBySide.displayWidth($0) >= 19 })
        #expect(lines.joined() == text)
    }

    @Test func latinBreaksBetweenWords() {
        let lines = SideBySide.wrap("All human beings are born free and equal in dignity and rights.", width: 20)
        #expect(lines == ["All human beings are", "born free and equal", "in dignity and", "rights."])
    }

    @Test func columnsLineUp() {
        let rows = SideBySide.rows("第一条", "Article 1 of the Universal Declaration", width: 16)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { SideBySide.displayWidth(String($0.prefix { $0 != "│" })) == 17 })
        #expect(rows[0] == "第一条           │ Article 1 of the")
    }

    /// Cells come from ICU's East Asian Width: wide and full-width characters take two, whatever block they are
    /// in (Hangul, Bopomofo, full-width Latin, emoji), combining marks and format characters none.
    @Test func cellsFollowEastAsianWidth() {
        let expected: [(Unicode.Scalar, Int)] = [
            ("中", 2), ("。", 2), ("Ａ", 2), ("가", 2), ("ㄅ", 2), ("😀", 2), ("𠀀", 2),
            ("a", 1), ("é", 1), ("Ж", 1), ("ش", 1), ("«", 1), ("½", 1), ("ｱ", 1),
            ("\u{0301}", 0), ("\u{200B}", 0), ("\u{064B}", 0),
        ]
        for (scalar, cells) in expected {
            #expect(SideBySide.cells(scalar) == cells, "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }
}
