// Test-only hooks of the browser build (compiled only when AIR_TEST_HOOKS is defined, i.e. in
// the `app_test` target that the browser tests load; the shipped page has none of this).
#pragma once

#ifdef AIR_TEST_HOOKS
#include "ui/shell.hpp"

namespace air::platform {
// Called once per frame after the UI was drawn: records item positions for the tests.
void testHooksFrame(ui::Shell& shell);
// Adds one rendered frame's time in the wasm, in ms: building the UI (our code and Dear ImGui
// up to ImGui::Render) and the whole frame (with the WebGL draw calls).
void testHooksFrameTime(double uiMs, double totalMs);
}  // namespace air::platform
#endif
