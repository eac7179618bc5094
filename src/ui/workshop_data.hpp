// Small pure helpers the workshop page and presenter mode use to read and change a Workshop
// value (votes, notes, actions, activity choice). No ImGui: each change is made on a copy,
// which the view then saves with AppModel::upsertWorkshop (one command, one undo step).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace air::ui::ws {

enum class VoteColor { Green, Amber, Red };

// Counts for one activity and principle (summed when the file holds several entries).
Vote votesFor(const Workshop& w, std::string_view activityId, Principle p);
// Adds `delta` (+1 / -1) to one colour of one activity × principle. Counts never go below 0;
// an entry whose counts all become 0 is removed. Returns false when nothing changed.
bool addVote(Workshop& w, std::string_view activityId, Principle p, VoteColor c, int delta);
// Green + amber + red over the whole workshop, or for one activity.
int totalVotes(const Workshop& w);
Vote activityVoteTotals(const Workshop& w, std::string_view activityId);

// The note text for one activity × principle (several entries joined by a blank line).
std::string noteFor(const Workshop& w, std::string_view activityId, Principle p);
// Replaces the note(s) of one activity × principle with `text` (none when only blanks).
// Returns false when nothing changed.
bool setNote(Workshop& w, std::string_view activityId, Principle p, const std::string& text);

// Indices into w.actions of the actions of one activity, in file order.
std::vector<std::size_t> actionsFor(const Workshop& w, std::string_view activityId);
int openActions(const Workshop& w);

// Workshop form rules: a title (not only blanks) and a real YYYY-MM-DD date.
bool titleOk(std::string_view title);
bool dateOk(std::string_view date);        // a real calendar day
bool optionalDateOk(std::string_view date);  // "" or a real calendar day
// Text with leading and trailing blanks removed.
std::string trimmed(std::string_view s);

// Case-insensitive (ASCII and common accented letters folded) substring match, for the
// activity search of the workshop form. An empty needle matches everything.
bool matches(std::string_view haystack, std::string_view needle);

// The presenter's countdown timer: minutes configurable (1-120), counts down while running,
// stops at 0. Time comes from the caller (PlatformApi::now(), seconds, monotonic).
class Timer {
public:
    enum class Phase { Idle /* not started or reset */, Running, Paused, LastMinute, Done };

    int minutes() const { return m_minutes; }
    void setMinutes(int minutes);   // clamps to 1..120; resets the remaining time when not running
    void start(double now);         // starts or resumes (a finished timer starts over)
    void pause(double now);
    void reset();                   // back to the full time, stopped
    bool running() const { return m_running; }
    double remaining(double now) const;  // seconds left, >= 0
    // The whole seconds shown: rounds up, so "10:00" shows until a full second has passed.
    int shownSeconds(double now) const;
    // Idle/Running/Paused while more than a minute is left; LastMinute below it (running or
    // paused); Done at 0.
    Phase phase(double now) const;
    // Seconds until the shown value changes (for PlatformApi::wakeAfter); <= 1.
    double untilNextTick(double now) const;
    // "09:41" (minutes may exceed 59: "120:00").
    static std::string format(int seconds);

private:
    int m_minutes = 10;
    double m_left = 600;       // seconds left when last paused / reset
    double m_startedAt = 0;    // `now` of the last start
    bool m_running = false;
    bool m_started = false;    // started since the last reset
};

}  // namespace air::ui::ws
