#include "platform/web_a11y.hpp"

#include <emscripten.h>

#include "ui/a11y_mirror.hpp"
#include "ui/item_registry.hpp"

namespace {
air::ui::a11y::Mirror g_mirror;
double g_ms = 0;     // time spent in a11yFrame (test build: the benchmark reads it)
long g_updates = 0;  // mirror texts handed to web/a11y.js
bool g_hooksOff = false;  // test build: the benchmark measures frames without the hooks

// clang-format off
// Only that the text changed: web/a11y.js reads it (air_a11y_text) when it reconciles, which
// while scrolling is one frame in several (converting every frame's text cost ~0.15 ms a frame).
EM_JS(void, js_a11y_changed, (int headChanged), {
    if (window.AirA11y) AirA11y.changed(headChanged !== 0);
});
// clang-format on
}  // namespace

namespace air::platform {
void a11yFrame() {
    const double t0 = emscripten_get_now();
    if (!g_hooksOff && !ui::items::enabled()) ui::items::enable(true);
    ui::items::frameDone();
    if (ui::a11y::keepNavOnScreen()) EM_ASM({ Module._air_mouse_move(-3.4e38, -3.4e38); });  // a frame to apply it in
    if (g_mirror.update()) {
        ++g_updates;
        js_a11y_changed(g_mirror.headChanged() ? 1 : 0);
    }
    g_ms += emscripten_get_now() - t0;
}
}  // namespace air::platform

extern "C" {
#ifdef AIR_TEST_HOOKS
// Summed time of the mirror's per-frame work in the wasm (ms), and how many texts it handed on.
EMSCRIPTEN_KEEPALIVE double air_test_a11y_ms() { return g_ms; }
EMSCRIPTEN_KEEPALIVE long air_test_a11y_updates() { return g_updates; }
// Turns the item hooks off (benchmark: the UI's time without the mirror) or on again.
EMSCRIPTEN_KEEPALIVE void air_test_a11y_hooks(int on) {
    g_hooksOff = on == 0;
    air::ui::items::enable(on != 0);
}
#endif
// The mirror's newest text (valid until the next frame that changes it) and its length.
EMSCRIPTEN_KEEPALIVE const char* air_a11y_text() { return g_mirror.text().c_str(); }
EMSCRIPTEN_KEEPALIVE int air_a11y_text_len() { return int(g_mirror.text().size()); }
// Assistive technology moved the focus to the mirror element of `id` (web/a11y.js).
EMSCRIPTEN_KEEPALIVE void air_a11y_focus(double id) {
    air::ui::a11y::focus(unsigned(id));
    EM_ASM({ Module._air_mouse_move(-3.4e38, -3.4e38); });  // hover off: the focus ring shows
}
// ... or activated it (a screen reader's click, Enter or Space on it).
EMSCRIPTEN_KEEPALIVE void air_a11y_activate(double id) {
    air::ui::a11y::activate(unsigned(id));
    EM_ASM({ Module._air_mouse_move(-3.4e38, -3.4e38); });  // and a frame to apply it in
}
}
