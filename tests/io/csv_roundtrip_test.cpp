// The round-trip invariant (issue #11): whatever the CSV importer or the JSON reader accepts,
// its JSON export reads back (io::parseRegister) as an equal Register. The CSV importer
// normalises or rejects, with row and column, everything the JSON reader would reject.
// tests/io/roundtrip/ holds the inputs (and every fuzz_roundtrip finding) checked here.
#include <catch_amalgamated.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "io/csv.hpp"
#include "io/register_json.hpp"
#include "rules/rules.hpp"

namespace iotest {
std::string readFile(const std::string& path);
}  // namespace iotest

using namespace air;

namespace {

io::CsvOptions en() { return io::csvDefaults(Lang::En); }
io::CsvOptions nl() { return io::csvDefaults(Lang::Nl); }

// The invariant for one accepted register: export, re-import, equal; and `air check` works.
void requireJsonRoundTrip(const Register& reg) {
    for (bool pretty : {true, false}) {
        const std::string json = io::writeRegister(reg, pretty);
        auto back = io::parseRegister(json);
        INFO(json);
        REQUIRE(back.ok());
        CHECK(back.value() == reg);
        // `air check`: the rules see what the import saw.
        REQUIRE(back->activities.size() == reg.activities.size());
        for (std::size_t i = 0; i < reg.activities.size(); ++i) {
            const rules::Assessment was = rules::assess(reg.activities[i]), is = rules::assess(back->activities[i]);
            CHECK(is.tier == was.tier);
            CHECK(is.findings == was.findings);
        }
    }
}

Register importOk(const std::string& csv, const io::CsvOptions& opt) {
    auto r = io::fromCsv(csv, opt);
    INFO(csv);
    if (!r.ok()) FAIL(r.error().text());
    requireJsonRoundTrip(r.value());
    return r.value();
}

std::string importError(const std::string& csv, const io::CsvOptions& opt) {
    auto r = io::fromCsv(csv, opt);
    INFO(csv);
    REQUIRE_FALSE(r.ok());
    return r.error().text(opt.lang);
}

std::string roundtripFile(const std::string& name) {
    return iotest::readFile(std::string(AIR_SOURCE_DIR) + "/tests/io/roundtrip/" + name);
}

}  // namespace

TEST_CASE("csv: a timestamp that is not RFC 3339 is rejected with row and column", "[io][csv][roundtrip]") {
    CHECK(importError(roundtripFile("csv_free_text_timestamp.csv"), en()) ==
          "row 2, column created_at: \"yesterday\" is not a timestamp (use RFC 3339, e.g. 2026-11-25T09:00:00Z)");
    CHECK(importError("id,name,updated_at\r\nA,a,\r\nB,b,2026-11-25 09:00\r\n", en()) ==
          "row 3, column updated_at: \"2026-11-25 09:00\" is not a timestamp (use RFC 3339, e.g. "
          "2026-11-25T09:00:00Z)");
    CHECK(importError("ID;Naam;Gewijzigd op\r\nA;a;2026-11-25T25:00:00Z\r\n", nl()) ==
          "rij 2, kolom Gewijzigd op: \"2026-11-25T25:00:00Z\" is geen tijdstip (gebruik RFC 3339, bijv. "
          "2026-11-25T09:00:00Z)");
    // What the register file holds is accepted, spaces around it removed.
    const Register r = importOk(
        "id,name,created_at,updated_at\r\nA,a, 2026-11-25T09:00:00Z ,2026-11-25T10:00:00.5+01:00\r\n", en());
    CHECK(r.activities[0].created_at == "2026-11-25T09:00:00Z");
    CHECK(r.activities[0].updated_at == "2026-11-25T10:00:00.5+01:00");
}

TEST_CASE("csv: review dates: YYYY-MM-DD and Dutch D-M-YYYY, never a guessed order or a time", "[io][csv][roundtrip]") {
    CHECK(importError(roundtripFile("csv_date_with_time.csv"), nl()) ==
          "rij 2, kolom reviewed_at: \"2026-11-25T09:00:00Z\" is een datum met tijd; deze kolom bevat alleen "
          "een dag (gebruik JJJJ-MM-DD)");
    CHECK(importError("id,name,next_review\r\nA,a,2026-11-25 00:00\r\n", en()) ==
          "row 2, column next_review: \"2026-11-25 00:00\" is a date with a time; this column holds a day only "
          "(use YYYY-MM-DD)");
    for (const char* bad : {"next spring", "Q3 2026", "03/04/2026", "2026/11/25", "25.11.2026", "2026-2-3",
                            "29-2-2025", "32-1-2026", "1-13-2026", "2026-11-25x", "+2026-11-25"})
        CHECK(importError(std::string("id,name,next_review\r\nA,a,") + bad + "\r\n", en()).rfind(
                  "row 2, column next_review: ", 0) == 0);
    const Register r = importOk(roundtripFile("csv_dutch_dates.csv"), nl());
    CHECK(r.activities[0].review.reviewed_at == "2026-11-25");
    CHECK(r.activities[0].review.next_review == "2027-02-01");
    CHECK(r.activities[0].created_at == "2026-11-25T09:00:00+01:00");
    CHECK(importOk("id,name,next_review\r\nA,a,29-02-2028\r\n", en()).activities[0].review.next_review ==
          "2028-02-29");
}

TEST_CASE("csv: a value repeated in a list is kept once, in first-seen order", "[io][csv][roundtrip]") {
    const Register r = importOk(roundtripFile("csv_repeated_list_values.csv"), en());
    const Activity& a = r.activities.at(0);
    CHECK(a.data_subjects == std::vector{DataSubject::Customers});
    CHECK(a.data_categories == std::vector{DataCategory::Contact});
    REQUIRE(a.processors.size() == 1);
    CHECK(a.processors[0].certifications == std::vector{Certification::Iso27001, Certification::Soc2});
    // Key and label of one value, and the Dutch label, are one value too.
    const Register b = importOk("ID;Naam;Betrokkenen\r\nA;a;Klanten | customers | employees | Customers\r\n", nl());
    CHECK(b.activities[0].data_subjects == std::vector{DataSubject::Customers, DataSubject::Employees});
}

TEST_CASE("csv: names, ids and UTF-8 follow the register file's rules, with row and column", "[io][csv][roundtrip]") {
    std::string name200, name201;
    for (int i = 0; i < 200; ++i) name200 += "\xC3\xA9";  // é: 200 characters, 400 bytes
    name201 = name200 + "x";
    CHECK(importOk("id,name\r\nA," + name200 + "\r\n", en()).activities[0].name == name200);
    CHECK(importError("id,name\r\nA," + name201 + "\r\n", en()) ==
          "row 2, column name: the name is longer than 200 characters");
    CHECK(importError("ID;Naam\r\nA;" + name201 + "\r\n", nl()) ==
          "rij 2, kolom Naam: de naam is langer dan 200 tekens");
    CHECK(importError("id,name\r\nA,\"\r\n\t \"\r\n", en()) ==
          "row 2, column name: the name is empty (every activity needs a name)");
    CHECK(importError("id,name\r\n\" \r\n\",a\r\n", en()) ==
          "row 2, column id: the id is empty (every activity needs its own id)");
    // With a BOM the file promises UTF-8: a broken byte is an error, not a guess.
    CHECK(importError("\xEF\xBB\xBFid,name,notes\r\nA,a,caf\xE9\r\n", en()) ==
          "row 2, column notes: the text is not valid UTF-8 (save the sheet as \"CSV UTF-8\")");
    io::CsvOptions strict = en();
    strict.accept_cp1252 = false;
    CHECK(importError("id,name\r\nA,\xED\xA0\x80\r\n", strict) ==  // a surrogate, as the JSON reader sees it
          "row 2, column name: the text is not valid UTF-8 (save the sheet as \"CSV UTF-8\")");
    // An invalid header never makes an invalid message.
    const std::string msg = importError("id,name,\xFF\r\nA,\"a\"b,c\r\n", strict);
    CHECK(io::isValidUtf8(msg));
}

TEST_CASE("csv: unknown enum values are rejected in every enum column", "[io][csv][roundtrip]") {
    for (const char* col : {"lifecycle", "ai_act_role", "legal_basis", "art9_condition", "dpia", "review_status",
                            "data_subjects", "data_categories", "processor_1_transfer_safeguard",
                            "processor_1_reuses_data_for_training", "processor_1_certifications", "annex_iii"}) {
        const std::string text = std::string("id,name,") + col + "\r\nA,a,bogus\r\n";
        CHECK(importError(text, en()).rfind(std::string("row 2, column ") + col +
                                                ": unknown value \"bogus\" (allowed: ",
                                            0) == 0);
    }
}

TEST_CASE("csv: the JSON export of every accepted CSV reads back identically", "[io][csv][roundtrip]") {
    // The golden exports, in both languages and with both separators.
    for (const char* golden : {"register_en.csv", "register_nl.csv"}) {
        const std::string text = iotest::readFile(std::string(AIR_SOURCE_DIR) + "/tests/io/golden/" + golden);
        for (Lang lang : {Lang::En, Lang::Nl}) {
            const Register r = importOk(text, io::csvDefaults(lang));
            CHECK_FALSE(r.activities.empty());
        }
    }
    // Every file in tests/io/roundtrip: whichever importer accepts it, the export reads back.
    int accepted = 0, files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(AIR_SOURCE_DIR) + "/tests/io/roundtrip")) {
        const std::string text = iotest::readFile(entry.path().string());
        INFO(entry.path().filename().string());
        ++files;
        if (auto j = io::parseRegister(text); j.ok()) {
            requireJsonRoundTrip(j.value());
            ++accepted;
        }
        for (char sep : {';', ','})
            for (bool cp1252 : {true, false}) {
                io::CsvOptions opt = io::csvDefaults(sep == ';' ? Lang::Nl : Lang::En);
                opt.separator = sep;
                opt.accept_cp1252 = cp1252;
                auto c = io::fromCsv(text, opt);
                if (!c.ok()) {
                    CHECK_FALSE(c.error().where.empty());
                    CHECK(io::isValidUtf8(c.error().text()));
                    continue;
                }
                requireJsonRoundTrip(c.value());
                ++accepted;
            }
    }
    CHECK(files >= 4);
    CHECK(accepted > 0);
}

TEST_CASE("csv: a sheet whose register file would pass the 20 MB limit is refused at its row", "[io][csv][roundtrip]") {
    // 3.5 MB of CSV: control characters are written as \u0001 in JSON, six bytes each, so the
    // register file of these 35 activities would be about 21 MB, which parseRegister refuses;
    // the first 34 (rows 2 to 35) make about 20.4 MB.
    const std::string notes(100000, '\x01');
    std::string csv = "id,name,notes\r\n";
    for (int i = 1; i <= 35; ++i) csv += "A" + std::to_string(i) + ",Activity," + notes + "\r\n";
    REQUIRE(csv.size() < io::kMaxRegisterBytes / 5);
    auto r = io::fromCsv(csv, en());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().text() ==
          "row 36: from this row on the register file would be larger than 20 MB, the most a register file "
          "may hold; split the sheet into smaller registers");
    auto nlr = io::fromCsv(csv, nl());
    REQUIRE_FALSE(nlr.ok());
    CHECK(nlr.error().text(Lang::Nl) ==
          "rij 36: vanaf deze rij zou het registerbestand groter worden dan 20 MB, het maximum voor een "
          "registerbestand; verdeel het blad over kleinere registers");
    // One row fewer fits, and its export reads back.
    auto fewer = io::fromCsv(csv.substr(0, csv.rfind("A35,")), en());
    REQUIRE(fewer.ok());
    CHECK(fewer->activities.size() == 34);
    const std::string json = io::writeRegister(fewer.value());
    CHECK(json.size() > 20'000'000);
    CHECK(json.size() <= io::kMaxRegisterBytes);
    auto back = io::parseRegister(json);
    REQUIRE(back.ok());
    CHECK(back.value() == fewer.value());
}

TEST_CASE("csv: fuzz_roundtrip finding on the previous importer: a free-text updated_at", "[io][csv][roundtrip]") {
    // Found in about 1,000 runs against the importer before issue #11 (a golden CSV with a
    // mangled "Gewijzigd op" cell): it imported, and its JSON export was refused with
    // "activities[0].updated_at: expected an RFC 3339 timestamp".
    const std::string text = roundtripFile("fuzz_free_text_updated_at.csv");
    for (Lang lang : {Lang::Nl, Lang::En}) {
        const std::string msg = importError(text, io::csvDefaults(lang));
        CHECK(msg.rfind(lang == Lang::Nl ? "rij 2, kolom Gewijzigd op: \"2026-1]]]" : "row 2, column Gewijzigd op: \"2026-1]]]",
                        0) == 0);
        CHECK(msg.find(lang == Lang::Nl ? "is geen tijdstip" : "is not a timestamp") != std::string::npos);
    }
}
