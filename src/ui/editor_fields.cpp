#include "ui/editor_fields.hpp"

#include "core/text.hpp"
#include "imgui_internal.h"
#include "rules/rules.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui::edit {

namespace {
// Lets ImGui grow the std::string behind an input (the imgui_stdlib recipe).
int resizeCallback(ImGuiInputTextCallbackData* d) {
    if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(d->UserData);
        s->resize(std::size_t(d->BufTextLen));
        d->Buf = s->data();
    }
    return 0;
}
}  // namespace

bool inputText(const char* id, std::string& s, const char* hint, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    const bool changed = ImGui::InputTextWithHint(id, hint ? hint : "", s.data(), s.capacity() + 1, flags, resizeCallback, &s);
    items::mark(items::Role::TextField, 0, {}, s);
    return changed;
}

bool inputMultiline(const char* id, std::string& s, ImVec2 size, ImGuiInputTextFlags flags) {
    flags |= ImGuiInputTextFlags_CallbackResize;
    const bool changed = ImGui::InputTextMultiline(id, s.data(), s.capacity() + 1, size, flags, resizeCallback, &s);
    items::mark(items::Role::TextField, items::kMultiline, {}, s);
    return changed;
}

void focusNextItem() {
    ImGuiContext& g = *GImGui;
    g.NavFocusScopeId = g.CurrentFocusScopeId;
    ImGui::SetKeyboardFocusHere();
}

void accessibleLabel(const char* name) {
    ImGuiContext& g = *GImGui;
    if (g.TestEngineHookItems && g.LastItemData.ID != 0 && (g.LastItemData.StatusFlags & ImGuiItemStatusFlags_Visible))
        ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, name, g.LastItemData.StatusFlags);
}

bool checkbox(const char* label, bool* v) {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, em(0.2f)));
    const bool r = ImGui::Checkbox(label, v);
    ImGui::PopStyleVar();
    return r;
}

void fieldLabel(const char* text, const char* help, bool required) {
    ImGui::Dummy(ImVec2(0, em(0.15f)));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    if (required) {
        ImGui::SameLine(0, em(0.2f));
        ImGui::TextColored(ImColor(color::danger()), "*");
    }
    if (help) helpMarker(help);
    items::nameNext(text);  // the input below is named by this label
}

void errorText(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color::danger());
    ImGui::TextWrapped("%s %s", icon::kExclamation, text);
    ImGui::PopStyleColor();
    items::node(items::Role::Text, text);
    items::live(text, true);  // announced at once (aria-live assertive)
}

void markInvalid() {
    items::addState(items::kInvalid);
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), color::danger(),
                                        ImGui::GetStyle().FrameRounding, 0, 1.5f);
}

const char* nameProblem(std::string_view name) {
    if (name.find_first_not_of(" \t\r\n") == std::string_view::npos) return "ed.err.name_required";
    if (text::codePointCount(name) > 200) return "ed.err.name_too_long";
    return "";
}

bool dateOk(std::string_view date) { return date.empty() || rules::isIsoDate(date); }

bool tag(std::string_view text, const char* id, bool warn, bool removable) {
    ImGui::PushID(id);
    using color::Tint;
    const ImU32 bg = color::tint(warn ? Tint::Warning : Tint::Neutral);
    const ImU32 fg = warn ? color::tintText(Tint::Warning) : ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 edge = color::tintEdge(warn ? Tint::Warning : Tint::Neutral);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 pad(em(0.55f), em(0.18f));
    const ImVec2 ts = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const float iconW = warn ? ImGui::CalcTextSize(icon::kWarning).x + em(0.3f) : 0.0f;
    const float closeW = removable ? em(1.3f) : 0.0f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 size(iconW + ts.x + pad.x * 2 + closeW, ts.y + pad.y * 2);
    dl->AddRectFilled(p, ImVec2(p.x + size.x, p.y + size.y), bg, size.y * 0.5f);
    dl->AddRect(p, ImVec2(p.x + size.x, p.y + size.y), edge, size.y * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, fg);
    if (warn) dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), fg, icon::kWarning);
    ImGui::RenderText(ImVec2(p.x + pad.x + iconW, p.y + pad.y), text.data(), text.data() + text.size(), false);  // logged too
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(size.x - closeW, size.y));
    bool removed = false;
    if (removable) {
        ImGui::SameLine(0, 0);
        ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, IM_COL32(0, 0, 0, 20));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, IM_COL32(0, 0, 0, 40));
        ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_Text, fg);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.2f), pad.y));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, size.y * 0.5f);
        removed = ImGui::Button(icon::kTimes, ImVec2(closeW - em(0.15f), size.y));
        accessibleLabel(trf("ed.remove_tag_name", text).c_str());  // "Remove Health", not "×"
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("ed.remove_tag"));
        ImGui::PopStyleVar(2);
        ImGui::PopStyleColor(5);
    }
    ImGui::PopID();
    return removed;
}

}  // namespace air::ui::edit
