// The linked file's text and merge (app/linked_sync): a register that did not change since the
// base becomes the file; one that did is merged with it; an unreadable file changes nothing.
#include <catch_amalgamated.hpp>

#include "app/app_model.hpp"
#include "app/linked_sync.hpp"
#include "app/merge_conflicts.hpp"
#include "io/register_json.hpp"
#include "store/store_fixtures.hpp"

#include <algorithm>

using namespace air;

namespace {

Activity named(const std::string& id, const std::string& name, const std::string& updated) {
    Activity a = testing::fullActivity(id);
    a.name = name;
    a.updated_at = updated;
    return a;
}

std::vector<std::string> names(const Register& r) {
    std::vector<std::string> out;
    for (const auto& a : r.activities) out.push_back(a.name);
    return out;
}

}  // namespace

TEST_CASE("the linked file's text is the whole register and reads back", "[app][linked]") {
    app::AppModel m;
    REQUIRE(m.open(":memory:").ok());
    REQUIRE(m.addActivity(named("a1", "Leadscoring", "")).ok());
    const std::string text = app::linkedFileText(m, "2026-12-04T10:00:00Z");
    Result<Register> back = io::parseRegister(text);
    REQUIRE(back.ok());
    CHECK(back->exported_at == "2026-12-04T10:00:00Z");
    CHECK(names(*back) == std::vector<std::string>{"Leadscoring"});
}

TEST_CASE("unchanged since the base, the register becomes the file", "[app][linked]") {
    Register base;
    base.activities = {named("a1", "Leadscoring", "2026-12-01T09:00:00Z")};
    Register theirs = base;
    theirs.activities[0].owner = "Team Noord";
    theirs.activities.push_back(named("a2", "Van een collega", "2026-12-02T09:00:00Z"));
    Result<app::LinkedMerge> m = app::mergeLinked(io::writeRegister(base), base, io::writeRegister(theirs));
    REQUIRE(m.ok());
    CHECK(m->fastForward);
    CHECK(m->changed);
    CHECK(m->conflicts.empty());
    CHECK(m->merged.activities.size() == 2);
    CHECK(m->merged.activities[0].owner == "Team Noord");
}

TEST_CASE("changed on both sides, both changes are kept", "[app][linked]") {
    Register base;
    base.activities = {named("a1", "Leadscoring", "2026-12-01T09:00:00Z")};
    Register ours = base;
    ours.activities.push_back(named("a3", "Lokaal", "2026-12-03T09:00:00Z"));
    Register theirs = base;
    theirs.activities.push_back(named("a2", "Van een collega", "2026-12-02T09:00:00Z"));
    Result<app::LinkedMerge> m = app::mergeLinked(io::writeRegister(base), ours, io::writeRegister(theirs));
    REQUIRE(m.ok());
    CHECK_FALSE(m->fastForward);
    CHECK(m->changed);
    std::vector<std::string> got = names(m->merged);
    std::sort(got.begin(), got.end());
    CHECK(got == std::vector<std::string>{"Leadscoring", "Lokaal", "Van een collega"});
}

TEST_CASE("a file that is not a register changes nothing and says where", "[app][linked]") {
    Register ours;
    ours.activities = {named("a1", "Leadscoring", "2026-12-01T09:00:00Z")};
    Result<app::LinkedMerge> m = app::mergeLinked("", ours, "{\"format\": \"something else\"}");
    REQUIRE_FALSE(m.ok());
    CHECK_FALSE(m.error().text().empty());
}

TEST_CASE("an open merge conflict is resolved either way in one undo step", "[app][linked]") {
    Register base;
    base.activities = {named("a1", "Leadscoring", "2026-12-01T09:00:00Z")};
    Register ours = base, theirs = base;
    ours.activities[0].owner = "Marketing";
    ours.activities[0].updated_at = "2026-12-02T09:00:00Z";
    theirs.activities[0].owner = "Sales";
    theirs.activities[0].updated_at = "2026-12-03T09:00:00Z";
    theirs.activities.push_back(named("a2", "Chatbot", "2026-12-03T09:00:00Z"));
    Result<app::LinkedMerge> m = app::mergeLinked(io::writeRegister(base), ours, io::writeRegister(theirs));
    REQUIRE(m.ok());
    REQUIRE(m->conflicts.size() == 1);

    app::AppModel model;
    REQUIRE(model.open(":memory:").ok());
    REQUIRE(model.importRegister(m->merged, app::ImportMode::Replace).ok());
    auto open = app::openConflicts(model);
    REQUIRE(open.size() == 1);
    CHECK(open[0].id == "a1");
    CHECK(open[0].field == "owner");
    CHECK(model.find("a1")->owner == "Marketing");  // ours until chosen
    CHECK(model.find("a2") != nullptr);              // the one-sided addition came along

    SECTION("take the other copy's value") {
        REQUIRE(app::resolveConflict(model, 0, true).ok());
        CHECK(model.find("a1")->owner == "Sales");
        CHECK(app::openConflicts(model).empty());
        REQUIRE(model.undo().ok());
        CHECK(model.find("a1")->owner == "Marketing");
        CHECK(app::openConflicts(model).size() == 1);
    }
    SECTION("keep this value") {
        REQUIRE(app::resolveConflict(model, 0, false).ok());
        CHECK(model.find("a1")->owner == "Marketing");
        CHECK(app::openConflicts(model).empty());
    }
    SECTION("an index out of range changes nothing") {
        CHECK_FALSE(app::resolveConflict(model, 5, true).ok());
        CHECK(app::openConflicts(model).size() == 1);
    }
}

TEST_CASE("a delete-versus-edit conflict taken from the deleting side leaves a tombstone", "[app][linked]") {
    Register base;
    base.activities = {named("a1", "Leadscoring", "2026-12-01T09:00:00Z"), named("a2", "Chatbot", "2026-12-01T09:00:00Z")};
    Register ours = base, theirs = base;
    ours.activities[1].owner = "Iemand";  // edited here
    theirs.activities.pop_back();          // deleted there
    theirs.deleted.push_back(Tombstone{"a2", "2026-12-03T09:00:00Z", ""});
    Result<app::LinkedMerge> m = app::mergeLinked(io::writeRegister(base), ours, io::writeRegister(theirs));
    REQUIRE(m.ok());
    app::AppModel model;
    REQUIRE(model.open(":memory:").ok());
    REQUIRE(model.importRegister(m->merged, app::ImportMode::Replace).ok());
    auto open = app::openConflicts(model);
    REQUIRE(open.size() == 1);
    CHECK(open[0].field == "*");
    REQUIRE(app::resolveConflict(model, 0, true).ok());
    CHECK(model.find("a2") == nullptr);
    const Register r = model.toRegister();
    REQUIRE(r.deleted.size() == 1);
    CHECK(r.deleted[0].id == "a2");
}
