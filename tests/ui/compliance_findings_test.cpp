// The Findings page on the example register: counts per severity equal rules::assess, a click
// opens the activity at the field, severity filters, the empty states, and the editor's list.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "ui/views.hpp"
#include "compliance_fixture.hpp"
#include "rules/rules.hpp"
#include "ui/icons.hpp"
#include "ui/wizard_view.hpp"

using namespace air;

namespace {
// Severity counts as the rules see them.
std::map<Severity, int> expectedCounts(app::AppModel& m) {
    std::map<Severity, int> n;
    for (const Activity& a : m.activities())
        for (const rules::Finding& f : rules::assess(a).findings) ++n[f.severity];
    return n;
}

std::string sevButton(Severity s, int n) { return std::string(ui::label(s)) + "  " + std::to_string(n); }

// Names of the activities whose rows are on screen, top row first.
std::vector<std::string> rowNames() {
    std::vector<std::pair<float, std::string>> rows;
    for (const auto& it : ui::items::lastFrame()) {
        const auto p = it.label.find("##row");
        if (p != std::string::npos) rows.emplace_back(it.y0, it.label.substr(0, p));
    }
    std::sort(rows.begin(), rows.end());
    std::vector<std::string> out;
    for (auto& r : rows) out.push_back(std::move(r.second));
    return out;
}
}  // namespace

TEST_CASE("findings page: counts per severity for the example register", "[ui][findings]") {
    test::LangGuard en(Lang::En);
    test::App app;
    test::loadExample(app);
    REQUIRE(app.model().activities().size() > 10);
    app.ctx().page = ui::Page::Findings;
    app.frames(3);
    const auto n = expectedCounts(app.model());
    REQUIRE(n.at(Severity::Blocker) > 0);
    REQUIRE(n.at(Severity::Warning) > 0);
    for (Severity s : allOf<Severity>()) {
        INFO(keyOf(s));
        CHECK(app.ui.find(sevButton(s, n.count(s) ? n.at(s) : 0)));
    }
    // The status bar sums Assessment::blockers() of the cached assessments: the same number.
    int blockers = 0;
    for (const Activity& a : app.model().activities()) blockers += app.model().assessment(a.id)->blockers();
    CHECK(blockers == n.at(Severity::Blocker));
    CHECK_FALSE(rowNames().empty());
}

TEST_CASE("findings page: a click opens the activity at the finding's field", "[ui][findings]") {
    test::LangGuard en(Lang::En);
    test::App app;
    test::loadExample(app);
    app.ctx().page = ui::Page::Findings;
    app.frames(3);
    // An activity on screen whose name is not part of another activity's name.
    std::string name, id;
    for (const std::string& candidate : rowNames()) {
        int hits = 0;
        for (const Activity& a : app.model().activities())
            if (a.name.find(candidate) != std::string::npos) ++hits, id = a.id;
        if (hits == 1) {
            name = candidate;
            break;
        }
    }
    REQUIRE_FALSE(name.empty());
    std::set<std::string> fields;
    for (const auto& f : app.model().assessment(id)->findings) fields.insert(f.field);
    auto item = test::findFull(name + "##row");
    REQUIRE(item);
    // Click inside the Activity cell (the row's centre may fall on a column's resize border).
    test::clickAt(app.ui, item->x0 + 20, (item->y0 + item->y1) * 0.5f, [&] { app.shell->frame(); });
    CHECK(app.ctx().page == ui::Page::Register);
    CHECK(app.ctx().selectedId == id);
    CHECK(fields.count(test::focusOf(app)) == 1);
}

TEST_CASE("findings page: the severity filter shows only that severity", "[ui][findings]") {
    test::LangGuard en(Lang::En);
    test::App app;
    test::loadExample(app);
    app.ctx().page = ui::Page::Findings;
    app.frames(3);
    const auto n = expectedCounts(app.model());
    REQUIRE(app.click(sevButton(Severity::Info, n.at(Severity::Info))));
    const auto names = rowNames();
    REQUIRE_FALSE(names.empty());
    CHECK(int(names.size()) <= n.at(Severity::Info));
    for (const std::string& nm : names) {
        bool hasInfo = false;
        for (const Activity& a : app.model().activities())
            if (a.name == nm)
                for (const auto& f : app.model().assessment(a.id)->findings) hasInfo |= f.severity == Severity::Info;
        INFO(nm);
        CHECK(hasInfo);
    }
    REQUIRE(app.click(ui::tr("fnd.clear_filters")));
    CHECK_FALSE(app.ui.find(ui::tr("fnd.clear_filters")));
}

TEST_CASE("findings page: sorting by activity puts names in order", "[ui][findings]") {
    test::LangGuard en(Lang::En);
    test::App app;
    test::loadExample(app);
    app.ctx().page = ui::Page::Findings;
    app.frames(3);
    // Click the "Activity" header (table headers have no findable label): it sits right above
    // the first row of the Activity column.
    float top = 1e9f, left = 0;
    for (const auto& it : ui::items::lastFrame())
        if (it.label.find("##row") != std::string::npos && it.y0 < top) top = it.y0, left = it.x0;
    REQUIRE(top < 1e9f);
    const float pad = ImGui::GetStyle().CellPadding.y;
    test::clickAt(app.ui, left + 20, top - pad - (ImGui::GetFontSize() + pad * 2) * 0.5f, [&] { app.shell->frame(); });
    app.frames(2);
    std::vector<std::pair<float, std::string>> rows;
    for (const auto& it : ui::items::lastFrame()) {
        const auto p = it.label.find("##row");
        if (p != std::string::npos) rows.emplace_back(it.y0, it.label.substr(0, p));
    }
    std::sort(rows.begin(), rows.end());
    REQUIRE(rows.size() > 3);
    for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].second <= rows[i].second);

    // Only the rows in view are drawn; scrolled to the end, the last name is on screen and
    // the rows still follow each other without gaps.
    std::string lastName;
    for (const Activity& a : app.model().activities())
        if (!app.model().assessment(a.id)->findings.empty()) lastName = std::max(lastName, a.name);
    ImGui::GetIO().AddMousePosEvent(700.0f, rows.front().first + 40);
    for (int k = 0; k < 60; ++k) {
        ImGui::GetIO().AddMouseWheelEvent(0, -5);
        app.frames(1);
    }
    app.frames(2);
    std::vector<std::pair<float, float>> spans;
    std::string bottomName;
    float bottomY = -1;
    for (const auto& it : ui::items::lastFrame()) {
        const auto p = it.label.find("##row");
        if (p == std::string::npos) continue;
        spans.emplace_back(it.y0, it.y1);
        if (it.y0 > bottomY) bottomY = it.y0, bottomName = it.label.substr(0, p);
    }
    CHECK(bottomName == lastName);
    CHECK(spans.size() < 40);  // not all 57 rows
    std::sort(spans.begin(), spans.end());
    const float gap = ImGui::GetStyle().CellPadding.y * 2 + 1.0f;
    for (std::size_t i = 1; i < spans.size(); ++i) CHECK(spans[i].first - spans[i - 1].second <= gap);
}

TEST_CASE("findings page: empty states", "[ui][findings]") {
    test::LangGuard en(Lang::En);
    test::App app;
    app.ctx().page = ui::Page::Findings;
    app.frames(2);
    CHECK_FALSE(app.ui.find(sevButton(Severity::Blocker, 0)));  // no table without activities

    // A complete activity has no findings: the page says so.
    Activity a;
    a.name = "Send-time optimisation";
    a.purpose = "Send newsletters when subscribers usually read them";
    a.data_categories = {DataCategory::Behavioural};
    a.retention = "13 months";
    a.legal_basis = LegalBasis::Consent;
    a.transparency_notice = true;
    a.security_measures = "Access control";  // rule set 2026.12: GDPR-32 otherwise
    a.screening = Screening{};
    REQUIRE(rules::assess(a).findings.empty());
    REQUIRE(app.model().addActivity(a).ok());
    app.frames(2);
    CHECK_FALSE(app.ui.find(sevButton(Severity::Blocker, 0)));
    CHECK(ui::trf("fnd.empty_text", "2026.11") == "Every activity meets the checks of rule set 2026.11.");
}

TEST_CASE("findings list for the editor: a finding opens its field, screening findings the wizard", "[ui][findings]") {
    test::LangGuard en(Lang::En);
    test::App app;
    Activity a;
    a.name = "Lead scoring";
    const std::string id = app.model().addActivity(a).value();
    const Activity stored = *app.model().find(id);
    const rules::Assessment as = rules::assess(stored);
    auto frame = [&] {
        app.shell->frame();
        // The whole display: the longer messages of rule set 2026.12 must all be on screen.
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("editor-top");
        ui::drawFindingsList(app.ctx(), stored, as);
        ImGui::End();
    };
    app.ui.frames(2, frame);
    REQUIRE(test::clickNow(app.ui, "##GDPR-6", frame));
    CHECK(app.ctx().selectedId == id);
    CHECK(test::focusOf(app) == "legal_basis");
    CHECK_FALSE(ui::screeningWizardOpen(app.ctx()));
    app.ui.frames(2, frame);
    REQUIRE(test::clickNow(app.ui, "##AIA-UNASSESSED", frame));
    CHECK(test::focusOf(app) == "screening");
    CHECK(ui::screeningWizardOpen(app.ctx()));
}

namespace {
// Pins "today" for the application dates and returns to the real clock afterwards.
struct TodayGuard {
    explicit TodayGuard(std::string iso) { ui::setTodayForTests(std::move(iso)); }
    ~TodayGuard() { ui::setTodayForTests(""); }
};

// A marketing team's product texts and deepfake videos from a vendor's generator: a deployer.
Activity contentGenerator() {
    Activity a;
    a.name = "Generated product videos";
    a.ai_act_role = AiActRole::Deployer;
    a.screening = Screening{};
    a.screening->generates_content = true;
    a.screening->deepfake = true;
    a.screening->combines_datasets = true;       // WP248 C6
    a.screening->innovative_technology = true;   // WP248 C8
    return a;
}

// Opens the findings page's duties tab and the activity's section in it.
void openDuties(test::App& app, const std::string& id) {
    app.ctx().page = ui::Page::Findings;
    app.frames(2);
    REQUIRE(app.click(ui::tr("fnd.tab_duties")));
    app.frames(2);
    const auto frame = [&app] { app.shell->frame(); };
    REQUIRE(test::clickFull(app.ui, "##duties." + id, frame));
    app.frames(2);
}
}  // namespace

TEST_CASE("findings page: a deployer's duties in two lists with dates, and the DPIA reason", "[ui][findings]") {
    test::LangGuard en(Lang::En);
    TodayGuard today("2026-11-25");
    test::App app;
    const std::string id = app.model().addActivity(contentGenerator()).value();
    const rules::Assessment as = *app.model().assessment(id);
    REQUIRE(as.obligations == std::vector<std::string>{"AIA-50-4"});
    REQUIRE(as.provider_duties == std::vector<std::string>{"AIA-50-2"});
    openDuties(app, id);

    // The deepfake disclosure is the deployer's own duty; the marking is the provider's.
    CHECK(test::findFull("##duty.own.AIA-50-4: AIA-50-4  "));
    CHECK_FALSE(test::findFull("##duty.own.AIA-50-2"));
    auto marking = test::findFull("##duty.provider.AIA-50-2: AIA-50-2  ");
    REQUIRE(marking);
    CHECK(marking->label.find(rules::ruleInfo("AIA-50-2")->title(Lang::En)) != std::string::npos);
    CHECK_FALSE(test::findFull("##duty.provider.AIA-50-4"));
    // Each with its application date (AI Act Art. 50: 2 Aug 2026).
    auto date = test::findFull("##date.provider.AIA-50-2: ");
    REQUIRE(date);
    CHECK(date->label.find("Applies since 2 Aug 2026") != std::string::npos);
    CHECK(test::findFull("##date.own.AIA-50-4: ")->label.find("Applies since 2 Aug 2026") != std::string::npos);
    // The own list comes before the provider's.
    CHECK(test::findFull("##duty.own.AIA-50-4")->y0 < marking->y0);

    // The DPIA reason in rules::dpiaReason's words ("required (rule of thumb)", not "mandatory"),
    // each basis with its text.
    auto reason = test::findFull("##dpia.reason: ");
    REQUIRE(reason);
    CHECK(reason->label == "##dpia.reason: DPIA required (WP248 rule of thumb: 2 criteria)");
    CHECK(test::findFull("##dpia.basis.WP248-C6: WP248-C6  " + std::string(rules::dpiaCriterionText(6, Lang::En))));
    CHECK(test::findFull("##dpia.basis.WP248-C8: "));

    // The same in Dutch.
    ui::setLang(Lang::Nl);
    app.frames(2);
    reason = test::findFull("##dpia.reason: ");
    REQUIRE(reason);
    CHECK(reason->label == "##dpia.reason: DPIA vereist (vuistregel WP248: 2 criteria)");
    CHECK(test::findFull("##date.provider.AIA-50-2: ")->label.find("Geldt sinds 02-08-2026") != std::string::npos);
}

TEST_CASE("findings page: GDPR-30 on top until the controller is recorded, with a way to Settings", "[ui][findings]") {
    test::LangGuard en(Lang::En);
    test::App app;
    app.model().addActivity(contentGenerator()).value();
    app.ctx().page = ui::Page::Findings;
    app.frames(3);
    // Personal data and no controller: the register-level finding, above the tabs.
    auto item = test::findFull("##register.GDPR-30: ");
    REQUIRE(item);
    CHECK(item->label.find("does not name the controller") != std::string::npos);
    auto tab = test::findFull("###tab_findings");
    REQUIRE(tab);
    CHECK(item->y1 <= tab->y0);
    REQUIRE(app.click(ui::tr("fnd.open_settings")));
    CHECK(app.ctx().page == ui::Page::Settings);
    // The settings page scrolls to the controller section and the typing goes to its name.
    app.frames(3);
    auto heading = app.ui.find(ui::tr("set.ctl_name"));
    REQUIRE(heading);
    CHECK(heading->y0 < 400);  // in view near the top, not below the registers list
    CHECK(ImGui::GetIO().WantTextInput);
    app.type("Voorbeeld B.V.");
    app.press(ImGuiKey_Enter);
    app.frames(2);
    REQUIRE(app.model().controller().has_value());
    CHECK(app.model().controller()->name == "Voorbeeld B.V.");

    // Recorded in Settings: the finding is gone.
    Controller c;
    c.name = "Voorbeeld B.V.";
    c.contact = "privacy@voorbeeld.nl";
    REQUIRE(app.model().setController(c).ok());
    app.ctx().page = ui::Page::Findings;
    app.frames(3);
    CHECK_FALSE(test::findFull("##register.GDPR-30"));
    CHECK_FALSE(app.ui.find(ui::tr("fnd.open_settings")));
    CHECK(app.ui.find(ui::tr("fnd.tab_duties")));
}
