#include "harness.hpp"

#include <catch_amalgamated.hpp>

#include <random>

#include "ui/theme.hpp"

namespace air::test {

Ui::Ui(float width, float height) {
    m_ctx = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_ctx);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::applyTheme(false);
    ui::loadFonts(AIR_SOURCE_DIR "/third_party/fonts", 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the atlas; nothing is uploaded
    ui::items::enable(true);
}

Ui::~Ui() { ImGui::DestroyContext(m_ctx); }

void Ui::frame(const std::function<void()>& draw) {
    ImGui::SetCurrentContext(m_ctx);
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    draw();
    ui::items::frameDone();
    ImGui::Render();
}

void Ui::frames(int n, const std::function<void()>& draw) {
    for (int i = 0; i < n; ++i) frame(draw);
}

std::optional<ui::items::Item> Ui::find(std::string_view label) const { return ui::items::find(label); }

bool Ui::click(std::string_view label, const std::function<void()>& draw) {
    auto it = find(label);
    if (!it) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent((it->x0 + it->x1) * 0.5f, (it->y0 + it->y1) * 0.5f);
    frame(draw);
    io.AddMouseButtonEvent(0, true);
    frame(draw);
    io.AddMouseButtonEvent(0, false);
    frames(2, draw);
    return true;
}

void Ui::type(std::string_view utf8, const std::function<void()>& draw) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(utf8).c_str());
    frames(2, draw);
}

void Ui::press(ImGuiKey key, const std::function<void()>& draw, ImGuiKeyChord mods) {
    ImGuiIO& io = ImGui::GetIO();
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    if (mods & ImGuiMod_Alt) io.AddKeyEvent(ImGuiMod_Alt, true);
    io.AddKeyEvent(key, true);
    frame(draw);
    io.AddKeyEvent(key, false);
    if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    if (mods & ImGuiMod_Alt) io.AddKeyEvent(ImGuiMod_Alt, false);
    frames(2, draw);
}

App::App() {
    std::random_device rd;
    dir = std::filesystem::temp_directory_path() / ("air-ui-" + std::to_string(rd()));
    std::filesystem::create_directories(dir);
    shell = std::make_unique<ui::Shell>(platform, dir.string());
    auto s = shell->start();
    REQUIRE(s.ok());
    frames(2);
}

App::~App() {
    shell.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

}  // namespace air::test
