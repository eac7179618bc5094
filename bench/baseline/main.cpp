// ./bench.sh's baseline: a bare Dear ImGui page with the stock OpenGL3 backend (what a plain
// Dear ImGui + WebGL2 page costs on this machine), built with the register's compiler flags.
// It draws one window with a 10,000-row table through ImGuiListClipper, takes the mouse
// wheel and renders every animation frame, as a typical Dear ImGui page does.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include "backends/imgui_impl_opengl3.h"
#include "imgui.h"

namespace {

EMSCRIPTEN_WEBGL_CONTEXT_HANDLE g_gl = 0;

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    ImGui::GetIO().AddMouseWheelEvent(0.0f, float(-e->deltaY) / 100.0f);
    return EM_TRUE;
}
EM_BOOL onMove(int, const EmscriptenMouseEvent* e, void*) {
    ImGui::GetIO().AddMousePosEvent(float(e->targetX), float(e->targetY));
    return EM_TRUE;
}

EM_BOOL frame(double, void*) {
    double w = 0, h = 0;
    emscripten_get_element_css_size("#canvas", &w, &h);
    const double dpr = emscripten_get_device_pixel_ratio();
    emscripten_set_canvas_element_size("#canvas", int(w * dpr), int(h * dpr));
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(w), float(h));
    io.DisplayFramebufferScale = ImVec2(float(dpr), float(dpr));
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("Baseline", nullptr, ImGuiWindowFlags_NoDecoration);
    static char filter[64] = "";
    ImGui::InputText("Filter", filter, sizeof filter);
    if (ImGui::BeginTable("rows", 4, ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders)) {
        ImGuiListClipper clip;
        clip.Begin(10000);
        while (clip.Step())
            for (int r = clip.DisplayStart; r < clip.DisplayEnd; ++r) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::Text("Activity %d", r + 1);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted("Marketing");
                ImGui::TableNextColumn();
                ImGui::TextUnformatted("Limited risk");
                ImGui::TableNextColumn();
                ImGui::Text("%d-12-2026", 1 + r % 28);
            }
        ImGui::EndTable();
    }
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, int(w * dpr), int(h * dpr));
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return EM_TRUE;
}

}  // namespace

int main() {
    EmscriptenWebGLContextAttributes attr;
    emscripten_webgl_init_context_attributes(&attr);
    attr.majorVersion = 2;
    attr.alpha = EM_FALSE;
    attr.antialias = EM_FALSE;
    attr.depth = EM_FALSE;
    g_gl = emscripten_webgl_create_context("#canvas", &attr);
    if (g_gl <= 0) return 1;
    emscripten_webgl_make_context_current(g_gl);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_wheel_callback("#canvas", nullptr, EM_TRUE, onWheel);
    emscripten_set_mousemove_callback("#canvas", nullptr, EM_TRUE, onMove);
    emscripten_request_animation_frame_loop(frame, nullptr);
    return 0;
}
