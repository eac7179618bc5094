// `air`: command-line arguments and usage errors (cli.hpp).
#include <algorithm>
#include <iostream>

#include "cli/cli.hpp"

namespace air::cli {

int usageError(const std::string& message) {
    std::cerr << "air: " << message << "\n(see air --help)\n";
    return kUsage;
}

// Splits argv[first..] into positionals and the allowed options ("--x v", "--x=v").
// Returns an error text for an unknown option, a missing value or a repeated option.
std::optional<std::string> parseArgs(int argc, char** argv, int first,
                                     const std::vector<std::string>& allowed, Args& out) {
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::string name = a, value;
            bool inline_value = false;
            if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
                name = a.substr(0, eq);
                value = a.substr(eq + 1);
                inline_value = true;
            }
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                return "unknown option " + name;
            if (!inline_value) {
                if (i + 1 >= argc) return "option " + name + " needs a value";
                value = argv[++i];
            }
            if (out.options.count(name)) return "option " + name + " given twice";
            out.options[name] = value;
        } else {
            out.positional.push_back(a);
        }
    }
    return std::nullopt;
}

std::optional<Lang> parseLang(const std::string& s) {
    if (s == "nl") return Lang::Nl;
    if (s == "en") return Lang::En;
    return std::nullopt;
}

}  // namespace air::cli
