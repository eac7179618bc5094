// The register page driven headless: quick add, toolbar search and filters, header sorting,
// grouping, the layout remembered in the database, keyboard, delete with confirmation and
// undo, the catalogue picker, the empty states, and the frame cost at 10,000 activities.
#include <catch_amalgamated.hpp>

#include <chrono>

#include "register_fixture.hpp"

using namespace air;
using ui::Column;

namespace {
std::vector<std::string> allIds(const app::AppModel& m) {
    std::vector<std::string> out;
    for (const Activity& a : m.activities()) out.push_back(a.id);
    return out;
}
}  // namespace

TEST_CASE("the quick-add field adds activities by name and keeps the focus", "[ui][register]") {
    test::RegLang nl(Lang::Nl);
    test::RegisterHarness h;
    CHECK(h.shows("Nog geen activiteiten"));
    REQUIRE(h.click("Naam van een nieuwe AI-activiteit"));
    h.type("Chatbot klantenservice");
    h.press(ImGuiKey_Enter);
    REQUIRE(h.model.activities().size() == 1);
    CHECK(h.model.activities()[0].name == "Chatbot klantenservice");
    CHECK(h.ctx.selectedId.empty());  // quick add does not open the editor...
    h.frames(2);
    h.type("Churnvoorspelling");       // ...and the field is still focused for the next one
    h.press(ImGuiKey_Enter);
    REQUIRE(h.model.activities().size() == 2);
    CHECK(h.model.activities()[1].name == "Churnvoorspelling");
    CHECK(h.view.cursorId() == h.model.activities()[1].id);
    // Enter on an empty field adds nothing.
    h.press(ImGuiKey_Enter);
    CHECK(h.model.activities().size() == 2);
    // "New" adds an activity and opens it in the editor with its name focused.
    REQUIRE(h.clickExact("\xEF\x81\xA7  Nieuw"));
    REQUIRE(h.model.activities().size() == 3);
    CHECK(h.model.activities()[2].name == "Nieuwe AI-activiteit");
    CHECK(h.ctx.selectedId == h.model.activities()[2].id);
    h.frames(3);
    CHECK(h.view.editor().lastFocused() == "name");
}

TEST_CASE("the read-only tab cannot add through the quick-add field", "[ui][register]") {
    test::RegisterHarness h;
    h.platform.readOnlyFlag = true;
    h.frames(2);
    h.click("Naam van een nieuwe AI-activiteit");
    h.type("Overschrijven");
    h.press(ImGuiKey_Enter);
    CHECK(h.model.activities().empty());
}

TEST_CASE("search and filter menu narrow the table to the right ids", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(10000));
    CHECK(h.view.index().matching() == 10000);
    CHECK(h.view.index().matching() == 10000);

    // Search through the toolbar field.
    REQUIRE(h.click("Search name, purpose, owner, vendor"));
    h.type("voice 77");
    std::vector<std::string> want;
    for (const Activity& a : h.model.activities()) {
        const std::string hay = app::foldCase(a.name + "\n" + a.description + "\n" + a.purpose + "\n" + a.owner + "\n" + a.vendor);
        if (hay.find("voice") != std::string::npos && hay.find("77") != std::string::npos) want.push_back(a.id);
    }
    REQUIRE(!want.empty());
    CHECK(h.view.index().ids(h.model) == want);
    CHECK(h.shows(ui::trf("reg.count_some", ui::num(want.size()), "10,000")));

    // Add a filter through the menu: Filter > Risk > High risk.
    REQUIRE(h.click("Filter"));
    REQUIRE(h.click("Risk"));
    REQUIRE(h.click("High risk"));
    h.press(ImGuiKey_Escape);
    h.press(ImGuiKey_Escape);
    CHECK(h.view.layout().filter.tiers == ui::bitOf(Tier::High));
    std::vector<std::string> want2;
    for (const std::string& id : want)
        if (h.model.assessment(id)->tier == Tier::High) want2.push_back(id);
    CHECK(h.view.index().ids(h.model) == want2);
    // The filter shows as a removable chip; removing it widens the rows again.
    REQUIRE(h.visible("Risk: High risk"));
    REQUIRE(h.click("Risk: High risk"));
    CHECK(h.view.layout().filter.tiers == 0);
    CHECK(h.view.index().ids(h.model) == want);

    // Nothing matches: the empty state offers "Clear filters", which also clears the search.
    REQUIRE(h.click("Search name, purpose, owner, vendor"));
    h.type(" zzzz");
    CHECK(h.view.index().matching() == 0);
    CHECK(h.shows("No activities match"));
    REQUIRE(h.click("Clear filters"));
    CHECK(h.view.index().matching() == 10000);
}

TEST_CASE("the reviews-due quick view shows its count and filters", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(900));
    int due = 0;
    for (const Activity& a : h.model.activities()) due += app::reviewDue(a, "2026-11-25") ? 1 : 0;
    REQUIRE(due > 0);
    const std::string label = ui::trf("reg.reviews_due", std::to_string(due));
    REQUIRE(h.click(label));
    CHECK(h.view.layout().filter.reviewsDue);
    CHECK(h.view.index().matching() == due);
    REQUIRE(h.click(label));
    CHECK(h.view.index().matching() == 900);
}

TEST_CASE("clicking headers sorts (shift adds a key); grouping; the layout is remembered", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(600));
    REQUIRE(h.click("Sort by Owner"));
    CHECK(h.view.layout().sort == std::vector<ui::SortKey>{{Column::Owner, false}});
    CHECK(h.model.find(h.view.index().ids(h.model).front())->owner == "Customer Care");
    REQUIRE(h.click("Sort by Owner"));
    CHECK(h.view.layout().sort == std::vector<ui::SortKey>{{Column::Owner, true}});
    CHECK(h.model.find(h.view.index().ids(h.model).front())->owner == "Webshop");
    // Shift-click adds a second key.
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, true);
    h.frames(2);  // the key first: ImGui trickles input events one kind per frame
    REQUIRE(h.click("Sort by Name"));
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, false);
    h.frames(2);
    CHECK(h.view.layout().sort == std::vector<ui::SortKey>{{Column::Owner, true}, {Column::Name, false}});

    // Group by application through the toolbar combo.
    REQUIRE(h.click("Group rows"));
    REQUIRE(h.click("Group by application"));
    CHECK(h.view.layout().group == ui::GroupBy::Application);
    CHECK_FALSE(h.view.index().groups().empty());
    // A group header collapses its rows on click.
    const std::string first = h.view.index().groups().front().label;
    const std::size_t rows = h.view.index().rows().size();
    REQUIRE(h.clickExact(first));
    CHECK(h.view.index().rows().size() == rows - std::size_t(h.view.index().groups().front().count));

    // Hide a column through the column chooser.
    REQUIRE(h.click("Columns"));
    REQUIRE(h.clickExact("Legal basis"));
    h.press(ImGuiKey_Escape);
    CHECK_FALSE(h.view.layout().visible[std::size_t(Column::LegalBasis)]);
    CHECK_FALSE(h.visible("Sort by Legal basis"));
    // A filter from the menu.
    REQUIRE(h.click("Filter"));
    REQUIRE(h.click("Has blockers"));
    h.press(ImGuiKey_Escape);
    CHECK(h.view.layout().filter.hasBlockers);

    // All of it is in the database (not undoable) and comes back in a fresh view.
    const std::string stored = h.model.pref("ui.register.layout");
    REQUIRE(!stored.empty());
    CHECK(ui::RegisterLayout::parse(stored) == [&] {
        ui::RegisterLayout l = h.view.layout();
        l.filter.search.clear();
        return l;
    }());
    CHECK((!h.model.canUndo() || h.model.undoLabel().find("layout") == std::string::npos));
    ui::RegisterView fresh;
    fresh.setToday("2026-11-25");
    h.draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("##host", nullptr, ImGuiWindowFlags_NoDecoration);
        fresh.draw(h.ctx);
        ImGui::End();
    };
    h.frames(3);
    CHECK(fresh.layout().sort == std::vector<ui::SortKey>{{Column::Owner, true}, {Column::Name, false}});
    CHECK(fresh.layout().group == ui::GroupBy::Application);
    CHECK(fresh.layout().filter.hasBlockers);
    CHECK_FALSE(fresh.layout().visible[std::size_t(Column::LegalBasis)]);
    CHECK_FALSE(h.visible("Sort by Legal basis"));
    CHECK(h.visible("Sort by Owner"));
}

TEST_CASE("the group of activities without an owner or application is worded by the page", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(60));
    h.view.editLayout().group = ui::GroupBy::Owner;
    h.view.editLayout().filter.owners = {""};  // only the activities without an owner
    h.frames(2);
    REQUIRE(h.view.index().groups().size() == 1);
    CHECK(h.view.index().groups().front().key.empty());
    CHECK(h.shows("(no owner)"));
    ui::RegisterIndex::Group none;
    CHECK(ui::groupLabel(none, ui::GroupBy::Application) == "(no application)");
    ui::setLang(Lang::Nl);
    CHECK(ui::groupLabel(none, ui::GroupBy::Owner) == "(geen eigenaar)");
    none.key = "chatbot";
    none.label = "Chatbot";
    CHECK(ui::groupLabel(none, ui::GroupBy::Application) == "Chatbot");
}

TEST_CASE("keyboard: arrows move the selection, Enter opens, Esc closes, Ctrl+F searches", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(300));
    const auto ids = allIds(h.model);
    REQUIRE(h.clickExact(h.model.activities()[0].name));
    CHECK(h.ctx.selectedId == ids[0]);
    h.press(ImGuiKey_DownArrow);
    CHECK(h.view.cursorId() == ids[1]);
    CHECK(h.ctx.selectedId == ids[1]);  // the open editor follows the cursor
    h.press(ImGuiKey_DownArrow);
    h.press(ImGuiKey_UpArrow);
    CHECK(h.ctx.selectedId == ids[1]);
    h.press(ImGuiKey_Escape);
    CHECK(h.ctx.selectedId.empty());
    h.press(ImGuiKey_DownArrow);
    CHECK(h.view.cursorId() == ids[2]);
    CHECK(h.ctx.selectedId.empty());  // closed editor: only the cursor moves
    h.press(ImGuiKey_Enter);
    CHECK(h.ctx.selectedId == ids[2]);
    h.press(ImGuiKey_End);
    CHECK(h.view.cursorId() == ids.back());
    h.press(ImGuiKey_PageUp);
    CHECK(h.view.cursorId() != ids.back());
    h.press(ImGuiKey_Home);
    CHECK(h.view.cursorId() == ids.front());
    // Ctrl+F focuses the search field: typed text goes there.
    h.press(ImGuiKey_Escape);
    h.press(ImGuiKey_F, ImGuiMod_Ctrl);
    h.type("banner");
    CHECK(h.view.layout().filter.search == "banner");
}

TEST_CASE("Delete asks first; the deletion is one undo step and says so", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(40));
    const auto ids = allIds(h.model);
    const std::string name = h.model.activities()[5].name;
    REQUIRE(h.clickExact(name));
    h.press(ImGuiKey_Delete);
    REQUIRE(h.windowOpen("##confirm_delete"));
    // Cancel keeps it.
    REQUIRE(h.click("Cancel"));
    CHECK_FALSE(h.windowOpen("##confirm_delete"));
    CHECK(h.model.activities().size() == 40);
    h.press(ImGuiKey_Delete);
    REQUIRE(h.clickExact("\xEF\x87\xB8  Delete"));
    CHECK(h.model.activities().size() == 39);
    CHECK(h.model.find(ids[5]) == nullptr);
    CHECK(h.ctx.selectedId.empty());
    CHECK(h.view.cursorId() == ids[6]);  // the cursor moves to the next row
    REQUIRE_FALSE(h.ctx.toasts.empty());
    CHECK(h.ctx.toasts.back().text == ui::trf("reg.deleted_toast", name));
    // The strip under the toolbar undoes it in one click.
    REQUIRE(h.click("Undo"));
    CHECK(h.model.activities().size() == 40);
    CHECK(h.model.find(ids[5]) != nullptr);
    CHECK(allIds(h.model) == ids);
}

TEST_CASE("the row menu duplicates, retires and deletes", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(10));
    const auto ids = allIds(h.model);
    auto row = h.exact(h.model.activities()[1].name);
    REQUIRE(row);
    h.clickItem(*row, ImGuiMouseButton_Right);
    REQUIRE(h.click("Retire"));
    CHECK(h.model.find(ids[1])->lifecycle == Lifecycle::Retired);
    h.clickItem(*h.exact(h.model.activities()[2].name), ImGuiMouseButton_Right);
    REQUIRE(h.click("Duplicate"));
    REQUIRE(h.model.activities().size() == 11);
    CHECK(h.ctx.selectedId == h.model.activities().back().id);
    h.clickItem(*h.exact(h.model.activities()[3].name), ImGuiMouseButton_Right);
    REQUIRE(h.click("Delete"));
    REQUIRE(h.clickExact("\xEF\x87\xB8  Delete"));
    CHECK(h.model.find(ids[3]) == nullptr);
    REQUIRE(h.model.undo().ok());
    CHECK(h.model.find(ids[3]) != nullptr);
}

TEST_CASE("new from catalogue: a searchable picker creates a pre-filled activity and opens it", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    CHECK(ui::CataloguePicker::matching("", Lang::En).size() == catalogue().size());
    CHECK(ui::CataloguePicker::matching("CHATBOT", Lang::En).front() == "chatbot");
    CHECK(ui::CataloguePicker::matching("klantenservice", Lang::En).size() >= 1);  // other language too
    h.press(ImGuiKey_N, ImGuiMod_Ctrl);
    REQUIRE(h.view.picker().isOpen());
    h.type("emotion");
    const CatalogueEntry* e = catalogueEntry("emotion_recognition_media");
    REQUIRE(e);
    REQUIRE(h.clickExact(std::string(e->name_en)));
    REQUIRE(h.model.activities().size() == 1);
    const Activity& a = h.model.activities()[0];
    CHECK(a.application == "emotion_recognition_media");
    REQUIRE(a.screening.has_value());
    CHECK(*a.screening == e->screening);
    CHECK(a.data_categories == e->data_categories);
    CHECK(h.ctx.selectedId == a.id);
    CHECK_FALSE(h.view.picker().isOpen());
    CHECK(h.shows("Pre-filled from the catalogue"));
    // Keyboard: arrows move through the list and Enter picks.
    REQUIRE(h.click("New from catalogue"));
    h.type("lead");
    h.press(ImGuiKey_Enter);
    REQUIRE(h.model.activities().size() == 2);
    CHECK(h.model.activities()[1].application == ui::CataloguePicker::matching("lead", Lang::En).front());
    // Esc closes the picker without creating anything; Alt+N opens it too (browsers keep Ctrl+N).
    h.press(ImGuiKey_N, ImGuiMod_Alt);
    REQUIRE(h.view.picker().isOpen());
    h.press(ImGuiKey_Escape);
    CHECK_FALSE(h.view.picker().isOpen());
    CHECK(h.model.activities().size() == 2);
}

TEST_CASE("the empty state loads the example register; a filled register asks first", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    REQUIRE(h.shows("No activities yet"));
    REQUIRE(h.shows("Start from the catalogue or load the example register"));
    REQUIRE(h.click("Load the example register"));
    const std::size_t n = h.model.activities().size();
    CHECK(n >= 20);
    REQUIRE(h.model.undo().ok());
    CHECK(h.model.activities().empty());
    // With activities present the example is merged after a confirmation (toolbar menu).
    Activity own;
    own.name = "Our own";
    REQUIRE(h.model.addActivity(own).ok());
    h.frames(2);
    REQUIRE(h.click("More"));
    REQUIRE(h.click("Load the example register"));
    REQUIRE(h.windowOpen("##confirm_example"));
    REQUIRE(h.click("Cancel"));
    CHECK(h.model.activities().size() == 1);
    REQUIRE(h.click("More"));
    REQUIRE(h.click("Load the example register"));
    REQUIRE(h.click("Load example"));
    CHECK(h.model.activities().size() == n + 1);
    CHECK(h.model.activities().front().name == "Our own");
}

TEST_CASE("an activity opened from elsewhere is scrolled to and its field focused", "[ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(2000));
    const std::string id = h.model.activities()[1500].id;
    h.ctx.openActivity(id, "retention");
    h.frames(4);
    CHECK(h.view.cursorId() == id);
    CHECK(h.view.editor().tab() == ui::EditorTab::Data);
    CHECK(h.view.editor().lastFocused() == "retention");
    CHECK_FALSE(h.ctx.requests.has<ui::req::FocusField>());
    // The row is on screen (drawn, so it is in the item list).
    CHECK(h.exact(h.model.find(id)->name).has_value());
}

TEST_CASE("frames stay cheap at 10,000 activities: no rebuild per frame", "[ui][register]") {
    test::RegisterHarness h;
    h.load(test::generateRegister(10000));
    const int before = h.view.index().rebuilds();
    h.frames(30);
    CHECK(h.view.index().rebuilds() == before);
    // Scrolling draws other rows, still without rebuilding.
    ImGui::GetIO().AddMousePosEvent(600, 500);
    for (int i = 0; i < 20; ++i) {
        ImGui::GetIO().AddMouseWheelEvent(0, -5);
        h.frame();
    }
    CHECK(h.view.index().rebuilds() == before);
}

TEST_CASE("benchmark: frame cost with 10,000 activities", "[.benchmark][ui][register]") {
    test::RegLang en(Lang::En);
    test::RegisterHarness h;
    h.load(test::generateRegister(10000));
    h.frames(5);
    auto measure = [&](const char* what) {
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < 100; ++i) {
            ImGui::GetIO().AddMouseWheelEvent(0, i % 20 < 10 ? -3.0f : 3.0f);
            h.frame();
        }
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / 100.0;
        std::printf("register page, 10,000 activities, %s: %.3f ms per frame (table %.3f ms)\n", what, ms, h.view.lastTableMs());
        return ms;
    };
    CHECK(measure("table only") < 16.0);
    h.ctx.selectedId = h.model.activities()[42].id;
    h.frames(3);
    CHECK(measure("table and editor") < 16.0);
    // A query change rebuilds the index once.
    const auto t0 = std::chrono::steady_clock::now();
    h.view.editLayout().sort = {{Column::Owner, false}, {Column::Name, false}};
    h.frame();
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("register page, 10,000 activities: re-sort by owner and name: %.1f ms\n", ms);
}
TEST_CASE("both catalogue buttons of the empty state open the picker", "[ui][register]") {
    test::RegisterHarness h;
    std::vector<ui::items::Item> buttons;
    for (const auto& it : ui::items::lastFrame())
        if (it.label.find("Nieuw uit catalogus") != std::string::npos) buttons.push_back(it);
    REQUIRE(buttons.size() == 2);  // toolbar and empty state, with different ids
    for (const auto& b : buttons) {
        h.clickItem(b);
        CHECK(h.windowOpen("##catalogue_picker"));
        h.press(ImGuiKey_Escape);
        CHECK_FALSE(h.view.picker().isOpen());
    }
}
