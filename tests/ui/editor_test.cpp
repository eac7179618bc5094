// The activity editor driven headless through the register page: every edit through the UI
// is one updateActivity (one history entry) and undo restores it; invalid input is refused;
// tags, processors, screening facts, review transitions, history, findings that jump to their
// field, the "more" menu, the narrow layout and the read-only tab.
#include <catch_amalgamated.hpp>

#include "ui/views.hpp"
#include "app/history_text.hpp"
#include "register_fixture.hpp"
#include "rules/rules.hpp"
#include "rules/wizard.hpp"
#include "core/fields.hpp"
#include "ui/wizard_view.hpp"

using namespace air;

namespace {

// One activity open in the editor, English UI, today pinned.
struct Ed {
    test::RegLang en{Lang::En};
    test::RegisterHarness h;
    std::string id;
    explicit Ed(float width = 1400) : h(width, 900) {
        ui::setTodayForTests("2026-11-25");
        Activity a;
        a.name = "Lead scoring";
        a.purpose = "Find the best leads";
        a.owner = "Sanne";
        auto r = h.model.addActivity(a);
        REQUIRE(r.ok());
        id = r.value();
        h.frames(2);
        REQUIRE(h.clickExact("Lead scoring"));
        REQUIRE(h.ctx.selectedId == id);
        h.frames(2);  // tabs get their place one frame after they first appear
    }
    ~Ed() { ui::setTodayForTests(""); }
    const Activity& act() const { return *h.model.find(id); }
    int history() { return h.historyCount(id); }
    void tab(const char* name) {
        REQUIRE(h.clickExact(name));  // exact: a finding above the tabs may name the tab too
        h.frames(2);
    }
};

}  // namespace

TEST_CASE("editing the name through the UI is one update with one history entry; undo restores it", "[ui][editor]") {
    Ed e;
    const int before = e.history();
    REQUIRE(e.h.clickExact("Name"));
    e.h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    e.h.type("Lead scoring B2B");
    CHECK(e.act().name == "Lead scoring");  // not per keystroke
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().name == "Lead scoring B2B");
    const auto hist = e.h.model.history(e.id);
    REQUIRE(e.history() == before + 1);
    CHECK(hist.front().field == "name");
    CHECK(hist.front().old_value == "Lead scoring");
    CHECK(hist.front().new_value == "Lead scoring B2B");
    REQUIRE(e.h.model.undo().ok());
    e.h.frames(2);
    CHECK(e.act().name == "Lead scoring");
    CHECK(e.h.view.editor().draft().name == "Lead scoring");  // the draft follows the undo
}

TEST_CASE("an empty or too long name is refused inline and not committed", "[ui][editor]") {
    Ed e;
    const int before = e.history();
    REQUIRE(e.h.clickExact("Name"));
    e.h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    e.h.press(ImGuiKey_Backspace);
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().name == "Lead scoring");
    CHECK(e.h.view.editor().invalid("name"));
    CHECK(e.h.shows("A name is required."));
    CHECK(e.history() == before);
    REQUIRE(e.h.clickExact("Name"));
    e.h.type(std::string(201, 'x'));
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().name == "Lead scoring");
    CHECK(e.h.shows("longer than 200 characters"));
    // A valid name clears the error and commits.
    REQUIRE(e.h.clickExact("Name"));
    e.h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    e.h.type("Lead scoring é");
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().name == "Lead scoring é");
    CHECK_FALSE(e.h.view.editor().invalid("name"));
}

TEST_CASE("a long text is shown wrapped, edited on click and committed when left", "[ui][editor]") {
    Ed e;
    const int before = e.history();
    REQUIRE(e.h.clickField("Description"));
    e.h.type("Scores B2B leads from web visits.");
    CHECK(e.act().description.empty());
    REQUIRE(e.h.clickExact("Purpose"));  // leaving the field commits it
    CHECK(e.act().description == "Scores B2B leads from web visits.");
    CHECK(e.history() == before + 1);
    e.h.press(ImGuiKey_Escape);  // leaves the purpose field without a change
    CHECK(e.history() == before + 1);
    CHECK(e.act().purpose == "Find the best leads");
}

TEST_CASE("checkboxes and combos commit at once; tags add and remove data", "[ui][editor]") {
    Ed e;
    e.tab("Data");
    REQUIRE(e.h.click("People are informed"));
    CHECK(e.act().transparency_notice);
    const int before = e.history();
    // Data categories: add Contact details, then a special category (marked Art. 9).
    auto adds = [&] {
        std::vector<ui::items::Item> out;
        for (const auto& it : ui::items::lastFrame())
            if (it.label.find("+ Add") == 0) out.push_back(it);
        std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.y0 < b.y0; });
        return out;
    };
    REQUIRE(adds().size() == 2);
    e.h.clickItem(adds()[1]);  // the second list: data categories
    REQUIRE(e.h.click("Contact details"));
    REQUIRE(e.h.click("Health  (Art. 9)"));
    e.h.clickAway();  // a click outside closes the menu
    CHECK(e.act().data_categories == std::vector<DataCategory>{DataCategory::Contact, DataCategory::Health});
    CHECK(e.history() == before + 2);
    CHECK(e.h.shows("Health \xC2\xB7 Art. 9"));
    CHECK(e.h.shows("processing is forbidden unless an exception of GDPR Art. 9(2) applies"));
    // Art. 9 data makes the exception relevant: a GDPR-9 blocker until one is chosen.
    const auto* as = e.h.model.assessment(e.id);
    CHECK(std::any_of(as->findings.begin(), as->findings.end(), [](auto& f) { return f.rule == "GDPR-9"; }));
    // Remove the health tag with its close button (named "Remove Health" for screen readers).
    std::optional<ui::items::Item> close;
    for (const auto& it : ui::items::lastFrame())
        if (it.label.rfind("Remove Health", 0) == 0 && it.y0 > adds()[0].y0 + 5) close = it;
    REQUIRE(close);
    e.h.clickItem(*close);
    CHECK(e.act().data_categories == std::vector<DataCategory>{DataCategory::Contact});
    // Legal basis combo.
    REQUIRE(e.h.clickExact("Legal basis (GDPR Art. 6)"));
    REQUIRE(e.h.click("Legitimate interests"));
    CHECK(e.act().legal_basis == LegalBasis::LegitimateInterests);
    REQUIRE(e.h.click("Balancing test documented"));
    CHECK(e.act().lia_documented);
    REQUIRE(e.h.model.undo().ok());
    CHECK_FALSE(e.h.model.find(e.id)->lia_documented);
}

TEST_CASE("data: 'no personal data' hides the GDPR questions unless data is still listed", "[ui][editor]") {
    Ed e;
    e.tab("Data");
    REQUIRE(e.h.visible("Legal basis (GDPR Art. 6)"));
    REQUIRE(e.h.clickExact("This activity processes personal data"));
    CHECK_FALSE(e.act().personal_data);
    e.h.frames(2);
    CHECK_FALSE(e.h.visible("Legal basis (GDPR Art. 6)"));
    CHECK(e.h.shows("No personal data: the GDPR questions do not apply."));
    // Data still listed: the questions stay, with a warning that the checks count it.
    Activity a = e.act();
    a.data_categories = {DataCategory::Contact};
    REQUIRE(e.h.model.updateActivity(a).ok());
    e.h.frames(3);
    CHECK(e.h.visible("Legal basis (GDPR Art. 6)"));
    CHECK(e.h.shows("but data subjects or data categories are filled in"));
    // Consent: the explicit-consent box appears with it, and the recipients field is there.
    a = e.act();
    a.personal_data = true;
    a.legal_basis = LegalBasis::Consent;
    REQUIRE(e.h.model.updateActivity(a).ok());
    e.h.frames(3);
    REQUIRE(e.h.clickExact("Consent is explicit"));
    CHECK(e.act().consent_explicit);
    CHECK(e.h.shows("Recipients"));
}

TEST_CASE("processors: add a row, edit its cells, remove it", "[ui][editor]") {
    Ed e;
    e.tab("Vendors");
    REQUIRE(e.h.click("Add processor"));
    REQUIRE(e.act().processors.size() == 1);
    e.h.frames(4);
    e.h.type("Acme Cloud");  // the new row's name field has the focus
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().processors[0].name == "Acme Cloud");
    REQUIRE(e.h.clickExact("Processing agreement signed"));
    CHECK(e.act().processors[0].dpa_signed);
    REQUIRE(e.h.clickExact("Data leaves the EEA"));
    CHECK(e.act().processors[0].outside_eu);
    // The role: a joint controller signs an Art. 26 arrangement instead of a processing agreement.
    REQUIRE(e.h.clickExact("Role"));
    REQUIRE(e.h.click("Joint controller"));
    CHECK(e.act().processors[0].role == VendorRole::JointController);
    e.h.frames(2);
    CHECK(e.h.visible("Arrangement signed (Art. 26)"));
    CHECK_FALSE(e.h.visible("Processing agreement signed"));
    const auto* as = e.h.model.assessment(e.id);
    CHECK(std::any_of(as->findings.begin(), as->findings.end(), [](auto& f) { return f.rule == "GDPR-44"; }));
    REQUIRE(e.h.clickExact("Transfer safeguard"));
    REQUIRE(e.h.click("Standard contractual clauses"));
    CHECK(e.act().processors[0].transfer_safeguard == TransferSafeguard::Scc);
    REQUIRE(e.h.click("Remove processor"));
    CHECK(e.act().processors.empty());
    REQUIRE(e.h.model.undo().ok());
    CHECK(e.h.model.find(e.id)->processors.size() == 1);
}

TEST_CASE("screening: the facts of rule set 2026.12 can be ticked by hand", "[ui][editor]") {
    Ed e;
    Activity a = e.act();
    a.screening = Screening{};
    a.screening->generates_content = true;
    a.screening->public_interest_text = true;
    a.screening->systematic_monitoring = true;
    REQUIRE(e.h.model.updateActivity(a).ok());
    e.h.frames(2);
    REQUIRE(e.h.clickExact("AI Act"));
    e.h.frames(2);
    REQUIRE(e.h.click(ui::questionTitle("editorial_control", Lang::En)));
    CHECK(e.act().screening->editorial_control);
    // Further down the tab (drawn, below the fold of the test window).
    CHECK(e.h.shows(ui::questionTitle("public_space", Lang::En)));
    CHECK(e.h.shows(ui::questionTitle("intimate_imagery", Lang::En)));
}

TEST_CASE("screening: start by hand, tick facts with the wizard's skip logic, Annex III, DPIA", "[ui][editor]") {
    Ed e;
    e.tab("AI Act");
    CHECK(e.h.shows("No screening yet"));
    REQUIRE(e.h.click("Start screening"));
    CHECK(ui::screeningWizardOpen(e.h.ctx));
    ui::closeScreeningWizard(e.h.ctx);
    e.h.press(ImGuiKey_Escape);
    e.h.frames(2);
    ui::closeScreeningWizard(e.h.ctx);
    e.h.frames(2);
    REQUIRE(e.h.click("Tick the facts yourself"));
    REQUIRE(e.act().screening.has_value());
    CHECK(e.h.model.assessment(e.id)->tier == Tier::Minimal);
    REQUIRE(e.h.visible("Run the screening wizard"));
    REQUIRE(e.h.click(ui::questionTitle("interacts_with_people", Lang::En)));
    CHECK(e.act().screening->interacts_with_people);
    CHECK(e.h.model.assessment(e.id)->tier == Tier::Limited);
    // A dependent fact is only asked after its parent, and cleared with it.
    const std::string work = ui::questionTitle("workplace_or_education", Lang::En);
    e.h.click(work);
    CHECK_FALSE(e.act().screening->workplace_or_education);  // disabled: emotion recognition is off
    REQUIRE(e.h.click(ui::questionTitle("emotion_recognition", Lang::En)));
    REQUIRE(e.h.click(work));
    CHECK(e.act().screening->workplace_or_education);
    CHECK(e.h.model.assessment(e.id)->tier == Tier::Prohibited);
    REQUIRE(e.h.click(ui::questionTitle("emotion_recognition", Lang::En)));
    CHECK_FALSE(e.act().screening->emotion_recognition);
    CHECK_FALSE(e.act().screening->workplace_or_education);  // normalised away
    // Annex III area through the combo (scrolled into view first).
    e.h.ctx.requests.push(ui::req::FocusField{"screening.annex_iii"});
    e.h.frames(5);
    REQUIRE(e.h.clickExact("High-risk area (Annex III)"));
    REQUIRE(e.h.click(std::string(labelOf(AnnexIII::Creditworthiness, Lang::En))));
    CHECK(e.act().screening->annex_iii == AnnexIII::Creditworthiness);
    CHECK(e.h.model.assessment(e.id)->tier == Tier::High);
    // DPIA status.
    e.h.ctx.requests.push(ui::req::FocusField{"dpia"});
    e.h.frames(5);
    REQUIRE(e.h.clickExact("DPIA status"));
    REQUIRE(e.h.click("Planned"));
    CHECK(e.act().dpia == DpiaStatus::Planned);
    // The wizard button asks the wizard (another view) to open for this activity.
    e.h.ctx.requests.push(ui::req::FocusField{"screening"});  // scrolls back up to the wizard button
    e.h.frames(5);
    REQUIRE(e.h.click("Run the screening wizard"));
    CHECK((ui::screeningWizardOpen(e.h.ctx) || e.h.windowOpen("##screening_wizard")));
    ui::closeScreeningWizard(e.h.ctx);
    e.h.press(ImGuiKey_Escape);
    e.h.frames(2);
    // Removing the screening is one undo step.
    REQUIRE(e.h.click("Remove screening"));
    CHECK_FALSE(e.act().screening.has_value());
    CHECK(e.h.model.assessment(e.id)->tier == Tier::Unassessed);
    REQUIRE(e.h.model.undo().ok());
    CHECK(e.h.model.find(e.id)->screening.has_value());
}

TEST_CASE("review: the allowed transitions, dates validated inline, Dutch dates accepted", "[ui][editor]") {
    Ed e;
    e.tab("Review");
    REQUIRE(e.h.click("Submit for review"));
    CHECK(e.act().review.status == ReviewStatus::InReview);
    CHECK_FALSE(e.h.visible("Submit for review"));
    CHECK(e.h.visible("Request changes"));
    REQUIRE(e.h.click("Approve"));
    CHECK(e.act().review.status == ReviewStatus::Approved);
    CHECK(e.act().review.reviewed_at == "2026-11-25");
    CHECK(e.act().review.next_review == "2027-11-25");
    CHECK(e.h.visible("Start a new review"));
    // An invalid date stays in the field, red, and is not committed.
    REQUIRE(e.h.clickExact("Next review"));
    e.h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    e.h.type("2027-02-30");
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().review.next_review == "2027-11-25");
    CHECK(e.h.view.editor().invalid("review.next_review"));
    CHECK(e.h.shows("Use a real date"));
    // A Dutch-style date is read as the same day.
    REQUIRE(e.h.clickExact("Next review"));
    e.h.press(ImGuiKey_A, ImGuiMod_Ctrl);
    e.h.type("31-03-2027");
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().review.next_review == "2027-03-31");
    CHECK_FALSE(e.h.view.editor().invalid("review.next_review"));
    REQUIRE(e.h.clickExact("Reviewer"));
    e.h.type("Mr. Jansen");
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().review.reviewer == "Mr. Jansen");
}

TEST_CASE("history lists the changes of the activity", "[ui][editor]") {
    Ed e;
    Activity a = e.act();
    a.lifecycle = Lifecycle::Production;
    REQUIRE(e.h.model.updateActivity(a).ok());
    e.tab("History");
    CHECK(e.h.shows(app::historyFieldLabel("lifecycle", Lang::En)));
    CHECK(e.h.shows(std::string(labelOf(Lifecycle::Production, Lang::En))));
    CHECK(e.h.shows("Created"));
}

TEST_CASE("a finding in the list jumps to its field; the tab shows its problem count", "[ui][editor]") {
    Ed e;
    const auto* as = e.h.model.assessment(e.id);
    auto f = std::find_if(as->findings.begin(), as->findings.end(), [](auto& x) { return x.rule == "GDPR-5-1-e"; });
    REQUIRE(f != as->findings.end());
    CHECK(e.h.visible("Data"));
    REQUIRE(e.h.clickExact(f->message(Lang::En)));
    e.h.frames(6);
    CHECK(e.h.view.editor().tab() == ui::EditorTab::Data);
    CHECK(e.h.view.editor().lastFocused() == "retention");
    // The focused field takes the typing.
    e.h.type("12 months");
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().retention == "12 months");
    // A processor finding goes to the processor's cell.
    Activity a = e.act();
    a.processors.push_back(Processor{"Acme", false, false, TransferSafeguard::None, {}, TrainingReuse::No, "", VendorRole::Processor, ""});
    REQUIRE(e.h.model.updateActivity(a).ok());
    e.h.frames(2);
    e.h.ctx.requests.push(ui::req::FocusField{"processors[0].dpa_signed"});
    e.h.frames(4);
    CHECK(e.h.view.editor().tab() == ui::EditorTab::Vendors);
    CHECK(e.h.view.editor().lastFocused() == "processors[0].dpa_signed");
    CHECK(ui::tabOfField("screening.human_review") == ui::EditorTab::Screening);
    CHECK(ui::tabOfField("review.next_review") == ui::EditorTab::Review);
    CHECK(ui::tabOfField("bias_monitoring") == ui::EditorTab::Safeguards);
    CHECK(ui::tabOfField("whatever") == ui::EditorTab::Basics);
    CHECK(ui::tabOfField("review") == ui::EditorTab::Review);
    // Every field of the table opens the tab of its group (core/fields.hpp).
    for (const ActivityField& field : activityFields()) {
        INFO(field.key);
        const FieldGroup g = field.group;
        const ui::EditorTab want = g == FieldGroup::Data         ? ui::EditorTab::Data
                                   : g == FieldGroup::Vendors    ? ui::EditorTab::Vendors
                                   : g == FieldGroup::Screening  ? ui::EditorTab::Screening
                                   : g == FieldGroup::Safeguards ? ui::EditorTab::Safeguards
                                   : g == FieldGroup::Review     ? ui::EditorTab::Review
                                                                 : ui::EditorTab::Basics;
        CHECK(ui::tabOfField(field.key) == want);
    }
    CHECK(ui::tabOfField("personal_data") == ui::EditorTab::Data);
    CHECK(ui::tabOfField("security_measures") == ui::EditorTab::Safeguards);
}

TEST_CASE("the more menu duplicates, retires and deletes (with confirmation and undo)", "[ui][editor]") {
    Ed e;
    REQUIRE(e.h.click("More actions"));
    REQUIRE(e.h.click("Retire"));
    CHECK(e.act().lifecycle == Lifecycle::Retired);
    REQUIRE(e.h.click("More actions"));
    REQUIRE(e.h.click("Duplicate"));
    REQUIRE(e.h.model.activities().size() == 2);
    CHECK(e.h.ctx.selectedId == e.h.model.activities()[1].id);
    CHECK(e.h.model.activities()[1].name.find("Lead scoring") == 0);
    const std::string copy = e.h.ctx.selectedId;
    REQUIRE(e.h.click("More actions"));
    REQUIRE(e.h.click("Delete"));
    REQUIRE(e.h.windowOpen("##confirm_delete"));
    e.h.press(ImGuiKey_Enter);  // Enter confirms
    CHECK(e.h.model.find(copy) == nullptr);
    CHECK(e.h.ctx.selectedId.empty());
    REQUIRE(e.h.model.undo().ok());
    CHECK(e.h.model.find(copy) != nullptr);
}

TEST_CASE("on a narrow window the editor takes the full width with a way back", "[ui][editor]") {
    Ed e(900);
    CHECK(e.h.visible("Back to the register"));
    CHECK_FALSE(e.h.visible("Sort by Name"));
    REQUIRE(e.h.click("Back to the register"));
    CHECK(e.h.ctx.selectedId.empty());
    CHECK(e.h.visible("Sort by Name"));
    // Ctrl+F from a full-width editor goes back to the list and into the search field.
    REQUIRE(e.h.clickExact("Lead scoring"));
    CHECK_FALSE(e.h.visible("Sort by Name"));
    e.h.press(ImGuiKey_F, ImGuiMod_Ctrl);
    e.h.frames(3);
    e.h.type("lead");
    CHECK(e.h.ctx.selectedId.empty());
    CHECK(e.h.view.layout().filter.search == "lead");
}

TEST_CASE("a read-only tab shows the editor but changes nothing", "[ui][editor]") {
    Ed e;
    e.h.platform.readOnlyFlag = true;
    e.h.frames(2);
    e.tab("Data");
    e.h.click("People are informed");
    CHECK_FALSE(e.act().transparency_notice);
    e.tab("Basics");
    e.h.clickExact("Name");
    e.h.type("changed");
    e.h.press(ImGuiKey_Enter);
    CHECK(e.act().name == "Lead scoring");
}

TEST_CASE("every tab draws in both languages with a full activity; dynamic keys exist", "[ui][editor]") {
    for (Lang l : {Lang::En, Lang::Nl}) {
        test::RegisterHarness h;
        ui::setLang(l);
        auto reg = test::generateRegister(40);
        Activity full = reg.activities[11];  // with a processor
        full.data_categories.push_back(DataCategory::Health);
        full.screening = Screening{};
        full.screening->profiling = true;
        full.screening->generates_content = true;
        full.review.status = ReviewStatus::InReview;
        reg.activities[11] = full;
        h.load(reg);
        h.ctx.selectedId = full.id;
        h.frames(2);
        for (int t = 0; t < int(ui::EditorTab::COUNT); ++t) {
            h.ctx.requests.push(ui::req::FocusField{t == 0 ? "name" : t == 1 ? "retention" : t == 2 ? "processors[0].name" : t == 3 ? "dpia"
                               : t == 4 ? "human_oversight" : t == 5 ? "review.reviewer" : ""});
            h.frames(3);
        }
        ui::setLang(Lang::Nl);
    }
    for (const char* f : {"name", "description", "purpose", "owner", "vendor", "notes", "lia_documented", "retention",
                          "transparency_notice", "opt_out", "human_oversight", "bias_monitoring", "content_rights_checked"}) {
        INFO(f);
        CHECK(ui::hasKey(std::string("ed.f.") + f));
        CHECK(ui::hasKey(std::string("ed.h.") + f));
    }
    for (const char* k : {"ed.hint.description", "ed.hint.purpose", "ed.hint.owner", "ed.hint.vendor", "ed.hint.notes",
                          "ed.hint.retention", "ed.hint.human_oversight", "ed.hint.bias_monitoring", "ed.err.name_required",
                          "ed.err.name_too_long", "reg.group.no_application"})
        CHECK(ui::hasKey(k));
    // Every screening fact has a short label (the wizard's question titles).
    for (const ScreeningFlag& f : kScreeningFlags) {
        INFO(f.key);
        CHECK(ui::screeningFactLabel(f.key) != std::string(f.key));
        CHECK(ui::screeningFactLabel(f.key).size() < 40);
    }
}

