#include "ui/i18n.hpp"

#include <cstdio>
#include "core/i18n.hpp"
#include <string>
#include <unordered_map>

namespace air::ui {
namespace {

constexpr Str kStrings[] = {
#include "ui/strings_shell.inc"
// One file per view, each with one owner; absent files are simply skipped.
#if __has_include("ui/strings_register.inc")
#include "ui/strings_register.inc"
#endif
#if __has_include("ui/strings_editor.inc")
#include "ui/strings_editor.inc"
#endif
#if __has_include("ui/strings_compliance.inc")
#include "ui/strings_compliance.inc"
#endif
#if __has_include("ui/strings_dashboard.inc")
#include "ui/strings_dashboard.inc"
#endif
#if __has_include("ui/strings_workshop.inc")
#include "ui/strings_workshop.inc"
#endif
#include "ui/strings_framework.inc"
#if __has_include("ui/strings_exchange.inc")
#include "ui/strings_exchange.inc"
#endif
#if __has_include("ui/strings_settings.inc")
#include "ui/strings_settings.inc"
#endif
};

// Compile-time check: no entry lacks a key, an English or a Dutch text.
constexpr bool allComplete() {
    for (const Str& s : kStrings)
        if (!s.key || !s.en || !s.nl || !*s.key || !*s.en || !*s.nl) return false;
    return true;
}
static_assert(allComplete(), "a string table entry misses its key, English or Dutch text");

Lang g_lang = Lang::Nl;

const std::unordered_map<std::string_view, const Str*>& index() {
    static const auto* map = [] {
        auto* m = new std::unordered_map<std::string_view, const Str*>();
        for (const Str& s : kStrings) m->emplace(s.key, &s);
        return m;
    }();
    return *map;
}

}  // namespace

Lang lang() { return g_lang; }
void setLang(Lang l) { g_lang = l; }

const char* tr(std::string_view key, Lang l) {
    auto it = index().find(key);
    if (it == index().end()) return key.data();
    return l == Lang::Nl ? it->second->nl : it->second->en;
}
const char* tr(std::string_view key) { return tr(key, g_lang); }
bool hasKey(std::string_view key) { return index().count(key) != 0; }

std::string trf(std::string_view key, std::string_view a0, std::string_view a1,
                std::string_view a2) {
    return i18n::format(tr(key), {a0, a1, a2});  // the one formatter (core/i18n)
}

std::string showDate(std::string_view d) {
    int y = 0, m = 0, day = 0;
    if (d.size() < 10 || std::sscanf(std::string(d.substr(0, 10)).c_str(), "%4d-%2d-%2d", &y, &m, &day) != 3 ||
        m < 1 || m > 12 || day < 1 || day > 31)
        return std::string(d);
    char buf[32];
    if (g_lang == Lang::Nl) {
        std::snprintf(buf, sizeof buf, "%02d-%02d-%04d", day, m, y);
    } else {
        static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        std::snprintf(buf, sizeof buf, "%d %s %04d", day, kMonths[m - 1], y);
    }
    return buf;
}

std::string showTimestamp(std::string_view ts) {
    std::string date = showDate(ts);
    if (date == ts || ts.size() < 16 || ts[10] != 'T') return date;
    return date + " " + std::string(ts.substr(11, 5));
}

std::size_t stringCount() { return std::size(kStrings); }
const Str& stringAt(std::size_t i) { return kStrings[i]; }

std::string num(long long n) {
    const std::string digits = std::to_string(n < 0 ? -(n + 1) + 1ULL : static_cast<unsigned long long>(n));
    if (digits.size() < 4) return (n < 0 ? "-" : "") + digits;
    const char sep = lang() == Lang::Nl ? '.' : ',';
    std::string out = n < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}

std::string trn(std::string_view key, long long n) {
    if (n == 1) {
        const std::string one = std::string(key) + "_one";
        if (hasKey(one)) return tr(one);
    }
    return trf(key, num(n));
}

}  // namespace air::ui
