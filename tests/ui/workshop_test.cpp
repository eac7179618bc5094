// Workshops page and presenter mode, headless: create a workshop through the form, present it,
// vote (one undo step per click), notes and actions committed on deactivation, keyboard
// navigation, the timer on the fake clock, report downloads, edit and delete with undo.
// Plus the pure helpers behind them (votes, notes, timer, search).
#include <catch_amalgamated.hpp>

#include <string>

#include "harness.hpp"
#include "ui/i18n.hpp"
#include "ui/item_registry.hpp"
#include "ui/workshop_data.hpp"

using namespace air;

namespace {

// Clicks at a point (not on a widget): leaves the active text field.
void clickAt(test::App& app, float x, float y) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    app.frame();
    io.AddMouseButtonEvent(0, true);
    app.frame();
    io.AddMouseButtonEvent(0, false);
    app.frames(2);
}

// Selects all text of the active field and types `text` over it.
void retype(test::App& app, const std::string& text) {
    app.press(ImGuiKey_A, ImGuiMod_Ctrl);
    app.type(text);
}

bool visible(const std::string& label) { return ui::items::find(label).has_value(); }

const Workshop& only(test::App& app) {
    REQUIRE(app.model().workshops().size() == 1);
    return app.model().workshops().front();
}

struct Fixture {
    test::App app;
    std::string chatbot, scoring;
    Fixture() {
        ui::setLang(Lang::En);
        Activity a;
        a.name = "Chatbot customer service";
        a.purpose = "Answer customer questions";
        a.data_categories = {DataCategory::Contact, DataCategory::Health};
        Screening s;
        s.interacts_with_people = true;
        a.screening = s;
        chatbot = app.model().addActivity(a).value();
        Activity b;
        b.name = "Credit offer scoring";
        Screening sb;
        sb.annex_iii = AnnexIII::Creditworthiness;
        b.screening = sb;
        scoring = app.model().addActivity(b).value();
        app.ctx().page = ui::Page::Workshops;
        app.frames(2);
    }
    ~Fixture() { ui::setLang(Lang::Nl); }

    // Creates "Ethics session" on 2026-10-14 by Noor with both activities, through the form.
    void createThroughUi() {
        REQUIRE(app.click("New workshop"));
        REQUIRE(app.click("Title"));
        app.type("Ethics session");
        REQUIRE(app.click("Date"));
        retype(app, "2026-10-14");
        REQUIRE(app.click("Facilitator"));
        retype(app, "Noor");
        REQUIRE(app.click("Chatbot customer service"));
        REQUIRE(app.click("Credit offer scoring"));
        REQUIRE(app.click("Create workshop"));
        app.frames(2);
    }
};

}  // namespace

TEST_CASE("a workshop is created through the form", "[ui][workshop]") {
    Fixture f;
    CHECK(visible("New workshop"));
    f.createThroughUi();
    const Workshop& w = only(f.app);
    CHECK(w.title == "Ethics session");
    CHECK(w.date == "2026-10-14");
    CHECK(w.facilitator == "Noor");
    CHECK(w.activity_ids == std::vector<std::string>{f.chatbot, f.scoring});
    // The list shows it with its details and the report downloads.
    CHECK(visible("Ethics session"));
    CHECK(visible("Download session report (HTML)"));
    CHECK(visible("Start presenter mode"));
    // One undo step removes it again.
    REQUIRE(f.app.model().canUndo());
    REQUIRE(f.app.model().undo().ok());
    CHECK(f.app.model().workshops().empty());
}

TEST_CASE("the form refuses an invalid date and a missing title", "[ui][workshop]") {
    Fixture f;
    REQUIRE(f.app.click("New workshop"));
    REQUIRE(f.app.click("Date"));
    retype(f.app, "2026-13-45");
    REQUIRE(f.app.click("Create workshop"));
    CHECK(f.app.model().workshops().empty());
    CHECK(visible("Create workshop"));  // still on the form
    REQUIRE(f.app.click("Title"));
    f.app.type("Session");
    REQUIRE(f.app.click("Create workshop"));
    CHECK(f.app.model().workshops().empty());  // the date is still wrong
    REQUIRE(f.app.click("Date"));
    retype(f.app, "2026-02-28");
    REQUIRE(f.app.click("Create workshop"));
    CHECK(only(f.app).date == "2026-02-28");
    CHECK(only(f.app).activity_ids.empty());
}

TEST_CASE("the activity picker searches and keeps the session order", "[ui][workshop]") {
    Fixture f;
    REQUIRE(f.app.click("New workshop"));
    REQUIRE(f.app.click("Title"));
    f.app.type("Order");
    REQUIRE(f.app.click("Search activities"));
    f.app.type("credit");
    CHECK(visible("Credit offer scoring"));
    CHECK_FALSE(visible("Chatbot customer service"));
    REQUIRE(f.app.click("Choose all shown"));
    REQUIRE(f.app.click("Search activities"));
    retype(f.app, "");
    f.app.press(ImGuiKey_Backspace);
    REQUIRE(f.app.click("Chatbot customer service"));
    REQUIRE(f.app.click("Create workshop"));
    CHECK(only(f.app).activity_ids == std::vector<std::string>{f.scoring, f.chatbot});
}

TEST_CASE("presenter mode: votes, undo, notes, actions, keys", "[ui][workshop]") {
    Fixture f;
    f.createThroughUi();
    const std::string id = only(f.app).id;
    REQUIRE(f.app.click("Start presenter mode"));
    CHECK(f.app.ctx().presentWorkshopId == id);
    CHECK(visible("Leave presenter mode"));
    CHECK(visible("Notes on Transparency and explainability"));

    // Vote green twice and red once on the first principle of the first activity.
    REQUIRE(f.app.click("+1 Green"));
    REQUIRE(f.app.click("+1 Green"));
    REQUIRE(f.app.click("+1 Red"));
    {
        const auto v = ui::ws::votesFor(only(f.app), f.chatbot, Principle::Transparency);
        CHECK(v.green == 2);
        CHECK(v.amber == 0);
        CHECK(v.red == 1);
        CHECK(only(f.app).votes.size() == 1);
    }
    // Undo takes back the last vote only.
    f.app.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    {
        const auto v = ui::ws::votesFor(only(f.app), f.chatbot, Principle::Transparency);
        CHECK(v.green == 2);
        CHECK(v.red == 0);
    }
    // Minus takes one away (and is its own undo step).
    REQUIRE(f.app.click("-1 Green"));
    CHECK(ui::ws::votesFor(only(f.app), f.chatbot, Principle::Transparency).green == 1);

    // A note is committed when the field is left, not per keystroke.
    auto note = ui::items::find("Notes on Transparency");
    REQUIRE(note);
    REQUIRE(f.app.click("Notes on Transparency"));
    f.app.frames(1);  // the box turns into a text field, which takes the keyboard focus a frame later
    f.app.type("Customers must be told <they> talk to a bot & why");
    CHECK(only(f.app).notes.empty());  // still typing
    clickAt(f.app, note->x0 + 4, note->y0 - 6);
    REQUIRE(only(f.app).notes.size() == 1);
    CHECK(only(f.app).notes[0].text == "Customers must be told <they> talk to a bot & why");
    CHECK(only(f.app).notes[0].activity_id == f.chatbot);
    CHECK(only(f.app).notes[0].principle == Principle::Transparency);

    // An agreed action: text first (Enter adds it), then owner and due date on its row, each
    // committed when the field is left.
    REQUIRE(f.app.click("New action"));
    f.app.type("Update the privacy statement");
    CHECK(only(f.app).actions.empty());
    f.app.press(ImGuiKey_Enter);
    REQUIRE(only(f.app).actions.size() == 1);
    REQUIRE(f.app.click("Owner of: Update the privacy statement"));
    f.app.type("Sanne");
    f.app.press(ImGuiKey_Enter);
    REQUIRE(f.app.click("Due date of: Update the privacy statement"));
    f.app.type("2026-12-01");
    f.app.press(ImGuiKey_Enter);
    {
        const WorkshopAction& a = only(f.app).actions[0];
        CHECK(a.activity_id == f.chatbot);
        CHECK(a.text == "Update the privacy statement");
        CHECK(a.owner == "Sanne");
        CHECK(a.due == "2026-12-01");
        CHECK_FALSE(a.done);
    }
    // A wrong due date is refused (the row keeps the old one).
    REQUIRE(f.app.click("Due date of: Update the privacy statement"));
    retype(f.app, "1 December");
    f.app.press(ImGuiKey_Enter);
    CHECK(only(f.app).actions[0].due == "2026-12-01");
    // The text is edited in place.
    REQUIRE(f.app.click("Edit the text of this action"));
    f.app.frames(2);
    retype(f.app, "Update the privacy statement and the chatbot intro");
    f.app.press(ImGuiKey_Enter);
    CHECK(only(f.app).actions[0].text == "Update the privacy statement and the chatbot intro");
    // Ticking it done is one command.
    REQUIRE(f.app.click("Done: Update the privacy statement"));
    CHECK(only(f.app).actions[0].done);
    REQUIRE(f.app.model().undo().ok());
    CHECK_FALSE(only(f.app).actions[0].done);
    REQUIRE(f.app.click("Done: Update the privacy statement"));
    CHECK(only(f.app).actions[0].done);

    // Arrow keys move through the principles; the note field follows.
    clickAt(f.app, 5, 300);
    f.app.press(ImGuiKey_RightArrow);
    CHECK(visible("Notes on Fairness and bias"));
    f.app.press(ImGuiKey_RightArrow);
    CHECK(visible("Notes on Privacy and data minimisation"));
    f.app.press(ImGuiKey_LeftArrow);
    CHECK(visible("Notes on Fairness and bias"));
    // A vote now lands on fairness.
    REQUIRE(f.app.click("+1 Amber"));
    CHECK(ui::ws::votesFor(only(f.app), f.chatbot, Principle::Fairness).amber == 1);

    // PageDown moves to the next activity (and back to the first principle).
    f.app.press(ImGuiKey_PageDown);
    CHECK(visible("Notes on Transparency and explainability"));
    REQUIRE(f.app.click("+1 Red"));
    CHECK(ui::ws::votesFor(only(f.app), f.scoring, Principle::Transparency).red == 1);
    CHECK(ui::ws::votesFor(only(f.app), f.chatbot, Principle::Transparency).red == 0);
    f.app.press(ImGuiKey_PageUp);
    REQUIRE(f.app.click("+1 Red"));
    CHECK(ui::ws::votesFor(only(f.app), f.chatbot, Principle::Transparency).red == 1);

    // Esc leaves presenter mode.
    f.app.press(ImGuiKey_Escape);
    CHECK(f.app.ctx().presentWorkshopId.empty());
    CHECK_FALSE(visible("Leave presenter mode"));
    CHECK(visible("Start presenter mode"));
}

TEST_CASE("the presenter timer counts down on the platform clock", "[ui][workshop]") {
    Fixture f;
    f.createThroughUi();
    REQUIRE(f.app.click("Start presenter mode"));
    CHECK(visible("Timer 10:00, not started"));
    for (int i = 0; i < 8; ++i) REQUIRE(f.app.click("One minute less"));
    CHECK(visible("Timer 02:00, not started"));
    REQUIRE(f.app.click("Start the timer"));
    f.app.frames(2);
    CHECK(visible("Timer 02:00, running"));
    f.app.platform.clock += 30;
    f.app.frames(2);
    CHECK(visible("Timer 01:30, running"));
    f.app.platform.clock += 31;
    f.app.frames(2);
    CHECK(visible("Timer 00:59, last minute"));
    REQUIRE(f.app.click("Pause the timer"));
    f.app.platform.clock += 100;
    f.app.frames(2);
    CHECK(visible("Timer 00:59, last minute"));  // paused: no time passes
    REQUIRE(f.app.click("Start the timer"));
    f.app.platform.clock += 61;
    f.app.frames(2);
    CHECK(visible("Timer 00:00, time is up"));
    CHECK(visible("Start the timer"));  // it stopped by itself
    REQUIRE(f.app.click("Reset the timer"));
    CHECK(visible("Timer 02:00, not started"));
}

TEST_CASE("session reports download with the title slug and date", "[ui][workshop]") {
    Fixture f;
    f.createThroughUi();
    REQUIRE(f.app.click("Download session report (HTML)"));
    REQUIRE(f.app.platform.downloads.size() == 1);
    CHECK(f.app.platform.downloads[0].name == "workshop-ethics-session-2026-10-14.html");
    CHECK(f.app.platform.downloads[0].mime.rfind("text/html", 0) == 0);
    CHECK(f.app.platform.downloads[0].bytes.find("Ethics session") != std::string::npos);
    CHECK(f.app.platform.downloads[0].bytes.find("Chatbot customer service") != std::string::npos);
    REQUIRE(f.app.click("Download session report (Markdown)"));
    REQUIRE(f.app.platform.downloads.size() == 2);
    CHECK(f.app.platform.downloads[1].name == "workshop-ethics-session-2026-10-14.md");
    CHECK(f.app.platform.downloads[1].bytes.rfind("# Ethics session", 0) == 0);
}

TEST_CASE("edit and delete a workshop, each one undo step", "[ui][workshop]") {
    Fixture f;
    f.createThroughUi();
    REQUIRE(f.app.click("Edit"));
    REQUIRE(f.app.click("Title"));
    retype(f.app, "Ethics session, part 2");
    REQUIRE(f.app.click("Remove from the workshop"));
    REQUIRE(f.app.click("Save changes"));
    CHECK(only(f.app).title == "Ethics session, part 2");
    CHECK(only(f.app).activity_ids.size() == 1);
    REQUIRE(f.app.model().undo().ok());
    CHECK(only(f.app).title == "Ethics session");
    CHECK(only(f.app).activity_ids.size() == 2);

    // Delete asks first; cancel keeps it.
    REQUIRE(f.app.click("Delete"));
    CHECK(visible("Delete workshop"));
    REQUIRE(f.app.click("Cancel"));
    CHECK(f.app.model().workshops().size() == 1);
    REQUIRE(f.app.click("Delete"));
    REQUIRE(f.app.click("Delete workshop"));
    CHECK(f.app.model().workshops().empty());
    CHECK(visible("No workshops yet") == false);  // empty state text is not an item; the button is
    CHECK(visible("New workshop"));
    f.app.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(only(f.app).title == "Ethics session");
}

TEST_CASE("a read-only tab can present but not vote", "[ui][workshop]") {
    Fixture f;
    f.createThroughUi();
    f.app.platform.readOnlyFlag = true;
    f.app.frames(2);
    REQUIRE(f.app.click("Start presenter mode"));
    REQUIRE(f.app.click("+1 Green"));
    CHECK(only(f.app).votes.empty());
    f.app.platform.readOnlyFlag = false;
}

TEST_CASE("a deleted workshop ends presenter mode", "[ui][workshop]") {
    Fixture f;
    f.createThroughUi();
    REQUIRE(f.app.click("Start presenter mode"));
    REQUIRE(f.app.model().deleteWorkshop(only(f.app).id).ok());
    f.app.frames(2);
    CHECK(f.app.ctx().presentWorkshopId.empty());
}

// ---- pure helpers ---------------------------------------------------------------------------
TEST_CASE("votes add, fold duplicates and never go below zero", "[ui][workshop]") {
    using ui::ws::VoteColor;
    Workshop w;
    CHECK(ui::ws::addVote(w, "a", Principle::Privacy, VoteColor::Green, 1));
    CHECK(ui::ws::addVote(w, "a", Principle::Privacy, VoteColor::Red, 1));
    CHECK(w.votes.size() == 1);
    CHECK_FALSE(ui::ws::addVote(w, "a", Principle::Privacy, VoteColor::Amber, -1));
    CHECK(ui::ws::addVote(w, "a", Principle::Privacy, VoteColor::Green, -1));
    CHECK(ui::ws::addVote(w, "a", Principle::Privacy, VoteColor::Red, -1));
    CHECK(w.votes.empty());  // all zero: the entry goes
    w.votes = {{"x", Principle::Trust, 1, 0, 0}, {"a", Principle::Trust, 1, 1, 0}, {"a", Principle::Trust, 2, 0, 0}};
    CHECK(ui::ws::addVote(w, "a", Principle::Trust, VoteColor::Green, 1));
    REQUIRE(w.votes.size() == 2);
    CHECK(w.votes[1].green == 4);
    CHECK(w.votes[1].amber == 1);
    CHECK(ui::ws::totalVotes(w) == 6);
}

TEST_CASE("notes per activity and principle", "[ui][workshop]") {
    Workshop w;
    CHECK(ui::ws::setNote(w, "a", Principle::Honesty, "first"));
    CHECK_FALSE(ui::ws::setNote(w, "a", Principle::Honesty, "first"));
    CHECK(ui::ws::noteFor(w, "a", Principle::Honesty) == "first");
    CHECK(ui::ws::noteFor(w, "a", Principle::Trust).empty());
    w.notes.push_back({"a", Principle::Honesty, "second"});
    CHECK(ui::ws::noteFor(w, "a", Principle::Honesty) == "first\n\nsecond");
    CHECK(ui::ws::setNote(w, "a", Principle::Honesty, "merged"));
    CHECK(w.notes.size() == 1);
    CHECK(ui::ws::setNote(w, "a", Principle::Honesty, "   "));
    CHECK(w.notes.empty());
}

TEST_CASE("timer phases", "[ui][workshop]") {
    ui::ws::Timer t;
    t.setMinutes(1);
    CHECK(t.phase(0) == ui::ws::Timer::Phase::Idle);
    CHECK(ui::ws::Timer::format(t.shownSeconds(0)) == "01:00");
    t.start(100);
    CHECK(t.phase(100.5) == ui::ws::Timer::Phase::LastMinute);
    CHECK(t.shownSeconds(100.5) == 60);
    CHECK(t.untilNextTick(100.5) <= 1.0);
    CHECK(t.phase(160) == ui::ws::Timer::Phase::Done);
    t.setMinutes(500);
    CHECK(t.minutes() == 120);
    t.setMinutes(0);
    CHECK(t.minutes() == 1);
    CHECK(ui::ws::Timer::format(7265) == "121:05");
}

TEST_CASE("activity search folds case and accents", "[ui][workshop]") {
    CHECK(ui::ws::matches("Créditscore", "CREDIT"));
    CHECK(ui::ws::matches("Chatbot", ""));
    CHECK_FALSE(ui::ws::matches("Chatbot", "score"));
    CHECK(ui::ws::dateOk("2028-02-29"));
    CHECK_FALSE(ui::ws::dateOk("2027-02-29"));
    CHECK(ui::ws::optionalDateOk(""));
}

TEST_CASE("user text with ImGui label syntax is shown, not interpreted", "[ui][workshop]") {
    Fixture f;
    Workshop w;
    w.title = "Review ###odd## title";
    w.date = "2026-01-05";
    w.activity_ids = {f.chatbot};
    REQUIRE(f.app.model().upsertWorkshop(w).ok());
    f.app.frames(3);
    // The row's accessible name is the whole title (visible part before "##" for the finder).
    bool found = false;
    for (const auto& it : ui::items::lastFrame())
        if (it.label == "Review ###odd## title") found = true;
    CHECK(found);
    REQUIRE(f.app.click("Start presenter mode"));
    CHECK(visible("+1 Green"));
    f.app.press(ImGuiKey_Escape);
    REQUIRE(f.app.click("Edit"));
    CHECK(visible("Chatbot customer service"));
}

TEST_CASE("presenter mode: the team proposes, votes on and adopts a red line that then shows on the activities it touches",
          "[ui][workshop][framework]") {
    Fixture f;
    f.createThroughUi();
    REQUIRE(f.app.click("Start presenter mode"));
    REQUIRE(f.app.click("Show our framework"));
    CHECK(visible("A principle or red line, in one sentence"));

    // Propose: type and press Enter; the new item is chosen on the right.
    REQUIRE(f.app.click("A principle or red line, in one sentence"));
    f.app.type("We never let a bot pretend to be a person");
    f.app.press(ImGuiKey_Enter);
    f.app.frames(2);
    REQUIRE(f.app.model().framework().size() == 1);
    FrameworkItem item = f.app.model().framework()[0];
    CHECK(item.status == FrameworkStatus::Proposed);
    CHECK(item.workshop_id == only(f.app).id);

    REQUIRE(f.app.click("Red line"));
    REQUIRE(f.app.click("Screening facts"));
    f.app.frames(1);
    REQUIRE(f.app.click("Interacts with people"));
    f.app.press(ImGuiKey_Escape);  // closes the list (not presenter mode: the popup has the keys)
    f.app.frames(2);
    item = f.app.model().framework()[0];
    CHECK(item.kind == FrameworkKind::RedLine);
    CHECK(item.applies_to.screening == std::vector<std::string>{"interacts_with_people"});
    CHECK(visible("Touches 1 of 2 activities: Chatbot customer service") == false);  // plain text, not an item

    for (int i = 0; i < 3; ++i) REQUIRE(f.app.click("+1 For"));
    REQUIRE(f.app.click("+1 Abstain"));
    REQUIRE(f.app.click("Adopt"));
    item = f.app.model().framework()[0];
    CHECK(item.votes_for == 3);
    CHECK(item.votes_abstain == 1);
    CHECK(item.status == FrameworkStatus::Adopted);
    CHECK(item.decided_at == "2026-10-14");  // the workshop's date

    // Undo takes back the adoption only.
    f.app.press(ImGuiKey_Z, ImGuiMod_Ctrl);
    CHECK(f.app.model().framework()[0].status == FrameworkStatus::Proposed);
    f.app.press(ImGuiKey_Y, ImGuiMod_Ctrl);
    CHECK(f.app.model().framework()[0].status == FrameworkStatus::Adopted);

    // Back to the activities (the chatbot's card lists the red line below its findings, out of
    // this small window's view), then leave.
    REQUIRE(f.app.click("Show the activities"));
    f.app.frames(2);
    CHECK(visible("Show our framework"));
    f.app.press(ImGuiKey_Escape);
    f.app.frames(2);
    CHECK(f.app.ctx().presentWorkshopId.empty());

    // And so does its editor; the credit scoring activity does not.
    f.app.ctx().openActivity(f.scoring);
    f.app.frames(3);
    CHECK_FALSE(visible("Red line: We never let a bot pretend to be a person"));
    f.app.ctx().openActivity(f.chatbot);
    f.app.frames(3);
    // A click on it shows the item in the workshops page's "Our framework" tab.
    REQUIRE(f.app.click("Red line: We never let a bot pretend to be a person"));
    f.app.frames(3);
    CHECK(f.app.ctx().page == ui::Page::Workshops);
    CHECK(visible("+1 For"));
    CHECK(visible("Retire"));
}
