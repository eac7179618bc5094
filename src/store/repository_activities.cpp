// Register repository: activities (repository.hpp; internals in repository_internal.hpp). The
// activities row derives from the field table (core/fields.hpp): every field stored in the row
// is one column named by its key; lists, the screening, processors and their certifications
// live in child tables. The columns themselves come from the frozen migrations (schema.cpp).
//
// [SECTION] the row and the writes   column binds and reads, upsert SQL, child rows, save/delete
// [SECTION] reads                    one activity or all, with their child rows
#include <algorithm>
#include <iterator>
#include <type_traits>
#include <unordered_map>

#include "core/fields.hpp"
#include "store/repository.hpp"
#include "store/repository_internal.hpp"

namespace air::store {

using namespace detail;

// ---- [SECTION] the row and the writes ------------------------------------------------------
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

// Whether the register already holds an activity with this id.
Result<bool> activityExists(Db& db, const std::string& id) {
    Result<Stmt*> st = db.cached("SELECT 1 FROM activities WHERE id = ?1", "looking up the activity");
    if (!st) return st.error();
    (*st)->bindText(1, id);
    Result<bool> row = (*st)->step();
    (*st)->reset();
    return row;
}

}  // namespace

Status saveActivity(Db& db, const Activity& a, std::optional<std::int64_t> pos) {
    Status s = requireTx(db, "saving activity");
    if (!s) return s;
    if (a.id.empty()) return Error{"saving activity", ErrorCode::ActivityNoId};
    // A new activity has no child rows (they cascade with their activity), so there is nothing
    // to clear: three of the four DELETEs open a temporary table each (SQLite, WITHOUT ROWID
    // with foreign keys), which made importing 10,000 activities ~0.5 s slower.
    Result<bool> existed = activityExists(db, a.id);
    if (!existed) return ctx(existed.error(), "saving activity", a.id);
    s = writeActivityRow(db, a, pos);
    if (s && *existed) s = deleteActivityChildren(db, a.id);
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

// ---- [SECTION] reads ---------------------------------------------------------------------------
namespace {

// SELECT pos, the row's columns (kRowColumns order), extra FROM activities.
const std::string& activitySelect() {
    static const std::string sql = "SELECT pos, " + columnList() + ", extra FROM activities";
    return sql;
}

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
            return Error{owner, ErrorCode::ProcessorGap};
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
            return Error{Location{Place::Activity, {id}}, ErrorCode::CertificationOrphan};
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

Status detail::loadAllActivities(Db& db, std::vector<Activity>& out, std::vector<std::int64_t>* pos) {
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

}  // namespace air::store
