internal import CHexaglotXML

/// XML written as a stream through libxml2's `xmlTextWriter`: nothing is held in memory but libxml2's output
/// buffer, so a translation memory of any size is written in constant memory.
///
/// Text and attribute values must be legal XML 1.0 (`XMLCharacters.legal`); libxml2 escapes `&`, `<`, `>`
/// and quotes. Errors are kept and thrown by `close()`, so a writer can be driven without a `try` on every call.
final class XMLStreamWriter {
    private var handle: OpaquePointer?
    private let destination: String
    private var failed = false

    /// Opens a writer on a new file at `path`, or on standard output when `path` is nil; errors name
    /// `display` (the final name of a file written under a temporary one).
    init(path: String?, display: String? = nil) throws {
        destination = display ?? path ?? "standard output"
        handle = path.map { hx_xml_writer_open($0) } ?? hx_xml_writer_open(nil)
        guard handle != nil else { throw OutputError(destination: destination, reason: "cannot create the file") }
    }

    deinit {
        // A writer dropped after an error still frees libxml2's state.
        if let handle { _ = hx_xml_writer_close(handle) }
    }

    func startDocument(doctype: String, systemID: String) {
        record(hx_xml_writer_start_document(handle, doctype, systemID))
    }

    func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        record(hx_xml_writer_start_element(handle, name))
        for (key, value) in attributes { record(hx_xml_writer_attribute(handle, key, value)) }
    }

    func text(_ text: String) {
        guard !text.isEmpty else { return }
        record(hx_xml_writer_text(handle, text))
    }

    /// Whitespace between elements (never inside mixed content such as `seg`).
    func whitespace(_ text: String) {
        record(hx_xml_writer_raw(handle, text))
    }

    func end() {
        record(hx_xml_writer_end_element(handle))
    }

    /// `<name>text</name>` on one line.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        start(name, attributes)
        self.text(text)
        end()
    }

    /// Ends the document and flushes it; throws when anything could not be written.
    func close() throws {
        guard let handle else { return }
        self.handle = nil
        let status = hx_xml_writer_close(handle)
        if failed || status < 0 {
            throw OutputError(destination: destination, reason: "write failed (disk full or file removed?)")
        }
    }

    private func record(_ status: Int32) {
        if status < 0 { failed = true }
    }
}

/// The characters XML 1.0 allows: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
/// U+10000–U+10FFFF. Anything else (C0 controls, U+FFFE, U+FFFF) cannot be written even as a character
/// reference, so it is dropped and counted.
public enum XMLCharacters {
    public static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` without the characters XML 1.0 forbids, and how many were dropped.
    public static func legal(_ text: String) -> (text: String, dropped: Int) {
        guard text.unicodeScalars.contains(where: { !isLegal($0) }) else { return (text, 0) }
        var kept = String.UnicodeScalarView()
        var dropped = 0
        for scalar in text.unicodeScalars {
            if isLegal(scalar) { kept.append(scalar) } else { dropped += 1 }
        }
        return (String(kept), dropped)
    }
}
