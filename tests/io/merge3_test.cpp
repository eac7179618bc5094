// Three-way merge (io::merge3, `air merge --base`) and the "conflicts" key of the register
// file (docs/FILE_FORMAT.md): field-by-field merging, deletions, workshops, top level,
// conflicts written, read back and validated; a hidden benchmark at 10,000 activities.
#include <catch_amalgamated.hpp>

#include <chrono>
#include <cstdio>
#include <string>

#include "io/merge.hpp"
#include "io/register_json.hpp"

using namespace air;
using namespace air::io;

namespace {

Activity act(std::string id, std::string name, std::string updated = "2026-10-01T00:00:00Z") {
    Activity a;
    a.id = std::move(id);
    a.name = std::move(name);
    a.created_at = "2026-01-01T00:00:00Z";
    a.updated_at = std::move(updated);
    return a;
}

const Activity* find(const Register& r, std::string_view id) {
    for (const Activity& a : r.activities)
        if (a.id == id) return &a;
    return nullptr;
}

std::vector<std::string> fieldsOf(const Merge3Result& m) {
    std::vector<std::string> out;
    for (const Merge3Conflict& c : m.conflicts) out.push_back(c.entry.kind + ":" + c.entry.id + ":" + c.entry.field);
    return out;
}

Register baseRegister() {
    Register r;
    r.organisation = "Example BV";
    Activity a = act("a1", "Lead scoring");
    a.owner = "Ann";
    a.purpose = "score leads";
    r.activities = {a, act("a2", "Chatbot"), act("a3", "Pricing")};
    return r;
}

}  // namespace

TEST_CASE("merge3: edits on different fields and sides merge without conflict", "[io][merge3]") {
    Register base = baseRegister(), ours = base, theirs = base;
    ours.activities[0].owner = "Bob";
    ours.activities[0].updated_at = "2026-11-01T00:00:00Z";
    theirs.activities[0].purpose = "score and route leads";
    theirs.activities[0].updated_at = "2026-11-02T00:00:00Z";
    theirs.activities[1].lifecycle = Lifecycle::Production;  // only theirs touched a2
    Merge3Result m = merge3(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.carried == 0);
    const Activity* a1 = find(m.merged, "a1");
    REQUIRE(a1);
    CHECK(a1->owner == "Bob");
    CHECK(a1->purpose == "score and route leads");
    CHECK(a1->updated_at == "2026-11-02T00:00:00Z");  // the later clock
    CHECK(find(m.merged, "a2")->lifecycle == Lifecycle::Production);
    CHECK(m.merged.extra.empty());  // no "conflicts" key
}

TEST_CASE("merge3: the same change on both sides is no conflict", "[io][merge3]") {
    Register base = baseRegister(), ours = base, theirs = base;
    ours.activities[0].owner = "Bob";
    theirs.activities[0].owner = "Bob";
    theirs.activities[0].updated_at = "2026-11-05T00:00:00Z";
    Merge3Result m = merge3(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(find(m.merged, "a1")->owner == "Bob");
}

TEST_CASE("merge3: a field changed differently on both sides is a conflict that keeps ours", "[io][merge3]") {
    Register base = baseRegister(), ours = base, theirs = base;
    ours.activities[0].owner = "Bob";
    ours.activities[0].purpose = "ours' purpose";  // one-sided: no conflict
    theirs.activities[0].owner = "Cas";
    theirs.activities[0].lifecycle = Lifecycle::Pilot;  // one-sided: taken
    Merge3Result m = merge3(base, ours, theirs);
    REQUIRE(fieldsOf(m) == std::vector<std::string>{"activity:a1:owner"});
    const FieldConflict& c = m.conflicts[0].entry;
    CHECK(m.conflicts[0].name == "Lead scoring");
    CHECK(c.base == "\"Ann\"");
    CHECK(c.ours == "\"Bob\"");
    CHECK(c.theirs == "\"Cas\"");
    const Activity* a1 = find(m.merged, "a1");
    CHECK(a1->owner == "Bob");
    CHECK(a1->purpose == "ours' purpose");
    CHECK(a1->lifecycle == Lifecycle::Pilot);

    // The file holds the conflict; it reads back (validated) with the same entry.
    std::string text = writeRegister(m.merged);
    CHECK(text.find("\"conflicts\"") != std::string::npos);
    Result<Register> back = parseRegister(text);
    REQUIRE(back.ok());
    Result<std::vector<FieldConflict>> open = conflictsOf(*back);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK((*open)[0] == c);
}

TEST_CASE("merge3: a deletion wins over no change, loses to a change (conflict)", "[io][merge3][deleted]") {
    Register base = baseRegister(), ours = base, theirs = base;
    // theirs deletes a2 (tombstone), ours did not touch it: deleted.
    theirs.activities.erase(theirs.activities.begin() + 1);
    theirs.deleted.push_back({"a2", "2026-11-03T00:00:00Z", ""});
    // ours deletes a3, theirs changed it: conflict, ours decides (stays deleted here).
    ours.activities.erase(ours.activities.begin() + 2);
    ours.deleted.push_back({"a3", "2026-11-03T00:00:00Z", ""});
    theirs.activities[1].notes = "still in use";  // a3 is now at index 1 in theirs
    Merge3Result m = merge3(base, ours, theirs);
    CHECK(find(m.merged, "a2") == nullptr);
    CHECK(find(m.merged, "a3") == nullptr);
    REQUIRE(m.merged.deleted.size() == 2);
    REQUIRE(fieldsOf(m) == std::vector<std::string>{"activity:a3:*"});
    CHECK(m.conflicts[0].entry.ours == "null");
    CHECK(m.conflicts[0].entry.theirs.find("still in use") != std::string::npos);

    // The other way round: ours changed what theirs deleted: ours' copy stays, no tombstone.
    Merge3Result r = merge3(base, theirs, ours);
    REQUIRE(find(r.merged, "a3"));
    CHECK(find(r.merged, "a3")->notes == "still in use");
    for (const Tombstone& t : r.merged.deleted) CHECK(t.id != "a3");
    REQUIRE(fieldsOf(r) == std::vector<std::string>{"activity:a3:*"});
    CHECK(r.conflicts[0].entry.theirs == "null");
}

TEST_CASE("merge3: activities added on one side are added; on both sides differently, per field", "[io][merge3]") {
    Register base = baseRegister(), ours = base, theirs = base;
    ours.activities.push_back(act("n1", "Ours new"));
    theirs.activities.push_back(act("n2", "Theirs new"));
    Activity both1 = act("n3", "Both"), both2 = both1;
    both1.vendor = "Acme";
    both2.vendor = "Globex";
    ours.activities.push_back(both1);
    theirs.activities.push_back(both2);
    Merge3Result m = merge3(base, ours, theirs);
    std::vector<std::string> ids;
    for (const Activity& a : m.merged.activities) ids.push_back(a.id);
    CHECK(ids == std::vector<std::string>{"a1", "a2", "a3", "n1", "n3", "n2"});
    REQUIRE(fieldsOf(m) == std::vector<std::string>{"activity:n3:vendor"});
    CHECK(m.conflicts[0].entry.base == "null");
    CHECK(find(m.merged, "n3")->vendor == "Acme");
}

TEST_CASE("merge3: a restore on one side beats the tombstone base already had", "[io][merge3][deleted]") {
    Register base = baseRegister();
    base.deleted.push_back({"old", "2026-09-01T00:00:00Z", ""});
    Register ours = base, theirs = base;
    ours.deleted.clear();
    ours.activities.push_back(act("old", "Restored", "2026-11-01T00:00:00Z"));
    Merge3Result m = merge3(base, ours, theirs);
    CHECK(find(m.merged, "old"));
    CHECK(m.merged.deleted.empty());
    CHECK(m.conflicts.empty());
}

TEST_CASE("merge3: workshops merge their fields, votes, notes and actions", "[io][merge3][workshop]") {
    Register base;
    Workshop w;
    w.id = "w1";
    w.title = "Ethics session";
    w.activity_ids = {"a1", "a2"};
    w.votes = {Vote{"a1", Principle::Transparency, 1, 2, 0}};
    w.notes = {WorkshopNote{"a1", Principle::Privacy, "base note"}};
    w.actions = {WorkshopAction{"a1", "Write notice", "Ann", "", false}};
    base.workshops = {w};
    Register ours = base, theirs = base;
    Workshop& o = ours.workshops[0];
    Workshop& t = theirs.workshops[0];
    o.facilitator = "Fay";
    o.activity_ids.push_back("a3");
    o.votes[0].green = 3;                   // ours changes green...
    t.votes[0].red = 1;                     // ...theirs red: both taken
    t.notes.push_back(WorkshopNote{"a2", Principle::Fairness, "theirs note"});
    o.actions[0].done = true;               // ours marks done
    t.actions[0].due = "2026-12-31";        // theirs sets a due date
    t.actions.push_back(WorkshopAction{"a2", "Check bias", "Bob", "", false});
    t.activity_ids.erase(t.activity_ids.begin());  // theirs removes a1 from the list
    Merge3Result m = merge3(base, ours, theirs);
    CHECK(m.conflicts.empty());
    REQUIRE(m.merged.workshops.size() == 1);
    const Workshop& r = m.merged.workshops[0];
    CHECK(r.facilitator == "Fay");
    CHECK(r.activity_ids == std::vector<std::string>{"a2", "a3"});
    REQUIRE(r.votes.size() == 1);
    CHECK(r.votes[0].green == 3);
    CHECK(r.votes[0].amber == 2);
    CHECK(r.votes[0].red == 1);
    CHECK(r.notes.size() == 2);
    REQUIRE(r.actions.size() == 2);
    CHECK(r.actions[0].done);
    CHECK(r.actions[0].due == "2026-12-31");

    // The same vote count changed differently on both sides: one conflict with whole votes.
    Register ours2 = base, theirs2 = base;
    ours2.workshops[0].votes[0].green = 5;
    theirs2.workshops[0].votes[0].green = 7;
    theirs2.workshops[0].title = "Renamed";
    Merge3Result c = merge3(base, ours2, theirs2);
    REQUIRE(fieldsOf(c) == std::vector<std::string>{"workshop:w1:votes"});
    CHECK(c.conflicts[0].entry.ours.find("\"green\":5") != std::string::npos);
    CHECK(c.conflicts[0].entry.theirs.find("\"green\":7") != std::string::npos);
    CHECK(c.merged.workshops[0].votes[0].green == 5);
    CHECK(c.merged.workshops[0].title == "Renamed");
}

TEST_CASE("merge3: organisation and top-level extra keys merge like fields", "[io][merge3]") {
    Register base = baseRegister();
    base.extra = R"({"x_team":"A","x_kept":1})";
    Register ours = base, theirs = base;
    ours.extra = R"({"x_team":"B","x_kept":1})";
    theirs.extra = R"({"x_team":"C","x_kept":1,"x_new":true})";
    theirs.organisation = "Example Group";
    Merge3Result m = merge3(base, ours, theirs);
    CHECK(m.merged.organisation == "Example Group");
    REQUIRE(fieldsOf(m) == std::vector<std::string>{"register::x_team"});
    Result<Register> back = parseRegister(writeRegister(m.merged));
    REQUIRE(back.ok());
    CHECK(back->extra.find("\"x_team\":\"B\"") != std::string::npos);
    CHECK(back->extra.find("\"x_new\":true") != std::string::npos);
    // A "register" conflict is written without an id.
    CHECK(writeRegister(m.merged).find(R"("kind": "register")") != std::string::npos);
}

TEST_CASE("merge3: open conflicts of the inputs are carried; one resolved on a side is gone", "[io][merge3]") {
    Register base = baseRegister();
    setConflicts(base, {FieldConflict{"activity", "a1", "owner", "\"x\"", "\"y\"", "\"z\"", ""}});
    Register ours = base, theirs = base;
    Merge3Result kept = merge3(base, ours, theirs);
    CHECK(kept.conflicts.empty());
    CHECK(kept.carried == 1);
    setConflicts(ours, {});  // resolved in ours
    Merge3Result gone = merge3(base, ours, theirs);
    CHECK(gone.carried == 0);
    CHECK(conflictsOf(gone.merged)->empty());
}

TEST_CASE("the conflicts key is validated with its JSON path", "[io][merge3][json]") {
    auto parse = [](const std::string& conflicts) {
        return parseRegister(R"({"format":"ai-activity-register","format_version":1,"activities":[],"conflicts":)" +
                             conflicts + "}");
    };
    CHECK(parse("[]").ok());
    CHECK(parse(R"([{"kind":"register","field":"organisation","base":"a","ours":"b","theirs":null,"x":1}])").ok());
    Result<Register> r = parse("{}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() == "conflicts: expected an array, got an object");
    r = parse(R"([{"kind":"activity","id":"a1","field":"owner"},{"kind":"thing","id":"a1","field":"owner"}])");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() ==
          R"(conflicts[1].kind: unknown value "thing"; allowed: "activity", "workshop", "register")");
    r = parse(R"([{"kind":"activity","field":"owner"}])");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() == "conflicts[0].id: missing; this field is required");
    r = parse(R"([{"kind":"workshop","id":"w1"}])");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() == "conflicts[0].field: missing; this field is required");
    r = parse(R"([{"kind":"activity","id":" ","field":"owner"}])");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() == "conflicts[0].id: must not be empty");
    r = parse(R"([3])");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() == "conflicts[0]: expected an object, got 3");
}

TEST_CASE("benchmark: merge3 of 10,000 activities, 1,000 changed on each side", "[.benchmark][io]") {
    Register base;
    base.organisation = "Bench BV";
    for (int i = 0; i < 10000; ++i) {
        Activity a = act("act-" + std::to_string(i), "Activity " + std::to_string(i));
        a.description = std::string(200, 'd');
        a.purpose = "purpose " + std::to_string(i);
        a.data_categories = {DataCategory::Contact, DataCategory::Behavioural};
        a.processors = {Processor{"Vendor " + std::to_string(i % 50), true, false, TransferSafeguard::None, {},
                                  TrainingReuse::No, "", VendorRole::Processor, ""}};
        base.activities.push_back(std::move(a));
    }
    Register ours = base, theirs = base;
    for (int i = 0; i < 1000; ++i) {
        ours.activities[std::size_t(i * 10)].owner = "ours " + std::to_string(i);          // 0, 10, 20 ...
        theirs.activities[std::size_t(i * 10 + 5)].vendor = "theirs " + std::to_string(i);  // 5, 15, 25 ...
    }
    for (int i = 0; i < 100; ++i) theirs.activities[std::size_t(i * 10)].owner = "clash " + std::to_string(i);
    const std::string tb = writeRegister(base), to = writeRegister(ours), tt = writeRegister(theirs);

    auto t0 = std::chrono::steady_clock::now();
    Result<Register> pb = parseRegister(tb), po = parseRegister(to), pt = parseRegister(tt);
    REQUIRE((pb.ok() && po.ok() && pt.ok()));
    auto t1 = std::chrono::steady_clock::now();
    Merge3Result m = merge3(*pb, *po, *pt);
    auto t2 = std::chrono::steady_clock::now();
    std::string out = writeRegister(m.merged);
    auto t3 = std::chrono::steady_clock::now();
    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    std::printf("merge3 10,000 activities (%.1f MB each): parse 3 files %.0f ms, merge %.0f ms, write %.0f ms, "
                "total %.0f ms; %zu conflicts\n",
                double(tb.size()) / 1e6, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t0, t3), m.conflicts.size());
    CHECK(m.merged.activities.size() == 10000);
    CHECK(m.conflicts.size() == 100);
    CHECK(m.merged.activities[5].vendor == "theirs 0");
    CHECK(m.merged.activities[10].owner == "ours 1");
    CHECK(!out.empty());
}
