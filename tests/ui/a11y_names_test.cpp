// Every control the accessibility mirror shows has a name a screen reader can speak (issue #14,
// WCAG 4.1.2): on each main view (register, editor, dashboard, findings, wizard, workshops,
// settings, presenter), in Dutch and English, no interactive item of the last frame has an
// empty accessible name or one without a letter (an icon glyph, "+", "×", "1"). The mirror
// leaves a nameless control out, so it would be missing for screen reader users altogether.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "compliance_fixture.hpp"
#include "harness.hpp"
#include "ui/a11y_mirror.hpp"
#include "ui/i18n.hpp"
#include "imgui_internal.h"
#include "ui/item_registry.hpp"
#include "ui/wizard_view.hpp"

using namespace air;
using ui::items::Role;

namespace {

bool interactive(Role r) {
    switch (r) {
    case Role::Button: case Role::Checkbox: case Role::Radio: case Role::TextField: case Role::ComboBox:
    case Role::Option: case Role::Tab: case Role::Link: case Role::MenuItem: case Role::MenuItemCheckbox:
    case Role::ColumnHeader:
        return true;
    default:
        return false;
    }
}

bool hasLetter(const std::string& s) {
    for (unsigned char c : s)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC3) return true;  // ASCII, or accented
    return false;
}

// The visible interactive items of the last frame without a speakable name, as "label (role)".
std::vector<std::string> nameless(const char* view) {
    std::vector<std::string> out;
    for (const ui::items::Item& it : ui::items::lastFrameAll()) {
        if (!it.visible || !interactive(it.role)) continue;
        const std::string name = ui::a11y::accessibleName(it);
        if (!hasLetter(name))
            out.push_back(std::string(view) + ": \"" + it.label + "\" (" + ui::items::kRoleKeys[std::size_t(it.role)] +
                          ", name \"" + name + "\")");
    }
    return out;
}

// Keyboard stops of child windows (role group) that the mirror could only call "Region": a
// screen reader would announce nothing about what is in them.
std::vector<std::string> unnamedRegions(const char* view) {
    std::vector<std::string> out;
    const std::string text = ui::a11y::describeLastFrame();
    const std::string region(ui::tr("a11y.region"));
    std::size_t at = 0;
    while ((at = text.find('\x1e', at)) != std::string::npos) {
        const std::size_t end = std::min(text.find('\x1e', at + 1), text.size());
        std::vector<std::string> f;
        std::size_t p = at + 1;
        for (;;) {
            const std::size_t q = text.find('\x1f', p);
            if (q == std::string::npos || q > end) { f.push_back(text.substr(p, end - p)); break; }
            f.push_back(text.substr(p, q - p));
            p = q + 1;
        }
        if (f.size() > 11 && f[0] == "I" && f[2] == "group" && f[11] == region) {
            std::string label;
            for (const ui::items::Item& it : ui::items::lastFrameAll())
                if (std::to_string(it.id) == f[1])
                    if (const ImGuiWindow* w = ImGui::FindWindowByID(it.inner)) label = w->Name;
            out.push_back(std::string(view) + ": a region without a name (\"" + label + "\")");
        }
        at = end;
    }
    return out;
}

void checkViews(test::App& app) {
    std::vector<std::string> bad;
    auto look = [&](const char* view, const std::function<void()>& frame) {
        app.ui.frames(3, frame);
        for (auto& b : nameless(view)) bad.push_back(std::move(b));
        for (auto& b : unnamedRegions(view)) bad.push_back(std::move(b));
    };
    const auto shell = [&app] { app.shell->frame(); };
    const auto& acts = app.model().activities();
    REQUIRE(!acts.empty());

    app.ctx().page = ui::Page::Register;
    app.ctx().selectedId.clear();
    look("register", shell);
    app.ctx().selectedId = acts.front().id;
    look("editor", shell);
    for (int tab = 0; tab < 8; ++tab) {  // every tab of the editor (Ctrl+Tab moves on)
        app.press(ImGuiKey_Tab, ImGuiMod_Ctrl);
        look("editor tab", shell);
    }
    app.ctx().requests.push(ui::req::OpenWizard{});
    look("wizard", test::wizardFrame(app));
    app.press(ImGuiKey_Escape);
    app.frames(2);
    app.ctx().selectedId.clear();
    app.ctx().page = ui::Page::Dashboard;
    look("dashboard", shell);
    app.ctx().page = ui::Page::Findings;
    look("findings", shell);
    app.ctx().page = ui::Page::Workshops;
    look("workshops", shell);
    app.ctx().page = ui::Page::Exchange;
    look("import / export", shell);
    app.ctx().page = ui::Page::Settings;
    look("settings", shell);
    if (!app.model().workshops().empty()) {
        app.ctx().page = ui::Page::Workshops;
        app.ctx().presentWorkshopId = app.model().workshops().front().id;
        look("presenter", shell);
        app.ctx().presentWorkshopId.clear();
    }
    app.ctx().page = ui::Page::Register;
    app.frames(2);
    std::string all;
    for (const auto& b : bad) all += b + "\n";
    INFO(all);
    CHECK(bad.empty());
}

}  // namespace

TEST_CASE("a11y: every control on the main views has a speakable name (Dutch)", "[ui][a11y]") {
    test::App app;
    test::LangGuard nl(Lang::Nl);
    test::loadExample(app);
    REQUIRE(!app.model().workshops().empty());
    checkViews(app);
}

TEST_CASE("a11y: every control on the main views has a speakable name (English)", "[ui][a11y]") {
    test::App app;
    test::LangGuard en(Lang::En);
    test::loadExample(app);
    checkViews(app);
}
