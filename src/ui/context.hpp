// State shared by the views of one window: the open register, the platform, navigation
// and the selection. Owned by the Shell; views get it by reference every frame.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/app_model.hpp"
#include "ui/platform_api.hpp"

namespace air::ui {

enum class Page { Register, Dashboard, Findings, Workshops, Exchange, Settings, COUNT };

struct Toast {
    std::string text;
    bool error = false;
    double until = 0;  // platform time when it disappears
};

class LinkedFileSync;

struct UiContext {
    app::AppModel* model = nullptr;
    LinkedFileSync* linked = nullptr;  // the open register's linked file (the shell owns it)
    app::RegisterLibrary* library = nullptr;
    PlatformApi* platform = nullptr;

    Page page = Page::Register;
    std::string selectedId;    // activity open in the editor; "" = none
    std::string focusField;    // the editor jumps to this register-file field once (findings)
    bool openWizard = false;   // the register page opens the screening wizard for selectedId
    std::string presentWorkshopId;  // workshop in presenter mode; "" = none
    std::vector<Toast> toasts;
    std::string switchToRegister;  // file name the shell switches to after this frame
    // Asks the register page to show only these activities (a dashboard bar was clicked): its
    // filter is replaced once, then the request is cleared.
    struct ShowOnly {
        std::optional<Tier> tier;
        std::optional<ReviewStatus> review;
        bool blockers = false;
    };
    std::optional<ShowOnly> showOnly;

    bool canEdit() const { return platform == nullptr || !platform->readOnly(); }
    // Shows a message for a few seconds (errors longer and in red).
    void toast(std::string text, bool error = false);
    // Reports a failed command as a toast; returns s.ok().
    bool check(const Status& s);
    // Opens the editor on an activity (and switches to the register page).
    void openActivity(const std::string& id, const std::string& field = "");
};

}  // namespace air::ui
