#ifndef FOLIO_CNCURSESW_SHIM_H
#define FOLIO_CNCURSESW_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 rejects reading C globals and cannot see function-like macros:
   wrap what folio needs in static inline functions. */
static inline WINDOW *folio_stdscr(void) { return stdscr; }
static inline WINDOW *folio_curscr(void) { return curscr; }
static inline int folio_lines(void) { return LINES; }
static inline int folio_cols(void) { return COLS; }
static inline int folio_colors(void) { return COLORS; }
static inline int folio_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t folio_a_normal(void) { return A_NORMAL; }
static inline attr_t folio_a_bold(void) { return A_BOLD; }
static inline attr_t folio_a_dim(void) { return A_DIM; }
static inline attr_t folio_a_italic(void) { return A_ITALIC; }
static inline attr_t folio_a_underline(void) { return A_UNDERLINE; }
static inline attr_t folio_a_reverse(void) { return A_REVERSE; }
static inline int folio_key_resize(void) { return KEY_RESIZE; }
static inline int folio_key_mouse(void) { return KEY_MOUSE; }
static inline int folio_key_f(int n) { return KEY_F(n); }
static inline mmask_t folio_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t folio_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t folio_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t folio_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t folio_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/* The standard streams, which Swift 6 cannot read as C globals. */
static inline FILE *folio_stdin(void) { return stdin; }
static inline FILE *folio_stdout(void) { return stdout; }

/* Columns the C library gives a character (what ncurses uses); hidden by glibc without
   _XOPEN_SOURCE, so declared here. */
extern int wcwidth(wchar_t);
static inline int folio_wcwidth(wchar_t character) { return wcwidth(character); }

/* The codeset of the current locale, e.g. "UTF-8". */
static inline const char *folio_codeset(void) { return nl_langinfo(CODESET); }

/* Fills a complex character with an extended colour pair (pair numbers above 32767). */
static inline int folio_setcchar(cchar_t *cell, const wchar_t *text, attr_t attributes, int pair) {
    return setcchar(cell, text, attributes, 0, &pair);
}

/* Reads the pending mouse event: fills x, y and the button state; ERR when none. */
static inline int folio_getmouse(int *x, int *y, unsigned long *buttons) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    *buttons = (unsigned long)event.bstate;
    return OK;
}

/* The size of the standard screen. */
static inline void folio_screen_size(int *width, int *height) {
    *width = getmaxx(stdscr);
    *height = getmaxy(stdscr);
}

#endif
