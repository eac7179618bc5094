// Shared helpers of the compliance and dashboard view tests (compliance_*_test.cpp,
// dashboard_*_test.cpp): the example register loaded into a headless app, the language
// pinned to English for the test, and the wizard drawn after the shell each frame.
#pragma once

#include <catch_amalgamated.hpp>

#include <string>

#include "core/embedded.hpp"
#include "harness.hpp"
#include "io/register_json.hpp"
#include "ui/i18n.hpp"
#include "ui/views.hpp"

namespace air::test {

// Sets the UI language for one test and restores Dutch (the default) afterwards.
struct LangGuard {
    explicit LangGuard(Lang l) { ui::setLang(l); }
    ~LangGuard() { ui::setLang(Lang::Nl); }
};

// Replaces the app's register with the embedded example register.
inline void loadExample(App& app) {
    auto reg = io::parseRegister(embedded::get("example_register.json"));
    REQUIRE(reg.ok());
    REQUIRE(app.model().importRegister(reg.value(), app::ImportMode::Replace).ok());
    app.frames(2);
}

// The field a req::FocusField waiting in the queue asks for; "" when none.
inline std::string focusOf(App& app) {
    const auto* f = app.ctx().requests.peek<ui::req::FocusField>();
    return f ? f->field : std::string();
}

// One frame of the shell with the screening wizard drawn after it (the register page calls
// drawScreeningWizard too; a second call in the same frame does nothing).
inline std::function<void()> wizardFrame(App& app) {
    return [&app] {
        app.shell->frame();
        ui::drawScreeningWizard(app.ctx());
    };
}

// The first item of the last frame whose full label (including the "##id" part) contains `text`.
inline std::optional<ui::items::Item> findFull(std::string_view text) {
    for (const auto& it : ui::items::lastFrame())
        if (it.label.find(text) != std::string::npos) return it;
    return std::nullopt;
}

// Moves the mouse to (x, y) and clicks; no frames after the release, so that what the click
// set (e.g. a req::FocusField, which the editor takes on its next frame) can be seen.
inline void clickAt(Ui& ui, float x, float y, const std::function<void()>& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);
    ui.frame(draw);
    io.AddMouseButtonEvent(0, true);
    ui.frame(draw);
    io.AddMouseButtonEvent(0, false);
    ui.frame(draw);
}

// Clicks the item whose full label contains `text`, without frames after the release.
inline bool clickNow(Ui& ui, std::string_view text, const std::function<void()>& draw) {
    auto it = findFull(text);
    if (!it) return false;
    clickAt(ui, (it->x0 + it->x1) * 0.5f, (it->y0 + it->y1) * 0.5f, draw);
    return true;
}

// Clicks an item found by findFull().
inline bool clickFull(Ui& ui, std::string_view text, const std::function<void()>& draw) {
    auto it = findFull(text);
    if (!it) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent((it->x0 + it->x1) * 0.5f, (it->y0 + it->y1) * 0.5f);
    ui.frame(draw);
    io.AddMouseButtonEvent(0, true);
    ui.frame(draw);
    io.AddMouseButtonEvent(0, false);
    ui.frames(2, draw);
    return true;
}

}  // namespace air::test
