// RegisterLibrary, ids/timestamps and the history text helpers.
#include <catch_amalgamated.hpp>

#include <regex>
#include <set>

#include "app/app_model.hpp"
#include "app/history_text.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::app;
using air::testing::TempDir;

TEST_CASE("RegisterLibrary creates, lists, renames and removes registers", "[app][library]") {
    TempDir dir;
    RegisterLibrary lib(dir.file("registers"));  // the folder does not exist yet
    CHECK(lib.list().empty());
    CHECK(lib.lastOpened().empty());

    Result<std::string> b = lib.create("Zeta team");
    REQUIRE(b.ok());
    Result<std::string> a = lib.create("alpha team");
    REQUIRE(a.ok());
    CHECK(*a != *b);
    CHECK(std::regex_match(*a, std::regex("reg-[0-9a-f-]{36}\\.sqlite")));

    auto all = lib.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "alpha team");  // by name, ignoring case
    CHECK(all[0].file == *a);
    CHECK(all[1].name == "Zeta team");

    REQUIRE(lib.rename(*b, "Beta team").ok());
    all = lib.list();
    CHECK(all[1].name == "Beta team");
    CHECK_FALSE(lib.rename("reg-missing.sqlite", "x").ok());
    CHECK_FALSE(lib.rename("../escape.sqlite", "x").ok());

    AppModel m;
    REQUIRE(m.open(lib.pathOf(*b)).ok());
    CHECK(m.registerName() == "Beta team");

    lib.setLastOpened(*b);
    CHECK(lib.lastOpened() == *b);
    // Other files in the folder (the last-opened marker, a language file) are not registers.
    { std::ofstream(lib.pathOf("lang")) << "nl\n"; }
    CHECK(lib.list().size() == 2);

    REQUIRE(lib.remove(*b).ok());
    CHECK(lib.lastOpened().empty());
    CHECK(lib.list().size() == 1);
    CHECK_FALSE(lib.remove(*b).ok());
    CHECK_FALSE(lib.remove("last").ok());
}

TEST_CASE("RegisterLibrary lists a foreign file under its file name", "[app][library]") {
    TempDir dir;
    RegisterLibrary lib(dir.path().string());
    { std::ofstream(lib.pathOf("reg-broken.sqlite")) << std::string(300, 'q'); }
    auto all = lib.list();
    REQUIRE(all.size() == 1);
    CHECK(all[0].name == "reg-broken.sqlite");
    CHECK(lib.pathOf("x.sqlite") == (dir.path() / "x.sqlite").string());
}

TEST_CASE("newUuid gives distinct version-4 UUIDs; nowRfc3339 is UTC RFC 3339", "[app]") {
    const std::regex v4("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        std::string u = newUuid();
        REQUIRE(std::regex_match(u, v4));
        seen.insert(u);
    }
    CHECK(seen.size() == 2000);
    CHECK(std::regex_match(nowRfc3339(), std::regex("20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z")));
}

TEST_CASE("diffActivity covers every field except id and updated_at", "[app][history]") {
    const Activity base;
    Activity full = testing::fullActivity("other-id");
    full.updated_at = "ignored";
    auto d = diffActivity(base, full);
    std::set<std::string> fields;
    for (const FieldChange& c : d) fields.insert(c.field);
    const std::set<std::string> expected{
        "name", "description", "purpose", "owner", "vendor", "retention", "human_oversight",
        "bias_monitoring", "notes", "application", "lifecycle", "ai_act_role", "personal_data",
        "data_subjects", "data_categories", "legal_basis", "art9_condition", "consent_explicit",
        "lia_documented", "transparency_notice", "opt_out", "content_rights_checked", "recipients",
        "security_measures", "screening", "processors",
        "dpia", "review.status", "review.reviewer", "review.reviewed_at", "review.next_review",
        "created_at", "extra"};
    CHECK(fields == expected);
    CHECK(diffActivity(full, full).empty());

    Activity x = full;
    x.updated_at = "different";
    x.id = "different";
    CHECK(diffActivity(full, x).empty());

    // Every member of Activity is covered: changing any one alone gives an entry.
    Activity y = full;
    y.processors[0].extra = R"({"region": "eu"})";
    REQUIRE(diffActivity(full, y).size() == 1);
    CHECK(diffActivity(full, y)[0].field == "processors");
    for (const ScreeningFlag& f : kScreeningFlags) {
        Activity z = full;
        (*z.screening).*(f.member) = !((*full.screening).*(f.member));
        auto dz = diffActivity(full, z);
        REQUIRE(dz.size() == 1);
        CHECK(dz[0].field == std::string("screening.") + f.key);
    }
}

TEST_CASE("history values and field names read well in both languages", "[app][history]") {
    CHECK(historyValueLabel("lifecycle", "production", Lang::Nl) == "In productie");
    CHECK(historyValueLabel("lifecycle", "production", Lang::En) == "Production");
    CHECK(historyValueLabel("legal_basis", "", Lang::En) == "(not chosen)");
    CHECK(historyValueLabel("opt_out", "yes", Lang::Nl) == "Ja");
    CHECK(historyValueLabel("screening.profiling", "no", Lang::En) == "No");
    CHECK(historyValueLabel("screening.annex_iii", "employment", Lang::Nl) ==
          "Werk, incl. vacature-advertenties (4)");
    CHECK(historyValueLabel("data_categories", "contact | health", Lang::Nl) ==
          "Contactgegevens, Gezondheid");
    CHECK(historyValueLabel("data_subjects", "", Lang::En) == "");
    CHECK(historyValueLabel("screening", "", Lang::Nl) == "Niet beoordeeld");
    CHECK(historyValueLabel("name", "yes", Lang::Nl) == "yes");  // free text stays as typed
    CHECK(historyValueLabel("review.status", "in_review", Lang::Nl) == "In beoordeling");
    CHECK(historyFieldLabel("lifecycle", Lang::Nl) == "Levensfase");
    CHECK(historyFieldLabel("review.next_review", Lang::En) == "Next review");
    CHECK(historyFieldLabel("screening.profiling", Lang::Nl) == "Screening: profilering");
    CHECK(historyFieldLabel("unknown_key", Lang::Nl) == "unknown_key");
    for (const ScreeningFlag& f : kScreeningFlags) {
        const std::string key = std::string("screening.") + f.key;
        CHECK(historyFieldLabel(key, Lang::En) != key);
        CHECK(historyFieldLabel(key, Lang::Nl) != key);
    }
    CHECK(screeningText(std::nullopt).empty());
    Screening s;
    s.profiling = true;
    s.annex_iii = AnnexIII::Employment;
    CHECK(screeningText(s) == R"({"profiling": true, "annex_iii": "employment"})");
    Processor p;
    p.name = "Q\"uote";
    p.certifications = {Certification::Soc2};
    CHECK(processorsText({p}) ==
          R"([{"name": "Q\"uote", "role": "processor", "dpa_signed": false, "outside_eu": false, "country": "", "transfer_safeguard": "", "certifications": ["soc2"], "reuses_data_for_training": "unknown"}])");
}
