#ifndef FOLIO_CLIBXML2_SHIM_H
#define FOLIO_CLIBXML2_SHIM_H

/* libxml2 may be built with ICU; its ICU headers clash with the copy Foundation ships.
   folio never touches libxml2's converters, so hide them (only pointers to them remain). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* The parser options folio uses: recover from bad markup, stay silent, never touch the network.
   Without XML_PARSE_HUGE, libxml2 keeps its nesting limit, so hostile pages stay bounded. */
static inline int folio_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT;
}

#endif
