// The team's own framework in the UI (issue #10; DDMA: "build your own ethical framework").
// FrameworkBoard is the "Our framework" section of presenter mode and of the workshop page:
// the items on the left (adopted, proposed, closed), the chosen one on the right with its
// text, why, what it applies to, a show of hands and propose / adopt / reject / retire. Every
// click and every committed text is one AppModel command (one undo step).
// drawFrameworkTouches shows, beside an activity's findings, the adopted items it touches.
#pragma once

#include <string>

#include "ui/context.hpp"
#include "ui/workshop_widgets.hpp"

namespace air::ui {

class FrameworkBoard {
public:
    // Draws the board into the current window's remaining content region. `workshop` is the
    // workshop the items are proposed and decided in (nullptr: none); `large` = presenter type.
    void draw(UiContext& ctx, const Workshop* workshop, bool large);
    void select(std::string id) { m_selected = std::move(id); }

private:
    void drawList(UiContext& ctx, const Workshop* workshop, float width, float height);
    void drawItem(UiContext& ctx, const Workshop* workshop, const FrameworkItem& item, bool large);
    void drawScope(UiContext& ctx, const FrameworkItem& item);
    void drawVotes(UiContext& ctx, const FrameworkItem& item, bool large);
    void drawDecision(UiContext& ctx, const Workshop* workshop, const FrameworkItem& item);
    void save(UiContext& ctx, const FrameworkItem& item);

    std::string m_selected;  // id of the item shown on the right
    std::string m_newText;   // the "propose" field
    ws::CommitField m_text, m_explanation;
};

// The adopted principles and red lines that `a` touches, each with why, in a tinted box; draws
// nothing when none does. Returns the id of the item the user clicked (to show it), or "".
std::string drawFrameworkTouches(UiContext& ctx, const Activity& a);

}  // namespace air::ui
