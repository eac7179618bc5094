// Register file v1: round trips, unknown keys, key order, limits, dates, Dutch errors.
#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "io/register_json.hpp"

using namespace air;
using namespace air::io;

namespace {

std::string readFile(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// A register in which every field of every record differs from its default.
Register fullRegister() {
    Activity a;
    a.id = "0b9d4b8e-6c1a-4f7e-9a3d-2f1e0c9b8a71";
    a.name = "Leadscoring \xE2\x82\xAC\xC3\xA9\xC3\xAB";  // euro sign, é, ë
    a.description = "Scores leads.\nSecond line with \"quotes\" and a tab\t.";
    a.purpose = "Opvolging prioriteren";
    a.owner = "Sanne";
    a.vendor = "ScoreWise BV";
    a.retention = "24 months";
    a.human_oversight = "Sales manager reviews";
    a.bias_monitoring = "Quarterly";
    a.notes = "n";
    a.application = "lead_scoring";
    a.lifecycle = Lifecycle::Production;
    a.ai_act_role = AiActRole::Provider;
    a.data_subjects = {DataSubject::Prospects, DataSubject::Children};
    a.data_categories = {DataCategory::Health, DataCategory::Contact, DataCategory::Criminal};
    a.legal_basis = LegalBasis::LegitimateInterests;
    a.art9_condition = Art9Condition::ExplicitConsent;
    a.lia_documented = a.transparency_notice = a.opt_out = a.content_rights_checked = true;
    Screening s;
    for (const ScreeningFlag& f : kScreeningFlags) s.*(f.member) = true;
    s.annex_iii = AnnexIII::Creditworthiness;
    a.screening = s;
    Processor p;
    p.name = "Vendor";
    p.dpa_signed = p.outside_eu = true;
    p.transfer_safeguard = TransferSafeguard::Scc;
    p.certifications = {Certification::Soc2, Certification::Iso27001};
    p.reuses_data_for_training = TrainingReuse::Yes;
    p.extra = R"({"x_processor":{"nested":[1,2.5,"drie",null,true]}})";
    a.processors = {p, Processor{}};
    a.dpia = DpiaStatus::Planned;
    a.review = Review{ReviewStatus::ChangesRequested, "L. Bakker", "2026-11-01", "2027-02-28"};
    a.created_at = "2026-01-02T03:04:05Z";
    a.updated_at = "2026-11-25T10:00:00.123+01:00";
    a.extra = R"({"x_team":"Benelux","x_score":-12,"x_big":18446744073709551615})";

    Activity b;  // defaults apart from the required fields: no screening (unassessed)
    b.id = "b";
    b.name = "B";

    Workshop w;
    w.id = "ws-1";
    w.title = "Sessie";
    w.date = "2026-11-18";
    w.facilitator = "Noor";
    w.activity_ids = {a.id, "b"};
    w.votes = {Vote{a.id, Principle::Trust, 1, 2, 3}};
    w.notes = {WorkshopNote{a.id, Principle::Honesty, "Tekst"}};
    w.actions = {WorkshopAction{a.id, "Doen", "Sanne", "2026-12-01", true}};
    w.extra = R"({"x_room":"Zaal 2"})";

    Register r;
    r.organisation = "Voorbeeld BV";
    r.exported_at = "2026-11-25T09:00:00Z";
    r.activities = {a, b};
    r.workshops = {w};
    r.extra = R"({"x_generator":{"name":"other tool","version":[3,1]}})";
    return r;
}

}  // namespace

TEST_CASE("a register with every field set survives write and parse", "[io][json]") {
    const Register r = fullRegister();
    for (bool pretty : {true, false}) {
        Result<Register> back = parseRegister(writeRegister(r, pretty));
        REQUIRE(back.ok());
        CHECK(back->activities.size() == 2);
        CHECK(back->activities[0] == r.activities[0]);
        CHECK(back->activities[1] == r.activities[1]);
        CHECK(back->workshops == r.workshops);
        CHECK(back->extra == r.extra);
        CHECK(*back == r);
    }
}

TEST_CASE("unknown keys survive at every level and in file order", "[io][json]") {
    const std::string text = R"({"x_first":1,"format":"ai-activity-register","format_version":1,
      "activities":[{"z_unknown":"z","id":"a","name":"A","a_unknown":{"k":[1]},
        "processors":[{"name":"P","x_p":false}]}],
      "workshops":[{"id":"w","x_w":"kept"}],"x_last":"end"})";
    Result<Register> r = parseRegister(text);
    REQUIRE(r.ok());
    CHECK(r->extra == R"({"x_first":1,"x_last":"end"})");
    CHECK(r->activities[0].extra == R"({"z_unknown":"z","a_unknown":{"k":[1]}})");
    CHECK(r->activities[0].processors[0].extra == R"({"x_p":false})");
    CHECK(r->workshops[0].extra == R"({"x_w":"kept"})");
    Result<Register> again = parseRegister(writeRegister(*r));
    REQUIRE(again.ok());
    CHECK(*again == *r);
}

TEST_CASE("the writer puts documented keys in table order, then the extra keys", "[io][json]") {
    const std::string text = writeRegister(fullRegister(), false);
    auto j = nlohmann::ordered_json::parse(text);
    std::vector<std::string> top;
    for (auto& [k, v] : j.items()) top.push_back(k);
    CHECK(top == std::vector<std::string>{"format", "format_version", "organisation", "exported_at",
                                          "activities", "workshops", "x_generator"});
    std::vector<std::string> keys;
    for (auto& [k, v] : j["activities"][0].items()) keys.push_back(k);
    const std::vector<std::string_view> fileKeys = activityKeys();
    std::vector<std::string> expected(fileKeys.begin(), fileKeys.end());
    expected.insert(expected.end(), {"x_team", "x_score", "x_big"});
    CHECK(keys == expected);
    // Screening: the flags in kScreeningFlags order, then annex_iii.
    std::vector<std::string> flags;
    for (auto& [k, v] : j["activities"][0]["screening"].items()) flags.push_back(k);
    REQUIRE(flags.size() == std::size(kScreeningFlags) + 1);
    CHECK(flags.front() == "interacts_with_people");
    CHECK(flags.back() == "annex_iii");
    // An unassessed activity has no screening key at all.
    CHECK_FALSE(j["activities"][1].contains("screening"));
    CHECK(j["activities"][0]["lifecycle"] == "production");
    CHECK(j["activities"][0]["data_categories"] == nlohmann::ordered_json({"health", "contact", "criminal"}));
}

TEST_CASE("extra keys that clash with documented keys are not written twice", "[io][json]") {
    Register r;
    Activity a;
    a.id = "a";
    a.name = "Echte naam";
    a.extra = R"({"name":"Vervalst","x_ok":1})";
    r.activities = {a};
    r.extra = R"({"format":"evil","activities":[],"x_top":2})";
    std::string text = writeRegister(r);
    Result<Register> back = parseRegister(text);
    REQUIRE(back.ok());  // no duplicate keys, so the file reads back
    CHECK(back->activities[0].name == "Echte naam");
    CHECK(back->activities[0].extra == R"({"x_ok":1})");
    CHECK(back->extra == R"({"x_top":2})");
}

TEST_CASE("the writer never fails on bad UTF-8 or bad extra text", "[io][json]") {
    Register r;
    Activity a;
    a.id = "a";
    a.name = std::string("Caf\xE9");  // Latin-1 byte, invalid UTF-8
    a.extra = "{not json";
    r.activities = {a};
    std::string text = writeRegister(r);
    Result<Register> back = parseRegister(text);
    REQUIRE(back.ok());
    CHECK(back->activities[0].name == "Caf\xEF\xBF\xBD");  // U+FFFD
    CHECK(back->activities[0].extra.empty());
}

TEST_CASE("missing optional fields read as their defaults", "[io][json]") {
    Result<Register> r = parseRegister(
        R"({"format":"ai-activity-register","format_version":1,"activities":[{"id":"a","name":"A","screening":null}]})");
    REQUIRE(r.ok());
    const Activity& a = r->activities[0];
    CHECK(a == [] {
        Activity d;
        d.id = "a";
        d.name = "A";
        return d;
    }());
    CHECK_FALSE(a.screening.has_value());
    CHECK(r->workshops.empty());
    CHECK(r->organisation.empty());
    // A file without activities is an empty register.
    Result<Register> empty = parseRegister(R"({"format":"ai-activity-register","format_version":1})");
    REQUIRE(empty.ok());
    CHECK(empty->activities.empty());
}

TEST_CASE("a name of exactly 200 characters is fine, 201 is not", "[io][json]") {
    auto file = [](const std::string& name) {
        return R"({"format":"ai-activity-register","format_version":1,"activities":[{"id":"a","name":")" + name +
               R"("}]})";
    };
    std::string ok200;
    for (int i = 0; i < 200; ++i) ok200 += "\xE2\x82\xAC";  // 200 euro signs = 600 bytes
    CHECK(parseRegister(file(ok200)).ok());
    Result<Register> bad = parseRegister(file(ok200 + "x"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().whereText() == "activities[0].name");
    CHECK(bad.error().message() == "is 201 characters long; the limit is 200");
}

TEST_CASE("the size limit is checked first, with sizes in MB", "[io][json]") {
    std::string big(kMaxRegisterBytes + 1, ' ');
    Result<Register> r = parseRegister(big);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().where.empty());
    CHECK(r.error().message() == "file is 20.1 MB; the limit is 20 MB");
    Status s = checkRegisterSize(std::uintmax_t(31.2 * 1024 * 1024));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message() == "file is 31.2 MB; the limit is 20 MB");
    CHECK(checkRegisterSize(kMaxRegisterBytes).ok());
    CHECK(s.error().text(Lang::Nl) == "bestand is 31,2 MB; de limiet is 20 MB");
}

TEST_CASE("dates and timestamps", "[io][json]") {
    CHECK(isValidDate("2026-11-25"));
    CHECK(isValidDate("2028-02-29"));
    CHECK_FALSE(isValidDate("2026-02-29"));
    CHECK_FALSE(isValidDate("2100-02-29"));
    CHECK(isValidDate("2000-02-29"));
    CHECK_FALSE(isValidDate("2026-13-01"));
    CHECK_FALSE(isValidDate("2026-00-10"));
    CHECK_FALSE(isValidDate("2026-1-01"));
    CHECK_FALSE(isValidDate("25-11-2026"));
    CHECK_FALSE(isValidDate("2026-11-25T09:00:00Z"));
    CHECK(isValidTimestamp("2026-11-25T09:00:00Z"));
    CHECK(isValidTimestamp("2026-11-25t09:00:00z"));
    CHECK(isValidTimestamp("2026-11-25T09:00:00.123456+01:00"));
    CHECK(isValidTimestamp("2026-12-31T23:59:60-05:30"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00"));      // no offset
    CHECK_FALSE(isValidTimestamp("2026-11-25 09:00:00Z"));     // space
    CHECK_FALSE(isValidTimestamp("2026-11-25T24:00:00Z"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00.Z"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00+0100"));
    CHECK_FALSE(isValidTimestamp("2026-11-25T09:00:00Zjunk"));
    CHECK_FALSE(isValidTimestamp(""));
}

TEST_CASE("errors render in Dutch", "[io][json]") {
    // The reader returns codes and arguments; the edge words them (Error::text(lang)).
    auto nl = [](std::string_view text) {
        Result<Register> r = parseRegister(text);
        return r.ok() ? std::string("(read)") : r.error().text(Lang::Nl);
    };
    const std::string head = R"({"format":"ai-activity-register","format_version":1,)";
    CHECK(nl(head + R"("activities":[{"id":"a","name":"A","lia_documented":"yes"}]})") ==
          "activities[0].lia_documented: verwacht true of false, maar kreeg \"yes\"");
    CHECK(nl(head + R"("activities":{}})") == "activities: verwacht een lijst (array), maar kreeg een object");
    CHECK(nl("{\n\n\n\n  x}") == "regel 5, kolom 3: geen geldige JSON: " +
                                     parseRegister("{\n\n\n\n  x}").error().args[0].text);
    CHECK(nl(head + R"("activities":[{"id":"a","name":"A"},{"id":"a","name":"B"}]})") ==
          "activities[1].id: dubbele id \"a\": activities[0] heeft dezelfde id");
    CHECK(nl("[]") == "hoofdniveau: verwacht een object, maar kreeg een lijst");
    CHECK(nl("{\"a\": \"\xC3") == "regel 1, kolom 8: het bestand houdt te vroeg op, het lijkt afgekapt: "
                                   "het laatste teken is afgebroken");
    // English stays English, from the same error.
    Result<Register> r = parseRegister(head + R"("activities":[{"id":"a","name":5}]})");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::ExpString);
    CHECK(r.error().text() == "activities[0].name: expected a string, got 5");
    CHECK(r.error().text(Lang::Nl) == "activities[0].name: verwacht een tekst (string), maar kreeg 5");
}

TEST_CASE("every malformed file's message has a Dutch rendering", "[io][json]") {
    std::ifstream list(std::string(AIR_SOURCE_DIR) + "/tests/io/malformed/expected.txt");
    std::string line;
    int checked = 0;
    while (std::getline(list, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::string file = line.substr(0, line.find('\t'));
        Result<Register> r = parseRegister(readFile(std::string(AIR_SOURCE_DIR) + "/tests/io/malformed/" + file));
        REQUIRE_FALSE(r.ok());
        INFO(file << ": " << r.error().message());
        CHECK(r.error().text(Lang::Nl) != r.error().text(Lang::En));
        ++checked;
    }
    CHECK(checked >= 20);
}

TEST_CASE("the realistic register reads, and writes back to the same register", "[io][json]") {
    std::string text = readFile(std::string(AIR_SOURCE_DIR) + "/tests/io/data/register_12.json");
    Result<Register> r = parseRegister(text);
    REQUIRE(r.ok());
    CHECK(r->activities.size() == 12);
    CHECK(r->organisation == "Voorbeeld Retail BV");
    CHECK(r->activities[0].extra == R"({"x_team":"Marketing Benelux"})");
    CHECK_FALSE(r->activities[10].screening.has_value());
    REQUIRE(r->workshops.size() == 1);
    CHECK(r->workshops[0].votes.size() == 2);
    Result<Register> again = parseRegister(writeRegister(*r));
    REQUIRE(again.ok());
    CHECK(*again == *r);
    // Writing is stable: write(parse(write(x))) == write(x).
    CHECK(writeRegister(*again) == writeRegister(*r));
}

TEST_CASE("the embedded example register is a valid register file", "[io][json]") {
    Result<Register> r = parseRegister(readFile(std::string(AIR_SOURCE_DIR) + "/assets/example_register.json"));
    INFO((r.ok() ? std::string() : r.error().text()));
    CHECK(r.ok());
}

TEST_CASE("the deleted array round-trips, is optional, and keeps unknown keys", "[io][json][deleted]") {
    const std::string text = R"({"format": "ai-activity-register", "format_version": 1,
        "activities": [],
        "deleted": [{"id": "x1", "deleted_at": "2026-11-25T09:00:00Z", "x_by": "Anna"},
                    {"id": "x2", "deleted_at": "2026-11-26T10:00:00.5+01:00"}]})";
    Result<Register> r = io::parseRegister(text);
    REQUIRE(r.ok());
    REQUIRE(r->deleted.size() == 2);
    CHECK(r->deleted[0].id == "x1");
    CHECK(r->deleted[0].deleted_at == "2026-11-25T09:00:00Z");
    CHECK(r->deleted[0].extra == R"({"x_by":"Anna"})");
    CHECK(r->deleted[1].deleted_at == "2026-11-26T10:00:00.5+01:00");
    CHECK(r->extra.empty());  // "deleted" is a documented key, not an unknown one
    const std::string out = io::writeRegister(*r);
    CHECK(out.find(R"("x_by": "Anna")") != std::string::npos);
    Result<Register> back = io::parseRegister(out);
    REQUIRE(back.ok());
    CHECK(back->deleted == r->deleted);

    // A register without deletions is written without the key, as before.
    Register plain;
    CHECK(io::writeRegister(plain).find("\"deleted\"") == std::string::npos);
    Result<Register> none = io::parseRegister(R"({"format": "ai-activity-register", "format_version": 1})");
    REQUIRE(none.ok());
    CHECK(none->deleted.empty());
}
