import Foundation

/// The side-by-side review page (`hexaglot review`): one self-contained HTML file, readable offline, with the
/// versions in parallel (one row an aligned unit, one column a version, footnote bodies as rows after the body)
/// and every finding marked in the cell where it is, indexed at the top, filterable by severity and rule.
///
/// The contract scripts and tests rely on: a unit is `<tr id="u-N" data-unit="N">` (N from 1, body units first);
/// its cells have `data-language`, `lang` (the TMX tag) and `dir`, and hold the segment text in one piece
/// (`<div class="text">`); a version with nothing in a unit has a cell with `data-omitted`. A finding mark is
/// `<div class="finding" id="f-N" data-rule data-severity tabindex="0">` in its cell; the index links to it
/// (`href="#f-N"`); filters are checkboxes with `data-filter-severity` and `data-filter-rule`.
public struct ReviewPage: Sendable {
    public var alignment: Alignment
    public var findings: [Finding]
    /// Tags by language code that override the languages' own (`zh: zh-Hans`), as in the TMX export.
    public var languageTags: [String: String]

    public init(alignment: Alignment, findings: [Finding], languageTags: [String: String] = [:]) {
        self.alignment = alignment
        self.findings = findings
        self.languageTags = languageTags
    }

    /// A finding placed: the unit (1-based) and version whose cell shows it, and its id.
    struct Placed {
        var finding: Finding
        var id: Int
        var unit: Int
        var version: Int
    }

    /// Finds the unit that shows a place of a version: the unit of the last segment that starts at or before it.
    struct Locator {
        let versions: [SegmentedDocument]
        let unitOf: [[Int]]

        func place(path: String, line: Int, column: Int) -> (unit: Int, version: Int)? {
            guard let version = versions.firstIndex(where: { $0.path == path }) else { return nil }
            let segments = versions[version].segments
            guard !segments.isEmpty else { return nil }
            var low = 0
            var high = segments.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                let start = segments[middle].location
                if (start.line, start.column) <= (line, column) { low = middle } else { high = middle - 1 }
            }
            return (unitOf[version][low], version)
        }
    }

    /// The units in page order (body units, then footnote-body units), the findings placed in them, and the
    /// locator that placed them.
    func layout() -> (units: [AlignedUnit], placed: [Placed], locator: Locator) {
        let versions = alignment.versions
        let units = alignment.units.filter { !isNote($0) } + alignment.units.filter { isNote($0) }
        var unitOf: [[Int]] = versions.map { Array(repeating: 0, count: $0.segments.count) }
        for (index, unit) in units.enumerated() {
            for version in unit.ranges.indices {
                for segment in unit.ranges[version] { unitOf[version][segment] = index + 1 }
            }
        }
        let locator = Locator(versions: versions, unitOf: unitOf)
        var placed: [Placed] = []
        for finding in findings {
            guard let place = locator.place(path: finding.path, line: finding.line, column: finding.column) else {
                continue
            }
            placed.append(Placed(finding: finding, id: placed.count + 1, unit: place.unit, version: place.version))
        }
        // Numbered in page order, so that f-1, f-2 … are the marks j visits one after the other.
        placed.sort { ($0.unit, $0.version, $0.id) < ($1.unit, $1.version, $1.id) }
        for index in placed.indices { placed[index].id = index + 1 }
        return (units, placed, locator)
    }

    /// Whether a unit holds footnote bodies: such units are rows after the body text.
    func isNote(_ unit: AlignedUnit) -> Bool {
        unit.ranges.indices.contains { version in
            unit.ranges[version].contains { alignment.versions[version].segments[$0].kind == .footnoteBody }
        }
    }

    public func html() -> String {
        let (units, placed, locator) = layout()
        var page = HTMLWriter()
        page.head(title: "Review: " + alignment.versions.map(\.path).joined(separator: ", "), style: Self.style)
        page.raw("<body>\n<header>\n<h1>Review</h1>\n")
        page.raw("<p class=\"files\">")
        for (index, version) in alignment.versions.enumerated() {
            if index > 0 { page.raw(" · ") }
            page.text("\(version.language.name) (\(version.language.code)): \(version.path)")
        }
        page.raw("</p>\n")
        filters(&page, placed)
        index(&page, placed)
        page.raw("</header>\n<main>\n")
        table(&page, units, placed, locator)
        page.raw("</main>\n<script>\(Self.script)</script>\n</body>\n</html>\n")
        return page.output
    }

    private func filters(_ page: inout HTMLWriter, _ placed: [Placed]) {
        page.raw("<form class=\"filters\" onsubmit=\"return false\">\n<fieldset><legend>Severity</legend>")
        for severity in [Finding.Severity.error, .warning, .info] {
            let count = placed.filter { $0.finding.severity == severity }.count
            page.raw("<label><input type=\"checkbox\" checked data-filter-severity=\"\(severity.rawValue)\"> ")
            page.text("\(severity.rawValue) (\(count))")
            page.raw("</label> ")
        }
        page.raw("</fieldset>\n<fieldset><legend>Rule</legend>")
        for rule in Set(placed.map(\.finding.rule)).sorted() {
            let count = placed.filter { $0.finding.rule == rule }.count
            page.raw("<label><input type=\"checkbox\" checked data-filter-rule=\"")
            page.attribute(rule)
            page.raw("\"> ")
            page.text("\(rule) (\(count))")
            page.raw("</label> ")
        }
        page.raw(
            "</fieldset>\n<label>Search <input type=\"search\" id=\"search\" placeholder=\"text in any version\"></label>"
        )
        page.raw(" <span class=\"keys\">j / k: next and previous finding · /: search</span>\n</form>\n")
    }

    private func index(_ page: inout HTMLWriter, _ placed: [Placed]) {
        page.raw("<nav class=\"index\"><h2>Findings (\(placed.count))</h2>\n")
        for rule in Set(placed.map(\.finding.rule)).sorted() {
            page.raw("<details open data-rule=\"")
            page.attribute(rule)
            page.raw("\"><summary>")
            page.text("\(rule) (\(placed.filter { $0.finding.rule == rule }.count))")
            page.raw("</summary><ol>\n")
            for entry in placed where entry.finding.rule == rule {
                let finding = entry.finding
                page.raw("<li data-rule=\"")
                page.attribute(rule)
                page.raw("\" data-severity=\"\(finding.severity.rawValue)\"><a href=\"#f-\(entry.id)\">")
                page.text(
                    "\(finding.severity.rawValue) \(Self.fileName(finding.path)):\(finding.line):\(finding.column)")
                page.raw("</a> ")
                page.text(finding.message)
                page.raw("</li>\n")
            }
            page.raw("</ol></details>\n")
        }
        page.raw("</nav>\n")
    }

    private func table(_ page: inout HTMLWriter, _ units: [AlignedUnit], _ placed: [Placed], _ locator: Locator) {
        let versions = alignment.versions
        let marks = Dictionary(grouping: placed) { "\($0.unit)/\($0.version)" }
        let labels = versions.map { ClauseLabel($0.document) }
        let width = 100.0 / Double(versions.count)
        // The table in chunks of rows, each a table of its own in a box the browser lays out only when it comes
        // into view (containment does not apply inside a table): a 200-page document opens at once. Fixed
        // column widths keep the chunks' columns in line; each repeats the header.
        var head = "<table class=\"parallel\">\n<colgroup><col class=\"label\">"
        for _ in versions { head += "<col style=\"width:\(String(format: "%.2f", width))%\">" }
        var header = HTMLWriter()
        header.raw("</colgroup>\n<thead><tr><th>Unit</th>")
        for version in versions {
            header.raw("<th lang=\"en\">")
            header.text("\(version.language.name) · \(Self.fileName(version.path))")
            header.raw("</th>")
        }
        header.raw("</tr></thead>\n<tbody>\n")
        head += header.output
        page.raw("<div class=\"chunk\">" + head)
        var inNotes = false
        for (index, unit) in units.enumerated() {
            let number = index + 1
            if index > 0, index % Self.chunkRows == 0 {
                page.raw("</tbody>\n</table></div>\n<div class=\"chunk\">" + head)
            }
            let pivotSegment = unit.ranges[alignment.pivot].first
            if isNote(unit), !inNotes {
                inNotes = true
                page.raw("<tr class=\"notes\"><th colspan=\"\(versions.count + 1)\">Footnotes</th></tr>\n")
            }
            let label =
                pivotSegment.map { labels[alignment.pivot].name(of: versions[alignment.pivot].segments[$0]) }
                ?? unit.ranges.indices.lazy.compactMap { version in
                    unit.ranges[version].first.map { labels[version].name(of: versions[version].segments[$0]) }
                }.first ?? ""
            page.raw(
                "<tr id=\"u-\(number)\" data-unit=\"\(number)\"><th class=\"label\"><a href=\"#u-\(number)\">\(number)</a> "
            )
            page.text(label)
            page.raw("</th>")
            for (version, document) in versions.enumerated() {
                let tag = languageTags[document.language.code] ?? document.language.tmxLanguageTag
                let direction = document.language.scripts.contains("Arab") ? "rtl" : "ltr"
                let range = unit.ranges[version]
                page.raw("<td data-language=\"\(document.language.code)\" lang=\"")
                page.attribute(tag)
                page.raw("\" dir=\"\(direction)\"")
                if range.isEmpty { page.raw(" data-omitted") }
                page.raw(">")
                if let first = range.first {
                    let location = document.segments[first].location
                    page.raw("<div class=\"place\" dir=\"ltr\">")
                    page.text("\(Self.fileName(document.path)):\(location.line)")
                    page.raw("</div><div class=\"text\">")
                    page.text(
                        range.map { document.segments[$0].text }.joined(separator: document.language.sentenceSeparator))
                    page.raw("</div>")
                } else {
                    page.raw("<div class=\"omitted\" lang=\"en\" dir=\"ltr\">(nothing in this version)</div>")
                }
                for mark in marks["\(number)/\(version)"] ?? [] { self.mark(&page, mark, locator) }
                page.raw("</td>")
            }
            page.raw("</tr>\n")
        }
        page.raw("</tbody>\n</table></div>\n")
    }

    private func mark(_ page: inout HTMLWriter, _ mark: Placed, _ locator: Locator) {
        let finding = mark.finding
        page.raw("<div class=\"finding \(finding.severity.rawValue)\" id=\"f-\(mark.id)\" data-rule=\"")
        page.attribute(finding.rule)
        page.raw("\" data-severity=\"\(finding.severity.rawValue)\" tabindex=\"0\" lang=\"en\" dir=\"ltr\"><b>")
        page.text("\(finding.severity.rawValue) \(finding.rule)")
        page.raw("</b> ")
        page.text("\(finding.line):\(finding.column) \(finding.message)")
        if let counterpart = finding.counterpart,
            let there = locator.place(path: counterpart.path, line: counterpart.line, column: counterpart.column)
        {
            page.raw(" <a class=\"counterpart\" href=\"#u-\(there.unit)\">")
            page.text("→ \(alignment.versions[there.version].language.name) \(counterpart.line):\(counterpart.column)")
            page.raw("</a>")
        }
        page.raw("</div>")
    }

    /// Rows a chunk of the table holds.
    static let chunkRows = 100

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}

extension ReviewPage {
    /// Writes the page to `path` whole or not at all (a temporary file renamed when complete).
    public func write(to path: String) throws {
        let html = html()
        try AtomicFile.write(to: path) { temporary in
            guard FileManager.default.createFile(atPath: temporary, contents: Data(html.utf8)) else {
                throw OutputError(destination: path, reason: "cannot write the file")
            }
        }
    }

    /// Where `hexaglot review` writes by default: the first file's name without its extension, `.review.html`.
    public static func defaultPath(for file: String) -> String {
        let url = URL(fileURLWithPath: file == "-" ? "stdin" : file)
        return url.deletingPathExtension().path + ".review.html"
    }
}
