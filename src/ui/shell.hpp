// The application shell: one full-window host with the left navigation (register switcher,
// pages, language, saved state), a banner line for storage and tab problems, the current
// page, a status bar and toasts. Owns the workspace (app/workspace.hpp: the register library,
// the open AppModel, the user's settings) and the views, and sets the workspace's one
// persistence hook: the platform's save request.
#pragma once

#include <array>
#include <memory>
#include <string>

#include "app/app_model.hpp"
#include "ui/context.hpp"
#include "ui/linked_file.hpp"
#include "ui/platform_api.hpp"
#include "ui/rules_change.hpp"
#include "ui/touch_scroll.hpp"
#include "ui/views.hpp"

namespace air::ui {

class Shell {
public:
    // `dataDir`: the folder holding the register databases (IndexedDB-backed in the browser).
    Shell(PlatformApi& platform, std::string dataDir);
    ~Shell();

    // Opens the last register, or creates a first one. Returns what went wrong, if anything.
    Status start();
    // Draws one frame of the whole UI; call between ImGui::NewFrame() and ImGui::Render().
    void frame();

    UiContext& context() { return m_ctx; }
    app::Workspace& workspace() { return m_ws; }
    app::AppModel& model() { return m_ws.model(); }
    app::RegisterLibrary& library() { return m_ws.library(); }
    // Opens register `file` of the library now (views ask with a req::SwitchRegister, which
    // the shell takes after the frame).
    Status openRegister(const std::string& file);
    // A touch on the page (0 down, 1 move, 2 up), in the UI's coordinates: scrolls, taps, long
    // presses (ui/touch_scroll.hpp).
    void touch(int phase, float x, float y);
    // CSS pixels at the bottom hidden by an on-screen keyboard: the field being edited is
    // scrolled above them (and above the window's bottom when the keyboard shrinks the page).
    void setKeyboardInset(float px) { m_keyboardInset = px > 0 ? px : 0; }

private:
    void drawNav(float width);
    void drawNavCompact(float width);  // icons only (narrow windows, issue #15)
    void drawBanner();
    void drawStatusBar();
    void drawToasts();
    void handleShortcuts();
    void registerOpened(const std::string& file);  // the workspace's "register opened"

    PlatformApi& m_platform;
    app::Workspace m_ws;
    UiContext m_ctx;
    TouchScroll m_touch;
    bool m_navOpen = false;  // in a narrow window: the full navigation shown anyway (the user asked)
    void keepCaretVisible();
    float m_keyboardInset = 0;
    ImVec4 m_caretKey{};   // active field, keyboard inset and window size when last checked
    int m_caretFrames = 0; // frames left to bring the text cursor into view
    ImGuiID m_caretId = 0;  // the field whose cursor was last drawn, and where (window-relative)
    ImVec2 m_caretOffset{};
    float m_caretLine = 0;
    ImVec2 m_lastPress{-1.0f, -1.0f};  // where the last click or finger went down (toasts keep away)
    std::array<std::unique_ptr<View>, std::size_t(Page::COUNT)> m_views;
    std::string m_startError;
    std::unique_ptr<LinkedFileSync> m_linked;  // after m_ws and m_ctx: it refers to both
    RulesChangeView m_rulesChange;              // "what changed under rules 2026.12"
};

}  // namespace air::ui
