#ifndef FOLIO_CLIBXML2_SHIM_H
#define FOLIO_CLIBXML2_SHIM_H

/* libxml2 may be built with ICU; its ICU headers clash with the copy Foundation ships.
   folio never touches libxml2's converters, so hide them (only pointers to them remain). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <string.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* The parser options folio uses: recover from bad markup, stay silent, never touch the network.
   Without XML_PARSE_HUGE, libxml2 keeps its nesting limit, so hostile pages stay bounded. */
static inline int folio_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT;
}

/* libxml2 2.9's htmlReadMemory with `handler` in place of its tree builder: the same parser
   context, options and encoding handling, so `handler` gets exactly the events the tree builder
   would. An encoding libxml2 knows is used and recorded, which makes the parser ignore a later
   <meta charset> (folio has read the page's declarations already); an unknown name leaves the
   parser's own detection. The handler's functions are called with the parser context, whose
   `_private` is `builder`. Returns 0 when the parser could not start (no memory). */
static inline int folio_html_parse(const char *buffer, int size, const char *encoding,
                                   const htmlSAXHandler *handler, void *builder) {
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return 0;
    if (ctxt->sax != NULL) memcpy(ctxt->sax, handler, sizeof(xmlSAXHandlerV1));
    ctxt->_private = builder;
    htmlCtxtUseOptions(ctxt, folio_html_parse_options());
    ctxt->html = 1;
    xmlCharEncodingHandlerPtr converter = xmlFindCharEncodingHandler(encoding);
    if (converter != NULL && ctxt->input != NULL) {
        xmlSwitchToEncoding(ctxt, converter);
        if (ctxt->input->encoding != NULL) xmlFree((xmlChar *) ctxt->input->encoding);
        ctxt->input->encoding = xmlStrdup((const xmlChar *) encoding);
    }
    htmlParseDocument(ctxt);
    ctxt->_private = NULL;
    if (ctxt->myDoc != NULL) xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    xmlFreeParserCtxt(ctxt);
    return 1;
}

#endif
