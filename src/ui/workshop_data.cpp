#include "ui/workshop_data.hpp"

#include <algorithm>
#include <cstdio>

#include "core/text.hpp"
#include "rules/rules.hpp"

namespace air::ui::ws {

Vote votesFor(const Workshop& w, std::string_view activityId, Principle p) {
    Vote out;
    out.activity_id = std::string(activityId);
    out.principle = p;
    for (const Vote& v : w.votes) {
        if (v.activity_id != activityId || v.principle != p) continue;
        out.green += v.green, out.amber += v.amber, out.red += v.red;
    }
    return out;
}

bool addVote(Workshop& w, std::string_view activityId, Principle p, VoteColor c, int delta) {
    // Fold duplicates into one entry first, so that -1 always acts on the visible total.
    Vote sum = votesFor(w, activityId, p);
    int& n = c == VoteColor::Green ? sum.green : c == VoteColor::Amber ? sum.amber : sum.red;
    const int before = n;
    n = std::max(0, n + delta);
    if (n == before) return false;
    auto first = std::find_if(w.votes.begin(), w.votes.end(),
                              [&](const Vote& v) { return v.activity_id == activityId && v.principle == p; });
    const auto pos = first - w.votes.begin();
    w.votes.erase(std::remove_if(w.votes.begin(), w.votes.end(),
                                 [&](const Vote& v) { return v.activity_id == activityId && v.principle == p; }),
                  w.votes.end());
    if (sum.green + sum.amber + sum.red == 0) return true;
    // Keep the entry where it was (or append a new one), so the file's order stays stable.
    const auto at = std::min<std::ptrdiff_t>(pos, std::ptrdiff_t(w.votes.size()));
    w.votes.insert(w.votes.begin() + at, sum);
    return true;
}

int totalVotes(const Workshop& w) {
    int n = 0;
    for (const Vote& v : w.votes) n += v.green + v.amber + v.red;
    return n;
}

Vote activityVoteTotals(const Workshop& w, std::string_view activityId) {
    Vote out;
    out.activity_id = std::string(activityId);
    for (const Vote& v : w.votes) {
        if (v.activity_id != activityId) continue;
        out.green += v.green, out.amber += v.amber, out.red += v.red;
    }
    return out;
}

std::string noteFor(const Workshop& w, std::string_view activityId, Principle p) {
    std::string out;
    for (const WorkshopNote& n : w.notes) {
        if (n.activity_id != activityId || n.principle != p) continue;
        if (!out.empty()) out += "\n\n";
        out += n.text;
    }
    return out;
}

bool setNote(Workshop& w, std::string_view activityId, Principle p, const std::string& text) {
    if (noteFor(w, activityId, p) == text) return false;
    const bool blank = trimmed(text).empty();
    auto same = [&](const WorkshopNote& n) { return n.activity_id == activityId && n.principle == p; };
    auto first = std::find_if(w.notes.begin(), w.notes.end(), same);
    if (first == w.notes.end()) {
        if (blank) return false;
        w.notes.push_back({std::string(activityId), p, text});
        return true;
    }
    const auto pos = first - w.notes.begin();
    w.notes.erase(std::remove_if(w.notes.begin(), w.notes.end(), same), w.notes.end());
    if (!blank) w.notes.insert(w.notes.begin() + pos, WorkshopNote{std::string(activityId), p, text});
    return true;
}

std::vector<std::size_t> actionsFor(const Workshop& w, std::string_view activityId) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < w.actions.size(); ++i)
        if (w.actions[i].activity_id == activityId) out.push_back(i);
    return out;
}

int openActions(const Workshop& w) {
    return int(std::count_if(w.actions.begin(), w.actions.end(), [](const WorkshopAction& a) { return !a.done; }));
}

std::string trimmed(std::string_view s) { return std::string(text::trim(s, text::kJsonSpace)); }

bool titleOk(std::string_view title) { return !trimmed(title).empty() && title.size() <= 400; }
bool dateOk(std::string_view date) { return rules::isIsoDate(date); }
bool optionalDateOk(std::string_view date) { return date.empty() || rules::isIsoDate(date); }

namespace {
// Lower-case ASCII; two-byte Latin-1 letters (é, ë, ç, ...) folded to their base letter.
std::string fold(std::string_view s) {
    static constexpr char kFold[] = "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyts" "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";
    std::string o;
    o.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 'A' && c <= 'Z') {
            o += text::lowerAscii(char(c));
        } else if (c == 0xC3 && i + 1 < s.size()) {
            const int cp = 0xC0 + (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            const char f = kFold[cp - 0xC0];
            if (f) {
                o += f;
                ++i;
            } else {
                o += char(c);
            }
        } else {
            o += char(c);
        }
    }
    return o;
}
}  // namespace

bool matches(std::string_view haystack, std::string_view needle) {
    const std::string n = trimmed(needle);
    if (n.empty()) return true;
    return fold(haystack).find(fold(n)) != std::string::npos;
}

// ---- Timer ------------------------------------------------------------------------------
void Timer::setMinutes(int minutes) {
    m_minutes = std::clamp(minutes, 1, 120);
    if (!m_running) {
        m_left = m_minutes * 60.0;
        m_started = false;
    }
}

void Timer::start(double now) {
    if (m_running) return;
    if (m_left <= 0) m_left = m_minutes * 60.0;
    m_startedAt = now;
    m_running = true;
    m_started = true;
}

void Timer::pause(double now) {
    if (!m_running) return;
    m_left = remaining(now);
    m_running = false;
}

void Timer::reset() {
    m_running = false;
    m_started = false;
    m_left = m_minutes * 60.0;
}

double Timer::remaining(double now) const {
    const double left = m_running ? m_left - (now - m_startedAt) : m_left;
    return std::max(0.0, left);
}

int Timer::shownSeconds(double now) const {
    const double left = remaining(now);
    const int whole = int(left);
    return double(whole) < left ? whole + 1 : whole;
}

Timer::Phase Timer::phase(double now) const {
    const double left = remaining(now);
    if (left <= 0) return Phase::Done;
    if (left <= 60.0 && m_started) return Phase::LastMinute;
    if (m_running) return Phase::Running;
    return m_started ? Phase::Paused : Phase::Idle;
}

double Timer::untilNextTick(double now) const {
    const double left = remaining(now);
    const double frac = left - double(int(left));
    return frac > 0.0 ? std::min(1.0, frac + 0.01) : 1.0;
}

std::string Timer::format(int seconds) {
    if (seconds < 0) seconds = 0;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", seconds / 60, seconds % 60);
    return buf;
}

}  // namespace air::ui::ws
