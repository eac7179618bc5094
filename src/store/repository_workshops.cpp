// Register repository: workshops with their activity list, votes, notes and actions, each a
// child table ordered by `ord` (repository.hpp; internals in repository_internal.hpp).
#include <unordered_map>

#include "store/repository.hpp"
#include "store/repository_internal.hpp"

namespace air::store {

using namespace detail;

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

}  // namespace

Status detail::readWorkshops(Db& db, std::vector<Workshop>& out, std::vector<std::int64_t>* pos,
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

Status saveWorkshop(Db& db, const Workshop& w, std::optional<std::int64_t> pos) {
    Status s = requireTx(db, "saving workshop");
    if (!s) return s;
    if (w.id.empty()) return Error{"saving workshop", ErrorCode::WorkshopNoId};
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

Result<std::optional<std::pair<Workshop, std::int64_t>>> loadWorkshop(Db& db, std::string_view id) {
    const std::string sid(id);
    std::vector<Workshop> out;
    std::vector<std::int64_t> pos;
    Status s = readWorkshops(db, out, &pos, &sid);
    if (!s) return ctx(s.error(), "loading workshop", sid);
    if (out.empty()) return std::optional<std::pair<Workshop, std::int64_t>>{};
    return std::optional<std::pair<Workshop, std::int64_t>>(std::pair(std::move(out[0]), pos[0]));
}

}  // namespace air::store
