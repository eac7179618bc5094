// Store tests: Db/Stmt/Tx, schema migrations and identity checks, and the repository round
// trips (every field of register file format v1).
#include <catch_amalgamated.hpp>

#include <sqlite3.h>

#include "store/db.hpp"
#include "store/repository.hpp"
#include "store/schema.hpp"
#include "store_fixtures.hpp"

using namespace air;
using namespace air::store;
using air::testing::fullActivity;
using air::testing::fullWorkshop;
using air::testing::TempDir;

namespace {

Db openMem() {
    Result<Db> db = openRegisterDb(":memory:");
    REQUIRE(db.ok());
    return std::move(*db);
}

void saveInTx(Db& db, const Activity& a) {
    Result<Tx> tx = Tx::begin(db, "test");
    REQUIRE(tx.ok());
    Status s = saveActivity(db, a);
    INFO((s.ok() ? "" : s.error().text()));
    REQUIRE(s.ok());
    Status c = tx->commit();
    INFO((c.ok() ? "" : c.error().text()));
    REQUIRE(c.ok());
}

Activity loadOne(Db& db, const std::string& id) {
    auto r = loadActivity(db, id);
    INFO((r.ok() ? "" : r.error().text()));
    REQUIRE(r.ok());
    REQUIRE(r->has_value());
    return (*r)->first;
}

std::int64_t count(Db& db, const char* sql) {
    Result<std::int64_t> n = db.queryInt(sql, "counting");
    REQUIRE(n.ok());
    return *n;
}

// Creates a plain SQLite file with the given pragmas and a table, outside our schema.
void makeForeignDb(const std::string& path, const char* sql) {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
}

}  // namespace

// ---- Db / Stmt / Tx ------------------------------------------------------------------------

TEST_CASE("Stmt binds by index and by name and reads columns", "[store][db]") {
    Result<Db> db = Db::open(":memory:");
    REQUIRE(db.ok());
    REQUIRE(db->exec("CREATE TABLE t (a TEXT, b INTEGER, c REAL, d TEXT)", "create").ok());
    Result<Stmt> ins = Stmt::prepare(*db, "INSERT INTO t VALUES (:a, ?2, :c, :d)", "insert");
    REQUIRE(ins.ok());
    ins->bindText(":a", std::string("x\0y", 3));
    ins->bindInt(2, 42);
    ins->bindDouble(":c", 1.5);
    ins->bindNull(":d");
    REQUIRE(ins->run().ok());
    Result<Stmt> sel = Stmt::prepare(*db, "SELECT a, b, c, d FROM t", "select");
    REQUIRE(sel.ok());
    Result<bool> row = sel->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    CHECK(sel->text(0) == std::string("x\0y", 3));  // embedded NUL kept
    CHECK(sel->int64(1) == 42);
    CHECK(sel->real(2) == 1.5);
    CHECK(sel->isNull(3));
    CHECK(sel->text(3).empty());
    row = sel->step();
    REQUIRE(row.ok());
    CHECK_FALSE(*row);
}

TEST_CASE("Stmt reports unknown parameter names and SQL errors with context", "[store][db]") {
    Result<Db> db = Db::open(":memory:");
    REQUIRE(db.ok());
    REQUIRE(db->exec("CREATE TABLE t (a TEXT NOT NULL)", "create").ok());
    Result<Stmt> ins = Stmt::prepare(*db, "INSERT INTO t VALUES (:a)", "inserting into t");
    REQUIRE(ins.ok());
    ins->bindText(":nope", "v");
    Status s = ins->run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().whereText() == "inserting into t");
    CHECK(s.error().message().find(":nope") != std::string::npos);

    ins->reset();
    ins->bindNull(":a");
    s = ins->run();
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message().find("NOT NULL constraint failed") != std::string::npos);

    Result<Stmt> bad = Stmt::prepare(*db, "SELEC nonsense", "preparing nonsense");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().whereText() == "preparing nonsense");
    CHECK(bad.error().message().find("syntax error") != std::string::npos);
}

TEST_CASE("Tx rolls back unless committed", "[store][db]") {
    Db db = openMem();
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveActivity(db, fullActivity("a1")).ok());
        REQUIRE(setMeta(db, kMetaOrganisation, "Org").ok());
        CHECK(count(db, "SELECT count(*) FROM activities") == 1);
    }  // no commit
    CHECK_FALSE(db.inTransaction());
    CHECK(count(db, "SELECT count(*) FROM activities") == 0);
    CHECK(count(db, "SELECT count(*) FROM processors") == 0);
    CHECK(count(db, "SELECT count(*) FROM meta") == 0);

    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveActivity(db, fullActivity("a1")).ok());
        REQUIRE(tx->commit().ok());
    }
    CHECK(count(db, "SELECT count(*) FROM activities") == 1);
}

TEST_CASE("a failure half-way through a transaction leaves nothing behind", "[store][db]") {
    Db db = openMem();
    saveInTx(db, fullActivity("keep"));
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveActivity(db, fullActivity("new-1")).ok());
        Activity bad = fullActivity("new-2");
        bad.processors[1].transfer_safeguard = TransferSafeguard(99);  // not a valid value
        Status s = saveActivity(db, bad);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().whereText().find("saving activity 'new-2'") != std::string::npos);
        CHECK(s.error().message().find("CHECK constraint failed") != std::string::npos);
    }
    Result<Register> r = loadRegister(db);
    REQUIRE(r.ok());
    REQUIRE(r->activities.size() == 1);
    CHECK(r->activities[0] == fullActivity("keep"));
}

TEST_CASE("multi-row writes refuse to run outside a transaction", "[store][db]") {
    Db db = openMem();
    Status s = saveActivity(db, fullActivity());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message().find("inside a transaction") != std::string::npos);
    CHECK_FALSE(deleteActivity(db, "x").ok());
    CHECK_FALSE(saveWorkshop(db, fullWorkshop()).ok());
    CHECK_FALSE(saveRegister(db, Register{}).ok());
    Result<Tx> tx = Tx::begin(db, "outer");
    REQUIRE(tx.ok());
    CHECK_FALSE(Tx::begin(db, "nested").ok());  // no nesting
}

// ---- schema ---------------------------------------------------------------------------------

TEST_CASE("migrations run on an empty file and re-opening keeps the data", "[store][schema]") {
    TempDir dir;
    const std::string path = dir.file("reg.sqlite");
    {
        Result<Db> db = openRegisterDb(path);
        INFO((db.ok() ? "" : db.error().text()));
        REQUIRE(db.ok());
        CHECK(count(*db, "PRAGMA user_version") == latestSchemaVersion());
        CHECK(count(*db, "PRAGMA application_id") == kApplicationId);
        CHECK(count(*db, "PRAGMA foreign_keys") == 1);
        {
            Result<Stmt> jm = Stmt::prepare(*db, "PRAGMA journal_mode", "journal mode");
            REQUIRE(jm.ok());
            REQUIRE(jm->step().ok());
            CHECK(jm->text(0) == "memory");
        }  // a statement still stepping would block COMMIT
        saveInTx(*db, fullActivity("a1"));
    }
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
    {
        Result<Db> db = openRegisterDb(path);
        REQUIRE(db.ok());
        CHECK(count(*db, "PRAGMA user_version") == latestSchemaVersion());
        CHECK(loadOne(*db, "a1") == fullActivity("a1"));
    }
    Result<Db> ro = openRegisterDbReadOnly(path);
    REQUIRE(ro.ok());
    CHECK(count(*ro, "SELECT count(*) FROM activities") == 1);
}

TEST_CASE("the migration list is contiguous and each step sets its version", "[store][schema]") {
    std::size_t n = 0;
    const Migration* m = migrations(&n);
    REQUIRE(n >= 1);
    for (std::size_t i = 0; i < n; ++i) CHECK(m[i].version == int(i + 1));
    CHECK(latestSchemaVersion() == int(n));
    // Each prefix of the list gives a database at that version (as a shipped build left it).
    for (std::size_t upto = 1; upto <= n; ++upto) {
        Result<Db> db = Db::open(":memory:");
        REQUIRE(db.ok());
        for (std::size_t i = 0; i < upto; ++i) {
            if (m[i].apply) REQUIRE(m[i].apply(*db).ok());
            REQUIRE(db->exec(m[i].sql, "migration").ok());
        }
        CHECK(count(*db, "PRAGMA user_version") == m[upto - 1].version);
    }
}

TEST_CASE("the journal mode can be DELETE for native tools", "[store][schema]") {
    TempDir dir;
    Result<Db> db = openRegisterDb(dir.file("d.sqlite"), JournalMode::Delete);
    REQUIRE(db.ok());
    Result<Stmt> jm = Stmt::prepare(*db, "PRAGMA journal_mode", "journal mode");
    REQUIRE(jm.ok());
    REQUIRE(jm->step().ok());
    CHECK(jm->text(0) == "delete");
}

TEST_CASE("foreign, newer and damaged files are refused and left unchanged", "[store][schema]") {
    TempDir dir;
    SECTION("another application_id") {
        const std::string path = dir.file("other.sqlite");
        makeForeignDb(path, "PRAGMA application_id = 1234; CREATE TABLE x (y);");
        const std::string before = testing::readBytes(path);
        Result<Db> db = openRegisterDb(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message().find("another application") != std::string::npos);
        CHECK(db.error().whereText() == path);
        CHECK(testing::readBytes(path) == before);
        CHECK_FALSE(openRegisterDbReadOnly(path).ok());
    }
    SECTION("no application_id but other tables") {
        const std::string path = dir.file("plain.sqlite");
        makeForeignDb(path, "CREATE TABLE x (y); INSERT INTO x VALUES (1);");
        const std::string before = testing::readBytes(path);
        Result<Db> db = openRegisterDb(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message().find("another application") != std::string::npos);
        CHECK(testing::readBytes(path) == before);
    }
    SECTION("a newer schema version") {
        const std::string path = dir.file("newer.sqlite");
        makeForeignDb(path, "PRAGMA application_id = 1095324209; PRAGMA user_version = 99; "
                            "CREATE TABLE future (z);");
        const std::string before = testing::readBytes(path);
        Result<Db> db = openRegisterDb(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message().find("newer version") != std::string::npos);
        CHECK(db.error().message().find("99") != std::string::npos);
        CHECK(testing::readBytes(path) == before);
    }
    SECTION("not a database at all") {
        const std::string path = dir.file("text.sqlite");
        {
            std::ofstream out(path, std::ios::binary);
            out << "this is not a database, just some text that is long enough to have a header "
                   "of one hundred bytes or more; SQLite must refuse it without changing it.";
        }
        const std::string before = testing::readBytes(path);
        Result<Db> db = openRegisterDb(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message().find("cannot be read") != std::string::npos);
        CHECK(testing::readBytes(path) == before);
    }
}

// ---- repository: activities -------------------------------------------------------------------

TEST_CASE("an activity with every field set round-trips unchanged", "[store][repo]") {
    Db db = openMem();
    const Activity a = fullActivity();
    saveInTx(db, a);
    CHECK(loadOne(db, a.id) == a);
    Result<Register> r = loadRegister(db);
    REQUIRE(r.ok());
    REQUIRE(r->activities.size() == 1);
    CHECK(r->activities[0] == a);
    CHECK(r->activities[0].extra == a.extra);  // JSON text kept byte for byte
    CHECK(r->activities[0].processors[0].extra == a.processors[0].extra);
}

TEST_CASE("a default activity round-trips (screening absent)", "[store][repo]") {
    Db db = openMem();
    Activity a;
    a.id = "plain";
    a.name = "Plain";
    saveInTx(db, a);
    Activity b = loadOne(db, "plain");
    CHECK(b == a);
    CHECK_FALSE(b.screening.has_value());
    CHECK(count(db, "SELECT count(*) FROM screenings") == 0);

    a.screening = Screening{};  // present but all false: not the same as absent
    saveInTx(db, a);
    b = loadOne(db, "plain");
    REQUIRE(b.screening.has_value());
    CHECK(*b.screening == Screening{});
}

TEST_CASE("each screening flag is stored in its own column", "[store][repo]") {
    Db db = openMem();
    for (const ScreeningFlag& f : kScreeningFlags) {
        Activity a;
        a.id = std::string("flag-") + f.key;
        a.name = f.key;
        a.screening = Screening{};
        (*a.screening).*(f.member) = true;
        saveInTx(db, a);
        Activity b = loadOne(db, a.id);
        INFO(f.key);
        CHECK(b == a);
        Result<Stmt> col = Stmt::prepare(db, "SELECT count(*) FROM pragma_table_info('screenings') "
                                             "WHERE name = ?1", "column");
        REQUIRE(col.ok());
        col->bindText(1, f.key);
        REQUIRE(col->step().ok());
        CHECK(col->int64(0) == 1);
    }
}

TEST_CASE("every enum value is accepted by the schema and read back", "[store][repo]") {
    // Guards against an enum growing without a migration for the CHECK constraints.
    Db db = openMem();
    auto roundTrip = [&](Activity a) {
        a.name = "enum";
        saveInTx(db, a);
        CHECK(loadOne(db, a.id) == a);
    };
    int n = 0;
    auto id = [&] { return "e" + std::to_string(n++); };
    for (auto v : allOf<Lifecycle>()) { Activity a; a.id = id(); a.lifecycle = v; roundTrip(a); }
    for (auto v : allOf<AiActRole>()) { Activity a; a.id = id(); a.ai_act_role = v; roundTrip(a); }
    for (auto v : allOf<LegalBasis>()) { Activity a; a.id = id(); a.legal_basis = v; roundTrip(a); }
    for (auto v : allOf<Art9Condition>()) { Activity a; a.id = id(); a.art9_condition = v; roundTrip(a); }
    for (auto v : allOf<DpiaStatus>()) { Activity a; a.id = id(); a.dpia = v; roundTrip(a); }
    for (auto v : allOf<ReviewStatus>()) { Activity a; a.id = id(); a.review.status = v; roundTrip(a); }
    {
        Activity a;
        a.id = id();
        for (auto v : allOf<DataSubject>()) a.data_subjects.push_back(v);
        for (auto v : allOf<DataCategory>()) a.data_categories.push_back(v);
        roundTrip(a);
    }
    for (auto v : allOf<AnnexIII>()) {
        Activity a;
        a.id = id();
        a.screening = Screening{};
        a.screening->annex_iii = v;
        roundTrip(a);
    }
    {
        Activity a;
        a.id = id();
        for (auto t : allOf<TransferSafeguard>())
            for (auto r : allOf<TrainingReuse>()) {
                Processor p;
                p.name = "p";
                p.transfer_safeguard = t;
                p.reuses_data_for_training = r;
                for (auto c : allOf<Certification>()) p.certifications.push_back(c);
                a.processors.push_back(p);
            }
        roundTrip(a);
    }
    {
        Workshop w;
        w.id = "w-enum";
        for (auto p : allOf<Principle>()) {
            w.votes.push_back({"x", p, 1, 2, 3});
            w.notes.push_back({"x", p, "n"});
        }
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveWorkshop(db, w).ok());
        REQUIRE(tx->commit().ok());
        auto back = loadWorkshop(db, "w-enum");
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        CHECK((*back)->first == w);
    }
}

TEST_CASE("list order and duplicates are kept", "[store][repo]") {
    Db db = openMem();
    Activity a;
    a.id = "order";
    a.name = "Order";
    a.data_categories = {DataCategory::Health, DataCategory::Contact, DataCategory::Health};
    a.data_subjects = {DataSubject::GeneralPublic, DataSubject::Customers};
    Processor p;
    p.certifications = {Certification::Soc2, Certification::Iso27001};
    a.processors = {p, Processor{}, p};
    saveInTx(db, a);
    CHECK(loadOne(db, "order") == a);
}

TEST_CASE("saving again replaces the child rows", "[store][repo]") {
    Db db = openMem();
    Activity a = fullActivity();
    saveInTx(db, a);
    a.processors.pop_back();
    a.processors[0].certifications = {};
    a.data_subjects.clear();
    a.screening.reset();
    a.extra.clear();
    saveInTx(db, a);
    CHECK(loadOne(db, a.id) == a);
    CHECK(count(db, "SELECT count(*) FROM processors") == 1);
    CHECK(count(db, "SELECT count(*) FROM processor_certifications") == 0);
    CHECK(count(db, "SELECT count(*) FROM activity_data_subjects") == 0);
    CHECK(count(db, "SELECT count(*) FROM screenings") == 0);
}

TEST_CASE("positions: new activities go last, existing keep theirs", "[store][repo]") {
    Db db = openMem();
    for (const char* id : {"c", "a", "b"}) {
        Activity x;
        x.id = id;
        x.name = id;
        saveInTx(db, x);
    }
    Activity a = loadOne(db, "a");
    a.name = "A renamed";
    saveInTx(db, a);  // keeps its place
    std::vector<std::int64_t> pos;
    Result<Register> r = loadRegister(db, &pos);
    REQUIRE(r.ok());
    REQUIRE(r->activities.size() == 3);
    CHECK(r->activities[0].id == "c");
    CHECK(r->activities[1].id == "a");
    CHECK(r->activities[1].name == "A renamed");
    CHECK(r->activities[2].id == "b");
    CHECK(pos == std::vector<std::int64_t>{1, 2, 3});
    CHECK(*nextActivityPos(db) == 4);

    Result<Tx> tx = Tx::begin(db, "test");
    REQUIRE(tx.ok());
    REQUIRE(saveActivity(db, r->activities[2], 0).ok());  // explicit position moves it first
    REQUIRE(tx->commit().ok());
    r = loadRegister(db, &pos);
    REQUIRE(r.ok());
    CHECK(r->activities[0].id == "b");
    auto one = loadActivity(db, "b");
    REQUIRE(one.ok());
    CHECK((*one)->second == 0);
}

TEST_CASE("deleting an activity cascades to its rows and history", "[store][repo]") {
    Db db = openMem();
    saveInTx(db, fullActivity("gone"));
    saveInTx(db, fullActivity("stays"));
    REQUIRE(appendHistory(db, {0, "gone", "2026-11-25T09:00:00Z", "me", "name", "a", "b"}).ok());
    REQUIRE(appendHistory(db, {0, "stays", "2026-11-25T09:00:00Z", "me", "name", "a", "b"}).ok());
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(deleteActivity(db, "gone").ok());
        REQUIRE(deleteActivity(db, "never-there").ok());
        REQUIRE(tx->commit().ok());
    }
    auto r = loadActivity(db, "gone");
    REQUIRE(r.ok());
    CHECK_FALSE(r->has_value());
    CHECK(count(db, "SELECT count(*) FROM activities") == 1);
    CHECK(count(db, "SELECT count(*) FROM screenings") == 1);
    CHECK(count(db, "SELECT count(*) FROM processors") == 2);
    CHECK(count(db, "SELECT count(*) FROM processor_certifications") == 3);
    CHECK(count(db, "SELECT count(*) FROM activity_data_subjects") == 3);
    CHECK(count(db, "SELECT count(*) FROM activity_data_categories") == 4);
    CHECK(count(db, "SELECT count(*) FROM history") == 1);
    CHECK(loadOne(db, "stays") == fullActivity("stays"));
}

TEST_CASE("an activity without id is refused", "[store][repo]") {
    Db db = openMem();
    Result<Tx> tx = Tx::begin(db, "test");
    REQUIRE(tx.ok());
    Activity a;
    a.name = "no id";
    CHECK_FALSE(saveActivity(db, a).ok());
    Workshop w;
    CHECK_FALSE(saveWorkshop(db, w).ok());
}

TEST_CASE("invalid extra JSON is refused by the schema", "[store][repo]") {
    Db db = openMem();
    Result<Tx> tx = Tx::begin(db, "test");
    REQUIRE(tx.ok());
    Activity a = fullActivity();
    a.extra = "{not json";
    Status s = saveActivity(db, a);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message().find("CHECK constraint failed") != std::string::npos);
}

// ---- repository: workshops, register, meta, prefs, history -----------------------------------

TEST_CASE("a workshop with everything round-trips; deleting it cascades", "[store][repo]") {
    Db db = openMem();
    const Workshop w = fullWorkshop();
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveWorkshop(db, w).ok());
        REQUIRE(saveWorkshop(db, fullWorkshop("w-2")).ok());
        REQUIRE(tx->commit().ok());
    }
    auto back = loadWorkshop(db, "w-1");
    REQUIRE(back.ok());
    REQUIRE(back->has_value());
    CHECK((*back)->first == w);
    CHECK((*back)->second == 1);
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(deleteWorkshop(db, "w-1").ok());
        REQUIRE(tx->commit().ok());
    }
    back = loadWorkshop(db, "w-1");
    REQUIRE(back.ok());
    CHECK_FALSE(back->has_value());
    CHECK(count(db, "SELECT count(*) FROM workshop_votes") == 2);
    CHECK(count(db, "SELECT count(*) FROM workshop_notes") == 2);
    CHECK(count(db, "SELECT count(*) FROM workshop_actions") == 2);
    CHECK(count(db, "SELECT count(*) FROM workshop_activities") == 3);
}

TEST_CASE("a whole register round-trips and saveRegister replaces everything", "[store][repo]") {
    Db db = openMem();
    Register r;
    r.organisation = "Voorbeeld BV";
    r.exported_at = "2026-11-25T09:00:00Z";
    r.extra = R"({"x_tool": {"v": 2}})";
    r.activities = {fullActivity("z"), fullActivity("a"), fullActivity("m")};
    r.activities[1].screening.reset();
    r.workshops = {fullWorkshop("w-b"), fullWorkshop("w-a")};
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveRegister(db, r).ok());
        REQUIRE(tx->commit().ok());
    }
    Result<Register> back = loadRegister(db);
    REQUIRE(back.ok());
    CHECK(*back == r);  // order is file order, not id order

    Register smaller;
    smaller.organisation = "Other";
    smaller.activities = {fullActivity("new")};
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveRegister(db, smaller).ok());
        REQUIRE(tx->commit().ok());
    }
    back = loadRegister(db);
    REQUIRE(back.ok());
    CHECK(*back == smaller);
    CHECK(count(db, "SELECT count(*) FROM processors") == 2);
    CHECK(count(db, "SELECT count(*) FROM workshop_votes") == 0);
}

TEST_CASE("meta and preferences get and set", "[store][repo]") {
    Db db = openMem();
    Result<std::string> m = getMeta(db, kMetaRegisterName);
    REQUIRE(m.ok());
    CHECK(m->empty());
    REQUIRE(setMeta(db, kMetaRegisterName, "Marketing NL").ok());
    REQUIRE(setMeta(db, kMetaRegisterName, "Marketing BE").ok());
    CHECK(*getMeta(db, kMetaRegisterName) == "Marketing BE");

    auto p = getPref(db, "lang");
    REQUIRE(p.ok());
    CHECK_FALSE(p->has_value());
    REQUIRE(setPref(db, "lang", "nl").ok());
    REQUIRE(setPref(db, "user_name", "Anna").ok());
    REQUIRE(setPref(db, "lang", "en").ok());
    p = getPref(db, "lang");
    REQUIRE(p.ok());
    CHECK(**p == "en");
    auto all = allPrefs(db);
    REQUIRE(all.ok());
    CHECK(*all == std::vector<std::pair<std::string, std::string>>{{"lang", "en"}, {"user_name", "Anna"}});
}

TEST_CASE("history appends, lists newest first, limits and restores ids", "[store][repo]") {
    Db db = openMem();
    saveInTx(db, fullActivity("a"));
    saveInTx(db, fullActivity("b"));
    for (int i = 0; i < 5; ++i) {
        Result<std::int64_t> id =
            appendHistory(db, {0, "a", "2026-11-25T09:00:0" + std::to_string(i) + "Z", "Anna",
                               "name", "v" + std::to_string(i), "v" + std::to_string(i + 1)});
        REQUIRE(id.ok());
    }
    REQUIRE(appendHistory(db, {0, "b", "t", "", "notes", "", "x"}).ok());
    auto h = listHistory(db, "a");
    REQUIRE(h.ok());
    REQUIRE(h->size() == 5);
    CHECK((*h)[0].new_value == "v5");
    CHECK((*h)[4].old_value == "v0");
    CHECK((*h)[0].user == "Anna");
    CHECK((*h)[0].field == "name");
    h = listHistory(db, "a", 2);
    REQUIRE(h.ok());
    CHECK(h->size() == 2);
    h = listHistory(db, "a", -1, true);
    REQUIRE(h.ok());
    CHECK(h->front().old_value == "v0");

    // Deleting the activity removes its history; putting rows back keeps their ids.
    const std::vector<store::HistoryRow> saved = *h;
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(deleteActivity(db, "a").ok());
        REQUIRE(tx->commit().ok());
    }
    REQUIRE(appendHistory(db, {0, "b", "t", "", "notes", "x", "y"}).ok());  // no id reuse
    saveInTx(db, fullActivity("a"));
    for (const auto& row : saved) REQUIRE(appendHistory(db, row).ok());
    h = listHistory(db, "a", -1, true);
    REQUIRE(h.ok());
    CHECK(*h == saved);

    // History of an unknown activity is refused (foreign key).
    CHECK_FALSE(appendHistory(db, {0, "nobody", "t", "", "name", "", ""}).ok());
}

// ---- tombstones (schema v2) ------------------------------------------------------------------

TEST_CASE("a version 1 database migrates to the latest with its data; new fields read as their defaults",
          "[store][schema]") {
    TempDir dir;
    const std::string path = dir.file("v1.sqlite");
    std::size_t n = 0;
    const Migration* m = migrations(&n);
    REQUIRE(n >= 3);
    {  // a database as the build that shipped schema v1 left it, written with v1's columns
        Result<Db> db = Db::open(path, true);
        REQUIRE(db.ok());
        REQUIRE(db->exec(m[0].sql, "v1").ok());
        REQUIRE(db->exec("PRAGMA foreign_keys = ON", "fk").ok());
        REQUIRE(db->exec("INSERT INTO activities (id, pos, name, purpose, lifecycle, ai_act_role, legal_basis, "
                         "art9_condition, dpia, review_status, created_at, updated_at) VALUES ('a1', 1, 'Old', "
                         "'p', 'pilot', 'deployer', 'consent', '', '', 'draft', '2026-01-01T00:00:00Z', "
                         "'2026-01-02T00:00:00Z');"
                         "INSERT INTO screenings (activity_id, profiling, annex_iii) VALUES ('a1', 1, '');"
                         "INSERT INTO processors (activity_id, ord, name, dpa_signed) VALUES ('a1', 0, 'Acme', 1);",
                         "v1 rows")
                    .ok());
        CHECK(count(*db, "PRAGMA user_version") == 1);
    }
    Result<Db> db = openRegisterDb(path);
    REQUIRE(db.ok());
    CHECK(count(*db, "PRAGMA user_version") == latestSchemaVersion());
    Activity a = loadOne(*db, "a1");
    CHECK(a.name == "Old");
    CHECK(a.lifecycle == Lifecycle::Pilot);
    CHECK(a.legal_basis == LegalBasis::Consent);
    REQUIRE(a.screening);
    CHECK(a.screening->profiling);
    CHECK_FALSE(a.screening->intimate_imagery);
    CHECK_FALSE(a.screening->public_space);
    // Rule set 2026.12's fields: what an absent key means in a file.
    CHECK(a.personal_data);
    CHECK_FALSE(a.consent_explicit);
    CHECK(a.recipients.empty());
    CHECK(a.security_measures.empty());
    REQUIRE(a.processors.size() == 1);
    CHECK(a.processors[0].name == "Acme");
    CHECK(a.processors[0].dpa_signed);
    CHECK(a.processors[0].role == VendorRole::Processor);
    CHECK(a.processors[0].country.empty());
    Result<Register> r = loadRegister(*db);
    REQUIRE(r.ok());
    CHECK(r->deleted.empty());
    CHECK_FALSE(r->controller.has_value());
    // After the migration every field round-trips, the new ones included.
    saveInTx(*db, fullActivity("a2"));
    CHECK(loadOne(*db, "a2") == fullActivity("a2"));
}

TEST_CASE("the controller and DPO are kept with the register; absent stays absent", "[store][repo]") {
    Db db = openMem();
    Register reg;
    reg.organisation = "Org";
    reg.controller = Controller{"Org B.V.", "Straat 1, Utrecht", "privacy@org.example", {"J. Jansen", "fg@org.example"}};
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveRegister(db, reg).ok());
        REQUIRE(tx->commit().ok());
    }
    Result<Register> r = loadRegister(db);
    REQUIRE(r.ok());
    CHECK(r->controller == reg.controller);
    reg.controller.reset();
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveRegister(db, reg).ok());
        REQUIRE(tx->commit().ok());
    }
    r = loadRegister(db);
    REQUIRE(r.ok());
    CHECK_FALSE(r->controller.has_value());
    CHECK(count(db, "SELECT count(*) FROM meta WHERE key LIKE 'controller%'") == 0);
}

TEST_CASE("tombstones are saved, replaced, listed by id, deleted and part of the register", "[store][repo]") {
    Db db = openMem();
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveTombstone(db, {"b", "2026-11-02T00:00:00Z", ""}).ok());
        REQUIRE(saveTombstone(db, {"a", "2026-11-01T00:00:00Z", R"({"x":1})"}).ok());
        REQUIRE(saveTombstone(db, {"b", "2026-11-03T00:00:00Z", ""}).ok());  // replaces
        REQUIRE(tx->commit().ok());
    }
    Result<std::vector<Tombstone>> all = listTombstones(db);
    REQUIRE(all.ok());
    CHECK(*all == std::vector<Tombstone>{{"a", "2026-11-01T00:00:00Z", R"({"x":1})"},
                                         {"b", "2026-11-03T00:00:00Z", ""}});
    CHECK_FALSE(saveTombstone(db, {"", "2026-11-01T00:00:00Z", ""}).ok());
    CHECK_FALSE(saveTombstone(db, {"c", "", ""}).ok());  // the schema refuses an empty time
    REQUIRE(deleteTombstone(db, "a").ok());
    REQUIRE(deleteTombstone(db, "nope").ok());
    Result<Register> r = loadRegister(db);
    REQUIRE(r.ok());
    CHECK(r->deleted == std::vector<Tombstone>{{"b", "2026-11-03T00:00:00Z", ""}});

    Register file;
    file.deleted = {{"z", "2026-11-09T00:00:00Z", ""}};
    {
        Result<Tx> tx = Tx::begin(db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveRegister(db, file).ok());
        REQUIRE(tx->commit().ok());
    }
    r = loadRegister(db);
    REQUIRE(r.ok());
    CHECK(r->deleted == file.deleted);  // saveRegister replaces them
}
