// Drawing helpers of the workshop presenter (workshop_presenter.hpp), shared by its two files:
// workshop_presenter.cpp (the frame, keys, top bar and timer) and
// workshop_presenter_cards.cpp (the activity card with its actions, the principle card with
// the vote and notes). Internal to air_ui.
#pragma once

#include <string>

namespace air::ui::presenter {

inline constexpr char kMinusIcon[] = "\xe2\x88\x92";  // U+2212 minus sign (in the text font)

// A small muted label above a block (bold body font).
void overline(const char* text);
// `text` cut to fit `width` with an ellipsis (on a UTF-8 character boundary).
std::string ellipsize(const std::string& text, float width);
// Square icon button without a frame until hovered, with an accessible name and tooltip.
bool iconButton(const char* icon, const char* id, const char* name, float size, const char* shortcut = nullptr);
// Text wrapped in a block that starts at the cursor (continuation lines keep that x).
void wrapped(const std::string& text);

}  // namespace air::ui::presenter
