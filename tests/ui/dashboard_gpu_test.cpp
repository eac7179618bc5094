// The dashboard with a platform that offers a GPU heat map: its texture is shown and read
// back for the PNG; a shader that fails to compile is reported once (toast) and the CPU twin
// takes over.
#include <catch_amalgamated.hpp>

#include <cstring>
#include <string>

#include "compliance_fixture.hpp"
#include "ui/dashboard_data.hpp"
#include "ui/heatmap.hpp"

using namespace air;

namespace {

// A GpuHeatmap double: either "draws" a texture whose pixels are all one colour, or fails
// like a shader that does not compile.
class FakeGpu final : public ui::GpuHeatmap {
public:
    bool fail = false;
    int renders = 0, reads = 0;
    int w = 0, h = 0;
    ImTextureID render(const std::vector<float>&, int, int, int pxW, int pxH) override {
        ++renders;
        if (fail) return ImTextureID{};
        w = pxW, h = pxH;
        return reinterpret_cast<ImTextureID>(static_cast<intptr_t>(42));
    }
    bool readPixels(std::vector<unsigned char>& rgba, int& ow, int& oh) override {
        ++reads;
        if (fail || w == 0) return false;
        rgba.assign(std::size_t(w) * std::size_t(h) * 4, 0);
        for (std::size_t i = 0; i < rgba.size(); i += 4) rgba[i] = 255, rgba[i + 3] = 255;  // red
        ow = w, oh = h;
        return true;
    }
    std::string error() const override { return fail ? "heatmap.frag.glsl: ERROR: 0:12: syntax error" : ""; }
};

class GpuPlatform final : public ui::PlatformApi {
public:
    FakeGpu gpu;
    std::vector<std::string> downloads;
    ui::SaveState saveState() const override { return ui::SaveState::Saved; }
    std::string saveError() const override { return {}; }
    bool readOnly() const override { return false; }
    void takeOver() override {}
    std::string storageWarning() const override { return {}; }
    void requestFlush() override {}
    void download(const std::string&, const std::string&, const std::string& b) override { downloads.push_back(b); }
    void pickFile(const std::string&, std::function<void(std::string, std::string)>) override {}
    void setDropHandler(std::function<void(std::string, std::string)>) override {}
    void requestFrame() override {}
    void wakeAfter(double) override {}
    double now() const override { return 10.0; }
    void setDocumentLanguage(std::string_view) override {}
    ui::GpuHeatmap* gpuHeatmap() override { return &gpu; }
};

struct Fixture {
    test::LangGuard en{Lang::En};
    test::Ui ui;
    app::AppModel model;
    GpuPlatform platform;
    ui::UiContext ctx;
    std::unique_ptr<ui::View> view = ui::makeDashboardView();
    Fixture() {
        REQUIRE(model.open(":memory:").ok());
        auto reg = io::parseRegister(embedded::get("example_register.json"));
        REQUIRE(reg.ok());
        REQUIRE(model.importRegister(reg.value(), app::ImportMode::Replace).ok());
        ctx.model = &model;
        ctx.platform = &platform;
        ctx.page = ui::Page::Dashboard;
    }
    std::function<void()> draw() {
        return [this] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("dash", nullptr, ImGuiWindowFlags_NoDecoration);
            view->draw(ctx);
            ImGui::End();
        };
    }
};

unsigned be32(const std::string& b, std::size_t at) {
    return (unsigned(static_cast<unsigned char>(b[at])) << 24) | (unsigned(static_cast<unsigned char>(b[at + 1])) << 16) |
           (unsigned(static_cast<unsigned char>(b[at + 2])) << 8) | unsigned(static_cast<unsigned char>(b[at + 3]));
}

}  // namespace

TEST_CASE("dashboard: the GPU heat map's texture is shown and read back for the PNG", "[ui][dashboard][heatmap]") {
    Fixture f;
    f.ui.frames(3, f.draw());
    CHECK(f.platform.gpu.renders >= 3);
    CHECK(f.platform.gpu.w > 100);
    CHECK(f.platform.gpu.h > 100);
    CHECK(f.ctx.toasts.empty());
    REQUIRE(test::clickFull(f.ui, "##png_heatmap", f.draw()));
    REQUIRE(f.platform.downloads.size() == 1);
    CHECK(f.platform.gpu.reads == 1);
    const std::string& png = f.platform.downloads.front();
    REQUIRE(png.size() > 24);
    CHECK(std::memcmp(png.data(), "\x89PNG", 4) == 0);
    CHECK(be32(png, 16) > unsigned(f.platform.gpu.w));  // the picture plus labels around it
}

TEST_CASE("dashboard: a shader compile error is reported once and the CPU draws instead", "[ui][dashboard][heatmap]") {
    Fixture f;
    f.platform.gpu.fail = true;
    f.ui.frames(4, f.draw());
    int reported = 0;
    for (const auto& t : f.ctx.toasts)
        if (t.error && t.text.find("syntax error") != std::string::npos) ++reported;
    CHECK(reported == 1);
    // Saving still works, from the CPU twin.
    REQUIRE(test::clickFull(f.ui, "##png_heatmap", f.draw()));
    REQUIRE(f.platform.downloads.size() == 1);
    CHECK(std::memcmp(f.platform.downloads.front().data(), "\x89PNG", 4) == 0);
}
