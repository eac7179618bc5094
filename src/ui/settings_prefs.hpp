// Settings work without drawing: personal preferences (your name, theme, export reminder)
// that follow the user from register to register, the stored theme, and the example register
// loaded as a register of its own. Preferences live in each register's database
// (AppModel::pref), so personal ones are written to every register of the library.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "ui/context.hpp"

namespace air::ui::settings {

inline constexpr const char* kPrefUserName = "user_name";  // AppModel writes it into history
inline constexpr const char* kPrefTheme = "ui.theme";      // "light" | "dark"
inline constexpr std::string_view kPersonalPrefs[] = {"user_name", "ui.theme", "exchange.remind_days"};
inline constexpr const char* kExampleName = "Voorbeeld Retail B.V.";

// Sets `key` in the open register and in every other register of the library.
Status setPersonalPref(UiContext& ctx, std::string_view key, std::string_view value);
// Copies the open register's personal preferences into register `file` of the library.
void copyPersonalPrefs(UiContext& ctx, const std::string& file);

// Applies the "ui.theme" preference of the open register whenever another register is opened.
void applyStoredTheme(UiContext& ctx);
// Switches the theme now and stores it for every register.
void setTheme(UiContext& ctx, bool dark);

// `base`, or "base (2)", "base (3)"... when a register of that name exists.
std::string uniqueRegisterName(const UiContext& ctx, const std::string& base);

// Creates a new register named after the example organisation and fills it with the embedded
// example register (one import); returns its file name. The open register is not touched.
Result<std::string> createExampleRegister(UiContext& ctx);

// Writes the display language like the navigation's switch does (data folder file "lang").
void setLanguage(UiContext& ctx, Lang l);

}  // namespace air::ui::settings
