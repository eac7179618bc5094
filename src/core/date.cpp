// The civil calendar (date.hpp): parsing by hand (fixed-width digits, no locale), arithmetic
// and validity by <chrono>'s year_month_day and sys_days.
#include "core/date.hpp"

#include <cstdio>

namespace air {
namespace {

using namespace std::chrono;

bool digits(std::string_view s, std::size_t from, std::size_t count) {
    if (from + count > s.size()) return false;
    for (std::size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int num(std::string_view s, std::size_t from, std::size_t count) {
    int v = 0;
    for (std::size_t i = from; i < from + count; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

// A real calendar day at s[0..10).
std::optional<year_month_day> dateAt(std::string_view s) {
    if (s.size() < 10 || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' ||
        !digits(s, 8, 2))
        return std::nullopt;
    const year_month_day d{year{num(s, 0, 4)}, month{unsigned(num(s, 5, 2))}, day{unsigned(num(s, 8, 2))}};
    if (!d.ok()) return std::nullopt;
    return d;
}

// Where the offset ("Z", "+HH:MM", "-HH:MM") of a timestamp starts, after the optional
// fraction; npos when the text is not an RFC 3339 date-time.
std::size_t offsetAt(std::string_view s) {
    constexpr std::size_t kBad = std::string_view::npos;
    if (!dateAt(s) || s.size() < 20 || (s[10] != 'T' && s[10] != 't')) return kBad;
    if (!digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2) || s[16] != ':' || !digits(s, 17, 2))
        return kBad;
    if (num(s, 11, 2) > 23 || num(s, 14, 2) > 59 || num(s, 17, 2) > 60) return kBad;
    std::size_t i = 19;
    if (s[i] == '.') {
        const std::size_t start = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == start) return kBad;
    }
    if (i >= s.size()) return kBad;
    if (s[i] == 'Z' || s[i] == 'z') return i + 1 == s.size() ? i : kBad;
    if (s[i] != '+' && s[i] != '-') return kBad;
    const bool ok = s.size() == i + 6 && digits(s, i + 1, 2) && s[i + 3] == ':' && digits(s, i + 4, 2) &&
                    num(s, i + 1, 2) <= 23 && num(s, i + 4, 2) <= 59;
    return ok ? i : kBad;
}

}  // namespace

std::optional<year_month_day> parseDate(std::string_view s) {
    if (s.size() != 10) return std::nullopt;
    return dateAt(s);
}

bool isValidDate(std::string_view s) { return parseDate(s).has_value(); }

std::optional<sys_days> dayOf(std::string_view s) {
    const auto d = dateAt(s);
    if (!d) return std::nullopt;
    return sys_days{*d};
}

std::optional<int> daysBetween(std::string_view from, std::string_view to) {
    const auto a = dayOf(from), b = dayOf(to);
    if (!a || !b) return std::nullopt;
    return int((*b - *a).count());
}

bool isValidTimestamp(std::string_view s) { return offsetAt(s) != std::string_view::npos; }

std::optional<Instant> parseTimestamp(std::string_view s) {
    const std::size_t off = offsetAt(s);
    if (off == std::string_view::npos) return std::nullopt;
    Instant t;
    t.seconds = sys_seconds{sys_days{*dateAt(s)}} + hours{num(s, 11, 2)} + minutes{num(s, 14, 2)} +
                seconds{num(s, 17, 2)};
    if (s[19] == '.') {
        t.fraction = std::string(s.substr(20, off - 20));
        while (!t.fraction.empty() && t.fraction.back() == '0') t.fraction.pop_back();
    }
    if (s[off] == '+' || s[off] == '-') {  // local time = UTC + offset
        const seconds offset = hours{num(s, off + 1, 2)} + minutes{num(s, off + 4, 2)};
        t.seconds -= s[off] == '+' ? offset : -offset;
    }
    return t;
}

std::string formatDate(year_month_day d) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return buf;
}

std::string formatTimestamp(sys_seconds t) {
    const sys_days day = floor<days>(t);
    const hh_mm_ss<seconds> time{t - day};
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02dZ", int(time.hours().count()), int(time.minutes().count()),
                  int(time.seconds().count()));
    return formatDate(year_month_day{day}) + buf;
}

}  // namespace air
