// Register repository on SQLite. [SECTIONS] helpers (enum keys, tx guard), activity writes,
// activity reads (one and all), workshops, whole register, meta and preferences, history.
#include "store/repository.hpp"

#include "core/fields.hpp"

#include <algorithm>
#include <iterator>
#include <type_traits>
#include <unordered_map>

namespace air::store {

// ---- [helpers] -------------------------------------------------------------------------
namespace {

// The file key of an enum value; an out-of-range value (corrupt memory, a bad cast) gives a
// key that no CHECK constraint accepts, so the write fails instead of storing garbage.
template <class E>
std::string_view keyFor(E e) {
    if (std::size_t(e) >= enumCount<E>()) return "\x01invalid";
    return keyOf(e);
}

// Parses a stored key; an unknown key means the file was damaged or written by a tool that
// bypassed the CHECK constraints.
template <class E>
Result<E> parseStored(const std::string& key, std::string_view column, std::string_view owner) {
    if (std::optional<E> e = parseKey<E>(key)) return *e;
    return Error{std::string(owner), "unknown value '" + key + "' in column " + std::string(column)};
}

Status requireTx(Db& db, std::string_view what) {
    if (db.inTransaction()) return okStatus();
    return Error{std::string(what), "must run inside a transaction"};
}

Error ctx(const Error& e, std::string_view what, std::string_view id) {
    return withContext(e, std::string(what) + " '" + std::string(id) + "'");
}

// Runs a cached statement with the parameters bound by `bind`.
template <class F>
Status runCached(Db& db, const char* sql, std::string_view what, F&& bind) {
    Result<Stmt*> st = db.cached(sql, what);
    if (!st) return st.error();
    bind(**st);
    return (*st)->run();
}

}  // namespace

// ---- [activity writes] -----------------------------------------------------------------
namespace {

// ---- the activities table's columns, from the field table (core/fields.hpp) -------------
// Every field of a kind stored in the row (not the lists, the screening or the processors,
// which live in child tables) is one column named by its key, "." written as "_"
// ("review.status" -> review_status). The columns themselves come from the frozen migrations.
void bindValue(Stmt& s, int i, const std::string& v) { s.bindText(i, v); }
void bindValue(Stmt& s, int i, bool v) { s.bindBool(i, v); }
template <class E>
    requires std::is_enum_v<E>
void bindValue(Stmt& s, int i, E v) {
    s.bindText(i, keyFor(v));
}
Status readValue(const Stmt& s, int col, std::string& out, std::string_view, std::string_view) {
    out = s.text(col);
    return okStatus();
}
Status readValue(const Stmt& s, int col, bool& out, std::string_view, std::string_view) {
    out = s.boolean(col);
    return okStatus();
}
template <class E>
    requires std::is_enum_v<E>
Status readValue(const Stmt& s, int col, E& out, std::string_view column, std::string_view owner) {
    Result<E> e = parseStored<E>(s.text(col), column, owner);
    if (!e) return e.error();
    out = *e;
    return okStatus();
}

struct RowColumn {
    std::string_view key;
    void (*bind)(Stmt&, int, const Activity&);
    Status (*read)(const Stmt&, int, Activity&, std::string_view owner);
};
#define AIR_ROW_COLUMN(key, m)                                                                    \
    RowColumn{key, [](Stmt& s, int i, const Activity& a) { bindValue(s, i, a.m); },               \
              [](const Stmt& s, int c, Activity& a, std::string_view owner) {                     \
                  return readValue(s, c, a.m, columnName(key), owner);                            \
              }},
#define AIR_ROW_Id AIR_ROW_COLUMN
#define AIR_ROW_Text AIR_ROW_COLUMN
#define AIR_ROW_Bool AIR_ROW_COLUMN
#define AIR_ROW_Enum AIR_ROW_COLUMN
#define AIR_ROW_Date AIR_ROW_COLUMN
#define AIR_ROW_Timestamp AIR_ROW_COLUMN
#define AIR_ROW_EnumList(key, m)
#define AIR_ROW_Screening(key, m)
#define AIR_ROW_Processors(key, m)
#define AIR_ROW_FIELD(key, member, kind, ...) AIR_ROW_##kind(key, member)

std::string columnName(std::string_view key) {
    std::string c(key);
    std::replace(c.begin(), c.end(), '.', '_');
    return c;
}

const RowColumn kRowColumns[] = {AIR_ACTIVITY_FIELDS(AIR_ROW_FIELD)};
#undef AIR_ROW_FIELD
#undef AIR_ROW_COLUMN
#undef AIR_ROW_Id
#undef AIR_ROW_Text
#undef AIR_ROW_Bool
#undef AIR_ROW_Enum
#undef AIR_ROW_Date
#undef AIR_ROW_Timestamp
#undef AIR_ROW_EnumList
#undef AIR_ROW_Screening
#undef AIR_ROW_Processors

// The row's columns in kRowColumns order, comma-separated.
std::string columnList() {
    std::string out;
    for (const RowColumn& c : kRowColumns) out += (out.empty() ? "" : ", ") + columnName(c.key);
    return out;
}

// INSERT ... ON CONFLICT (id) DO UPDATE: ?1 = pos (NULL = last, or keep), ?2.. = the columns in
// kRowColumns order, then extra.
const std::string& upsertActivitySql() {
    static const std::string sql = [] {
        const int n = int(std::size(kRowColumns));
        std::string values, sets;
        for (int i = 0; i < n; ++i) {
            values += ", ?" + std::to_string(i + 2);
            if (kRowColumns[i].key == "id") continue;
            const std::string c = columnName(kRowColumns[i].key);
            sets += ", " + c + " = excluded." + c;
        }
        return "INSERT INTO activities (pos, " + columnList() + ", extra) VALUES (coalesce(?1, (SELECT "
               "coalesce(max(pos), 0) + 1 FROM activities))" + values + ", ?" + std::to_string(n + 2) +
               ") ON CONFLICT (id) DO UPDATE SET pos = coalesce(?1, pos)" + sets + ", extra = excluded.extra";
    }();
    return sql;
}


// Column order = kScreeningFlags order (checked by the store tests, flag by flag).
const char* const kInsertScreening = R"SQL(
INSERT INTO screenings (activity_id, interacts_with_people, generates_content, deepfake,
    public_interest_text, emotion_recognition, biometric_categorisation, infers_sensitive_traits,
    workplace_or_education, medical_or_safety_reason, manipulative_techniques,
    exploits_vulnerabilities, social_scoring, narrow_procedural_task, profiling,
    automated_decision, human_review, large_scale, systematic_monitoring, combines_datasets,
    innovative_technology, vulnerable_subjects, blocks_service, evaluation_scoring,
    direct_marketing, intimate_imagery, editorial_control, public_space, annex_iii)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
    ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)
)SQL";

#define AIR_SCREENING_COLUMNS                                                                  \
    "activity_id, interacts_with_people, generates_content, deepfake, public_interest_text, "  \
    "emotion_recognition, biometric_categorisation, infers_sensitive_traits, "                 \
    "workplace_or_education, medical_or_safety_reason, manipulative_techniques, "              \
    "exploits_vulnerabilities, social_scoring, narrow_procedural_task, profiling, "            \
    "automated_decision, human_review, large_scale, systematic_monitoring, combines_datasets, " \
    "innovative_technology, vulnerable_subjects, blocks_service, evaluation_scoring, "         \
    "direct_marketing, intimate_imagery, editorial_control, public_space, annex_iii"
constexpr int kAnnexColumn = 1 + int(std::size(kScreeningFlags));

Status writeActivityRow(Db& db, const Activity& a, std::optional<std::int64_t> pos) {
    return runCached(db, upsertActivitySql().c_str(), "writing the activity row", [&](Stmt& s) {
        if (pos) s.bindInt(1, *pos); else s.bindNull(1);
        int i = 2;
        for (const RowColumn& c : kRowColumns) c.bind(s, i++, a);
        s.bindText(i, a.extra);
    });
}

// Deletes the child rows of one activity (certifications go by cascade from processors).
Status deleteActivityChildren(Db& db, const std::string& id) {
    static const char* const kDeletes[] = {
        "DELETE FROM activity_data_subjects WHERE activity_id = ?1",
        "DELETE FROM activity_data_categories WHERE activity_id = ?1",
        "DELETE FROM screenings WHERE activity_id = ?1",
        "DELETE FROM processors WHERE activity_id = ?1",
    };
    for (const char* sql : kDeletes) {
        Status s = runCached(db, sql, "clearing the activity's lists", [&](Stmt& st) { st.bindText(1, id); });
        if (!s) return s;
    }
    return okStatus();
}

Status writeActivityChildren(Db& db, const Activity& a) {
    for (std::size_t i = 0; i < a.data_subjects.size(); ++i) {
        Status s = runCached(db,
                             "INSERT INTO activity_data_subjects (activity_id, ord, subject) VALUES (?1, ?2, ?3)",
                             "writing data_subjects", [&](Stmt& st) {
                                 st.bindText(1, a.id);
                                 st.bindInt(2, std::int64_t(i));
                                 st.bindText(3, keyFor(a.data_subjects[i]));
                             });
        if (!s) return s;
    }
    for (std::size_t i = 0; i < a.data_categories.size(); ++i) {
        Status s = runCached(db,
                             "INSERT INTO activity_data_categories (activity_id, ord, category) VALUES (?1, ?2, ?3)",
                             "writing data_categories", [&](Stmt& st) {
                                 st.bindText(1, a.id);
                                 st.bindInt(2, std::int64_t(i));
                                 st.bindText(3, keyFor(a.data_categories[i]));
                             });
        if (!s) return s;
    }
    if (a.screening) {
        const Screening& sc = *a.screening;
        Status s = runCached(db, kInsertScreening, "writing screening", [&](Stmt& st) {
            st.bindText(1, a.id);
            int col = 2;
            for (const ScreeningFlag& f : kScreeningFlags) st.bindBool(col++, sc.*(f.member));
            st.bindText(col, keyFor(sc.annex_iii));
        });
        if (!s) return s;
    }
    for (std::size_t i = 0; i < a.processors.size(); ++i) {
        const Processor& p = a.processors[i];
        Status s = runCached(db,
                             "INSERT INTO processors (activity_id, ord, name, dpa_signed, outside_eu, "
                             "transfer_safeguard, reuses_data_for_training, extra, role, country) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                             "writing processors", [&](Stmt& st) {
                                 st.bindText(1, a.id);
                                 st.bindInt(2, std::int64_t(i));
                                 st.bindText(3, p.name);
                                 st.bindBool(4, p.dpa_signed);
                                 st.bindBool(5, p.outside_eu);
                                 st.bindText(6, keyFor(p.transfer_safeguard));
                                 st.bindText(7, keyFor(p.reuses_data_for_training));
                                 st.bindText(8, p.extra);
                                 st.bindText(9, keyFor(p.role));
                                 st.bindText(10, p.country);
                             });
        if (!s) return s;
        for (std::size_t j = 0; j < p.certifications.size(); ++j) {
            s = runCached(db,
                          "INSERT INTO processor_certifications (activity_id, processor_ord, ord, "
                          "certification) VALUES (?1, ?2, ?3, ?4)",
                          "writing processor certifications", [&](Stmt& st) {
                              st.bindText(1, a.id);
                              st.bindInt(2, std::int64_t(i));
                              st.bindInt(3, std::int64_t(j));
                              st.bindText(4, keyFor(p.certifications[j]));
                          });
            if (!s) return s;
        }
    }
    return okStatus();
}

}  // namespace

Status saveActivity(Db& db, const Activity& a, std::optional<std::int64_t> pos) {
    Status s = requireTx(db, "saving activity");
    if (!s) return s;
    if (a.id.empty()) return Error{"saving activity", "the activity has no id"};
    s = writeActivityRow(db, a, pos);
    if (s) s = deleteActivityChildren(db, a.id);
    if (s) s = writeActivityChildren(db, a);
    if (!s) return ctx(s.error(), "saving activity", a.id);
    return okStatus();
}

Status deleteActivity(Db& db, std::string_view id) {
    Status s = requireTx(db, "deleting activity");
    if (!s) return s;
    s = runCached(db, "DELETE FROM activities WHERE id = ?1", "deleting the activity row",
                  [&](Stmt& st) { st.bindText(1, id); });
    if (!s) return ctx(s.error(), "deleting activity", id);
    return okStatus();
}

Result<std::int64_t> nextActivityPos(Db& db) {
    return db.queryInt("SELECT coalesce(max(pos), 0) + 1 FROM activities", "reading positions");
}

Result<std::int64_t> activityCount(Db& db) {
    return db.queryInt("SELECT count(*) FROM activities", "counting activities");
}

// ---- [activity reads] ------------------------------------------------------------------
namespace {

// SELECT pos, the row's columns (kRowColumns order), extra FROM activities.
const std::string& activitySelect() {
    static const std::string sql = "SELECT pos, " + columnList() + ", extra FROM activities";
    return sql;
}

// A child-table query in two constant forms: every activity, or the one bound as ?1.
struct ChildQuery {
    const char* all;
    const char* one;
};
#define AIR_CHILD_QUERY(select, order) {select " ORDER BY " order, select " WHERE activity_id = ?1 ORDER BY " order}
const ChildQuery kSubjectsQuery = AIR_CHILD_QUERY(
    "SELECT activity_id, subject FROM activity_data_subjects", "activity_id, ord");
const ChildQuery kCategoriesQuery = AIR_CHILD_QUERY(
    "SELECT activity_id, category FROM activity_data_categories", "activity_id, ord");
const ChildQuery kScreeningsQuery = AIR_CHILD_QUERY(
    "SELECT " AIR_SCREENING_COLUMNS " FROM screenings", "activity_id");
const ChildQuery kProcessorsQuery = AIR_CHILD_QUERY(
    "SELECT activity_id, ord, name, dpa_signed, outside_eu, transfer_safeguard, "
    "reuses_data_for_training, extra, role, country FROM processors", "activity_id, ord");
const ChildQuery kCertificationsQuery = AIR_CHILD_QUERY(
    "SELECT activity_id, processor_ord, certification FROM processor_certifications",
    "activity_id, processor_ord, ord");
#undef AIR_CHILD_QUERY

// Reads one row selected with activitySelect().
Result<Activity> readActivityRow(const Stmt& s, std::int64_t* pos) {
    Activity a;
    if (pos) *pos = s.int64(0);
    const int idColumn = 1;  // kRowColumns starts with id
    const std::string owner = "activity '" + s.text(idColumn) + "'";
    int col = 1;
    for (const RowColumn& c : kRowColumns) {
        Status st = c.read(s, col++, a, owner);
        if (!st) return st.error();
    }
    a.extra = s.text(col);
    return a;
}

// Reads a screening row selected with AIR_SCREENING_COLUMNS (column 0 = activity_id).
Result<Screening> readScreeningRow(const Stmt& s) {
    Screening sc;
    int col = 1;
    for (const ScreeningFlag& f : kScreeningFlags) sc.*(f.member) = s.boolean(col++);
    auto annex = parseStored<AnnexIII>(s.text(kAnnexColumn), "annex_iii",
                                       "screening of activity '" + s.text(0) + "'");
    if (!annex) return annex.error();
    sc.annex_iii = *annex;
    return sc;
}

// Where child rows go: activity index by id. Shared by the one-activity and the all-activities
// readers, which differ only in their WHERE clause.
struct ActivitySink {
    std::vector<Activity>* acts;
    std::unordered_map<std::string, std::size_t> index;
    Activity* find(const std::string& id) {
        auto it = index.find(id);
        return it == index.end() ? nullptr : &(*acts)[it->second];
    }
};

// Steps through every row of a prepared statement, calling `onRow(stmt)` -> Status for each;
// stops at the first error (of the statement or of `onRow`).
template <class F>
Status forEachRow(Result<Stmt>& st, F&& onRow) {
    if (!st) return st.error();
    for (;;) {
        Result<bool> row = st->step();
        if (!row) return row.error();
        if (!*row) return okStatus();
        if (Status s = onRow(*st); !s) return s;
    }
}

// Fills lists, screenings, processors and certifications of the activities in `sink`;
// `one` = only the activity with that id.
Status readActivityChildren(Db& db, ActivitySink& sink, const std::string* one) {
    auto prep = [&](const ChildQuery& q, std::string_view what) -> Result<Stmt> {
        Result<Stmt> st = Stmt::prepare(db, one ? q.one : q.all, what);
        if (st && one) st->bindText(1, *one);
        return st;
    };
    // A list of enum values per activity (data subjects, data categories).
    auto readList = [&](const ChildQuery& q, std::string_view what, const char* key, auto member) -> Status {
        using E = typename std::remove_reference_t<decltype(Activity{}.*member)>::value_type;
        Result<Stmt> st = prep(q, what);
        return forEachRow(st, [&](Stmt& row) -> Status {
            const std::string id = row.text(0);
            auto v = parseStored<E>(row.text(1), key, "activity '" + id + "'");
            if (!v) return v.error();
            if (Activity* a = sink.find(id)) (a->*member).push_back(*v);
            return okStatus();
        });
    };
    if (Status s = readList(kSubjectsQuery, "reading data_subjects", "subject", &Activity::data_subjects); !s) return s;
    if (Status s = readList(kCategoriesQuery, "reading data_categories", "category", &Activity::data_categories); !s)
        return s;

    Result<Stmt> screenings = prep(kScreeningsQuery, "reading screenings");
    Status s = forEachRow(screenings, [&](Stmt& row) -> Status {
        Result<Screening> sc = readScreeningRow(row);
        if (!sc) return sc.error();
        if (Activity* a = sink.find(row.text(0))) a->screening = std::move(*sc);
        return okStatus();
    });
    if (!s) return s;

    // Processors: ord is 0..n-1 per activity, so the vector index is the ord.
    Result<Stmt> processors = prep(kProcessorsQuery, "reading processors");
    s = forEachRow(processors, [&](Stmt& row) -> Status {
        const std::string id = row.text(0);
        const std::string owner = "processor of activity '" + id + "'";
        Processor p;
        p.name = row.text(2);
        p.dpa_signed = row.boolean(3);
        p.outside_eu = row.boolean(4);
        auto ts = parseStored<TransferSafeguard>(row.text(5), "transfer_safeguard", owner);
        if (!ts) return ts.error();
        p.transfer_safeguard = *ts;
        auto tr = parseStored<TrainingReuse>(row.text(6), "reuses_data_for_training", owner);
        if (!tr) return tr.error();
        p.reuses_data_for_training = *tr;
        p.extra = row.text(7);
        auto role = parseStored<VendorRole>(row.text(8), "role", owner);
        if (!role) return role.error();
        p.role = *role;
        p.country = row.text(9);
        Activity* a = sink.find(id);
        if (!a) return okStatus();
        if (row.int64(1) != std::int64_t(a->processors.size()))
            return Error{owner, "processor positions are not contiguous"};
        a->processors.push_back(std::move(p));
        return okStatus();
    });
    if (!s) return s;

    Result<Stmt> certs = prep(kCertificationsQuery, "reading processor certifications");
    return forEachRow(certs, [&](Stmt& row) -> Status {
        const std::string id = row.text(0);
        auto c = parseStored<Certification>(row.text(2), "certification", "processor of activity '" + id + "'");
        if (!c) return c.error();
        Activity* a = sink.find(id);
        if (!a) return okStatus();
        const std::int64_t ord = row.int64(1);
        if (ord < 0 || ord >= std::int64_t(a->processors.size()))
            return Error{"activity '" + id + "'", "certification of a missing processor"};
        a->processors[std::size_t(ord)].certifications.push_back(*c);
        return okStatus();
    });
}

}  // namespace

Result<std::optional<std::pair<Activity, std::int64_t>>> loadActivity(Db& db, std::string_view id) {
    const std::string sid(id);
    Result<Stmt> st = Stmt::prepare(db, activitySelect() + " WHERE id = ?1", "reading activity");
    if (!st) return st.error();
    st->bindText(1, sid);
    Result<bool> row = st->step();
    if (!row) return ctx(row.error(), "loading activity", sid);
    if (!*row) return std::optional<std::pair<Activity, std::int64_t>>{};
    std::int64_t pos = 0;
    Result<Activity> a = readActivityRow(*st, &pos);
    if (!a) return a.error();
    std::vector<Activity> one;
    one.push_back(std::move(*a));
    ActivitySink sink{&one, {}};
    sink.index.emplace(sid, 0);
    Status s = readActivityChildren(db, sink, &sid);
    if (!s) return ctx(s.error(), "loading activity", sid);
    return std::optional<std::pair<Activity, std::int64_t>>(std::pair(std::move(one[0]), pos));
}

namespace {

Status loadAllActivities(Db& db, std::vector<Activity>& out, std::vector<std::int64_t>* pos) {
    Result<Stmt> st = Stmt::prepare(db, activitySelect() + " ORDER BY pos, rowid", "reading activities");
    if (!st) return st.error();
    ActivitySink sink{&out, {}};
    for (;;) {
        Result<bool> row = st->step();
        if (!row) return row.error();
        if (!*row) break;
        std::int64_t p = 0;
        Result<Activity> a = readActivityRow(*st, &p);
        if (!a) return a.error();
        sink.index.emplace(a->id, out.size());
        out.push_back(std::move(*a));
        if (pos) pos->push_back(p);
    }
    return readActivityChildren(db, sink, nullptr);
}

}  // namespace

// ---- [workshops] -----------------------------------------------------------------------
namespace {

Status writeWorkshopChildren(Db& db, const Workshop& w) {
    for (std::size_t i = 0; i < w.activity_ids.size(); ++i) {
        Status s = runCached(db,
                             "INSERT INTO workshop_activities (workshop_id, ord, activity_id) VALUES (?1, ?2, ?3)",
                             "writing workshop activity_ids", [&](Stmt& st) {
                                 st.bindText(1, w.id);
                                 st.bindInt(2, std::int64_t(i));
                                 st.bindText(3, w.activity_ids[i]);
                             });
        if (!s) return s;
    }
    for (std::size_t i = 0; i < w.votes.size(); ++i) {
        const Vote& v = w.votes[i];
        Status s = runCached(db,
                             "INSERT INTO workshop_votes (workshop_id, ord, activity_id, principle, green, "
                             "amber, red) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                             "writing workshop votes", [&](Stmt& st) {
                                 st.bindText(1, w.id);
                                 st.bindInt(2, std::int64_t(i));
                                 st.bindText(3, v.activity_id);
                                 st.bindText(4, keyFor(v.principle));
                                 st.bindInt(5, v.green);
                                 st.bindInt(6, v.amber);
                                 st.bindInt(7, v.red);
                             });
        if (!s) return s;
    }
    for (std::size_t i = 0; i < w.notes.size(); ++i) {
        const WorkshopNote& n = w.notes[i];
        Status s = runCached(db,
                             "INSERT INTO workshop_notes (workshop_id, ord, activity_id, principle, text) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)",
                             "writing workshop notes", [&](Stmt& st) {
                                 st.bindText(1, w.id);
                                 st.bindInt(2, std::int64_t(i));
                                 st.bindText(3, n.activity_id);
                                 st.bindText(4, keyFor(n.principle));
                                 st.bindText(5, n.text);
                             });
        if (!s) return s;
    }
    for (std::size_t i = 0; i < w.actions.size(); ++i) {
        const WorkshopAction& a = w.actions[i];
        Status s = runCached(db,
                             "INSERT INTO workshop_actions (workshop_id, ord, activity_id, text, owner, "
                             "due, done) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                             "writing workshop actions", [&](Stmt& st) {
                                 st.bindText(1, w.id);
                                 st.bindInt(2, std::int64_t(i));
                                 st.bindText(3, a.activity_id);
                                 st.bindText(4, a.text);
                                 st.bindText(5, a.owner);
                                 st.bindText(6, a.due);
                                 st.bindBool(7, a.done);
                             });
        if (!s) return s;
    }
    return okStatus();
}

#define AIR_WS_QUERY(select) \
    {select " ORDER BY workshop_id, ord", select " WHERE workshop_id = ?1 ORDER BY workshop_id, ord"}
const ChildQuery kWorkshopActivitiesQuery =
    AIR_WS_QUERY("SELECT workshop_id, activity_id FROM workshop_activities");
const ChildQuery kVotesQuery =
    AIR_WS_QUERY("SELECT workshop_id, activity_id, principle, green, amber, red FROM workshop_votes");
const ChildQuery kNotesQuery =
    AIR_WS_QUERY("SELECT workshop_id, activity_id, principle, text FROM workshop_notes");
const ChildQuery kActionsQuery =
    AIR_WS_QUERY("SELECT workshop_id, activity_id, text, owner, due, done FROM workshop_actions");
#undef AIR_WS_QUERY

// Reads workshops (all, or the one bound as ?1 when `one`) with their lists.
Status readWorkshops(Db& db, std::vector<Workshop>& out, std::vector<std::int64_t>* pos,
                     const std::string* one) {
    std::unordered_map<std::string, std::size_t> index;
    {
        Result<Stmt> st = Stmt::prepare(
            db,
            one ? "SELECT id, pos, title, date, facilitator, extra FROM workshops WHERE id = ?1"
                : "SELECT id, pos, title, date, facilitator, extra FROM workshops ORDER BY pos, rowid",
            "reading workshops");
        if (!st) return st.error();
        if (one) st->bindText(1, *one);
        for (;;) {
            Result<bool> row = st->step();
            if (!row) return row.error();
            if (!*row) break;
            Workshop w;
            w.id = st->text(0);
            if (pos) pos->push_back(st->int64(1));
            w.title = st->text(2);
            w.date = st->text(3);
            w.facilitator = st->text(4);
            w.extra = st->text(5);
            index.emplace(w.id, out.size());
            out.push_back(std::move(w));
        }
    }
    auto each = [&](const ChildQuery& q, std::string_view what, auto&& onRow) -> Status {
        Result<Stmt> st = Stmt::prepare(db, one ? q.one : q.all, what);
        if (!st) return st.error();
        if (one) st->bindText(1, *one);
        for (;;) {
            Result<bool> row = st->step();
            if (!row) return row.error();
            if (!*row) break;
            auto it = index.find(st->text(0));
            if (it == index.end()) continue;
            Status s = onRow(*st, out[it->second]);
            if (!s) return s;
        }
        return okStatus();
    };
    Status s = each(kWorkshopActivitiesQuery, "reading workshop activity_ids",
                    [](const Stmt& st, Workshop& w) -> Status {
                        w.activity_ids.push_back(st.text(1));
                        return okStatus();
                    });
    if (!s) return s;
    s = each(kVotesQuery, "reading workshop votes",
             [](const Stmt& st, Workshop& w) -> Status {
                 Vote v;
                 v.activity_id = st.text(1);
                 auto p = parseStored<Principle>(st.text(2), "principle", "workshop '" + w.id + "'");
                 if (!p) return p.error();
                 v.principle = *p;
                 v.green = st.int32(3);
                 v.amber = st.int32(4);
                 v.red = st.int32(5);
                 w.votes.push_back(std::move(v));
                 return okStatus();
             });
    if (!s) return s;
    s = each(kNotesQuery, "reading workshop notes",
             [](const Stmt& st, Workshop& w) -> Status {
                 WorkshopNote n;
                 n.activity_id = st.text(1);
                 auto p = parseStored<Principle>(st.text(2), "principle", "workshop '" + w.id + "'");
                 if (!p) return p.error();
                 n.principle = *p;
                 n.text = st.text(3);
                 w.notes.push_back(std::move(n));
                 return okStatus();
             });
    if (!s) return s;
    return each(kActionsQuery, "reading workshop actions",
                [](const Stmt& st, Workshop& w) -> Status {
                    WorkshopAction a;
                    a.activity_id = st.text(1);
                    a.text = st.text(2);
                    a.owner = st.text(3);
                    a.due = st.text(4);
                    a.done = st.boolean(5);
                    w.actions.push_back(std::move(a));
                    return okStatus();
                });
}

}  // namespace

Status saveWorkshop(Db& db, const Workshop& w, std::optional<std::int64_t> pos) {
    Status s = requireTx(db, "saving workshop");
    if (!s) return s;
    if (w.id.empty()) return Error{"saving workshop", "the workshop has no id"};
    s = runCached(db,
                  "INSERT INTO workshops (id, pos, title, date, facilitator, extra) VALUES (:id, "
                  "coalesce(:pos, (SELECT coalesce(max(pos), 0) + 1 FROM workshops)), :title, :date, "
                  ":facilitator, :extra) ON CONFLICT (id) DO UPDATE SET pos = coalesce(:pos, pos), "
                  "title = excluded.title, date = excluded.date, facilitator = excluded.facilitator, "
                  "extra = excluded.extra",
                  "writing the workshop row", [&](Stmt& st) {
                      st.bindText(":id", w.id);
                      if (pos) st.bindInt(":pos", *pos); else st.bindNull(":pos");
                      st.bindText(":title", w.title);
                      st.bindText(":date", w.date);
                      st.bindText(":facilitator", w.facilitator);
                      st.bindText(":extra", w.extra);
                  });
    static const char* const kDeletes[] = {
        "DELETE FROM workshop_activities WHERE workshop_id = ?1",
        "DELETE FROM workshop_votes WHERE workshop_id = ?1",
        "DELETE FROM workshop_notes WHERE workshop_id = ?1",
        "DELETE FROM workshop_actions WHERE workshop_id = ?1",
    };
    for (const char* sql : kDeletes) {
        if (!s) break;
        s = runCached(db, sql, "clearing the workshop's lists", [&](Stmt& st) { st.bindText(1, w.id); });
    }
    if (s) s = writeWorkshopChildren(db, w);
    if (!s) return ctx(s.error(), "saving workshop", w.id);
    return okStatus();
}

Status deleteWorkshop(Db& db, std::string_view id) {
    Status s = requireTx(db, "deleting workshop");
    if (!s) return s;
    s = runCached(db, "DELETE FROM workshops WHERE id = ?1", "deleting the workshop row",
                  [&](Stmt& st) { st.bindText(1, id); });
    if (!s) return ctx(s.error(), "deleting workshop", id);
    return okStatus();
}

Result<std::int64_t> nextWorkshopPos(Db& db) {
    return db.queryInt("SELECT coalesce(max(pos), 0) + 1 FROM workshops", "reading positions");
}

Result<std::optional<std::pair<Workshop, std::int64_t>>> loadWorkshop(Db& db, std::string_view id) {
    const std::string sid(id);
    std::vector<Workshop> out;
    std::vector<std::int64_t> pos;
    Status s = readWorkshops(db, out, &pos, &sid);
    if (!s) return ctx(s.error(), "loading workshop", sid);
    if (out.empty()) return std::optional<std::pair<Workshop, std::int64_t>>{};
    return std::optional<std::pair<Workshop, std::int64_t>>(std::pair(std::move(out[0]), pos[0]));
}

// ---- [whole register] ------------------------------------------------------------------

Result<Register> loadRegister(Db& db, std::vector<std::int64_t>* activityPos,
                              std::vector<std::int64_t>* workshopPos) {
    Register r;
    if (activityPos) activityPos->clear();
    if (workshopPos) workshopPos->clear();
    Status s = loadAllActivities(db, r.activities, activityPos);
    if (s) s = readWorkshops(db, r.workshops, workshopPos, nullptr);
    if (!s) return withContext(s.error(), "loading the register");
    Result<std::vector<Tombstone>> tombs = listTombstones(db);
    if (!tombs) return withContext(tombs.error(), "loading the register");
    r.deleted = std::move(*tombs);
    Result<std::string> m = getMeta(db, kMetaOrganisation);
    if (!m) return m.error();
    r.organisation = std::move(*m);
    m = getMeta(db, kMetaExportedAt);
    if (!m) return m.error();
    r.exported_at = std::move(*m);
    m = getMeta(db, kMetaExtra);
    if (!m) return m.error();
    r.extra = std::move(*m);
    m = getMeta(db, kMetaRulesVersion);
    if (!m) return m.error();
    r.rules_version = std::move(*m);
    Result<std::optional<Controller>> ctl = loadController(db);
    if (!ctl) return ctl.error();
    r.controller = std::move(*ctl);
    return r;
}

Status saveRegister(Db& db, const Register& r) {
    Status s = requireTx(db, "saving the register");
    if (!s) return s;
    s = db.exec("DELETE FROM activities; DELETE FROM workshops; DELETE FROM tombstones;",
                "clearing the register");
    for (std::size_t i = 0; s && i < r.activities.size(); ++i)
        s = saveActivity(db, r.activities[i], std::int64_t(i + 1));
    for (std::size_t i = 0; s && i < r.workshops.size(); ++i)
        s = saveWorkshop(db, r.workshops[i], std::int64_t(i + 1));
    for (std::size_t i = 0; s && i < r.deleted.size(); ++i) s = saveTombstone(db, r.deleted[i]);
    if (s) s = setMeta(db, kMetaOrganisation, r.organisation);
    if (s) s = setMeta(db, kMetaExportedAt, r.exported_at);
    if (s) s = setMeta(db, kMetaExtra, r.extra);
    if (s) s = setMeta(db, kMetaRulesVersion, r.rules_version);
    if (s) s = saveController(db, r.controller);
    if (!s) return withContext(s.error(), "saving the register");
    return okStatus();
}

// ---- [tombstones] ----------------------------------------------------------------------

Result<std::vector<Tombstone>> listTombstones(Db& db) {
    Result<Stmt*> st = db.cached("SELECT id, deleted_at, extra FROM tombstones ORDER BY id", "reading tombstones");
    if (!st) return st.error();
    std::vector<Tombstone> out;
    for (;;) {
        Result<bool> row = (*st)->step();
        if (!row) {
            (*st)->reset();
            return row.error();
        }
        if (!*row) break;
        out.push_back({(*st)->text(0), (*st)->text(1), (*st)->text(2)});
    }
    (*st)->reset();
    return out;
}

Status saveTombstone(Db& db, const Tombstone& t) {
    if (t.id.empty()) return Error{"saving tombstone", "the tombstone has no id"};
    Status s = runCached(db,
                         "INSERT INTO tombstones (id, deleted_at, extra) VALUES (?1, ?2, ?3) "
                         "ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at, extra = excluded.extra",
                         "writing the tombstone", [&](Stmt& st) {
                             st.bindText(1, t.id);
                             st.bindText(2, t.deleted_at);
                             st.bindText(3, t.extra);
                         });
    if (!s) return ctx(s.error(), "saving tombstone", t.id);
    return okStatus();
}

Status deleteTombstone(Db& db, std::string_view id) {
    Status s = runCached(db, "DELETE FROM tombstones WHERE id = ?1", "deleting the tombstone",
                         [&](Stmt& st) { st.bindText(1, id); });
    if (!s) return ctx(s.error(), "deleting tombstone", id);
    return okStatus();
}

// ---- [controller] ----------------------------------------------------------------------
// The top-level "controller" object as meta rows: "controller" = "1" when present, then one
// row per text. Absent = no "controller" row (the other rows are then removed too).
namespace {
struct ControllerKey {
    std::string_view key;
    std::string Controller::*member;
    std::string Dpo::*dpoMember;
};
constexpr ControllerKey kControllerKeys[] = {
    {"controller.name", &Controller::name, nullptr},
    {"controller.address", &Controller::address, nullptr},
    {"controller.contact", &Controller::contact, nullptr},
    {"controller.dpo.name", nullptr, &Dpo::name},
    {"controller.dpo.contact", nullptr, &Dpo::contact},
};
}  // namespace

Result<std::optional<Controller>> loadController(Db& db) {
    Result<std::string> present = getMeta(db, kMetaController);
    if (!present) return present.error();
    if (*present != "1") return std::optional<Controller>{};
    Controller c;
    for (const ControllerKey& k : kControllerKeys) {
        Result<std::string> v = getMeta(db, k.key);
        if (!v) return v.error();
        (k.member ? c.*(k.member) : c.dpo.*(k.dpoMember)) = std::move(*v);
    }
    return std::optional<Controller>{std::move(c)};
}

Status saveController(Db& db, const std::optional<Controller>& c) {
    Status s = runCached(db, "DELETE FROM meta WHERE key = ?1 OR key LIKE 'controller.%'",
                         "clearing the controller", [&](Stmt& st) { st.bindText(1, kMetaController); });
    if (!s || !c) return s;
    s = setMeta(db, kMetaController, "1");
    for (const ControllerKey& k : kControllerKeys)
        if (s) s = setMeta(db, k.key, k.member ? (*c).*(k.member) : c->dpo.*(k.dpoMember));
    return s;
}

// ---- [meta and preferences] ------------------------------------------------------------

Result<std::string> getMeta(Db& db, std::string_view key) {
    Result<Stmt*> st = db.cached("SELECT value FROM meta WHERE key = ?1", "reading meta");
    if (!st) return st.error();
    (*st)->bindText(1, key);
    Result<bool> row = (*st)->step();
    if (!row) return row.error();
    std::string v = *row ? (*st)->text(0) : std::string();
    (*st)->reset();
    return v;
}

Status setMeta(Db& db, std::string_view key, std::string_view value) {
    return runCached(db,
                     "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     "writing meta", [&](Stmt& st) {
                         st.bindText(1, key);
                         st.bindText(2, value);
                     });
}

Result<std::optional<std::string>> getPref(Db& db, std::string_view key) {
    Result<Stmt*> st = db.cached("SELECT value FROM preferences WHERE key = ?1", "reading a preference");
    if (!st) return st.error();
    (*st)->bindText(1, key);
    Result<bool> row = (*st)->step();
    if (!row) return row.error();
    std::optional<std::string> v;
    if (*row) v = (*st)->text(0);
    (*st)->reset();
    return v;
}

Status setPref(Db& db, std::string_view key, std::string_view value) {
    return runCached(db,
                     "INSERT INTO preferences (key, value) VALUES (?1, ?2) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     "writing a preference", [&](Stmt& st) {
                         st.bindText(1, key);
                         st.bindText(2, value);
                     });
}

Result<std::vector<std::pair<std::string, std::string>>> allPrefs(Db& db) {
    Result<Stmt> st = Stmt::prepare(db, "SELECT key, value FROM preferences ORDER BY key",
                                    "reading preferences");
    if (!st) return st.error();
    std::vector<std::pair<std::string, std::string>> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row) return row.error();
        if (!*row) break;
        out.emplace_back(st->text(0), st->text(1));
    }
    return out;
}

// ---- [history] -------------------------------------------------------------------------

Result<std::int64_t> appendHistory(Db& db, const HistoryRow& row) {
    Status s = runCached(db,
                         "INSERT INTO history (id, activity_id, at, user_name, field, old_value, "
                         "new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                         "appending history", [&](Stmt& st) {
                             if (row.id > 0) st.bindInt(1, row.id); else st.bindNull(1);
                             st.bindText(2, row.activity_id);
                             st.bindText(3, row.at);
                             st.bindText(4, row.user);
                             st.bindText(5, row.field);
                             st.bindText(6, row.old_value);
                             st.bindText(7, row.new_value);
                         });
    if (!s) return ctx(s.error(), "history of activity", row.activity_id);
    return db.lastInsertRowid();
}

Result<std::vector<HistoryRow>> listHistory(Db& db, std::string_view activityId, int limit,
                                            bool oldestFirst) {
    Result<Stmt> st = Stmt::prepare(
        db,
        oldestFirst ? "SELECT id, activity_id, at, user_name, field, old_value, new_value FROM history "
                      "WHERE activity_id = ?1 ORDER BY id ASC LIMIT ?2"
                    : "SELECT id, activity_id, at, user_name, field, old_value, new_value FROM history "
                      "WHERE activity_id = ?1 ORDER BY id DESC LIMIT ?2",
        "reading history");
    if (!st) return st.error();
    st->bindText(1, activityId);
    st->bindInt(2, limit < 0 ? -1 : limit);
    std::vector<HistoryRow> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row) return row.error();
        if (!*row) break;
        HistoryRow h;
        h.id = st->int64(0);
        h.activity_id = st->text(1);
        h.at = st->text(2);
        h.user = st->text(3);
        h.field = st->text(4);
        h.old_value = st->text(5);
        h.new_value = st->text(6);
        out.push_back(std::move(h));
    }
    return out;
}

}  // namespace air::store
