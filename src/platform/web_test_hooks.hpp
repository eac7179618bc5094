// Test-only hooks of the browser build (compiled only when AIR_TEST_HOOKS is defined, i.e. in
// the `app_test` target that the browser tests load; the shipped page has none of this).
#pragma once

#ifdef AIR_TEST_HOOKS
#include "ui/shell.hpp"

namespace air::platform {
// Called once per frame after the UI was drawn: records item positions for the tests.
void testHooksFrame(ui::Shell& shell);
}  // namespace air::platform
#endif
