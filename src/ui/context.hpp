// State shared by the views of one window: the workspace (the open register, the library,
// the user's settings), the platform, navigation, the selection and the requests views make
// of each other (ui/requests.hpp). Owned by the Shell; views get it by reference every frame.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/app_model.hpp"
#include "app/workspace.hpp"
#include "ui/platform_api.hpp"
#include "ui/requests.hpp"

namespace air::ui {

enum class Page { Register, Dashboard, Findings, Workshops, Exchange, Settings, COUNT };

struct Toast {
    std::string text;
    bool error = false;
    double until = 0;  // platform time when it disappears
};

class LinkedFileSync;

struct UiContext {
    app::Workspace* workspace = nullptr;  // every change to the data folder goes through it
    app::AppModel* model = nullptr;       // the workspace's open register
    app::RegisterLibrary* library = nullptr;  // the workspace's library (reading it)
    LinkedFileSync* linked = nullptr;  // the open register's linked file (the shell owns it)
    PlatformApi* platform = nullptr;

    Page page = Page::Register;
    std::string selectedId;    // activity open in the editor; "" = none
    std::string presentWorkshopId;  // workshop in presenter mode; "" = none
    std::vector<Toast> toasts;
    req::Queue requests;  // what views ask of each other (ui/requests.hpp)
    // Counts the workspace's "changed" events (any committed change: a command, a preference,
    // a setting, another register): a cache keyed on it needs no polling of what it read.
    std::uint64_t changes = 0;
    // A finger's horizontal swipe that ended this frame (ui/touch_scroll.hpp): -1 to the left
    // (next), +1 to the right (back), 0 none. Presenter mode turns its pages with it.
    int swipe = 0;

    bool canEdit() const { return platform == nullptr || !platform->readOnly(); }
    // Shows a message for a few seconds (errors longer and in red).
    void toast(std::string text, bool error = false);
    // Reports a failed command as a toast; returns s.ok().
    bool check(const Status& s);
    // Opens the editor on an activity (and switches to the register page); with `field`, the
    // editor jumps to it (a FocusField request).
    void openActivity(const std::string& id, const std::string& field = "");
    // The user's setting `key` (app/settings.hpp); "" without a workspace.
    std::string setting(std::string_view key) const;
};

}  // namespace air::ui
