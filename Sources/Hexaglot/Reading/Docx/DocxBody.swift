/// The body of a Word document (`word/document.xml`) as lines: one a paragraph, in reading order (tables cell by
/// cell, text boxes where they stand), each numbered paragraph with the marker Word shows.
struct DocxBody {
    let styles: DocxStyles
    private(set) var lines: [String] = []
    private(set) var hasTrackedChanges = false
    private(set) var automaticMarkers: [Int: AutomaticMarker] = [:]
    /// The page headers the sections name (`w:type`, relationship id), in document order.
    private(set) var headerReferences: [(type: String, id: String)] = []
    /// Footnote and endnote ids by the number the text shows, numbered in the order of their first call.
    private var notes: [String: [String: Int]] = [:]

    init(styles: DocxStyles) {
        self.styles = styles
    }

    /// The notes of `kind` (`footnote`, `endnote`) the body calls: displayed number → id. Endnotes go on from the
    /// footnotes' numbers: plain text has one kind of call.
    func noteNumbers(_ kind: String) -> [Int: String] {
        var result: [Int: String] = [:]
        for (id, number) in notes[kind] ?? [:] { result[number] = id }
        return result
    }

    private var nextNoteNumber: Int { notes.values.reduce(0) { $0 + $1.count } + 1 }

    /// A paragraph being read; a text box inside a paragraph opens another.
    private struct Paragraph {
        var text = DocxRunText()
        var numID: String?
        var level: Int?
        var style: String?
        var inProperties = false
        /// Inside `w:pPrChange`: the properties before a tracked change, which no longer apply.
        var inFormerProperties = false
    }

    /// Puts `header` (the first page's header lines) before the body: a reader sees it first, and the symbol
    /// stands there.
    mutating func prepend(_ header: [String]) {
        lines = header + lines
        automaticMarkers = Dictionary(uniqueKeysWithValues: automaticMarkers.map { ($0.key + header.count, $0.value) })
    }

    mutating func read(_ bytes: [UInt8], name: String, numbering: inout DocxNumbering) throws {
        let reader = try XMLStreamReader(bytes: bytes, name: name)
        var open: [Paragraph] = []
        while let node = try reader.next() {
            switch node {
            case .start("w:p", let isEmpty):
                if isEmpty { lines.append("") } else { open.append(Paragraph()) }
                continue
            case .end("w:p"):
                guard let paragraph = open.popLast() else { continue }
                finish(paragraph, numbering: &numbering)
                continue
            default: break
            }
            if case .start("w:headerReference", _) = node, open.isEmpty, let id = reader.attribute("r:id") {
                headerReferences.append((reader.attribute("w:type") ?? "default", id))
                continue
            }
            guard !open.isEmpty else { continue }
            let index = open.count - 1
            switch node {
            case .start("w:pPrChange", let isEmpty):
                hasTrackedChanges = true
                open[index].inFormerProperties = !isEmpty
            case .end("w:pPrChange"): open[index].inFormerProperties = false
            case .start("w:pPr", let isEmpty) where !open[index].inFormerProperties:
                open[index].inProperties = !isEmpty
            case .end("w:pPr") where !open[index].inFormerProperties: open[index].inProperties = false
            case .start("w:pStyle", _) where open[index].inProperties && !open[index].inFormerProperties:
                open[index].style = reader.attribute("w:val")
            case .start("w:numId", _) where open[index].inProperties && !open[index].inFormerProperties:
                open[index].numID = reader.attribute("w:val")
            case .start("w:ilvl", _) where open[index].inProperties && !open[index].inFormerProperties:
                open[index].level = reader.attribute("w:val").flatMap { Int($0) }
            case .start("w:headerReference", _):
                if let id = reader.attribute("r:id") {
                    headerReferences.append((reader.attribute("w:type") ?? "default", id))
                }
            case .start(let element, _) where element == "w:footnoteReference" || element == "w:endnoteReference":
                let kind = element == "w:footnoteReference" ? "footnote" : "endnote"
                guard let id = reader.attribute("w:id") else { break }
                let number = notes[kind]?[id] ?? nextNoteNumber
                notes[kind, default: [:]][id] = number
                open[index].text.append(DocxReader.superscript(number))
            default:
                // Properties hold no text; a paragraph mark's own revision marks still count as tracked changes.
                open[index].text.take(node, reader: reader)
            }
        }
    }

    private mutating func finish(_ paragraph: Paragraph, numbering: inout DocxNumbering) {
        hasTrackedChanges = hasTrackedChanges || paragraph.text.sawTrackedChange
        var text = paragraph.text.joined
        let direct = paragraph.numID.map { ($0, paragraph.level ?? 0) }
        let fromStyle = paragraph.style.flatMap { styles.numbering(of: $0) }
        if let (numID, level) = direct ?? fromStyle.map({ ($0.numID, paragraph.level ?? $0.level) }),
            let marker = numbering.next(numID: numID, level: level)
        {
            text = marker.text + marker.separator + text
            automaticMarkers[lines.count + 1] = AutomaticMarker(
                definition: marker.abstractID, instance: marker.numID, level: marker.level + 1, format: marker.format,
                start: marker.start)
        }
        lines.append(text)
    }
}
