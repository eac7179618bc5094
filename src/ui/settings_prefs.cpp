// Settings work without drawing (see settings_prefs.hpp).
#include "ui/settings_prefs.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>

#include "core/embedded.hpp"
#include "io/register_json.hpp"
#include "ui/i18n.hpp"
#include "ui/theme.hpp"

namespace air::ui::settings {

Status setPersonalPref(UiContext& ctx, std::string_view key, std::string_view value) {
    Status s = ctx.model->setPref(key, value);
    if (!s.ok()) return s;
    if (!ctx.library) return s;
    for (const app::RegisterEntry& r : ctx.library->list()) {
        const std::string path = ctx.library->pathOf(r.file);
        if (path == ctx.model->path()) continue;
        app::AppModel other;
        if (other.open(path).ok()) other.setPref(key, value);  // best effort for the others
    }
    if (ctx.platform) ctx.platform->requestFlush();
    return s;
}

void copyPersonalPrefs(UiContext& ctx, const std::string& file) {
    if (!ctx.library) return;
    app::AppModel other;
    if (!other.open(ctx.library->pathOf(file)).ok()) return;
    for (std::string_view key : kPersonalPrefs) {
        const std::string v = ctx.model->pref(key, "");
        if (!v.empty()) other.setPref(key, v);
    }
}

void applyStoredTheme(UiContext& ctx) {
    static std::string seenPath;
    static std::uint64_t seenModel = 0;
    if (!ctx.model || !ctx.model->isOpen()) return;
    const auto modelId = reinterpret_cast<std::uintptr_t>(ctx.model);
    if (ctx.model->path() == seenPath && modelId == seenModel) return;
    seenPath = ctx.model->path();
    seenModel = modelId;
    const std::string t = ctx.model->pref(kPrefTheme, "");
    if (t.empty()) return;  // never chosen: keep what the page started with
    const bool dark = t == "dark";
    if (dark != darkTheme()) applyTheme(dark);
}

void setTheme(UiContext& ctx, bool dark) {
    if (dark != darkTheme()) applyTheme(dark);
    ctx.check(setPersonalPref(ctx, kPrefTheme, dark ? "dark" : "light"));
}

std::string uniqueRegisterName(const UiContext& ctx, const std::string& base) {
    const auto regs = ctx.library ? ctx.library->list() : std::vector<app::RegisterEntry>{};
    auto taken = [&](const std::string& n) {
        return std::any_of(regs.begin(), regs.end(), [&](const app::RegisterEntry& r) { return r.name == n; });
    };
    if (!taken(base)) return base;
    for (int i = 2;; ++i) {
        std::string n = base + " (" + std::to_string(i) + ")";
        if (!taken(n)) return n;
    }
}

Result<std::string> createExampleRegister(UiContext& ctx) {
    const std::string_view text = embedded::get("example_register.json");
    if (text.empty()) return Error{"example_register.json", tr("set.example_missing")};
    auto parsed = io::parseRegister(text);
    if (!parsed.ok()) return parsed.error();
    auto created = ctx.library->create(uniqueRegisterName(ctx, kExampleName));
    if (!created.ok()) return created.error();
    const std::string file = created.value();
    {
        app::AppModel other;
        Status s = other.open(ctx.library->pathOf(file));
        if (s.ok()) s = other.importRegister(parsed.value(), app::ImportMode::Replace);
        if (s.ok() && other.organisation().empty() && !parsed.value().organisation.empty())
            s = other.setOrganisation(parsed.value().organisation);
        if (!s.ok()) {
            ctx.library->remove(file);
            return s.error();
        }
    }
    copyPersonalPrefs(ctx, file);
    if (ctx.platform) ctx.platform->requestFlush();
    return file;
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
