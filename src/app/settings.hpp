// Personal preferences: your name, theme and export reminder, which follow the user from
// register to register. They are the workspace's user settings (app/workspace.hpp), stored
// once in the data folder; registers of earlier versions hold copies in their own
// preferences, which the workspace takes over when it finds none of its own.
#pragma once

#include <string>
#include <string_view>

#include "app/app_model.hpp"
#include "core/result.hpp"

namespace air::app::settings {

inline constexpr const char* kPrefUserName = "user_name";  // AppModel writes it into history
inline constexpr const char* kPrefTheme = "ui.theme";      // "light" | "dark"
inline constexpr std::string_view kPersonalPrefs[] = {"user_name", "ui.theme", "exchange.remind_days"};

// `base`, or "base (2)", "base (3)"... when a register of that name exists in the library.
std::string uniqueRegisterName(const RegisterLibrary& library, const std::string& base);

}  // namespace air::app::settings
