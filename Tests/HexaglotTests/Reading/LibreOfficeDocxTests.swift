import Foundation
import Testing

@testable import Hexaglot

/// Word documents from a real producer: LibreOffice converts an OpenDocument text with automatic lists and a
/// footnote to `.docx`, writing the lists its own way (`taiwaneseCountingThousand` for 一, 二, 三; a restart at 17
/// as a start override on a `w:num` of its own, and the list going on under the first `w:num` of the same
/// definition). Hexaglot reads back the markers LibreOffice shows.
@Suite(.enabled(if: ExternalTools.soffice != nil, Comment(rawValue: ExternalTools.sofficeMissing)))
struct LibreOfficeDocxTests {
    static let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2" \
        office:mimetype="application/vnd.oasis.opendocument.text">
        <office:automatic-styles>
        <text:list-style style:name="Letters"><text:list-level-style-number text:level="1" style:num-prefix="(" \
        style:num-suffix=")" style:num-format="a"/></text:list-style>
        <text:list-style style:name="Chinese"><text:list-level-style-number text:level="1" style:num-prefix="（" \
        style:num-suffix="）" style:num-format="一, 二, 三, ..."/></text:list-style>
        </office:automatic-styles>
        <office:body><office:text>
        <text:p>大会，</text:p>
        <text:list text:style-name="Chinese" xml:id="list1">
        <text:list-item><text:p>第一项<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1\
        </text:note-citation><text:note-body><text:p>脚注一。</text:p></text:note-body></text:note>。</text:p>\
        </text:list-item>
        <text:list-item><text:p>第二项。</text:p></text:list-item>
        <text:list-item><text:p>第三项。</text:p></text:list-item>
        </text:list>
        <text:list text:style-name="Letters">
        <text:list-item text:start-value="4"><text:p>第四项。</text:p></text:list-item>
        <text:list-item><text:p>第五项。</text:p></text:list-item>
        </text:list>
        <text:list text:style-name="Chinese" text:continue-list="list1">
        <text:list-item text:start-value="17"><text:p>第十七项。</text:p></text:list-item>
        <text:list-item><text:p>第十八项。</text:p></text:list-item>
        </text:list>
        </office:text></office:body></office:document>
        """

    @Test func readsTheMarkersLibreOfficeWrites() throws {
        let soffice = try #require(ExternalTools.soffice)
        let directory = try TemporaryDirectory()
        let source = try directory.file("lists.zh.fodt", text: Self.document)
        // A profile of its own: LibreOffice instances sharing one refuse to start.
        let profile = directory.url.appendingPathComponent("profile").absoluteString
        let conversion = try ProcessResult.run(
            soffice,
            [
                "-env:UserInstallation=\(profile)", "--headless", "--convert-to", "docx", "--outdir",
                directory.url.path, source,
            ], timeout: 180)
        #expect(conversion.status == 0, "\(conversion.stderr)")
        let document = try Fixtures.load(directory.url.appendingPathComponent("lists.zh.docx").path)
        #expect(
            document.blocks.compactMap(\.marker?.raw) == ["（一）", "（二）", "（三）", "(d)", "(e)", "（十七）", "（十八）"])
        #expect(document.blocks.compactMap(\.footnoteNumber) == [1])
        #expect(document.blocks[1].calls.map(\.number) == [1])
        #expect(document.automaticMarkers[2]?.format == "taiwaneseCountingThousand")
        #expect(document.automaticMarkers[7]?.start == 17)
        let mixed = Fixtures.check(document).filter { $0.rule == "numbering.mixed-family" }
        #expect(mixed.first?.line == 5)
        #expect(mixed.first?.message.contains("lowerLetter starting at 4") == true)
    }
}
