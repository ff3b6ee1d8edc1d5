// Purpose-built libxml2 functions for Hexaglot. Only <stdint.h> types cross this header: libxml2's headers
// include ICU's on Debian, which clash with Foundation's ICU copy in any Swift module that sees them.
#ifndef CHEXAGLOT_XML_H
#define CHEXAGLOT_XML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the libxml2 version the program runs with ("2.9.14") into `buffer`; returns its length.
int32_t hx_xml_version(char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
