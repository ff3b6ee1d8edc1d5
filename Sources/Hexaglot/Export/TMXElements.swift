/// The TMX 1.4b elements Hexaglot writes, laid out with whitespace between elements only (never inside `seg`,
/// where it would become part of the text).
enum TMXElements {
    struct Header {
        var toolVersion: String
        /// `sentence`, or `paragraph` for clause units.
        var segmentType: String
        /// The pivot's tag in a two-language file, `*all*` when any language may serve as the source.
        var sourceLanguage: String
        var creationDate: String
    }

    /// The declaration, DOCTYPE, `<tmx>`, the header and the opening of `<body>`.
    static func open(_ header: Header, on writer: XMLStreamWriter) {
        writer.startDocument(doctype: "tmx", systemID: "tmx14.dtd")
        writer.start("tmx", ["version": "1.4"])
        writer.whitespace("\n  ")
        writer.start(
            "header",
            [
                "creationtool": "Hexaglot",
                "creationtoolversion": header.toolVersion,
                "segtype": header.segmentType,
                "o-tmf": "Hexaglot",
                "adminlang": "en",
                "srclang": header.sourceLanguage,
                "datatype": "plaintext",
                "creationdate": header.creationDate,
            ])
        writer.end()
        writer.whitespace("\n  ")
        writer.start("body")
    }

    /// `</body></tmx>`.
    static func close(on writer: XMLStreamWriter) {
        writer.whitespace("\n  ")
        writer.end()
        writer.whitespace("\n")
        writer.end()
        writer.whitespace("\n")
    }

    static func write(_ unit: TranslationUnit, on writer: XMLStreamWriter) {
        writer.whitespace("\n    ")
        writer.start("tu", ["tuid": unit.id])
        for property in unit.properties {
            writer.whitespace("\n      ")
            writer.element("prop", ["type": property.type], text: property.value)
        }
        for variant in unit.variants {
            writer.whitespace("\n      ")
            writer.start("tuv", ["xml:lang": variant.language])
            for property in variant.properties {
                writer.whitespace("\n        ")
                writer.element("prop", ["type": property.type], text: property.value)
            }
            writer.whitespace("\n        ")
            writer.start("seg")
            for inline in variant.content {
                switch inline {
                case .text(let text): writer.text(text)
                case .footnoteCall(let number):
                    writer.element("ph", ["type": "fnote", "x": String(number)], text: String(number))
                }
            }
            writer.end()
            writer.whitespace("\n      ")
            writer.end()
        }
        writer.whitespace("\n    ")
        writer.end()
    }
}
