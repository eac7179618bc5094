// Personal preferences across the register library (see settings.hpp).
#include "app/settings.hpp"

#include <algorithm>
#include <vector>

namespace air::app::settings {

Status setPersonalPref(AppModel& model, RegisterLibrary* library, std::string_view key, std::string_view value) {
    Status s = model.setPref(key, value);
    if (!s.ok()) return s;
    if (!library) return s;
    for (const RegisterEntry& r : library->list()) {
        const std::string path = library->pathOf(r.file);
        if (path == model.path()) continue;
        AppModel other;
        if (other.open(path).ok()) other.setPref(key, value);  // best effort for the others
    }
    return s;
}

void copyPersonalPrefs(const AppModel& model, const RegisterLibrary& library, const std::string& file) {
    AppModel other;
    if (!other.open(library.pathOf(file)).ok()) return;
    for (std::string_view key : kPersonalPrefs) {
        const std::string v = model.pref(key, "");
        if (!v.empty()) other.setPref(key, v);
    }
}

std::string uniqueRegisterName(const RegisterLibrary& library, const std::string& base) {
    const std::vector<RegisterEntry> regs = library.list();
    auto taken = [&](const std::string& n) {
        return std::any_of(regs.begin(), regs.end(), [&](const RegisterEntry& r) { return r.name == n; });
    };
    if (!taken(base)) return base;
    for (int i = 2;; ++i) {
        std::string n = base + " (" + std::to_string(i) + ")";
        if (!taken(n)) return n;
    }
}

}  // namespace air::app::settings
