// The item registry (ui/item_registry.hpp): Dear ImGui's test-engine hooks fill this frame's
// list; frameDone() keeps the visible ones as the last frame's.
//
// [SECTION] state and helpers
// [SECTION] public API
// [SECTION] annotations and requests
// [SECTION] Dear ImGui test-engine hooks
#include "ui/item_registry.hpp"

#include <cstdarg>
#include <cstring>
#include <unordered_map>

#include "imgui.h"
#include "imgui_internal.h"

namespace air::ui::items {
// =====================================================================================
// [SECTION] state and helpers
// =====================================================================================
namespace {
// Both frames' items live in vectors that are never shrunk: an Item's strings keep their
// storage from frame to frame (the hooks run for every item of every frame; no allocation
// once the page has been drawn). g_current[0, g_n) is this frame, g_last[0, g_lastN) the last.
std::vector<Item> g_current, g_last;
std::size_t g_n = 0, g_lastN = 0;
// id -> position in g_current: open addressing, cleared by bumping the frame stamp.
struct Slot {
    ImGuiID id;
    unsigned pos;
    unsigned stamp;
};
std::vector<Slot> g_slots(1024);
unsigned g_stamp = 1;
std::vector<Live> g_live, g_lastLive;
std::string g_nextName;
unsigned g_frame = 0;
unsigned g_row = 0;
ImGuiID g_focusRequest = 0;

std::string_view visible(std::string_view label) {
    const auto p = label.find("##");
    return p == std::string_view::npos ? label : label.substr(0, p);
}

Slot* slot(ImGuiID id) {
    const std::size_t mask = g_slots.size() - 1;
    for (std::size_t i = (id * 2654435761u) & mask;; i = (i + 1) & mask) {
        Slot& s = g_slots[i];
        if (s.stamp != g_stamp || s.id == id) return &s;
    }
}

Item* current(ImGuiID id) {
    const Slot* s = slot(id);
    return s->stamp == g_stamp ? &g_current[s->pos] : nullptr;
}

Item& add(ImGuiID id) {
    Slot* s = slot(id);
    if (s->stamp == g_stamp) return g_current[s->pos];
    if ((g_n + 1) * 2 > g_slots.size()) {  // grow: re-insert this frame's items
        g_slots.assign(g_slots.size() * 2, Slot{0, 0, 0});
        for (std::size_t i = 0; i < g_n; ++i) *slot(g_current[i].id) = {g_current[i].id, unsigned(i), g_stamp};
        s = slot(id);
    }
    *s = {id, unsigned(g_n), g_stamp};
    if (g_n == g_current.size()) g_current.emplace_back();
    Item& it = g_current[g_n++];
    it.id = id;
    it.label.clear();
    it.x0 = it.y0 = it.x1 = it.y1 = 0;
    it.frame = g_frame;
    it.role = Role::None;
    it.state = 0;
    it.parent = it.window = 0;
    it.level = 0;
    it.inner = 0;
    it.name.clear();
    it.value.clear();
    it.visible = false;
    it.imguiWindow = nullptr;
    return it;
}

bool on() {
    ImGuiContext* g = ImGui::GetCurrentContext();
    return g && g->TestEngineHookItems;
}

// The dialog (modal window) `w` belongs to, or 0.
unsigned dialogOf(ImGuiWindow* w) {
    for (; w; w = w->ParentWindow)
        if (w->Flags & ImGuiWindowFlags_Modal) return w->ID;
    return 0;
}

bool inMenu(const ImGuiWindow* w) {
    return w && (w->Flags & ImGuiWindowFlags_Popup) && !(w->Flags & ImGuiWindowFlags_Modal) &&
           std::strncmp(w->Name, "##Combo_", 8) != 0;
}
bool inCombo(const ImGuiWindow* w) {
    return w && (w->Flags & ImGuiWindowFlags_Popup) && std::strncmp(w->Name, "##Combo_", 8) == 0;
}
}  // namespace

// =====================================================================================
// [SECTION] public API
// =====================================================================================
void enable(bool on_) {
    if (ImGuiContext* g = ImGui::GetCurrentContext()) g->TestEngineHookItems = on_;
}
bool enabled() { return on(); }

std::vector<Item> lastFrame() {
    std::vector<Item> out;
    for (const Item& it : lastFrameAll())
        if (!it.label.empty()) out.push_back(it);
    return out;
}
std::span<const Item> lastFrameAll() { return {g_last.data(), g_lastN}; }

std::optional<Item> find(std::string_view text) {
    for (const Item& it : lastFrameAll())
        if (!it.label.empty() && visible(it.label).find(text) != std::string_view::npos) return it;
    return std::nullopt;
}

void frameDone() {
    // Labelled items stay even when out of view (a clipped checkbox still reports its label:
    // tests find it); the mirror takes only the visible ones with a role.
    g_current.swap(g_last);
    g_lastN = g_n;
    g_n = 0;
    if (++g_stamp == 0) {  // wrapped: stale stamps could match again
        g_slots.assign(g_slots.size(), Slot{0, 0, 0});
        g_stamp = 1;
    }
    g_lastLive.swap(g_live);
    g_live.clear();
    g_nextName.clear();
    g_row = 0;
    ++g_frame;
}

// =====================================================================================
// [SECTION] annotations and requests
// =====================================================================================
void markId(unsigned id, Role role, std::uint16_t state, std::string_view name, std::string_view value) {
    if (!on() || id == 0) return;
    Item* it = current(id);
    if (!it) return;
    it->role = role;
    it->state = std::uint16_t((it->state & kDisabled) | state);
    if (!name.empty()) it->name = name;
    else if ((role == Role::ComboBox || role == Role::TextField) && it->name.empty() && visible(it->label).empty() &&
             !g_nextName.empty())
        it->name.swap(g_nextName);
    if (role == Role::ComboBox) g_nextName.clear();
    if (!value.empty() || role == Role::TextField) it->value = value;
    if (role == Role::Row) g_row = id;
}

void mark(Role role, std::uint16_t state, std::string_view name, std::string_view value) {
    if (!on()) return;
    markId(GImGui->LastItemData.ID, role, state, name, value);
}

void addState(std::uint16_t state) {
    if (!on()) return;
    if (Item* it = current(GImGui->LastItemData.ID)) it->state = std::uint16_t(it->state | state);
}

void setParent(unsigned parent) {
    if (!on()) return;
    if (Item* it = current(GImGui->LastItemData.ID)) it->parent = parent;
}

void nodeAt(unsigned id, Role role, std::string_view name, float x0, float y0, float x1, float y1, unsigned parent) {
    if (!on()) return;
    ImGuiContext& g = *GImGui;
    Item& it = add(id);
    it.role = role;
    it.name = name;
    it.parent = parent;
    it.x0 = x0, it.y0 = y0, it.x1 = x1, it.y1 = y1;
    if (ImGuiWindow* w = g.CurrentWindow) {
        it.window = w->ID;
        it.imguiWindow = w;
        it.visible = ImRect(x0, y0, x1, y1).Overlaps(w->ClipRect);
        if (!parent) it.parent = dialogOf(w);
    }
}

unsigned node(Role role, std::string_view name, unsigned parent, int level) {
    if (!on()) return 0;
    ImGuiContext& g = *GImGui;
    const ImRect r = g.LastItemData.Rect;
    ImGuiID seed = g.CurrentWindow ? g.CurrentWindow->IDStack.back() : 0;
    ImGuiID id = ImHashStr(name.data(), name.size(), seed ^ ImGuiID(role));
    while (current(id)) id = ImHashData(&id, sizeof id, seed);
    nodeAt(id, role, name, r.Min.x, r.Min.y, r.Max.x, r.Max.y, parent);
    if (Item* it = current(id)) it->level = level;
    return id;
}

void nameNext(std::string_view name) {
    if (on()) g_nextName = name;
}

void live(std::string_view text, bool assertive) {
    if (!on() || text.empty()) return;
    for (const Live& l : g_live)
        if (l.text == text) return;
    g_live.push_back({std::string(text), assertive});
}
const std::vector<Live>& lastLive() { return g_lastLive; }

unsigned currentRow() { return g_row; }

void requestFocus(unsigned id) { g_focusRequest = id; }

}  // namespace air::ui::items

// =====================================================================================
// [SECTION] Dear ImGui test-engine hooks
// =====================================================================================
using air::ui::items::Item;
using air::ui::items::Role;
namespace reg = air::ui::items;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* data) {
    ImGuiContext& g = *ctx;
    Item& it = reg::add(id);
    it.x0 = bb.Min.x, it.y0 = bb.Min.y, it.x1 = bb.Max.x, it.y1 = bb.Max.y;
    ImGuiWindow* w = g.CurrentWindow;
    if (data && w) {  // an ordinary item (windows come with data == nullptr)
        it.window = w->ID;
        it.imguiWindow = w;
        it.visible = bb.Overlaps(w->ClipRect) && !w->SkipItems;
        if (data->InFlags & ImGuiItemFlags_Disabled) it.state |= reg::kDisabled;
        if ((data->InFlags & ImGuiItemFlags_NoNav) || (w->Flags & ImGuiWindowFlags_NoNavInputs)) it.state |= reg::kNoNav;
        if (!it.parent) it.parent = reg::dialogOf(w);
        // EndChild() adds the child window as one item of its parent when the keyboard can go
        // in (Enter): a stop of its own in the mirror, so that the focus has somewhere to be.
        // (A table's scrolling child has the table's id: it stays the table.)
        if (g.WithinEndChild && it.role == Role::None)
            for (ImGuiWindow* c : w->DC.ChildWindows)
                if (c->ChildId == id) {
                    it.role = Role::Group;
                    it.inner = c->ID;
                }
        // Focus asked for by assistive technology: given here, where the item's window, layer
        // and focus scope are the current ones (what SetFocusID needs).
        if (reg::g_focusRequest == id && !(it.state & reg::kNoNav)) {
            reg::g_focusRequest = 0;
            if (g.ActiveId != 0 && g.ActiveId != id) ImGui::ClearActiveID();  // a field being edited lets go
            ImGui::FocusWindow(w);
            ImGui::SetFocusID(id, w);
            g.NavDisableHighlight = false;
            g.NavDisableMouseHover = g.NavMousePosDirty = true;
            ImGui::ScrollToRect(w, bb);
        }
    } else {
        it.visible = true;
    }
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    Item* it = reg::current(id);
    if (!it || !label) return;
    it->label = label;
    ImGuiContext& g = *ctx;
    if (ImGuiWindow* win = ImGui::FindWindowByID(id); win && win->ID == id) {  // a window
        if (win->Flags & ImGuiWindowFlags_Modal) {
            it->role = Role::Dialog;
            it->window = win->ID;
            it->parent = 0;
        } else if (reg::inCombo(win)) {
            it->role = Role::ListBox;
        } else if (reg::inMenu(win) && !(win->Flags & ImGuiWindowFlags_Tooltip)) {
            it->role = Role::Menu;
        }
        return;
    }
    reg::g_row = 0;  // a control after a table row: cells no longer go into that row
    if (it->role != Role::None) {  // named again (edit::accessibleLabel): the label is the name
        it->name.clear();
        return;
    }
    const ImGuiWindow* w = g.CurrentWindow;
    if (flags & ImGuiItemStatusFlags_Inputable) {
        it->role = Role::TextField;
    } else if (flags & ImGuiItemStatusFlags_Checkable) {
        it->role = reg::inMenu(w) ? Role::MenuItemCheckbox : Role::Checkbox;
        if (flags & ImGuiItemStatusFlags_Checked) it->state |= reg::kChecked;
    } else if (flags & ImGuiItemStatusFlags_Openable) {
        it->role = reg::inMenu(w) ? Role::MenuItem : Role::Button;
        it->state |= (flags & ImGuiItemStatusFlags_Opened) ? reg::kExpanded : reg::kCollapsed;
    } else if (ImGuiTabBar* bar = g.CurrentTabBar; bar && ImGui::TabBarFindTabByID(bar, id)) {
        it->role = Role::Tab;
        if (bar->VisibleTabId == id) it->state |= reg::kSelected;
        // The tab bar itself as the tabs' list.
        it->parent = bar->ID;
        if (!reg::current(bar->ID)) {
            const unsigned outer = reg::dialogOf(g.CurrentWindow);
            reg::nodeAt(bar->ID, Role::TabList, {}, bar->BarRect.Min.x, bar->BarRect.Min.y, bar->BarRect.Max.x,
                        bar->BarRect.Max.y, outer);  // may move this frame's items: `it` is stale now
        }
    } else if (reg::inCombo(w)) {
        it->role = Role::Option;
        it->parent = w->ID;
    } else if (reg::inMenu(w)) {
        it->role = Role::MenuItem;
        it->parent = w->ID;
    } else {
        it->role = Role::Button;
    }
    // An input without a visible label is named by the field label above it.
    it = reg::current(id);
    if (it->role == Role::TextField || it->role == Role::Checkbox) {
        if (it->name.empty() && reg::visible(label).empty() && !reg::g_nextName.empty()) it->name.swap(reg::g_nextName);
        reg::g_nextName.clear();
    }
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
