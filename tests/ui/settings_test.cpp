// The Settings page driven headless: registers (create, rename, switch, delete with restore,
// the open one protected), the example register as a new register, your name in the change
// history and in every register, theme, language, the export reminder, and read-only tabs.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <fstream>

#include "app/example_register.hpp"
#include "app/exchange.hpp"
#include "harness.hpp"
#include "ui/i18n.hpp"
#include "ui/settings_prefs.hpp"
#include "ui/theme.hpp"

using namespace air;

namespace {

void tall(test::App& app) {
    ImGui::SetCurrentContext(app.ui.context());
    ImGui::GetIO().DisplaySize = ImVec2(1280, 2000);
    app.ctx().page = ui::Page::Settings;
    app.frames(2);
}

// The widgets whose full label (with its ##id) contains `frag`, top to bottom.
std::vector<ui::items::Item> allFull(std::string_view frag) {
    std::vector<ui::items::Item> out;
    for (const auto& it : ui::items::lastFrame())
        if (it.label.find(frag) != std::string::npos) out.push_back(it);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.y0 < b.y0; });
    return out;
}

bool clickItem(test::App& app, const ui::items::Item& it) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent((it.x0 + it.x1) * 0.5f, (it.y0 + it.y1) * 0.5f);
    app.frame();
    io.AddMouseButtonEvent(0, true);
    app.frame();
    io.AddMouseButtonEvent(0, false);
    app.frames(3);
    return true;
}

// Clicks the n-th (top to bottom) widget whose full label contains `frag`.
bool clickNth(test::App& app, std::string_view frag, std::size_t n = 0) {
    auto all = allFull(frag);
    if (all.size() <= n) return false;
    return clickItem(app, all[n]);
}

// The row index of register `name` in the table (the library's list order).
std::size_t rowOf(test::App& app, const std::string& name) {
    auto regs = app.shell->library().list();
    for (std::size_t i = 0; i < regs.size(); ++i)
        if (regs[i].name == name) return i;
    FAIL("no register " << name);
    return 0;
}

bool hasRegister(test::App& app, const std::string& name) {
    auto regs = app.shell->library().list();
    return std::any_of(regs.begin(), regs.end(), [&](const auto& r) { return r.name == name; });
}

void selectAllAndType(test::App& app, std::string_view text) {
    app.press(ImGuiKey_A, ImGuiMod_Ctrl);
    app.type(text);
}

}  // namespace

TEST_CASE("settings: create, rename, switch and delete registers", "[ui][settings]") {
    ui::setLang(Lang::Nl);
    test::App app;
    tall(app);
    const std::string first = app.model().registerName();
    REQUIRE(app.shell->library().list().size() == 1);

    // Create: a name prompt; the new register is opened.
    REQUIRE(app.click("Nieuw register…"));
    app.type("Team Noord");
    app.press(ImGuiKey_Enter);
    app.frames(2);
    REQUIRE(hasRegister(app, "Team Noord"));
    CHECK(app.model().registerName() == "Team Noord");
    CHECK(app.platform.flushes > 0);

    // Rename the other (closed) register.
    REQUIRE(clickNth(app, "##rn", rowOf(app, first)));
    selectAllAndType(app, "Team Zuid");
    app.press(ImGuiKey_Enter);
    app.frames(2);
    CHECK(hasRegister(app, "Team Zuid"));
    CHECK_FALSE(hasRegister(app, first));

    // Rename the open one (through the model: undoable).
    REQUIRE(clickNth(app, "##rn", rowOf(app, "Team Noord")));
    selectAllAndType(app, "Team Noord-Oost");
    app.press(ImGuiKey_Enter);
    app.frames(2);
    CHECK(app.model().registerName() == "Team Noord-Oost");
    CHECK(hasRegister(app, "Team Noord-Oost"));

    // Switch.
    REQUIRE(clickNth(app, "##sw", rowOf(app, "Team Zuid")));
    app.frames(2);
    CHECK(app.model().registerName() == "Team Zuid");

    // The open register cannot be deleted: its button does nothing.
    REQUIRE(clickNth(app, "##rm", rowOf(app, "Team Zuid")));
    CHECK_FALSE(app.ui.find("Register verwijderen"));
    CHECK(hasRegister(app, "Team Zuid"));

    // Delete the other one: a confirmation naming it, then gone; and restored again.
    Activity a;
    a.name = "In Noord-Oost";
    {
        app::AppModel other;
        REQUIRE(other.open(app.shell->library().pathOf(app.shell->library().list()[rowOf(app, "Team Noord-Oost")].file)).ok());
        REQUIRE(other.addActivity(a).ok());
    }
    const int flushes = app.platform.flushes;
    REQUIRE(clickNth(app, "##rm", rowOf(app, "Team Noord-Oost")));
    REQUIRE(app.ui.find("Register verwijderen"));
    CHECK(hasRegister(app, "Team Noord-Oost"));
    REQUIRE(clickNth(app, "  Register verwijderen"));  // the button, not the modal's title
    CHECK_FALSE(hasRegister(app, "Team Noord-Oost"));
    CHECK(app.shell->library().list().size() == 1);
    CHECK(app.platform.flushes > flushes);
    REQUIRE(app.click("Terugzetten"));
    REQUIRE(hasRegister(app, "Team Noord-Oost"));
    REQUIRE(clickNth(app, "##sw", rowOf(app, "Team Noord-Oost")));
    app.frames(2);
    REQUIRE(app.model().activities().size() == 1);
    CHECK(app.model().activities()[0].name == "In Noord-Oost");
}

TEST_CASE("settings: load the example as a new register, leaving the user's data alone", "[ui][settings]") {
    ui::setLang(Lang::Nl);
    test::App app;
    Activity own;
    own.name = "Mijn eigen activiteit";
    REQUIRE(app.model().addActivity(own).ok());
    const std::string ownPath = app.model().path();
    const Register before = app.model().toRegister();
    tall(app);
    REQUIRE(app.click("Voorbeeldregister laden"));
    app.frames(2);
    CHECK(app.model().registerName() == app::kExampleName);
    CHECK(app.model().path() != ownPath);
    CHECK(app.model().activities().size() >= 20);
    CHECK(app.model().organisation() == "Voorbeeld Retail B.V.");
    CHECK(app.model().workshops().size() >= 1);
    CHECK(app.shell->library().list().size() == 2);
    {
        app::AppModel mine;
        REQUIRE(mine.open(ownPath).ok());
        CHECK(mine.toRegister() == before);
    }
    // Loading it again makes a second copy with its own name.
    REQUIRE(app.click("Voorbeeldregister laden"));
    app.frames(2);
    CHECK(app.model().registerName() == std::string(app::kExampleName) + " (2)");
}

TEST_CASE("settings: the controller and DPO of the register, one field at a time", "[ui][settings]") {
    ui::setLang(Lang::Nl);
    test::App app;
    tall(app);
    // The fields are named for screen readers (and found by that name here).
    REQUIRE(app.click("Verwerkingsverantwoordelijke (statutaire naam)"));
    app.type("Voorbeeld B.V.");
    app.press(ImGuiKey_Enter);
    app.frames(2);
    REQUIRE(app.model().controller().has_value());
    CHECK(app.model().controller()->name == "Voorbeeld B.V.");
    REQUIRE(app.click(ui::tr("set.dpo_contact")));
    app.type("fg@voorbeeld.nl");
    app.press(ImGuiKey_Enter);
    app.frames(2);
    CHECK(app.model().controller()->name == "Voorbeeld B.V.");
    CHECK(app.model().controller()->dpo.contact == "fg@voorbeeld.nl");
    CHECK(app.model().toRegister().controller == app.model().controller());
}

TEST_CASE("settings: organisation, your name in the history of every register", "[ui][settings]") {
    ui::setLang(Lang::Nl);
    test::App app;
    REQUIRE(app.shell->library().create("Tweede").ok());
    tall(app);
    REQUIRE(clickNth(app, "##org"));
    app.type("Voorbeeld B.V.");
    app.press(ImGuiKey_Enter);
    app.frames(2);
    CHECK(app.model().organisation() == "Voorbeeld B.V.");

    REQUIRE(clickNth(app, "##user"));
    app.type("Sanne de Vries");
    app.press(ImGuiKey_Enter);
    app.frames(2);
    CHECK(app.shell->workspace().setting(app::settings::kPrefUserName) == "Sanne de Vries");
    Activity a;
    a.name = "Chatbot";
    auto id = app.model().addActivity(a);
    REQUIRE(id.ok());
    Activity b = *app.model().find(id.value());
    b.owner = "Marketing";
    REQUIRE(app.model().updateActivity(b).ok());
    auto h = app.model().history(id.value(), 5);
    REQUIRE_FALSE(h.empty());
    CHECK(h.front().user == "Sanne de Vries");
    // The other register knows the name too: the setting is the user's, stored once.
    for (const auto& r : app.shell->library().list()) {
        if (app.shell->workspace().isOpenFile(r.file)) continue;
        REQUIRE(app.shell->openRegister(r.file).ok());
        Activity c;
        c.name = "Elders";
        auto cid = app.model().addActivity(c);
        REQUIRE(cid.ok());
        Activity d = *app.model().find(cid.value());
        d.owner = "HR";
        REQUIRE(app.model().updateActivity(d).ok());
        CHECK(app.model().history(cid.value(), 5).front().user == "Sanne de Vries");
        CHECK(app.model().pref(app::settings::kPrefUserName).empty());  // not copied into the register
    }
}

TEST_CASE("settings: theme, language and the export reminder", "[ui][settings]") {
    ui::setLang(Lang::Nl);
    test::App app;
    tall(app);
    app::Workspace& ws = app.shell->workspace();
    REQUIRE(app.click("Donker"));
    CHECK(ui::darkTheme());
    CHECK(ws.setting(app::settings::kPrefTheme) == "dark");
    REQUIRE(app.click("Licht"));
    CHECK_FALSE(ui::darkTheme());
    CHECK(ws.setting(app::settings::kPrefTheme) == "light");

    // The theme is the user's: another register opens in it.
    REQUIRE(app.click("Donker"));
    auto created = app.shell->library().create("Tweede register");
    REQUIRE(created.ok());
    ui::applyTheme(false);
    app.ctx().requests.push(ui::req::SwitchRegister{created.value()});
    app.frames(3);
    CHECK(ws.isOpenFile(created.value()));
    CHECK(ui::darkTheme());
    ui::applyTheme(false);
    REQUIRE(app.click("Licht"));

    const int saves = app.platform.flushes;
    REQUIRE(clickNth(app, "English##seten"));
    CHECK(ui::lang() == Lang::En);
    CHECK(ws.language() == Lang::En);
    CHECK(app.platform.flushes == saves + 1);
    {
        app::Workspace again(ws.folder());
        again.readSettings();
        CHECK(again.language() == Lang::En);
    }
    REQUIRE(clickNth(app, "Nederlands##setnl"));
    CHECK(ui::lang() == Lang::Nl);

    CHECK(app::exchange::remindDays(ws.setting(app::exchange::kPrefRemindDays)) == 14);
    REQUIRE(clickNth(app, "##remind"));
    selectAllAndType(app, "30");
    app.press(ImGuiKey_Enter);
    app.frames(3);
    CHECK(ws.setting(app::exchange::kPrefRemindDays) == "30");
    CHECK(app::exchange::remindDays(ws.setting(app::exchange::kPrefRemindDays)) == 30);
}

TEST_CASE("settings: a read-only tab changes nothing", "[ui][settings]") {
    ui::setLang(Lang::Nl);
    test::App app;
    app.platform.readOnlyFlag = true;
    tall(app);
    REQUIRE(app.click("Nieuw register…"));
    CHECK_FALSE(app.ui.find("Aanmaken"));
    REQUIRE(app.click("Voorbeeldregister laden"));
    CHECK(app.shell->library().list().size() == 1);
    REQUIRE(clickNth(app, "##org"));
    app.type("Niet toegestaan");
    app.press(ImGuiKey_Enter);
    CHECK(app.model().organisation().empty());
}
