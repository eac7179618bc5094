// Workshop presenter mode (PRODUCT.md "Workshop mode"): a full-window layout in large type for
// a projector. One activity at a time (name, purpose, tier with its plain-language reason, data
// categories, key findings, the workshop's agreed actions for it) next to one card of the
// principles deck (summary, discussion questions, a quick green/amber/red vote and notes), a
// countdown timer and keyboard navigation (Left/Right principle, PageUp/PageDown activity, Esc
// leaves). Every vote click and every committed text is one upsertWorkshop command. A switch in
// the top bar (or F) shows the team's framework instead: propose, vote and adopt principles and
// red lines (FrameworkBoard).
#pragma once

#include <cstddef>
#include <string>

#include "ui/context.hpp"
#include "ui/framework_board.hpp"
#include "ui/workshop_data.hpp"
#include "ui/workshop_widgets.hpp"

namespace air::ui {

class WorkshopPresenter {
public:
    // Draws presenter mode for ctx.presentWorkshopId on top of the whole window. Clears
    // ctx.presentWorkshopId when the user leaves or the workshop no longer exists.
    void draw(UiContext& ctx);

private:
    void handleKeys(UiContext& ctx, std::size_t activityCount);
    void drawTopBar(UiContext& ctx, const Workshop& w);
    void drawTimer(UiContext& ctx);
    void drawModeSwitch(UiContext& ctx);
    void drawActivity(UiContext& ctx, const Workshop& w, const std::string& activityId);
    void drawActions(UiContext& ctx, const Workshop& w, const std::string& activityId);
    float actionsHeight(const Workshop& w, const std::string& activityId) const;
    void drawPrinciple(UiContext& ctx);
    static float voteButtonHeight();
    float tileHeight() const;
    float captureHeight(bool stacked) const;  // stacked: the notes below the tiles
    void drawCapture(UiContext& ctx, const Workshop& w, const std::string& activityId);
    void drawVotes(UiContext& ctx, const Workshop& w, const std::string& activityId, Principle p, float width);
    void save(UiContext& ctx, const Workshop& w);
    void leave(UiContext& ctx);

    std::string m_workshopId;    // the workshop the indices below belong to
    std::size_t m_activity = 0;  // index into workshop.activity_ids
    bool m_narrow = false;       // one column (a portrait tablet)
    int m_principle = 0;         // index into principleDeck()
    bool m_focus = false;        // bring the presenter window to the front once
    float m_barRightW = 0;       // width of the right part of the top bar, last frame
    bool m_large = false;        // a projector-sized window: larger type for the secondary texts
    bool m_popupOpen = false;    // a list (combo) was open at the end of the last frame
    bool m_framework = false;    // showing "Our framework" instead of the activities (F)
    FrameworkBoard m_board;
    ws::Timer m_timer;
    double m_nextWake = 0;       // platform time of the pending wake-up (none pending once passed)
    ws::CommitField m_field;
    std::string m_newText, m_newOwner, m_newDue;  // the "add action" row
    static constexpr std::size_t kNone = std::size_t(-1);
    std::size_t m_editAction = kNone;  // action whose text is being edited (index in the workshop)
    int m_editFrames = 0;              // frames left to give that field the keyboard focus
    std::string m_noteKey;             // "<activity id>/<principle key>" of the note being edited
    int m_noteFrames = 0;
};

}  // namespace air::ui
