import Foundation
import Testing

@testable import Hexaglot

/// The review page's contract, checked on the HTML as libxml2's HTML parser reads it.
@Suite struct ReviewPageTests {
    /// What the page holds, element by element.
    struct Parsed {
        var units: [(number: Int, id: String?)] = []
        var cells: [[String: String]] = []
        var texts: [String: [String]] = [:]
        var marks: [[String: String]] = []
        var links: [String] = []
        var ids: Set<String> = []
        var filters: [[String: String]] = []
        var bold = 0

        init(_ html: String) throws {
            let reader = try XMLStreamReader(bytes: Array(html.utf8), name: "page.html", html: true)
            var textLanguage: String?
            var language: String?
            var textDepth = 0
            var current = ""
            let attributes = [
                "id", "data-unit", "data-language", "lang", "dir", "data-omitted", "data-rule", "data-severity",
                "tabindex", "href", "class", "data-filter-severity", "data-filter-rule", "type",
            ]
            while let node = try reader.next() {
                switch node {
                case .start(let name, let isEmpty):
                    var values: [String: String] = [:]
                    for key in attributes { if let value = reader.attribute(key) { values[key] = value } }
                    if let id = values["id"] { ids.insert(id) }
                    if name == "tr", let unit = values["data-unit"].flatMap({ Int($0) }) {
                        units.append((unit, values["id"]))
                    }
                    if name == "td" {
                        cells.append(values)
                        language = values["data-language"]
                    }
                    if name == "div", values["class"] == "text" {
                        textLanguage = language
                        textDepth = 1
                        current = ""
                    } else if textDepth > 0, !isEmpty {
                        textDepth += 1
                        if name == "b" { bold += 1 }
                    }
                    if name == "div", values["class"]?.hasPrefix("finding") == true { marks.append(values) }
                    if name == "a", let href = values["href"] { links.append(href) }
                    if name == "input", values["type"] == "checkbox" { filters.append(values) }
                case .end:
                    if textDepth > 0 {
                        textDepth -= 1
                        if textDepth == 0, let textLanguage { texts[textLanguage, default: []].append(current) }
                    }
                case .text(let value):
                    if textDepth > 0 { current += value }
                case .other: break
                }
            }
        }
    }

    private static func page(_ paths: [String]) throws -> (String, Alignment, [Finding]) {
        let loader = DocumentLoader(catalog: Fixtures.catalog)
        let alignment = try AlignmentInput(loader: loader).align(paths, allowingOne: true)
        let findings = Checker(catalog: Fixtures.catalog).check(alignment)
        // The same findings as `check --versions` on the same files.
        let checked = try Checker(catalog: Fixtures.catalog).check(
            alignment.versions.map(\.document), asVersions: true,
            pivot: alignment.versions[alignment.pivot].language.code)
        #expect(
            findings.map { "\($0.path):\($0.line):\($0.column) \($0.rule) \($0.message)" }.sorted()
                == checked.map { "\($0.path):\($0.line):\($0.column) \($0.rule) \($0.message)" }.sorted())
        return (ReviewPage(alignment: alignment, findings: findings).html(), alignment, findings)
    }

    /// Every unit, every segment of every version once and in order, every finding once in a cell of its file,
    /// every link resolving; Arabic cells right to left, Chinese tagged zh-CN.
    @Test(.enabled(if: Fixtures.hasCorpus, Comment(rawValue: Fixtures.corpusMissing)))
    func theSixLanguageUDHRPageKeepsItsContract() throws {
        let paths = ["zh", "ar", "en", "es", "fr", "ru"].map { Fixtures.corpusFile("A_RES_217_A_III.\($0).txt") }
        let (html, alignment, findings) = try Self.page(paths)
        let parsed = try Parsed(html)
        #expect(parsed.units.map(\.number) == Array(1...alignment.units.count))
        #expect(parsed.units.allSatisfy { $0.id == "u-\($0.number)" })
        #expect(parsed.cells.count == alignment.units.count * 6)
        #expect(
            parsed.cells.filter { $0["data-language"] == "ar" }.allSatisfy { $0["dir"] == "rtl" && $0["lang"] == "ar" })
        #expect(
            parsed.cells.filter { $0["data-language"] == "zh" }.allSatisfy {
                $0["dir"] == "ltr" && $0["lang"] == "zh-CN"
            })
        for version in alignment.versions {
            let code = version.language.code
            let omitted = parsed.cells.filter { $0["data-language"] == code && $0["data-omitted"] != nil }.count
            #expect((parsed.texts[code]?.count ?? 0) + omitted == alignment.units.count)
            let separator = version.language.sentenceSeparator
            #expect(
                parsed.texts[code]?.joined(separator: separator)
                    == version.segments.map(\.text).joined(separator: separator))
        }
        #expect(parsed.marks.count == findings.count)
        #expect(parsed.marks.map { $0["data-rule"] ?? "" }.sorted() == findings.map(\.rule).sorted())
        #expect(parsed.marks.allSatisfy { $0["tabindex"] == "0" && $0["id"]?.hasPrefix("f-") == true })
        for link in parsed.links where link.hasPrefix("#") {
            #expect(parsed.ids.contains(String(link.dropFirst())), "\(link)")
        }
        #expect(
            Set(parsed.links.filter { $0.hasPrefix("#f-") })
                == Set(parsed.marks.compactMap { $0["id"] }.map { "#" + $0 }))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="))
    }

    /// The seed alone: one column, its ten findings in place, filters for its severities and rules; the same
    /// page twice over.
    @Test func theSeedsPage() throws {
        let (html, _, findings) = try Self.page([Fixtures.sample])
        let parsed = try Parsed(html)
        #expect(parsed.marks.count == findings.count)
        #expect(findings.count == 10)
        #expect(Set(parsed.filters.compactMap { $0["data-filter-severity"] }) == ["error", "warning", "info"])
        #expect(
            Set(parsed.filters.compactMap { $0["data-filter-rule"] })
                == ["numbering.mixed-family", "reissue.note-without-symbol", "text.traditional-character"])
        #expect(try Self.page([Fixtures.sample]).0 == html)
    }

    /// Text is text: markup characters in a document come out escaped, never as elements.
    @Test func markupInTheTextIsEscaped() throws {
        let directory = try TemporaryDirectory()
        let chinese = try directory.file("x.zh.txt", text: "大会，\n\n决定<b>加粗</b>&amp;继续。\n")
        let english = try directory.file("x.en.txt", text: "The General Assembly,\n\nDecides <b>bold</b>&amp; on.\n")
        let (html, _, _) = try Self.page([chinese, english])
        let parsed = try Parsed(html)
        #expect(parsed.bold == 0)
        #expect(parsed.texts["en"]?.contains("Decides <b>bold</b>&amp; on.") == true)
    }

    /// The command: the default file name, `-o -`, the exit status of check.
    @Test func theCommandWritesThePage() throws {
        let directory = try TemporaryDirectory()
        let seed = try directory.file("seed.zh.md", text: try String(contentsOfFile: Fixtures.sample, encoding: .utf8))
        let result = try CommandRunner.run(["review", seed])
        #expect(result.status == 1)
        let written = directory.url.appendingPathComponent("seed.zh.review.html").path
        #expect(FileManager.default.fileExists(atPath: written))
        #expect(result.stderr == "hexaglot: wrote \(written)\n")
        let standardOutput = try CommandRunner.run(["review", "-o", "-", seed])
        #expect(standardOutput.stdout == (try String(contentsOfFile: written, encoding: .utf8)))
    }
}

/// `align` and `export` sum up more than 20 alignment warnings in one line: an aligned 100-page report would
/// print hundreds.
@Suite struct AlignmentWarningSummaryTests {
    private static func findings(warnings: Int, errors: Int) -> [Finding] {
        (0..<warnings).map { index in
            Finding(
                rule: index % 3 == 0 ? "align.omission" : "align.weak", severity: .warning, path: "x.en.txt",
                location: SourceLocation(line: index + 1, column: 1, byteOffset: 0), message: "hardly fits")
        }
            + (0..<errors).map { _ in
                Finding(
                    rule: "align.unrelated", severity: .error, path: "x.en.txt",
                    location: SourceLocation(line: 1, column: 1, byteOffset: 0), message: "unrelated")
            }
    }

    @Test func upToTwentyAreListedMoreAreCounted() {
        let few = Self.findings(warnings: 20, errors: 0)
        #expect(CheckReport.alignmentWarnings(few) == CheckReport.lines(for: few))
        let many = Self.findings(warnings: 30, errors: 1)
        let summary = CheckReport.alignmentWarnings(many)
        #expect(
            summary
                == CheckReport.lines(for: Array(many.suffix(1)))
                + "hexaglot: 30 alignment warnings (align.omission 10, align.weak 20); --verbose lists them,"
                + " --format json holds them all\n")
        #expect(CheckReport.alignmentWarnings(many, verbose: true) == CheckReport.lines(for: many))
        #expect(CheckReport.alignmentWarnings(many, quiet: true) == CheckReport.lines(for: Array(many.suffix(1))))
        #expect(CheckReport.alignmentWarnings(few, quiet: true).isEmpty)
    }

    @Test func quietPrintsNothingButErrors() throws {
        let paths = ["zh", "es"].map { Fixtures.realPath("BBNJ_Agreement_2023.\($0).txt") }
        let loud = try CommandRunner.run(["align", "--format", "tsv"] + paths)
        #expect(loud.stderr.contains("warning:"))
        let quiet = try CommandRunner.run(["align", "--quiet", "--format", "tsv"] + paths)
        #expect(quiet.stderr.isEmpty)
        #expect(quiet.stdout == loud.stdout)
    }
}

/// The review pages in a real browser: Debian's headless Chromium driven by Playwright (`tools/review-browser.py`):
/// no network request, Arabic cells right to left, no horizontal scrolling at 1280 pixels, the warning filter, an
/// index link, `j`; screenshots in `tools/out/review`.
@Suite(
    .enabled(
        if: ExternalTools.chromium != nil && ExternalTools.playwrightPython != nil,
        Comment(rawValue: ExternalTools.browserMissing)))
struct ReviewBrowserTests {
    @Test func thePagesWorkInChromium() throws {
        let python = try #require(ExternalTools.playwrightPython)
        let directory = try TemporaryDirectory()
        var pages: [String] = []
        let seed = directory.url.appendingPathComponent("seed.review.html").path
        _ = try CommandRunner.run(["review", "-o", seed, Fixtures.sample])
        pages.append(seed)
        if Fixtures.hasCorpus {
            let udhr = directory.url.appendingPathComponent("udhr.review.html").path
            let files = ["zh", "ar", "en", "es", "fr", "ru"].map { Fixtures.corpusFile("A_RES_217_A_III.\($0).txt") }
            _ = try CommandRunner.run(["review", "-o", udhr] + files)
            pages.append(udhr)
        }
        let output = Fixtures.root.appendingPathComponent("tools/out/review").path
        let script = Fixtures.root.appendingPathComponent("tools/review-browser.py").path
        let result = try ProcessResult.run(python, [script, output] + pages, timeout: 180)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == pages.count)
    }
}
