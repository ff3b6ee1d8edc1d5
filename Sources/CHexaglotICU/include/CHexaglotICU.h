// Purpose-built ICU functions for Hexaglot. This header exposes only <stdint.h> types and opaque
// handles: ICU's own headers clash with Foundation's ICU copy when a Swift module can see them.
#ifndef CHEXAGLOT_ICU_H
#define CHEXAGLOT_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes ICU's version ("72.1") into `buffer`; returns its length.
int32_t hx_icu_version(char *buffer, int32_t capacity);

// MARK: Rule-based number formats (Chinese numerals, Roman numerals)

typedef struct hx_icu_number_format hx_icu_number_format;

/// Kinds of number format Hexaglot uses for list markers.
enum {
    HX_ICU_SPELLOUT = 0,   ///< spelled-out numbers of `locale` (zh: 十七, 二十五)
    HX_ICU_NUMBERING = 1,  ///< a numbering system named in `locale` (en@numbers=romanlow)
};

/// Opens a number format (kept for the life of the process), or returns NULL (with the ICU error name in `error`).
hx_icu_number_format *hx_icu_number_format_open(int32_t kind, const char *locale, char *error, int32_t error_capacity);
/// Parses the whole of `text`; returns 1 and sets `value` only when every code unit was consumed.
int32_t hx_icu_number_format_parse(hx_icu_number_format *format, const uint16_t *text, int32_t length, double *value);
/// Formats `value`; returns the UTF-16 length written (or needed, when larger than `capacity`), -1 on error.
int32_t hx_icu_number_format_format(hx_icu_number_format *format, int64_t value, uint16_t *buffer, int32_t capacity);
/// Writes the names of the format's public rule sets, separated by ';' ("%spellout-numbering;%spellout-ordinal;"),
/// into `buffer`; returns the UTF-16 length written (or needed, when larger than `capacity`), -1 on error.
int32_t hx_icu_number_format_rule_sets(hx_icu_number_format *format, uint16_t *buffer, int32_t capacity);
/// Formats each of `values` with the public rule set `rule_set` ("%spellout-ordinal-feminine"), leaving the
/// format's default rule set as it was: the texts one after another in `buffer`, the length of each in `lengths`
/// (-1 for a value that failed). Returns the total UTF-16 length written, or -1 when the rule set is unknown or
/// `buffer` is too small.
int32_t hx_icu_number_format_format_all_with(hx_icu_number_format *format, const uint16_t *rule_set,
                                             int32_t rule_set_length, const int64_t *values, int32_t count,
                                             uint16_t *buffer, int32_t capacity, int32_t *lengths);

// MARK: Transliteration (Traditional-Simplified)

typedef struct hx_icu_transliterator hx_icu_transliterator;

hx_icu_transliterator *hx_icu_transliterator_open(const uint16_t *id, int32_t id_length, char *error,
                                                  int32_t error_capacity);
/// Compiles a transliterator from `rules` in ICU's rule syntax (`萬 > 万;`), forward; NULL and a message in
/// `error` when they do not compile. Close it with `hx_icu_transliterator_close`.
hx_icu_transliterator *hx_icu_transliterator_open_rules(const uint16_t *rules, int32_t rules_length, char *error,
                                                        int32_t error_capacity);
void hx_icu_transliterator_close(hx_icu_transliterator *transliterator);
/// Writes the rules the transliterator runs (ICU's `toRules`: aliases followed, variables expanded) into
/// `buffer`; returns the UTF-16 length written (or needed, when larger than `capacity`), -1 on error.
int32_t hx_icu_transliterator_rules(hx_icu_transliterator *transliterator, uint16_t *buffer, int32_t capacity);
/// Transliterates `buffer` in place; returns the new length (or -1 when `capacity` is too small or ICU fails).
int32_t hx_icu_transliterate(hx_icu_transliterator *transliterator, uint16_t *buffer, int32_t length,
                             int32_t capacity);

// MARK: Normalisation

/// 1 when the UTF-8 `text` is already in NFC (checked line by line, without a whole UTF-16 copy), else 0.
int32_t hx_icu_utf8_is_nfc(const uint8_t *text, int64_t length);
/// Writes the NFC form of the UTF-8 `text` (a piece of a document ending at a line break) as UTF-8 into `out`;
/// returns the length written, or -1 on error or when `capacity` (three times the input suffices) is too small.
int64_t hx_icu_utf8_to_nfc(const uint8_t *text, int32_t length, uint8_t *out, int32_t capacity);

// MARK: Charsets

/// Best guess at the charset of `bytes`: writes its ICU name and returns the confidence (0-100), -1 on error.
int32_t hx_icu_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t name_capacity);
/// Decodes `bytes` in charset `name`, stopping at the first byte sequence that is not valid in it.
/// Returns the UTF-16 length written (or needed); -1 when the charset is unknown; -2 on an invalid sequence,
/// with its byte offset in `error_offset`.
int32_t hx_icu_decode(const char *name, const uint8_t *bytes, int32_t length, uint16_t *buffer, int32_t capacity,
                      int64_t *error_offset);

// MARK: Regular expressions

typedef struct hx_icu_regex hx_icu_regex;

/// Compiles `pattern` (ICU regular-expression syntax); NULL with the ICU error name and the error's offset in
/// `pattern` (UTF-16 units) on failure.
hx_icu_regex *hx_icu_regex_open(const uint16_t *pattern, int32_t length, char *error, int32_t error_capacity,
                                int32_t *error_offset);
void hx_icu_regex_close(hx_icu_regex *regex);
/// Finds the first match in `text` at or after UTF-16 offset `from`: returns 1 and sets `start` and `end`, or 0.
/// Not thread-safe: the handle keeps the text it searches.
int32_t hx_icu_regex_find(hx_icu_regex *regex, const uint16_t *text, int32_t length, int32_t from, int32_t *start,
                          int32_t *end);

// MARK: Sentence boundaries

typedef struct hx_icu_breaker hx_icu_breaker;

/// Opens ICU's sentence break iterator for `locale` (kept for the life of the process), or returns NULL.
hx_icu_breaker *hx_icu_sentence_breaker_open(const char *locale, char *error, int32_t error_capacity);
/// Writes the sentence boundaries of `text` (UTF-16 offsets after 0, the last one `length`) into `boundaries`;
/// returns how many there are. `capacity` must be at least `length` + 1. Not thread-safe.
int32_t hx_icu_sentence_boundaries(hx_icu_breaker *breaker, const uint16_t *text, int32_t length,
                                   int32_t *boundaries, int32_t capacity);

// MARK: Scripts

/// The ISO 15924 short name ("Hani", "Latn", "Cyrl", "Arab") of the script of `code_point`, written into `name`.
/// Returns the ICU script code (0 common, 1 inherited) or -1.
int32_t hx_icu_script(uint32_t code_point);
int32_t hx_icu_script_short_name(int32_t script, char *name, int32_t capacity);

/// Whether `code_point` is wide (East Asian Width W or F: two cells in a terminal).
int32_t hx_icu_is_wide(uint32_t code_point);

/// BCP 47 tag `tag` in its canonical form (`zh-hans-cn` → `zh-Hans-CN`) written to `out` with a terminating NUL;
/// returns its length, or -1 when `tag` is not a well-formed tag as a whole (`zh_CN`, `zh-x`, `en-a`) or its
/// language is not one of ICU's ISO 639 codes (`abcd`).
int32_t hx_icu_canonical_language_tag(const char *tag, char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
