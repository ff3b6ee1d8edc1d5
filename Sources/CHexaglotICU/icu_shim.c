// The only file that includes ICU headers. Each function converts ICU's types to the plain ones of
// CHexaglotICU.h and frees what it opened before returning.
#include "CHexaglotICU.h"

#include <stdlib.h>
#include <unicode/ubrk.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/udata.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uregex.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

static void copy_error(UErrorCode status, char *error, int32_t capacity) {
    if (error == NULL || capacity <= 0) return;
    strncpy(error, u_errorName(status), (size_t)capacity - 1);
    error[capacity - 1] = '\0';
}

int32_t hx_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    int32_t length = (int32_t)strlen(text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = '\0';
    }
    return length;
}

hx_icu_number_format *hx_icu_number_format_open(int32_t kind, const char *locale, char *error,
                                                int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormatStyle style = kind == HX_ICU_SPELLOUT ? UNUM_SPELLOUT : UNUM_NUMBERING_SYSTEM;
    UNumberFormat *format = unum_open(style, NULL, 0, locale, NULL, &status);
    if (U_FAILURE(status)) {
        copy_error(status, error, error_capacity);
        if (format != NULL) unum_close(format);
        return NULL;
    }
    // Parse "十七" exactly as written: lenient parsing would accept partial or fuzzy matches.
    unum_setAttribute(format, UNUM_LENIENT_PARSE, 0);
    return (hx_icu_number_format *)format;
}

int32_t hx_icu_number_format_parse(hx_icu_number_format *format, const uint16_t *text, int32_t length,
                                   double *value) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t position = 0;
    double result = unum_parseDouble((const UNumberFormat *)format, (const UChar *)text, length, &position, &status);
    if (U_FAILURE(status) || position != length) return 0;
    *value = result;
    return 1;
}

int32_t hx_icu_number_format_format(hx_icu_number_format *format, int64_t value, uint16_t *buffer,
                                    int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unum_formatInt64((const UNumberFormat *)format, value, (UChar *)buffer, capacity, NULL, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return length;
    if (U_FAILURE(status)) return -1;
    return length;
}

int32_t hx_icu_number_format_rule_sets(hx_icu_number_format *format, uint16_t *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unum_getTextAttribute((const UNumberFormat *)format, UNUM_PUBLIC_RULESETS, (UChar *)buffer,
                                           capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return length;
    if (U_FAILURE(status)) return -1;
    return length;
}

int32_t hx_icu_number_format_format_all_with(hx_icu_number_format *format, const uint16_t *rule_set,
                                             int32_t rule_set_length, const int64_t *values, int32_t count,
                                             uint16_t *buffer, int32_t capacity, int32_t *lengths) {
    UNumberFormat *number_format = (UNumberFormat *)format;
    UErrorCode status = U_ZERO_ERROR;
    UChar previous[128];
    int32_t previous_length = unum_getTextAttribute(number_format, UNUM_DEFAULT_RULESET, previous,
                                                    (int32_t)(sizeof previous / sizeof *previous), &status);
    if (U_FAILURE(status) || previous_length >= (int32_t)(sizeof previous / sizeof *previous)) return -1;
    // Setting a rule set looks it up by name: once for all the values, not once a value.
    unum_setTextAttribute(number_format, UNUM_DEFAULT_RULESET, (const UChar *)rule_set, rule_set_length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t used = 0;
    int32_t result = 0;
    for (int32_t index = 0; index < count; index++) {
        UErrorCode format_status = U_ZERO_ERROR;
        int32_t length = unum_formatInt64(number_format, values[index], (UChar *)buffer + used, capacity - used,
                                          NULL, &format_status);
        if (format_status == U_BUFFER_OVERFLOW_ERROR || format_status == U_STRING_NOT_TERMINATED_WARNING) {
            if (used + length > capacity) {
                result = -1;
                break;
            }
        }
        if (U_FAILURE(format_status)) {
            lengths[index] = -1;
            continue;
        }
        lengths[index] = length;
        used += length;
    }
    // The default rule set is what parsing and plain formatting use: put it back whatever happened.
    UErrorCode restore = U_ZERO_ERROR;
    unum_setTextAttribute(number_format, UNUM_DEFAULT_RULESET, previous, previous_length, &restore);
    return result < 0 ? -1 : used;
}

// Opens a rule-based transliterator straight from its rules in ICU's translit data, following aliases
// ("Traditional-Simplified" -> "Hant-Hans"). Opening by ID builds ICU's registry of about a thousand
// transliterators first, which costs four times as much as compiling the one rule set needed.
static UTransliterator *open_from_rules(const uint16_t *id, int32_t id_length) {
    char key[96];
    if (id_length <= 0 || id_length >= (int32_t)sizeof key) return NULL;
    u_austrncpy(key, (const UChar *)id, id_length);
    key[id_length] = '\0';
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *root = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "translit", "root", &status);
    UResourceBundle *ids = ures_getByKey(root, "RuleBasedTransliteratorIDs", NULL, &status);
    UResourceBundle *entry = NULL;
    UResourceBundle *file = NULL;
    UTransliterator *result = NULL;
    for (int hops = 0; hops < 4 && U_SUCCESS(status); hops++) {
        entry = ures_getByKey(ids, key, entry, &status);
        if (U_FAILURE(status)) break;
        UErrorCode aliasStatus = U_ZERO_ERROR;
        int32_t length = 0;
        const UChar *alias = ures_getStringByKey(entry, "alias", &length, &aliasStatus);
        if (U_SUCCESS(aliasStatus)) {
            if (length <= 0 || length >= (int32_t)sizeof key) break;
            u_austrncpy(key, alias, length);
            key[length] = '\0';
            continue;
        }
        file = ures_getByKey(entry, "file", file, &status);
        int32_t rulesLength = 0;
        int32_t directionLength = 0;
        const UChar *rules = ures_getStringByKey(file, "resource", &rulesLength, &status);
        const UChar *direction = ures_getStringByKey(file, "direction", &directionLength, &status);
        if (U_FAILURE(status)) break;
        UTransDirection dir = (directionLength > 0 && direction[0] == (UChar)0x52) ? UTRANS_REVERSE : UTRANS_FORWARD;
        UParseError parseError;
        result = utrans_openU((const UChar *)id, id_length, dir, rules, rulesLength, &parseError, &status);
        if (U_FAILURE(status) && result != NULL) {
            utrans_close(result);
            result = NULL;
        }
        break;
    }
    if (file != NULL) ures_close(file);
    if (entry != NULL) ures_close(entry);
    if (ids != NULL) ures_close(ids);
    if (root != NULL) ures_close(root);
    return result;
}

// Opens a transliterator by ID, or from `rules` when given (forward), with ICU's error in `error` on failure.
static hx_icu_transliterator *open_checked(const UChar *id, int32_t id_length, const UChar *rules,
                                           int32_t rules_length, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *transliterator =
        utrans_openU(id, id_length, UTRANS_FORWARD, rules, rules_length, &parseError, &status);
    if (U_FAILURE(status)) {
        copy_error(status, error, error_capacity);
        if (transliterator != NULL) utrans_close(transliterator);
        return NULL;
    }
    return (hx_icu_transliterator *)transliterator;
}

hx_icu_transliterator *hx_icu_transliterator_open(const uint16_t *id, int32_t id_length, char *error,
                                                  int32_t error_capacity) {
    UTransliterator *fromRules = open_from_rules(id, id_length);
    if (fromRules != NULL) return (hx_icu_transliterator *)fromRules;
    return open_checked((const UChar *)id, id_length, NULL, 0, error, error_capacity);
}

hx_icu_transliterator *hx_icu_transliterator_open_rules(const uint16_t *rules, int32_t rules_length, char *error,
                                                        int32_t error_capacity) {
    static const UChar id[] = {'h', 'e', 'x', 'a', 'g', 'l', 'o', 't', 0};
    return open_checked(id, -1, (const UChar *)rules, rules_length, error, error_capacity);
}

void hx_icu_transliterator_close(hx_icu_transliterator *transliterator) {
    if (transliterator != NULL) utrans_close((UTransliterator *)transliterator);
}

int32_t hx_icu_transliterator_rules(hx_icu_transliterator *transliterator, uint16_t *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = utrans_toRules((const UTransliterator *)transliterator, 0, (UChar *)buffer, capacity, &status);
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) return -1;
    return length;
}

int32_t hx_icu_transliterate(hx_icu_transliterator *transliterator, uint16_t *buffer, int32_t length,
                             int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)buffer, &length, capacity, 0, &limit,
                       &status);
    if (U_FAILURE(status)) return -1;
    return length;
}

int32_t hx_icu_utf8_is_nfc(const uint8_t *text, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return 0;
    enum { CHUNK = 1 << 16 };
    static __thread UChar buffer[CHUNK + 4];
    int64_t start = 0;
    while (start < length) {
        // Chunks end after a line feed (or at the end): no composition crosses a line break, and no UTF-8
        // sequence is cut in two. A line longer than a chunk is cut before a lead byte instead.
        int64_t end = start + CHUNK / 2 < length ? start + CHUNK / 2 : length;
        if (end < length) {
            int64_t cut = end;
            while (cut > start && text[cut - 1] != '\n') cut--;
            if (cut == start) {
                while (end > start && (text[end] & 0xC0) == 0x80) end--;
            } else {
                end = cut;
            }
        }
        int32_t units = 0;
        u_strFromUTF8(buffer, CHUNK, &units, (const char *)text + start, (int32_t)(end - start), &status);
        if (U_FAILURE(status)) return 0;
        // The full check, not the quick one: Arabic marks such as U+0654 are "maybe" in a quick check.
        if (!unorm2_isNormalized(nfc, buffer, units, &status) || U_FAILURE(status)) return 0;
        start = end;
    }
    return 1;
}

int64_t hx_icu_utf8_to_nfc(const uint8_t *text, int32_t length, uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    // UTF-8 needs at least one byte a UTF-16 unit, and NFC at most triples the length.
    UChar *source = malloc(sizeof(UChar) * ((size_t)length + 1));
    UChar *normalized = malloc(sizeof(UChar) * (3 * (size_t)length + 16));
    int64_t result = -1;
    if (source != NULL && normalized != NULL) {
        int32_t units = 0;
        u_strFromUTF8(source, length + 1, &units, (const char *)text, length, &status);
        int32_t normalizedLength = unorm2_normalize(nfc, source, units, normalized, 3 * length + 16, &status);
        int32_t written = 0;
        u_strToUTF8((char *)out, capacity, &written, normalized, normalizedLength, &status);
        if (U_SUCCESS(status) && status != U_STRING_NOT_TERMINATED_WARNING && written <= capacity) result = written;
        if (status == U_STRING_NOT_TERMINATED_WARNING && written <= capacity) result = written;
    }
    free(source);
    free(normalized);
    return result;
}

int32_t hx_icu_detect_charset(const uint8_t *bytes, int32_t length, char *name, int32_t name_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    int32_t confidence = -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    if (U_SUCCESS(status) && match != NULL) {
        const char *matchName = ucsdet_getName(match, &status);
        confidence = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && name_capacity > 0) {
            strncpy(name, matchName, (size_t)name_capacity - 1);
            name[name_capacity - 1] = '\0';
        }
    }
    ucsdet_close(detector);
    return U_SUCCESS(status) ? confidence : -1;
}

int32_t hx_icu_decode(const char *name, const uint8_t *bytes, int32_t length, uint16_t *buffer, int32_t capacity,
                      int64_t *error_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name, &status);
    if (U_FAILURE(status)) return -1;
    // Stop at the first invalid sequence instead of substituting U+FFFD: a reviser must hear about it.
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    UChar *target = (UChar *)buffer;
    const char *source = (const char *)bytes;
    ucnv_toUnicode(converter, &target, (UChar *)buffer + capacity, &source, (const char *)bytes + length, NULL, 1,
                   &status);
    int32_t result;
    if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) {
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalidLength, &ignored);
        *error_offset = (int64_t)(source - (const char *)bytes) - (U_SUCCESS(ignored) ? invalidLength : 0);
        result = -2;
    } else if (status == U_BUFFER_OVERFLOW_ERROR) {
        result = capacity + 1;
    } else if (U_FAILURE(status)) {
        result = -1;
    } else {
        result = (int32_t)(target - (UChar *)buffer);
    }
    ucnv_close(converter);
    return result;
}

int32_t hx_icu_script(uint32_t code_point) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)code_point, &status);
    return U_SUCCESS(status) ? (int32_t)script : -1;
}

int32_t hx_icu_script_short_name(int32_t script, char *name, int32_t capacity) {
    const char *shortName = uscript_getShortName((UScriptCode)script);
    if (shortName == NULL || capacity <= 0) return -1;
    strncpy(name, shortName, (size_t)capacity - 1);
    name[capacity - 1] = '\0';
    return (int32_t)strlen(shortName);
}

int32_t hx_icu_is_wide(uint32_t code_point) {
    int32_t width = u_getIntPropertyValue((UChar32)code_point, UCHAR_EAST_ASIAN_WIDTH);
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

int32_t hx_icu_canonical_language_tag(const char *tag, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    char locale[ULOC_FULLNAME_CAPACITY];
    int32_t parsed = 0;
    int32_t length = uloc_forLanguageTag(tag, locale, (int32_t)sizeof locale, &parsed, &status);
    // ICU reads the longest well-formed prefix: the tag is well-formed only when it read all of it.
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || length <= 0 ||
        parsed != (int32_t)strlen(tag)) {
        return -1;
    }
    // Well-formed is not enough (`abcd` is shaped like a language): the language must be one ICU knows.
    char language[ULOC_LANG_CAPACITY];
    status = U_ZERO_ERROR;
    uloc_getLanguage(locale, language, (int32_t)sizeof language, &status);
    if (U_FAILURE(status) || language[0] == '\0') return -1;
    int known = 0;
    for (const char *const *code = uloc_getISOLanguages(); *code != NULL; code++) {
        if (strcmp(*code, language) == 0) {
            known = 1;
            break;
        }
    }
    if (!known) return -1;
    status = U_ZERO_ERROR;
    int32_t written = uloc_toLanguageTag(locale, out, capacity, 1, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || written >= capacity) return -1;
    return written;
}

hx_icu_regex *hx_icu_regex_open(const uint16_t *pattern, int32_t length, char *error, int32_t error_capacity,
                                int32_t *error_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError;
    URegularExpression *regex = uregex_open((const UChar *)pattern, length, 0, &parseError, &status);
    if (U_FAILURE(status)) {
        copy_error(status, error, error_capacity);
        *error_offset = parseError.offset;
        if (regex != NULL) uregex_close(regex);
        return NULL;
    }
    return (hx_icu_regex *)regex;
}

void hx_icu_regex_close(hx_icu_regex *regex) {
    if (regex != NULL) uregex_close((URegularExpression *)regex);
}

int32_t hx_icu_regex_find(hx_icu_regex *regex, const uint16_t *text, int32_t length, int32_t from, int32_t *start,
                          int32_t *end) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *expression = (URegularExpression *)regex;
    uregex_setText(expression, (const UChar *)text, length, &status);
    if (U_FAILURE(status) || !uregex_find(expression, from, &status) || U_FAILURE(status)) return 0;
    *start = uregex_start(expression, 0, &status);
    *end = uregex_end(expression, 0, &status);
    return U_SUCCESS(status);
}

hx_icu_breaker *hx_icu_sentence_breaker_open(const char *locale, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        copy_error(status, error, error_capacity);
        if (breaker != NULL) ubrk_close(breaker);
        return NULL;
    }
    return (hx_icu_breaker *)breaker;
}

int32_t hx_icu_sentence_boundaries(hx_icu_breaker *breaker, const uint16_t *text, int32_t length,
                                   int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = (UBreakIterator *)breaker;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t boundary = ubrk_next(iterator); boundary != UBRK_DONE && count < capacity;
         boundary = ubrk_next(iterator)) {
        boundaries[count++] = boundary;
    }
    // Forget the caller's buffer: the next caller may free it.
    static const UChar nothing[1] = {0};
    status = U_ZERO_ERROR;
    ubrk_setText(iterator, nothing, 0, &status);
    return count;
}
