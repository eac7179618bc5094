// The browser platform: WebGL2 context, input from web/platform.js (keys, text, IME, mouse,
// wheel, clipboard, resize, DPR), rendering only when something changed, persistence of the
// /data folder (the page tracker records changed blocks, web/store.js writes them to IndexedDB,
// the flush queue keeps one save at a time), the writer lock across tabs, and file
// download/upload. The only place with emscripten code (STYLE.md).
//
// [SECTION] platform state and PlatformApi implementation
// [SECTION] JS bridge (EM_JS): calls into web/platform.js
// [SECTION] exports: calls from web/platform.js into C++
// [SECTION] frame loop
// [SECTION] main
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"  // InputEventsQueue: ImGui takes queued input one step per frame
#include "io/register_json.hpp"
#include "platform/flush_queue.hpp"
#include "platform/gl_renderer.hpp"
#include "platform/page_vfs.hpp"
#include "platform/web_a11y.hpp"
#include "ui/heatmap.hpp"
#include "ui/i18n.hpp"
#include "ui/shell.hpp"
#include "ui/theme.hpp"

#ifdef AIR_TEST_HOOKS
#include "platform/web_test_hooks.hpp"
#endif

namespace {

// =====================================================================================
// [SECTION] JS bridge (EM_JS): calls into web/platform.js (window.AirPlatform)
// =====================================================================================
// clang-format off
EM_JS(void, js_start_flush, (), { AirPlatform.flush(); });
EM_JS(void, js_set_clipboard, (const char* text), { AirPlatform.setClipboard(UTF8ToString(text)); });
EM_JS(void, js_set_cursor, (const char* name), { AirPlatform.setCursor(UTF8ToString(name)); });
EM_JS(void, js_set_ime_pos, (float x, float y, int want), { AirPlatform.setImePos(x, y, want); });
EM_JS(int, js_read_only, (), { return AirPlatform.readOnly ? 1 : 0; });
EM_JS(void, js_take_over, (), { AirPlatform.takeOver(); });
EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int len), {
    AirPlatform.download(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(data, data + len));
});
EM_JS(void, js_pick_file, (int id, const char* accept), { AirPlatform.pickFile(id, UTF8ToString(accept)); });
EM_JS(void, js_set_lang, (const char* lang, const char* title), {
    document.documentElement.lang = UTF8ToString(lang);
    document.title = UTF8ToString(title);
});
EM_JS(void, js_ready, (), { AirPlatform.ready(); });
EM_JS(int, js_storage_persisted, (), { return AirPlatform.persisted ? 1 : 0; });
EM_JS(void, js_linked_open, (const char* reg), { AirLinked.open(UTF8ToString(reg)); });
EM_JS(void, js_linked_link, (int create, const char* name, const char* text, int len), {
    AirLinked.link(create !== 0, UTF8ToString(name), UTF8ToString(text, len));
});
EM_JS(void, js_linked_write, (const char* text, int len), { AirLinked.write(UTF8ToString(text, len)); });
EM_JS(void, js_linked_reconnect, (), { AirLinked.reconnect(); });
EM_JS(void, js_linked_unlink, (), { AirLinked.unlink(); });
EM_JS(char*, js_linked_state, (), {
    const s = AirLinked.state();
    const text = [s.supported ? 1 : 0, s.linked ? 1 : 0, s.permission === 'granted' ? 0 : 1, s.name, s.error].join('\n');
    const n = lengthBytesUTF8(text) + 1;
    const p = _malloc(n);
    stringToUTF8(text, p, n);
    return p;
});
// clang-format on

// =====================================================================================
// [SECTION] platform state and PlatformApi implementation
// =====================================================================================
class WebPlatform final : public air::ui::PlatformApi {
public:
    air::platform::FlushQueue flushes;
    bool lockLost = false;
    bool commitEdits = false;  // the next frame deactivates the field being edited (it commits)
    int framesWanted = 2;
    bool loopRunning = false;
    std::map<int, std::function<void(std::string, std::string)>> pickers;
    int nextPicker = 1;

    air::ui::SaveState saveState() const override {
        switch (flushes.state()) {
        case air::platform::FlushQueue::State::Saving: return air::ui::SaveState::Saving;
        case air::platform::FlushQueue::State::Failed: return air::ui::SaveState::Failed;
        default: return air::ui::SaveState::Saved;
        }
    }
    std::string saveError() const override { return flushes.error(); }
    bool readOnly() const override { return js_read_only() != 0; }
    void takeOver() override { js_take_over(); }
    std::string storageWarning() const override {
        return lockLost ? air::ui::tr("shell.taken_over") : std::string();
    }
    bool storagePersistent() const override { return js_storage_persisted() != 0; }
    void requestFlush() override {
        if (readOnly()) return;  // a read-only tab never writes IndexedDB
        if (flushes.request()) js_start_flush();
        requestFrame();
    }
    void download(const std::string& name, const std::string& mime, const std::string& bytes) override {
        js_download(name.c_str(), mime.c_str(), bytes.data(), int(bytes.size()));
    }
    void pickFile(const std::string& accept, std::function<void(std::string, std::string)> done) override {
        const int id = nextPicker++;
        pickers[id] = std::move(done);
        js_pick_file(id, accept.c_str());
    }
    void setDropHandler(std::function<void(std::string, std::string)> fn) override { dropHandler = std::move(fn); }
    std::function<void(std::string, std::string)> dropHandler;
    void requestFrame() override;
    void wakeAfter(double seconds) override;
    double now() const override { return emscripten_get_now() / 1000.0; }
    void setDocumentLanguage(std::string_view lang) override {
        js_set_lang(std::string(lang).c_str(), air::ui::tr("app.title"));
    }
    // ---- linked file: web/linked.js --------------------------------------------------------
    LinkedFile linked;  // refreshed on every event from linked.js
    std::function<void(std::string, std::string)> linkedHandler;
    void refreshLinked() {
        char* raw = js_linked_state();
        std::string text = raw ? raw : "";
        std::free(raw);
        std::string parts[5];
        std::size_t i = 0, start = 0;
        for (std::size_t k = 0; k <= text.size() && i < 5; ++k)
            if (k == text.size() || text[k] == '\n') parts[i++] = text.substr(start, k - start), start = k + 1;
        linked.supported = parts[0] == "1";
        linked.linked = parts[1] == "1";
        linked.needsPermission = linked.linked && parts[2] == "1";
        linked.name = parts[3];
        linked.error = parts[4];
    }
    LinkedFile linkedFile() const override { return linked; }
    void openLinks(const std::string& registerFile) override { js_linked_open(registerFile.c_str()); }
    void linkFile(bool create, const std::string& name, const std::string& text) override {
        js_linked_link(create ? 1 : 0, name.c_str(), text.data(), int(text.size()));
    }
    void writeLinkedFile(const std::string& text) override { js_linked_write(text.data(), int(text.size())); }
    void reconnectLinkedFile() override { js_linked_reconnect(); }
    void unlinkFile() override { js_linked_unlink(); }
    void setLinkedHandler(std::function<void(std::string, std::string)> fn) override { linkedHandler = std::move(fn); }

    // The dashboard heat map's WebGL2 renderer (src/platform/web_gpu.cpp), made on first use.
    std::unique_ptr<air::ui::GpuHeatmap> heatmap;
    air::ui::GpuHeatmap* gpuHeatmap() override {
        if (!heatmap) heatmap = air::platform::makeGlHeatmap();
        return heatmap.get();
    }
};

struct App {
    WebPlatform platform;
    std::unique_ptr<air::ui::Shell> shell;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    air::platform::GlRenderer renderer;  // ours: sets its GL state, never queries it
    float cssW = 800, cssH = 600, dpr = 1;
    float fontDpr = 0;  // DPR the font atlas was built for
    double lastTime = 0;
    std::string clipboard;
    ImGuiMouseCursor lastCursor = ImGuiMouseCursor_COUNT;
};
App* g_app = nullptr;

EM_BOOL frameCallback(double, void*);

void WebPlatform::requestFrame() {
    framesWanted = std::max(framesWanted, 3);
    if (!loopRunning) {
        loopRunning = true;
        emscripten_request_animation_frame_loop(frameCallback, nullptr);
    }
}

void wakeTimer(void*) {
    if (g_app) g_app->platform.requestFrame();
}
void WebPlatform::wakeAfter(double seconds) { emscripten_async_call(wakeTimer, nullptr, int(seconds * 1000.0)); }

const char* clipboardGet(void*) { return g_app->clipboard.c_str(); }
void clipboardSet(void*, const char* text) {
    g_app->clipboard = text;
    js_set_clipboard(text);
}
void imeSet(ImGuiViewport*, ImGuiPlatformImeData* d) {
    js_set_ime_pos(d->InputPos.x, d->InputPos.y + d->InputLineHeight, d->WantVisible ? 1 : 0);
}

// KeyboardEvent.code → ImGuiKey (layout-independent keys) and .key for letters (layout-aware
// shortcuts such as Ctrl+Z on AZERTY).
ImGuiKey mapKey(const std::string& code, const std::string& key) {
    if (key.size() == 1) {
        const char c = key[0];
        if (c >= 'a' && c <= 'z') return ImGuiKey(ImGuiKey_A + (c - 'a'));
        if (c >= 'A' && c <= 'Z') return ImGuiKey(ImGuiKey_A + (c - 'A'));
    }
    static const std::map<std::string, ImGuiKey> kCodes = {
        {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
        {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
        {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
        {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
        {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
        {"Escape", ImGuiKey_Escape}, {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
        {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt},
        {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
        {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2}, {"F3", ImGuiKey_F3}, {"F4", ImGuiKey_F4}, {"F5", ImGuiKey_F5},
        {"F6", ImGuiKey_F6}, {"F7", ImGuiKey_F7}, {"F8", ImGuiKey_F8}, {"F9", ImGuiKey_F9}, {"F10", ImGuiKey_F10},
        {"F11", ImGuiKey_F11}, {"F12", ImGuiKey_F12},
    };
    auto it = kCodes.find(code);
    if (it != kCodes.end()) return it->second;
    if (code.size() == 4 && code.rfind("Key", 0) == 0) return ImGuiKey(ImGuiKey_A + (code[3] - 'A'));
    if (code.size() == 6 && code.rfind("Digit", 0) == 0) return ImGuiKey(ImGuiKey_0 + (code[5] - '0'));
    return ImGuiKey_None;
}

void rebuildFontsIfNeeded() {
    if (g_app->fontDpr == g_app->dpr) return;
    g_app->fontDpr = g_app->dpr;
    air::ui::loadFonts("/fonts", g_app->dpr);
    g_app->renderer.uploadFonts();
}

// =====================================================================================
// [SECTION] frame loop
// =====================================================================================
void renderFrame() {
    App& a = *g_app;
#ifdef AIR_TEST_HOOKS
    const double frameStart = emscripten_get_now();
#endif
    rebuildFontsIfNeeded();
    ImGuiIO& io = ImGui::GetIO();
    const double t = emscripten_get_now() / 1000.0;
    io.DeltaTime = a.lastTime > 0 ? float(std::clamp(t - a.lastTime, 1e-4, 0.5)) : 1.0f / 60.0f;
    a.lastTime = t;
    io.DisplaySize = ImVec2(a.cssW, a.cssH);
    io.DisplayFramebufferScale = ImVec2(a.dpr, a.dpr);

    ImGui::NewFrame();
    if (a.platform.commitEdits) {
        // The field being edited loses its activation in this frame: it reports
        // IsItemDeactivatedAfterEdit, and the view commits the text through AppModel.
        a.platform.commitEdits = false;
        ImGui::ClearActiveID();
    }
    a.shell->frame();
    air::platform::a11yFrame();  // the accessibility mirror (web/a11y.js)
#ifdef AIR_TEST_HOOKS
    air::platform::testHooksFrame(*a.shell);
#endif
    ImGui::Render();
#ifdef AIR_TEST_HOOKS
    const double uiDone = emscripten_get_now();
#endif

    const ImGuiMouseCursor cur = ImGui::GetMouseCursor();
    if (cur != a.lastCursor) {
        a.lastCursor = cur;
        js_set_cursor(cur == ImGuiMouseCursor_TextInput ? "text"
                      : cur == ImGuiMouseCursor_Hand    ? "pointer"
                      : cur == ImGuiMouseCursor_ResizeEW ? "ew-resize"
                      : cur == ImGuiMouseCursor_ResizeNS ? "ns-resize"
                      : cur == ImGuiMouseCursor_NotAllowed ? "not-allowed"
                                                           : "default");
    }
    const int fbW = int(std::lround(a.cssW * a.dpr)), fbH = int(std::lround(a.cssH * a.dpr));
    glViewport(0, 0, fbW, fbH);
    glDisable(GL_SCISSOR_TEST);  // the renderer leaves it on; glClear honours it
    const ImU32 bg = air::ui::color::background();
    glClearColor(float(bg & 0xFF) / 255.f, float((bg >> 8) & 0xFF) / 255.f, float((bg >> 16) & 0xFF) / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    a.renderer.render(ImGui::GetDrawData(), fbW, fbH);
#ifdef AIR_TEST_HOOKS
    air::platform::testHooksFrameTime(uiDone - frameStart, emscripten_get_now() - frameStart);
#endif
}

// Renders while frames are wanted, then stops the loop: an idle tab renders nothing.
EM_BOOL frameCallback(double, void*) {
    WebPlatform& p = g_app->platform;
    if (p.framesWanted <= 0) {
        p.loopRunning = false;
        return EM_FALSE;
    }
    --p.framesWanted;
    renderFrame();
    // Dear ImGui applies queued key/text events about one per frame: keep rendering until the
    // queue is empty, so fast typing never waits for the next event. A focus or activation
    // request (SetKeyboardFocusHere, a field opened by a click) settles a frame or two later;
    // keep rendering until it has, or the first key typed into that field would be dropped
    // (Dear ImGui ignores characters in the frame a field is activated by navigation).
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool settling = g.NavMoveSubmitted || g.NavMoveScoringItems || g.NavNextActivateId != 0 ||
                          g.NavActivateId != 0 || g.ActiveIdIsJustActivated;
    if (g.InputEventsQueue.Size > 0 || settling) p.framesWanted = std::max(p.framesWanted, 2);
    return EM_TRUE;
}

}  // namespace

// =====================================================================================
// [SECTION] exports: calls from web/platform.js into C++
// =====================================================================================
extern "C" {

EMSCRIPTEN_KEEPALIVE void air_resize(float cssW, float cssH, float dpr) {
    g_app->cssW = cssW;
    g_app->cssH = cssH;
    g_app->dpr = dpr > 0 ? dpr : 1;
    g_app->platform.requestFrame();
}
// CSS pixels at the canvas's bottom covered by an on-screen keyboard (web/platform.js).
EMSCRIPTEN_KEEPALIVE void air_keyboard_inset(float px) {
    g_app->shell->setKeyboardInset(px);
    g_app->platform.requestFrame();
}
EMSCRIPTEN_KEEPALIVE void air_mouse_move(float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    g_app->platform.requestFrame();
    g_app->platform.wakeAfter(0.65);  // hover tooltips appear after a delay
}
EMSCRIPTEN_KEEPALIVE void air_mouse_button(int button, int down) {
    if (down) air::ui::requestTouchSizes(false);  // a mouse press: the compact sizes again
    // A press that arrives with the pointer just moved (a tap, a quick click, a click right
    // after the page had no pointer): run one frame with the pointer there first. Items that
    // may overlap others (tabs, for one) only take hover seen in the previous frame, so a press
    // in the very frame the pointer arrived would be lost.
    auto moveQueued = [] {
        for (const ImGuiInputEvent& e : ImGui::GetCurrentContext()->InputEventsQueue)
            if (e.Type == ImGuiInputEventType_MousePos) return true;
        return false;
    };
    for (int i = 0; down && i < 3 && moveQueued(); ++i) renderFrame();  // a queued release may come first
    const int b = button == 2 ? 1 : button == 1 ? 2 : button;
    if (b >= 0 && b < ImGuiMouseButton_COUNT) ImGui::GetIO().AddMouseButtonEvent(b, down != 0);
    g_app->platform.requestFrame();
}
// A touch (pointerType "touch"): 0 down, 1 move, 2 up, in CSS pixels. The shell turns it into a
// scroll, a tap or a long press (ui/touch_scroll.hpp).
EMSCRIPTEN_KEEPALIVE void air_touch(int phase, float x, float y) {
    g_app->shell->touch(phase, x, y);
    g_app->platform.requestFrame();
}
EMSCRIPTEN_KEEPALIVE void air_wheel(float dx, float dy) {
    ImGui::GetIO().AddMouseWheelEvent(-dx, -dy);
    g_app->platform.requestFrame();
}
// A key that only types text into the field being edited (a printable character, Shift or
// AltGr/Alt without Ctrl or Cmd): its text arrives through air_text. Passing the key on as well
// would make Dear ImGui apply each typed character in a frame of its own (it does not mix key
// changes and text in one frame), so a burst of typing would lag behind by a frame a character.
bool onlyTypesText(const ImGuiIO& io, const char* code, const char* key, int mods) {
    if (!io.WantTextInput || (mods & (1 | 8)) != 0) return false;
    const std::string_view c = code ? code : "", k = key ? key : "";
    if (c.rfind("Shift", 0) == 0 || c.rfind("Alt", 0) == 0) return true;
    int points = 0;
    for (const char ch : k) points += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return points == 1 && static_cast<unsigned char>(k[0]) >= 0x20 && k[0] != 0x7F;
}
EMSCRIPTEN_KEEPALIVE void air_key(const char* code, const char* key, int down, int mods) {
    ImGuiIO& io = ImGui::GetIO();
    // Its release still passes without the modifiers: one for a key Dear ImGui saw pressed
    // must reach it, and one for a key it never saw is dropped by its duplicate filter.
    if (onlyTypesText(io, code, key, mods)) {
        const ImGuiKey k = mapKey(code, key);
        if (!down && k != ImGuiKey_None) io.AddKeyEvent(k, false);
        g_app->platform.requestFrame();
        return;
    }
    io.AddKeyEvent(ImGuiMod_Ctrl, (mods & 1) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (mods & 2) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (mods & 4) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (mods & 8) != 0);
    const ImGuiKey k = mapKey(code, key);
    if (k != ImGuiKey_None) io.AddKeyEvent(k, down != 0);
    g_app->platform.requestFrame();
}
EMSCRIPTEN_KEEPALIVE void air_text(const char* utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(utf8);
    g_app->platform.requestFrame();
}
// Text pasted from another application: becomes ImGui's clipboard, then Ctrl+V.
EMSCRIPTEN_KEEPALIVE void air_paste(const char* utf8) {
    g_app->clipboard = utf8;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    renderFrame();
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    g_app->platform.requestFrame();
}
// Runs one frame now (so that Ctrl+C/Ctrl+X set the clipboard inside the copy event).
EMSCRIPTEN_KEEPALIVE const char* air_render_now() {
    renderFrame();
    return g_app->clipboard.c_str();
}
EMSCRIPTEN_KEEPALIVE void air_focus(int focused) {
    ImGui::GetIO().AddFocusEvent(focused != 0);
    g_app->platform.requestFrame();
}
EMSCRIPTEN_KEEPALIVE void air_flush_done(int ok, const char* error) {
    if (g_app->platform.flushes.finished(ok != 0, error ? error : "")) js_start_flush();
    g_app->platform.requestFrame();
}
// Anything that a closing tab would lose: a save running or failed, or text typed into a field
// that is not committed yet.
EMSCRIPTEN_KEEPALIVE int air_unsaved() {
    if (!g_app) return 0;
    if (g_app->platform.flushes.state() != air::platform::FlushQueue::State::Saved) return 1;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId && g.ActiveIdHasBeenEditedBefore ? 1 : 0;
}
// Commits the field being edited now (the tab is hidden or closing, or lost focus).
EMSCRIPTEN_KEEPALIVE void air_commit_edits() {
    if (!g_app || ImGui::GetCurrentContext()->ActiveId == 0) return;
    g_app->platform.commitEdits = true;
    renderFrame();
    renderFrame();  // the view sees the deactivation one frame after it happened at the latest
    g_app->platform.requestFrame();
}
// An event of the linked file (web/linked.js): kind and text (see PlatformApi::setLinkedHandler).
EMSCRIPTEN_KEEPALIVE void air_linked_event(const char* kind, const char* text) {
    if (!g_app) return;
    g_app->platform.refreshLinked();
    if (g_app->platform.linkedHandler) g_app->platform.linkedHandler(kind ? kind : "", text ? text : "");
    g_app->platform.requestFrame();
}
// What the page tracker recorded since the last save, as JSON for web/store.js.
EMSCRIPTEN_KEEPALIVE const char* air_take_changes() {
    static std::string out;
    out = air::platform::changesToJson(air::platform::takeChanges());
    return out.c_str();
}
// The largest file the page reads (the register file limit); checked before any copy.
EMSCRIPTEN_KEEPALIVE double air_max_file_bytes() { return double(air::io::kMaxRegisterBytes); }
// A chosen or dropped file that was not read: 0 too large, 1 no memory for it, 2 unreadable.
EMSCRIPTEN_KEEPALIVE void air_file_refused(int id, const char* name, double size, int kind) {
    g_app->platform.pickers.erase(id);
    const std::string file = name ? name : "";
    std::string text;
    if (kind == 0) {
        const air::Status s = air::io::checkRegisterSize(std::uintmax_t(size));
        text = file + ": " + (s ? std::string() : s.error().text(air::ui::lang()));
    } else {
        text = air::ui::trf(kind == 1 ? "shell.file_no_memory" : "shell.file_unreadable", file);
    }
    g_app->shell->context().toast(text, true);
    g_app->platform.requestFrame();
}
EMSCRIPTEN_KEEPALIVE void air_request_flush() { g_app->platform.requestFlush(); }
EMSCRIPTEN_KEEPALIVE void air_lock_lost() {
    g_app->platform.lockLost = true;
    g_app->platform.requestFrame();
}
// The writer tab saved: a read-only tab reads the settings and the register again.
EMSCRIPTEN_KEEPALIVE void air_external_change() {
    if (!g_app || !g_app->platform.readOnly()) return;
    g_app->shell->context().check(g_app->shell->workspace().reload());
    g_app->platform.requestFrame();
}
EMSCRIPTEN_KEEPALIVE void air_file_picked(int id, const char* name, const char* data, int len) {
    auto& pickers = g_app->platform.pickers;
    if (id == 0) {  // dropped on the page
        if (g_app->platform.dropHandler) g_app->platform.dropHandler(name, std::string(data, std::size_t(len)));
        g_app->platform.requestFrame();
        return;
    }
    auto it = pickers.find(id);
    if (it == pickers.end()) return;
    auto done = std::move(it->second);
    pickers.erase(it);
    done(name, std::string(data, std::size_t(len)));
    g_app->platform.requestFrame();
}

}  // extern "C"

// =====================================================================================
// [SECTION] main
// =====================================================================================
int main() {
    g_app = new App();
    App& a = *g_app;

    EmscriptenWebGLContextAttributes attr;
    emscripten_webgl_init_context_attributes(&attr);
    attr.majorVersion = 2;
    attr.minorVersion = 0;
    attr.alpha = EM_FALSE;
    attr.antialias = EM_FALSE;
    attr.depth = EM_FALSE;
    attr.stencil = EM_FALSE;
    attr.premultipliedAlpha = EM_FALSE;
    // WebGL2's core is all the renderer and the heat map use: no extension is asked for (each
    // one is a synchronous call to the GPU process at startup).
    attr.enableExtensionsByDefault = EM_FALSE;
    a.gl = emscripten_webgl_create_context("#canvas", &attr);
    if (a.gl <= 0) {
        EM_ASM({ AirPlatform.fatal("webgl"); });
        return 1;
    }
    emscripten_webgl_make_context_current(a.gl);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout lives in the register database, not in a file
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // no timer-driven redraws while idle
    io.BackendPlatformName = "air_web";
    io.SetClipboardTextFn = clipboardSet;
    io.GetClipboardTextFn = clipboardGet;
    io.SetPlatformImeDataFn = imeSet;
    io.ConfigMacOSXBehaviors = EM_ASM_INT({ return /Mac|iPhone|iPad/.test(navigator.platform) ? 1 : 0; }) != 0;

    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    a.cssW = float(w);
    a.cssH = float(h);
    a.dpr = float(emscripten_get_device_pixel_ratio());

    air::ui::applyTheme(false);
    if (!a.renderer.init()) {
        std::fprintf(stderr, "renderer: %s\n", a.renderer.error().c_str());
        EM_ASM({ AirPlatform.fatal("webgl"); });
        return 1;
    }
    rebuildFontsIfNeeded();

    // Every database SQLite opens goes through the page tracker, so that a save writes only
    // the blocks a commit changed (web/store.js).
    air::platform::installPageTracker();
    a.shell = std::make_unique<air::ui::Shell>(a.platform, "/data");
    a.shell->start();
    js_ready();
    a.platform.requestFrame();
    return 0;
}
