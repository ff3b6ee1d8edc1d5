internal import CHexaglotXML

/// XML read as a stream of nodes through libxml2's `xmlTextReader`, safe for files from anywhere: no network,
/// no DTD loaded, entities never substituted, and libxml2's limits on depth and text size kept. An entity
/// reference is refused outright (`XMLReadError`): TMX needs none, and refusing it rules out entity expansion
/// attacks whatever the libxml2 version.
final class XMLStreamReader {
    enum NodeKind: Equatable {
        case start(name: String, isEmpty: Bool)
        case end(name: String)
        case text(String)
        /// Anything else: comments, processing instructions, the DOCTYPE, whitespace between elements.
        case other
    }

    /// Deeper nesting than any TMX needs (`tmx/body/tu/tuv/seg/sub/ph/…`) is refused before libxml2's own
    /// limit of 256 is reached.
    static let maximumDepth = 64

    private let handle: OpaquePointer
    private let path: String
    private var attributeBuffer = [CChar](repeating: 0, count: 256)
    /// The XML of a reader opened on memory, kept alive as long as the reader.
    private let bytes: UnsafeMutableBufferPointer<CChar>?
    private let maximumDepth: Int

    init(path: String) throws {
        guard let handle = hx_xml_reader_open(path) else {
            throw XMLReadError(path: path, line: nil, reason: "cannot open the file")
        }
        self.handle = handle
        self.path = path
        bytes = nil
        maximumDepth = Self.maximumDepth
    }

    /// A reader of XML held in memory (a part of a Word document), named `name` in messages. Word nests tables
    /// in tables: deeper nesting is allowed than in TMX, up to libxml2's own limit. `html`: parsed as HTML, as a
    /// browser parses a page (for checking the pages Hexaglot writes).
    init(bytes source: [UInt8], name: String, maximumDepth: Int = 200, html: Bool = false) throws {
        let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(source.count, 1))
        _ = copy.initialize(from: source.map { CChar(bitPattern: $0) })
        let open = html ? hx_html_reader_open_memory : hx_xml_reader_open_memory
        guard let handle = open(copy.baseAddress, Int32(source.count), name) else {
            copy.deallocate()
            throw XMLReadError(path: name, line: nil, reason: "cannot read the XML")
        }
        self.handle = handle
        self.path = name
        bytes = copy
        self.maximumDepth = maximumDepth
    }

    deinit {
        hx_xml_reader_close(handle)
        bytes?.deallocate()
    }

    /// The next node, or nil at the end of the document.
    func next() throws -> NodeKind? {
        switch hx_xml_reader_next(handle) {
        case 0: return nil
        case 1: break
        default:
            var line: Int32 = 0
            let message = String(cString: hx_xml_reader_error(handle, &line))
            throw XMLReadError(path: path, line: line > 0 ? Int(line) : nil, reason: message)
        }
        if hx_xml_reader_depth(handle) > maximumDepth {
            throw error("elements nested more than \(maximumDepth) deep")
        }
        switch hx_xml_reader_node_type(handle) {
        case Int32(HX_XML_ELEMENT):
            return .start(name: name, isEmpty: hx_xml_reader_is_empty_element(handle) == 1)
        case Int32(HX_XML_END_ELEMENT):
            return .end(name: name)
        case Int32(HX_XML_TEXT), Int32(HX_XML_CDATA):
            return .text(hx_xml_reader_value(handle).map { String(cString: $0) } ?? "")
        case Int32(HX_XML_ENTITY_REFERENCE):
            throw error("entity reference &\(name); (entities are not expanded)")
        default:
            return .other
        }
    }

    /// The current element's attribute `name` (qualified: `xml:lang`), or nil when it has none.
    func attribute(_ name: String) -> String? {
        var length = hx_xml_reader_attribute(handle, name, &attributeBuffer, Int32(attributeBuffer.count))
        guard length >= 0 else { return nil }
        if Int(length) >= attributeBuffer.count {
            attributeBuffer = [CChar](repeating: 0, count: Int(length) + 1)
            length = hx_xml_reader_attribute(handle, name, &attributeBuffer, Int32(attributeBuffer.count))
        }
        return String(decoding: attributeBuffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The line the reader has reached.
    var line: Int { Int(hx_xml_reader_line(handle)) }

    func error(_ reason: String) -> XMLReadError {
        XMLReadError(path: path, line: line > 0 ? line : nil, reason: reason)
    }

    private var name: String { String(cString: hx_xml_reader_name(handle)) }
}

/// XML that cannot be read: not well-formed, hostile, or not what was expected. The description is the one
/// line the CLI prints.
public struct XMLReadError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int?, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)" }
}
