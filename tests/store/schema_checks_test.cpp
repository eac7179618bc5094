// Schema v5: the CHECK constraints with a list of allowed values are comparisons joined by OR,
// so that writing a row builds no temporary b-tree (issue #13: ~0.7 s of importing 10,000
// activities), and they still refuse what they refused.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "store/db.hpp"
#include "store/repository.hpp"
#include "store/schema.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::store;
using air::testing::TempDir;

namespace {

std::int64_t one(Db& db, const char* sql) {
    Result<std::int64_t> v = db.queryInt(sql, "test");
    REQUIRE(v.ok());
    return *v;
}

// The opcodes SQLite would run for `sql` (EXPLAIN).
std::vector<std::string> opcodes(Db& db, const char* sql) {
    Result<Stmt> st = Stmt::prepare(db, std::string("EXPLAIN ") + sql, "explain");
    REQUIRE(st.ok());
    std::vector<std::string> ops;
    for (;;) {
        Result<bool> row = st->step();
        REQUIRE(row.ok());
        if (!*row) break;
        ops.push_back(st->text(1));
    }
    return ops;
}

bool refused(Db& db, const char* sql) {
    Result<Stmt> st = Stmt::prepare(db, sql, "test");
    REQUIRE(st.ok());
    return !st->run().ok();
}

}  // namespace

TEST_CASE("IN lists of three or more literals become comparisons, nothing else changes", "[store][schema]") {
    CHECK(inListsAsComparisons("CHECK (x IN ('a', 'b',\n    'c'))") == "CHECK ((x = 'a' OR x = 'b' OR x = 'c'))");
    CHECK(inListsAsComparisons("CHECK (done IN (0, 1))") == "CHECK (done IN (0, 1))");
    CHECK(inListsAsComparisons("CHECK (n IN (1, 2, 3)) CHECK (s IN ('', 'y', 'z'))") ==
          "CHECK ((n = 1 OR n = 2 OR n = 3)) CHECK ((s = '' OR s = 'y' OR s = 'z'))");
    // Anything but a plain list of literals is left alone.
    CHECK(inListsAsComparisons("CHECK (x IN (SELECT a FROM t))") == "CHECK (x IN (SELECT a FROM t))");
    CHECK(inListsAsComparisons("CHECK (x IN ('it''s', 'b', 'c'))") == "CHECK (x IN ('it''s', 'b', 'c'))");
    CHECK(inListsAsComparisons("CHECK (x IN ('a', 'b', y))") == "CHECK (x IN ('a', 'b', y))");
    CHECK(inListsAsComparisons("no list here") == "no list here");
}

TEST_CASE("schema v5: writing an activity needs no temporary b-tree, the checks still refuse", "[store][schema]") {
    TempDir dir;
    const std::string path = dir.file("r.sqlite");
    {
        Result<Db> db = openRegisterDb(path);
        REQUIRE(db.ok());
        CHECK(one(*db, "PRAGMA user_version") == 5);
        {  // no list of three or more values is left
            Result<Stmt> q = Stmt::prepare(*db, "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL", "test");
            REQUIRE(q.ok());
            while (*q->step()) CHECK(inListsAsComparisons(q->text(0)) == q->text(0));
        }
        for (const char* sql : {
                 "INSERT INTO activity_data_subjects (activity_id, ord, subject) VALUES ('a', 0, 'employees')",
                 "INSERT INTO activity_data_categories (activity_id, ord, category) VALUES ('a', 0, 'contact')",
                 "UPDATE activities SET lifecycle = 'pilot', legal_basis = 'consent' WHERE id = 'a'",
             }) {
            const std::vector<std::string> ops = opcodes(*db, sql);
            CHECK(std::find(ops.begin(), ops.end(), "OpenEphemeral") == ops.end());
        }
        REQUIRE(db->exec("INSERT INTO activities (id, pos, name) VALUES ('a', 1, 'A')", "test").ok());
        CHECK_FALSE(refused(*db, "INSERT INTO activity_data_subjects (activity_id, ord, subject) VALUES ('a', 0, 'employees')"));
        CHECK(refused(*db, "INSERT INTO activity_data_subjects (activity_id, ord, subject) VALUES ('a', 1, 'aliens')"));
        CHECK(refused(*db, "UPDATE activities SET lifecycle = 'someday' WHERE id = 'a'"));
        CHECK(refused(*db, "UPDATE activities SET legal_basis = 'whim' WHERE id = 'a'"));
        CHECK_FALSE(refused(*db, "UPDATE activities SET legal_basis = '' WHERE id = 'a'"));
        CHECK(refused(*db, "INSERT INTO processors (activity_id, ord, name, transfer_safeguard) VALUES ('a', 0, 'P', 'handshake')"));
    }
    // Reopened (a fresh schema read from the file): the same, and the file is sound.
    Result<Db> db = openRegisterDb(path);
    REQUIRE(db.ok());
    CHECK(refused(*db, "UPDATE activities SET ai_act_role = 'bystander' WHERE id = 'a'"));
    CHECK(one(*db, "SELECT count(*) FROM activity_data_subjects") == 1);
    Result<Stmt> ic = Stmt::prepare(*db, "PRAGMA integrity_check", "test");
    REQUIRE(ic.ok());
    REQUIRE(ic->step().ok());
    CHECK(ic->text(0) == "ok");
}

TEST_CASE("schema v5: a v4 register keeps its activities", "[store][schema]") {
    TempDir dir;
    const std::string path = dir.file("v4.sqlite");
    {
        Result<Db> db = Db::open(path);
        REQUIRE(db.ok());
        std::size_t n = 0;
        const Migration* m = migrations(&n);
        for (std::size_t i = 0; i < n && m[i].version <= 4; ++i) {
            REQUIRE(m[i].apply == nullptr);
            REQUIRE(db->exec(m[i].sql, "migration").ok());
        }
        Result<Tx> tx = Tx::begin(*db, "test");
        REQUIRE(tx.ok());
        REQUIRE(saveActivity(*db, air::testing::fullActivity("kept")).ok());
        REQUIRE(tx->commit().ok());
        CHECK(one(*db, "PRAGMA user_version") == 4);
    }
    Result<Db> db = openRegisterDb(path);
    REQUIRE(db.ok());
    CHECK(one(*db, "PRAGMA user_version") == 5);
    CHECK(one(*db, "SELECT count(*) FROM activities") == 1);
    auto kept = loadActivity(*db, "kept");
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK((*kept)->first == air::testing::fullActivity("kept"));
    // Saving it again (an existing activity: its lists are replaced, not doubled).
    Result<Tx> tx = Tx::begin(*db, "test");
    REQUIRE(tx.ok());
    REQUIRE(saveActivity(*db, air::testing::fullActivity("kept")).ok());
    REQUIRE(tx->commit().ok());
    auto again = loadActivity(*db, "kept");
    REQUIRE(again.ok());
    REQUIRE(again->has_value());
    CHECK((*again)->first == air::testing::fullActivity("kept"));
    CHECK(one(*db, "SELECT count(*) FROM activity_data_subjects WHERE activity_id = 'kept'") ==
          std::int64_t(air::testing::fullActivity("kept").data_subjects.size()));
}
