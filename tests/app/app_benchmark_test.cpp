// Timings of the application model on a register of 10,000 activities. Hidden ([.benchmark]):
//   ./test_app "[.benchmark]"
// Prints the times; asserts only that the work was done, never a duration.
#include <catch_amalgamated.hpp>

#include <chrono>
#include <cstdio>

#include "app/app_model.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::app;

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

TEST_CASE("AppModel with 10,000 activities", "[.benchmark][app]") {
    testing::TempDir dir;
    const std::string path = dir.file("big.sqlite");
    Register r;
    for (int i = 0; i < 10000; ++i) {
        Activity a = testing::fullActivity("act-" + std::to_string(i));
        if (i % 3 == 0) a.screening.reset();
        r.activities.push_back(std::move(a));
    }
    double importMs = 0, undoMs = 0, redoMs = 0;
    {
        AppModel m;
        REQUIRE(m.open(path).ok());
        auto t0 = std::chrono::steady_clock::now();
        REQUIRE(m.importRegister(r, ImportMode::Replace).ok());
        importMs = msSince(t0);
        t0 = std::chrono::steady_clock::now();
        REQUIRE(m.undo().ok());
        undoMs = msSince(t0);
        CHECK(m.activities().empty());
        t0 = std::chrono::steady_clock::now();
        REQUIRE(m.redo().ok());
        redoMs = msSince(t0);
        CHECK(m.activities().size() == 10000);
    }
    AppModel m;
    auto t0 = std::chrono::steady_clock::now();
    REQUIRE(m.open(path).ok());
    const double openMs = msSince(t0);
    REQUIRE(m.activities().size() == 10000);

    Activity a = *m.find("act-5000");
    a.name = "Changed";
    t0 = std::chrono::steady_clock::now();
    REQUIRE(m.updateActivity(a).ok());
    const double editMs = msSince(t0);
    t0 = std::chrono::steady_clock::now();
    REQUIRE(m.deleteActivity("act-10").ok());
    const double deleteMs = msSince(t0);
    t0 = std::chrono::steady_clock::now();
    REQUIRE(m.undo().ok());
    const double undoDeleteMs = msSince(t0);
    CHECK(m.activities()[10].id == "act-10");
    std::printf("[benchmark] 10,000 activities: import (replace) %.0f ms, undo %.0f ms, redo %.0f ms; "
                "open (load + assess all) %.0f ms; one edit %.2f ms; delete %.1f ms; undo delete %.1f ms\n",
                importMs, undoMs, redoMs, openMs, editMs, deleteMs, undoDeleteMs);
}
