// The settings page's actions (see settings_prefs.hpp).
#include "ui/settings_prefs.hpp"

#include "app/example_register.hpp"
#include "ui/i18n.hpp"
#include "ui/theme.hpp"

namespace air::ui::settings {

Status setPersonalPref(UiContext& ctx, std::string_view key, std::string_view value) {
    if (!ctx.workspace) return Error{std::string(key), ErrorCode::NoWorkspace};
    return ctx.workspace->setSetting(key, value);
}

void applyStoredTheme(UiContext& ctx) {
    const std::string t = ctx.setting(app::settings::kPrefTheme);
    if (t.empty()) return;  // never chosen: keep what the page started with
    const bool dark = t == "dark";
    if (dark != darkTheme()) applyTheme(dark);
}

void setTheme(UiContext& ctx, bool dark) {
    if (dark != darkTheme()) applyTheme(dark);
    ctx.check(setPersonalPref(ctx, app::settings::kPrefTheme, dark ? "dark" : "light"));
}

Result<std::string> createExampleRegister(UiContext& ctx) {
    if (!app::hasExampleRegister()) return Error{"example_register.json", ErrorCode::ExampleMissing};
    return ctx.workspace->createExample();
}

void setLanguage(UiContext& ctx, Lang l) {
    setLang(l);
    if (ctx.platform) ctx.platform->setDocumentLanguage(l == Lang::En ? "en" : "nl");
    if (ctx.workspace) ctx.workspace->setLanguage(l);
}

}  // namespace air::ui::settings
