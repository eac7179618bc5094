// Widgets shared by the workshop page and presenter mode: std::string inputs, a text field
// that hands its value over only when the user is done with it (commit on deactivation, not per
// keystroke), vote colours, and an accessible name for icon-only or hint-only items.
#pragma once

#include <string>
#include <string_view>

#include "imgui.h"
#include "ui/workshop_data.hpp"

namespace air::ui::ws {

// ImGui::InputTextWithHint / InputTextMultiline on a std::string (grows as needed).
bool inputString(const char* id, std::string& s, const char* hint = nullptr, ImGuiInputTextFlags flags = 0);
bool inputMultiline(const char* id, std::string& s, ImVec2 size, ImGuiInputTextFlags flags = 0);

// Gives the last item `name` as its label in the item registry (tests and the browser harness
// find it by that text); no effect on drawing.
void accessibleName(const char* name);

// A text field showing `value` that returns true, with the typed text in `out`, once the user
// leaves the field after changing it (click elsewhere, Tab, or Enter on a single line). While
// the field is active its text lives here, so a model refresh does not disturb the typing.
class CommitField {
public:
    bool single(const char* id, const std::string& value, std::string& out, const char* hint = nullptr);
    bool multiline(const char* id, const std::string& value, std::string& out, ImVec2 size);

private:
    bool finish(ImGuiID id, std::string& buf, std::string& out);
    ImGuiID m_id = 0;
    std::string m_buf;
};

// Vote colours (white text on them passes WCAG AA) and their words.
ImU32 voteColor(VoteColor c);
ImU32 voteTint(VoteColor c);  // a light background of the same hue
const char* voteWord(VoteColor c);

// A button in `bg` with white text.
bool filledButton(const char* label, ImU32 bg, ImVec2 size = ImVec2(0, 0));
// A flat button (no frame until hovered), for secondary actions next to big content.
bool quietButton(const char* label, ImVec2 size = ImVec2(0, 0));
// A rounded neutral tag (light grey, dark text); `warn` tags are amber-tinted.
void tag(std::string_view text, bool warn = false);

}  // namespace air::ui::ws
