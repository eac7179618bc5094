// The settings page's actions around the workspace's user settings (app/workspace.hpp): the
// stored theme applied and switched, the example register loaded as a register of its own.
// Saving is the workspace's business: each change ends in its persistence hook.
#pragma once

#include <string>
#include <string_view>

#include "app/settings.hpp"
#include "core/result.hpp"
#include "ui/context.hpp"

namespace air::ui::settings {

// Sets the user's setting `key` (one place for every register).
Status setPersonalPref(UiContext& ctx, std::string_view key, std::string_view value);

// Applies the user's stored theme (at start and when a register is opened: registers of
// earlier versions may bring the theme the user chose there).
void applyStoredTheme(UiContext& ctx);
// Switches the theme now and stores it.
void setTheme(UiContext& ctx, bool dark);

// Creates a new register filled with the embedded example register
// (app::Workspace::createExample); returns its file name. The open register is not touched.
Result<std::string> createExampleRegister(UiContext& ctx);

// Shows and stores the display language, like the navigation's switch.
void setLanguage(UiContext& ctx, Lang l);

}  // namespace air::ui::settings
