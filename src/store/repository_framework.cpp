// Register repository: the team's framework (repository.hpp). Small (tens of items), so it is
// read whole and replaced whole; the scope lists are child rows ordered by `ord`.
#include <map>

#include "store/repository.hpp"
#include "store/repository_internal.hpp"

namespace air::store {

using namespace detail;

namespace {

// The scope's lists in their stored order: dimension name, then the values.
template <class F>
void eachScopeValue(const FrameworkScope& s, F&& f) {
    for (const std::string& v : s.applications) f("application", std::string_view(v));
    for (DataCategory c : s.data_categories) f("data_category", keyOf(c));
    for (DataSubject d : s.data_subjects) f("data_subject", keyOf(d));
    for (const std::string& v : s.screening) f("screening", std::string_view(v));
    for (const std::string& v : s.activity_ids) f("activity", std::string_view(v));
}

Status addScopeValue(FrameworkScope& s, const std::string& dim, const std::string& value, const std::string& id) {
    if (dim == "application") s.applications.push_back(value);
    else if (dim == "screening") s.screening.push_back(value);
    else if (dim == "activity") s.activity_ids.push_back(value);
    else if (dim == "data_category") {
        Result<DataCategory> c = parseStored<DataCategory>(value, "framework_scope.value", id);
        if (!c) return c.error();
        s.data_categories.push_back(*c);
    } else if (dim == "data_subject") {
        Result<DataSubject> d = parseStored<DataSubject>(value, "framework_scope.value", id);
        if (!d) return d.error();
        s.data_subjects.push_back(*d);
    } else {
        return Error{id, ErrorCode::StoredUnknown, {dim, "framework_scope.dimension"}};
    }
    return okStatus();
}

// Runs a cached query and calls `row` for each result row; the first error (of the step or of
// `row`) ends it. The statement is reset either way.
template <class F>
Status eachRow(Db& db, const char* sql, std::string_view what, F&& row) {
    Result<Stmt*> st = db.cached(sql, what);
    if (!st) return st.error();
    Stmt& q = **st;
    Status s = okStatus();
    for (;;) {
        Result<bool> more = q.step();
        if (!more) {
            s = more.error();
            break;
        }
        if (!*more) break;
        s = row(q);
        if (!s) break;
    }
    q.reset();
    return s;
}

}  // namespace

Result<std::vector<FrameworkItem>> loadFramework(Db& db) {
    std::vector<FrameworkItem> out;
    std::map<std::string, std::size_t, std::less<>> at;
    Status s = eachRow(db,
                       "SELECT id, kind, text, explanation, status, workshop_id, decided_at, votes_for, "
                       "votes_against, votes_abstain, extra FROM framework ORDER BY pos, id",
                       "reading the framework", [&](Stmt& q) -> Status {
                           FrameworkItem f;
                           f.id = q.text(0);
                           Result<FrameworkKind> kind = parseStored<FrameworkKind>(q.text(1), "framework.kind", f.id);
                           if (!kind) return kind.error();
                           Result<FrameworkStatus> status =
                               parseStored<FrameworkStatus>(q.text(4), "framework.status", f.id);
                           if (!status) return status.error();
                           f.kind = *kind;
                           f.text = q.text(2);
                           f.explanation = q.text(3);
                           f.status = *status;
                           f.workshop_id = q.text(5);
                           f.decided_at = q.text(6);
                           f.votes_for = int(q.int64(7));
                           f.votes_against = int(q.int64(8));
                           f.votes_abstain = int(q.int64(9));
                           f.extra = q.text(10);
                           at.emplace(f.id, out.size());
                           out.push_back(std::move(f));
                           return okStatus();
                       });
    if (s)
        s = eachRow(db, "SELECT item_id, dimension, value FROM framework_scope ORDER BY item_id, ord",
                    "reading the framework's scopes", [&](Stmt& q) -> Status {
                        const std::string id = q.text(0);
                        auto it = at.find(id);
                        if (it == at.end()) return okStatus();  // the foreign key makes this impossible
                        return addScopeValue(out[it->second].applies_to, q.text(1), q.text(2), id);
                    });
    if (!s) return s.error();
    return out;
}

Status saveFramework(Db& db, const std::vector<FrameworkItem>& framework) {
    Status s = requireTx(db, "saving the framework");
    if (!s) return s;
    s = db.exec("DELETE FROM framework;", "clearing the framework");
    for (std::size_t i = 0; s && i < framework.size(); ++i) {
        const FrameworkItem& f = framework[i];
        s = runCached(db,
                      "INSERT INTO framework (id, pos, kind, text, explanation, status, workshop_id, decided_at, "
                      "votes_for, votes_against, votes_abstain, extra) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                      "writing a framework item", [&](Stmt& st) {
                          st.bindText(1, f.id);
                          st.bindInt(2, std::int64_t(i + 1));
                          st.bindText(3, keyOf(f.kind));
                          st.bindText(4, f.text);
                          st.bindText(5, f.explanation);
                          st.bindText(6, keyOf(f.status));
                          st.bindText(7, f.workshop_id);
                          st.bindText(8, f.decided_at);
                          st.bindInt(9, f.votes_for);
                          st.bindInt(10, f.votes_against);
                          st.bindInt(11, f.votes_abstain);
                          st.bindText(12, f.extra);
                      });
        if (!s) return ctx(s.error(), "saving framework item", f.id);
        std::int64_t ord = 0;
        eachScopeValue(f.applies_to, [&](std::string_view dim, std::string_view value) {
            if (!s) return;
            s = runCached(db,
                          "INSERT INTO framework_scope (item_id, ord, dimension, value) VALUES (?1, ?2, ?3, ?4)",
                          "writing a framework scope", [&](Stmt& st) {
                              st.bindText(1, f.id);
                              st.bindInt(2, ord++);
                              st.bindText(3, dim);
                              st.bindText(4, value);
                          });
        });
        if (!s) return ctx(s.error(), "saving framework item", f.id);
    }
    return s;
}

}  // namespace air::store
