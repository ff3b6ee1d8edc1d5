import Testing

@testable import Hexaglot

/// The compiler-style text of `hexaglot check`: one line a finding, a note with expected and found, a summary.
@Suite struct CheckReportTests {
    @Test func writesFindingsCompilerStyleWithTheirNotes() {
        let document = Fixtures.parse("(a) first;\n(c) third.\n", language: "en", path: "draft.en.txt")
        let report = CheckReport(documents: [document], findings: Fixtures.check(document))
        #expect(
            report.text() == """
                draft.en.txt:2:1: error: (b) is missing: (c) follows the previous item [numbering.gap]
                    note: expected (b), found (c)
                1 file checked: 1 error, 0 warnings

                """)
        #expect(report.exitStatus == 1)
        #expect(report.summary.errors == 1)
    }

    @Test func countsWarningsWithoutFailing() {
        let document = Fixtures.parse("1. Decides (to act.\n", language: "en", path: "d.txt")
        let report = CheckReport(documents: [document], findings: Fixtures.check(document))
        #expect(report.summary.warnings == 1)
        #expect(report.exitStatus == 0)
        #expect(report.text().hasPrefix("d.txt:1:12: warning: ( is never closed [text.unbalanced-bracket]\n"))
    }
}
