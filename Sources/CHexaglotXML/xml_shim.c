// The only file that includes libxml2 headers.
#include "CHexaglotXML.h"

#include <libxml/parser.h>
#include <libxml/xmlversion.h>
#include <stdio.h>
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
