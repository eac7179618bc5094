#include "ui/item_registry.hpp"

#include <cstdarg>
#include <unordered_map>

#include "imgui.h"
#include "imgui_internal.h"

namespace air::ui::items {
namespace {
std::unordered_map<ImGuiID, Item> g_current;
std::vector<Item> g_last;
unsigned g_frame = 0;

std::string_view visible(std::string_view label) {
    const auto p = label.find("##");
    return p == std::string_view::npos ? label : label.substr(0, p);
}
}  // namespace

void enable(bool on) {
    if (ImGuiContext* g = ImGui::GetCurrentContext()) g->TestEngineHookItems = on;
}
bool enabled() {
    ImGuiContext* g = ImGui::GetCurrentContext();
    return g && g->TestEngineHookItems;
}

std::vector<Item> lastFrame() { return g_last; }

std::optional<Item> find(std::string_view text) {
    for (const Item& it : g_last)
        if (!it.label.empty() && visible(it.label).find(text) != std::string_view::npos) return it;
    return std::nullopt;
}

void frameDone() {
    g_last.clear();
    for (auto& [id, it] : g_current)
        if (!it.label.empty()) g_last.push_back(it);
    g_current.clear();
    ++g_frame;
}

}  // namespace air::ui::items

// ---- Dear ImGui test-engine hooks ---------------------------------------------------------
using air::ui::items::Item;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    Item& it = air::ui::items::g_current[id];
    it.id = id;
    it.x0 = bb.Min.x, it.y0 = bb.Min.y, it.x1 = bb.Max.x, it.y1 = bb.Max.y;
    it.frame = air::ui::items::g_frame;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    auto f = air::ui::items::g_current.find(id);
    if (f != air::ui::items::g_current.end() && label) f->second.label = label;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
