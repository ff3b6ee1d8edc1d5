internal import CHexaglotXML

/// libxml2 services beyond streaming reading and writing.
public enum LibXML {
    /// The libxml2 version Hexaglot runs with.
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        _ = hx_xml_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Validates the XML file at `path` against the DTD at `dtdPath`, reading nothing from the network.
    /// Returns nil when the file is valid, else the first problem libxml2 found. For the tests: not public API.
    package static func validate(_ path: String, dtd dtdPath: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 512)
        let result = hx_xml_validate_dtd(path, dtdPath, &buffer, Int32(buffer.count))
        guard result != 1 else { return nil }
        let message = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return message.isEmpty ? "not valid" : message
    }
}
