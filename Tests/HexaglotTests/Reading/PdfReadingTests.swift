import Foundation
import Testing

@testable import Hexaglot

/// PDF read through `pdftotext`: PDF files made by LibreOffice from an OpenDocument text in Chinese and Arabic,
/// with a footnote and a two-column section.
@Suite(
    .enabled(
        if: ExternalTools.soffice != nil && ExternalTools.pdftotext != nil,
        Comment(rawValue: ExternalTools.pdfToolsMissing)))
struct PdfReadingTests {
    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" \
        office:mimetype="application/vnd.oasis.opendocument.text">
        <office:automatic-styles>
        <style:style style:name="L" style:family="paragraph"><style:paragraph-properties style:writing-mode="lr-tb"/>\
        </style:style>
        <style:style style:name="R" style:family="paragraph"><style:paragraph-properties style:writing-mode="rl-tb" \
        fo:text-align="end"/></style:style>
        <style:style style:name="Two" style:family="section"><style:section-properties><style:columns \
        fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style>
        </office:automatic-styles>
        <office:body><office:text>
        <text:p text:style-name="L">大会，</text:p>
        <text:p text:style-name="L">（一）回顾其2018年12月5日第73/27号决议<text:note text:id="ftn1" \
        text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p \
        text:style-name="L">见A/73/100。</text:p></text:note-body></text:note>；</text:p>
        <text:p text:style-name="L">（二）决定将题为“裁军”的项目列入第七十四届会议临时议程，并于2019<text:note \
        text:id="ftn2" text:note-class="footnote"><text:note-citation>2</text:note-citation><text:note-body><text:p \
        text:style-name="L">见A/74/1。</text:p></text:note-body></text:note>年审议。</text:p>
        <text:section text:style-name="Two" text:name="S">
        <text:p text:style-name="L">左栏第一段。左栏第一段。左栏第一段。左栏第一段。左栏第一段。左栏第一段。左栏第一段。</text:p>
        <text:p text:style-name="L">右栏第一段。</text:p>
        </text:section>
        <text:p text:style-name="R">إن الجمعية العامة،</text:p>
        <text:p text:style-name="R">تقرر أن تدرج في جدول أعمال دورتها الرابعة والسبعين البند المعنون "نزع السلاح".</text:p>
        </office:text></office:body></office:document>
        """

    /// The PDF LibreOffice makes of `document`, with `options` for its PDF filter.
    private func pdf(in directory: TemporaryDirectory, filter: String = "pdf") throws -> String {
        let soffice = try #require(ExternalTools.soffice)
        let source = try directory.file("resolution.fodt", text: Self.document)
        let profile = directory.url.appendingPathComponent("profile").absoluteString
        let conversion = try ProcessResult.run(
            soffice,
            [
                "-env:UserInstallation=\(profile)", "--headless", "--convert-to", filter, "--outdir",
                directory.url.path, source,
            ],
            timeout: 180)
        #expect(conversion.status == 0, "\(conversion.stderr)")
        return directory.url.appendingPathComponent("resolution.pdf").path
    }

    @Test func readsChineseAndArabicTextInReadingOrder() throws {
        let directory = try TemporaryDirectory()
        let source = try InputReader().read(try pdf(in: directory))
        #expect(source.encoding == "PDF (pdftotext)")
        // No bidirectional controls around the Arabic lines, no form feeds.
        #expect(!source.text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || $0 == "\u{0C}" })
        let text = source.text
        let order = ["大会，", "（一）回顾其 2018 年 12 月 5 日第 73/27 号决议", "（二）决定将题为", "左栏第一段", "الجمعية العامة"]
        let places = try order.map { try #require(text.range(of: $0), "\($0) in \(text)").lowerBound }
        #expect(places == places.sorted())
        // The Chinese paragraphs keep their list markers through the PDF; the footnote calls pdftotext glued to
        // the word before them (`决议1；`) and to a year (`20192`), and the notes' numbers glued to their text
        // (`1见…`), are calls and notes again, and the year glued to a call is reported.
        let document = DocumentParser(catalog: Fixtures.catalog).parse(source, language: Fixtures.language("zh"))
        #expect(document.blocks.compactMap(\.marker?.raw).prefix(2) == ["（一）", "（二）"])
        #expect(document.blocks.flatMap(\.calls).map(\.number) == [1, 2])
        #expect(document.blocks.compactMap(\.footnoteNumber) == [1, 2])
        #expect(document.blocks.contains { $0.text.contains("并于 2019年审议") })
        let merged = Fixtures.check(document).filter { $0.rule == "pdf.merged-footnote-call" }
        #expect(merged.count == 1)
        #expect(merged.first?.found == "20192")
        #expect(merged.first?.expected == "2019 and footnote 2")
    }

    @Test func anEncryptedPDFIsRefused() throws {
        let directory = try TemporaryDirectory()
        let path = try pdf(
            in: directory,
            filter: #"pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"#
                + #""DocumentOpenPassword":{"type":"string","value":"secret"}}"#)
        let result = try CommandRunner.run(["check", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "hexaglot: error: \(path): an encrypted PDF: open it and save it without a password\n")
    }
}

/// A PDF that cannot be read ends in one line and exit status 2, whether or not the PDF tools are installed.
@Suite struct PdfBadInputTests {
    @Test func aFileNamedPDFThatIsNone() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("report.en.pdf", text: "The General Assembly,\n")
        let result = try CommandRunner.run(["check", path])
        #expect(result.status == 2)
        #expect(result.stderr == "hexaglot: error: \(path): not a PDF file (no %PDF- header)\n")
    }

    @Test func withoutPdftotextThePackageIsNamed() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("report.en.pdf", bytes: Array("%PDF-1.7\n%%EOF\n".utf8))
        let result = try CommandRunner.run(["check", path], environment: ["PATH": directory.url.path])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "hexaglot: error: \(path): reading a PDF needs pdftotext: install Debian's poppler-utils (apt-get install poppler-utils)\n"
        )
    }
}

/// Footnote calls and notes as `pdftotext` writes them, made calls and notes again, only where a note's number
/// follows on and a call with it stands before.
@Suite struct PdfFootnoteTests {
    @Test func callsAfterWordsAndMarksAndNotesAtThePageFoot() {
        let text = """
            Recalling its resolution 70/1.1 and its resolution 73/27 of 5 December 2018,1 and the reports
            of the Secretary-General.2
            1. Decides to remain seized of the matter.
            1 A/65/201, A/68/98 and A/70/174.
            2 A/70/174.
            """
        let (restored, merged) = PdfFootnotes.restore(text)
        // `70/1.1` is a resolution, not a call; `1.` opens a paragraph, not a note.
        #expect(
            restored == """
                Recalling its resolution 70/1.1 and its resolution 73/27 of 5 December 2018,¹ and the reports
                of the Secretary-General.²
                1. Decides to remain seized of the matter.
                ¹ A/65/201, A/68/98 and A/70/174.
                ² A/70/174.
                """)
        #expect(merged.isEmpty)
    }

    /// A line that opens with a number is no note unless a call with that number stands before it.
    @Test func aNumberedLineWithoutACallIsNoNote() {
        let text = "The Assembly decided as follows.\n1 January 2020 is the date of entry into force.\n"
        #expect(PdfFootnotes.restore(text).text == text)
    }

    @Test func aCallGluedToAYearIsSplitAndReported() {
        let (restored, merged) = PdfFootnotes.restore("并于 20191年审议。\n1见 A/74/1。\n")
        #expect(restored == "并于 2019¹年审议。\n¹ 见 A/74/1。\n")
        #expect(merged == [PdfFootnotes.MergedCall(line: 1, column: 4, written: "20191", number: "2019", call: 1)])
    }
}
