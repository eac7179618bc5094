// The civil calendar of the register, on C++20 <chrono> calendar types (issue #8): dates as
// "YYYY-MM-DD", RFC 3339 timestamps, days between two dates, and formatting. The one
// implementation; io (the register file, CSV, merge), app (the export reminder) and rules
// read dates through it. Proleptic Gregorian calendar, years 0000-9999 (four digits).
// What the time is now comes from core/clock.hpp.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace air {

// A calendar day "YYYY-MM-DD": exactly ten characters naming a real day ("2026-02-29" is not).
std::optional<std::chrono::year_month_day> parseDate(std::string_view s);
bool isValidDate(std::string_view s);

// The day at the start of `s`: a date, or the date part of a timestamp (its first ten
// characters must name a real day; the rest is not looked at).
std::optional<std::chrono::sys_days> dayOf(std::string_view s);

// Days from `from` to `to` (negative when `to` is earlier), each read as dayOf(); nullopt
// when either is not a date.
std::optional<int> daysBetween(std::string_view from, std::string_view to);

// An RFC 3339 section 5.6 date-time: full-date "T" full-time, with an optional fraction and
// "Z" or a "+HH:MM" / "-HH:MM" offset ("2026-11-25T09:00:00Z", "2026-11-25t10:00:00.5+01:00").
// 't' and 'z' are accepted as RFC 3339 allows; a leap second (":60") is accepted.
bool isValidTimestamp(std::string_view s);

// The instant a timestamp names: whole seconds in UTC (its offset applied) and the fraction's
// digits with trailing zeros removed ("" for none), so equal instants compare equal.
struct Instant {
    std::chrono::sys_seconds seconds{};
    std::string fraction;
};
std::optional<Instant> parseTimestamp(std::string_view s);

// "2026-11-25" and "2026-11-25T09:00:00Z" (UTC, whole seconds).
std::string formatDate(std::chrono::year_month_day d);
std::string formatTimestamp(std::chrono::sys_seconds t);

}  // namespace air
