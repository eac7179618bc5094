#include "ui/workshop_widgets.hpp"

#include "imgui_internal.h"
#include "ui/editor_fields.hpp"
#include "ui/i18n.hpp"
#include "ui/theme.hpp"

namespace air::ui::ws {
// The string inputs are the editor's (one resize recipe for the whole UI).
bool inputString(const char* id, std::string& s, const char* hint, ImGuiInputTextFlags flags) {
    return edit::inputText(id, s, hint, flags);
}

bool inputMultiline(const char* id, std::string& s, ImVec2 size, ImGuiInputTextFlags flags) {
    return edit::inputMultiline(id, s, size, flags);
}

void accessibleName(const char* name) {
    ImGuiContext& g = *GImGui;
    if (g.TestEngineHookItems && g.LastItemData.ID != 0)
        ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, name, g.LastItemData.StatusFlags);
}

// ---- CommitField ----------------------------------------------------------------------------
bool CommitField::finish(ImGuiID id, std::string& buf, std::string& out) {
    if (ImGui::IsItemActive()) {
        if (m_id != id) m_buf = buf;
        m_id = id;
        return false;
    }
    if (m_id != id) return false;
    const bool edited = ImGui::IsItemDeactivatedAfterEdit();
    m_id = 0;
    if (!edited) return false;
    out = buf;
    return true;
}

bool CommitField::single(const char* id, const std::string& value, std::string& out, const char* hint) {
    const ImGuiID iid = ImGui::GetID(id);
    std::string local;
    std::string& buf = m_id == iid ? m_buf : (local = value);
    inputString(id, buf, hint);
    return finish(iid, buf, out);
}

bool CommitField::multiline(const char* id, const std::string& value, std::string& out, ImVec2 size) {
    const ImGuiID iid = ImGui::GetID(id);
    std::string local;
    std::string& buf = m_id == iid ? m_buf : (local = value);
    inputMultiline(id, buf, size);
    return finish(iid, buf, out);
}

// ---- colours and small widgets --------------------------------------------------------------
ImU32 voteColor(VoteColor c) {
    switch (c) {
    case VoteColor::Green: return IM_COL32(21, 128, 61, 255);
    case VoteColor::Amber: return IM_COL32(180, 83, 9, 255);
    default: return IM_COL32(185, 28, 28, 255);
    }
}

ImU32 voteTint(VoteColor c) {
    switch (c) {
    case VoteColor::Green: return IM_COL32(220, 252, 231, 255);
    case VoteColor::Amber: return IM_COL32(254, 243, 199, 255);
    default: return IM_COL32(254, 226, 226, 255);
    }
}

const char* voteWord(VoteColor c) {
    switch (c) {
    case VoteColor::Green: return tr("ws.green");
    case VoteColor::Amber: return tr("ws.amber");
    default: return tr("ws.red");
    }
}

bool filledButton(const char* label, ImU32 bg, ImVec2 size) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(bg);
    const ImVec4 hover(c.x * 0.85f, c.y * 0.85f, c.z * 0.85f, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_Button, bg);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, hover);
    ImGui::PushStyleColor(ImGuiCol_Border, bg);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
    const bool r = ImGui::Button(label, size);
    ImGui::PopStyleColor(5);
    return r;
}

bool quietButton(const char* label, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
    const bool r = ImGui::Button(label, size);
    ImGui::PopStyleColor(2);
    return r;
}

void tag(std::string_view text, bool warn) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 ts = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const ImVec2 pad(em(0.5f), em(0.15f));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 b(p.x + ts.x + pad.x * 2, p.y + ts.y + pad.y * 2);
    using color::Tint;
    const Tint t = warn ? Tint::Warning : Tint::Neutral;
    dl->AddRectFilled(p, b, color::tint(t), em(0.35f));
    if (warn) dl->AddRect(p, b, color::tintEdge(t), em(0.35f));
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), color::tintText(t), text.data(), text.data() + text.size());
    ImGui::Dummy(ImVec2(b.x - p.x, b.y - p.y));
}

}  // namespace air::ui::ws
