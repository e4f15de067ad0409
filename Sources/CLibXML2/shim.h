#ifndef FOLIO_CLIBXML2_SHIM_H
#define FOLIO_CLIBXML2_SHIM_H

/* libxml2 may be built with ICU; its ICU headers clash with the copy Foundation ships.
   folio never touches libxml2's converters, so hide them (only pointers to them remain). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

/* libxml2 is loaded when a page or feed is first parsed, not when folio starts: loading it (and
   the ICU, zlib and lzma libraries it needs) costs about a millisecond, and most starts parse
   no HTML before their first screen. folio calls libxml2 only through this table. */
#define FOLIO_LIBXML2_FUNCTIONS(X) \
    X(xmlInitParser) X(xmlCreateMemoryParserCtxt) X(htmlCtxtUseOptions) \
    X(xmlFindCharEncodingHandler) X(xmlSwitchToEncoding) X(xmlStrdup) X(htmlParseDocument) \
    X(xmlFreeDoc) X(xmlFreeParserCtxt) X(xmlStopParser) X(xmlNewParserCtxt) X(xmlCtxtReadMemory) \
    X(xmlCtxtGetLastError) X(xmlDocGetRootElement) X(xmlBufferCreate) X(xmlBufferFree) \
    X(xmlNodeDump) X(xmlBufferContent) X(xmlGetDocEntity) X(htmlEntityLookup) X(xmlBufferAdd) \
    X(xmlCharEncInFunc) X(xmlCharEncCloseFunc) X(xmlBufferLength)

#define FOLIO_LIBXML2_FIELD(name) __typeof__(name) *_Nonnull name;
/* libxml2's functions folio uses, each named as in libxml2, and its deallocator. */
struct folio_libxml2 {
    FOLIO_LIBXML2_FUNCTIONS(FOLIO_LIBXML2_FIELD)
    xmlFreeFunc _Nonnull xmlFree;
};
#undef FOLIO_LIBXML2_FIELD

/* Loads libxml2 from `library` (a file name the dynamic loader searches for) and returns a new
   table of its functions, or NULL with the loader's message in `error` (a static string, or
   NULL) when the library or one of its functions cannot be found. */
static inline const struct folio_libxml2 *_Nullable folio_libxml2_load(const char *_Nonnull library,
                                                                        const char *_Nullable *_Nullable error) {
    if (error != NULL) *error = NULL;
    void *handle = dlopen(library, RTLD_LAZY | RTLD_LOCAL);
    struct folio_libxml2 *table = handle != NULL ? calloc(1, sizeof *table) : NULL;
    int complete = table != NULL;
#define FOLIO_LIBXML2_LOOKUP(name) \
    if (complete) complete = (*(void **) &table->name = dlsym(handle, #name)) != NULL;
    FOLIO_LIBXML2_FUNCTIONS(FOLIO_LIBXML2_LOOKUP)
#undef FOLIO_LIBXML2_LOOKUP
    /* xmlFree is a variable holding the deallocator. */
    xmlFreeFunc *deallocator = complete ? (xmlFreeFunc *) dlsym(handle, "xmlFree") : NULL;
    if (deallocator == NULL || *deallocator == NULL) {
        if (error != NULL) *error = dlerror();
        free(table);
        if (handle != NULL) dlclose(handle);
        return NULL;
    }
    table->xmlFree = *deallocator;
    table->xmlInitParser();
    return table;
}

/* The parser options folio uses: recover from bad markup, stay silent, never touch the network.
   Without XML_PARSE_HUGE, libxml2 keeps its nesting limit, so hostile pages stay bounded. */
static inline int folio_html_parse_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT;
}

/* The `size` bytes of `text` in `encoding` converted to UTF-8 by libxml2's converter, as far as
   they convert, in a new buffer to free with xmlBufferFree; NULL when libxml2 knows no such
   encoding (or has no memory). */
static inline xmlBufferPtr _Nullable folio_convert_to_utf8(const struct folio_libxml2 *_Nonnull xml, const char *encoding,
                                                          const char *text, int size) {
    xmlCharEncodingHandlerPtr converter = xml->xmlFindCharEncodingHandler(encoding);
    if (converter == NULL) return NULL;
    xmlBufferPtr in = xml->xmlBufferCreate(), out = xml->xmlBufferCreate();
    if (in != NULL && out != NULL && xml->xmlBufferAdd(in, (const xmlChar *) text, size) == 0) {
        (void) xml->xmlCharEncInFunc(converter, out, in);
    } else if (out != NULL) {
        xml->xmlBufferFree(out);
        out = NULL;
    }
    if (in != NULL) xml->xmlBufferFree(in);
    xml->xmlCharEncCloseFunc(converter);
    return out;
}

/* Whether libxml2's converter for `encoding` reads the `size` ASCII bytes of `text` as themselves:
   1 if it does, 0 if it reads other characters (UTF-16, UTF-32 and EBCDIC do: a page whose ASCII
   bytes declare one of them contradicts itself), -1 when libxml2 knows no such encoding. */
static inline int folio_encoding_reads_ascii(const struct folio_libxml2 *_Nonnull xml, const char *encoding,
                                             const char *text, int size) {
    xmlBufferPtr converted = folio_convert_to_utf8(xml, encoding, text, size);
    if (converted == NULL) return -1;
    int same = xml->xmlBufferLength(converted) == size
        && memcmp(xml->xmlBufferContent(converted), text, (size_t) size) == 0;
    xml->xmlBufferFree(converted);
    return same;
}

/* libxml2 2.9's htmlReadMemory (through `xml`) with `handler` in place of its tree builder: the same parser
   context, options and encoding handling, so `handler` gets exactly the events the tree builder
   would. An encoding libxml2 knows is used and recorded, which makes the parser ignore a later
   <meta charset> (folio has read the page's declarations already); an unknown name leaves the
   parser's own detection. The handler's functions are called with the parser context, whose
   `_private` is `builder`. Returns 0 when the parser could not start (no memory). */
static inline int folio_html_parse(const struct folio_libxml2 *_Nonnull xml, const char *buffer, int size,
                                   const char *encoding, const htmlSAXHandler *handler, void *builder) {
    xmlParserCtxtPtr ctxt = xml->xmlCreateMemoryParserCtxt(buffer, size);
    if (ctxt == NULL) return 0;
    if (ctxt->sax != NULL) memcpy(ctxt->sax, handler, sizeof(xmlSAXHandlerV1));
    ctxt->_private = builder;
    xml->htmlCtxtUseOptions(ctxt, folio_html_parse_options());
    ctxt->html = 1;
    xmlCharEncodingHandlerPtr converter = xml->xmlFindCharEncodingHandler(encoding);
    if (converter != NULL && ctxt->input != NULL) {
        xml->xmlSwitchToEncoding(ctxt, converter);
        if (ctxt->input->encoding != NULL) xml->xmlFree((xmlChar *) ctxt->input->encoding);
        ctxt->input->encoding = xml->xmlStrdup((const xmlChar *) encoding);
    }
    xml->htmlParseDocument(ctxt);
    ctxt->_private = NULL;
    if (ctxt->myDoc != NULL) xml->xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    xml->xmlFreeParserCtxt(ctxt);
    return 1;
}

#endif
