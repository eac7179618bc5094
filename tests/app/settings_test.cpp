// Personal preferences across the register library (app/settings.hpp) and the embedded
// example register (app/example_register.hpp), without the settings page.
#include <catch_amalgamated.hpp>

#include <string>

#include "app/example_register.hpp"
#include "app/settings.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::app;
using air::testing::TempDir;

TEST_CASE("a personal preference is written to every register of the library", "[app][settings]") {
    TempDir dir;
    RegisterLibrary lib(dir.file("registers"));
    const auto a = lib.create("Team A"), b = lib.create("Team B");
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    AppModel open;
    REQUIRE(open.open(lib.pathOf(*a)).ok());
    REQUIRE(settings::setPersonalPref(open, &lib, settings::kPrefUserName, "Sanne de Vries").ok());
    CHECK(open.pref(settings::kPrefUserName) == "Sanne de Vries");
    {
        AppModel other;
        REQUIRE(other.open(lib.pathOf(*b)).ok());
        CHECK(other.pref(settings::kPrefUserName) == "Sanne de Vries");
    }
    // Without a library only the open register changes.
    REQUIRE(settings::setPersonalPref(open, nullptr, settings::kPrefTheme, "dark").ok());
    AppModel other;
    REQUIRE(other.open(lib.pathOf(*b)).ok());
    CHECK(other.pref(settings::kPrefTheme).empty());
    // A new register gets the open register's personal preferences.
    const auto c = lib.create("Team C");
    REQUIRE(c.ok());
    settings::copyPersonalPrefs(open, lib, *c);
    AppModel third;
    REQUIRE(third.open(lib.pathOf(*c)).ok());
    CHECK(third.pref(settings::kPrefUserName) == "Sanne de Vries");
    CHECK(third.pref(settings::kPrefTheme) == "dark");
}

TEST_CASE("register names for a copy get a number", "[app][settings]") {
    TempDir dir;
    RegisterLibrary lib(dir.file("registers"));
    CHECK(settings::uniqueRegisterName(lib, "Team") == "Team");
    REQUIRE(lib.create("Team").ok());
    CHECK(settings::uniqueRegisterName(lib, "Team") == "Team (2)");
    REQUIRE(lib.create("Team (2)").ok());
    CHECK(settings::uniqueRegisterName(lib, "Team") == "Team (3)");
}

TEST_CASE("the example register loads as a register of its own, leaving the open one alone", "[app][settings]") {
    REQUIRE(hasExampleRegister());
    const auto example = exampleRegister();
    REQUIRE(example.ok());
    REQUIRE_FALSE(example->activities.empty());

    TempDir dir;
    RegisterLibrary lib(dir.file("registers"));
    const auto mine = lib.create("Mine");
    REQUIRE(mine.ok());
    AppModel open;
    REQUIRE(open.open(lib.pathOf(*mine)).ok());
    REQUIRE(open.setPref(settings::kPrefUserName, "Joris").ok());

    const auto file = createExampleRegister(open, lib);
    REQUIRE(file.ok());
    CHECK(open.activities().empty());
    AppModel ex;
    REQUIRE(ex.open(lib.pathOf(*file)).ok());
    CHECK(ex.registerName() == kExampleName);
    CHECK(ex.activities().size() == example->activities.size());
    CHECK(ex.organisation() == example->organisation);
    CHECK(ex.pref(settings::kPrefUserName) == "Joris");

    const auto again = createExampleRegister(open, lib);
    REQUIRE(again.ok());
    AppModel second;
    REQUIRE(second.open(lib.pathOf(*again)).ok());
    CHECK(second.registerName() == std::string(kExampleName) + " (2)");
    CHECK(lib.list().size() == 3);
}
