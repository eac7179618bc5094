// The accessibility mirror (issue #14): each frame the item registry (ui/item_registry.hpp)
// knows every visible control with its role, name, value, state and rectangle; the mirror
// writes that down as one compact text, and hands it on only when it changed. web/a11y.js
// turns the text into a hidden DOM tree with ARIA roles that screen readers read, and sends
// activation and focus requests back (activate(), focus()). The browser glue is
// platform/web_a11y.cpp; this part has no browser code, so native tests run it.
//
// The text: records separated by '\x1e', fields by '\x1f'.
//   H navId navVisible textId modalId    focus: ImGui's nav item, whether its highlight shows,
//                                         the text field being edited (0: none), the open
//                                         modal dialog (0: none; only its controls can be reached)
//   L assertive text                      a live text (toast, save state, validation error)
//   I id role state parent x0 y0 x1 y1 level window name [value]   (no value field when empty)
#pragma once

#include <string>
#include <string_view>

#include "ui/item_registry.hpp"

namespace air::ui::a11y {

// The accessible name of an item: its name, else its visible label ("##..." cut off, icon
// glyphs of the private use area dropped, spaces trimmed).
std::string accessibleName(const items::Item& it);

// The mirror of the registry's last frame plus ImGui's focus (needs a current ImGui context),
// written into `out` (its storage reused).
void describeLastFrame(std::string& out);
std::string describeLastFrame();

// Keeps the last text handed out: update() is true when this frame's differs; headChanged()
// then tells whether the records before the first item (focus, edited field, modal, live texts)
// differ too, so that the page can answer those at once and let a scroll's changes wait.
class Mirror {
public:
    bool update();
    bool headChanged() const { return m_headChanged; }
    const std::string& text() const { return m_text; }

private:
    std::string m_text, m_next;
    bool m_headChanged = true;
};

// Keyboard focus on an item that is no longer drawn (the layout changed under it: the first
// activity replaced the empty register's quick-add field, a toast went): Tab would go nowhere
// and the mirror has no element to focus. Asks Dear ImGui to focus its window's first item
// again; true when it did (the caller renders another frame).
bool keepNavOnScreen();

// Requests from assistive technology, applied in the next frame: focus gives `id` ImGui's
// keyboard focus; activate presses it too (a button, a checkbox, a tab; a text field starts
// editing).
void focus(unsigned id);
void activate(unsigned id);

}  // namespace air::ui::a11y
