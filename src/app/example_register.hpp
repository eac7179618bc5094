// The example register (assets/example_register.json, embedded at build time): merged into
// the open register from the register page's empty state, or loaded as a register of its own
// from the settings page.
#pragma once

#include <string>

#include "app/app_model.hpp"
#include "core/model.hpp"
#include "core/result.hpp"

namespace air::app {

inline constexpr const char* kExampleName = "Voorbeeld Retail B.V.";

// True when this build carries the example register (the page words its absence).
bool hasExampleRegister();

// The example register, read from the embedded file; the reader's error when it cannot be read.
Result<Register> exampleRegister();

// Creates a new register named after the example organisation (uniqueRegisterName) and fills
// it with the example register (one import; its organisation when the import leaves none);
// returns its file name. The open register is not touched; a register that could not be
// filled is removed again. (Workspace::createExample calls it and saves.)
Result<std::string> createExampleRegister(RegisterLibrary& library);

}  // namespace air::app
