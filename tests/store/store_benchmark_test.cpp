// Timing of the whole-register load with 10,000 activities. Hidden ([.benchmark]): run with
//   ./test_store "[.benchmark]"
// It prints the times; it asserts only that the data came back, never a duration.
#include <catch_amalgamated.hpp>

#include <chrono>
#include <cstdio>

#include "store/repository.hpp"
#include "store/schema.hpp"
#include "store_fixtures.hpp"

using namespace air;
using namespace air::store;

namespace {

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

Register bigRegister(int n) {
    Register r;
    r.organisation = "Benchmark BV";
    r.activities.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        Activity a = testing::fullActivity("act-" + std::to_string(i));
        a.name += " #" + std::to_string(i);
        if (i % 3 == 0) a.screening.reset();
        r.activities.push_back(std::move(a));
    }
    return r;
}

void timeLoad(const std::string& path, const char* label) {
    constexpr int kCount = 10000;
    const Register r = bigRegister(kCount);
    Result<Db> db = openRegisterDb(path);
    REQUIRE(db.ok());
    auto t0 = std::chrono::steady_clock::now();
    {
        Result<Tx> tx = Tx::begin(*db, "bench");
        REQUIRE(tx.ok());
        REQUIRE(saveRegister(*db, r).ok());
        REQUIRE(tx->commit().ok());
    }
    const double saveMs = msSince(t0);

    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        t0 = std::chrono::steady_clock::now();
        Result<Register> back = loadRegister(*db);
        const double ms = msSince(t0);
        REQUIRE(back.ok());
        REQUIRE(back->activities.size() == std::size_t(kCount));
        CHECK(back->activities[1234] == r.activities[1234]);
        best = ms < best ? ms : best;
    }
    // Cold: a fresh connection on the same file.
    db = Result<Db>(Error{});
    Result<Db> fresh = openRegisterDb(path);
    REQUIRE(fresh.ok());
    t0 = std::chrono::steady_clock::now();
    Result<Register> back = loadRegister(*fresh);
    const double coldMs = msSince(t0);
    REQUIRE(back.ok());
    CHECK(back->activities.size() == std::size_t(kCount));
    std::printf("[benchmark] %s: save %d activities %.1f ms; load best of 3 %.1f ms; "
                "load on a new connection %.1f ms\n",
                label, kCount, saveMs, best, coldMs);
}

}  // namespace

TEST_CASE("load 10,000 activities", "[.benchmark][store]") {
    testing::TempDir dir;
    timeLoad(dir.file("bench.sqlite"), "file");
}
