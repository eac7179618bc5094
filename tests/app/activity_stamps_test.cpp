// AppModel::activityStamps (issue #13): parallel to activities(), a number that changes exactly
// when the activity does and is never given twice, so that a view (the law-change banner) can
// keep what it derived from an activity until its stamp changes.
#include <catch_amalgamated.hpp>

#include <set>
#include <string>

#include "app/app_model.hpp"

using namespace air;
using namespace air::app;

namespace {

Activity named(const std::string& id, const std::string& name) {
    Activity a;
    a.id = id;
    a.name = name;
    return a;
}

std::uint64_t stampOf(const AppModel& m, const std::string& id) {
    const auto& acts = m.activities();
    REQUIRE(m.activityStamps().size() == acts.size());
    for (std::size_t i = 0; i < acts.size(); ++i)
        if (acts[i].id == id) return m.activityStamps()[i];
    FAIL("no activity " << id);
    return 0;
}

}  // namespace

TEST_CASE("activity stamps change with their activity only, and are never given twice", "[app]") {
    AppModel m;
    REQUIRE(m.open(":memory:").ok());
    std::set<std::uint64_t> given;
    const auto note = [&] {
        for (std::uint64_t s : m.activityStamps()) given.insert(s);
    };
    for (const char* id : {"a", "b", "c"}) REQUIRE(m.addActivity(named(id, std::string("Activity ") + id)).ok());
    note();
    CHECK(given.size() == 3);
    const std::uint64_t a = stampOf(m, "a"), b = stampOf(m, "b"), c = stampOf(m, "c");

    Activity edited = *m.find("b");
    edited.notes = "changed";
    REQUIRE(m.updateActivity(edited).ok());
    CHECK(stampOf(m, "a") == a);
    CHECK(stampOf(m, "c") == c);
    const std::uint64_t b2 = stampOf(m, "b");
    CHECK(given.count(b2) == 0);
    note();

    REQUIRE(m.deleteActivity("a").ok());
    CHECK(m.activityStamps().size() == 2);
    CHECK(stampOf(m, "b") == b2);
    REQUIRE(m.undo().ok());  // back, as a new version
    CHECK(given.count(stampOf(m, "a")) == 0);
    note();
    REQUIRE(m.undo().ok());  // the edit undone: b's old content, a new stamp all the same
    CHECK(given.count(stampOf(m, "b")) == 0);
    CHECK(stampOf(m, "b") != b);
    note();

    // Many at once (an import: the model re-orders in one pass) keeps the untouched ones' stamps.
    Register r;
    for (int i = 0; i < 40; ++i) r.activities.push_back(named("n" + std::to_string(i), "New " + std::to_string(i)));
    const std::uint64_t c2 = stampOf(m, "c");
    REQUIRE(m.importRegister(r, ImportMode::Merge).ok());
    CHECK(m.activities().size() == 43);
    CHECK(stampOf(m, "c") == c2);
    std::set<std::uint64_t> now(m.activityStamps().begin(), m.activityStamps().end());
    CHECK(now.size() == 43);
    for (int i = 0; i < 40; ++i) CHECK(given.count(stampOf(m, "n" + std::to_string(i))) == 0);
}
