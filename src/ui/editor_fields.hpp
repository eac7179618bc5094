// Form widgets of the activity editor: std::string text inputs, enum combos, tag lists, field
// labels with plain-language help, inline validation, and an accessible name for inputs whose
// only visible text is a hint (so tests and the browser harness can find them by that text).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "imgui.h"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

namespace air::ui::edit {

// ImGui::InputText on a std::string (grows as needed). Returns ImGui's "value changed".
bool inputText(const char* id, std::string& s, const char* hint = nullptr, ImGuiInputTextFlags flags = 0);
bool inputMultiline(const char* id, std::string& s, ImVec2 size, ImGuiInputTextFlags flags = 0);

// ImGui::SetKeyboardFocusHere() that also works when the keyboard focus is in another focus
// scope (another child window): Dear ImGui 1.90.1 only scores items of the focused scope.
void focusNextItem();

// Gives the last item `name` as its label in the item registry (no effect on drawing).
void accessibleLabel(const char* name);

// A checkbox with a box the size of the text rather than of an input field.
bool checkbox(const char* label, bool* v);

// Field label above an input: the text, a "*" when required, and a help marker.
void fieldLabel(const char* text, const char* help = nullptr, bool required = false);
// A red message under an input that failed validation.
void errorText(const char* text);
// Draws a red frame around the last item (invalid input).
void markInvalid();

// Name rule of the register file: 1-200 characters, not only spaces. "" when valid, else
// the string key of the message.
const char* nameProblem(std::string_view name);
// "" or a real YYYY-MM-DD date.
bool dateOk(std::string_view date);

// A combo over every value of E; true when the user picked another value.
template <class E>
bool enumCombo(const char* id, E& v, float width = -1.0f) {
    bool changed = false;
    ImGui::SetNextItemWidth(width);
    if (beginCombo(id, label(v))) {
        for (E e : allOf<E>()) {
            const bool sel = e == v;
            if (ImGui::Selectable(label(e), sel) && !sel) {
                v = e;
                changed = true;
            }
            if (sel) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// A rounded tag; `warn` tags (Art. 9 / Art. 10 data) are amber with a marker. Returns true
// when its remove button was clicked (only drawn when `removable`).
bool tag(std::string_view text, const char* id, bool warn, bool removable);

// Tag list of enum values with an "Add" menu of the values not chosen yet. `mark(e)` gives a
// short legal marker for special values ("Art. 9"), or nullptr; marked values are amber and
// listed under `markHeading` in the menu. Returns true when the list changed.
template <class E>
bool tagList(const char* id, std::vector<E>& values, const char* (*mark)(E), const char* markHeading,
             const char* addLabel, bool editable) {
    bool changed = false;
    ImGui::PushID(id);
    const float right = ImGui::GetContentRegionMax().x;
    int removeAt = -1;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const char* m = mark ? mark(values[i]) : nullptr;
        std::string text = label(values[i]);
        if (m) text += std::string(" \xC2\xB7 ") + m;
        const float w = ImGui::CalcTextSize(text.c_str()).x + ImGui::GetFontSize() * ((editable ? 2.8f : 1.4f) + (m ? 1.4f : 0.0f));
        if (i > 0) {
            ImGui::SameLine(0, ImGui::GetFontSize() * 0.35f);
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        ImGui::PushID(int(values[i]));
        if (tag(text, "tag", m != nullptr, editable)) removeAt = int(i);
        ImGui::PopID();
    }
    if (removeAt >= 0) {
        values.erase(values.begin() + removeAt);
        changed = true;
    }
    if (editable) {
        const float w = ImGui::CalcTextSize(addLabel).x + ImGui::GetFontSize() * 2.0f;
        if (!values.empty()) {
            ImGui::SameLine(0, ImGui::GetFontSize() * 0.35f);
            if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
        }
        if (ImGui::SmallButton(addLabel)) ImGui::OpenPopup("add");
        if (ImGui::BeginPopup("add")) {
            int shown = 0;
            for (int pass = 0; pass < 2; ++pass) {  // ordinary values first, then marked ones
                bool headed = false;
                for (E e : allOf<E>()) {
                    bool on = false;
                    for (E v : values) on = on || v == e;
                    const char* m = mark ? mark(e) : nullptr;
                    if (on || (pass == 0) != (m == nullptr)) continue;
                    if (pass == 1 && !headed) {
                        if (shown > 0) ImGui::Separator();
                        if (markHeading) ImGui::TextDisabled("%s", markHeading);
                        headed = true;
                    }
                    ++shown;
                    std::string text = label(e);
                    if (m) text += std::string("  (") + m + ")";
                    if (m) ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(146, 64, 14, 255));
                    if (ImGui::Selectable(text.c_str(), false, ImGuiSelectableFlags_DontClosePopups)) {
                        values.push_back(e);
                        changed = true;
                    }
                    if (m) ImGui::PopStyleColor();
                }
            }
            if (shown == 0) ImGui::TextDisabled("%s", tr("ed.tags_all_chosen"));
            ImGui::EndPopup();
        }
    }
    ImGui::PopID();
    return changed;
}

}  // namespace air::ui::edit
