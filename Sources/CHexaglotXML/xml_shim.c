// The only file that includes libxml2 headers.
#include "CHexaglotXML.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlwriter.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int32_t hx_xml_version(char *buffer, int32_t capacity) {
    // xmlParserVersion is the version of the library loaded at run time, "20914" for 2.9.14.
    int version = 0;
    for (const char *c = xmlParserVersion; *c >= '0' && *c <= '9'; c++) version = version * 10 + (*c - '0');
    char text[32];
    int length = snprintf(text, sizeof text, "%d.%d.%d", version / 10000, (version / 100) % 100, version % 100);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = '\0';
    }
    return (int32_t)length;
}

/// Copies `text` into a caller's buffer, always terminated; returns the full length.
static int32_t copy_out(const char *text, char *buffer, int32_t capacity) {
    size_t length = strlen(text);
    if (capacity > 0) {
        size_t count = length < (size_t)capacity - 1 ? length : (size_t)capacity - 1;
        memcpy(buffer, text, count);
        buffer[count] = '\0';
    }
    return (int32_t)length;
}

/// Keeps the first error libxml2 reports, without its trailing newline.
typedef struct {
    char message[512];
    int line;
} first_error;

static void keep_first_error(void *context, xmlErrorPtr error) {
    first_error *kept = context;
    if (kept->message[0] != '\0' || error == NULL || error->level < XML_ERR_ERROR) return;
    copy_out(error->message ? error->message : "unknown XML error", kept->message, sizeof kept->message);
    size_t length = strlen(kept->message);
    while (length > 0 && (kept->message[length - 1] == '\n' || kept->message[length - 1] == ' ')) {
        kept->message[--length] = '\0';
    }
    kept->line = error->line;
}

// MARK: Writer

struct hx_xml_writer {
    xmlTextWriterPtr writer;
};

hx_xml_writer *hx_xml_writer_open(const char *path) {
    xmlTextWriterPtr writer = NULL;
    if (path == NULL) {
        xmlOutputBufferPtr out = xmlOutputBufferCreateFd(1, NULL);
        if (out != NULL) writer = xmlNewTextWriter(out);
    } else {
        writer = xmlNewTextWriterFilename(path, 0);
    }
    if (writer == NULL) return NULL;
    hx_xml_writer *handle = malloc(sizeof *handle);
    if (handle == NULL) {
        xmlFreeTextWriter(writer);
        return NULL;
    }
    handle->writer = writer;
    return handle;
}

int32_t hx_xml_writer_start_document(hx_xml_writer *writer, const char *doctype_name, const char *system_id) {
    if (xmlTextWriterStartDocument(writer->writer, "1.0", "UTF-8", NULL) < 0) return -1;
    if (xmlTextWriterWriteDTD(writer->writer, BAD_CAST doctype_name, NULL, BAD_CAST system_id, NULL) < 0) return -1;
    return xmlTextWriterWriteRaw(writer->writer, BAD_CAST "\n");
}

int32_t hx_xml_writer_start_element(hx_xml_writer *writer, const char *name) {
    return xmlTextWriterStartElement(writer->writer, BAD_CAST name);
}

int32_t hx_xml_writer_attribute(hx_xml_writer *writer, const char *name, const char *value) {
    return xmlTextWriterWriteAttribute(writer->writer, BAD_CAST name, BAD_CAST value);
}

int32_t hx_xml_writer_text(hx_xml_writer *writer, const char *text) {
    return xmlTextWriterWriteString(writer->writer, BAD_CAST text);
}

int32_t hx_xml_writer_raw(hx_xml_writer *writer, const char *text) {
    return xmlTextWriterWriteRaw(writer->writer, BAD_CAST text);
}

int32_t hx_xml_writer_end_element(hx_xml_writer *writer) {
    return xmlTextWriterEndElement(writer->writer);
}

int32_t hx_xml_writer_close(hx_xml_writer *writer) {
    int32_t status = xmlTextWriterEndDocument(writer->writer) < 0 ? -1 : 0;
    if (xmlTextWriterFlush(writer->writer) < 0) status = -1;
    // Freeing closes the output buffer, which reports an error from the last write.
    xmlFreeTextWriter(writer->writer);
    free(writer);
    return status;
}

// MARK: Reader

struct hx_xml_reader {
    xmlTextReaderPtr reader;
    first_error error;
    xmlChar *attribute;
    /// The tree an HTML reader walks, freed with it.
    xmlDocPtr document;
};

static void reader_error(void *context, xmlErrorPtr error) { keep_first_error(context, error); }

hx_xml_reader *hx_xml_reader_open(const char *path) {
    hx_xml_reader *handle = calloc(1, sizeof *handle);
    if (handle == NULL) return NULL;
    // No XML_PARSE_NOENT (entities stay references), no XML_PARSE_DTDLOAD or DTDATTR (no DTD is read), no
    // XML_PARSE_HUGE (libxml2 keeps its limits on depth and text size), and no network.
    int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;
    handle->reader = xmlReaderForFile(path, NULL, options);
    if (handle->reader == NULL) {
        free(handle);
        return NULL;
    }
    xmlTextReaderSetStructuredErrorHandler(handle->reader, reader_error, &handle->error);
    return handle;
}

hx_xml_reader *hx_xml_reader_open_memory(const char *bytes, int32_t length, const char *url) {
    hx_xml_reader *handle = calloc(1, sizeof *handle);
    if (handle == NULL) return NULL;
    int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR;
    handle->reader = xmlReaderForMemory(bytes, length, url, NULL, options);
    if (handle->reader == NULL) {
        free(handle);
        return NULL;
    }
    xmlTextReaderSetStructuredErrorHandler(handle->reader, reader_error, &handle->error);
    return handle;
}

int32_t hx_xml_reader_next(hx_xml_reader *reader) {
    int result = xmlTextReaderRead(reader->reader);
    if (result < 0 && reader->error.message[0] == '\0') {
        copy_out("the XML is not well-formed", reader->error.message, sizeof reader->error.message);
        reader->error.line = xmlTextReaderGetParserLineNumber(reader->reader);
    }
    return result < 0 ? -1 : result;
}

int32_t hx_xml_reader_node_type(hx_xml_reader *reader) { return xmlTextReaderNodeType(reader->reader); }

int32_t hx_xml_reader_depth(hx_xml_reader *reader) { return xmlTextReaderDepth(reader->reader); }

int32_t hx_xml_reader_is_empty_element(hx_xml_reader *reader) { return xmlTextReaderIsEmptyElement(reader->reader); }

const char *hx_xml_reader_name(hx_xml_reader *reader) {
    const xmlChar *name = xmlTextReaderConstName(reader->reader);
    return name ? (const char *)name : "";
}

const char *hx_xml_reader_value(hx_xml_reader *reader) {
    return (const char *)xmlTextReaderConstValue(reader->reader);
}

int32_t hx_xml_reader_attribute(hx_xml_reader *reader, const char *name, char *buffer, int32_t capacity) {
    xmlChar *value = xmlTextReaderGetAttribute(reader->reader, BAD_CAST name);
    if (value == NULL) return -1;
    int32_t length = copy_out((const char *)value, buffer, capacity);
    xmlFree(value);
    return length;
}

int32_t hx_xml_reader_line(hx_xml_reader *reader) {
    // The parser reads ahead; the current node knows the line it started on.
    xmlNodePtr node = xmlTextReaderCurrentNode(reader->reader);
    long line = node != NULL ? xmlGetLineNo(node) : -1;
    return line > 0 ? (int32_t)line : xmlTextReaderGetParserLineNumber(reader->reader);
}

const char *hx_xml_reader_error(hx_xml_reader *reader, int32_t *line) {
    if (line != NULL) *line = reader->error.line;
    return reader->error.message;
}

void hx_xml_reader_close(hx_xml_reader *reader) {
    if (reader == NULL) return;
    xmlFreeTextReader(reader->reader);
    if (reader->document != NULL) xmlFreeDoc(reader->document);
    free(reader);
}

hx_xml_reader *hx_html_reader_open_memory(const char *bytes, int32_t length, const char *url) {
    hx_xml_reader *handle = calloc(1, sizeof *handle);
    if (handle == NULL) return NULL;
    // libxml2's HTML parser, as a browser would parse the page: no network, errors kept quiet.
    int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    handle->document = htmlReadMemory(bytes, length, url, "UTF-8", options);
    if (handle->document == NULL) {
        free(handle);
        return NULL;
    }
    handle->reader = xmlReaderWalker(handle->document);
    if (handle->reader == NULL) {
        xmlFreeDoc(handle->document);
        free(handle);
        return NULL;
    }
    return handle;
}

// MARK: DTD validation

static void validity_error(void *context, const char *format, ...) {
    first_error *kept = context;
    if (kept->message[0] != '\0') return;
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(kept->message, sizeof kept->message, format, arguments);
    va_end(arguments);
    size_t length = strlen(kept->message);
    while (length > 0 && kept->message[length - 1] == '\n') kept->message[--length] = '\0';
}

static void ignore_warning(void *context, const char *format, ...) {
    (void)context;
    (void)format;
}

int32_t hx_xml_validate_dtd(const char *path, const char *dtd_path, char *message, int32_t capacity) {
    first_error kept = {{0}, 0};
    xmlSetStructuredErrorFunc(&kept, keep_first_error);
    xmlDocPtr document = xmlReadFile(path, NULL, XML_PARSE_NONET);
    xmlDtdPtr dtd = document ? xmlParseDTD(NULL, BAD_CAST dtd_path) : NULL;
    int32_t result = -1;
    if (document != NULL && dtd != NULL) {
        xmlValidCtxtPtr context = xmlNewValidCtxt();
        if (context != NULL) {
            context->userData = &kept;
            context->error = validity_error;
            context->warning = ignore_warning;
            result = xmlValidateDtd(context, document, dtd) ? 1 : 0;
            xmlFreeValidCtxt(context);
        }
    } else if (kept.message[0] == '\0') {
        copy_out(document == NULL ? "cannot read the XML file" : "cannot read the DTD", kept.message,
                 sizeof kept.message);
    }
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (dtd != NULL) xmlFreeDtd(dtd);
    if (document != NULL) xmlFreeDoc(document);
    copy_out(kept.message, message, capacity);
    return result;
}
