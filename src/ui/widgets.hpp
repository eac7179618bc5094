// Small drawing helpers shared by the views, so every badge, chip and heading looks alike.
#pragma once

#include <string>
#include <string_view>

#include "core/enums.hpp"
#include "imgui.h"

namespace air::ui {

// A rounded, filled label (white text on `bg`) sized to the text, on the current line.
void badge(std::string_view text, ImU32 bg);
// The tier badge: colour and word (colour is never the only cue).
void tierBadge(Tier t);
void severityBadge(Severity s);
// A removable chip: returns true when its close button was clicked.
bool chip(std::string_view text, const char* id);
// Page title in the heading font, with an optional muted subtitle below.
void pageTitle(const char* title, const char* subtitle = nullptr);
// A section heading inside a panel.
void sectionHeading(const char* text);
// Muted helper text, wrapped.
void helpText(const char* text);
// A button in the accent colour (primary action).
// A small button (ImGui::SmallButton), full touch height on touch (theme::touchSizes).
bool smallButton(const char* label);

bool primaryButton(const char* label, ImVec2 size = ImVec2(0, 0));
// A button in the danger colour.
bool dangerButton(const char* label, ImVec2 size = ImVec2(0, 0));
// A centred empty-state block: icon, title, text; returns nothing (add buttons after it).
void emptyState(const char* icon, const char* title, const char* text);
// "(?)" marker that shows `text` as a tooltip on hover.
void helpMarker(const char* text);
// Wrapped text that view tests can find (ui::items, when its hooks are on): registered as an
// item labelled "##<id>: <text>", all hidden, so that items::find() by visible words never
// picks it instead of a real widget; find it by its full label.
void findableText(const std::string& text, const std::string& id);
// The same for the text item just drawn (e.g. pageTitle's subtitle).
void nameLastText(const std::string& text, const std::string& id);

// ImGui::RadioButton that tells the accessibility mirror it is a radio button and its state.
bool radio(const char* label, bool active);
// ImGui::BeginCombo that tells the accessibility mirror it is a combo box, with its choice (its
// name: the visible label, else the field label above it).
bool beginCombo(const char* label, const char* preview, ImGuiComboFlags flags = 0);

}  // namespace air::ui
