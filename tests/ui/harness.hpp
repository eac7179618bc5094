// Headless view tests: an ImGui context with no backend (the font atlas is built, nothing is
// drawn), a fake platform, synthetic input, and widgets found by their label through the item
// registry (src/ui/item_registry.hpp). IM_ASSERT failures fail the test (tests/support).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "imgui.h"
#include "ui/item_registry.hpp"
#include "ui/platform_api.hpp"
#include "ui/shell.hpp"

namespace air::test {

class FakePlatform final : public ui::PlatformApi {
public:
    struct Download {
        std::string name, mime, bytes;
    };
    std::vector<Download> downloads;
    std::function<void(std::string, std::string)> pendingPick;  // the last pickFile callback
    std::string pickAccept;
    std::function<void(std::string, std::string)> drop;
    bool readOnlyFlag = false;
    int flushes = 0;
    int takeOvers = 0;
    double clock = 1000.0;

    ui::SaveState saveState() const override { return ui::SaveState::Saved; }
    std::string saveError() const override { return {}; }
    bool readOnly() const override { return readOnlyFlag; }
    void takeOver() override { ++takeOvers; }
    std::string storageWarning() const override { return {}; }
    void requestFlush() override { ++flushes; }
    void download(const std::string& n, const std::string& m, const std::string& b) override {
        downloads.push_back({n, m, b});
    }
    void pickFile(const std::string& accept, std::function<void(std::string, std::string)> done) override {
        pickAccept = accept;
        pendingPick = std::move(done);
    }
    void setDropHandler(std::function<void(std::string, std::string)> fn) override { drop = std::move(fn); }
    void requestFrame() override {}
    void wakeAfter(double) override {}
    double now() const override { return clock; }
    void setDocumentLanguage(std::string_view) override {}
};

// An ImGui context sized like a laptop window, ready for frames.
class Ui {
public:
    explicit Ui(float width = 1280, float height = 800);
    ~Ui();
    // Runs one frame with `draw` as its content (items are registered for find/click).
    void frame(const std::function<void()>& draw);
    // Runs `n` frames of the same content.
    void frames(int n, const std::function<void()>& draw);
    // Finds a widget of the last frame by a part of its visible label.
    std::optional<ui::items::Item> find(std::string_view label) const;
    // Moves the mouse to the widget and clicks it (a few frames); false when not found.
    bool click(std::string_view label, const std::function<void()>& draw);
    void type(std::string_view utf8, const std::function<void()>& draw);
    void press(ImGuiKey key, const std::function<void()>& draw, ImGuiKeyChord mods = 0);
    ImGuiContext* context() const { return m_ctx; }

private:
    ImGuiContext* m_ctx = nullptr;
};

// The whole application shell on a temporary data folder, driven headless.
class App {
public:
    App();
    ~App();
    void frame() { ui.frame([this] { shell->frame(); }); }
    void frames(int n) { ui.frames(n, [this] { shell->frame(); }); }
    bool click(std::string_view label) { return ui.click(label, [this] { shell->frame(); }); }
    void type(std::string_view text) { ui.type(text, [this] { shell->frame(); }); }
    void press(ImGuiKey k, ImGuiKeyChord mods = 0) { ui.press(k, [this] { shell->frame(); }, mods); }
    app::AppModel& model() { return shell->model(); }
    ui::UiContext& ctx() { return shell->context(); }

    std::filesystem::path dir;
    FakePlatform platform;
    Ui ui;
    std::unique_ptr<ui::Shell> shell;
};

}  // namespace air::test
