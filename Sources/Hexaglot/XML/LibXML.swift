internal import CHexaglotXML

/// libxml2 services; TMX writing and reading come here.
public enum LibXML {
    /// The libxml2 version Hexaglot runs with.
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        _ = hx_xml_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
