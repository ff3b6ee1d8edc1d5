/// The list numbering that paragraph styles carry (`word/styles.xml`): a heading style numbered `Article %1`, a
/// style `List (a)` that numbers its paragraphs. A style inherits from the style it is based on.
struct DocxStyles {
    private var numbering: [String: (numID: String?, level: Int?)] = [:]
    private var basedOn: [String: String] = [:]

    /// The `(numId, level)` of style `id`, following `w:basedOn`; nil when the style numbers nothing.
    func numbering(of id: String) -> (numID: String, level: Int)? {
        var current: String? = id
        var seen: Set<String> = []
        var level: Int?
        while let style = current, seen.insert(style).inserted {
            let own = numbering[style]
            level = level ?? own?.level
            if let numID = own?.numID { return (numID, level ?? 0) }
            current = basedOn[style]
        }
        return nil
    }

    init(bytes: [UInt8]?, name: String) throws {
        guard let bytes else { return }
        let reader = try XMLStreamReader(bytes: bytes, name: name)
        var style: String?
        var inParagraphProperties = false
        while let node = try reader.next() {
            switch node {
            case .start(let element, let isEmpty):
                switch element {
                case "w:style": style = reader.attribute("w:styleId")
                case "w:basedOn": if let style, let base = reader.attribute("w:val") { basedOn[style] = base }
                case "w:pPr": inParagraphProperties = !isEmpty
                case "w:numId" where inParagraphProperties:
                    if let style { numbering[style, default: (nil, nil)].numID = reader.attribute("w:val") }
                case "w:ilvl" where inParagraphProperties:
                    if let style {
                        numbering[style, default: (nil, nil)].level = reader.attribute("w:val").flatMap { Int($0) }
                    }
                default: break
                }
            case .end(let element):
                if element == "w:pPr" { inParagraphProperties = false }
                if element == "w:style" { style = nil }
            default: break
            }
        }
    }
}
