// Where every labelled ImGui item was drawn in the last frame, through Dear ImGui's test-engine
// hooks (IMGUI_ENABLE_TEST_ENGINE). Off by default (ImGui then skips the hooks entirely);
// headless view tests and the browser test build turn it on to find and click items by label.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace air::ui::items {

struct Item {
    unsigned id = 0;
    std::string label;  // as passed to ImGui, e.g. "Add activity##add" or "\xef\x81\xa7  New"
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    unsigned frame = 0;
};

void enable(bool on);  // needs a current ImGui context
bool enabled();
// Items seen in the most recent complete frame.
std::vector<Item> lastFrame();
// The first item of the last frame whose label contains `text` (the "##..." part excluded).
std::optional<Item> find(std::string_view text);
// Call after ImGui::EndFrame()/Render() so that lastFrame() sees this frame's items.
void frameDone();

}  // namespace air::ui::items
