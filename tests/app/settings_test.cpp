// Register names across the library (app/settings.hpp) and the embedded example register
// (app/example_register.hpp), without the settings page. The user's settings: workspace_test.
#include <catch_amalgamated.hpp>

#include <string>

#include "app/example_register.hpp"
#include "app/settings.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::app;
using air::testing::TempDir;

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

    const auto file = createExampleRegister(lib);
    REQUIRE(file.ok());
    CHECK(open.activities().empty());
    AppModel ex;
    REQUIRE(ex.open(lib.pathOf(*file)).ok());
    CHECK(ex.registerName() == kExampleName);
    CHECK(ex.activities().size() == example->activities.size());
    CHECK(ex.organisation() == example->organisation);

    const auto again = createExampleRegister(lib);
    REQUIRE(again.ok());
    AppModel second;
    REQUIRE(second.open(lib.pathOf(*again)).ok());
    CHECK(second.registerName() == std::string(kExampleName) + " (2)");
    CHECK(lib.list().size() == 3);
}
