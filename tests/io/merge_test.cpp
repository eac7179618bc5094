// Merge of register files by id (PRODUCT.md `air merge`), field comparison, timestamps.
#include <catch_amalgamated.hpp>

#include <string>

#include "io/merge.hpp"

using namespace air;
using namespace air::io;

namespace {

Activity act(std::string id, std::string name, std::string updated) {
    Activity a;
    a.id = std::move(id);
    a.name = std::move(name);
    a.created_at = "2026-01-01T00:00:00Z";
    a.updated_at = std::move(updated);
    return a;
}

std::vector<std::string> ids(const Register& r) {
    std::vector<std::string> out;
    for (const Activity& a : r.activities) out.push_back(a.id);
    return out;
}

}  // namespace

TEST_CASE("merge without conflicts is the union, a's order first", "[io][merge]") {
    Register a, b;
    a.organisation = "Team A";
    a.activities = {act("1", "Een", "2026-10-01T00:00:00Z"), act("2", "Twee", "2026-10-01T00:00:00Z")};
    b.organisation = "Team B";
    b.activities = {act("3", "Drie", "2026-10-01T00:00:00Z"), a.activities[1], act("4", "Vier", "2026-10-01T00:00:00Z")};
    MergeResult m = merge(a, b);
    CHECK(m.conflicts.empty());
    CHECK(ids(m.merged) == std::vector<std::string>{"1", "2", "3", "4"});
    CHECK(m.added_from_b == 2);
    CHECK(m.merged.organisation == "Team A");
    CHECK(m.merged.activities[1] == a.activities[1]);
}

TEST_CASE("a conflict lists the differing fields and the newer copy wins", "[io][merge]") {
    Activity older = act("x", "Leadscoring", "2026-10-01T09:00:00Z");
    older.purpose = "Oud doel";
    Activity newer = older;
    newer.purpose = "Nieuw doel";
    newer.lifecycle = Lifecycle::Production;
    newer.updated_at = "2026-10-02T09:00:00Z";

    Register a, b;
    a.activities = {older};
    b.activities = {newer};
    MergeResult m = merge(a, b);
    REQUIRE(m.conflicts.size() == 1);
    const MergeConflict& c = m.conflicts[0];
    CHECK(c.kind == "activity");
    CHECK(c.id == "x");
    CHECK(c.name == "Leadscoring");
    CHECK(c.fields == std::vector<std::string>{"purpose", "lifecycle"});
    CHECK(c.winner == Side::B);
    CHECK(c.a_updated_at == "2026-10-01T09:00:00Z");
    CHECK(c.b_updated_at == "2026-10-02T09:00:00Z");
    REQUIRE(m.merged.activities.size() == 1);
    CHECK(m.merged.activities[0] == newer);

    // The other way round a still wins because it is newer.
    MergeResult back = merge(b, a);
    REQUIRE(back.conflicts.size() == 1);
    CHECK(back.conflicts[0].winner == Side::A);
    CHECK(back.merged.activities[0] == newer);
}

TEST_CASE("merge ties and clocks", "[io][merge]") {
    Activity x = act("x", "A", "2026-10-01T09:00:00Z");
    Activity y = x;
    y.notes = "changed";
    Register a, b;
    a.activities = {x};
    b.activities = {y};
    SECTION("same clock, different content: a conflict that a wins") {
        MergeResult m = merge(a, b);
        REQUIRE(m.conflicts.size() == 1);
        CHECK(m.conflicts[0].winner == Side::A);
        CHECK(m.merged.activities[0] == x);
    }
    SECTION("offsets are applied: 10:30+01:00 is earlier than 09:45Z") {
        a.activities[0].updated_at = "2026-10-01T10:30:00+01:00";
        b.activities[0].updated_at = "2026-10-01T09:45:00Z";
        MergeResult m = merge(a, b);
        REQUIRE(m.conflicts.size() == 1);
        CHECK(m.conflicts[0].winner == Side::B);
    }
    SECTION("only the clock differs: no conflict, the newer clock is kept") {
        b.activities[0] = x;
        b.activities[0].updated_at = "2026-11-01T09:00:00Z";
        MergeResult m = merge(a, b);
        CHECK(m.conflicts.empty());
        CHECK(m.merged.activities[0].updated_at == "2026-11-01T09:00:00Z");
    }
    SECTION("an empty clock loses") {
        a.activities[0].updated_at = "";
        MergeResult m = merge(a, b);
        REQUIRE(m.conflicts.size() == 1);
        CHECK(m.conflicts[0].winner == Side::B);
    }
}

TEST_CASE("workshops merge by id; a's copy wins a conflict", "[io][merge]") {
    Workshop w1;
    w1.id = "w1";
    w1.title = "Sessie 1";
    Workshop w1b = w1;
    w1b.notes = {WorkshopNote{"x", Principle::Privacy, "Nieuwe notitie"}};
    Workshop w2;
    w2.id = "w2";
    w2.title = "Sessie 2";
    Register a, b;
    a.workshops = {w1};
    b.workshops = {w1b, w2};
    MergeResult m = merge(a, b);
    REQUIRE(m.merged.workshops.size() == 2);
    CHECK(m.merged.workshops[0] == w1);
    CHECK(m.merged.workshops[1] == w2);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].kind == "workshop");
    CHECK(m.conflicts[0].name == "Sessie 1");
    CHECK(m.conflicts[0].fields == std::vector<std::string>{"notes"});
    CHECK(m.conflicts[0].winner == Side::A);
}

TEST_CASE("organisation from a unless empty; top-level extra keys united", "[io][merge]") {
    Register a, b;
    b.organisation = "Team B";
    a.extra = R"({"x_a":1,"x_both":"a"})";
    b.extra = R"({"x_both":"b","x_b":2})";
    MergeResult m = merge(a, b);
    CHECK(m.merged.organisation == "Team B");
    CHECK(m.merged.extra == R"({"x_a":1,"x_both":"a","x_b":2})");
    CHECK(m.merged.exported_at.empty());
}

TEST_CASE("differingFields and takeField support field-by-field resolution", "[io][merge]") {
    Activity x = act("x", "Naam", "2026-10-01T09:00:00Z");
    Activity y = x;
    CHECK(differingFields(x, y).empty());
    y.updated_at = "2027-01-01T00:00:00Z";  // the clock alone is no difference
    CHECK(differingFields(x, y).empty());
    y.name = "Andere naam";
    y.screening = Screening{};
    y.processors = {Processor{}};
    y.extra = R"({"x":1})";
    CHECK(differingFields(x, y) == std::vector<std::string>{"name", "screening", "processors", "extra"});

    Activity merged = takeField(x, y, "screening");
    CHECK(merged.screening.has_value());
    CHECK(merged.name == "Naam");
    merged = takeField(merged, y, "name");
    CHECK(merged.name == "Andere naam");
    CHECK(differingFields(merged, y) == std::vector<std::string>{"processors", "extra"});
    CHECK(takeField(x, y, "no_such_field") == x);
    CHECK(takeField(x, y, "extra").extra == R"({"x":1})");
}

TEST_CASE("compareTimestamps orders instants", "[io][merge]") {
    CHECK(compareTimestamps("2026-10-01T09:00:00Z", "2026-10-01T09:00:00Z") == 0);
    CHECK(compareTimestamps("2026-10-01T09:00:00Z", "2026-10-01T10:00:00+01:00") == 0);
    CHECK(compareTimestamps("2026-10-01T09:00:00.5Z", "2026-10-01T09:00:00.50Z") == 0);
    CHECK(compareTimestamps("2026-10-01T09:00:00.05Z", "2026-10-01T09:00:00.5Z") < 0);
    CHECK(compareTimestamps("2026-10-01T09:00:01Z", "2026-10-01T09:00:00.999Z") > 0);
    CHECK(compareTimestamps("2026-12-31T23:30:00-01:00", "2027-01-01T00:15:00Z") > 0);
    CHECK(compareTimestamps("", "2026-10-01T09:00:00Z") < 0);
    CHECK(compareTimestamps("garbage", "") == 0);
    CHECK(compareTimestamps("1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z") < 0);
}

// ---- tombstones (the "deleted" array) ------------------------------------------------------

namespace {
Tombstone tomb(std::string id, std::string at) { return Tombstone{std::move(id), std::move(at), ""}; }
}  // namespace

TEST_CASE("an activity deleted on one side stays deleted when the deletion is newer", "[io][merge][deleted]") {
    Register a, b;
    a.activities = {act("1", "Een", "2026-10-01T00:00:00Z")};
    a.deleted = {tomb("2", "2026-10-05T00:00:00Z")};
    b.activities = {act("1", "Een", "2026-10-01T00:00:00Z"), act("2", "Twee", "2026-10-03T00:00:00Z")};
    MergeResult m = merge(a, b);
    CHECK(ids(m.merged) == std::vector<std::string>{"1"});
    CHECK(m.removed == 1);
    CHECK(m.added_from_b == 1);  // counted before the tombstone took it out
    CHECK(m.conflicts.empty());
    REQUIRE(m.merged.deleted.size() == 1);
    CHECK(m.merged.deleted[0] == tomb("2", "2026-10-05T00:00:00Z"));
    // The other way round too: the side order does not matter.
    MergeResult r = merge(b, a);
    CHECK(ids(r.merged) == std::vector<std::string>{"1"});
    CHECK(r.merged.deleted == m.merged.deleted);
}

TEST_CASE("a deletion at the same instant as the last change wins", "[io][merge][deleted]") {
    Register a, b;
    a.deleted = {tomb("2", "2026-10-03T02:00:00+02:00")};  // the same instant, another offset
    b.activities = {act("2", "Twee", "2026-10-03T00:00:00Z")};
    MergeResult m = merge(a, b);
    CHECK(m.merged.activities.empty());
    CHECK(m.merged.deleted.size() == 1);
}

TEST_CASE("an activity changed after the deletion comes back and is reported", "[io][merge][deleted]") {
    Register a, b;
    a.deleted = {tomb("2", "2026-10-05T00:00:00Z")};
    b.activities = {act("2", "Twee", "2026-10-07T00:00:00Z")};
    MergeResult m = merge(a, b);
    CHECK(ids(m.merged) == std::vector<std::string>{"2"});
    CHECK(m.merged.deleted.empty());  // the tombstone is dropped: the id is alive again
    CHECK(m.removed == 0);
    REQUIRE(m.conflicts.size() == 1);
    const MergeConflict& c = m.conflicts[0];
    CHECK(c.kind == "deletion");
    CHECK(c.id == "2");
    CHECK(c.name == "Twee");
    CHECK(c.winner == Side::B);
    CHECK(c.b_updated_at == "2026-10-07T00:00:00Z");
    CHECK(c.a_updated_at.empty());
    CHECK(c.deleted_at == "2026-10-05T00:00:00Z");
}

TEST_CASE("tombstones are united, the latest deleted_at per id", "[io][merge][deleted]") {
    Register a, b;
    a.deleted = {tomb("x", "2026-10-01T00:00:00Z"), tomb("y", "2026-10-09T00:00:00Z")};
    b.deleted = {tomb("z", "2026-10-02T00:00:00Z"), tomb("x", "2026-10-04T00:00:00Z"),
                 tomb("y", "2026-10-03T00:00:00Z")};
    MergeResult m = merge(a, b);
    CHECK(m.merged.deleted == std::vector<Tombstone>{tomb("x", "2026-10-04T00:00:00Z"),
                                                     tomb("y", "2026-10-09T00:00:00Z"),
                                                     tomb("z", "2026-10-02T00:00:00Z")});
    CHECK(m.conflicts.empty());
}

TEST_CASE("a side's tombstone for its own activity is ignored", "[io][merge][deleted]") {
    Register a, b;
    a.activities = {act("1", "Een", "2026-10-01T00:00:00Z")};
    a.deleted = {tomb("1", "2026-10-09T00:00:00Z")};  // stale: a lists the activity
    MergeResult m = merge(a, b);
    CHECK(ids(m.merged) == std::vector<std::string>{"1"});
    CHECK(m.merged.deleted.empty());
    CHECK(liveTombstones(a).empty());
}

TEST_CASE("stampAfter gives now, or one second after the floor", "[io][merge][deleted]") {
    CHECK(stampAfter("2026-11-25T10:00:00Z", "2026-11-25T09:00:00Z") == "2026-11-25T10:00:00Z");
    CHECK(stampAfter("2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z") == "2026-11-25T10:00:01Z");
    CHECK(stampAfter("2026-11-25T10:00:00Z", "2026-12-31T23:59:59.5+00:00") == "2027-01-01T00:00:00Z");
    CHECK(stampAfter("2026-11-25T10:00:00Z", "2028-02-29T01:30:00+02:00") == "2028-02-28T23:30:01Z");
    CHECK(stampAfter("2026-11-25T10:00:00Z", "") == "2026-11-25T10:00:00Z");
}
