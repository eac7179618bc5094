// The settings page's actions around app's settings: personal preferences written to every
// register (app/settings.hpp) and the example register loaded as a register of its own
// (app/example_register.hpp), each followed by a request to save; the stored theme applied
// and switched; the display language written to the data folder.
#pragma once

#include <string>
#include <string_view>

#include "app/settings.hpp"
#include "core/result.hpp"
#include "ui/context.hpp"

namespace air::ui::settings {

// Sets `key` in the open register and in every other register of the library
// (app::settings::setPersonalPref), then asks to save.
Status setPersonalPref(UiContext& ctx, std::string_view key, std::string_view value);
// Copies the open register's personal preferences into register `file` of the library.
void copyPersonalPrefs(UiContext& ctx, const std::string& file);

// Applies the "ui.theme" preference of the open register whenever another register is opened.
void applyStoredTheme(UiContext& ctx);
// Switches the theme now and stores it for every register.
void setTheme(UiContext& ctx, bool dark);

// Creates a new register filled with the embedded example register
// (app::createExampleRegister), then asks to save; returns its file name. The open register
// is not touched.
Result<std::string> createExampleRegister(UiContext& ctx);

// Writes the display language like the navigation's switch does (data folder file "lang").
void setLanguage(UiContext& ctx, Lang l);

}  // namespace air::ui::settings
