// The round-trip invariant through the app (issue #11): a register that an importer accepts
// (the JSON reader or the CSV importer), imported into an AppModel, exports (toRegister ->
// writeRegister) to a file that parseRegister reads back as the same register. The store
// keeps what it is given: the export equals the imported register (exported_at aside, which
// the page sets when it writes a file), also after the database is closed and opened again.
#include <catch_amalgamated.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/app_model.hpp"
#include "io/csv.hpp"
#include "io/register_json.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::app;

namespace {

std::string source(const std::string& rel) { return testing::readBytes(std::string(AIR_SOURCE_DIR) + "/" + rel); }

// What an export of the app holds of an imported register.
Register expected(Register r) {
    r.exported_at.clear();
    return r;
}

void requireAppRoundTrip(const Register& accepted, const std::string& label) {
    INFO(label);
    testing::TempDir dir;
    for (const std::string& path : {std::string(":memory:"), dir.file("reg.sqlite")}) {
        for (ImportMode mode : {ImportMode::Replace, ImportMode::Merge}) {
            if (path != ":memory:") std::filesystem::remove(path);
            INFO(path << (mode == ImportMode::Replace ? " replace" : " merge"));
            Register exported;
            {
                AppModel model;
                REQUIRE(model.open(path).ok());
                model.setClock([] { return std::string("2026-11-25T10:00:00Z"); });
                const Status s = model.importRegister(accepted, mode);
                INFO((s.ok() ? std::string() : s.error().text()));
                REQUIRE(s.ok());
                exported = model.toRegister();
            }
            CHECK(exported == expected(accepted));
            const std::string json = io::writeRegister(exported);
            auto back = io::parseRegister(json);
            INFO(json);
            REQUIRE(back.ok());
            CHECK(back.value() == exported);
            if (path != ":memory:") {  // what the page shows after a reload
                AppModel reopened;
                REQUIRE(reopened.open(path).ok());
                CHECK(reopened.toRegister() == exported);
            }
        }
    }
}

}  // namespace

TEST_CASE("import -> app -> JSON export -> parse gives the same register, from JSON files", "[app][roundtrip]") {
    for (const char* file : {"assets/example_register.json", "tests/io/data/register_12.json"}) {
        auto reg = io::parseRegister(source(file));
        REQUIRE(reg.ok());
        requireAppRoundTrip(reg.value(), file);
    }
}

TEST_CASE("import -> app -> JSON export -> parse gives the same register, from CSV files", "[app][roundtrip]") {
    int accepted = 0;
    std::vector<std::string> files = {"tests/io/golden/register_en.csv", "tests/io/golden/register_nl.csv"};
    for (const auto& e : std::filesystem::directory_iterator(std::string(AIR_SOURCE_DIR) + "/tests/io/roundtrip"))
        files.push_back("tests/io/roundtrip/" + e.path().filename().string());
    for (const std::string& file : files) {
        const std::string text = source(file);
        for (Lang lang : {Lang::En, Lang::Nl}) {
            auto reg = io::fromCsv(text, io::csvDefaults(lang));
            if (!reg.ok()) continue;
            requireAppRoundTrip(reg.value(), file);
            ++accepted;
        }
        if (auto reg = io::parseRegister(text); reg.ok()) {
            requireAppRoundTrip(reg.value(), file);
            ++accepted;
        }
    }
    CHECK(accepted >= 6);  // both goldens in both languages, the repeated list and the Dutch dates
}

TEST_CASE("a CSV with repeated list values imports into the app and exports readably", "[app][roundtrip]") {
    // The bug of issue #11: "customers|customers" came in as two values, and the page's own
    // JSON export of it was then refused by the page and by `air`.
    auto reg = io::fromCsv(
        "id,name,data_subjects,created_at,updated_at\r\nA1,Lead scoring,customers|customers|Klanten,"
        "2026-11-25T09:00:00Z,2026-11-25T09:00:00Z\r\n",
        io::csvDefaults(Lang::En));
    REQUIRE(reg.ok());
    AppModel model;
    REQUIRE(model.open(":memory:").ok());
    REQUIRE(model.importRegister(reg.value(), ImportMode::Replace).ok());
    REQUIRE(model.activities().size() == 1);
    CHECK(model.activities()[0].data_subjects == std::vector{DataSubject::Customers});
    auto back = io::parseRegister(io::writeRegister(model.toRegister()));
    REQUIRE(back.ok());
    CHECK(back.value() == model.toRegister());
    requireAppRoundTrip(reg.value(), "repeated list");
}

// Replays a folder of inputs (a fuzz_roundtrip corpus, which cannot reach SQLite itself)
// through both importers and the app. Hidden; run it as
//   AIR_ROUNDTRIP_CORPUS=build/fuzz/corpus/fuzz_roundtrip build/native/test_app "[.corpus]"
TEST_CASE("replay a corpus through the importers and the app", "[.corpus]") {
    const char* dirEnv = std::getenv("AIR_ROUNDTRIP_CORPUS");
    if (!dirEnv) SKIP("AIR_ROUNDTRIP_CORPUS is not set");
    int inputs = 0, accepted = 0;
    for (const auto& e : std::filesystem::directory_iterator(dirEnv)) {
        if (!e.is_regular_file()) continue;
        const std::string text = testing::readBytes(e.path().string());
        ++inputs;
        if (auto reg = io::parseRegister(text); reg.ok()) {
            requireAppRoundTrip(reg.value(), e.path().string());
            ++accepted;
        }
        for (char sep : {';', ','}) {
            io::CsvOptions opt = io::csvDefaults(sep == ';' ? Lang::Nl : Lang::En);
            opt.separator = sep;
            if (auto reg = io::fromCsv(text, opt); reg.ok()) {
                requireAppRoundTrip(reg.value(), e.path().string());
                ++accepted;
            }
        }
    }
    WARN(inputs << " inputs, " << accepted << " accepted imports replayed through the app");
    CHECK(inputs > 0);
}
