#ifndef CNCURSESW_H
#define CNCURSESW_H
/* Wide-character curses must be requested before <curses.h>: it exposes cchar_t, get_wch,
   setcchar and mvadd_wch. SwiftPM drops -D flags from pkg-config, so they live here. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <string.h>
#include <wchar.h>
#include <curses.h>

/* Globals and macros Swift cannot import (or rejects under strict concurrency) are read
   through these wrappers. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_key_f(int n) { return KEY_F(n); }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_err(void) { return ERR; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
/* The locale from the environment, with a UTF-8 character type whatever it says: LANG may
   name a language whose locale data this machine lacks (ko_KR.UTF-8 where only C.UTF-8 is
   installed) or be plain C; the station picks its language itself and always draws Unicode. */
static inline int cn_set_locale_all(void) {
    int ok = setlocale(LC_ALL, "") != 0;
    const char *codeset = nl_langinfo(CODESET);
    if (ok && codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    static const char *const utf8[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8" };
    for (unsigned i = 0; i < sizeof utf8 / sizeof utf8[0]; i++) {
        if (setlocale(LC_CTYPE, utf8[i]) != 0) return 1;
    }
    return ok;
}

/* Writes one grapheme (up to CCHARW_MAX code points: a base and its combining marks) at
   (y, x) with the given attributes and colour pair. */
static inline int cn_put(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, chars, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &c);
}

/* Reads one key or character; returns the get_wch status (OK, KEY_CODE_YES or ERR). */
static inline int cn_get_wch(unsigned int *out) {
    wint_t w = 0;
    int rc = get_wch(&w);
    *out = (unsigned int)w;
    return rc;
}
#endif
