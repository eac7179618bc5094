// The one clock (clock.hpp): the only place outside the CLI and the platform layer that reads
// the system time.
#include "core/clock.hpp"

#include <ctime>

#include "core/date.hpp"

namespace air {
namespace {

using namespace std::chrono;

const Clock* g_installed = nullptr;

}  // namespace

std::string Clock::nowRfc3339() const { return formatTimestamp(now()); }
std::string Clock::today() const { return formatDate(year_month_day{floor<days>(now())}); }
std::string Clock::localDate() const { return formatDate(localToday()); }

sys_seconds SystemClock::now() const { return floor<seconds>(system_clock::now()); }

year_month_day SystemClock::localToday() const {
    const std::time_t t = system_clock::to_time_t(system_clock::now());
    std::tm tm{};
    localtime_r(&t, &tm);
    return year{tm.tm_year + 1900} / month{unsigned(tm.tm_mon + 1)} / day{unsigned(tm.tm_mday)};
}

FixedClock::FixedClock(std::string_view rfc3339OrDate, minutes localOffset) : m_offset(localOffset) {
    if (auto t = parseTimestamp(rfc3339OrDate)) m_now = t->seconds;
    else if (auto d = parseDate(rfc3339OrDate)) m_now = sys_seconds{sys_days{*d}};
    else m_now = sys_seconds{};
}

year_month_day FixedClock::localToday() const { return year_month_day{floor<days>(m_now + m_offset)}; }

const Clock& currentClock() {
    static const SystemClock system;
    return g_installed ? *g_installed : system;
}

void installClock(const Clock* c) { g_installed = c; }

ScopedClock::ScopedClock(const Clock& c) : m_previous(g_installed) { g_installed = &c; }
ScopedClock::~ScopedClock() { g_installed = m_previous; }

}  // namespace air
