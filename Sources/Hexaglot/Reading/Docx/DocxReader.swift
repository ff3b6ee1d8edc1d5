import Foundation

/// Reads a Word document (`.docx`) into the text Hexaglot structures, one paragraph a line in reading order:
/// the body's paragraphs (tables cell by cell), then the footnotes and endnotes, so that a finding's `line` is
/// the paragraph's number. A paragraph Word numbers automatically gets the marker Word shows (`(d)`, `（十七）`),
/// computed from `numbering.xml` (`DocxNumbering`); a footnote call becomes a superscript number (`¹`) and its
/// note a line that starts with it. Tracked changes are read as accepted (insertions in, deletions out); fields
/// as their displayed result.
struct DocxReader {
    static let superscripts: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// What the reader found besides the text.
    struct Facts: Sendable {
        /// Whether the document holds tracked changes not yet accepted or rejected.
        var hasTrackedChanges = false
        /// For each line (1-based) whose marker Word computed: the list definition it came from.
        var automaticMarkers: [Int: AutomaticMarker] = [:]
    }

    static func read(_ bytes: [UInt8], path: String) throws(ReadError) -> (SourceText, Facts) {
        do {
            var archive = try DocxArchive(bytes: bytes, path: path)
            var numbering = try DocxNumbering(
                bytes: try archive.part("word/numbering.xml"), name: "word/numbering.xml")
            let styles = try DocxStyles(bytes: try archive.part("word/styles.xml"), name: "word/styles.xml")
            var body = DocxBody(styles: styles)
            try body.read(try archive.part("word/document.xml") ?? [], name: "word/document.xml", numbering: &numbering)
            body.prepend(try firstPageHeader(body.headerReferences, archive: &archive))
            var lines = body.lines
            var facts = Facts(hasTrackedChanges: body.hasTrackedChanges, automaticMarkers: body.automaticMarkers)
            for part in ["word/footnotes.xml", "word/endnotes.xml"] {
                guard let noteBytes = try archive.part(part) else { continue }
                let kind = part.contains("foot") ? "footnote" : "endnote"
                let notes = try DocxNotes(bytes: noteBytes, name: part, element: "w:\(kind)")
                facts.hasTrackedChanges = facts.hasTrackedChanges || notes.hasTrackedChanges
                for (number, id) in body.noteNumbers(kind).sorted(by: { $0.key < $1.key }) {
                    lines.append(superscript(number) + " " + (notes.texts[id] ?? ""))
                }
            }
            let text = lines.joined(separator: "\n") + "\n"
            return (SourceText(path: path, text: text.precomposedStringWithCanonicalMapping, encoding: "DOCX"), facts)
        } catch let error as DocxError {
            throw .unreadableDocument(path: path, problem: error.problem)
        } catch let error as XMLReadError {
            throw .unreadableDocument(path: path, problem: "malformed Word XML: \(error)")
        } catch {
            throw .unreadableDocument(path: path, problem: "\(error)")
        }
    }

    /// The lines of the header on the first page (`first` when the section has one, else `default`), found through
    /// the document's relationships; empty when there is none.
    private static func firstPageHeader(
        _ references: [(type: String, id: String)], archive: inout DocxArchive
    ) throws -> [String] {
        guard
            let reference = references.first(where: { $0.type == "first" })
                ?? references.first(where: { $0.type == "default" }),
            let relations = try archive.part("word/_rels/document.xml.rels")
        else { return [] }
        let reader = try XMLStreamReader(bytes: relations, name: "word/_rels/document.xml.rels")
        var target: String?
        while let node = try reader.next(), target == nil {
            if case .start("Relationship", _) = node, reader.attribute("Id") == reference.id {
                target = reader.attribute("Target")
            }
        }
        guard let target, !target.contains(".."), let bytes = try archive.part("word/" + target) else { return [] }
        return try DocxNotes(paragraphsIn: bytes, name: "word/" + target).paragraphs
    }

    static func superscript(_ number: Int) -> String {
        String(String(number).compactMap { $0.wholeNumberValue.map { superscripts[$0] } })
    }
}
