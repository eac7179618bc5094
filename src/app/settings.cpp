// Register names across the library (see settings.hpp).
#include "app/settings.hpp"

#include <algorithm>
#include <vector>

namespace air::app::settings {

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
