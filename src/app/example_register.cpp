// The embedded example register (see example_register.hpp).
#include "app/example_register.hpp"

#include "rules/rules.hpp"

#include "app/settings.hpp"
#include "core/embedded.hpp"
#include "io/register_json.hpp"

namespace air::app {

namespace {
constexpr const char* kExampleFile = "example_register.json";
}  // namespace

bool hasExampleRegister() { return !embedded::get(kExampleFile).empty(); }

Result<Register> exampleRegister() { return io::parseRegister(embedded::get(kExampleFile)); }

Result<std::string> createExampleRegister(RegisterLibrary& library) {
    if (!hasExampleRegister()) return Error{kExampleFile, ErrorCode::ExampleMissing};
    auto parsed = exampleRegister();
    if (!parsed.ok()) return parsed.error();
    // The example is written for the rules of this build: nothing to review on first open.
    if (parsed.value().rules_version.empty()) parsed.value().rules_version = std::string(rules::kRulesVersion);
    auto created = library.create(settings::uniqueRegisterName(library, kExampleName));
    if (!created.ok()) return created.error();
    const std::string file = created.value();
    {
        AppModel other;
        Status s = other.open(library.pathOf(file));
        if (s.ok()) s = other.importRegister(parsed.value(), ImportMode::Replace);
        if (s.ok() && other.organisation().empty() && !parsed.value().organisation.empty())
            s = other.setOrganisation(parsed.value().organisation);
        if (!s.ok()) {
            library.remove(file);
            return s.error();
        }
    }
    return file;
}

}  // namespace air::app
