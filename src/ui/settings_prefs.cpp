// The settings page's actions (see settings_prefs.hpp).
#include "ui/settings_prefs.hpp"

#include <cstdint>
#include <fstream>

#include "app/example_register.hpp"
#include "ui/i18n.hpp"
#include "ui/theme.hpp"

namespace air::ui::settings {

Status setPersonalPref(UiContext& ctx, std::string_view key, std::string_view value) {
    Status s = app::settings::setPersonalPref(*ctx.model, ctx.library, key, value);
    if (s.ok() && ctx.library && ctx.platform) ctx.platform->requestFlush();
    return s;
}

void copyPersonalPrefs(UiContext& ctx, const std::string& file) {
    if (ctx.library) app::settings::copyPersonalPrefs(*ctx.model, *ctx.library, file);
}

void applyStoredTheme(UiContext& ctx) {
    static std::string seenPath;
    static std::uint64_t seenModel = 0;
    if (!ctx.model || !ctx.model->isOpen()) return;
    const auto modelId = reinterpret_cast<std::uintptr_t>(ctx.model);
    if (ctx.model->path() == seenPath && modelId == seenModel) return;
    seenPath = ctx.model->path();
    seenModel = modelId;
    const std::string t = ctx.model->pref(app::settings::kPrefTheme, "");
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
    auto r = app::createExampleRegister(*ctx.model, *ctx.library);
    if (r.ok() && ctx.platform) ctx.platform->requestFlush();
    return r;
}

void setLanguage(UiContext& ctx, Lang l) {
    setLang(l);
    if (!ctx.platform) return;
    ctx.platform->setDocumentLanguage(l == Lang::En ? "en" : "nl");
    if (ctx.platform->readOnly() || !ctx.library) return;
    std::ofstream f(ctx.library->pathOf("lang"), std::ios::trunc);
    f << (l == Lang::En ? "en" : "nl") << "\n";
    f.close();
    ctx.platform->requestFlush();
}

}  // namespace air::ui::settings
