// The one clock (issue #8). Everything that asks what time or day it is asks
// `air::currentClock()`: the change history's timestamps and the register's updated_at (app),
// "today" for the wizard, the dashboard and the editor's date hints (ui, UTC), the export
// reminder and the dates in export file names (local time: see localDate()). Tests install a
// FixedClock instead of the system clock (ScopedClock); `air` (src/cli) asks it too, for
// the report date and the merge's exported_at.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace air {

class Clock {
public:
    virtual ~Clock() = default;
    // The current instant, UTC, in whole seconds.
    virtual std::chrono::sys_seconds now() const = 0;
    // The calendar day on the device's wall clock (its time zone) at now().
    virtual std::chrono::year_month_day localToday() const = 0;

    std::string nowRfc3339() const;  // "2026-11-25T09:00:00Z"
    std::string today() const;       // UTC "YYYY-MM-DD"
    std::string localDate() const;   // the local day as "YYYY-MM-DD"
};

// The computer's clock. The local day comes from the C library's localtime_r: <chrono>'s
// time zones (std::chrono::current_zone) are in neither g++ 12's libstdc++ nor Emscripten's
// libc++; in the page the C library asks the browser for the time zone.
class SystemClock final : public Clock {
public:
    std::chrono::sys_seconds now() const override;
    std::chrono::year_month_day localToday() const override;
};

// A clock that stands still until told to move; the local day is UTC plus `localOffset`.
class FixedClock final : public Clock {
public:
    explicit FixedClock(std::chrono::sys_seconds t, std::chrono::minutes localOffset = {})
        : m_now(t), m_offset(localOffset) {}
    // At a timestamp ("2026-11-25T09:00:00Z") or at midnight UTC of a date ("2026-11-25");
    // text that is neither gives 1970-01-01T00:00:00Z.
    explicit FixedClock(std::string_view rfc3339OrDate, std::chrono::minutes localOffset = {});

    std::chrono::sys_seconds now() const override { return m_now; }
    std::chrono::year_month_day localToday() const override;
    void set(std::chrono::sys_seconds t) { m_now = t; }
    void advance(std::chrono::seconds by) { m_now += by; }

private:
    std::chrono::sys_seconds m_now;
    std::chrono::minutes m_offset;
};

// The process's clock: a SystemClock unless another is installed.
const Clock& currentClock();
// Installs `c` as the process's clock (nullptr: the system clock again). The caller keeps `c`
// alive while it is installed. Not thread-safe: install before the threads that read it start.
void installClock(const Clock* c);

// Installs a clock for the lifetime of this object, then restores the one before (tests).
class ScopedClock {
public:
    explicit ScopedClock(const Clock& c);
    ~ScopedClock();
    ScopedClock(const ScopedClock&) = delete;
    ScopedClock& operator=(const ScopedClock&) = delete;

private:
    const Clock* m_previous;
};

}  // namespace air
