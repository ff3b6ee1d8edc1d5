// Only for libxml2's include path (pkg-config); CHexaglotXML includes the real headers in its .c file.
#include <libxml/xmlversion.h>
