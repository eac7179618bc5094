#include "ui/widgets.hpp"

#include <string>

#include "imgui_internal.h"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"

namespace air::ui {

void badge(std::string_view text, ImU32 bg) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 ts = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const ImVec2 pad(em(0.45f), em(0.12f));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float frameH = ImGui::GetFrameHeight();
    const float h = ts.y + pad.y * 2;
    const float y = p.y + (frameH - h) * 0.5f;
    const ImVec2 a(p.x, y), b(p.x + ts.x + pad.x * 2, y + h);
    dl->AddRectFilled(a, b, bg, em(0.3f));
    dl->AddText(ImVec2(a.x + pad.x, a.y + pad.y), IM_COL32_WHITE, text.data(), text.data() + text.size());
    ImGui::Dummy(ImVec2(b.x - a.x, frameH));
    if (items::currentRow() == 0) items::node(items::Role::Text, text);  // in a table row: its cell
}

void tierBadge(Tier t) { badge(label(t), color::tier(t)); }
void severityBadge(Severity s) { badge(label(s), color::severity(s)); }

bool chip(std::string_view text, const char* id) {
    ImGui::PushID(id);
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_Header));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, em(0.9f));
    std::string lbl = std::string(text) + "  " + icon::kTimes;
    const bool clicked = smallButton(lbl.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("shell.remove_filter"));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    ImGui::PopID();
    return clicked;
}

void pageTitle(const char* title, const char* subtitle) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    items::node(items::Role::Heading, title, 0, 1);
    if (subtitle) {
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextWrapped("%s", subtitle);
        ImGui::PopStyleColor();
        items::node(items::Role::Text, subtitle);
    }
    ImGui::Spacing();
}

void sectionHeading(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::SeparatorText(text);
    ImGui::PopFont();
    items::node(items::Role::Heading, text, 0, 2);
}

void helpText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
    items::node(items::Role::Text, text);
}

static bool coloredButton(const char* label, ImVec2 size, ImU32 c, ImU32 hover) {
    ImGui::PushStyleColor(ImGuiCol_Button, c);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, hover);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    ImGui::PushStyleColor(ImGuiCol_Border, c);
    const bool r = ImGui::Button(label, size);
    ImGui::PopStyleColor(5);
    return r;
}

bool smallButton(const char* label) { return touchSizes() ? ImGui::Button(label) : ImGui::SmallButton(label); }

bool primaryButton(const char* label, ImVec2 size) {
    return coloredButton(label, size, color::primary(), IM_COL32(29, 78, 216, 255));
}
bool dangerButton(const char* label, ImVec2 size) {
    return coloredButton(label, size, IM_COL32(185, 28, 28, 255), IM_COL32(153, 27, 27, 255));  // white text 6.5:1
}

void emptyState(const char* ic, const char* title, const char* text) {
    const float w = ImGui::GetContentRegionAvail().x;
    const float textW = w < em(30) ? w : em(30);
    ImGui::Dummy(ImVec2(0, em(3)));
    ImGui::PushFont(fonts().heading);
    ImVec2 s = ImGui::CalcTextSize(ic);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - s.x) * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(ic);
    ImGui::PopStyleColor();
    s = ImGui::CalcTextSize(title);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - s.x) * 0.5f);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    const float x0 = ImGui::GetCursorPosX() + (w - textW) * 0.5f;
    ImGui::SetCursorPosX(x0);
    ImGui::PushTextWrapPos(x0 + textW);
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
}

void helpMarker(const char* text) {
    ImGui::SameLine();
    ImGui::TextColored(ImColor(color::textMuted()), "%s", icon::kQuestion);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(24));
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

void nameLastText(const std::string& text, const std::string& id) {
    ImGuiContext& g = *GImGui;
    if (!g.TestEngineHookItems) return;
    const ImRect bb(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    // All of it after "##": items::find() (visible words) keeps finding the real widgets.
    const std::string label = "##" + id + ": " + text;
    const ImGuiID iid = ImGui::GetID(label.c_str());
    if (ImGui::ItemAdd(bb, iid, nullptr, ImGuiItemFlags_NoNav)) {
        ImGuiTestEngineHook_ItemInfo(&g, iid, label.c_str(), g.LastItemData.StatusFlags);
        items::markId(iid, items::Role::Text, 0, text);  // plain text in the accessibility mirror
    }
}

void findableText(const std::string& text, const std::string& id) {
    ImGui::TextWrapped("%s", text.c_str());
    nameLastText(text, id);
}

bool radio(const char* label, bool active) {
    const bool pressed = ImGui::RadioButton(label, active);
    items::mark(items::Role::Radio, active ? items::kChecked : 0);
    return pressed;
}

bool beginCombo(const char* label, const char* preview, ImGuiComboFlags flags) {
    const ImGuiID id = ImGui::GetID(label);
    const bool open = ImGui::BeginCombo(label, preview, flags);
    items::markId(id, items::Role::ComboBox, open ? items::kExpanded : 0, {}, preview ? preview : "");
    return open;
}

}  // namespace air::ui
