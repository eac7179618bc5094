// Personal preferences: your name, theme and export reminder, which follow the user from
// register to register. Preferences live in each register's database (AppModel::pref), so
// personal ones are written to every register of the library. The page's settings
// (ui/settings_prefs.hpp) call these and then ask the platform to save.
#pragma once

#include <string>
#include <string_view>

#include "app/app_model.hpp"
#include "core/result.hpp"

namespace air::app::settings {

inline constexpr const char* kPrefUserName = "user_name";  // AppModel writes it into history
inline constexpr const char* kPrefTheme = "ui.theme";      // "light" | "dark"
inline constexpr std::string_view kPersonalPrefs[] = {"user_name", "ui.theme", "exchange.remind_days"};

// Sets `key` in the open register and, with a library, in every other register of it (best
// effort for the others: one that cannot be opened is skipped). The open register's result.
Status setPersonalPref(AppModel& model, RegisterLibrary* library, std::string_view key, std::string_view value);
// Copies the open register's personal preferences into register `file` of the library.
void copyPersonalPrefs(const AppModel& model, const RegisterLibrary& library, const std::string& file);

// `base`, or "base (2)", "base (3)"... when a register of that name exists in the library.
std::string uniqueRegisterName(const RegisterLibrary& library, const std::string& base);

}  // namespace air::app::settings
