#include <catch_amalgamated.hpp>

#include <chrono>

#include "core/clock.hpp"
#include "core/date.hpp"

using namespace air;
using namespace std::chrono;

TEST_CASE("date: a date is exactly YYYY-MM-DD naming a real day", "[core][date]") {
    CHECK(parseDate("2026-11-25") == year_month_day{year{2026}, November, day{25}});
    CHECK(isValidDate("2028-02-29"));
    CHECK(isValidDate("2000-02-29"));
    CHECK(isValidDate("0000-01-01"));
    CHECK(isValidDate("9999-12-31"));
    CHECK_FALSE(isValidDate("2026-02-29"));
    CHECK_FALSE(isValidDate("2100-02-29"));
    CHECK_FALSE(isValidDate("2026-04-31"));
    CHECK_FALSE(isValidDate("2026-13-01"));
    CHECK_FALSE(isValidDate("2026-00-10"));
    CHECK_FALSE(isValidDate("2026-11-00"));
    CHECK_FALSE(isValidDate("2026-1-01"));
    CHECK_FALSE(isValidDate("+026-11-25"));
    CHECK_FALSE(isValidDate("2026/11/25"));
    CHECK_FALSE(isValidDate("2026-11-25T09:00:00Z"));
    CHECK_FALSE(isValidDate(""));
}

TEST_CASE("date: days between dates and timestamps (their date part)", "[core][date]") {
    CHECK(daysBetween("2024-02-28", "2024-03-01") == 2);
    CHECK(daysBetween("2026-03-01", "2026-02-28") == -1);
    CHECK(daysBetween("1969-12-31", "1970-01-01") == 1);
    CHECK(daysBetween("2026-11-01T10:00:00Z", "2026-11-25T01:00:00Z") == 24);
    CHECK(daysBetween("2000-01-01", "2100-01-01") == 36525);
    CHECK_FALSE(daysBetween("nope", "2026-11-25").has_value());
    CHECK_FALSE(daysBetween("2026-11-25", "2026-02-30").has_value());
    CHECK(dayOf("2026-11-25T23:59:59+05:00") == sys_days{year{2026} / November / 25});
    CHECK_FALSE(dayOf("2026-11").has_value());
}

TEST_CASE("date: RFC 3339 timestamps", "[core][date]") {
    CHECK(isValidTimestamp("2026-11-25T09:00:00Z"));
    CHECK(isValidTimestamp("2026-11-25t09:00:00z"));
    CHECK(isValidTimestamp("2026-11-25T09:00:00.123456+01:00"));
    CHECK(isValidTimestamp("2026-12-31T23:59:60-05:30"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00"));
    CHECK_FALSE(isValidTimestamp("2026-11-25 09:00:00Z"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T24:00:00Z"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:60:00Z"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:61Z"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00.Z"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00+1:00"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00+24:00"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00Zjunk"));
    CHECK_FALSE(isValidTimestamp("2026-02-30T09:00:00Z"));

    const auto a = parseTimestamp("2026-11-25T10:00:00.500+01:00");
    REQUIRE(a);
    CHECK(a->seconds == sys_days{year{2026} / November / 25} + hours{9});
    CHECK(a->fraction == "5");
    const auto b = parseTimestamp("2026-11-24T23:30:00-10:00");
    REQUIRE(b);
    CHECK(formatTimestamp(b->seconds) == "2026-11-25T09:30:00Z");
    CHECK(parseTimestamp("1969-12-31T23:59:59Z")->seconds.time_since_epoch().count() == -1);
    CHECK_FALSE(parseTimestamp("2026-11-25").has_value());
}

TEST_CASE("date: formatting", "[core][date]") {
    CHECK(formatDate(year{2026} / February / 3) == "2026-02-03");
    CHECK(formatTimestamp(sys_seconds{}) == "1970-01-01T00:00:00Z");
    CHECK(formatTimestamp(sys_days{year{2024} / December / 31} + hours{23} + minutes{59} + seconds{59} + seconds{1}) ==
          "2025-01-01T00:00:00Z");
}

TEST_CASE("clock: a fixed clock gives now, today (UTC) and the local day", "[core][clock]") {
    FixedClock fixed("2026-11-25T23:30:00Z", hours{1});  // 00:30 on the 26th in UTC+1
    CHECK(fixed.nowRfc3339() == "2026-11-25T23:30:00Z");
    CHECK(fixed.today() == "2026-11-25");
    CHECK(fixed.localDate() == "2026-11-26");
    fixed.advance(hours{1});
    CHECK(fixed.today() == "2026-11-26");
    CHECK(FixedClock("2026-11-25").nowRfc3339() == "2026-11-25T00:00:00Z");

    const std::string before = currentClock().nowRfc3339();
    CHECK(isValidTimestamp(before));
    {
        ScopedClock pinned(fixed);
        CHECK(&currentClock() == &fixed);
        CHECK(currentClock().today() == "2026-11-26");
    }
    CHECK(&currentClock() != &fixed);
    CHECK(isValidDate(currentClock().today()));
    CHECK(isValidDate(currentClock().localDate()));
}
