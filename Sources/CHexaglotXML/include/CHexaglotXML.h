// Purpose-built libxml2 functions for Hexaglot. Only <stdint.h> types and opaque handles cross this header:
// libxml2's headers include ICU's on Debian, which clash with Foundation's ICU copy in any Swift module that
// sees them.
#ifndef CHEXAGLOT_XML_H
#define CHEXAGLOT_XML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the libxml2 version the program runs with ("2.9.14") into `buffer`; returns its length.
int32_t hx_xml_version(char *buffer, int32_t capacity);

// MARK: Streaming writer (xmlTextWriter)

typedef struct hx_xml_writer hx_xml_writer;

/// Opens a writer on a new file at `path`, or on standard output when `path` is NULL. Returns NULL when the
/// file cannot be created. Nothing is indented: whitespace between elements is written with `hx_xml_writer_raw`,
/// so that no whitespace ever enters mixed content.
hx_xml_writer *hx_xml_writer_open(const char *path);
/// Writes the XML declaration (version 1.0, UTF-8) and `<!DOCTYPE name SYSTEM "system_id">`.
int32_t hx_xml_writer_start_document(hx_xml_writer *writer, const char *doctype_name, const char *system_id);
int32_t hx_xml_writer_start_element(hx_xml_writer *writer, const char *name);
/// `value` is escaped (`&`, `<`, `"`); it must hold only characters legal in XML 1.0.
int32_t hx_xml_writer_attribute(hx_xml_writer *writer, const char *name, const char *value);
/// Character data, escaped (`&`, `<`, `>`); it must hold only characters legal in XML 1.0.
int32_t hx_xml_writer_text(hx_xml_writer *writer, const char *text);
/// Written as it is: only for whitespace between elements.
int32_t hx_xml_writer_raw(hx_xml_writer *writer, const char *text);
int32_t hx_xml_writer_end_element(hx_xml_writer *writer);
/// Ends the document, flushes and frees the writer. Returns a negative value when anything failed to be written
/// (a full disk shows up here, as the last buffer is flushed).
int32_t hx_xml_writer_close(hx_xml_writer *writer);

// MARK: Streaming reader (xmlTextReader), safe for untrusted input

typedef struct hx_xml_reader hx_xml_reader;

/// Node types, as libxml2 numbers them.
enum {
    HX_XML_ELEMENT = 1,
    HX_XML_TEXT = 3,
    HX_XML_CDATA = 4,
    HX_XML_ENTITY_REFERENCE = 5,
    HX_XML_DOCUMENT_TYPE = 10,
    HX_XML_SIGNIFICANT_WHITESPACE = 14,
    HX_XML_END_ELEMENT = 15,
};

/// Opens `path` for reading without network access, without loading any DTD and without substituting
/// entities. Returns NULL when the file cannot be opened.
hx_xml_reader *hx_xml_reader_open(const char *path);
/// Opens `length` bytes of XML in memory (a part of a Word document), with the same protections as
/// `hx_xml_reader_open`; `url` names it in messages. The bytes must outlive the reader.
hx_xml_reader *hx_xml_reader_open_memory(const char *bytes, int32_t length, const char *url);
/// Parses `length` bytes of HTML with libxml2's HTML parser (as a browser reads a page) and walks the tree with
/// the same calls as an XML reader. Returns NULL when nothing could be parsed.
hx_xml_reader *hx_html_reader_open_memory(const char *bytes, int32_t length, const char *url);
/// Moves to the next node: 1 when there is one, 0 at the end of the document, -1 on an error (see
/// `hx_xml_reader_error`).
int32_t hx_xml_reader_next(hx_xml_reader *reader);
int32_t hx_xml_reader_node_type(hx_xml_reader *reader);
int32_t hx_xml_reader_depth(hx_xml_reader *reader);
int32_t hx_xml_reader_is_empty_element(hx_xml_reader *reader);
/// The node's qualified name (`tuv`, `xml:lang`); owned by the reader until the next move.
const char *hx_xml_reader_name(hx_xml_reader *reader);
/// The text of a text node; owned by the reader until the next move. NULL for other nodes.
const char *hx_xml_reader_value(hx_xml_reader *reader);
/// Copies the value of the current element's attribute `name` (qualified, `xml:lang`) into `buffer` and
/// returns its length in bytes (which may exceed `capacity`: call again with a larger buffer), or -1 when
/// the element has no such attribute.
int32_t hx_xml_reader_attribute(hx_xml_reader *reader, const char *name, char *buffer, int32_t capacity);
/// The line the current node starts on (else the line the parser has reached), for messages.
int32_t hx_xml_reader_line(hx_xml_reader *reader);
/// The first error libxml2 reported (message and line), or an empty string.
const char *hx_xml_reader_error(hx_xml_reader *reader, int32_t *line);
void hx_xml_reader_close(hx_xml_reader *reader);

/// Validates the XML file at `path` against the DTD file at `dtd_path` without network access. Returns 1
/// when valid, 0 when not, -1 when either cannot be read; the first problem goes into `message`.
int32_t hx_xml_validate_dtd(const char *path, const char *dtd_path, char *message, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
