// The team's framework in the register file: round trip, key order, defaults, the merges.
// (Malformed framework arrays are in tests/io/malformed, 54-61.)
#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "io/merge.hpp"
#include "io/register_json.hpp"
#include "io/report.hpp"
#include "io/workshop_report.hpp"

using namespace air;
using namespace air::io;

namespace {

FrameworkItem redLine() {
    FrameworkItem f;
    f.id = "fw-1";
    f.kind = FrameworkKind::RedLine;
    f.text = "Geen kredietproducten als suggestie";
    f.explanation = "Lenen is geen impuls.";
    f.status = FrameworkStatus::Adopted;
    f.workshop_id = "ws-1";
    f.decided_at = "2026-11-18";
    f.votes_for = 7, f.votes_against = 1, f.votes_abstain = 2;
    f.applies_to.applications = {"next_best_action", "credit_offer_targeting"};
    f.applies_to.data_categories = {DataCategory::Financial};
    f.applies_to.data_subjects = {DataSubject::Children};
    f.applies_to.screening = {"profiling"};
    f.applies_to.activity_ids = {"a-1"};
    f.extra = R"({"x_owner":"Marketing"})";
    return f;
}

FrameworkItem principle(const std::string& id, const std::string& text) {
    FrameworkItem f;
    f.id = id;
    f.text = text;
    return f;
}

Register withFramework(std::vector<FrameworkItem> fw) {
    Register r;
    r.organisation = "Org";
    r.framework = std::move(fw);
    return r;
}

}  // namespace

TEST_CASE("framework: every field survives write and parse, in table order", "[io][json][framework]") {
    const Register r = withFramework({redLine(), principle("fw-2", "We zeggen altijd dat het AI is")});
    const std::string text = writeRegister(r, true);
    Result<Register> back = parseRegister(text);
    REQUIRE(back.ok());
    CHECK(back->framework == r.framework);

    auto j = nlohmann::ordered_json::parse(text);
    std::vector<std::string> top, item;
    for (auto& [k, v] : j.items()) top.push_back(k);
    CHECK(top == std::vector<std::string>{"format", "format_version", "organisation", "exported_at", "framework",
                                          "activities", "workshops"});
    for (auto& [k, v] : j["framework"][0].items()) item.push_back(k);
    CHECK(item == std::vector<std::string>{"id", "kind", "text", "explanation", "status", "workshop_id", "decided_at",
                                           "votes", "applies_to", "x_owner"});
    CHECK(j["framework"][0]["votes"] == nlohmann::ordered_json::parse(R"({"for":7,"against":1,"abstain":2})"));
    // An empty scope is written as {} (every activity); empty lists are left out.
    CHECK(j["framework"][1]["applies_to"] == nlohmann::ordered_json::object());
}

TEST_CASE("framework: absent keys take their defaults; a register without one writes none", "[io][json][framework]") {
    Result<Register> r = parseRegister(
        R"({"format":"ai-activity-register","format_version":1,"activities":[],"framework":[{"id":"f","text":"T"}]})");
    REQUIRE(r.ok());
    REQUIRE(r->framework.size() == 1);
    CHECK(r->framework[0].kind == FrameworkKind::Principle);
    CHECK(r->framework[0].status == FrameworkStatus::Proposed);
    CHECK(r->framework[0].applies_to.empty());
    CHECK(r->framework[0].votes_for == 0);
    CHECK(writeRegister(withFramework({})).find("framework") == std::string::npos);
}

TEST_CASE("framework: a two-way merge unites items by id; a's copy wins a conflict", "[io][merge][framework]") {
    FrameworkItem changed = redLine();
    changed.votes_for = 9;
    MergeResult m = merge(withFramework({redLine(), principle("fw-a", "A")}),
                          withFramework({changed, principle("fw-b", "B")}));
    REQUIRE(m.merged.framework.size() == 3);
    CHECK(m.merged.framework[0] == redLine());
    CHECK(m.merged.framework[2].id == "fw-b");
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].kind == "framework");
    CHECK(m.conflicts[0].id == "fw-1");
}

TEST_CASE("framework: a three-way merge takes one-sided changes and reports a clash", "[io][merge3][framework]") {
    const Register base = withFramework({redLine(), principle("fw-2", "Twee")});
    Register ours = base, theirs = base;
    ours.framework[0].status = FrameworkStatus::Retired;          // ours retires the red line
    theirs.framework.push_back(principle("fw-3", "Drie"));        // theirs proposes a new one
    Merge3Result m = merge3(base, ours, theirs);
    REQUIRE(m.merged.framework.size() == 3);
    CHECK(m.merged.framework[0].status == FrameworkStatus::Retired);
    CHECK(m.merged.framework[2].id == "fw-3");
    CHECK(m.conflicts.empty());

    theirs.framework[1].text = "Twee, anders";
    ours.framework[1].text = "Twee, weer anders";
    m = merge3(base, ours, theirs);
    REQUIRE(m.conflicts.size() == 1);
    CHECK(m.conflicts[0].entry.kind == "register");
    CHECK(m.conflicts[0].entry.field == "framework");
    CHECK(m.merged.framework[1].text == "Twee, weer anders");  // ours kept until resolved
    Result<std::vector<FieldConflict>> open = conflictsOf(m.merged);
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    // The written file reads back with the conflict's lists intact.
    Result<Register> back = parseRegister(writeRegister(m.merged));
    REQUIRE(back.ok());
    CHECK(back->framework == m.merged.framework);
}

TEST_CASE("framework: the example register's reports print the framework and each activity's touches",
          "[io][report][framework]") {
    std::ifstream in(std::string(AIR_SOURCE_DIR) + "/assets/example_register.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Result<Register> reg = parseRegister(ss.str());
    REQUIRE(reg.ok());
    REQUIRE(reg->framework.size() == 4);
    ReportOptions opt;
    opt.lang = Lang::Nl;
    opt.date = "2026-12-05";
    const std::string md = reportMarkdown(*reg, opt);
    // The register-level table: the three adopted items (red lines first), the proposal counted.
    const std::size_t section = md.find("## Ons kader");
    REQUIRE(section != std::string::npos);
    const std::size_t credit = md.find("Geen kredietproducten als suggestie of aanbeveling", section);
    const std::size_t late = md.find("Geen aanbiedingen of commerciële berichten na 22:00", section);
    const std::size_t ai = md.find("Klanten weten altijd dat zij met AI te maken hebben", section);
    CHECK(credit < late);
    CHECK(late < ai);
    CHECK(md.find("Voorgesteld, nog niet vastgesteld: 1", section) != std::string::npos);
    CHECK(md.find("| 9 / 1 / 1 |", section) != std::string::npos);
    // The credit-score activity lists the credit red line, with why.
    const std::size_t act = md.find("Gespreid betalen aanbieden op basis van kredietscore\n");
    REQUIRE(act != std::string::npos);
    const std::size_t touches = md.find("### Ons kader", act);
    REQUIRE(touches != std::string::npos);
    CHECK(md.find("Rode lijn: Geen kredietproducten als suggestie of aanbeveling** (omdat: Aanbod van krediet", touches) <
          md.find("\n## ", touches));
    // The proposal is not shown on the emotion recognition activity (not adopted).
    CHECK(md.find("**Rode lijn: Geen emotieherkenning") == std::string::npos);

    // HTML says the same.
    const std::string html = reportHtml(*reg, opt);
    CHECK(html.find("<section id=\"framework\">") != std::string::npos);
    CHECK(html.find("Geen kredietproducten als suggestie of aanbeveling") != std::string::npos);

    // The workshop report lists what its session proposed and decided, the proposal included.
    const std::string ws = workshopReportMarkdown(*reg, reg->workshops[0], Lang::Nl);
    const std::size_t wsSection = ws.find("### Voorgesteld of besloten in deze sessie");
    REQUIRE(wsSection != std::string::npos);
    CHECK(ws.find("Geen emotieherkenning bij klanten of medewerkers", wsSection) != std::string::npos);
    CHECK(ws.find("Vastgesteld 14-10-2026", wsSection) != std::string::npos);
    CHECK(ws.find("| 6 / 3 / 2 |", wsSection) != std::string::npos);
}
