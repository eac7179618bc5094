// Test-only hooks (see web_test_hooks.hpp): window.Module._air_test_* read the UI's item
// positions and the model's state, so that browser tests can click real widgets by label and
// check what the user would see. Absent from the shipped build.
#ifdef AIR_TEST_HOOKS
#include "platform/web_test_hooks.hpp"

#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "imgui_internal.h"  // the active text field (textActive)
#include "ui/i18n.hpp"
#include "ui/linked_file.hpp"
#include "ui/item_registry.hpp"

namespace {
air::ui::Shell* g_shell = nullptr;
std::string g_out;
long g_frames = 0;  // frames rendered since start (an idle page must not add any)
double g_frameMs = 0;  // their summed time in the wasm
double g_uiMs = 0;     // of which building the UI (up to ImGui::Render)
std::vector<std::pair<double, double>> g_samples;  // per frame (total, UI) since the last read
}  // namespace

namespace air::platform {
void testHooksFrame(ui::Shell& shell) {
    g_shell = &shell;
    ++g_frames;  // the item registry is filled by the accessibility mirror (web_a11y.cpp)
}
void testHooksFrameTime(double uiMs, double totalMs) {
    g_uiMs += uiMs;
    g_frameMs += totalMs;
    if (g_samples.size() < 100000) g_samples.emplace_back(totalMs, uiMs);
}
}  // namespace air::platform

extern "C" {
// All labelled items of the last frame: [{label, x0, y0, x1, y1}] in CSS pixels.
EMSCRIPTEN_KEEPALIVE const char* air_test_items() {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& it : air::ui::items::lastFrame())
        out.push_back({{"label", it.label}, {"x0", it.x0}, {"y0", it.y0}, {"x1", it.x1}, {"y1", it.y1}});
    g_out = out.dump();
    return g_out.c_str();
}
// Frames rendered since start: an idle page must not add any.
EMSCRIPTEN_KEEPALIVE long air_test_frames() { return g_frames; }
// Their summed time in the wasm, in ms (for the browser benchmark).
EMSCRIPTEN_KEEPALIVE double air_test_frame_ms() { return g_frameMs; }
EMSCRIPTEN_KEEPALIVE double air_test_ui_ms() { return g_uiMs; }
// Each frame's [total ms, UI ms] since the last call (for percentiles in ./bench.sh); clears them.
EMSCRIPTEN_KEEPALIVE const char* air_test_frame_samples() {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [total, ui] : g_samples) out.push_back({total, ui});
    g_samples.clear();
    g_out = out.dump();
    return g_out.c_str();
}
// Cheap polls for tests and the benchmark (air_test_state serialises every activity: at 10,000
// a poll every frame slowed down what it waited for): the number of activities, and the save
// state (1 saved, 0 saving, -1 failed).
EMSCRIPTEN_KEEPALIVE long air_test_count() { return g_shell ? long(g_shell->model().activities().size()) : -1; }
EMSCRIPTEN_KEEPALIVE int air_test_save_state() {
    if (!g_shell) return 0;
    const auto st = g_shell->context().platform->saveState();
    return st == air::ui::SaveState::Saved ? 1 : st == air::ui::SaveState::Failed ? -1 : 0;
}
// What the model holds: register name, activities (id, name, tier), the framework, page, read-only, language.
EMSCRIPTEN_KEEPALIVE const char* air_test_state() {
    nlohmann::json s;
    if (g_shell) {
        auto& m = g_shell->model();
        s["register"] = m.registerName();
        s["organisation"] = m.organisation();
        s["path"] = m.path();
        nlohmann::json acts = nlohmann::json::array();
        for (const auto& a : m.activities()) {
            const auto* as = m.assessment(a.id);
            acts.push_back({{"id", a.id}, {"name", a.name},
                            {"tier", as ? std::string(air::keyOf(as->tier)) : std::string()}});
        }
        s["activities"] = acts;
        nlohmann::json fw = nlohmann::json::array();
        for (const auto& f : m.framework())
            fw.push_back({{"id", f.id}, {"text", f.text}, {"status", std::string(air::keyOf(f.status))},
                          {"for", f.votes_for}});
        s["framework"] = fw;
        s["page"] = int(g_shell->context().page);
        s["selected"] = g_shell->context().selectedId;
        s["readOnly"] = !g_shell->context().canEdit();
        const int st = air_test_save_state();
        s["saveState"] = st == 1 ? "saved" : st == -1 ? "failed" : "saving";
        s["saveError"] = g_shell->context().platform->saveError();
        const auto lf = g_shell->context().platform->linkedFile();
        s["linked"] = {{"supported", lf.supported}, {"linked", lf.linked}, {"name", lf.name},
                       {"needsPermission", lf.needsPermission}, {"error", lf.error}};
        s["openConflicts"] = g_shell->context().linked ? g_shell->context().linked->openConflictCount() : 0;
        s["toasts"] = nlohmann::json::array();
        for (const auto& t : g_shell->context().toasts) s["toasts"].push_back({{"text", t.text}, {"error", t.error}});
        const ImGuiContext& g = *ImGui::GetCurrentContext();  // a text field is being edited
        s["textActive"] = g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
        s["lang"] = air::ui::lang() == air::Lang::Nl ? "nl" : "en";
        s["registers"] = nlohmann::json::array();
        for (const auto& r : g_shell->library().list()) s["registers"].push_back(r.name);
    }
    g_out = s.dump();
    return g_out.c_str();
}
}
#endif
