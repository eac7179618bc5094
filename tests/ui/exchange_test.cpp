// The Import / export page driven headless: export files (names, bytes that parse back),
// import through the file chooser and the drop handler (preview, one undo step), malformed
// and oversized files (error shown, model unchanged), conflicts resolved field by field,
// and the export reminder. The work without drawing is tested in tests/app/exchange_test.cpp.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <regex>

#include "core/embedded.hpp"
#include "harness.hpp"
#include "io/csv.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"
#include "app/exchange.hpp"
#include "ui/exchange_import.hpp"
#include "ui/i18n.hpp"

using namespace air;
namespace ex = air::app::exchange;

namespace {

Register example() {
    auto r = io::parseRegister(embedded::get("example_register.json"));
    REQUIRE(r.ok());
    return r.value();
}

// A tall window, so the whole page is on screen and every widget can be clicked.
void tall(test::App& app) {
    ImGui::SetCurrentContext(app.ui.context());
    ImGui::GetIO().DisplaySize = ImVec2(1280, 2600);
    app.frames(2);
}

// Clicks the widget whose full label (including its ##id) contains `frag`; with several, the
// topmost. False when there is none.
bool clickFull(test::App& app, std::string_view frag) {
    auto all = ui::items::lastFrame();
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.y0 < b.y0; });
    for (const auto& it : all) {
        if (it.label.find(frag) == std::string::npos) continue;
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent((it.x0 + it.x1) * 0.5f, (it.y0 + it.y1) * 0.5f);
        app.frame();
        io.AddMouseButtonEvent(0, true);
        app.frame();
        io.AddMouseButtonEvent(0, false);
        app.frames(2);
        return true;
    }
    return false;
}

// Clicks the widget whose whole label is `label`.
bool clickExact(test::App& app, std::string_view label) {
    for (const auto& it : ui::items::lastFrame()) {
        if (it.label != label) continue;
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent((it.x0 + it.x1) * 0.5f, (it.y0 + it.y1) * 0.5f);
        app.frame();
        io.AddMouseButtonEvent(0, true);
        app.frame();
        io.AddMouseButtonEvent(0, false);
        app.frames(2);
        return true;
    }
    return false;
}

bool hasFull(std::string_view frag) {
    for (const auto& it : ui::items::lastFrame())
        if (it.label.find(frag) != std::string::npos) return true;
    return false;
}

Register withoutExportTime(Register r) {
    r.exported_at.clear();
    return r;
}

}  // namespace

// ---------------------------------------------------------------------------- reminder
// (The page's pure helpers — slugs, reading files, merge plans, reminder days — are tested in
// tests/app/exchange_test.cpp.)
TEST_CASE("an example register with old dates brings no export reminder; it counts from its arrival", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity a;
    a.name = "Chatbot";
    a.created_at = "2020-01-01T00:00:00Z";  // as an imported file might carry
    Register r;
    a.id = "4b1f7a0e-2c1d-4e5f-8a9b-0c1d2e3f4a5b";
    a.updated_at = a.created_at;
    r.activities.push_back(a);
    const Status s = app.model().importRegister(r, app::ImportMode::Replace);
    INFO((s.ok() ? std::string() : s.error().text()));
    REQUIRE(s.ok());
    app.frames(2);
    CHECK_FALSE(app.ui.find("Naar Import / export"));
    CHECK_FALSE(app.model().pref(ex::kPrefKeptSince).empty());
    REQUIRE(app.model().setPref(ex::kPrefKeptSince, "2026-01-01T00:00:00Z").ok());
    app.frames(2);
    CHECK(app.ui.find("Naar Import / export"));
}

// ---------------------------------------------------------------------------- export
TEST_CASE("each export format downloads a named file whose bytes read back", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    REQUIRE(app.model().importRegister(example(), app::ImportMode::Replace).ok());
    Activity edited = app.model().activities().front();
    edited.owner = "Team Data";
    REQUIRE(app.model().updateActivity(edited).ok());
    app.ctx().page = ui::Page::Exchange;
    tall(app);
    auto& dl = app.platform.downloads;

    REQUIRE(app.click("Download .json"));
    REQUIRE(dl.size() == 1);
    CHECK(std::regex_match(dl[0].name, std::regex(R"(voorbeeld-retail-bv_ai-register_\d{4}-\d{2}-\d{2}\.json)")));
    CHECK(dl[0].mime == "application/json");
    auto back = io::parseRegister(dl[0].bytes);
    REQUIRE(back.ok());
    CHECK_FALSE(back->exported_at.empty());
    CHECK(withoutExportTime(back.value()) == app.model().toRegister());
    CHECK_FALSE(app.model().pref(ex::kPrefLastExport).empty());
    CHECK(app.model().pref(ex::kPrefLastExport) == back->exported_at);

    REQUIRE(app.click("Download .csv"));
    REQUIRE(dl.size() == 2);
    CHECK(std::regex_match(dl[1].name, std::regex(R"(voorbeeld-retail-bv_ai-register_\d{4}-\d{2}-\d{2}\.csv)")));
    CHECK(dl[1].bytes.rfind("\xEF\xBB\xBF", 0) == 0);  // UTF-8 BOM for Excel
    const std::string header = dl[1].bytes.substr(0, dl[1].bytes.find('\n'));
    CHECK(std::count(header.begin(), header.end(), ';') > 10);  // Dutch default separator
    auto csv = io::fromCsv(dl[1].bytes, io::csvDefaults(Lang::Nl));
    REQUIRE(csv.ok());
    auto current = app.model().toRegister();
    REQUIRE(csv->activities.size() == current.activities.size());
    for (std::size_t i = 0; i < current.activities.size(); ++i) {
        Activity a = current.activities[i];
        a.extra.clear();
        CHECK(csv->activities[i] == a);
    }

    REQUIRE(app.click("Download .html"));
    REQUIRE(dl.size() == 3);
    CHECK(std::regex_match(dl[2].name,
                           std::regex(R"(voorbeeld-retail-bv_beoordelingsrapport_\d{4}-\d{2}-\d{2}\.html)")));
    CHECK(dl[2].mime.rfind("text/html", 0) == 0);
    CHECK(dl[2].bytes.find("<html") != std::string::npos);
    CHECK(dl[2].bytes.find("Voorbeeld Retail B.V.") != std::string::npos);
    CHECK(dl[2].bytes.find("Team Data") != std::string::npos);

    REQUIRE(app.click("Download .md"));
    REQUIRE(dl.size() == 4);
    CHECK(std::regex_match(dl[3].name, std::regex(R"(voorbeeld-retail-bv_beoordelingsrapport_\d{4}-\d{2}-\d{2}\.md)")));
    CHECK(dl[3].bytes.find("Voorbeeld Retail B.V.") != std::string::npos);
    // The recent history travels into the report (the owner change made above).
    CHECK(dl[3].bytes.find("→ Team Data") != std::string::npos);

    REQUIRE(app.click("Alles exporteren"));
    CHECK(dl.size() == 8);
}

TEST_CASE("English export uses ',' and English file names; no organisation uses the register name",
          "[ui][exchange]") {
    ui::setLang(Lang::En);
    test::App app;
    Activity a;
    a.name = "Chatbot";
    REQUIRE(app.model().addActivity(a).ok());
    REQUIRE(app.model().setRegisterName("Team Noord").ok());
    app.ctx().page = ui::Page::Exchange;
    tall(app);
    REQUIRE(app.click("Download .csv"));
    REQUIRE(app.click("Download .html"));
    auto& dl = app.platform.downloads;
    REQUIRE(dl.size() == 2);
    CHECK(dl[0].name.rfind("team-noord_ai-register_", 0) == 0);
    const std::string header = dl[0].bytes.substr(0, dl[0].bytes.find('\n'));
    CHECK(std::count(header.begin(), header.end(), ',') > 10);
    CHECK(dl[1].name.rfind("team-noord_review-report_", 0) == 0);
    // The separator can be chosen.
    REQUIRE(app.click("; (Dutch Excel)"));
    REQUIRE(app.click("Download .csv"));
    const std::string h2 = dl[2].bytes.substr(0, dl[2].bytes.find('\n'));
    CHECK(std::count(h2.begin(), h2.end(), ';') > 10);
    ui::setLang(Lang::Nl);
}

// ---------------------------------------------------------------------------- import
TEST_CASE("importing a register file: preview, one import, one undo step", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity own;
    own.name = "Eigen activiteit";
    REQUIRE(app.model().addActivity(own).ok());
    const Register before = app.model().toRegister();
    const Register file = example();

    // The preview's counts, on the panel the page uses.
    ui::ImportPanel panel;
    panel.offer(app.ctx(), "voorbeeld.json", io::writeRegister(file));
    REQUIRE(panel.hasPreview());
    CHECK(panel.preview().added == int(file.activities.size()));
    CHECK(panel.preview().updated == 0);
    CHECK(panel.preview().conflicting == 0);
    CHECK(panel.preview().only_in_current == 1);
    CHECK(app.model().toRegister() == before);  // a preview changes nothing

    // The same through the page: choose a file, see the preview, import.
    app.ctx().page = ui::Page::Exchange;
    tall(app);
    REQUIRE(app.click("Bestand kiezen"));
    CHECK(app.platform.pickAccept == ".json,.csv,application/json,text/csv");
    REQUIRE(app.platform.pendingPick);
    app.platform.pendingPick("voorbeeld.json", io::writeRegister(file));
    app.frames(2);
    const std::string label = std::to_string(file.activities.size()) + " activiteiten importeren";
    REQUIRE(app.ui.find(label));
    CHECK(app.model().toRegister() == before);
    const auto revision = app.model().revision();
    REQUIRE(app.click(label));
    CHECK(app.model().revision() == revision + 1);  // one command
    CHECK(app.model().activities().size() == file.activities.size() + 1);
    for (const Activity& a : file.activities) CHECK(app.model().find(a.id) != nullptr);
    CHECK(app.model().workshops().size() == file.workshops.size());
    CHECK(app.model().organisation() == "Voorbeeld Retail B.V.");  // it had none
    CHECK_FALSE(app.ui.find(label));  // the preview is gone

    app.frames(2);  // the result panel sizes itself over a few frames
    // "Undo import" on the page is one undo step back to before.
    REQUIRE(app.click("Import ongedaan maken"));
    CHECK(app.model().toRegister() == before);
}

TEST_CASE("replace asks for confirmation and is undone in one step", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity own;
    own.name = "Verdwijnt bij vervangen";
    REQUIRE(app.model().addActivity(own).ok());
    const Register before = app.model().toRegister();
    app.ctx().page = ui::Page::Exchange;
    tall(app);
    app.platform.drop("voorbeeld.json", io::writeRegister(example()));
    app.frames(2);
    REQUIRE(clickExact(app, "Dit register vervangen"));  // the radio button
    REQUIRE(app.click("vervangen…"));
    CHECK(app.model().toRegister() == before);  // only the modal is open
    REQUIRE(app.click("Vervangen"));
    CHECK(app.model().activities().size() == example().activities.size());
    CHECK(app.model().find(app.model().activities().front().id));
    REQUIRE(app.model().canUndo());
    REQUIRE(app.model().undo().ok());
    Register after = app.model().toRegister();
    for (Activity& a : after.activities) a.updated_at = before.activities.at(0).updated_at;  // undo's clock
    CHECK(after == before);
}

TEST_CASE("a malformed or oversized file shows the error and changes nothing", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    REQUIRE(app.model().importRegister(example(), app::ImportMode::Replace).ok());
    const Register before = app.model().toRegister();
    std::string json = io::writeRegister(example());
    const auto at = json.find("\"lifecycle\": \"");
    REQUIRE(at != std::string::npos);
    json.insert(at + 14, "bogus-");

    ui::ImportPanel panel;
    panel.offer(app.ctx(), "kapot.json", json);
    CHECK_FALSE(panel.hasPreview());
    CHECK(panel.error().find("activities[0].lifecycle") != std::string::npos);

    std::string csv = io::toCsv(example(), io::csvDefaults(Lang::Nl));
    csv += "\"ongesloten\r\n";
    panel.offer(app.ctx(), "kapot.csv", csv);
    CHECK_FALSE(panel.hasPreview());
    CHECK(panel.error().find("rij") != std::string::npos);

    panel.offer(app.ctx(), "groot.json", std::string(io::kMaxRegisterBytes + 10, '{'));
    CHECK(panel.error().find("20 MB") != std::string::npos);

    // Through the page (a drop): the red panel, no import button, the model unchanged.
    app.ctx().page = ui::Page::Register;
    tall(app);
    app.platform.drop("kapot.json", json);
    app.frames(2);
    CHECK(app.ctx().page == ui::Page::Exchange);
    CHECK(app.ui.find("Sluiten"));  // the error panel's close button
    CHECK_FALSE(hasFull("##import"));
    CHECK(app.model().toRegister() == before);
}

TEST_CASE("a malformed file is worded in the user's language, from the same error", "[ui][exchange]") {
    // The reader returns a code; the view words it (issue #8: no English toasts for Dutch users).
    test::App app;
    std::string json = io::writeRegister(example());
    const auto at = json.find("\"lifecycle\": \"");
    REQUIRE(at != std::string::npos);
    json.insert(at + 14, "bogus-");
    ui::ImportPanel panel;
    ui::setLang(Lang::Nl);
    panel.offer(app.ctx(), "kapot.json", json);
    CHECK_THAT(panel.error(), Catch::Matchers::StartsWith("activities[0].lifecycle: onbekende waarde \"bogus-"));
    ui::setLang(Lang::En);
    panel.offer(app.ctx(), "broken.json", json);
    CHECK_THAT(panel.error(), Catch::Matchers::StartsWith("activities[0].lifecycle: unknown value \"bogus-"));
    std::string csv = io::toCsv(example(), io::csvDefaults(Lang::Nl)) + "\"ongesloten\r\n";
    ui::setLang(Lang::Nl);
    panel.offer(app.ctx(), "kapot.csv", csv);
    CHECK_THAT(panel.error(), Catch::Matchers::ContainsSubstring("er ontbreekt een aanhalingsteken"));
    ui::setLang(Lang::Nl);
}

TEST_CASE("a conflict resolved field by field takes exactly the chosen fields", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity a;
    a.name = "Chatbot";
    a.owner = "Marketing";
    a.purpose = "Vragen beantwoorden";
    a.vendor = "Leverancier A";
    auto id = app.model().addActivity(a);
    REQUIRE(id.ok());
    const Activity mine = *app.model().find(id.value());

    Register file;
    Activity theirs = mine;
    theirs.name = "Chatbot v2";
    theirs.owner = "Sales";
    theirs.vendor = "Leverancier B";
    theirs.updated_at = "2020-01-01T00:00:00Z";  // older than ours: a conflict
    file.activities.push_back(theirs);

    app.ctx().page = ui::Page::Exchange;
    tall(app);
    app.platform.drop("team-zuid.json", io::writeRegister(file));
    app.frames(2);
    // Three differing fields, each with "keep mine" / "take theirs"; take the owner only.
    CHECK(hasFull("##theirs.name"));
    CHECK(hasFull("##theirs.owner"));
    CHECK(hasFull("##theirs.vendor"));
    CHECK_FALSE(hasFull("##theirs.purpose"));
    REQUIRE(clickFull(app, "##theirs.owner"));
    REQUIRE(app.click("1 activiteit importeren"));
    const Activity* after = app.model().find(mine.id);
    REQUIRE(after);
    CHECK(after->owner == "Sales");
    CHECK(after->name == "Chatbot");
    CHECK(after->vendor == "Leverancier A");
    Activity expect = mine;
    expect.owner = "Sales";
    expect.updated_at = after->updated_at;
    CHECK(*after == expect);

    // "Take theirs for all" then takes every differing field.
    app.platform.drop("team-zuid.json", io::writeRegister(file));
    app.frames(2);
    REQUIRE(app.click("Overal hun versie nemen"));
    REQUIRE(app.click("1 activiteit importeren"));
    after = app.model().find(mine.id);
    CHECK(after->name == "Chatbot v2");
    CHECK(after->vendor == "Leverancier B");
}

// ---------------------------------------------------------------------------- drop, reminder
TEST_CASE("a file dropped on any page opens the import preview", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    REQUIRE(app.platform.drop);  // installed by the shell's first frames
    app.ctx().page = ui::Page::Dashboard;
    tall(app);
    app.platform.drop("voorbeeld.csv", io::toCsv(example(), io::csvDefaults(Lang::Nl)));
    app.frames(2);
    CHECK(app.ctx().page == ui::Page::Exchange);
    CHECK(app.ui.find(std::to_string(example().activities.size()) + " activiteiten importeren"));
    CHECK(app.model().activities().empty());
}

TEST_CASE("the export reminder shows in the banner and leads to the page", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity a;
    a.name = "Chatbot";
    REQUIRE(app.model().addActivity(a).ok());
    app.frames(2);
    CHECK_FALSE(app.ui.find("Naar Import / export"));  // just created: not due
    REQUIRE(app.model().setPref(ex::kPrefLastExport, "2020-01-01T00:00:00Z").ok());
    app.frames(2);
    REQUIRE(app.ui.find("Naar Import / export"));
    REQUIRE(app.shell->workspace().setSetting(ex::kPrefRemindDays, "0").ok());  // never
    app.frames(2);
    CHECK_FALSE(app.ui.find("Naar Import / export"));
    REQUIRE(app.shell->workspace().setSetting(ex::kPrefRemindDays, "14").ok());
    app.frames(2);
    REQUIRE(app.click("Naar Import / export"));
    CHECK(app.ctx().page == ui::Page::Exchange);
    CHECK(app.ui.find("Nu alles exporteren"));  // the page's own reminder line
    REQUIRE(app.click("Nu alles exporteren"));
    CHECK(app.platform.downloads.size() == 4);
    CHECK_FALSE(app.ui.find("Nu alles exporteren"));  // exported just now
    app.ctx().page = ui::Page::Register;
    app.frames(2);
    CHECK_FALSE(app.ui.find("Naar Import / export"));
}

TEST_CASE("a read-only tab previews an import but cannot run it", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    app.platform.readOnlyFlag = true;
    app.ctx().page = ui::Page::Exchange;
    tall(app);
    app.platform.drop("voorbeeld.json", io::writeRegister(example()));
    app.frames(2);
    const std::string label = std::to_string(example().activities.size()) + " activiteiten importeren";
    REQUIRE(app.ui.find(label));
    REQUIRE(app.click(label));
    CHECK(app.model().activities().empty());
    // Exports still work, but the export time is not written from a read-only tab.
    REQUIRE(app.click("Download .json"));
    CHECK(app.platform.downloads.size() == 1);
    CHECK(app.model().pref(ex::kPrefLastExport).empty());
}

// ---------------------------------------------------------------------------- issue #11
TEST_CASE("a conflict can be kept or taken whole per activity, and kept for all", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity a;
    a.name = "Chatbot";
    a.owner = "Marketing";
    a.vendor = "Leverancier A";
    auto first = app.model().addActivity(a);
    a.name = "Leadscoring";
    auto second = app.model().addActivity(a);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    const Activity mine1 = *app.model().find(*first);
    const Activity mine2 = *app.model().find(*second);
    Register file;
    for (const Activity* m : {&mine1, &mine2}) {
        Activity t = *m;
        t.name += " v2";
        t.owner = "Sales";
        t.updated_at = "2020-01-01T00:00:00Z";  // older: a conflict
        file.activities.push_back(t);
    }
    app.ctx().page = ui::Page::Exchange;
    tall(app);
    app.platform.drop("team-zuid.json", io::writeRegister(file));
    app.frames(2);
    // The topmost "take theirs for this activity" is the first conflict's.
    REQUIRE(clickFull(app, "Hun versie nemen voor deze activiteit"));
    REQUIRE(app.click("1 activiteit importeren"));
    CHECK(app.model().find(*first)->name == "Chatbot v2");
    CHECK(app.model().find(*first)->owner == "Sales");
    CHECK(app.model().find(*second)->name == "Leadscoring");  // untouched
    CHECK(app.model().find(*second)->owner == "Marketing");

    // The first one now equals the file's copy: only the second is still a conflict. Theirs
    // for all, then keep mine for that activity: nothing to import (the button does nothing).
    app.platform.drop("team-zuid.json", io::writeRegister(file));
    app.frames(2);
    REQUIRE(app.click("Overal hun versie nemen"));
    REQUIRE(app.ui.find("1 activiteit importeren"));
    REQUIRE(clickFull(app, "Mijn versie houden voor deze activiteit"));
    const auto revision = app.model().revision();
    REQUIRE(app.click("0 activiteiten importeren"));  // disabled
    CHECK(app.model().revision() == revision);
    // Keep mine for all, then theirs for this activity: the second changes.
    REQUIRE(app.click("Overal mijn versie houden"));
    REQUIRE(clickFull(app, "Hun versie nemen voor deze activiteit"));
    REQUIRE(app.click("1 activiteit importeren"));
    CHECK(app.model().find(*first)->name == "Chatbot v2");
    CHECK(app.model().find(*second)->name == "Leadscoring v2");
    CHECK(app.model().find(*second)->owner == "Sales");
}

TEST_CASE("an activity deleted here stays deleted on import unless restored deliberately", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity a;
    a.name = "Emotieherkenning";
    auto id = app.model().addActivity(a);
    REQUIRE(id.ok());
    const Register exported = app.model().toRegister();  // another team has this copy
    REQUIRE(app.model().deleteActivity(*id).ok());

    ui::ImportPanel panel;
    panel.offer(app.ctx(), "team.json", io::writeRegister(exported));
    REQUIRE(panel.hasPreview());
    CHECK(panel.preview().deleted == 1);
    CHECK(panel.preview().added == 0);
    REQUIRE(panel.preview().items.size() == 1);
    CHECK(panel.preview().items[0].deleted_here);
    CHECK_FALSE(panel.preview().items[0].live_newer);
    CHECK(panel.picks().at(*id).at(ex::kDeletionField) == ex::Pick::Mine);  // stays deleted

    app.ctx().page = ui::Page::Exchange;
    tall(app);
    app.platform.drop("team.json", io::writeRegister(exported));
    app.frames(2);
    CHECK(app.ui.find("Verwijderd houden"));
    auto revision = app.model().revision();
    REQUIRE(app.click("0 activiteiten importeren"));  // by default nothing comes back (disabled)
    CHECK(app.model().revision() == revision);
    REQUIRE(app.click("Versie uit het bestand terugzetten"));
    REQUIRE(app.click("1 activiteit importeren"));
    const Activity* back = app.model().find(*id);
    REQUIRE(back);
    CHECK(back->name == "Emotieherkenning");
    CHECK(app.model().toRegister().deleted.empty());
    // The restore is a new change, later than the deletion (even within the same second).
    CHECK(io::compareTimestamps(back->updated_at, exported.activities[0].updated_at) > 0);
    REQUIRE(app.model().undo().ok());  // the import
    const Register deletedAgain = app.model().toRegister();
    REQUIRE(deletedAgain.deleted.size() == 1);
    CHECK(io::merge(deletedAgain, exported).merged.activities.empty());  // the rule, as air merge
}

TEST_CASE("a deletion in the file deletes here by default; keep mine keeps it for good", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity a;
    a.name = "Prijsoptimalisatie";
    auto id = app.model().addActivity(a);
    REQUIRE(id.ok());
    Register file;
    file.deleted = {{*id, "2099-01-01T00:00:00Z", ""}};

    app.ctx().page = ui::Page::Exchange;
    tall(app);
    app.platform.drop("team.json", io::writeRegister(file));
    app.frames(2);
    CHECK(app.ui.find("Hier ook verwijderen"));
    REQUIRE(app.click("1 activiteit importeren"));
    CHECK(app.model().find(*id) == nullptr);
    REQUIRE(app.model().toRegister().deleted.size() == 1);
    CHECK(app.model().toRegister().deleted[0].deleted_at == "2099-01-01T00:00:00Z");
    REQUIRE(app.model().undo().ok());
    REQUIRE(app.model().find(*id));
    CHECK(app.model().toRegister().deleted.empty());

    // Keep mine: our copy is stamped now... which is still before 2099, so the file's
    // deletion is dated later and the choice is kept by the newer updated_at only when the
    // deletion is in the past. Use a past deletion for that.
    file.deleted = {{*id, "2021-01-01T00:00:00Z", ""}};
    Activity old = *app.model().find(*id);
    old.updated_at = "2020-01-01T00:00:00Z";
    Register olderHere;
    olderHere.activities = {old};
    REQUIRE(app.model().importRegister(olderHere, app::ImportMode::Replace).ok());
    app.platform.drop("team.json", io::writeRegister(file));
    app.frames(2);
    REQUIRE(app.ui.find("Hier ook verwijderen"));
    REQUIRE(app.click("Mijn versie houden"));
    REQUIRE(app.click("0 activiteiten importeren"));
    REQUIRE(app.model().find(*id));
    CHECK(io::compareTimestamps(app.model().find(*id)->updated_at, "2021-01-01T00:00:00Z") > 0);
    // The same file again: now our copy is the newer, it stays by default.
    ui::ImportPanel panel;
    panel.offer(app.ctx(), "team.json", io::writeRegister(file));
    REQUIRE(panel.preview().items.size() == 1);
    CHECK(panel.preview().items[0].live_newer);
    CHECK(panel.picks().at(*id).at(ex::kDeletionField) == ex::Pick::Mine);
}

TEST_CASE("workshop differences are listed and can be taken from the file", "[ui][exchange]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Workshop w;
    w.id = "ws-1";
    w.title = "Ethiekronde";
    w.date = "2026-11-18";
    REQUIRE(app.model().upsertWorkshop(w).ok());
    Register file;
    Workshop theirs = w;
    theirs.title = "Ethiekronde (verslag)";
    theirs.facilitator = "Sanne";
    file.workshops = {theirs};

    ui::ImportPanel panel;
    panel.offer(app.ctx(), "team.json", io::writeRegister(file));
    REQUIRE(panel.preview().workshop_diffs.size() == 1);
    CHECK(panel.preview().workshop_diffs[0].fields == std::vector<std::string>{"title", "facilitator"});
    CHECK(panel.workshopPicks().at("ws-1") == ex::Pick::Mine);

    app.ctx().page = ui::Page::Exchange;
    tall(app);
    app.platform.drop("team.json", io::writeRegister(file));
    app.frames(2);
    CHECK(app.ui.find("Hun versie nemen"));
    auto revision = app.model().revision();
    REQUIRE(app.click("0 activiteiten importeren"));  // by default ours stays (disabled)
    CHECK(app.model().revision() == revision);
    CHECK(app.model().workshops()[0] == w);
    REQUIRE(clickExact(app, "Hun versie nemen"));
    REQUIRE(app.click("0 activiteiten importeren"));
    REQUIRE(app.model().workshops().size() == 1);
    CHECK(app.model().workshops()[0] == theirs);
}
