import Foundation

/// The footnotes or endnotes of a Word document, by id: each note's paragraphs joined into one line of text; or
/// the paragraphs of a page header, one a line.
struct DocxNotes {
    var texts: [String: String] = [:]
    var paragraphs: [String] = []
    var hasTrackedChanges = false

    init(paragraphsIn bytes: [UInt8], name: String) throws {
        let reader = try XMLStreamReader(bytes: bytes, name: name)
        var text = DocxRunText()
        while let node = try reader.next() {
            text.take(node, reader: reader)
            if case .end("w:p") = node {
                paragraphs.append(text.current)
                text = DocxRunText()
            }
        }
    }

    init(bytes: [UInt8], name: String, element: String) throws {
        let reader = try XMLStreamReader(bytes: bytes, name: name)
        var id: String?
        var text = DocxRunText()
        while let node = try reader.next() {
            if case .start(let name, _) = node, name == element {
                // Separators and continuation notices are no notes.
                let type = reader.attribute("w:type")
                id = type == nil || type == "normal" ? reader.attribute("w:id") : nil
                text = DocxRunText()
                continue
            }
            if case .end(let name) = node, name == element {
                if let id { texts[id] = text.joined }
                id = nil
                continue
            }
            guard id != nil else { continue }
            text.take(node, reader: reader)
            if case .end("w:p") = node { text.endParagraph() }
        }
        hasTrackedChanges = text.sawTrackedChange
    }
}

/// The visible text of runs: `w:t` only (not `w:delText`, not a field's `w:instrText`), nothing inside deleted or
/// moved-away text, a space for a tab or a line break, and nothing from `mc:Fallback` (the copy of the same
/// content for older readers).
struct DocxRunText {
    private(set) var current = ""
    private var paragraphs: [String] = []
    private var inText = false
    private var deleted = 0
    private var fallback = 0
    private(set) var sawTrackedChange = false

    var joined: String { (paragraphs + [current]).filter { !$0.isEmpty }.joined(separator: " ") }

    mutating func endParagraph() {
        paragraphs.append(current)
        current = ""
    }

    /// Takes the text `node` adds, and notes deleted and moved text and revision marks.
    mutating func take(_ node: XMLStreamReader.NodeKind, reader: XMLStreamReader) {
        switch node {
        case .start(let name, let isEmpty):
            switch name {
            case "w:t": inText = !isEmpty
            case "w:tab", "w:br", "w:cr": if deleted == 0, fallback == 0 { current += " " }
            case "w:noBreakHyphen": if deleted == 0, fallback == 0 { current += "\u{2011}" }
            case "w:del", "w:moveFrom":
                sawTrackedChange = true
                if !isEmpty { deleted += 1 }
            case "w:ins", "w:moveTo": sawTrackedChange = true
            case "mc:Fallback": if !isEmpty { fallback += 1 }
            default: break
            }
        case .end(let name):
            switch name {
            case "w:t": inText = false
            case "w:del", "w:moveFrom": deleted = max(deleted - 1, 0)
            case "mc:Fallback": fallback = max(fallback - 1, 0)
            default: break
            }
        case .text(let value):
            if inText, deleted == 0, fallback == 0 {
                current += value.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
            }
        case .other: break
        }
    }

    mutating func append(_ text: String) {
        if deleted == 0, fallback == 0 { current += text }
    }
}
