// The UI's one string table: every user-visible string has a key, English and Dutch.
// The table is split by view into src/ui/strings_<view>.inc files (one owner each) and
// assembled in i18n.cpp; a compile-time check rejects an entry missing either language and
// a test checks that every tr() key used in src/ui exists.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include "core/enums.hpp"

namespace air::ui {

struct Str {
    const char* key;
    const char* en;
    const char* nl;
};

Lang lang();
void setLang(Lang lang);

// The text for `key` in the current language; the key itself (visibly wrong) when unknown.
const char* tr(std::string_view key);
const char* tr(std::string_view key, Lang lang);
bool hasKey(std::string_view key);

// tr() with {0}, {1}... replaced by the arguments.
std::string trf(std::string_view key, std::string_view a0, std::string_view a1 = {},
                std::string_view a2 = {});

// Enum labels in the current language (core/enums.hpp tables).
template <class E>
const char* label(E e) {
    return labelOf(e, lang()).data();  // labels are string literals: NUL-terminated
}

// Dates: "2026-11-25" shown as "25-11-2026" in Dutch and "25 Nov 2026" in English;
// RFC 3339 timestamps shown as date + hh:mm in local display. Unparseable text comes back as is.
std::string showDate(std::string_view isoDate);
std::string showTimestamp(std::string_view rfc3339);

// A whole number as the reader writes it: digits grouped by thousands from 1,000 on, with a
// point in Dutch ("10.000") and a comma in English ("10,000").
std::string num(long long n);
template <class I>
    requires std::is_integral_v<I>
std::string num(I n) {
    return num(static_cast<long long>(n));
}

// A count in a sentence: "<key>_one" when n is 1 and the table has it, else `key` with {0} = num(n).
std::string trn(std::string_view key, long long n);

// Number of entries and access, for tests.
std::size_t stringCount();
const Str& stringAt(std::size_t i);

}  // namespace air::ui
