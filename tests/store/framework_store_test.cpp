// The team's framework in the store: schema v4 (added to a v3 database), round trip, replace.
#include <catch_amalgamated.hpp>

#include "store/db.hpp"
#include "store/repository.hpp"
#include "store/schema.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::store;
using air::testing::TempDir;

namespace {

std::vector<FrameworkItem> sample() {
    FrameworkItem a;
    a.id = "fw-1";
    a.kind = FrameworkKind::RedLine;
    a.text = "Geen aanbiedingen na 22:00";
    a.explanation = "Rust in de avond.";
    a.status = FrameworkStatus::Adopted;
    a.workshop_id = "ws-1";
    a.decided_at = "2026-11-18";
    a.votes_for = 8, a.votes_against = 0, a.votes_abstain = 1;
    a.applies_to.applications = {"send_time_optimisation", "journey_automation"};
    a.applies_to.data_categories = {DataCategory::Behavioural};
    a.applies_to.data_subjects = {DataSubject::Customers, DataSubject::Prospects};
    a.applies_to.screening = {"direct_marketing"};
    a.applies_to.activity_ids = {"a-9"};
    a.extra = R"({"x":1})";
    FrameworkItem b;
    b.id = "fw-0";  // sorts before fw-1: order must come from pos, not id
    b.text = "Uitlegbaar";
    return {a, b};
}

void saveAll(Db& db, const std::vector<FrameworkItem>& fw) {
    Result<Tx> tx = Tx::begin(db, "test");
    REQUIRE(tx.ok());
    REQUIRE(saveFramework(db, fw).ok());
    REQUIRE(tx->commit().ok());
}

}  // namespace

TEST_CASE("framework: a v3 database gains the framework tables and keeps its data", "[store][schema][framework]") {
    TempDir dir;
    const std::string path = dir.file("v3.sqlite");
    std::size_t n = 0;
    const Migration* m = migrations(&n);
    REQUIRE(n >= 4);
    {
        Result<Db> db = Db::open(path, true);
        REQUIRE(db.ok());
        for (std::size_t i = 0; i < 3; ++i) REQUIRE(db->exec(m[i].sql, "old schema").ok());
        REQUIRE(db->exec("INSERT INTO meta (key, value) VALUES ('organisation', 'Org')", "row").ok());
    }
    Result<Db> db = openRegisterDb(path);
    REQUIRE(db.ok());
    CHECK(*db->queryInt("PRAGMA user_version", "v") == latestSchemaVersion());
    Result<Register> r = loadRegister(*db);
    REQUIRE(r.ok());
    CHECK(r->organisation == "Org");
    CHECK(r->framework.empty());
    saveAll(*db, sample());
    Result<std::vector<FrameworkItem>> back = loadFramework(*db);
    REQUIRE(back.ok());
    CHECK(*back == sample());
}

TEST_CASE("framework: replaced whole; scope rows go with their item", "[store][framework]") {
    Result<Db> db = openRegisterDb(":memory:");
    REQUIRE(db.ok());
    saveAll(*db, sample());
    CHECK(*db->queryInt("SELECT count(*) FROM framework_scope", "n") == 7);
    saveAll(*db, {sample()[1]});
    CHECK(*db->queryInt("SELECT count(*) FROM framework_scope", "n") == 0);
    Result<std::vector<FrameworkItem>> back = loadFramework(*db);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    CHECK((*back)[0].id == "fw-0");
    // Outside a transaction it refuses to write more than one row.
    CHECK_FALSE(saveFramework(*db, sample()).ok());
    // The CHECK constraints keep out what the file format forbids.
    CHECK_FALSE(db->exec("INSERT INTO framework (id, pos, kind, text, status) VALUES ('x', 9, 'never', 't', 'adopted')",
                         "bad kind").ok());
}
