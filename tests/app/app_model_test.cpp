// AppModel tests: commands, history entries, undo/redo over every command kind, limits,
// the commit hook, imports (all or nothing) and the assessment cache.
#include <catch_amalgamated.hpp>

#include <cstdio>

#include "app/app_model.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"
#include "io/merge.hpp"
#include "store/repository.hpp"
#include "store/schema.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::app;
using air::testing::fullActivity;
using air::testing::fullWorkshop;
using air::testing::TempDir;

namespace {

// An open model with a pinned clock and ids and a counting commit hook.
struct Fixture {
    AppModel model;
    int hooks = 0;
    int tick = 0;
    int nextId = 0;
    explicit Fixture(const std::string& path = ":memory:") {
        Status s = model.open(path);
        INFO((s.ok() ? "" : s.error().text()));
        REQUIRE(s.ok());
        model.setCommitHook([this] { ++hooks; });
        model.setClock([this] {
            char buf[32];
            std::snprintf(buf, sizeof buf, "2026-11-25T10:%02d:%02dZ", (tick / 60) % 60, tick % 60);
            ++tick;
            return std::string(buf);
        });
        model.setIdGenerator([this] { return "gen-" + std::to_string(++nextId); });
    }
};

Activity simple(const std::string& name, const std::string& id = "") {
    Activity a;
    a.id = id;
    a.name = name;
    return a;
}

std::vector<std::string> ids(const AppModel& m) {
    std::vector<std::string> out;
    for (const Activity& a : m.activities()) out.push_back(a.id);
    return out;
}

// What a command can change, for comparing states before and after undo/redo.
struct State {
    Register reg;
    std::string name;
    bool operator==(const State&) const = default;
};
State stateOf(const AppModel& m) { return {m.toRegister(), m.registerName()}; }

// A state without the clocks undo and redo move forward (activities' updated_at, tombstones'
// deleted_at): what must come back exactly.
Activity withoutClock(Activity a) {
    a.updated_at.clear();
    return a;
}
std::vector<Activity> withoutClocks(std::vector<Activity> v) {
    for (Activity& a : v) a.updated_at.clear();
    return v;
}
State withoutClocks(State s) {
    s.reg.activities = withoutClocks(std::move(s.reg.activities));
    for (Tombstone& t : s.reg.deleted) t.deleted_at.clear();
    return s;
}

// The same register read through a second connection: proves the database matches memory.
State stateOnDisk(const std::string& path) {
    AppModel other;
    REQUIRE(other.open(path).ok());
    return stateOf(other);
}

}  // namespace

// ---- commands ---------------------------------------------------------------------------------

TEST_CASE("addActivity assigns id and timestamps, writes history and calls the hook", "[app]") {
    Fixture f;
    REQUIRE(f.model.setPref("user_name", "Anna").ok());
    f.hooks = 0;
    const std::uint64_t rev = f.model.revision();
    Result<std::string> id = f.model.addActivity(simple("Lead scoring"));
    REQUIRE(id.ok());
    CHECK(*id == "gen-1");
    CHECK(f.hooks == 1);
    CHECK(f.model.revision() == rev + 1);
    const Activity* a = f.model.find(*id);
    REQUIRE(a);
    CHECK(a->name == "Lead scoring");
    CHECK(a->created_at == "2026-11-25T10:00:00Z");
    CHECK(a->updated_at == a->created_at);
    CHECK(f.model.assessment(*id) != nullptr);
    auto h = f.model.history(*id);
    REQUIRE(h.size() == 1);
    CHECK(h[0].field == "created");
    CHECK(h[0].new_value == "Lead scoring");
    CHECK(h[0].user == "Anna");
    CHECK(h[0].activity_id == *id);
    CHECK(f.model.canUndo());
    CHECK(f.model.undoLabel() == "add Lead scoring");

    Result<std::string> again = f.model.addActivity(simple("Other", *id));
    REQUIRE_FALSE(again.ok());
    CHECK(f.hooks == 1);
    CHECK(f.model.activities().size() == 1);
}

TEST_CASE("updateActivity writes one history entry per changed field", "[app]") {
    Fixture f;
    REQUIRE(f.model.setPref("user_name", "Bram").ok());
    Result<std::string> id = f.model.addActivity(simple("Chatbot"));
    REQUIRE(id.ok());
    f.hooks = 0;
    Activity a = *f.model.find(*id);
    a.name = "Support chatbot";
    a.lifecycle = Lifecycle::Pilot;
    a.data_categories = {DataCategory::Contact, DataCategory::Communications};
    a.lia_documented = true;
    a.screening = Screening{};
    a.review.status = ReviewStatus::InReview;
    Processor p;
    p.name = "BotCo";
    a.processors = {p};
    REQUIRE(f.model.updateActivity(a).ok());
    CHECK(f.hooks == 1);
    auto h = f.model.history(*id);
    REQUIRE(h.size() == 8);  // 7 fields + "created"
    // newest first; within one command in register-file order, so reverse it
    std::vector<HistoryEntry> changes(h.rbegin() + 1, h.rend());
    CHECK(changes[0].field == "name");
    CHECK(changes[0].old_value == "Chatbot");
    CHECK(changes[0].new_value == "Support chatbot");
    CHECK(changes[1].field == "lifecycle");
    CHECK(changes[1].old_value == "idea");
    CHECK(changes[1].new_value == "pilot");
    CHECK(changes[2].field == "data_categories");
    CHECK(changes[2].old_value == "");
    CHECK(changes[2].new_value == "contact | communications");
    CHECK(changes[3].field == "lia_documented");
    CHECK(changes[3].old_value == "no");
    CHECK(changes[3].new_value == "yes");
    CHECK(changes[4].field == "screening");
    CHECK(changes[4].old_value == "");
    CHECK(changes[4].new_value == "{}");
    CHECK(changes[5].field == "processors");
    CHECK(changes[5].old_value == "[]");
    CHECK(changes[5].new_value.find("\"name\": \"BotCo\"") != std::string::npos);
    CHECK(changes[6].field == "review.status");
    CHECK(changes[6].old_value == "draft");
    CHECK(changes[6].new_value == "in_review");
    for (const HistoryEntry& e : changes) {
        CHECK(e.user == "Bram");
        CHECK(e.at == "2026-11-25T10:00:01Z");
    }
    CHECK(f.model.find(*id)->updated_at == "2026-11-25T10:00:01Z");

    // One screening flag: "screening.<flag>".
    a = *f.model.find(*id);
    a.screening->profiling = true;
    a.screening->annex_iii = AnnexIII::Employment;
    REQUIRE(f.model.updateActivity(a).ok());
    h = f.model.history(*id, 2);
    REQUIRE(h.size() == 2);
    CHECK(h[1].field == "screening.profiling");
    CHECK(h[1].old_value == "no");
    CHECK(h[1].new_value == "yes");
    CHECK(h[0].field == "screening.annex_iii");
    CHECK(h[0].new_value == "employment");
}

TEST_CASE("an update that changes nothing is a no-op", "[app]") {
    Fixture f;
    Result<std::string> id = f.model.addActivity(simple("X"));
    REQUIRE(id.ok());
    f.hooks = 0;
    const auto rev = f.model.revision();
    Activity same = *f.model.find(*id);
    same.updated_at = "2030-01-01T00:00:00Z";  // updated_at alone is not a change
    REQUIRE(f.model.updateActivity(same).ok());
    CHECK(f.hooks == 0);
    CHECK(f.model.revision() == rev);
    CHECK(f.model.undoLabel() == "add X");
    CHECK(f.model.history(*id).size() == 1);
    CHECK_FALSE(f.model.updateActivity(simple("ghost", "nope")).ok());
}

TEST_CASE("delete and undo restore the activity in place with its history", "[app]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("A", "a")).ok());
    REQUIRE(f.model.addActivity(simple("B", "b")).ok());
    REQUIRE(f.model.addActivity(simple("C", "c")).ok());
    Activity b = *f.model.find("b");
    b.notes = "important";
    REQUIRE(f.model.updateActivity(b).ok());
    const auto historyBefore = f.model.history("b");
    REQUIRE(historyBefore.size() == 2);
    const Activity bBefore = *f.model.find("b");

    f.hooks = 0;
    REQUIRE(f.model.deleteActivity("b").ok());
    CHECK(f.hooks == 1);
    CHECK(f.model.find("b") == nullptr);
    CHECK(f.model.assessment("b") == nullptr);
    CHECK(f.model.history("b").empty());
    CHECK(ids(f.model) == std::vector<std::string>{"a", "c"});
    CHECK(f.model.undoLabel() == "delete B");

    REQUIRE(f.model.undo().ok());
    CHECK(f.hooks == 2);
    CHECK(ids(f.model) == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(f.model.find("b"));
    CHECK(withoutClock(*f.model.find("b")) == withoutClock(bBefore));
    CHECK(f.model.find("b")->updated_at == "2026-11-25T10:00:05Z");  // the undo's time, not bBefore's
    CHECK(f.model.assessment("b") != nullptr);
    const auto historyAfter = f.model.history("b");
    REQUIRE(historyAfter.size() == historyBefore.size());
    for (std::size_t i = 0; i < historyAfter.size(); ++i) {
        CHECK(historyAfter[i].id == historyBefore[i].id);
        CHECK(historyAfter[i].field == historyBefore[i].field);
        CHECK(historyAfter[i].new_value == historyBefore[i].new_value);
    }
    REQUIRE(f.model.redo().ok());
    CHECK(f.model.find("b") == nullptr);
    CHECK_FALSE(f.model.deleteActivity("nope").ok());
}

TEST_CASE("duplicate makes a named copy at the end, review back to draft", "[app]") {
    Fixture f;
    Activity src = fullActivity("src");
    REQUIRE(f.model.addActivity(src).ok());
    REQUIRE(f.model.addActivity(simple("Other", "o")).ok());
    Result<std::string> copy = f.model.duplicateActivity("src");
    REQUIRE(copy.ok());
    CHECK(*copy != "src");
    const Activity* c = f.model.find(*copy);
    REQUIRE(c);
    CHECK(c->name == src.name + " (copy)");
    CHECK(c->review == Review{});
    CHECK(c->processors == src.processors);
    CHECK(c->screening == src.screening);
    CHECK(c->extra == src.extra);
    CHECK(ids(f.model).back() == *copy);
    CHECK(f.model.undoLabel() == "duplicate " + src.name);
    auto h = f.model.history(*copy);
    REQUIRE(h.size() == 1);
    CHECK(h[0].field == "created");

    f.model.setLanguage(Lang::Nl);
    Result<std::string> copy2 = f.model.duplicateActivity("o");
    REQUIRE(copy2.ok());
    CHECK(f.model.find(*copy2)->name == "Other (kopie)");
    CHECK(f.model.undoLabel() == "Other dupliceren");
    CHECK_FALSE(f.model.duplicateActivity("nope").ok());
}

TEST_CASE("the controller and DPO are one command each way; Merge fills them only when absent", "[app]") {
    TempDir dir;
    const std::string path = dir.file("ctl.sqlite");
    {
        Fixture f(path);
        CHECK_FALSE(f.model.controller().has_value());
        const Controller c{"Voorbeeld B.V.", "Straat 1, Utrecht", "privacy@voorbeeld.example", {"J. Jansen", "fg@voorbeeld.example"}};
        REQUIRE(f.model.setController(c).ok());
        CHECK(f.model.controller() == c);
        CHECK(f.model.toRegister().controller == c);
        CHECK(f.model.undoLabel() == "change controller");
        REQUIRE(f.model.undo().ok());
        CHECK_FALSE(f.model.controller().has_value());
        REQUIRE(f.model.redo().ok());
        CHECK(f.model.controller() == c);
        Register other;
        other.controller = Controller{"Other", "", "", {}};
        REQUIRE(f.model.importRegister(other, ImportMode::Merge).ok());
        CHECK(f.model.controller() == c);  // Merge keeps ours
    }
    Fixture again(path);  // kept in the register's database
    REQUIRE(again.model.controller().has_value());
    CHECK(again.model.controller()->dpo.contact == "fg@voorbeeld.example");
    Register file;
    file.controller = Controller{"Other", "", "", {}};
    REQUIRE(again.model.importRegister(file, ImportMode::Replace).ok());
    CHECK(again.model.controller()->name == "Other");
    REQUIRE(again.model.setController(std::nullopt).ok());
    CHECK_FALSE(again.model.controller().has_value());
}

TEST_CASE("the rule set whose changes were seen is kept, exported, undone and merged conservatively", "[app]") {
    TempDir dir;
    const std::string path = dir.file("rv.sqlite");
    {
        Fixture f(path);
        CHECK(f.model.rulesVersion().empty());  // a register from before 2026.12
        REQUIRE(f.model.setRulesVersion("2026.12").ok());
        CHECK(f.model.toRegister().rules_version == "2026.12");
        REQUIRE(f.model.undo().ok());
        CHECK(f.model.rulesVersion().empty());
        REQUIRE(f.model.redo().ok());
        Register same;
        same.rules_version = "2026.12";
        REQUIRE(f.model.importRegister(same, ImportMode::Merge).ok());
        CHECK(f.model.rulesVersion() == "2026.12");
    }
    Fixture again(path);
    CHECK(again.model.rulesVersion() == "2026.12");
    const std::string text = io::writeRegister(again.model.toRegister(), false);
    CHECK(text.find("\"rules_version\":\"2026.12\"") != std::string::npos);
    Result<Register> back = io::parseRegister(text);
    REQUIRE(back.ok());
    CHECK(back->rules_version == "2026.12");
    // Merging a file from before 2026.12: its activities were not reviewed, so not seen.
    {
        Fixture f;
        REQUIRE(f.model.setRulesVersion("2026.12").ok());
        Register older;
        older.activities.push_back(simple("From an old file", "old-1"));
        REQUIRE(f.model.importRegister(older, ImportMode::Merge).ok());
        CHECK(f.model.rulesVersion().empty());
    }
    Register a, b, none;
    a.rules_version = "2026.11";
    b.rules_version = "2026.12";
    CHECK(io::merge(a, b).merged.rules_version == "2026.11");
    CHECK(io::merge(none, b).merged.rules_version.empty());
    CHECK(io::merge3(a, a, b).merged.rules_version == "2026.12");  // only theirs changed it
    CHECK(io::merge3(none, a, b).merged.rules_version == "2026.11");  // both did: the older
}

TEST_CASE("organisation, register name and workshops are commands", "[app]") {
    Fixture f;
    REQUIRE(f.model.setOrganisation("Voorbeeld BV").ok());
    CHECK(f.model.organisation() == "Voorbeeld BV");
    REQUIRE(f.model.setRegisterName("Marketing NL").ok());
    CHECK(f.model.registerName() == "Marketing NL");
    CHECK(f.hooks == 2);
    REQUIRE(f.model.setRegisterName("Marketing NL").ok());  // unchanged: no-op
    CHECK(f.hooks == 2);

    Workshop w = fullWorkshop("");
    REQUIRE(f.model.upsertWorkshop(w).ok());
    REQUIRE(f.model.workshops().size() == 1);
    CHECK(f.model.workshops()[0].id == "gen-1");
    CHECK(f.model.undoLabel() == "add workshop " + w.title);
    w.id = "gen-1";
    w.votes[0].red = 9;
    REQUIRE(f.model.upsertWorkshop(w).ok());
    CHECK(f.model.workshops()[0] == w);
    CHECK(f.model.undoLabel() == "edit workshop " + w.title);
    REQUIRE(f.model.deleteWorkshop("gen-1").ok());
    CHECK(f.model.workshops().empty());
    CHECK_FALSE(f.model.deleteWorkshop("gen-1").ok());
    REQUIRE(f.model.undo().ok());
    CHECK(f.model.workshops()[0] == w);
}

// ---- undo / redo --------------------------------------------------------------------------------

TEST_CASE("undo and redo walk back and forth over every command kind", "[app][undo]") {
    TempDir dir;
    const std::string path = dir.file("undo.sqlite");
    Fixture f(path);
    std::vector<State> states{stateOf(f.model)};
    auto did = [&](const Status& s) {
        INFO((s.ok() ? "" : s.error().text()));
        REQUIRE(s.ok());
        states.push_back(stateOf(f.model));
    };
    auto didR = [&](const Result<std::string>& r) {
        INFO((r.ok() ? "" : r.error().text()));
        REQUIRE(r.ok());
        states.push_back(stateOf(f.model));
    };
    didR(f.model.addActivity(fullActivity("a1")));
    didR(f.model.addActivity(simple("Second", "a2")));
    Activity e = *f.model.find("a1");
    e.name = "Renamed";
    e.screening.reset();
    e.processors.pop_back();
    did(f.model.updateActivity(e));
    didR(f.model.duplicateActivity("a1"));
    did(f.model.setOrganisation("Org"));
    did(f.model.setController(Controller{"Org B.V.", "Straat 1", "privacy@org.example", {"J. Jansen", "fg@org.example"}}));
    did(f.model.setController(Controller{"Org B.V.", "Straat 2", "privacy@org.example", {"", ""}}));
    did(f.model.setRegisterName("Reg"));
    did(f.model.upsertWorkshop(fullWorkshop("w1")));
    did(f.model.deleteActivity("a2"));
    Register file;
    file.organisation = "Imported org";
    file.controller = Controller{"Imported B.V.", "", "info@imported.example", {"DPO", "dpo@imported.example"}};
    file.activities = {fullActivity("i1"), fullActivity("a1")};
    file.workshops = {fullWorkshop("w2")};
    did(f.model.importRegister(file, ImportMode::Replace));
    Register more;
    more.activities = {simple("Merged", "m1")};
    more.activities[0].created_at = "2026-01-01T00:00:00Z";
    did(f.model.importRegister(more, ImportMode::Merge));
    did(f.model.deleteWorkshop("w2"));

    const std::size_t steps = states.size() - 1;
    CHECK(stateOnDisk(path) == states.back());
    f.hooks = 0;
    for (std::size_t i = steps; i > 0; --i) {
        REQUIRE(f.model.canUndo());
        REQUIRE(f.model.undo().ok());
        INFO("after undoing step " << i);
        CHECK(withoutClocks(stateOf(f.model)) == withoutClocks(states[i - 1]));
        CHECK(stateOnDisk(path) == stateOf(f.model));
    }
    CHECK_FALSE(f.model.canUndo());
    CHECK_FALSE(f.model.undo().ok());
    CHECK(f.hooks == int(steps));
    for (std::size_t i = 1; i <= steps; ++i) {
        REQUIRE(f.model.canRedo());
        REQUIRE(f.model.redo().ok());
        INFO("after redoing step " << i);
        CHECK(withoutClocks(stateOf(f.model)) == withoutClocks(states[i]));
        CHECK(stateOnDisk(path) == stateOf(f.model));
    }
    CHECK_FALSE(f.model.canRedo());
    CHECK_FALSE(f.model.redo().ok());
    CHECK(f.hooks == int(2 * steps));
}

TEST_CASE("undo and redo write history and keep it across re-creation", "[app][undo]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("One", "x")).ok());
    Activity a = *f.model.find("x");
    a.owner = "Piet";
    REQUIRE(f.model.updateActivity(a).ok());
    REQUIRE(f.model.undo().ok());  // owner back to ""
    auto h = f.model.history("x");
    REQUIRE(h.size() == 3);
    CHECK(h[0].field == "owner");
    CHECK(h[0].old_value == "Piet");
    CHECK(h[0].new_value == "");
    REQUIRE(f.model.undo().ok());  // the add: activity and history gone
    CHECK(f.model.find("x") == nullptr);
    CHECK(f.model.history("x").empty());
    REQUIRE(f.model.redo().ok());  // back, with its history
    h = f.model.history("x");
    REQUIRE(h.size() == 3);
    CHECK(h[2].field == "created");
    REQUIRE(f.model.redo().ok());
    CHECK(f.model.find("x")->owner == "Piet");
    CHECK(f.model.history("x").size() == 4);
}

TEST_CASE("a new command clears the redo stack", "[app][undo]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("A", "a")).ok());
    REQUIRE(f.model.addActivity(simple("B", "b")).ok());
    REQUIRE(f.model.undo().ok());
    CHECK(f.model.canRedo());
    CHECK(f.model.redoLabel() == "add B");
    REQUIRE(f.model.addActivity(simple("C", "c")).ok());
    CHECK_FALSE(f.model.canRedo());
    CHECK(f.model.redoLabel().empty());
    CHECK(ids(f.model) == std::vector<std::string>{"a", "c"});
}

TEST_CASE("undo is bounded by steps and by bytes, oldest first", "[app][undo]") {
    Fixture f;
    auto countUndos = [&] {
        int n = 0;
        while (f.model.canUndo()) {
            REQUIRE(f.model.undo().ok());
            ++n;
        }
        return n;
    };
    SECTION("default: 100 steps") {
        REQUIRE(f.model.addActivity(simple("A", "a")).ok());
        for (int i = 0; i < 110; ++i) {
            Activity a = *f.model.find("a");
            a.notes = std::to_string(i);
            REQUIRE(f.model.updateActivity(a).ok());
        }
        CHECK(countUndos() == 100);
        CHECK(f.model.find("a")->notes == "9");  // the 10 oldest edits (and the add) were dropped
    }
    SECTION("step limit") {
        f.model.setUndoLimits(3, std::size_t(1) << 30);
        for (int i = 0; i < 6; ++i) REQUIRE(f.model.addActivity(simple("A" + std::to_string(i))).ok());
        CHECK(countUndos() == 3);
        CHECK(f.model.activities().size() == 3);
    }
    SECTION("byte budget keeps the newest step") {
        f.model.setUndoLimits(100, 1);
        for (int i = 0; i < 4; ++i) REQUIRE(f.model.addActivity(fullActivity("f" + std::to_string(i))).ok());
        CHECK(countUndos() == 1);
        CHECK(f.model.activities().size() == 3);
    }
    SECTION("byte budget drops big steps first") {
        f.model.setUndoLimits(100, 64 * 1024);
        Activity big = simple("Big", "big");
        big.description.assign(40 * 1024, 'x');
        REQUIRE(f.model.addActivity(big).ok());
        Activity b2 = *f.model.find("big");
        b2.notes = std::string(40 * 1024, 'y');
        REQUIRE(f.model.updateActivity(b2).ok());  // before + after: about 120 KiB alone
        for (int i = 0; i < 5; ++i) REQUIRE(f.model.addActivity(simple("s" + std::to_string(i))).ok());
        CHECK(countUndos() == 5);
    }
}

TEST_CASE("the commit hook runs once per committed write, never on failure", "[app]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("A", "a")).ok());
    CHECK(f.hooks == 1);
    REQUIRE(f.model.setPref("user_name", "Anna").ok());
    CHECK(f.hooks == 2);
    REQUIRE(f.model.setPref("user_name", "Anna").ok());  // unchanged
    CHECK(f.hooks == 2);
    CHECK(f.model.pref("user_name") == "Anna");
    CHECK(f.model.pref("missing", "fb") == "fb");
    Activity bad = *f.model.find("a");
    bad.lifecycle = Lifecycle(77);
    CHECK_FALSE(f.model.updateActivity(bad).ok());
    CHECK(f.hooks == 2);
    CHECK(f.model.find("a")->lifecycle == Lifecycle::Idea);
    CHECK(f.model.undoLabel() == "add A");
    REQUIRE(f.model.undo().ok());
    REQUIRE(f.model.redo().ok());
    CHECK(f.hooks == 4);
}

// ---- import -------------------------------------------------------------------------------------

TEST_CASE("import Replace makes the register the file; undo brings everything back", "[app][import]") {
    Fixture f;
    REQUIRE(f.model.setOrganisation("Old org").ok());
    REQUIRE(f.model.addActivity(simple("Keep me", "k")).ok());
    REQUIRE(f.model.addActivity(simple("Drop me", "d")).ok());
    REQUIRE(f.model.upsertWorkshop(fullWorkshop("w-old")).ok());
    const State before = stateOf(f.model);
    const auto dropHistory = f.model.history("d");

    Register file;
    file.organisation = "New org";
    file.extra = R"({"x": 1})";
    file.activities = {fullActivity("n1"), fullActivity("k")};
    file.workshops = {fullWorkshop("w-new")};
    f.hooks = 0;
    REQUIRE(f.model.importRegister(file, ImportMode::Replace).ok());
    CHECK(f.hooks == 1);
    CHECK(f.model.toRegister() == file);
    CHECK(f.model.undoLabel() == "import register file");
    auto h = f.model.history("n1");
    REQUIRE(h.size() == 1);
    CHECK(h[0].field == "imported");
    CHECK(f.model.history("k").size() > 2);  // "created" + one entry per changed field

    REQUIRE(f.model.undo().ok());
    CHECK(withoutClocks(stateOf(f.model)) == withoutClocks(before));
    CHECK(f.model.history("d").size() == dropHistory.size());
    CHECK(f.model.find("n1") == nullptr);
}

TEST_CASE("import Merge upserts by id and appends new activities", "[app][import]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("A", "a")).ok());
    REQUIRE(f.model.addActivity(simple("B", "b")).ok());
    Register file;
    file.organisation = "Filled in";
    Activity a2 = fullActivity("a");
    file.activities = {simple("New", "n"), a2};
    REQUIRE(f.model.importRegister(file, ImportMode::Merge).ok());
    CHECK(ids(f.model) == std::vector<std::string>{"a", "b", "n"});
    CHECK(*f.model.find("a") == a2);
    CHECK(f.model.organisation() == "Filled in");

    Register again;
    again.organisation = "Not taken";
    again.activities = {a2};
    const auto rev = f.model.revision();
    REQUIRE(f.model.importRegister(again, ImportMode::Merge).ok());  // nothing changes
    CHECK(f.model.revision() == rev);
    CHECK(f.model.organisation() == "Filled in");
}

TEST_CASE("an import that fails half-way changes nothing", "[app][import]") {
    TempDir dir;
    const std::string path = dir.file("imp.sqlite");
    Fixture f(path);
    REQUIRE(f.model.addActivity(fullActivity("a")).ok());
    REQUIRE(f.model.setOrganisation("Org").ok());
    const State before = stateOf(f.model);
    const auto rev = f.model.revision();
    const int hooks = f.hooks;
    const std::string undo = f.model.undoLabel();

    Register file;
    file.organisation = "Other";
    file.activities = {fullActivity("x1"), fullActivity("x2"), fullActivity("x3")};
    file.activities[2].processors[0].reuses_data_for_training = TrainingReuse(9);  // fails on write
    for (ImportMode mode : {ImportMode::Replace, ImportMode::Merge}) {
        Status s = f.model.importRegister(file, mode);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().text().find("x3") != std::string::npos);
        CHECK(stateOf(f.model) == before);
        CHECK(stateOnDisk(path) == before);
        CHECK(f.model.revision() == rev);
        CHECK(f.hooks == hooks);
        CHECK(f.model.undoLabel() == undo);
    }

    Register dup;
    dup.activities = {simple("1", "same"), simple("2", "same")};
    Status s = f.model.importRegister(dup, ImportMode::Merge);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().whereText() == "activities[1].id");
    dup.activities[1].id = "";
    s = f.model.importRegister(dup, ImportMode::Replace);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().whereText() == "activities[1].id");
    CHECK(stateOnDisk(path) == before);
}

// ---- reads, open, assessments -------------------------------------------------------------------

TEST_CASE("the assessment cache follows the touched activity", "[app]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("A", "a")).ok());
    REQUIRE(f.model.addActivity(simple("B", "b")).ok());
    const rules::Assessment* as = f.model.assessment("a");
    REQUIRE(as);
    CHECK(as->tier == Tier::Unassessed);
    Activity a = *f.model.find("a");
    a.screening = Screening{};
    a.screening->emotion_recognition = true;
    a.screening->workplace_or_education = true;
    REQUIRE(f.model.updateActivity(a).ok());
    as = f.model.assessment("a");
    REQUIRE(as);
    CHECK(as->tier == rules::assess(*f.model.find("a")).tier);
    CHECK(as->tier != Tier::Unassessed);
    CHECK(f.model.assessment("b")->tier == Tier::Unassessed);
    REQUIRE(f.model.assessments().size() == f.model.activities().size());
    CHECK(f.model.assessments()[0].tier == as->tier);
    REQUIRE(f.model.undo().ok());
    CHECK(f.model.assessment("a")->tier == Tier::Unassessed);
}

TEST_CASE("open reads everything back; a failed open keeps the current register", "[app]") {
    TempDir dir;
    const std::string path = dir.file("reg.sqlite");
    {
        Fixture f(path);
        REQUIRE(f.model.setRegisterName("Team NL").ok());
        REQUIRE(f.model.setOrganisation("Org").ok());
        REQUIRE(f.model.setPref("user_name", "Anna").ok());
        REQUIRE(f.model.addActivity(fullActivity("a")).ok());
        REQUIRE(f.model.addActivity(simple("B", "b")).ok());
        REQUIRE(f.model.upsertWorkshop(fullWorkshop("w")).ok());
    }
    AppModel m;
    CHECK_FALSE(m.isOpen());
    CHECK_FALSE(m.addActivity(simple("x")).ok());
    CHECK(m.activities().empty());
    REQUIRE(m.open(path).ok());
    CHECK(m.isOpen());
    CHECK(m.path() == path);
    CHECK(m.registerName() == "Team NL");
    CHECK(m.organisation() == "Org");
    CHECK(m.pref("user_name") == "Anna");
    CHECK(ids(m) == std::vector<std::string>{"a", "b"});
    CHECK(m.workshops().size() == 1);
    CHECK(m.assessments().size() == 2);
    CHECK_FALSE(m.canUndo());

    const std::string foreign = dir.file("foreign.sqlite");
    {
        std::ofstream out(foreign, std::ios::binary);
        out << std::string(200, 'z');
    }
    Status s = m.open(foreign);
    REQUIRE_FALSE(s.ok());
    CHECK(m.path() == path);
    CHECK(m.activities().size() == 2);
}

TEST_CASE("history lists newest first with a limit", "[app]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("A", "a")).ok());
    for (int i = 0; i < 5; ++i) {
        Activity a = *f.model.find("a");
        a.notes = "n" + std::to_string(i);
        REQUIRE(f.model.updateActivity(a).ok());
    }
    auto h = f.model.history("a", 3);
    REQUIRE(h.size() == 3);
    CHECK(h[0].new_value == "n4");
    CHECK(h[2].new_value == "n2");
    CHECK(h[0].id > h[1].id);
    CHECK(f.model.history("a").size() == 6);
    CHECK(f.model.history("none").empty());
}

TEST_CASE("the in-memory copy stays ordered and indexed after big and small changes", "[app]") {
    TempDir dir;
    const std::string path = dir.file("order.sqlite");
    Fixture f(path);
    auto consistent = [&] {
        const auto& acts = f.model.activities();
        REQUIRE(f.model.assessments().size() == acts.size());
        for (std::size_t i = 0; i < acts.size(); ++i) {
            CHECK(f.model.find(acts[i].id) == &acts[i]);
            CHECK(f.model.assessment(acts[i].id) == &f.model.assessments()[i]);
            CHECK(f.model.assessments()[i].tier == rules::assess(acts[i]).tier);
        }
        CHECK(stateOnDisk(path) == stateOf(f.model));
    };
    for (int i = 0; i < 40; ++i) REQUIRE(f.model.addActivity(simple("A" + std::to_string(i), "a" + std::to_string(i))).ok());
    consistent();
    // Replace with the same activities in reverse order plus new ones: more than the in-place limit.
    Register file;
    for (int i = 39; i >= 0; --i) file.activities.push_back(*f.model.find("a" + std::to_string(i)));
    for (int i = 0; i < 5; ++i) {
        Activity n = fullActivity("n" + std::to_string(i));
        if (i % 2) n.screening.reset();
        file.activities.insert(file.activities.begin() + 7 * i, n);
    }
    REQUIRE(f.model.importRegister(file, ImportMode::Replace).ok());
    CHECK(f.model.toRegister().activities == file.activities);
    consistent();
    REQUIRE(f.model.deleteActivity("a20").ok());
    REQUIRE(f.model.deleteActivity("n0").ok());
    consistent();
    REQUIRE(f.model.undo().ok());
    CHECK(f.model.activities().front().id == "n0");
    consistent();
    REQUIRE(f.model.undo().ok());
    REQUIRE(f.model.undo().ok());  // the import
    CHECK(f.model.activities().front().id == "a0");
    CHECK(f.model.activities().size() == 40);
    consistent();
    REQUIRE(f.model.redo().ok());
    CHECK(withoutClocks(f.model.toRegister().activities) == withoutClocks(file.activities));
    consistent();
}

TEST_CASE("openBlockers follows every command, undo and redo", "[app]") {
    Fixture f;
    auto manual = [&] {
        int n = 0;
        for (const rules::Assessment& as : f.model.assessments()) n += as.blockers();
        return n;
    };
    CHECK(f.model.openBlockers() == 0);
    Activity a = fullActivity("x");
    a.legal_basis = LegalBasis::None;  // personal data without a legal basis: a blocker
    REQUIRE(f.model.addActivity(a).ok());
    const int one = f.model.openBlockers();
    CHECK(one > 0);
    CHECK(one == manual());
    a.id = "y";
    REQUIRE(f.model.addActivity(a).ok());
    CHECK(f.model.openBlockers() == 2 * one);
    Activity fixed = *f.model.find("y");
    fixed.legal_basis = LegalBasis::Consent;
    REQUIRE(f.model.updateActivity(fixed).ok());
    CHECK(f.model.openBlockers() == manual());
    CHECK(f.model.openBlockers() < 2 * one);
    REQUIRE(f.model.undo().ok());
    CHECK(f.model.openBlockers() == 2 * one);
    REQUIRE(f.model.deleteActivity("x").ok());
    CHECK(f.model.openBlockers() == one);
    REQUIRE(f.model.redo().ok() == false);  // nothing to redo after a new command
    REQUIRE(f.model.undo().ok());
    CHECK(f.model.openBlockers() == 2 * one);
}

// ---- tombstones and the undo clock (issue #11) ---------------------------------------------

namespace {
Activity stamped(const std::string& name, const std::string& id, const std::string& updated) {
    Activity a = simple(name, id);
    a.created_at = "2026-01-01T00:00:00Z";
    a.updated_at = updated;
    return a;
}
}  // namespace

TEST_CASE("delete leaves a tombstone in the same step; undo removes it, redo puts it back", "[app][deleted]") {
    TempDir dir;
    const std::string path = dir.file("t.sqlite");
    Fixture f(path);
    REQUIRE(f.model.addActivity(simple("A", "a")).ok());  // 10:00:00
    REQUIRE(f.model.deleteActivity("a").ok());            // 10:00:01
    Register r = f.model.toRegister();
    REQUIRE(r.deleted.size() == 1);
    CHECK(r.deleted[0].id == "a");
    CHECK(r.deleted[0].deleted_at == "2026-11-25T10:00:01Z");
    CHECK(stateOnDisk(path) == stateOf(f.model));  // written in the same transaction

    REQUIRE(f.model.undo().ok());  // 10:00:02
    CHECK(f.model.toRegister().deleted.empty());
    REQUIRE(f.model.find("a"));
    CHECK(f.model.find("a")->updated_at == "2026-11-25T10:00:02Z");
    CHECK(stateOnDisk(path) == stateOf(f.model));

    REQUIRE(f.model.redo().ok());  // 10:00:03: the deletion is the newest change again
    r = f.model.toRegister();
    REQUIRE(r.deleted.size() == 1);
    CHECK(r.deleted[0].deleted_at == "2026-11-25T10:00:03Z");
    CHECK(stateOnDisk(path) == stateOf(f.model));
}

TEST_CASE("undo and redo stamp updated_at, so a merge never re-applies an undone edit", "[app][undo]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("Lead scoring", "x")).ok());  // 10:00:00
    Activity e = *f.model.find("x");
    e.owner = "Piet";
    REQUIRE(f.model.updateActivity(e).ok());  // 10:00:01
    const Register edited = f.model.toRegister();  // what another team received
    REQUIRE(f.model.undo().ok());                  // 10:00:02
    CHECK(f.model.find("x")->owner.empty());
    CHECK(f.model.find("x")->updated_at == "2026-11-25T10:00:02Z");

    // Merging the file with the undone edit back (as `air merge` and the page do): the undo
    // is the newer change, so "Piet" does not come back.
    io::MergeResult m = io::merge(f.model.toRegister(), edited);
    REQUIRE(m.merged.activities.size() == 1);
    CHECK(m.merged.activities[0].owner.empty());
    m = io::merge(edited, f.model.toRegister());
    CHECK(m.merged.activities[0].owner.empty());

    // Redo stamps too.
    Fixture g;
    REQUIRE(g.model.addActivity(simple("One", "y")).ok());  // 10:00:00
    Activity y = *g.model.find("y");
    y.notes = "n";
    REQUIRE(g.model.updateActivity(y).ok());  // 10:00:01
    REQUIRE(g.model.undo().ok());             // 10:00:02
    REQUIRE(g.model.redo().ok());             // 10:00:03
    CHECK(g.model.find("y")->notes == "n");
    CHECK(g.model.find("y")->updated_at == "2026-11-25T10:00:03Z");
}

TEST_CASE("import Merge applies tombstones both ways by the merge rule", "[app][import][deleted]") {
    Fixture f;
    Register start;
    start.activities = {stamped("Old", "old", "2026-10-01T00:00:00Z"),
                        stamped("Newer", "newer", "2026-10-09T00:00:00Z")};
    REQUIRE(f.model.importRegister(start, ImportMode::Replace).ok());
    REQUIRE(f.model.deleteActivity("newer").ok());  // deleted here at 10:00:01 (2026-11-25)
    const State before = stateOf(f.model);

    Register file;
    // The file deleted "old" after its last change here: it goes, with the tombstone.
    // It also deleted "elsewhere", unknown here: the tombstone is kept.
    file.deleted = {{"old", "2026-10-05T00:00:00Z", ""}, {"elsewhere", "2026-10-02T00:00:00Z", ""}};
    // The file has "newer" with a change from before our deletion: it stays deleted.
    file.activities = {stamped("Newer", "newer", "2026-11-01T00:00:00Z"),
                       stamped("Fresh", "fresh", "2026-11-01T00:00:00Z")};
    REQUIRE(f.model.importRegister(file, ImportMode::Merge).ok());
    CHECK(ids(f.model) == std::vector<std::string>{"fresh"});
    Register r = f.model.toRegister();
    REQUIRE(r.deleted.size() == 3);  // by id
    CHECK(r.deleted[0].id == "elsewhere");
    CHECK(r.deleted[1].id == "newer");
    CHECK(r.deleted[1].deleted_at == "2026-11-25T10:00:01Z");
    CHECK(r.deleted[2] == Tombstone{"old", "2026-10-05T00:00:00Z", ""});
    CHECK(f.model.undoLabel() == "import register file");
    REQUIRE(f.model.undo().ok());  // one step
    CHECK(withoutClocks(stateOf(f.model)) == withoutClocks(before));

    // Changed after the deletion: it comes back (and loses its tombstone); our later change
    // beats the file's earlier deletion.
    Register later;
    later.activities = {stamped("Newer v2", "newer", "2026-12-01T00:00:00Z")};
    later.deleted = {{"fresh-never", "2026-10-01T00:00:00Z", ""}, {"old", "2026-09-01T00:00:00Z", ""}};
    REQUIRE(f.model.importRegister(later, ImportMode::Merge).ok());
    REQUIRE(f.model.find("newer"));
    CHECK(f.model.find("newer")->name == "Newer v2");
    REQUIRE(f.model.find("old"));  // changed 2026-10-01, deleted there 2026-09-01: stays
    for (const Tombstone& t : f.model.toRegister().deleted) CHECK(t.id != "newer");
}

TEST_CASE("import Replace takes the file's tombstones; re-adding an id removes its tombstone", "[app][import][deleted]") {
    Fixture f;
    REQUIRE(f.model.addActivity(simple("A", "a")).ok());
    REQUIRE(f.model.deleteActivity("a").ok());
    Register file;
    file.activities = {stamped("B", "b", "2026-10-01T00:00:00Z")};
    file.deleted = {{"z", "2026-10-02T00:00:00Z", ""}, {"b", "2026-10-03T00:00:00Z", ""}};
    REQUIRE(f.model.importRegister(file, ImportMode::Replace).ok());
    // "a" is not in the file's tombstones: gone; "b" is an activity of the file: its stale
    // tombstone is ignored.
    CHECK(f.model.toRegister().deleted == std::vector<Tombstone>{{"z", "2026-10-02T00:00:00Z", ""}});
    CHECK(ids(f.model) == std::vector<std::string>{"b"});

    // A deliberate re-add of a deleted id (addActivity with that id) removes the tombstone,
    // undoably.
    REQUIRE(f.model.addActivity(simple("Z is back", "z")).ok());
    CHECK(f.model.toRegister().deleted.empty());
    REQUIRE(f.model.undo().ok());  // deleted again, and the undo is the newest change
    const std::vector<Tombstone> back = f.model.toRegister().deleted;
    REQUIRE(back.size() == 1);
    CHECK(back[0].id == "z");
    CHECK(io::compareTimestamps(back[0].deleted_at, "2026-11-25T00:00:00Z") > 0);
    CHECK(f.model.find("z") == nullptr);

    Register dup;
    dup.deleted = {{"q", "2026-10-02T00:00:00Z", ""}, {"q", "2026-10-03T00:00:00Z", ""}};
    Status s = f.model.importRegister(dup, ImportMode::Merge);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().whereText() == "deleted[1].id");
}
