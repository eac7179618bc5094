// The Import / export work without drawing (app/exchange.hpp): export files and their bytes
// (the page's downloads and `air convert` write through exportText), slugs for file names,
// reading import files, merge and replace plans, and the export reminder's days.
#include <catch_amalgamated.hpp>

#include <string>

#include "app/exchange.hpp"
#include "core/embedded.hpp"
#include "io/csv.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"
#include "io/workshop_report.hpp"

using namespace air;
namespace ex = air::app::exchange;

namespace {

Register example() {
    auto r = io::parseRegister(embedded::get("example_register.json"));
    REQUIRE(r.ok());
    return r.value();
}

// The example register in an AppModel on ":memory:", with one edit in its history.
struct Model {
    app::AppModel model;
    Model() {
        REQUIRE(model.open(":memory:").ok());
        REQUIRE(model.importRegister(example(), app::ImportMode::Replace).ok());
        Activity edited = model.activities().front();
        edited.owner = "Team Data";
        REQUIRE(model.updateActivity(edited).ok());
    }
};

}  // namespace

TEST_CASE("slugs and file stems for export names", "[app][exchange]") {
    CHECK(ex::slug("Voorbeeld Retail B.V.") == "voorbeeld-retail-bv");
    CHECK(ex::slug("Café Ñoño & Zoon's") == "cafe-nono-zoons");
    CHECK(ex::slug("  --  ") == "");
    CHECK(ex::slug("Team Noord / Zuid 2026") == "team-noord-zuid-2026");
    CHECK(ex::fileStem("", "Mijn register") == "mijn-register");
    CHECK(ex::fileStem("", "") == "register");
    CHECK(ex::slug(std::string(100, 'a')).size() == 60);
}

TEST_CASE("export reminder days", "[app][exchange]") {
    CHECK(ex::daysBetween("2026-11-01T10:00:00Z", "2026-11-25T01:00:00Z") == 24);
    CHECK(ex::daysBetween("2024-02-28", "2024-03-01") == 2);
    CHECK_FALSE(ex::daysBetween("nope", "2026-11-25").has_value());
    Activity a;
    a.created_at = "2026-11-01T09:00:00Z";
    const std::vector<Activity> acts{a};
    CHECK(ex::exportOverdueDays("", acts, 14, "2026-11-25T09:00:00Z") == 24);  // never: first creation
    CHECK_FALSE(ex::exportOverdueDays("2026-11-20T09:00:00Z", acts, 14, "2026-11-25T09:00:00Z"));
    CHECK(ex::exportOverdueDays("2026-11-11T09:00:00Z", acts, 14, "2026-11-25T09:00:00Z") == 14);
    CHECK_FALSE(ex::exportOverdueDays("2020-01-01T00:00:00Z", acts, 0, "2026-11-25T09:00:00Z"));  // 0 = never
    CHECK_FALSE(ex::exportOverdueDays("", {}, 14, "2026-11-25T09:00:00Z"));                      // empty register
    // Never exported, but kept in this browser only since recently (an imported or example
    // register carries old creation dates): counted from the day it came here.
    CHECK_FALSE(ex::exportOverdueDays("", acts, 14, "2026-11-25T09:00:00Z", "2026-11-20T08:00:00Z"));
    CHECK(ex::exportOverdueDays("", acts, 14, "2026-11-25T09:00:00Z", "2026-11-10T08:00:00Z") == 15);
    CHECK(ex::exportOverdueDays("2026-11-11T09:00:00Z", acts, 14, "2026-11-25T09:00:00Z", "2026-11-20T08:00:00Z") == 14);
}

TEST_CASE("reading import files: size limit, empty, format detection", "[app][exchange]") {
    auto big = ex::readImportFile("big.json", std::string(ex::kMaxImportBytes + 1, ' '), Lang::Nl);
    REQUIRE_FALSE(big.ok());
    CHECK(big.problem == ex::ImportRead::Problem::TooBig);  // refused before parsing; the page words it
    CHECK(big.bytes == ex::kMaxImportBytes + 1);
    CHECK(big.error.code == ErrorCode::None);
    auto empty = ex::readImportFile("empty.csv", "\xEF\xBB\xBF  \n", Lang::Nl);
    CHECK(empty.problem == ex::ImportRead::Problem::Empty);
    const std::string json = io::writeRegister(example());
    auto byContent = ex::readImportFile("register.export", json, Lang::Nl);  // no known extension
    REQUIRE(byContent.ok());
    CHECK_FALSE(byContent.file.csv);
    CHECK(byContent.file.name == "register.export");
    const std::string csv = io::toCsv(example(), io::csvDefaults(Lang::En));  // ',' while asked in Dutch
    auto c = ex::readImportFile("sheet.csv", csv, Lang::Nl);
    REQUIRE(c.ok());
    CHECK(c.file.csv);
    CHECK(c.file.reg.activities.size() == example().activities.size());
}

TEST_CASE("an unreadable import file says where, in the language asked for", "[app][exchange]") {
    std::string json = io::writeRegister(example());
    const auto at = json.find("\"lifecycle\": \"");
    REQUIRE(at != std::string::npos);
    json.insert(at + 14, "bogus-");
    auto bad = ex::readImportFile("kapot.json", json, Lang::Nl);
    REQUIRE(bad.problem == ex::ImportRead::Problem::Unreadable);
    CHECK(bad.error.text(Lang::Nl).find("activities[0].lifecycle") != std::string::npos);
    CHECK(bad.error.text(Lang::Nl).find("onbekende waarde") != std::string::npos);

    std::string csv = io::toCsv(example(), io::csvDefaults(Lang::Nl)) + "\"ongesloten\r\n";
    auto badCsv = ex::readImportFile("kapot.csv", csv, Lang::Nl);
    REQUIRE(badCsv.problem == ex::ImportRead::Problem::Unreadable);
    CHECK(badCsv.error.text(Lang::Nl).find("rij") != std::string::npos);
}

TEST_CASE("merge plan: new, updated, unchanged and conflicting activities", "[app][exchange]") {
    Register cur;
    Activity same, older, newer, conflict;
    same.id = "s", same.name = "Same", same.updated_at = "2026-01-01T00:00:00Z";
    older.id = "o", older.name = "Old here", older.updated_at = "2026-01-01T00:00:00Z";
    conflict.id = "c", conflict.name = "Mine", conflict.owner = "Me", conflict.updated_at = "2026-06-01T00:00:00Z";
    cur.activities = {same, older, conflict};
    ex::ImportFile f;
    Activity fresh;
    fresh.id = "n", fresh.name = "New";
    newer = older;
    newer.name = "New there", newer.updated_at = "2026-02-01T00:00:00Z";
    Activity theirs = conflict;
    theirs.name = "Theirs", theirs.owner = "You", theirs.updated_at = "2026-03-01T00:00:00Z";
    f.reg.activities = {same, newer, theirs, fresh};
    const auto preview = io::previewImport(cur, f.reg);
    REQUIRE(preview.conflicting == 1);

    auto plan = ex::mergePlan(cur, f, preview, ex::defaultResolutions(preview), "2026-11-25T00:00:00Z");
    CHECK(plan.count == 2);  // updated + new; the conflict keeps mine
    REQUIRE(plan.reg.activities.size() == 2);
    CHECK(plan.reg.activities[0].name == "New there");
    CHECK(plan.reg.activities[1].id == "n");

    auto picks = ex::defaultResolutions(preview);
    picks["c"]["name"] = ex::Pick::Theirs;
    plan = ex::mergePlan(cur, f, preview, picks, "2026-11-25T00:00:00Z");
    REQUIRE(plan.count == 3);
    const Activity& c = plan.reg.activities[1];
    CHECK(c.name == "Theirs");
    CHECK(c.owner == "Me");
    CHECK(c.updated_at == "2026-11-25T00:00:00Z");
    // "The newer for all": this register's copy is newer, so mine everywhere.
    for (auto& [id, fields] : ex::newerResolutions(preview))
        for (auto& [field, pick] : fields) CHECK(pick == ex::Pick::Mine);
}

TEST_CASE("merge plan and count agree on deletions and workshops", "[app][exchange]") {
    Register cur;
    Activity here, gone;
    here.id = "h", here.name = "Here", here.updated_at = "2026-01-01T00:00:00Z";
    cur.activities = {here};
    cur.deleted = {{"g", "2026-05-01T00:00:00Z", ""}};
    ex::ImportFile f;
    gone.id = "g", gone.name = "Gone here", gone.updated_at = "2026-04-01T00:00:00Z";
    f.reg.activities = {gone};
    f.reg.deleted = {{"h", "2026-02-01T00:00:00Z", ""}, {"other", "2026-02-01T00:00:00Z", ""}};
    const auto preview = io::previewImport(cur, f.reg);
    REQUIRE(preview.deleted == 2);
    CHECK(preview.only_in_current == 0);

    auto plan = ex::mergePlan(cur, f, preview, ex::defaultResolutions(preview), "2026-11-25T00:00:00Z");
    CHECK(plan.count == 1);  // "h" deleted; "g" stays deleted
    CHECK(plan.count == ex::mergeCount(preview, ex::defaultResolutions(preview)));
    CHECK(plan.reg.activities.empty());
    REQUIRE(plan.reg.deleted.size() == 2);
    CHECK(plan.reg.deleted[0].id == "h");
    CHECK(plan.reg.deleted[1].id == "other");  // unknown here: passed on

    plan = ex::mergePlan(cur, f, preview, ex::allTheirs(preview), "2026-11-25T00:00:00Z");
    CHECK(plan.count == 2);
    CHECK(plan.count == ex::mergeCount(preview, ex::allTheirs(preview)));
    REQUIRE(plan.reg.activities.size() == 1);
    CHECK(plan.reg.activities[0].id == "g");
    CHECK(plan.reg.activities[0].updated_at == "2026-11-25T00:00:00Z");  // a deliberate restore

    plan = ex::mergePlan(cur, f, preview, ex::allMine(preview), "2026-11-25T00:00:00Z");
    CHECK(plan.count == 0);
    REQUIRE(plan.reg.activities.size() == 1);  // "h" kept, stamped so it sticks
    CHECK(plan.reg.activities[0].id == "h");
    CHECK(plan.reg.activities[0].updated_at == "2026-11-25T00:00:00Z");
}

TEST_CASE("replace takes the file's tombstones; a CSV file (which has none) keeps ours", "[app][exchange]") {
    Register cur;
    cur.deleted = {{"mine", "2026-01-01T00:00:00Z", ""}};
    ex::ImportFile json;
    json.reg.deleted = {{"theirs", "2026-02-01T00:00:00Z", ""}};
    CHECK(ex::replacePlan(cur, json).deleted == json.reg.deleted);
    ex::ImportFile csv;
    csv.csv = true;
    CHECK(ex::replacePlan(cur, csv).deleted == cur.deleted);
}

// ---------------------------------------------------------------------------- export
TEST_CASE("the page's export files are exportText of the register stamped with the export time", "[app][exchange]") {
    Model m;
    const std::string now = "2026-11-25T10:00:00Z", date = "2026-11-25";
    Register stamped = m.model.toRegister();
    stamped.exported_at = now;
    ex::ExportOptions opt;
    opt.lang = Lang::Nl;
    opt.date = date;

    const auto json = ex::buildExport(m.model, ex::Format::Json, Lang::Nl, ';', now, date, "rapport");
    CHECK(json.name == "voorbeeld-retail-bv_ai-register_2026-11-25.json");
    CHECK(json.mime == "application/json");
    CHECK(json.bytes == ex::exportText(stamped, ex::Format::Json, opt));
    CHECK(json.bytes == io::writeRegister(stamped, true));

    const auto csv = ex::buildExport(m.model, ex::Format::Csv, Lang::Nl, ',', now, date, "rapport");
    CHECK(csv.name == "voorbeeld-retail-bv_ai-register_2026-11-25.csv");
    opt.csvSeparator = ',';
    CHECK(csv.bytes == ex::exportText(stamped, ex::Format::Csv, opt));
    io::CsvOptions comma = io::csvDefaults(Lang::Nl);
    comma.separator = ',';
    CHECK(csv.bytes == io::toCsv(stamped, comma));
    opt.csvSeparator = 0;  // the language's default
    CHECK(ex::exportText(stamped, ex::Format::Csv, opt) == io::toCsv(stamped, io::csvDefaults(Lang::Nl)));

    // Reports carry the model's recent changes; `air convert` (no history) has none.
    const auto md = ex::buildExport(m.model, ex::Format::Markdown, Lang::En, 0, now, date, "review-report");
    CHECK(md.name == "voorbeeld-retail-bv_review-report_2026-11-25.md");
    CHECK(md.mime.rfind("text/markdown", 0) == 0);
    ex::ExportOptions en;
    en.lang = Lang::En;
    en.date = date;
    en.recentChanges = ex::recentChanges(m.model, Lang::En, 8);
    REQUIRE_FALSE(en.recentChanges.empty());
    CHECK(md.bytes == ex::exportText(stamped, ex::Format::Markdown, en));
    CHECK(md.bytes.find("Team Data") != std::string::npos);
    const auto html = ex::buildExport(m.model, ex::Format::Html, Lang::En, 0, now, date, "review-report");
    CHECK(html.name == "voorbeeld-retail-bv_review-report_2026-11-25.html");
    CHECK(html.bytes == ex::exportText(stamped, ex::Format::Html, en));
    en.recentChanges.clear();
    CHECK(ex::exportText(stamped, ex::Format::Html, en) != html.bytes);
}

TEST_CASE("a workshop's session report downloads under its title and date", "[app][exchange]") {
    Model m;
    REQUIRE_FALSE(m.model.workshops().empty());
    const Workshop& w = m.model.workshops().front();
    const auto html = ex::workshopReport(m.model, w, ex::Format::Html, Lang::Nl);
    CHECK(html.name == io::workshopReportFileName(w, "html"));
    CHECK(html.mime == "text/html;charset=utf-8");
    CHECK(html.bytes == io::workshopReportHtml(m.model.toRegister(), w, Lang::Nl));
    const auto md = ex::workshopReport(m.model, w, ex::Format::Markdown, Lang::En);
    CHECK(md.name == io::workshopReportFileName(w, "md"));
    CHECK(md.bytes == io::workshopReportMarkdown(m.model.toRegister(), w, Lang::En));
}
