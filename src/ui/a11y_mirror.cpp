#include "ui/a11y_mirror.hpp"

#include <charconv>
#include <algorithm>
#include <cmath>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/i18n.hpp"

namespace air::ui::a11y {
namespace {

constexpr char kRec = '\x1e', kField = '\x1f';

// Appends `s` as one field (separators inside it become spaces).
void field(std::string& out, std::string_view s) {
    out += kField;
    const std::size_t at = out.size();
    out.append(s);
    for (std::size_t i = at; i < out.size(); ++i)
        if (out[i] == kRec || out[i] == kField) out[i] = ' ';
}
void field(std::string& out, long long n) {
    char buf[24];
    buf[0] = kField;
    const auto r = std::to_chars(buf + 1, buf + sizeof buf, n);
    out.append(buf, r.ptr);
}

// Appends the accessible name of `it` (accessibleName) to `out`; false when it is empty.
bool appendName(std::string& out, const items::Item& it) {
    std::string_view src = it.name.empty() ? std::string_view(it.label) : std::string_view(it.name);
    // Dear ImGui's own arrows that scroll a tab bar too narrow for its tabs.
    if (it.name.empty() && it.role == items::Role::Button && (src == "##<" || src == "##>"))
        src = tr(src == "##<" ? "a11y.tabs_back" : "a11y.tabs_on");
    if (it.name.empty()) {
        const auto p = src.find("##");
        if (p != std::string_view::npos) src = src.substr(0, p);
    }
    const std::size_t at = out.size();
    for (std::size_t i = 0; i < src.size(); ++i) {
        const auto c = static_cast<unsigned char>(src[i]);
        // U+E000..U+F8FF (icon glyphs): EE xx xx, EF 80..A3 xx.
        if ((c == 0xEE || (c == 0xEF && i + 1 < src.size() && static_cast<unsigned char>(src[i + 1]) <= 0xA3)) &&
            i + 2 < src.size()) {
            i += 2;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == kRec || c == kField) {
            if (out.size() > at && out.back() != ' ') out += ' ';
        } else {
            out += char(c);
        }
    }
    while (out.size() > at && out.back() == ' ') out.pop_back();
    return out.size() > at;
}

// Where each window's first named control sits in the text being written (a child window's
// stop is named after it; after its first text when it has no named control); kept between
// frames for its storage.
struct FirstName {
    unsigned window;
    std::size_t at, len;
    bool text;  // a text, until a named control replaces it
};
std::vector<FirstName> g_firsts;

bool structural(items::Role r) {
    using items::Role;
    return r == Role::TabList || r == Role::Table || r == Role::Row || r == Role::ListBox || r == Role::Menu ||
           r == Role::Cell || r == Role::Dialog || r == Role::Group;
}

}  // namespace

std::string accessibleName(const items::Item& it) {
    std::string out;
    appendName(out, it);
    return out;
}

void describeLastFrame(std::string& out) {
    out.clear();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool editing = g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
    out += 'H';
    field(out, (long long)g.NavId);
    field(out, g.NavId != 0 && !g.NavDisableHighlight ? 1 : 0);
    field(out, editing ? (long long)g.ActiveId : 0);
    const ImGuiWindow* modal = ImGui::GetTopMostAndVisiblePopupModal();
    field(out, modal ? (long long)modal->ID : 0);
    for (const auto& l : items::lastLive()) {
        out += kRec;
        out += 'L';
        field(out, l.assertive ? 1 : 0);
        field(out, l.text);
    }
    g_firsts.clear();
    for (const items::Item& it : items::lastFrameAll()) {
        if (it.role == items::Role::None || !it.visible) continue;
        const std::size_t at = out.size();
        out += kRec;
        out += 'I';
        field(out, (long long)it.id);
        field(out, it.role == items::Role::Text ? "text" : items::kRoleKeys[std::size_t(it.role)]);
        field(out, it.state);
        field(out, (long long)it.parent);
        field(out, std::lround(it.x0));
        field(out, std::lround(it.y0));
        field(out, std::lround(it.x1));
        field(out, std::lround(it.y1));
        field(out, it.level);
        field(out, (long long)it.window);
        out += kField;
        const std::size_t nameAt = out.size();
        if (it.role == items::Role::Group) {
            // A child window's stop: named after the first control inside it, or its first text.
            std::string_view name = tr("a11y.region");
            char buf[160];
            for (const FirstName& f : g_firsts)
                if (f.window == it.inner) {
                    const std::size_t n = std::min(f.len, sizeof buf);
                    out.copy(buf, n, f.at);
                    name = {buf, n};
                    break;
                }
            out.append(name);
        } else if (!appendName(out, it)) {
            // A control without a name cannot be told apart: left out (the views name their
            // icon buttons); structural roles may go without one.
            if (!structural(it.role)) {
                out.resize(at);
                continue;
            }
        } else {
            // The first name in its window and in each child window around it (a region that
            // holds a table has the table's cells in a child window of its own).
            const bool text = it.role == items::Role::Text;
            const ImGuiWindow* w = static_cast<const ImGuiWindow*>(it.imguiWindow);
            for (unsigned win = it.window; win != 0;) {
                FirstName* known = nullptr;
                for (FirstName& f : g_firsts)
                    if (f.window == win) known = &f;
                if (!known) g_firsts.push_back({win, nameAt, out.size() - nameAt, text});
                else if (known->text && !text) *known = {win, nameAt, out.size() - nameAt, false};
                if (!w || !(w->Flags & ImGuiWindowFlags_ChildWindow) || !w->ParentWindow) break;
                w = w->ParentWindow;
                win = w->ID;
            }
        }
        if (!it.value.empty()) field(out, it.value);
    }
}

std::string describeLastFrame() {
    std::string out;
    describeLastFrame(out);
    return out;
}

bool Mirror::update() {
    // Written into the spare buffer (its storage kept from frame to frame: no allocation),
    // compared with the last text, and swapped in when it differs.
    describeLastFrame(m_next);
    if (m_next == m_text) return false;
    const auto head = [](const std::string& t) {
        const std::size_t i = t.find(std::string_view("\x1eI", 2));
        return std::string_view(t).substr(0, i == std::string::npos ? t.size() : i);
    };
    m_headChanged = head(m_next) != head(m_text);
    m_text.swap(m_next);
    return true;
}

bool keepNavOnScreen() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* w = g.NavWindow;
    if (g.NavId == 0 || g.NavDisableHighlight || !w || !w->WasActive || g.NavInitRequest ||
        (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId) ||
        g.NavMoveSubmitted || g.NavMoveScoringItems)
        return false;
    for (const items::Item& it : items::lastFrameAll())
        if (it.id == g.NavId) return false;
    ImGui::NavInitWindow(w, true);
    return true;
}

void focus(unsigned id) { items::requestFocus(id); }

void activate(unsigned id) {
    items::requestFocus(id);
    ImGui::ActivateItemByID(id);
    for (const items::Item& it : items::lastFrameAll())
        if (it.id == id && it.role == items::Role::TextField)
            ImGui::GetCurrentContext()->NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
}

}  // namespace air::ui::a11y
