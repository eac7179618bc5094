// Merge of register files by id, field-by-field comparison, timestamp ordering.
#include "io/merge.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/date.hpp"
#include "core/fields.hpp"
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

// Activity fields from the field table (core/fields.hpp), in register-file order; the
// review's four fields merge as one value, the file's "review" object (which conflicts name);
// then extra.
const std::vector<FieldOps<Activity>>& activityOps() {
    static const std::vector<FieldOps<Activity>> ops = [] {
        std::vector<FieldOps<Activity>> v;
        for (const ActivityField& f : activityFields()) {
            if (f.key.starts_with("review.")) {
                if (v.empty() || v.back().key != "review") v.push_back(AIR_OPS(Activity, review));
                continue;
            }
            v.push_back(FieldOps<Activity>{f.key, f.same, f.copy});
        }
        v.push_back(AIR_OPS(Activity, extra));
        return v;
    }();
    return ops;
}

const FieldOps<Workshop> kWorkshopOps[] = {
    AIR_OPS(Workshop, id), AIR_OPS(Workshop, title), AIR_OPS(Workshop, date),
    AIR_OPS(Workshop, facilitator), AIR_OPS(Workshop, activity_ids), AIR_OPS(Workshop, votes),
    AIR_OPS(Workshop, notes), AIR_OPS(Workshop, actions), AIR_OPS(Workshop, extra),
};
// What a three-way merge merges field by field inside a workshop and its votes and actions;
// the rest of a workshop (activity_ids, votes, notes, actions, extra) merges as lists or keys.
const FieldOps<Workshop> kWorkshopScalarOps[] = {
    AIR_OPS(Workshop, title), AIR_OPS(Workshop, date), AIR_OPS(Workshop, facilitator),
};
const FieldOps<Vote> kVoteCountOps[] = {AIR_OPS(Vote, green), AIR_OPS(Vote, amber), AIR_OPS(Vote, red)};
const FieldOps<WorkshopAction> kActionStateOps[] = {
    AIR_OPS(WorkshopAction, owner), AIR_OPS(WorkshopAction, due), AIR_OPS(WorkshopAction, done),
};
#undef AIR_OPS

template <class Ops, class T>
std::vector<std::string> differing(const Ops& ops, const T& x, const T& y) {
    std::vector<std::string> out;
    for (const auto& f : ops)
        if (f.key != "id" && f.key != "updated_at" && !f.same(x, y)) out.emplace_back(f.key);
    return out;
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
    const std::optional<Instant> x = parseTimestamp(a), y = parseTimestamp(b);
    if (x.has_value() != y.has_value()) return x ? 1 : -1;
    if (!x) return 0;
    if (x->seconds != y->seconds) return x->seconds < y->seconds ? -1 : 1;
    // Fractions without trailing zeros compare as strings once padded to equal length.
    std::string fx = x->fraction, fy = y->fraction;
    fx.resize(std::max(fx.size(), fy.size()), '0');
    fy.resize(fx.size(), '0');
    return fx == fy ? 0 : (fx < fy ? -1 : 1);
}

std::string stampAfter(std::string_view now, std::string_view floor) {
    const std::optional<Instant> f = parseTimestamp(floor);
    if (!f || compareTimestamps(now, floor) > 0) return std::string(now);
    // Whole seconds after floor (a fraction is dropped, then one second added).
    return formatTimestamp(f->seconds + std::chrono::seconds{1});
}

std::vector<std::string> differingFields(const Activity& x, const Activity& y) {
    // The field table's keys (core/fields.hpp), the vocabulary of app::diffActivity too.
    std::vector<std::string> out;
    for (const ActivityField& f : activityFields())
        if (f.kind != FieldKind::Id && f.key != "updated_at" && !f.same(x, y)) out.emplace_back(f.key);
    if (x.extra != y.extra) out.emplace_back("extra");
    return out;
}

std::vector<std::string> differingFields(const Workshop& x, const Workshop& y) {
    return differing(kWorkshopOps, x, y);
}

Activity takeField(const Activity& base, const Activity& other, std::string_view field) {
    Activity out = base;
    if (const ActivityField* f = findActivityField(field)) {
        f->copy(out, other);
        return out;
    }
    for (const FieldOps<Activity>& f : activityOps())  // "review" (all four) and "extra"
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
    r.merged.controller = a.controller ? a.controller : b.controller;
    // Seen only when both were seen: the other file's activities were not reviewed under the
    // newer rules ("YYYY.MM" sorts as text; "" = before 2026.12 sorts first).
    r.merged.rules_version = std::min(a.rules_version, b.rules_version);
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
        std::vector<std::string> fields;  // conflicts name the file's keys ("review")
        for (const std::string& f : differingFields(x, y)) {
            const std::string key(fileKeyOf(f));
            if (fields.empty() || fields.back() != key) fields.push_back(key);
        }
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

    // The team's framework: by id like workshops (no clock: a's copy wins, the conflict listed).
    std::unordered_map<std::string, const FrameworkItem*> fwB;
    for (const FrameworkItem& f : b.framework) fwB.emplace(f.id, &f);
    std::unordered_map<std::string, bool> fwA;
    for (const FrameworkItem& x : a.framework) {
        fwA.emplace(x.id, true);
        r.merged.framework.push_back(x);
        auto it = fwB.find(x.id);
        if (it != fwB.end() && !(x == *it->second))
            r.conflicts.push_back(MergeConflict{"framework", x.id, x.text, {"framework"}, Side::A, "", "", ""});
    }
    for (const FrameworkItem& y : b.framework)
        if (!fwA.count(y.id)) r.merged.framework.push_back(y);
    return r;
}

// ============================================================================
// three-way merge
// ============================================================================
namespace {

using OJ = nlohmann::ordered_json;

enum class Pick { Ours, Theirs, Conflict };

// Which side a three-way merge takes for one value; a null pointer is "absent on that side".
// Same on both sides, or unchanged on theirs: ours. Unchanged on ours: theirs.
template <class T, class Eq>
Pick pick3(const T* b, const T* o, const T* t, Eq eq) {
    auto same = [&](const T* x, const T* y) { return x == y || (x && y && eq(*x, *y)); };
    if (same(o, t) || same(t, b)) return Pick::Ours;
    if (same(o, b)) return Pick::Theirs;
    return Pick::Conflict;
}

// One record merged field by field (base absent = added on both sides): a field changed on
// one side is taken from it; changed differently on both sides keeps ours and its key is
// appended to `conflicts`. id, updated_at and extra are left as ours has them.
template <class Ops, class T>
T mergeFields(const Ops& ops, const T* b, const T& o, const T& t, std::vector<std::string>& conflicts) {
    T m = o;
    for (const auto& f : ops) {
        if (f.key == "id" || f.key == "updated_at" || f.key == "extra" || f.same(o, t)) continue;
        const bool oursChanged = !b || !f.same(o, *b), theirsChanged = !b || !f.same(t, *b);
        if (!oursChanged) f.take(m, t);
        else if (theirsChanged) conflicts.emplace_back(f.key);
    }
    return m;
}

OJ objectOf(const std::string& text) {
    if (text.empty()) return OJ::object();
    OJ j = OJ::parse(text, nullptr, false);
    return j.is_discarded() || !j.is_object() ? OJ::object() : j;
}

std::string textOf(const OJ* v) {
    return v ? v->dump(-1, ' ', false, OJ::error_handler_t::replace) : std::string("null");
}

// JSON-object texts of unknown keys merged key by key (ours' keys first, then theirs' new
// ones); `skip` is left out. A key changed differently on both sides keeps ours and is
// reported as report(key, base, ours, theirs) with JSON texts ("null" = absent).
std::string mergeExtra3(const std::string& b, const std::string& o, const std::string& t, std::string_view skip,
                        const std::function<void(const std::string&, std::string, std::string, std::string)>& report) {
    if (skip.empty() && (o == t || t == b)) return o;
    if (skip.empty() && o == b) return t;
    OJ jb = objectOf(b), jo = objectOf(o), jt = objectOf(t);
    OJ out = OJ::object();
    auto& obj = out.get_ref<OJ::object_t&>();
    auto at = [](const OJ& j, const std::string& k) -> const OJ* {
        auto it = j.find(k);
        return it == j.end() ? nullptr : &*it;
    };
    auto one = [&](const std::string& k) {
        if (k == skip) return;
        const OJ *pb = at(jb, k), *po = at(jo, k), *pt = at(jt, k);
        Pick p = pick3(pb, po, pt, std::equal_to<OJ>());
        if (p == Pick::Conflict) report(k, textOf(pb), textOf(po), textOf(pt));
        if (const OJ* v = p == Pick::Theirs ? pt : po) obj.emplace_back(k, *v);
    };
    for (const auto& kv : jo.get_ref<OJ::object_t&>()) one(kv.first);
    for (const auto& kv : jt.get_ref<OJ::object_t&>())
        if (!at(jo, kv.first)) one(kv.first);
    return obj.empty() ? std::string() : out.dump(-1, ' ', false, OJ::error_handler_t::replace);
}

// Three-way merge of a list of records identified by key(record) (the n-th record with the
// same key counts as "key#n"). Present on both sides: both(base or null, ours, theirs).
// On one side only and not in base: added when added(record, fromOurs). On one side only and
// in base: removed when unchanged there, else gone(base, ours or null, theirs or null) and
// ours decides (kept when ours has it). Result: ours' order, then theirs' new records.
template <class T, class KeyFn, class BothFn, class GoneFn, class AddedFn>
std::vector<T> mergeList(const std::vector<T>& b, const std::vector<T>& o, const std::vector<T>& t, KeyFn key,
                         BothFn both, GoneFn gone, AddedFn added) {
    struct Index {
        std::unordered_map<std::string, std::size_t> at;
        std::vector<std::string> keys;
    };
    auto index = [&](const std::vector<T>& v) {
        Index x;
        x.at.reserve(v.size());
        x.keys.reserve(v.size());
        std::unordered_map<std::string, int> seen;
        for (std::size_t i = 0; i < v.size(); ++i) {
            std::string k = key(v[i]);
            if (int n = seen[k]++) k += "\x1f#" + std::to_string(n);
            x.at.emplace(k, i);
            x.keys.push_back(std::move(k));
        }
        return x;
    };
    const Index bi = index(b), oi = index(o), ti = index(t);
    auto find = [](const Index& x, const std::vector<T>& v, const std::string& k) -> const T* {
        auto it = x.at.find(k);
        return it == x.at.end() ? nullptr : &v[it->second];
    };
    std::vector<T> out;
    out.reserve(std::max(o.size(), t.size()));
    auto one = [&](const std::string& k) {
        const T *pb = find(bi, b, k), *po = find(oi, o, k), *pt = find(ti, t, k);
        if (po && pt) {
            out.push_back(both(pb, *po, *pt));
        } else if (!pb) {
            if (added(po ? *po : *pt, po != nullptr)) out.push_back(po ? *po : *pt);
        } else if (!(*(po ? po : pt) == *pb)) {  // changed on one side, removed on the other
            gone(*pb, po, pt);
            if (po) out.push_back(*po);
        }
    };
    for (const std::string& k : oi.keys) one(k);
    for (const std::string& k : ti.keys)
        if (!oi.at.count(k)) one(k);
    return out;
}

std::string quoted(const std::string& s) { return OJ(s).dump(-1, ' ', false, OJ::error_handler_t::replace); }

// A register's open conflicts; none when they cannot be read.
std::vector<FieldConflict> openConflicts(const Register& r) {
    Result<std::vector<FieldConflict>> c = conflictsOf(r);
    return c.ok() ? std::move(*c) : std::vector<FieldConflict>{};
}

// Tombstones of a register by id (its live ones only, see liveTombstones).
std::unordered_map<std::string, Tombstone> tombsById(const Register& r) {
    std::unordered_map<std::string, Tombstone> out;
    for (Tombstone& t : liveTombstones(r)) out.emplace(t.id, std::move(t));
    return out;
}

// The three-way merge's state: the inputs and the conflicts found so far.
class Merger3 {
public:
    Merger3(const Register& b, const Register& o, const Register& t) : m_b(b), m_o(o), m_t(t) {}

    Merge3Result run() {
        Merge3Result r;
        r.merged.activities = activities();
        r.merged.deleted = tombstones(r.merged.activities);
        r.merged.workshops = mergeList(
            m_b.workshops, m_o.workshops, m_t.workshops, [](const Workshop& w) { return w.id; },
            [&](const Workshop* b, const Workshop& o, const Workshop& t) { return workshop(b, o, t); },
            [&](const Workshop& b, const Workshop* o, const Workshop* t) {
                add("workshop", b.id, (o ? o : t)->title, "*", jsonOf(b), o ? jsonOf(*o) : "null",
                    t ? jsonOf(*t) : "null");
            },
            [](const Workshop&, bool) { return true; });
        r.merged.organisation = topLevel();
        r.merged.controller = controller();
        r.merged.framework = framework();
        // A side that changed it wins; both changed differently: the older, so that nothing
        // reviewed by only one side counts as seen. Never a conflict.
        const std::string &rb = m_b.rules_version, &ro = m_o.rules_version, &rt = m_t.rules_version;
        r.merged.rules_version = ro == rt || rt == rb ? ro : ro == rb ? rt : std::min(ro, rt);
        r.merged.extra = m_extra;  // setConflicts adds the conflicts key below

        // Open conflicts of the inputs merge as whole entries; a new one on the same field wins.
        std::vector<FieldConflict> all;
        for (const Merge3Conflict& c : m_conflicts) all.push_back(c.entry);
        auto whole = [](const FieldConflict& c) {
            return c.kind + '\x1f' + c.id + '\x1f' + c.field + '\x1f' + c.base + '\x1f' + c.ours + '\x1f' +
                   c.theirs + '\x1f' + c.extra;
        };
        std::unordered_set<std::string> fresh;
        for (const FieldConflict& c : all) fresh.insert(c.kind + '\x1f' + c.id + '\x1f' + c.field);
        for (FieldConflict& c : mergeList(
                 openConflicts(m_b), openConflicts(m_o), openConflicts(m_t), whole,
                 [](const FieldConflict*, const FieldConflict& o, const FieldConflict&) { return o; },
                 [](const FieldConflict&, const FieldConflict*, const FieldConflict*) {},
                 [](const FieldConflict&, bool) { return true; }))
            if (!fresh.count(c.kind + '\x1f' + c.id + '\x1f' + c.field)) {
                all.push_back(std::move(c));
                ++r.carried;
            }
        setConflicts(r.merged, all);
        r.conflicts = std::move(m_conflicts);
        return r;
    }

private:
    const Register &m_b, &m_o, &m_t;
    std::vector<Merge3Conflict> m_conflicts;
    std::string m_extra;  // merged top-level extra keys

    void add(std::string kind, std::string id, std::string name, std::string field, std::string b, std::string o,
             std::string t) {
        m_conflicts.push_back(Merge3Conflict{
            FieldConflict{std::move(kind), std::move(id), std::move(field), std::move(b), std::move(o),
                          std::move(t), ""},
            std::move(name)});
    }

    // Organisation and the unknown top-level keys (Register::extra, without "conflicts"):
    // returns the organisation, leaves the extra keys in m_extra.
    std::string topLevel() {
        const std::string* b = &m_b.organisation;
        Pick p = pick3(b, &m_o.organisation, &m_t.organisation, std::equal_to<std::string>());
        if (p == Pick::Conflict)
            add("register", "", "", "organisation", quoted(m_b.organisation), quoted(m_o.organisation),
                quoted(m_t.organisation));
        m_extra = mergeExtra3(m_b.extra, m_o.extra, m_t.extra, kConflictsKey,
                              [&](const std::string& k, std::string bv, std::string ov, std::string tv) {
                                  add("register", "", "", k, std::move(bv), std::move(ov), std::move(tv));
                              });
        return p == Pick::Theirs ? m_t.organisation : m_o.organisation;
    }

    // The team's framework: item by item (added, removed, changed on one side); an item changed
    // differently on both sides keeps ours and the whole list is one "framework" conflict.
    std::vector<FrameworkItem> framework() {
        bool clash = false;
        std::vector<FrameworkItem> merged = mergeList(
            m_b.framework, m_o.framework, m_t.framework, [](const FrameworkItem& f) { return f.id; },
            [&](const FrameworkItem* b, const FrameworkItem& o, const FrameworkItem& t) {
                Pick p = pick3(b, &o, &t, std::equal_to<FrameworkItem>());
                if (p == Pick::Conflict) clash = true;
                return p == Pick::Theirs ? t : o;
            },
            [&](const FrameworkItem&, const FrameworkItem*, const FrameworkItem*) { clash = true; },
            [](const FrameworkItem&, bool) { return true; });
        if (clash)
            add("register", "", "", "framework", jsonOf(m_b.framework), jsonOf(m_o.framework),
                jsonOf(m_t.framework));
        return merged;
    }

    // The top-level controller as one value (its texts belong together: a DPO's name and contact).
    std::optional<Controller> controller() {
        Pick p = pick3(&m_b.controller, &m_o.controller, &m_t.controller,
                       std::equal_to<std::optional<Controller>>());
        if (p == Pick::Conflict)
            add("register", "", "", "controller", jsonOf(m_b.controller), jsonOf(m_o.controller),
                jsonOf(m_t.controller));
        return p == Pick::Theirs ? m_t.controller : m_o.controller;
    }

    std::vector<Activity> activities() {
        const auto bTombs = tombsById(m_b), oTombs = tombsById(m_o), tTombs = tombsById(m_t);
        // Added on one side while the other side has a newer deletion of that id than base
        // knew of: the FILE_FORMAT.md rule decides (deleted at or after the change: gone).
        auto added = [&](const Activity& x, bool fromOurs) {
            const auto& other = fromOurs ? tTombs : oTombs;
            auto it = other.find(x.id);
            if (it == other.end()) return true;
            auto known = bTombs.find(x.id);
            if (known != bTombs.end() && known->second.deleted_at == it->second.deleted_at) return true;
            return compareTimestamps(it->second.deleted_at, x.updated_at) < 0;
        };
        return mergeList(
            m_b.activities, m_o.activities, m_t.activities, [](const Activity& a) { return a.id; },
            [&](const Activity* b, const Activity& o, const Activity& t) { return activity(b, o, t); },
            [&](const Activity& b, const Activity* o, const Activity* t) {
                add("activity", b.id, (o ? o : t)->name, "*", jsonOf(b), o ? jsonOf(*o) : "null",
                    t ? jsonOf(*t) : "null");
            },
            added);
    }

    // One activity on both sides, merged field by field (base null: added on both sides).
    Activity activity(const Activity* b, const Activity& o, const Activity& t) {
        if (o == t || (b && t == *b)) return o;
        if (b && o == *b) return t;
        std::vector<std::string> fields;
        Activity m = mergeFields(activityOps(), b, o, t, fields);
        std::vector<std::string> extraKeys;
        std::vector<std::array<std::string, 3>> extraValues;
        m.extra = mergeExtra3(b ? b->extra : std::string(), o.extra, t.extra, {},
                              [&](const std::string& k, std::string bv, std::string ov, std::string tv) {
                                  extraKeys.push_back(k);
                                  extraValues.push_back({std::move(bv), std::move(ov), std::move(tv)});
                              });
        if (compareTimestamps(t.updated_at, o.updated_at) > 0) m.updated_at = t.updated_at;
        for (const std::string& f : fields)
            add("activity", o.id, m.name, f, b ? jsonOf(*b, f) : "null", jsonOf(o, f), jsonOf(t, f));
        for (std::size_t i = 0; i < extraKeys.size(); ++i)
            add("activity", o.id, m.name, extraKeys[i], extraValues[i][0], extraValues[i][1], extraValues[i][2]);
        return m;
    }

    // Both sides' live tombstones, the latest deleted_at per id, without ids of `kept`.
    std::vector<Tombstone> tombstones(const std::vector<Activity>& kept) {
        std::unordered_set<std::string_view> live;
        for (const Activity& a : kept) live.insert(a.id);
        std::vector<Tombstone> out = liveTombstones(m_o);
        std::unordered_map<std::string, std::size_t> at;
        for (std::size_t i = 0; i < out.size(); ++i) at.emplace(out[i].id, i);
        for (Tombstone& t : liveTombstones(m_t)) {
            auto it = at.find(t.id);
            if (it == at.end()) {
                at.emplace(t.id, out.size());
                out.push_back(std::move(t));
            } else if (compareTimestamps(t.deleted_at, out[it->second].deleted_at) > 0) {
                out[it->second] = std::move(t);
            }
        }
        std::erase_if(out, [&](const Tombstone& t) { return live.count(t.id) > 0; });
        return out;
    }

    // One workshop on both sides: title, date, facilitator by field; activity_ids and notes
    // as sets; votes by activity_id + principle and actions by activity_id + text, their
    // counts and owner/due/done by field (a conflict reports the whole vote or action).
    Workshop workshop(const Workshop* b, const Workshop& o, const Workshop& t) {
        if (o == t || (b && t == *b)) return o;
        if (b && o == *b) return t;
        static const Workshop kNone;
        const Workshop& base = b ? *b : kNone;
        std::vector<std::string> fields;
        Workshop m = mergeFields(kWorkshopScalarOps, b, o, t, fields);
        for (const std::string& f : fields)
            add("workshop", o.id, m.title, f, b ? jsonOf(*b, f) : "null", jsonOf(o, f), jsonOf(t, f));
        m.extra = mergeExtra3(base.extra, o.extra, t.extra, {},
                              [&](const std::string& k, std::string bv, std::string ov, std::string tv) {
                                  add("workshop", o.id, m.title, k, std::move(bv), std::move(ov), std::move(tv));
                              });
        auto always = [](const auto&, bool) { return true; };
        auto never = [](const auto&, const auto*, const auto*) {};  // a record keyed by its value never changes
        m.activity_ids = mergeList(
            base.activity_ids, o.activity_ids, t.activity_ids, [](const std::string& s) { return s; },
            [](const std::string*, const std::string& x, const std::string&) { return x; }, never, always);
        m.notes = mergeList(
            base.notes, o.notes, t.notes,
            [](const WorkshopNote& n) {
                return n.activity_id + '\x1f' + std::string(keyOf(n.principle)) + '\x1f' + n.text;
            },
            [](const WorkshopNote*, const WorkshopNote& x, const WorkshopNote&) { return x; }, never, always);
        auto report = [&](std::string_view field) {
            return [&, field](const auto& pb, const auto* po, const auto* pt) {
                add("workshop", o.id, m.title, std::string(field), jsonOf(pb), po ? jsonOf(*po) : "null",
                    pt ? jsonOf(*pt) : "null");
            };
        };
        m.votes = mergeList(
            base.votes, o.votes, t.votes,
            [](const Vote& v) { return v.activity_id + '\x1f' + std::string(keyOf(v.principle)); },
            [&](const Vote* pb, const Vote& x, const Vote& y) {
                std::vector<std::string> clash;
                Vote v = mergeFields(kVoteCountOps, pb, x, y, clash);
                if (!clash.empty())
                    add("workshop", o.id, m.title, "votes", pb ? jsonOf(*pb) : "null", jsonOf(x), jsonOf(y));
                return v;
            },
            report("votes"), always);
        m.actions = mergeList(
            base.actions, o.actions, t.actions,
            [](const WorkshopAction& a) { return a.activity_id + '\x1f' + a.text; },
            [&](const WorkshopAction* pb, const WorkshopAction& x, const WorkshopAction& y) {
                std::vector<std::string> clash;
                WorkshopAction a = mergeFields(kActionStateOps, pb, x, y, clash);
                if (!clash.empty())
                    add("workshop", o.id, m.title, "actions", pb ? jsonOf(*pb) : "null", jsonOf(x), jsonOf(y));
                return a;
            },
            report("actions"), always);
        return m;
    }
};

}  // namespace

Merge3Result merge3(const Register& base, const Register& ours, const Register& theirs) {
    return Merger3(base, ours, theirs).run();
}

}  // namespace air::io
