#include "ui/a11y_mirror.hpp"

#include <charconv>
#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"

namespace air::ui::a11y {
namespace {

constexpr char kRec = '\x1e', kField = '\x1f';

void field(std::string& out, std::string_view s) {
    out += kField;
    for (char c : s) out += (c == kRec || c == kField) ? ' ' : c;
}
void field(std::string& out, long long n) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, n);
    out += kField;
    out.append(buf, r.ptr);
}

}  // namespace

std::string accessibleName(const items::Item& it) {
    std::string_view src = it.name.empty() ? std::string_view(it.label) : std::string_view(it.name);
    if (it.name.empty()) {
        const auto p = src.find("##");
        if (p != std::string_view::npos) src = src.substr(0, p);
    }
    std::string out;
    out.reserve(src.size());
    for (std::size_t i = 0; i < src.size(); ++i) {
        const auto c = static_cast<unsigned char>(src[i]);
        // U+E000..U+F8FF (icon glyphs): EE xx xx, EF 80..A3 xx.
        if ((c == 0xEE || (c == 0xEF && i + 1 < src.size() && static_cast<unsigned char>(src[i + 1]) <= 0xA3)) &&
            i + 2 < src.size()) {
            i += 2;
            continue;
        }
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += char(c);
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string describeLastFrame() {
    std::string out;
    out.reserve(16384);
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
    for (const items::Item& it : items::lastFrameAll()) {
        if (it.role == items::Role::None || !it.visible) continue;
        const std::string name = accessibleName(it);
        // A control without a name cannot be told apart: left out (the views name their icon
        // buttons); structural roles may go without one.
        const bool structural = it.role == items::Role::TabList || it.role == items::Role::Table ||
                                it.role == items::Role::Row || it.role == items::Role::ListBox ||
                                it.role == items::Role::Menu || it.role == items::Role::Cell ||
                                it.role == items::Role::Dialog;
        if (name.empty() && !structural) continue;
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
        field(out, name);
        field(out, it.value);
    }
    return out;
}

bool Mirror::update() {
    std::string now = describeLastFrame();
    if (now == m_text) return false;
    m_text.swap(now);
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
