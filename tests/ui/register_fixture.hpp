// Shared helpers of the register and editor view tests: a RegisterView drawn headless in a
// full-window host on an AppModel in ":memory:", the generator of large realistic registers
// (support/register_generator.hpp), and small input helpers.
#pragma once

#include <catch_amalgamated.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "core/catalogue.hpp"
#include "harness.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "support/register_generator.hpp"
#include "ui/i18n.hpp"
#include "ui/register_view.hpp"

namespace air::test {

struct RegLang {
    explicit RegLang(Lang l) { ui::setLang(l); }
    ~RegLang() { ui::setLang(Lang::Nl); }
};

// The register page alone, drawn into a full-window host each frame.
class RegisterHarness {
public:
    explicit RegisterHarness(float width = 1400, float height = 900) : ui(width, height) {
        REQUIRE(model.open(":memory:").ok());
        ctx.model = &model;
        ctx.platform = &platform;
        int n = 0;
        model.setIdGenerator([n]() mutable {
            char id[32];
            std::snprintf(id, sizeof id, "new-%04d", n++);
            return std::string(id);
        });
        view.setToday("2026-11-25");
        draw = [this] {
            const ImGuiViewport* vp = ImGui::GetMainViewport();
            ImGui::SetNextWindowPos(vp->WorkPos);
            ImGui::SetNextWindowSize(vp->WorkSize);
            ImGui::Begin("##host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
            if (m_capture) beginText();
            view.draw(ctx);
            if (m_capture) endText();
            ImGui::End();
        };
        frames(2);
    }
    void frame() { ui.frame(draw); }
    void frames(int n) { ui.frames(n, draw); }
    bool click(std::string_view label) { return ui.click(label, draw); }
    void type(std::string_view text) { ui.type(text, draw); }
    // Clicks a field that takes the keyboard focus a few frames later (inputs focused from
    // code, and the long text fields that become inputs on a click), then waits for it.
    bool clickField(std::string_view label) {
        if (!clickExact(label)) return false;
        frames(3);
        return true;
    }
    void press(ImGuiKey k, ImGuiKeyChord mods = 0) { ui.press(k, draw, mods); }
    bool visible(std::string_view label) const { return ui.find(label).has_value(); }
    // True when the page renders `text` anywhere (labels, plain text, wrapped text). Runs one
    // frame with ImGui's log-to-buffer on; logging turns list clipping off, so only use it
    // while few rows are on the page.
    bool shows(std::string_view text) {
        // Away from every tooltip: a tooltip window ends ImGui's logging early.
        ImGui::GetIO().AddMousePosEvent(1, ImGui::GetIO().DisplaySize.y - 1);
        frame();
        m_capture = true;
        frame();
        m_capture = false;
        return lastText.find(text) != std::string::npos;
    }
    // True when the window (or modal, named by its popup id) was drawn in the last frame.
    bool windowOpen(const char* name) const {
        ImGuiWindow* w = ImGui::FindWindowByName(name);
        return w && w->Active;
    }
    // Captures the text ImGui renders between the two calls (ImGui's log-to-buffer).
    void beginText() {
        GImGui->LogBuffer.Buf.clear();
        ImGui::LogToBuffer();
    }
    void endText() {
        lastText = GImGui->LogBuffer.c_str();
        ImGui::LogFinish();
        GImGui->LogBuffer.Buf.clear();
    }
    // Selects all text of the active input and types `text` over it, then leaves the field
    // with Tab (which commits it).
    void retype(std::string_view text) {
        press(ImGuiKey_A, ImGuiMod_Ctrl);
        type(text);
    }
    // Clicks the centre of an item found in the last frame.
    void clickItem(const ui::items::Item& it, ImGuiMouseButton button = ImGuiMouseButton_Left) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent((it.x0 + it.x1) * 0.5f, (it.y0 + it.y1) * 0.5f);
        frame();
        io.AddMouseButtonEvent(button, true);
        frame();
        io.AddMouseButtonEvent(button, false);
        frames(2);
    }
    // Clicks the bottom-left corner of the window, where nothing is drawn (closes menus).
    void clickAway() {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(2, io.DisplaySize.y - 2);
        frame();
        io.AddMouseButtonEvent(0, true);
        frame();
        io.AddMouseButtonEvent(0, false);
        frames(2);
    }
    // The item whose visible label is exactly `label`; the right-most one when several
    // (the editor panel is on the right of the table).
    std::optional<ui::items::Item> exact(std::string_view label) const {
        std::optional<ui::items::Item> best;
        for (const auto& it : ui::items::lastFrame()) {
            std::string_view v = it.label;
            if (auto p = v.find("##"); p != std::string_view::npos) v = v.substr(0, p);
            if (v == label && (!best || it.x0 > best->x0)) best = it;
        }
        return best;
    }
    bool clickExact(std::string_view label) {
        auto it = exact(label);
        if (!it) return false;
        clickItem(*it);
        return true;
    }
    void load(const Register& r) {
        REQUIRE(model.importRegister(r, app::ImportMode::Replace).ok());
        frames(2);
    }
    int historyCount(const std::string& id) { return int(model.history(id, 100000).size()); }

    FakePlatform platform;
    app::AppModel model;
    ui::UiContext ctx;
    Ui ui;
    ui::RegisterView view;
    std::function<void()> draw;
    std::string lastText;

private:
    bool m_capture = false;
};

}  // namespace air::test
