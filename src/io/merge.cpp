// Merge of register files by id, field-by-field comparison, timestamp ordering.
#include "io/merge.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "io/register_json.hpp"

namespace air::io {
namespace {

// One comparable, copyable field of a record.
template <class T>
struct FieldOps {
    std::string_view key;
    bool (*same)(const T&, const T&);
    void (*take)(T&, const T&);
};

#define AIR_OPS(T, m)                                                    \
    FieldOps<T> {                                                        \
        #m, [](const T& x, const T& y) { return x.m == y.m; },            \
            [](T& x, const T& y) { x.m = y.m; }                          \
    }

// Activity fields in kActivityKeys order, then extra.
const FieldOps<Activity> kActivityOps[] = {
    AIR_OPS(Activity, id), AIR_OPS(Activity, name), AIR_OPS(Activity, description),
    AIR_OPS(Activity, purpose), AIR_OPS(Activity, owner), AIR_OPS(Activity, vendor),
    AIR_OPS(Activity, retention), AIR_OPS(Activity, human_oversight),
    AIR_OPS(Activity, bias_monitoring), AIR_OPS(Activity, notes), AIR_OPS(Activity, application),
    AIR_OPS(Activity, lifecycle), AIR_OPS(Activity, ai_act_role), AIR_OPS(Activity, data_subjects),
    AIR_OPS(Activity, data_categories), AIR_OPS(Activity, legal_basis),
    AIR_OPS(Activity, art9_condition), AIR_OPS(Activity, lia_documented),
    AIR_OPS(Activity, transparency_notice), AIR_OPS(Activity, opt_out),
    AIR_OPS(Activity, content_rights_checked), AIR_OPS(Activity, screening),
    AIR_OPS(Activity, processors), AIR_OPS(Activity, dpia), AIR_OPS(Activity, review),
    AIR_OPS(Activity, created_at), AIR_OPS(Activity, updated_at), AIR_OPS(Activity, extra),
};
static_assert(std::size(kActivityOps) == std::size(kActivityKeys) + 1, "a field is missing");

const FieldOps<Workshop> kWorkshopOps[] = {
    AIR_OPS(Workshop, id), AIR_OPS(Workshop, title), AIR_OPS(Workshop, date),
    AIR_OPS(Workshop, facilitator), AIR_OPS(Workshop, activity_ids), AIR_OPS(Workshop, votes),
    AIR_OPS(Workshop, notes), AIR_OPS(Workshop, actions), AIR_OPS(Workshop, extra),
};
#undef AIR_OPS

template <class T, std::size_t N>
std::vector<std::string> differing(const FieldOps<T> (&ops)[N], const T& x, const T& y) {
    std::vector<std::string> out;
    for (const FieldOps<T>& f : ops)
        if (f.key != "id" && f.key != "updated_at" && !f.same(x, y)) out.emplace_back(f.key);
    return out;
}

// Seconds since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? unsigned(-3) : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

struct Instant {
    bool valid = false;
    std::int64_t seconds = 0;
    std::string fraction;  // digits after the decimal point, trailing zeros removed
};

int digitsAt(std::string_view s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

Instant instantOf(std::string_view s) {
    Instant t;
    if (!isValidTimestamp(s)) return t;
    std::int64_t days = daysFromCivil(digitsAt(s, 0, 4), unsigned(digitsAt(s, 5, 2)), unsigned(digitsAt(s, 8, 2)));
    t.seconds = days * 86400 + digitsAt(s, 11, 2) * 3600 + digitsAt(s, 14, 2) * 60 + digitsAt(s, 17, 2);
    std::size_t i = 19;
    if (s[i] == '.') {
        std::size_t start = ++i;
        while (s[i] >= '0' && s[i] <= '9') ++i;
        t.fraction = std::string(s.substr(start, i - start));
        while (!t.fraction.empty() && t.fraction.back() == '0') t.fraction.pop_back();
    }
    if (s[i] == '+' || s[i] == '-') {  // local time = UTC + offset
        std::int64_t off = digitsAt(s, i + 1, 2) * 3600 + digitsAt(s, i + 4, 2) * 60;
        t.seconds -= s[i] == '+' ? off : -off;
    }
    t.valid = true;
    return t;
}

// Unites two JSON-object texts of unknown keys; a's value wins a clash.
std::string uniteExtra(const std::string& a, const std::string& b) {
    if (b.empty()) return a;
    if (a.empty()) return b;
    using J = nlohmann::ordered_json;
    J ja = J::parse(a, nullptr, false), jb = J::parse(b, nullptr, false);
    if (ja.is_discarded() || !ja.is_object()) return b;
    if (jb.is_discarded() || !jb.is_object()) return a;
    std::unordered_set<std::string> keys;
    for (const auto& kv : ja.get_ref<J::object_t&>()) keys.insert(kv.first);
    auto& obj = ja.get_ref<J::object_t&>();
    for (auto& kv : jb.get_ref<J::object_t&>())
        if (keys.insert(kv.first).second) obj.emplace_back(kv.first, kv.second);
    return ja.dump(-1, ' ', false, J::error_handler_t::replace);
}

}  // namespace

int compareTimestamps(std::string_view a, std::string_view b) {
    Instant x = instantOf(a), y = instantOf(b);
    if (x.valid != y.valid) return x.valid ? 1 : -1;
    if (!x.valid) return 0;
    if (x.seconds != y.seconds) return x.seconds < y.seconds ? -1 : 1;
    // Fractions without trailing zeros compare as strings once padded to equal length.
    std::string fx = x.fraction, fy = y.fraction;
    fx.resize(std::max(fx.size(), fy.size()), '0');
    fy.resize(fx.size(), '0');
    return fx == fy ? 0 : (fx < fy ? -1 : 1);
}

std::string stampAfter(std::string_view now, std::string_view floor) {
    Instant f = instantOf(floor);
    if (!f.valid || compareTimestamps(now, floor) > 0) return std::string(now);
    // Whole seconds after floor (a fraction is dropped, then one second added).
    std::int64_t secs = f.seconds + 1;
    std::int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    std::int64_t rem = secs - days * 86400;
    // civil_from_days (Howard Hinnant).
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = std::int64_t(yoe) + era * 400 + (m <= 2);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02dZ", static_cast<long long>(y), m, d,
                  int(rem / 3600), int(rem % 3600 / 60), int(rem % 60));
    return buf;
}

std::vector<std::string> differingFields(const Activity& x, const Activity& y) {
    return differing(kActivityOps, x, y);
}

std::vector<std::string> differingFields(const Workshop& x, const Workshop& y) {
    return differing(kWorkshopOps, x, y);
}

Activity takeField(const Activity& base, const Activity& other, std::string_view field) {
    Activity out = base;
    for (const FieldOps<Activity>& f : kActivityOps)
        if (f.key == field) f.take(out, other);
    return out;
}

std::vector<Tombstone> liveTombstones(const Register& r) {
    std::unordered_set<std::string_view> live;
    for (const Activity& x : r.activities) live.insert(x.id);
    std::vector<Tombstone> out;
    for (const Tombstone& t : r.deleted)
        if (!live.count(t.id)) out.push_back(t);
    return out;
}

MergeResult merge(const Register& a, const Register& b) {
    MergeResult r;
    r.merged.organisation = a.organisation.empty() ? b.organisation : a.organisation;
    r.merged.extra = uniteExtra(a.extra, b.extra);

    // Activities: a's order, each replaced by b's copy when b's is newer.
    std::unordered_map<std::string, std::size_t> inB;
    for (std::size_t i = 0; i < b.activities.size(); ++i) inB.emplace(b.activities[i].id, i);
    std::unordered_map<std::string, bool> inA;
    for (const Activity& x : a.activities) {
        inA.emplace(x.id, true);
        auto it = inB.find(x.id);
        if (it == inB.end()) {
            r.merged.activities.push_back(x);
            continue;
        }
        const Activity& y = b.activities[it->second];
        bool bNewer = compareTimestamps(y.updated_at, x.updated_at) > 0;
        std::vector<std::string> fields = differingFields(x, y);
        const Activity& win = bNewer ? y : x;
        if (!fields.empty())
            r.conflicts.push_back(MergeConflict{"activity", x.id, win.name, std::move(fields),
                                                bNewer ? Side::B : Side::A, x.updated_at, y.updated_at, ""});
        r.merged.activities.push_back(win);  // same content: the newer clock is kept
    }
    for (const Activity& y : b.activities)
        if (!inA.count(y.id)) {
            r.merged.activities.push_back(y);
            ++r.added_from_b;
        }

    // Tombstones: united, latest deleted_at per id, a's order then b's new ones. Each side's
    // tombstones for its own activities are ignored, so a tombstone here always comes from
    // the side that does not have the activity.
    std::vector<Tombstone> tombs = liveTombstones(a);
    std::unordered_map<std::string, Side> tombSide;
    std::unordered_map<std::string, std::size_t> tombAt;
    for (std::size_t i = 0; i < tombs.size(); ++i) {
        tombAt.emplace(tombs[i].id, i);
        tombSide.emplace(tombs[i].id, Side::A);
    }
    for (Tombstone& t : liveTombstones(b)) {
        auto it = tombAt.find(t.id);
        if (it == tombAt.end()) {
            tombAt.emplace(t.id, tombs.size());
            tombSide.emplace(t.id, Side::B);
            tombs.push_back(std::move(t));
        } else if (compareTimestamps(t.deleted_at, tombs[it->second].deleted_at) > 0) {
            tombs[it->second] = std::move(t);  // the later deletion; the id is gone on both sides
        }
    }
    std::unordered_set<std::string> dropTomb;
    std::vector<Activity> kept;
    kept.reserve(r.merged.activities.size());
    for (Activity& x : r.merged.activities) {
        auto it = tombAt.find(x.id);
        if (it == tombAt.end()) {
            kept.push_back(std::move(x));
            continue;
        }
        const Tombstone& t = tombs[it->second];
        if (compareTimestamps(t.deleted_at, x.updated_at) >= 0) {
            ++r.removed;  // deleted at or after its last change: stays deleted
            continue;
        }
        // Changed after the deletion: it comes back, the deletion is reported.
        const Side has = tombSide[x.id] == Side::A ? Side::B : Side::A;
        MergeConflict c{"deletion", x.id, x.name, {}, has, "", "", t.deleted_at};
        (has == Side::A ? c.a_updated_at : c.b_updated_at) = x.updated_at;
        r.conflicts.push_back(std::move(c));
        dropTomb.insert(x.id);
        kept.push_back(std::move(x));
    }
    r.merged.activities = std::move(kept);
    for (Tombstone& t : tombs)
        if (!dropTomb.count(t.id)) r.merged.deleted.push_back(std::move(t));

    // Workshops: no clock, so a's copy wins; the conflict is still listed.
    std::unordered_map<std::string, std::size_t> wsB;
    for (std::size_t i = 0; i < b.workshops.size(); ++i) wsB.emplace(b.workshops[i].id, i);
    std::unordered_map<std::string, bool> wsA;
    for (const Workshop& x : a.workshops) {
        wsA.emplace(x.id, true);
        r.merged.workshops.push_back(x);
        auto it = wsB.find(x.id);
        if (it == wsB.end()) continue;
        std::vector<std::string> fields = differingFields(x, b.workshops[it->second]);
        if (!fields.empty())
            r.conflicts.push_back(MergeConflict{"workshop", x.id, x.title, std::move(fields), Side::A, "", "", ""});
    }
    for (const Workshop& y : b.workshops)
        if (!wsA.count(y.id)) r.merged.workshops.push_back(y);
    return r;
}

}  // namespace air::io
