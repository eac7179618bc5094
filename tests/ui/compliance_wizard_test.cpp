// The screening wizard driven headless: Yes/No clicks through real cases end with the expected
// tier, one undo step on save, nothing on cancel, revisions, read-only tabs.
#include <catch_amalgamated.hpp>

#include <set>
#include <string>

#include "ui/views.hpp"
#include "compliance_fixture.hpp"
#include "rules/rules.hpp"
#include "rules/wizard.hpp"
#include "ui/icons.hpp"
#include "ui/wizard_view.hpp"

using namespace air;

namespace {

std::string yesLabel() { return std::string(ui::icon::kCheck) + "  " + ui::tr("wiz.yes"); }
std::string noLabel() { return std::string(ui::icon::kTimes) + "  " + ui::tr("wiz.no"); }

// Opens the wizard on a new activity named `name`; returns its id.
std::string openOnNew(test::App& app, const std::string& name) {
    Activity a;
    a.name = name;
    auto id = app.model().addActivity(a);
    REQUIRE(id.ok());
    app.ctx().selectedId = id.value();
    app.ctx().requests.push(ui::req::OpenWizard{});
    app.ui.frames(2, test::wizardFrame(app));
    return id.value();
}

// Answers every question the wizard asks, in order: "yes" for the keys in `yes`, the Annex III
// area `annex` (None = "None of these"). Mirrors the answers with rules::applyAnswer to know
// which question comes next, and checks that the wizard shows it. Returns the mirrored answers.
Screening answerAll(test::App& app, const std::set<std::string>& yes, AnnexIII annex = AnnexIII::None) {
    const auto frame = test::wizardFrame(app);
    const auto& qs = rules::wizardQuestions();
    Screening mirror;
    int cur = rules::visibleQuestions(mirror).front();
    for (int guard = 0; guard < 40; ++guard) {
        const auto& q = qs[std::size_t(cur)];
        INFO("question " << q.key);
        if (q.kind == rules::AnswerKind::AnnexChoice) {
            REQUIRE_FALSE(app.ui.find(yesLabel()));  // an Annex page has a list, not Yes/No
            REQUIRE(app.ui.click(ui::label(annex), frame));
            rules::applyAnnex(mirror, annex);
            REQUIRE(app.ui.click(ui::tr("wiz.next"), frame));
        } else {
            const bool y = yes.count(std::string(q.key)) > 0;
            REQUIRE(app.ui.click(y ? yesLabel() : noLabel(), frame));
            rules::applyAnswer(mirror, cur, y);
        }
        int next = -1;
        for (int v : rules::visibleQuestions(mirror))
            if (v > cur) {
                next = v;
                break;
            }
        if (next < 0) break;
        cur = next;
    }
    // The result page: no answer buttons, a save button.
    CHECK_FALSE(app.ui.find(yesLabel()));
    CHECK(app.ui.find(ui::tr("wiz.save")));
    return mirror;
}

}  // namespace

TEST_CASE("wizard: a customer-service chatbot is limited risk, saved as one undo step", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    const std::string id = openOnNew(app, "Customer-service chatbot");
    REQUIRE(app.ui.find(yesLabel()));
    const auto revBefore = app.model().revision();

    const Screening s = answerAll(app, {"interacts_with_people", "generates_content"});
    CHECK(app.model().revision() == revBefore);  // nothing written before Save
    REQUIRE(app.ui.click(ui::tr("wiz.save"), test::wizardFrame(app)));

    const Activity* a = app.model().find(id);
    REQUIRE(a);
    REQUIRE(a->screening);
    CHECK(*a->screening == s);
    CHECK(a->screening->interacts_with_people);
    CHECK(a->screening->generates_content);
    const auto* as = app.model().assessment(id);
    REQUIRE(as);
    CHECK(as->tier == Tier::Limited);
    CHECK(as->tier_rule == "AIA-50");
    // Rule set 2026.12: for a deployer, Art. 50(1) is the provider's duty, to check.
    CHECK(std::find(as->provider_duties.begin(), as->provider_duties.end(), "AIA-50-1") != as->provider_duties.end());
    CHECK_FALSE(ui::screeningWizardOpen(app.ctx()));
    CHECK_FALSE(app.ui.find(ui::tr("wiz.save")));  // the modal closed

    // One undo step: undoing once brings back the unscreened activity.
    REQUIRE(app.model().canUndo());
    REQUIRE(app.model().undo().ok());
    a = app.model().find(id);
    REQUIRE(a);
    CHECK_FALSE(a->screening);
    CHECK(app.model().assessment(id)->tier == Tier::Unassessed);
}

TEST_CASE("wizard: 'it carries our name' makes the activity's role provider, saved with the screening", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    const std::string id = openOnNew(app, "Own chatbot");
    answerAll(app, {"ai_act_role", "interacts_with_people"});
    REQUIRE(app.ui.click(ui::tr("wiz.save"), test::wizardFrame(app)));
    const Activity* a = app.model().find(id);
    REQUIRE(a);
    CHECK(a->ai_act_role == AiActRole::Provider);
    const auto* as = app.model().assessment(id);
    REQUIRE(as);
    // A provider that runs its own system owes the provider duties itself (DOMAIN.md 3a).
    CHECK(std::find(as->obligations.begin(), as->obligations.end(), "AIA-50-1") != as->obligations.end());
    CHECK(as->provider_duties.empty());
    // One undo step takes back role and screening together.
    REQUIRE(app.model().undo().ok());
    CHECK(app.model().find(id)->ai_act_role == AiActRole::Deployer);
    CHECK_FALSE(app.model().find(id)->screening);
}

TEST_CASE("wizard: emotion recognition on call-centre staff is prohibited (Art. 5(1)(f))", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    const std::string id = openOnNew(app, "Voice stress analysis of call-centre agents");
    answerAll(app, {"emotion_recognition", "workplace_or_education"});
    REQUIRE(app.ui.click(ui::tr("wiz.save"), test::wizardFrame(app)));
    const auto* as = app.model().assessment(id);
    REQUIRE(as);
    CHECK(as->tier == Tier::Prohibited);
    CHECK(as->tier_rule == "AIA-5-1-f");
    const Activity* a = app.model().find(id);
    CHECK(a->screening->emotion_recognition);
    CHECK(a->screening->workplace_or_education);
    CHECK_FALSE(a->screening->medical_or_safety_reason);
    // The verdict says why, with the article.
    const std::string why = rules::tierReason(*a, Lang::En);
    CHECK(why.find("5(1)(f)") != std::string::npos);
}

TEST_CASE("wizard: the medical-or-safety question is skipped unless emotion recognition at work", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    openOnNew(app, "Ad testing with a consumer panel");
    // Emotion recognition but not at work: the medical question must not be asked; high risk.
    const Screening s = answerAll(app, {"emotion_recognition"});
    CHECK_FALSE(s.workplace_or_education);
    CHECK_FALSE(app.ui.find(ui::questionTitle("medical_or_safety_reason", Lang::En)));  // not in the answer list
    CHECK(app.ui.find(ui::questionTitle("workplace_or_education", Lang::En)));
    REQUIRE(app.ui.click(ui::tr("wiz.save"), test::wizardFrame(app)));
    CHECK(app.model().assessment(app.ctx().selectedId)->tier == Tier::High);
}

TEST_CASE("wizard: Cancel leaves the activity unchanged", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    const std::string id = openOnNew(app, "Lead scoring");
    const Activity before = *app.model().find(id);
    const auto rev = app.model().revision();
    const auto frame = test::wizardFrame(app);
    REQUIRE(app.ui.click(yesLabel(), frame));
    REQUIRE(app.ui.click(yesLabel(), frame));
    REQUIRE(app.ui.click(ui::tr("wiz.cancel"), frame));
    CHECK_FALSE(ui::screeningWizardOpen(app.ctx()));
    CHECK(*app.model().find(id) == before);
    CHECK(app.model().revision() == rev);
    CHECK_FALSE(app.ui.find(yesLabel()));

    // Reopening starts from the stored (absent) screening, not from the cancelled answers.
    app.ctx().requests.push(ui::req::OpenWizard{});
    app.ui.frames(2, frame);
    CHECK(app.ui.find(yesLabel()));
    CHECK_FALSE(app.ui.find(ui::tr("wiz.to_result")));  // nothing answered yet
    REQUIRE(app.ui.click(ui::tr("wiz.cancel"), frame));
}

TEST_CASE("wizard: an answer can be revised from the answer list", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    const std::string id = openOnNew(app, "Mood detection in the shop");
    answerAll(app, {"emotion_recognition", "workplace_or_education"});
    const auto frame = test::wizardFrame(app);
    // Jump back to the emotion question and answer No: the workplace answer no longer matters.
    REQUIRE(app.ui.click(ui::questionTitle("emotion_recognition", Lang::En), frame));
    REQUIRE(app.ui.click(noLabel(), frame));
    CHECK_FALSE(app.ui.find(ui::questionTitle("workplace_or_education", Lang::En)));
    REQUIRE(app.ui.click(ui::tr("wiz.to_result"), frame));
    REQUIRE(app.ui.click(ui::tr("wiz.save"), frame));
    const Activity* a = app.model().find(id);
    REQUIRE(a->screening);
    CHECK_FALSE(a->screening->emotion_recognition);
    CHECK_FALSE(a->screening->workplace_or_education);  // cleared, not kept hidden
    CHECK(app.model().assessment(id)->tier == Tier::Minimal);
}

TEST_CASE("wizard: starting from an existing screening, and an Annex III area", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    Activity a;
    a.name = "Buy-now-pay-later offers";
    a.screening = Screening{};
    a.screening->profiling = true;
    const std::string id = app.model().addActivity(a).value();
    app.ctx().selectedId = id;
    app.ctx().requests.push(ui::req::OpenWizard{});
    const auto frame = test::wizardFrame(app);
    app.ui.frames(2, frame);
    // Every question is answered already: straight to the result is possible.
    REQUIRE(app.ui.click(ui::questionTitle("annex_iii", Lang::En), frame));
    REQUIRE(app.ui.click(ui::label(AnnexIII::Creditworthiness), frame));
    REQUIRE(app.ui.click(ui::tr("wiz.to_result"), frame));
    REQUIRE(app.ui.click(ui::tr("wiz.save"), frame));
    const Activity* after = app.model().find(id);
    CHECK(after->screening->annex_iii == AnnexIII::Creditworthiness);
    CHECK(after->screening->profiling);  // kept from the start
    const auto* as = app.model().assessment(id);
    CHECK(as->tier == Tier::High);
    CHECK(as->tier_rule == "AIA-6-2");
    // Deployer of a 5(b) system: fundamental-rights impact assessment (Art. 27).
    CHECK(std::find(as->obligations.begin(), as->obligations.end(), "AIA-27") != as->obligations.end());
}

TEST_CASE("wizard: a finding's button saves and opens the editor at its field", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    // On another page the register view (which also draws the wizard) is not drawn, so the
    // editor does not take the FocusField request before the test reads it.
    app.ctx().page = ui::Page::Findings;
    const std::string id = openOnNew(app, "Newsletter personalisation");
    answerAll(app, {});
    // A new activity has no purpose: GDPR-5-1-b points at "purpose".
    const auto frame = test::wizardFrame(app);
    auto fix = test::findFull("##GDPR-5-1-b");
    REQUIRE(fix);
    CHECK(fix->label.find(ui::tr("wiz.save_and_fix")) != std::string::npos);
    REQUIRE(test::clickNow(app.ui, "##GDPR-5-1-b", frame));
    CHECK_FALSE(ui::screeningWizardOpen(app.ctx()));
    CHECK(app.ctx().selectedId == id);
    CHECK(test::focusOf(app) == "purpose");
    CHECK(app.ctx().page == ui::Page::Register);
    CHECK(app.model().find(id)->screening);  // the answers were saved first
    CHECK(app.model().assessment(id)->tier == Tier::Minimal);
}

TEST_CASE("wizard: a read-only tab can look but not answer or save", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    const std::string id = openOnNew(app, "Chatbot");
    app.platform.readOnlyFlag = true;
    const auto frame = test::wizardFrame(app);
    app.ui.frames(2, frame);
    const auto rev = app.model().revision();
    app.ui.click(yesLabel(), frame);  // disabled: no effect
    CHECK_FALSE(app.ui.find(ui::tr("wiz.to_result")));
    app.ui.click(ui::tr("wiz.save"), frame);
    CHECK(app.model().revision() == rev);
    CHECK_FALSE(app.model().find(id)->screening);
    REQUIRE(app.ui.click(ui::tr("wiz.cancel"), frame));
    CHECK_FALSE(ui::screeningWizardOpen(app.ctx()));
}

TEST_CASE("wizard: dates say how far away an obligation is", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    CHECK(ui::appliesText("2027-12-02", "2026-11-25") == "Applies from 2 Dec 2027, in 372 days");
    CHECK(ui::appliesText("2025-02-02", "2026-11-25") == "Applies since 2 Feb 2025");
    CHECK(ui::appliesText("2026-11-26", "2026-11-25") == "Applies from tomorrow, 26 Nov 2026");
    CHECK(ui::appliesText("", "2026-11-25").empty());
    ui::setLang(Lang::Nl);
    CHECK(ui::appliesText("2025-02-02", "2026-11-25") == "Geldt sinds 02-02-2025");
    // Every wizard question has a short title in both languages.
    for (const auto& q : rules::wizardQuestions()) {
        CHECK(ui::hasKey("wiz.q." + std::string(q.key)));
    }
}

TEST_CASE("wizard: the Dutch wizard runs too", "[ui][wizard]") {
    test::LangGuard nl(Lang::Nl);
    test::App app;
    const std::string id = openOnNew(app, "Chatbot klantenservice");
    CHECK(app.ui.find(std::string(ui::icon::kCheck) + "  Ja"));
    answerAll(app, {"interacts_with_people"});
    REQUIRE(app.ui.click("Screening opslaan", test::wizardFrame(app)));
    CHECK(app.model().assessment(id)->tier == Tier::Limited);
}

TEST_CASE("wizard: the result splits who owes what and gives the DPIA reason", "[ui][wizard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    openOnNew(app, "Customer-service chatbot");
    answerAll(app, {"interacts_with_people", "generates_content"});
    // A deployer of a vendor's chatbot: telling people and marking output are the provider's.
    CHECK(test::findFull("##duty.provider.AIA-50-1: "));
    CHECK(test::findFull("##duty.provider.AIA-50-2: "));
    CHECK_FALSE(test::findFull("##duty.own.AIA-50-1"));
    CHECK(test::findFull("##date.provider.AIA-50-2: "));
    auto reason = test::findFull("##dpia.reason: ");
    REQUIRE(reason);
    CHECK(reason->label == "##dpia.reason: No DPIA needed");
}
