// ICUShim: a small, version-independent C facade over the system ICU.
//
// Debian's ICU renames every C function with a version suffix (`utrans_openU_72`)
// through macros that Swift cannot see, and Foundation on Linux carries its own,
// different ICU headers. This header therefore uses only <stdint.h> types and
// opaque pointers; the ICU headers are included by ICUShim.c alone.
//
// Every function that can fail takes an `int32_t *status` in/out parameter that
// holds an ICU UErrorCode: zero or negative is success, positive is failure.
// Use `sanctions_icu_error_name` to describe a failure.

#ifndef SANCTIONS_ICU_SHIM_H
#define SANCTIONS_ICU_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's UErrorCode for a destination buffer that is too small.
#define SANCTIONS_ICU_BUFFER_OVERFLOW 15

/// Writing systems the normalizer distinguishes; everything else is `OTHER`.
typedef enum {
  SANCTIONS_SCRIPT_COMMON = 0,     // digits, punctuation, symbols shared by all scripts
  SANCTIONS_SCRIPT_INHERITED = 1,  // combining marks that take the script of their base
  SANCTIONS_SCRIPT_LATIN = 2,
  SANCTIONS_SCRIPT_CYRILLIC = 3,
  SANCTIONS_SCRIPT_GREEK = 4,
  SANCTIONS_SCRIPT_ARABIC = 5,
  SANCTIONS_SCRIPT_HEBREW = 6,
  SANCTIONS_SCRIPT_HAN = 7,
  SANCTIONS_SCRIPT_HANGUL = 8,
  SANCTIONS_SCRIPT_HIRAGANA = 9,
  SANCTIONS_SCRIPT_KATAKANA = 10,
  SANCTIONS_SCRIPT_GEORGIAN = 11,
  SANCTIONS_SCRIPT_ARMENIAN = 12,
  SANCTIONS_SCRIPT_THAI = 13,
  SANCTIONS_SCRIPT_DEVANAGARI = 14,
  SANCTIONS_SCRIPT_OTHER = 15,
  SANCTIONS_SCRIPT_LAO = 16,
  SANCTIONS_SCRIPT_KHMER = 17,
  SANCTIONS_SCRIPT_MYANMAR = 18,
} sanctions_script_t;

/// The ICU major version the shim was compiled against (e.g. 72).
int32_t sanctions_icu_version_major(void);

/// A short, static, human-readable name for an ICU status code.
const char *sanctions_icu_error_name(int32_t status);

/// The script of one code point, in the shim's own numbering.
sanctions_script_t sanctions_icu_script(uint32_t codePoint);

/// ICU's own script code (a `UScriptCode`) of one code point, or -1 on
/// failure. Distinguishes every script Unicode knows (tests enumerate them).
int32_t sanctions_icu_script_code(uint32_t codePoint);

/// ICU's long name of a script code (`Khmer`), or NULL for an unknown code.
const char *sanctions_icu_script_name(int32_t scriptCode);

/// NFKC case folding (which also removes default-ignorable code points such as
/// ZWSP, ZWJ, soft hyphen and BOM). Returns the length of the result; when it
/// exceeds `capacity` the status is SANCTIONS_ICU_BUFFER_OVERFLOW and the
/// caller retries with a larger buffer.
int32_t sanctions_icu_nfkc_casefold(const uint16_t *source, int32_t length,
                                    uint16_t *destination, int32_t capacity,
                                    int32_t *status);

/// NFD decomposition, with the same buffer protocol as `sanctions_icu_nfkc_casefold`.
int32_t sanctions_icu_nfd(const uint16_t *source, int32_t length,
                          uint16_t *destination, int32_t capacity,
                          int32_t *status);

/// Opens a transliterator from an ICU transform ID (UTF-16). Costly (about
/// 1.5 ms): open once and `clone` per thread. Returns NULL on failure.
void *sanctions_icu_transliterator_open(const uint16_t *id, int32_t idLength,
                                        int32_t *status);

/// Clones an open transliterator (about 1 µs). Returns NULL on failure.
void *sanctions_icu_transliterator_clone(const void *transliterator,
                                         int32_t *status);

/// Closes a transliterator returned by `open` or `clone`. NULL is ignored.
void sanctions_icu_transliterator_close(void *transliterator);

/// Transliterates `text[0..<length]` in place. Returns the new length; when it
/// exceeds `capacity` the status is SANCTIONS_ICU_BUFFER_OVERFLOW, `text` is
/// unspecified and the caller retries from its own copy with more capacity.
int32_t sanctions_icu_transliterate(const void *transliterator, uint16_t *text,
                                    int32_t length, int32_t capacity,
                                    int32_t *status);

/// Opens a spoof checker used for confusable skeletons. Returns NULL on failure.
void *sanctions_icu_spoof_open(int32_t *status);

/// Closes a spoof checker. NULL is ignored.
void sanctions_icu_spoof_close(void *checker);

/// The UTS #39 confusable skeleton of `source`, with the buffer protocol of
/// `sanctions_icu_nfkc_casefold`.
int32_t sanctions_icu_spoof_skeleton(const void *checker, const uint16_t *source,
                                     int32_t length, uint16_t *destination,
                                     int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
