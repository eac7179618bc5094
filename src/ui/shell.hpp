// The application shell: one full-window host with the left navigation (register switcher,
// pages, language, saved state), a banner line for storage and tab problems, the current
// page, a status bar and toasts. Owns the AppModel, the RegisterLibrary and the views.
#pragma once

#include <array>
#include <memory>
#include <string>

#include "app/app_model.hpp"
#include "ui/context.hpp"
#include "ui/linked_file.hpp"
#include "ui/platform_api.hpp"
#include "ui/rules_change.hpp"
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
    app::AppModel& model() { return m_model; }
    app::RegisterLibrary& library() { return m_library; }
    // Opens register `file` of the library (after the current frame when called from a view).
    Status openRegister(const std::string& file);

private:
    void drawNav(float width);
    void drawBanner();
    void drawStatusBar();
    void drawToasts();
    void handleShortcuts();
    void loadLanguage();
    void saveLanguage();

    PlatformApi& m_platform;
    std::string m_dataDir;
    bool m_persistNoticeSeen = false;  // the "storage is not persistent" notice was dismissed
    app::AppModel m_model;
    app::RegisterLibrary m_library;
    UiContext m_ctx;
    std::array<std::unique_ptr<View>, std::size_t(Page::COUNT)> m_views;
    std::string m_startError;
    std::unique_ptr<LinkedFileSync> m_linked;  // after m_model and m_ctx: it refers to both
    RulesChangeView m_rulesChange;              // "what changed under rules 2026.12"
};

}  // namespace air::ui
