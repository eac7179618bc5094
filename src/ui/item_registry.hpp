// What every ImGui item of the last frame is, through Dear ImGui's test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE): where it was drawn, its label, and for the accessibility mirror
// (ui/a11y_mirror.hpp) its role, name, value and state. Off by default (ImGui then skips the
// hooks entirely); the page turns it on for the mirror, headless view tests and the browser
// test build use it to find and click items by label.
//
// Roles come from what the hooks see (a text field is "inputable", a checkbox "checkable", a tab
// is in the current tab bar, a modal window is a dialog); what they cannot see the views say
// with the annotations below (a radio button, a combo box, a table row, a heading, a status).
// The mirror takes only items drawn in the visible part of their window.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace air::ui::items {

enum class Role : std::uint8_t {
    None, Button, Checkbox, Radio, TextField, ComboBox, ListBox, Option, Tab, TabList, Table, Row, Cell,
    ColumnHeader, Heading, Link, Dialog, Status, Alert, Text, Menu, MenuItem, MenuItemCheckbox,
    Group,  // a child window's keyboard stop (Enter goes in), named after its first control
    COUNT
};
// ARIA role names, in Role's order ("" for None and Text: plain text has no role).
inline constexpr const char* kRoleKeys[] = {
    "", "button", "checkbox", "radio", "textbox", "combobox", "listbox", "option", "tab", "tablist", "grid", "row",
    "gridcell", "columnheader", "heading", "link", "dialog", "status", "alert", "", "menu", "menuitem",
    "menuitemcheckbox", "group"};
static_assert(std::size(kRoleKeys) == std::size_t(Role::COUNT));

// State bits (ARIA: aria-checked, aria-selected, aria-expanded, aria-disabled, aria-invalid,
// aria-required, aria-multiline).
enum State : std::uint16_t {
    kChecked = 1, kSelected = 2, kExpanded = 4, kCollapsed = 8, kDisabled = 16, kInvalid = 32,
    kRequired = 64, kMultiline = 128, kCheckable = 256, kSelectable = 512,  // a row that can be chosen
    kNoNav = 1024,       // keyboard navigation skips it (a toast, a drawn-over label)
};

struct Item {
    unsigned id = 0;
    std::string label;  // as passed to ImGui, e.g. "Add activity##add" or "\xef\x81\xa7  New"
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    unsigned frame = 0;
    // ---- for the accessibility mirror ----
    Role role = Role::None;
    std::uint16_t state = 0;
    unsigned parent = 0;   // the item this one belongs to (a row's table, a dialog's controls), or 0
    unsigned window = 0;   // id of the ImGui window it was drawn in (the mirror's regions)
    int level = 0;         // heading level
    unsigned inner = 0;    // Group: the id of the child window it stands for
    std::string name;      // accessible name when it is not the visible label
    std::string value;     // a text field's text, a combo box's choice
    bool visible = false;  // drawn inside its window's visible area
    void* imguiWindow = nullptr;  // ImGuiWindow* (valid while the window exists)
};

void enable(bool on);  // needs a current ImGui context
bool enabled();
// Labelled items seen in the most recent complete frame.
std::vector<Item> lastFrame();
// Every item of the last frame, in drawing order (valid until the next frameDone()).
std::span<const Item> lastFrameAll();
// The first item of the last frame whose label contains `text` (the "##..." part excluded).
std::optional<Item> find(std::string_view text);
// Call after the UI of a frame is built (before or after ImGui::Render) so that lastFrame()
// sees this frame's items.
void frameDone();

// ---- annotations: what the hooks cannot tell (no effect while the registry is off) ----------
// The last item is a `role` with `state`; a non-empty `name` / `value` replaces the label / sets
// the value.
void mark(Role role, std::uint16_t state = 0, std::string_view name = {}, std::string_view value = {});
// The same for the item `id` drawn earlier in this frame (e.g. a combo box, whose popup is the
// last item once it is open).
void markId(unsigned id, Role role, std::uint16_t state, std::string_view name, std::string_view value = {});
// Adds state bits to the last item (e.g. kInvalid when its frame is drawn red).
void addState(std::uint16_t state);
// The last item belongs to `parent` (a row to its table).
void setParent(unsigned parent);
// A node of its own over the last item's rectangle (a heading over its text, a cell, a status
// text); returns its id. `parent` 0: none.
unsigned node(Role role, std::string_view name, unsigned parent = 0, int level = 0);
// The same with an explicit id and rectangle (a table over its whole area).
void nodeAt(unsigned id, Role role, std::string_view name, float x0, float y0, float x1, float y1,
            unsigned parent = 0);
// The next item without a visible label takes `name` (a field label above its input).
void nameNext(std::string_view name);
// Text to announce (aria-live): present while it is drawn; announced when it appears.
void live(std::string_view text, bool assertive);
struct Live {
    std::string text;
    bool assertive = false;
};
const std::vector<Live>& lastLive();
// The row drawn last (cells annotate themselves into it); 0 outside a table row.
unsigned currentRow();

// ---- requests from assistive technology (applied while the item is drawn) ------------------
// Gives `id` the keyboard focus (ImGui's nav focus) when it is next drawn.
void requestFocus(unsigned id);

}  // namespace air::ui::items
