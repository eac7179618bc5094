// Register repository on SQLite (repository.hpp): the whole register, tombstones, the
// controller, meta and preferences, the change history. Activities and workshops are in
// repository_activities.cpp and repository_workshops.cpp (internals: repository_internal.hpp).
#include "store/repository.hpp"

#include "store/repository_internal.hpp"

namespace air::store {

using namespace detail;

// ---- [controller] ----------------------------------------------------------------------
// The top-level "controller" object as meta rows: "controller" = "1" when present, then one
// row per text. Absent = no "controller" row (the other rows are then removed too). Read and
// written only with the whole register.
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

}  // namespace

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
    Result<std::vector<FrameworkItem>> fw = loadFramework(db);
    if (!fw) return withContext(fw.error(), "loading the register");
    r.framework = std::move(*fw);
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
    if (s) s = saveFramework(db, r.framework);
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
    if (t.id.empty()) return Error{"saving tombstone", ErrorCode::TombstoneNoId};
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
