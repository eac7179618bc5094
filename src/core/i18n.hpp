// The one language layer below ui: the user's language, texts in both languages, `{0}` `{1}`
// argument formatting, and per-module string tables (key -> English and Dutch). ui's tr() and
// its key tables, the register file's and CSV's messages, the error texts (core/error.hpp),
// the undo labels of app and the CLI's words all go through it. Wording happens at the edge
// (ui, cli, reports): below them a module returns codes and arguments, not sentences.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace air {

enum class Lang { En, Nl };

namespace i18n {

// A text in both languages. An entry of a module's string table has a key besides.
struct Text {
    std::string_view en, nl;
    constexpr std::string_view in(Lang lang) const { return lang == Lang::Nl ? nl : en; }
};
struct Entry {
    std::string_view key;
    Text text;
};

// `tpl` with every {0} ... {9} replaced by args[n] ("" when there is no such argument);
// any other brace stays as it is. Hand-written: a dozen lines, no locale, no exceptions.
std::string format(std::string_view tpl, std::span<const std::string> args);
std::string format(std::string_view tpl, std::initializer_list<std::string_view> args);

// The entry of `table` with `key`, nullptr when there is none (tables are small: a scan).
const Entry* find(std::span<const Entry> table, std::string_view key);
// The text of `key` in `lang`; the key itself (visibly wrong) when the table has no such key.
std::string_view tr(std::span<const Entry> table, std::string_view key, Lang lang);
// tr() with {0}, {1} ... filled.
std::string trf(std::span<const Entry> table, std::string_view key, Lang lang,
                std::initializer_list<std::string_view> args);

// True when every entry has a key and both texts (a compile-time check for each table).
constexpr bool complete(std::span<const Entry> table) {
    for (const Entry& e : table)
        if (e.key.empty() || e.text.en.empty() || e.text.nl.empty()) return false;
    return true;
}

// A decimal number written with a point ("31.2") in the user's language: a comma in Dutch.
std::string decimal(std::string_view pointText, Lang lang);

}  // namespace i18n
}  // namespace air
