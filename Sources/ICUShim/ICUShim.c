// ICUShim.c: the only translation unit that includes ICU's headers.

#include "ICUShim.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits");
_Static_assert(U_BUFFER_OVERFLOW_ERROR == SANCTIONS_ICU_BUFFER_OVERFLOW,
               "ICU buffer overflow code changed");

int32_t sanctions_icu_version_major(void) { return U_ICU_VERSION_MAJOR_NUM; }

const char *sanctions_icu_error_name(int32_t status) {
  return u_errorName((UErrorCode)status);
}

sanctions_script_t sanctions_icu_script(uint32_t codePoint) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)codePoint, &status);
  if (U_FAILURE(status)) return SANCTIONS_SCRIPT_OTHER;
  switch (script) {
    case USCRIPT_COMMON: return SANCTIONS_SCRIPT_COMMON;
    case USCRIPT_INHERITED: return SANCTIONS_SCRIPT_INHERITED;
    case USCRIPT_LATIN: return SANCTIONS_SCRIPT_LATIN;
    case USCRIPT_CYRILLIC: return SANCTIONS_SCRIPT_CYRILLIC;
    case USCRIPT_GREEK: return SANCTIONS_SCRIPT_GREEK;
    case USCRIPT_ARABIC: return SANCTIONS_SCRIPT_ARABIC;
    case USCRIPT_HEBREW: return SANCTIONS_SCRIPT_HEBREW;
    case USCRIPT_HAN: return SANCTIONS_SCRIPT_HAN;
    case USCRIPT_HANGUL: return SANCTIONS_SCRIPT_HANGUL;
    case USCRIPT_HIRAGANA: return SANCTIONS_SCRIPT_HIRAGANA;
    case USCRIPT_KATAKANA: return SANCTIONS_SCRIPT_KATAKANA;
    case USCRIPT_GEORGIAN: return SANCTIONS_SCRIPT_GEORGIAN;
    case USCRIPT_ARMENIAN: return SANCTIONS_SCRIPT_ARMENIAN;
    case USCRIPT_THAI: return SANCTIONS_SCRIPT_THAI;
    case USCRIPT_DEVANAGARI: return SANCTIONS_SCRIPT_DEVANAGARI;
    case USCRIPT_LAO: return SANCTIONS_SCRIPT_LAO;
    case USCRIPT_KHMER: return SANCTIONS_SCRIPT_KHMER;
    case USCRIPT_MYANMAR: return SANCTIONS_SCRIPT_MYANMAR;
    default: return SANCTIONS_SCRIPT_OTHER;
  }
}

int32_t sanctions_icu_script_code(uint32_t codePoint) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)codePoint, &status);
  if (U_FAILURE(status)) return -1;
  return (int32_t)script;
}

const char *sanctions_icu_script_name(int32_t scriptCode) {
  return uscript_getName((UScriptCode)scriptCode);
}

static int32_t normalize_with(const UNormalizer2 *normalizer, const uint16_t *source,
                              int32_t length, uint16_t *destination, int32_t capacity,
                              int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  if (normalizer == NULL) {
    *status = U_INTERNAL_PROGRAM_ERROR;
    return 0;
  }
  int32_t result = unorm2_normalize(normalizer, (const UChar *)source, length,
                                    (UChar *)destination, capacity, &code);
  *status = code;
  return result;
}

int32_t sanctions_icu_nfkc_casefold(const uint16_t *source, int32_t length,
                                    uint16_t *destination, int32_t capacity,
                                    int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = unorm2_getNFKCCasefoldInstance(&code);
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  return normalize_with(normalizer, source, length, destination, capacity, status);
}

int32_t sanctions_icu_nfd(const uint16_t *source, int32_t length, uint16_t *destination,
                          int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = unorm2_getNFDInstance(&code);
  if (U_FAILURE(code)) {
    *status = code;
    return 0;
  }
  return normalize_with(normalizer, source, length, destination, capacity, status);
}

void *sanctions_icu_transliterator_open(const uint16_t *id, int32_t idLength,
                                        int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UParseError parseError;
  UTransliterator *result = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD,
                                         NULL, 0, &parseError, &code);
  *status = code;
  if (U_FAILURE(code)) {
    if (result != NULL) utrans_close(result);
    return NULL;
  }
  return result;
}

void *sanctions_icu_transliterator_clone(const void *transliterator, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  UTransliterator *result = utrans_clone((const UTransliterator *)transliterator, &code);
  *status = code;
  if (U_FAILURE(code)) {
    if (result != NULL) utrans_close(result);
    return NULL;
  }
  return result;
}

void sanctions_icu_transliterator_close(void *transliterator) {
  if (transliterator != NULL) utrans_close((UTransliterator *)transliterator);
}

int32_t sanctions_icu_transliterate(const void *transliterator, uint16_t *text,
                                    int32_t length, int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t textLength = length;
  int32_t limit = length;
  utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, &textLength,
                     capacity, 0, &limit, &code);
  *status = code;
  return textLength;
}

void *sanctions_icu_spoof_open(int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  USpoofChecker *checker = uspoof_open(&code);
  *status = code;
  if (U_FAILURE(code)) {
    if (checker != NULL) uspoof_close(checker);
    return NULL;
  }
  return checker;
}

void sanctions_icu_spoof_close(void *checker) {
  if (checker != NULL) uspoof_close((USpoofChecker *)checker);
}

int32_t sanctions_icu_spoof_skeleton(const void *checker, const uint16_t *source,
                                     int32_t length, uint16_t *destination,
                                     int32_t capacity, int32_t *status) {
  UErrorCode code = U_ZERO_ERROR;
  int32_t result = uspoof_getSkeleton((const USpoofChecker *)checker, 0,
                                      (const UChar *)source, length, (UChar *)destination,
                                      capacity, &code);
  *status = code;
  return result;
}
