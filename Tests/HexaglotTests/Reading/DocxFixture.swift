import Foundation
import ZIPFoundation

/// Word documents written by the tests: the XML parts a `.docx` holds, zipped as Word zips them.
struct DocxFixture {
    static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    var paragraphs: [String] = []
    var numbering: String?
    var styles: String?
    var footnotes: [String: String] = [:]
    var extraParts: [String: String] = [:]

    /// A paragraph of plain text, numbered with `numID` at `level` when given.
    static func paragraph(_ text: String, numID: Int? = nil, level: Int = 0, style: String? = nil) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if let numID { properties += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")
            + "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// `w:abstractNum` definitions, each a list of levels `(format, lvlText, start)`, and `w:num` instances
    /// `(numId, abstractNumId, start override of level 0)`.
    static func numbering(
        definitions: [Int: [(format: String, text: String, start: Int)]], instances: [(Int, Int, Int?)]
    ) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(namespace)>"
        for (id, levels) in definitions.sorted(by: { $0.key < $1.key }) {
            xml += "<w:abstractNum w:abstractNumId=\"\(id)\">"
            for (index, level) in levels.enumerated() {
                xml +=
                    "<w:lvl w:ilvl=\"\(index)\"><w:start w:val=\"\(level.start)\"/>"
                    + "<w:numFmt w:val=\"\(level.format)\"/><w:lvlText w:val=\"\(level.text)\"/></w:lvl>"
            }
            xml += "</w:abstractNum>"
        }
        for (numID, abstractID, start) in instances {
            xml += "<w:num w:numId=\"\(numID)\"><w:abstractNumId w:val=\"\(abstractID)\"/>"
            if let start { xml += "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(start)\"/></w:lvlOverride>" }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    var parts: [(String, String)] {
        var parts = [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"),
            (
                "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(Self.namespace)><w:body>"
                    + paragraphs.joined() + "</w:body></w:document>"
            ),
        ]
        if let numbering { parts.append(("word/numbering.xml", numbering)) }
        if let styles { parts.append(("word/styles.xml", styles)) }
        if !footnotes.isEmpty {
            let notes = footnotes.sorted { $0.key < $1.key }.map { id, text in
                "<w:footnote w:id=\"\(id)\"><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:footnote>"
            }
            parts.append(
                (
                    "word/footnotes.xml",
                    "<?xml version=\"1.0\"?><w:footnotes \(Self.namespace)><w:footnote w:type=\"separator\" w:id=\"-1\">"
                        + "<w:p><w:r><w:separator/></w:r></w:p></w:footnote>" + notes.joined() + "</w:footnotes>"
                ))
        }
        parts += extraParts.sorted { $0.key < $1.key }
        return parts
    }

    /// The `.docx` bytes.
    func bytes() throws -> [UInt8] {
        try Self.zip(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    /// A zip of `entries`, deflated.
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, content) in entries {
            let data = Data(content)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    /// Writes the document into `directory` as `name`.
    func write(_ name: String, in directory: TemporaryDirectory) throws -> String {
        try directory.file(name, bytes: try bytes())
    }
}
