// The accessibility mirror's browser side (ui/a11y_mirror.hpp, web/a11y.js): after each frame's
// UI, the mirror's text goes to web/a11y.js when it changed; a11y.js calls back with focus and
// activation requests (air_a11y_focus, air_a11y_activate). An idle page renders no frames, so
// the mirror costs nothing then.
#pragma once

namespace air::platform {
// Call once per frame after the UI is built (before ImGui::Render).
void a11yFrame();
}  // namespace air::platform
