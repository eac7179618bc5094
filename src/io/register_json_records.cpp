// Register file records: one table per record type (key, reader, writer) for processors,
// screenings, reviews, activities (from the field table, core/fields.hpp), workshops with
// their votes, notes and actions, the controller, tombstones and conflicts. Readers walk an
// object once, in file order; unknown keys go to `extra` (or are an error where the model has
// none); writers emit the table's keys in order, then the extra keys that do not clash.
// See register_json_internal.hpp for the other files.
//
// (enum keys and the record machinery, Field<T> and its macros: register_json_machinery.hpp)
// [SECTION] tables           processor, screening, review, activity, workshop, controller,
//                            tombstone, conflict
// [SECTION] lists            records with ids, tombstones, conflicts
// [SECTION] entry points     what register_json.cpp reads and writes; jsonOf, conflictsOf
#include <algorithm>
#include <unordered_map>

#include "core/fields.hpp"
#include "core/text.hpp"
#include "io/register_json_internal.hpp"
#include "io/register_json_machinery.hpp"

namespace air::io {
namespace json {
namespace {

// ============================================================================
// [SECTION] tables
// ============================================================================

// ---- processor ----------------------------------------------------------------------
const Field<Processor> kProcessorFields[] = {
    AIR_STR(Processor, name),
    AIR_ENUM(Processor, role),
    AIR_BOOL(Processor, dpa_signed),
    AIR_BOOL(Processor, outside_eu),
    AIR_STR(Processor, country),
    AIR_ENUM(Processor, transfer_safeguard),
    AIR_ENUMS(Processor, certifications),
    AIR_ENUM(Processor, reuses_data_for_training),
};

// ---- screening: the flags of kScreeningFlags, then annex_iii ---------------------------
bool readScreening(Ctx& c, const J& v, const std::string& p, Screening& s) {
    if (!v.is_object()) return c.fail(p, Msg::ExpObject, {got(v)});
    for (const auto& [k, val] : members(v)) {
        std::string kp = member(p, k);
        if (k == "annex_iii") {
            if (!readEnum(c, val, kp, s.annex_iii)) return false;
            continue;
        }
        const ScreeningFlag* flag = nullptr;
        for (const ScreeningFlag& f : kScreeningFlags)
            if (k == f.key) flag = &f;
        if (!flag) {
            std::string allowed;
            for (const ScreeningFlag& f : kScreeningFlags) allowed += std::string(f.key) + ", ";
            return c.fail(kp, Msg::UnknownKey, {allowed + "annex_iii"});
        }
        if (!readBool(c, val, kp, s.*(flag->member))) return false;
    }
    return true;
}

J writeScreening(const Screening& s) {
    J out = J::object();
    auto& obj = out.get_ref<J::object_t&>();
    for (const ScreeningFlag& f : kScreeningFlags) obj.emplace_back(f.key, J(s.*(f.member)));
    obj.emplace_back("annex_iii", J(std::string(keyOf(s.annex_iii))));
    return out;
}

// ---- review ---------------------------------------------------------------------------
const Field<Review> kReviewFields[] = {
    AIR_ENUM(Review, status),
    AIR_STR(Review, reviewer),
    AIR_DATE(Review, reviewed_at),
    AIR_DATE(Review, next_review),
};

// ---- activity (register-file order: the field table of core/fields.hpp) ----------------
bool readProcessors(Ctx& c, const J& v, const std::string& p, Activity& a) {
    if (!v.is_array()) return c.fail(p, Msg::ExpArray, {got(v)});
    a.processors.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        Processor pr;
        if (!readRecord(c, x, item(p, i++), kProcessorFields, pr, &pr.extra)) return false;
        a.processors.push_back(std::move(pr));
    }
    return true;
}

J writeProcessors(const Activity& a) {
    J out = J::array();
    for (const Processor& pr : a.processors) out.push_back(writeRecord(pr, kProcessorFields, &pr.extra));
    return out;
}

// One entry per field of the table (core/fields.hpp), by kind. The name's length is checked
// by readIdentified (it needs the whole record's path).
#define AIR_JSON_Id(key, m)                                                                    \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readRequired(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Text(key, m)                                                                  \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readString(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Bool(key, m)                                                                  \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readBool(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Enum(key, m)                                                                  \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readEnum(c, v, p, a.m); }, \
            [](const Activity& a) { return J(std::string(keyOf(a.m))); }                       \
    }
#define AIR_JSON_EnumList(key, m)                                                              \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readEnumList(c, v, p, a.m); }, \
            [](const Activity& a) { return enumList(a.m); }                                    \
    }
#define AIR_JSON_Date(key, m)                                                                  \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readDate(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Timestamp(key, m)                                                             \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readTimestamp(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Screening(key, m)                                                             \
    Field<Activity> {                                                                          \
        key,                                                                                   \
            [](Ctx& c, const J& v, const std::string& p, Activity& a) {                        \
                if (v.is_null()) { /* null reads as absent: unassessed */                      \
                    a.m.reset();                                                               \
                    return true;                                                               \
                }                                                                              \
                Screening s;                                                                   \
                if (!readScreening(c, v, p, s)) return false;                                  \
                a.m = s;                                                                       \
                return true;                                                                   \
            },                                                                                 \
            /* Absent screening is written as no key at all (discarded = skip). */             \
            [](const Activity& a) { return a.m ? writeScreening(*a.m) : J(J::value_t::discarded); } \
    }
#define AIR_JSON_Processors(key, m) Field<Activity>{key, readProcessors, writeProcessors}
#define AIR_JSON_FIELD(key, member, kind, ...) AIR_JSON_##kind(key, member),
const Field<Activity> kActivityLeafFields[] = {AIR_ACTIVITY_FIELDS(AIR_JSON_FIELD)};
#undef AIR_JSON_FIELD
static_assert(std::size(kActivityLeafFields) == kActivityFieldCount);

// The file's activity keys: the table's, with the four "review.x" fields as one "review"
// object in the place of the first.
const Field<Activity> kReviewObject = {
    "review",
    [](Ctx& c, const J& v, const std::string& p, Activity& a) {
        a.review = Review{};
        return readRecord(c, v, p, kReviewFields, a.review, nullptr);
    },
    [](const Activity& a) { return writeRecord(a.review, kReviewFields, nullptr); }};

const std::vector<Field<Activity>> kActivityFields = [] {
    std::vector<Field<Activity>> v;
    for (const Field<Activity>& f : kActivityLeafFields) {
        if (f.key.starts_with("review.")) {
            if (v.back().key != "review") v.push_back(kReviewObject);
            continue;
        }
        v.push_back(f);
    }
    return v;
}();

// ---- workshops ------------------------------------------------------------------------
// Principle is required in votes and notes (requireKey): a silent default would misfile the vote.

const Field<Vote> kVoteFields[] = {
    AIR_STR(Vote, activity_id), AIR_ENUM(Vote, principle), AIR_COUNT(Vote, green),
    AIR_COUNT(Vote, amber), AIR_COUNT(Vote, red),
};
const Field<WorkshopNote> kNoteFields[] = {
    AIR_STR(WorkshopNote, activity_id), AIR_ENUM(WorkshopNote, principle), AIR_STR(WorkshopNote, text),
};
const Field<WorkshopAction> kActionFields[] = {
    AIR_STR(WorkshopAction, activity_id), AIR_STR(WorkshopAction, text), AIR_STR(WorkshopAction, owner),
    AIR_DATE(WorkshopAction, due), AIR_BOOL(WorkshopAction, done),
};

template <class T, std::size_t N>
bool readList(Ctx& c, const J& v, const std::string& p, const Field<T> (&table)[N], std::vector<T>& out,
              std::string_view requiredKey) {
    if (!v.is_array()) return c.fail(p, Msg::ExpArray, {got(v)});
    out.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        T rec;
        std::string ip = item(p, i++);
        if (!readRecord(c, x, ip, table, rec, nullptr)) return false;
        if (!requiredKey.empty() && !requireKey(c, x, ip, requiredKey)) return false;
        out.push_back(std::move(rec));
    }
    return true;
}

template <class T, std::size_t N>
J writeList(const std::vector<T>& v, const Field<T> (&table)[N]) {
    J out = J::array();
    for (const T& rec : v) out.push_back(writeRecord(rec, table, nullptr));
    return out;
}

const Field<Workshop> kWorkshopFields[] = {
    {"id", [](Ctx& c, const J& v, const std::string& p, Workshop& w) { return readRequired(c, v, p, w.id); },
     [](const Workshop& w) { return J(w.id); }},
    AIR_STR(Workshop, title),
    AIR_DATE(Workshop, date),
    AIR_STR(Workshop, facilitator),
    {"activity_ids",
     [](Ctx& c, const J& v, const std::string& p, Workshop& w) {
         if (!v.is_array()) return c.fail(p, Msg::ExpArray, {got(v)});
         w.activity_ids.clear();
         std::size_t i = 0;
         for (const J& x : v) {
             std::string s;
             if (!readString(c, x, item(p, i++), s)) return false;
             w.activity_ids.push_back(std::move(s));
         }
         return true;
     },
     [](const Workshop& w) {
         J out = J::array();
         for (const std::string& s : w.activity_ids) out.push_back(s);
         return out;
     }},
    {"votes",
     [](Ctx& c, const J& v, const std::string& p, Workshop& w) {
         return readList(c, v, p, kVoteFields, w.votes, "principle");
     },
     [](const Workshop& w) { return writeList(w.votes, kVoteFields); }},
    {"notes",
     [](Ctx& c, const J& v, const std::string& p, Workshop& w) {
         return readList(c, v, p, kNoteFields, w.notes, "principle");
     },
     [](const Workshop& w) { return writeList(w.notes, kNoteFields); }},
    {"actions",
     [](Ctx& c, const J& v, const std::string& p, Workshop& w) {
         return readList(c, v, p, kActionFields, w.actions, "");
     },
     [](const Workshop& w) { return writeList(w.actions, kActionFields); }},
};

// ---- controller (the optional top-level "controller" object, Art. 30(1)(a)) ------------
const Field<Dpo> kDpoFields[] = {AIR_STR(Dpo, name), AIR_STR(Dpo, contact)};
const Field<Controller> kControllerFields[] = {
    AIR_STR(Controller, name),
    AIR_STR(Controller, address),
    AIR_STR(Controller, contact),
    {"dpo",
     [](Ctx& c, const J& v, const std::string& p, Controller& x) {
         x.dpo = Dpo{};
         return readRecord(c, v, p, kDpoFields, x.dpo, nullptr);
     },
     [](const Controller& x) { return writeRecord(x.dpo, kDpoFields, nullptr); }},
};

// ---- tombstones (the optional top-level "deleted" array) -------------------------------
const Field<Tombstone> kTombstoneFields[] = {
    {"id", [](Ctx& c, const J& v, const std::string& p, Tombstone& t) { return readRequired(c, v, p, t.id); },
     [](const Tombstone& t) { return J(t.id); }},
    // Required and never empty: a tombstone without a time cannot take part in a merge.
    {"deleted_at",
     [](Ctx& c, const J& v, const std::string& p, Tombstone& t) {
         return readRequired(c, v, p, t.deleted_at) && readTimestamp(c, v, p, t.deleted_at);
     },
     [](const Tombstone& t) { return J(t.deleted_at); }},
};

// ---- conflicts (the optional top-level "conflicts" array) ------------------------------
constexpr std::string_view kConflictKinds[] = {"activity", "workshop", "register"};

bool readConflictKind(Ctx& c, const J& v, const std::string& p, FieldConflict& x) {
    std::string allowed;
    for (std::string_view k : kConflictKinds) allowed += (allowed.empty() ? "" : ", ") + quotedKey(k);
    if (!v.is_string()) return c.fail(p, Msg::ExpOneOf, {allowed, got(v)});
    x.kind = v.get_ref<const std::string&>();
    if (std::find(std::begin(kConflictKinds), std::end(kConflictKinds), x.kind) == std::end(kConflictKinds))
        return c.fail(p, Msg::UnknownValue, {got(v), allowed});
    return true;
}

J jsonText(const std::string& text) {
    if (text.empty()) return J(nullptr);
    Result<J> r = parseTree(text);
    return r.ok() ? std::move(*r) : J(nullptr);
}

#define AIR_ANY(m)                                                                                \
    Field<FieldConflict> {                                                                        \
        #m, [](Ctx&, const J& v, const std::string&, FieldConflict& x) { x.m = dumpCompact(v); return true; }, \
            [](const FieldConflict& x) { return jsonText(x.m); }                                  \
    }
const Field<FieldConflict> kConflictFields[] = {
    {"id", [](Ctx& c, const J& v, const std::string& p, FieldConflict& x) { return readRequired(c, v, p, x.id); },
     // A top-level conflict has no record, so no id.
     [](const FieldConflict& x) { return x.kind == "register" ? J(J::value_t::discarded) : J(x.id); }},
    {"kind", readConflictKind, [](const FieldConflict& x) { return J(x.kind); }},
    {"field", [](Ctx& c, const J& v, const std::string& p, FieldConflict& x) { return readRequired(c, v, p, x.field); },
     [](const FieldConflict& x) { return J(x.field); }},
    AIR_ANY(base),
    AIR_ANY(ours),
    AIR_ANY(theirs),
};
#undef AIR_ANY

#undef AIR_STR
#undef AIR_BOOL
#undef AIR_ENUM
#undef AIR_ENUMS
#undef AIR_DATE
#undef AIR_TIME
#undef AIR_COUNT

// ============================================================================
// [SECTION] lists
// ============================================================================

}  // namespace

// Reads the "deleted" array: records with a required, unique `id` and a required
// `deleted_at` timestamp; unknown keys travel in each tombstone's extra.
bool readTombstones(Ctx& c, const J& v, const std::string& p, std::vector<Tombstone>& out) {
    if (!readIdentified(c, v, p, kTombstoneFields, out, false)) return false;
    std::size_t i = 0;
    for (const J& x : v)
        if (!requireKey(c, x, item(p, i++), "deleted_at")) return false;
    return true;
}

// Reads the "conflicts" array: objects with a required `kind` and `field`, an `id` required
// unless kind is "register", and any JSON as base/ours/theirs (absent = null).
bool readConflicts(Ctx& c, const J& v, const std::string& p, std::vector<FieldConflict>& out) {
    if (!v.is_array()) return c.fail(p, Msg::ExpArray, {got(v)});
    out.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        std::string ip = item(p, i++);
        FieldConflict rec;
        if (!readRecord(c, x, ip, kConflictFields, rec, &rec.extra)) return false;
        if (!requireKey(c, x, ip, "kind") || !requireKey(c, x, ip, "field")) return false;
        if (rec.kind != "register" && !requireKey(c, x, ip, "id")) return false;
        out.push_back(std::move(rec));
    }
    return true;
}

// ============================================================================
// [SECTION] entry points
// ============================================================================

bool readActivities(Ctx& c, const J& v, const std::string& p, std::vector<Activity>& out) {
    return readIdentified(c, v, p, kActivityFields, out, true);
}
bool readWorkshops(Ctx& c, const J& v, const std::string& p, std::vector<Workshop>& out) {
    return readIdentified(c, v, p, kWorkshopFields, out, false);
}
bool readController(Ctx& c, const J& v, const std::string& p, Controller& out) {
    return readRecord(c, v, p, kControllerFields, out, nullptr);
}

J writeActivity(const Activity& a) { return writeRecord(a, kActivityFields, &a.extra); }
J writeWorkshop(const Workshop& w) { return writeRecord(w, kWorkshopFields, &w.extra); }
J writeTombstone(const Tombstone& t) { return writeRecord(t, kTombstoneFields, &t.extra); }
J writeController(const Controller& c) { return writeRecord(c, kControllerFields, nullptr); }

}  // namespace json

using namespace json;

Result<std::vector<FieldConflict>> conflictsOf(const Register& reg) {
    std::vector<FieldConflict> out;
    J ex = parseExtra(reg.extra);
    auto it = ex.find(std::string(kConflictsKey));
    if (it == ex.end()) return out;
    Ctx c;
    if (!readConflicts(c, *it, std::string(kConflictsKey), out)) return *c.error;
    return out;
}

void setConflicts(Register& reg, const std::vector<FieldConflict>& conflicts) {
    J ex = parseExtra(reg.extra);
    ex.erase(std::string(kConflictsKey));
    if (!conflicts.empty()) {
        J arr = J::array();
        for (const FieldConflict& x : conflicts) arr.push_back(writeRecord(x, kConflictFields, &x.extra));
        ex.get_ref<J::object_t&>().emplace_back(std::string(kConflictsKey), std::move(arr));
    }
    reg.extra = ex.empty() ? std::string() : dumpCompact(ex);
}

std::vector<std::string_view> activityKeys() {
    std::vector<std::string_view> out;
    for (const Field<Activity>& f : kActivityFields) out.push_back(f.key);
    return out;
}

std::string jsonOf(const Activity& a, std::string_view field) {
    return recordText(a, kActivityFields, &a.extra, field);
}
std::string jsonOf(const Workshop& w, std::string_view field) {
    return recordText(w, kWorkshopFields, &w.extra, field);
}
std::string jsonOf(const Vote& v) { return recordText(v, kVoteFields, nullptr, {}); }
std::string jsonOf(const WorkshopAction& x) { return recordText(x, kActionFields, nullptr, {}); }
std::string jsonOf(const std::optional<Controller>& c) {
    return c ? recordText(*c, kControllerFields, nullptr, {}) : std::string("null");
}

}  // namespace air::io
