// The look (DESIGN.md): a calm light theme with one accent colour, tier and severity colours
// used consistently, the Inter UI font with FontAwesome icons merged in, and sizes that all
// derive from the font size so devicePixelRatio and browser zoom scale everything.
#pragma once

#include <string>

#include "core/enums.hpp"
#include "imgui.h"

namespace air::ui {

struct Fonts {
    ImFont* body = nullptr;       // ~15.5 px at DPR 1, with icons
    ImFont* bold = nullptr;       // same size, semi-bold, with icons
    ImFont* heading = nullptr;    // page titles
    ImFont* presenter = nullptr;  // workshop presenter mode (large)
};
const Fonts& fonts();

// Loads the fonts from `dir` (Inter-Regular.otf, Inter-SemiBold.otf, fontawesome-webfont.ttf),
// rasterised at `dpr` times their size and scaled back, so text is crisp at any DPR.
// Falls back to ImGui's built-in font (tests) when the files are missing; returns false then.
bool loadFonts(const std::string& dir, float dpr);

void applyTheme(bool dark);
bool darkTheme();

// Touch sizes (issue #15): the last pointer that pressed was a finger. Then every control is at
// least kTouchTarget CSS pixels high (frames, buttons, tabs, rows) and scrollbars are wider; a
// mouse press goes back to the compact sizes. Kept across theme switches.
inline constexpr float kTouchTarget = 44.0f;
void setTouchSizes(bool touch);
bool touchSizes();
// Asks for a switch of sizes (a finger or a mouse pressed); the shell applies it once the input
// that asked has been handled, so a tap lands on the layout the user saw.
void requestTouchSizes(bool touch);
void applyRequestedTouchSizes();
bool touchSizesRequested();
// Height of a row or tile that must be touchable: `h` with a mouse, at least kTouchTarget on touch.
inline float touchable(float h) { return touchSizes() && h < kTouchTarget ? kTouchTarget : h; }

namespace color {
ImU32 accent();
ImU32 primary();  // the primary button's background, under white text in both themes
ImU32 tier(Tier t);         // prohibited red, high orange, limited blue, minimal green, unassessed grey
ImU32 severity(Severity s); // blocker red, warning amber, info grey
ImU32 textMuted();
ImU32 border();
ImU32 panel();
ImU32 background();
ImU32 success();
ImU32 danger();
// Backgrounds of notes, banners and tags, with a text colour that reads on them, in both
// themes (light: a pale tint under dark text; dark: a deep tint under light text).
enum class Tint { Info, Warning, Error, Neutral };
ImU32 tint(Tint t);
ImU32 tintText(Tint t);
ImU32 tintEdge(Tint t);
}  // namespace color

// Size unit: multiples of the current font size (habit 10).
inline float em(float n = 1.0f) { return ImGui::GetFontSize() * n; }
// The same in the body font's size, whatever font is pushed (widths where layouts change).
float emBody(float n = 1.0f);

}  // namespace air::ui
