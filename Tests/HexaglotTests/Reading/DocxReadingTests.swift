import Foundation
import Testing

@testable import Hexaglot

/// Word documents read as Word shows them: list markers computed from `numbering.xml`, footnote calls and
/// bodies, tracked changes accepted, fields as their results, tables cell by cell.
@Suite struct DocxReadingTests {
    private func load(_ fixture: DocxFixture, _ name: String = "x.zh.docx") throws -> Document {
        let directory = try TemporaryDirectory()
        return try Fixtures.load(try fixture.write(name, in: directory))
    }

    private func lines(_ document: Document) -> [String] {
        document.blocks.map { ($0.marker?.raw ?? "") + ($0.marker == nil ? "" : " ") + $0.text }
    }

    /// The seed's fault made the way Word makes it: eight paragraphs in the middle of a Chinese list attached to
    /// a list definition copied from the English version (lowerLetter, restarting at 4), and the list going on
    /// from 17 under another instance of its own definition. The finding names the two definitions.
    @Test func aListMixedByAnotherListDefinitionSaysWhy() throws {
        var fixture = DocxFixture()
        fixture.numbering = DocxFixture.numbering(
            definitions: [3: [("chineseCounting", "（%1）", 1)], 7: [("lowerLetter", "(%1)", 1)]],
            instances: [(1, 3, nil), (2, 7, 4), (3, 3, 17)])
        fixture.paragraphs =
            ["大会，"].map { DocxFixture.paragraph($0) }
            + (1...8).map { DocxFixture.paragraph("第\($0)项。", numID: 1) }
            + (9...16).map { DocxFixture.paragraph("第\($0)项。", numID: 2) }
            + (17...25).map { DocxFixture.paragraph("第\($0)项。", numID: 3) }
        let document = try load(fixture)
        let markers = document.blocks.compactMap(\.marker?.raw)
        #expect(markers.prefix(9) == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "(d)"])
        #expect(markers[16...] == ["（十七）", "（十八）", "（十九）", "（二十）", "（二十一）", "（二十二）", "（二十三）", "（二十四）", "（二十五）"])
        let findings = Fixtures.check(document).filter { $0.rule == "numbering.mixed-family" }
        let first = try #require(findings.first)
        #expect(first.line == 10)
        #expect(first.message.contains("list definition 7 (w:num 2), level 1, lowerLetter starting at 4"))
        #expect(
            first.message.contains("the items before them from list definition 3 (w:num 1), level 1, chineseCounting"))
        #expect(document.automaticMarkers[2]?.definition == "3")
        // `structure` says where each marker came from.
        let report = StructureReport(document: document)
        #expect(report.blocks[1].markerSource == "auto: list definition 3 (w:num 1), level 1, chineseCounting")
        #expect(report.blocks[0].markerSource == nil)
    }

    /// Word's formats in the six languages' lists, rendered as Word writes them.
    @Test(arguments: [
        ("decimal", [1, 2, 10], ["1", "2", "10"]),
        ("lowerLetter", [1, 26, 27, 28], ["a", "z", "aa", "bb"]),
        ("upperRoman", [4, 14], ["IV", "XIV"]),
        ("lowerRoman", [9], ["ix"]),
        ("chineseCounting", [1, 10, 11, 20, 25], ["一", "十", "十一", "二十", "二十五"]),
        ("taiwaneseCountingThousand", [3], ["三"]),
        ("chineseLegalSimplified", [1, 2], ["壹", "贰"]),
        ("ideographTraditional", [1, 3], ["甲", "丙"]),
        ("ideographZodiac", [1, 2, 12], ["子", "丑", "亥"]),
        ("decimalFullWidth", [12], ["１２"]),
        ("decimalEnclosedCircle", [1, 20], ["①", "⑳"]),
        ("decimalEnclosedParen", [3], ["⑶"]),
        ("arabicAbjad", [1, 2, 3, 4, 5], ["أ", "ب", "ج", "د", "ه"]),
        ("arabicAlpha", [1, 2, 3], ["أ", "ب", "ت"]),
        ("russianLower", [1, 9, 10], ["а", "и", "к"]),
        ("russianUpper", [2], ["Б"]),
    ])
    func rendersWordNumberFormats(format: String, numbers: [Int], expected: [String]) {
        #expect(numbers.map { DocxNumberFormat.render($0, format: format) } == expected)
    }

    @Test func bulletsAndNoneNumberNothing() {
        #expect(DocxNumberFormat.render(1, format: "bullet") == nil)
        #expect(DocxNumberFormat.render(1, format: "none") == nil)
    }

    /// Counters belong to the list definition: a second instance goes on from the first, a level resets the
    /// levels below it, and `%1.%2` shows both.
    @Test func countersFollowTheListDefinitionAndItsLevels() throws {
        var fixture = DocxFixture()
        fixture.numbering = DocxFixture.numbering(
            definitions: [1: [("decimal", "%1.", 1), ("lowerLetter", "(%2)", 1), ("decimal", "%1.%3", 1)]],
            instances: [(1, 1, nil), (2, 1, nil)])
        fixture.paragraphs = [
            DocxFixture.paragraph("The General Assembly,"),
            DocxFixture.paragraph("Decides:", numID: 1),
            DocxFixture.paragraph("first;", numID: 1, level: 1),
            DocxFixture.paragraph("second;", numID: 1, level: 1),
            DocxFixture.paragraph("Requests:", numID: 2),
            DocxFixture.paragraph("again first;", numID: 2, level: 1),
            DocxFixture.paragraph("a subsection", numID: 2, level: 2),
        ]
        let document = try load(fixture, "x.en.docx")
        #expect(document.blocks.compactMap(\.marker?.raw) == ["1.", "(a)", "(b)", "2.", "(a)", "2.1"])
    }

    /// Styles carry numbering too, inherited through `w:basedOn`.
    @Test func numberingFromAParagraphStyle() throws {
        var fixture = DocxFixture()
        fixture.numbering = DocxFixture.numbering(
            definitions: [1: [("arabicAbjad", "(%1)", 1)]], instances: [(4, 1, nil)])
        fixture.styles =
            "<?xml version=\"1.0\"?><w:styles \(DocxFixture.namespace)>"
            + "<w:style w:styleId=\"ListBase\"><w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:styleId=\"ListAbjad\"><w:basedOn w:val=\"ListBase\"/></w:style></w:styles>"
        fixture.paragraphs = ["الجمعية العامة،", "تقرر ما يلي", "تطلب إلى الأمين العام"].enumerated().map {
            index, text in
            DocxFixture.paragraph(text, style: index == 0 ? nil : "ListAbjad")
        }
        let document = try load(fixture, "x.ar.docx")
        #expect(document.blocks.compactMap(\.marker?.raw) == ["(أ)", "(ب)"])
    }

    /// Footnotes are numbered in the order the text calls them, whatever their ids; deleted text is out,
    /// inserted text in, a field shows its result and not its code, a table is read cell by cell.
    @Test func notesChangesFieldsAndTables() throws {
        var fixture = DocxFixture()
        fixture.footnotes = ["7": "Second note.", "3": "First note."]
        fixture.paragraphs = [
            "<w:p><w:r><w:t>See</w:t></w:r><w:r><w:footnoteReference w:id=\"3\"/></w:r><w:r><w:t xml:space=\"preserve\"> and</w:t></w:r>"
                + "<w:r><w:footnoteReference w:id=\"7\"/></w:r><w:del><w:r><w:delText> gone</w:delText></w:r></w:del>"
                + "<w:ins><w:r><w:t xml:space=\"preserve\"> added</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>",
            "<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell one</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cell two</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        ]
        let document = try load(fixture, "x.en.docx")
        #expect(
            document.blocks.map(\.text) == [
                "See and added.", "Page 4", "Cell one", "Cell two", "First note.", "Second note.",
            ])
        #expect(document.blocks[0].calls.map(\.number) == [1, 2])
        #expect(document.blocks.compactMap(\.footnoteNumber) == [1, 2])
        #expect(document.hasTrackedChanges)
        let findings = Fixtures.check(document)
        #expect(findings.map(\.rule) == ["docx.tracked-changes"])
        #expect(findings.first?.severity == .info)
    }

    /// A paragraph's line is its number in reading order, footnotes after the body.
    @Test func aLineIsAParagraph() throws {
        var fixture = DocxFixture()
        fixture.paragraphs = ["<w:p/>", DocxFixture.paragraph("Second paragraph."), DocxFixture.paragraph("Third.")]
        let document = try load(fixture, "x.en.docx")
        #expect(document.blocks.map(\.location.line) == [2, 3])
        #expect(document.reflow.isHardWrapped == false)
    }

    /// The first page's header, where UN documents put their symbol, is read before the body.
    @Test func theFirstPageHeaderHoldsTheSymbol() throws {
        var fixture = DocxFixture()
        fixture.paragraphs = [
            DocxFixture.paragraph("(a) A typed marker;"),
            "<w:sectPr xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<w:headerReference w:type=\"default\" r:id=\"rId8\"/><w:headerReference w:type=\"first\" r:id=\"rId9\"/>"
                + "<w:titlePg/></w:sectPr>",
        ]
        fixture.extraParts = [
            "word/_rels/document.xml.rels":
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId8\" Type=\"header\" Target=\"header1.xml\"/>"
                + "<Relationship Id=\"rId9\" Type=\"header\" Target=\"header2.xml\"/></Relationships>",
            "word/header1.xml":
                "<w:hdr \(DocxFixture.namespace)><w:p><w:r><w:t>A/C.1/73/L.27</w:t></w:r></w:p></w:hdr>",
            "word/header2.xml":
                "<w:hdr \(DocxFixture.namespace)><w:p><w:r><w:t>United Nations</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>A/C.1/73/L.27*</w:t></w:r></w:p></w:hdr>",
        ]
        let document = try load(fixture, "x.en.docx")
        #expect(document.symbol == "A/C.1/73/L.27")
        #expect(document.blocks.first?.text == "United Nations")
        let item = try #require(document.blocks.first { $0.marker != nil })
        #expect(item.location.line == 3)
        #expect(StructureReport(document: document).blocks.first { $0.marker != nil }?.markerSource == "typed")
    }

    /// Versions may mix formats: the Chinese UDHR as a Word document (one paragraph a line, markers typed) against
    /// the English text compares and aligns as the two text files do.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func aWordVersionBesideATextVersion() throws {
        let chinese = try String(contentsOfFile: Fixtures.corpusFile("A_RES_217_A_III.zh.txt"), encoding: .utf8)
        var fixture = DocxFixture()
        fixture.paragraphs = chinese.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
            $0.isEmpty
                ? "<w:p/>"
                : DocxFixture.paragraph(
                    String($0).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))
        }
        let directory = try TemporaryDirectory()
        let word = try fixture.write("A_RES_217_A_III.zh.docx", in: directory)
        let english = Fixtures.corpusFile("A_RES_217_A_III.en.txt")
        let fromWord = try CommandRunner.run(["align", "--format", "tsv", word, english])
        let fromText = try CommandRunner.run([
            "align", "--format", "tsv", Fixtures.corpusFile("A_RES_217_A_III.zh.txt"), english,
        ])
        #expect(fromWord.status == 0 && fromText.status == 0)
        #expect(fromWord.stdout == fromText.stdout)
        let checked = try CommandRunner.run(["check", "--format", "json", word, english])
        let plain = try CommandRunner.run([
            "check", "--format", "json", Fixtures.corpusFile("A_RES_217_A_III.zh.txt"), english,
        ])
        func rules(_ json: String) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let findings = try #require(object["findings"] as? [[String: Any]])
            return findings.compactMap { $0["rule"] as? String }.sorted()
        }
        #expect(try rules(checked.stdout) == rules(plain.stdout))
    }

    /// The seed rebuilt as a Word document, its list made the way Word makes it: operative paragraphs and the
    /// items of paragraph 1 numbered by one list definition (`1.`, `(一)`), the eight items (d)…(k) attached to a
    /// list definition copied from the English version (lowerLetter, starting at 4), and (十七)…(二十五) under
    /// another instance of the first definition restarting at 17. The findings are those of the text seed, and the
    /// mixed list says why.
    @Test func theSeedAsAWordDocument() throws {
        let seed = try Fixtures.load(Fixtures.sample)
        var fixture = DocxFixture()
        fixture.numbering =
            "<?xml version=\"1.0\"?><w:numbering \(DocxFixture.namespace)>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
            + "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"7\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
            + "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"7\"/><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"4\"/>"
            + "</w:lvlOverride></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"17\"/>"
            + "</w:lvlOverride></w:num></w:numbering>"
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        var numID = 1
        for block in seed.blocks {
            // The text with its footnote calls as Word's references.
            var runs = ""
            var rest = Substring.UnicodeScalarView(block.text.unicodeScalars)
            var offset = 0
            for call in block.calls.sorted(by: { $0.textOffset < $1.textOffset }) {
                let head = rest.prefix(call.textOffset - offset)
                runs +=
                    "<w:r><w:t xml:space=\"preserve\">\(escaped(String(String.UnicodeScalarView(head))))</w:t></w:r>"
                runs += "<w:r><w:footnoteReference w:id=\"\(call.number)\"/></w:r>"
                rest = rest.dropFirst(head.count)
                offset = call.textOffset
            }
            runs += "<w:r><w:t xml:space=\"preserve\">\(escaped(String(String.UnicodeScalarView(rest))))</w:t></w:r>"
            if let number = block.footnoteNumber {
                fixture.footnotes["\(number)"] = escaped(block.text)
                continue
            }
            // Operative paragraphs and the items of paragraph 1 are numbered by Word; other markers are typed.
            var properties = ""
            let inParagraphOne = block.list?.level == 1 && block.location.line > 65 && block.location.line < 122
            if block.kind == .operative, block.marker != nil {
                numID = 1
                properties = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
            } else if let marker = block.marker, inParagraphOne {
                if marker.raw == "(d)" { numID = 2 }
                if marker.raw == "(十七)" { numID = 3 }
                properties = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"\(numID)\"/></w:numPr>"
            } else if let marker = block.marker {
                runs = "<w:r><w:t xml:space=\"preserve\">\(escaped(marker.raw)) </w:t></w:r>" + runs
            }
            fixture.paragraphs.append(
                "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>")
        }
        let document = try load(fixture, "A-C.1-73-L.27.zh.docx")
        let findings = Fixtures.check(document)
        let textFindings = Fixtures.check(seed)
        #expect(findings.map(\.rule).sorted() == textFindings.map(\.rule).sorted())
        #expect(findings.map(\.message).filter { !$0.contains("Word numbers") }.count == textFindings.count - 1)
        let mixed = try #require(findings.first { $0.rule == "numbering.mixed-family" })
        #expect(mixed.found == "(d)" && mixed.expected == "(九)")
        #expect(
            mixed.message.hasSuffix(
                "; Word numbers them from list definition 7 (w:num 2), level 2, lowerLetter starting at 4, the items"
                    + " before them from list definition 1 (w:num 1), level 2, chineseCounting: attach them to that"
                    + " list rather than retype their numbers"))
    }

    /// Each language's own list style, numbered by Word, with a footnote: the markers a reader of that version
    /// sees, read as list items of that language's family, and the note called where it stands.
    @Test(arguments: [
        ("zh", "chineseCounting", "（%1）", "大会，", ["（一）", "（二）", "（三）"]),
        ("en", "lowerLetter", "(%1)", "The General Assembly,", ["(a)", "(b)", "(c)"]),
        ("fr", "lowerLetter", "%1)", "L’Assemblée générale,", ["a)", "b)", "c)"]),
        ("es", "lowerLetter", "%1)", "La Asamblea General,", ["a)", "b)", "c)"]),
        ("ru", "russianLower", "%1)", "Генеральная Ассамблея,", ["а)", "б)", "в)"]),
        ("ar", "arabicAbjad", "(%1)", "إن الجمعية العامة،", ["(أ)", "(ب)", "(ج)"]),
    ])
    func eachLanguagesListStyle(code: String, format: String, text: String, opener: String, markers: [String]) throws {
        var fixture = DocxFixture()
        fixture.numbering = DocxFixture.numbering(definitions: [5: [(format, text, 1)]], instances: [(9, 5, nil)])
        let item: [String: String] = [
            "zh": "各国应遵守国际法", "en": "States should comply with international law",
            "fr": "Les États devraient respecter le droit international",
            "es": "Los Estados deberían cumplir el derecho internacional",
            "ru": "Государствам следует соблюдать международное право", "ar": "ينبغي للدول أن تمتثل للقانون الدولي",
        ]
        let body = try #require(item[code])
        fixture.footnotes = ["4": "A/70/174."]
        fixture.paragraphs =
            [DocxFixture.paragraph(opener)]
            + (0..<3).map { index in
                index == 1
                    ? "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"9\"/></w:numPr></w:pPr>"
                        + "<w:r><w:t>\(body)</w:t></w:r><w:r><w:footnoteReference w:id=\"4\"/></w:r><w:r><w:t>;</w:t></w:r></w:p>"
                    : DocxFixture.paragraph("\(body);", numID: 9)
            }
        let document = try load(fixture, "x.\(code).docx")
        #expect(document.language.code == code)
        let items = document.blocks.filter { $0.marker != nil }
        #expect(items.compactMap(\.marker?.raw) == markers)
        #expect(Set(items.compactMap(\.list?.listID)).count == 1)
        #expect(items[1].calls.map(\.number) == [1])
        #expect(document.blocks.last?.footnoteNumber == 1)
        #expect(
            Fixtures.check(document).filter { $0.rule.hasPrefix("numbering.") || $0.rule.hasPrefix("footnote.") }
                .isEmpty)
    }

    /// `w:isLgl` shows every level as a decimal (`1.1`, not `I.1`); `w:lvlRestart` makes a level restart only
    /// after the level it names (`w:val="1"`: a new chapter, not a new section, restarts the paragraphs).
    @Test func legalNumberingAndRestartAfterALevel() throws {
        var fixture = DocxFixture()
        fixture.numbering =
            "<?xml version=\"1.0\"?><w:numbering \(DocxFixture.namespace)><w:abstractNum w:abstractNumId=\"1\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperLetter\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"1\"/>"
            + "<w:isLgl/><w:lvlText w:val=\"%1.%3\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>"
        fixture.paragraphs = [
            DocxFixture.paragraph("Introduction", numID: 1),
            DocxFixture.paragraph("Mandate", numID: 1, level: 1),
            DocxFixture.paragraph("The Commission met.", numID: 1, level: 2),
            DocxFixture.paragraph("Membership", numID: 1, level: 1),
            DocxFixture.paragraph("The Commission has 54 members.", numID: 1, level: 2),
            DocxFixture.paragraph("Organizational matters", numID: 1),
            DocxFixture.paragraph("The session opened.", numID: 1, level: 2),
        ]
        // A tracked change of the paragraph's properties keeps the old numbering in `w:pPrChange`: it no longer
        // applies.
        fixture.paragraphs.append(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"1\"/></w:numPr><w:pPrChange w:id=\"1\">"
                + "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:pPrChange></w:pPr>"
                + "<w:r><w:t>The session closed.</w:t></w:r></w:p>")
        let document = try load(fixture, "report.en.docx")
        #expect(document.blocks.compactMap(\.marker?.raw) == ["I.", "A.", "1.1", "B.", "1.2", "II.", "2.1", "2.2"])
    }

    /// Every command reads Word documents: the TMX export of a Word version and a text version holds both.
    @Test func exportReadsWordDocuments() throws {
        var fixture = DocxFixture()
        fixture.paragraphs = [DocxFixture.paragraph("大会，"), DocxFixture.paragraph("决定继续处理此案。")]
        let directory = try TemporaryDirectory()
        let word = try fixture.write("decision.zh.docx", in: directory)
        let english = try directory.file(
            "decision.en.txt", text: "The General Assembly,\nDecides to remain seized of the matter.\n")
        let result = try CommandRunner.run(["export", "--tmx", "-", word, english])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<seg>决定继续处理此案。</seg>"))
        #expect(result.stdout.contains("<seg>Decides to remain seized of the matter.</seg>"))
    }
}
