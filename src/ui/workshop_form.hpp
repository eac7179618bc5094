// The "New workshop" / "Edit workshop" form of the workshops page: title, date (YYYY-MM-DD,
// validated), facilitator, and the activities to discuss, chosen from the register with a
// searchable multi-select and put in presentation order. Saving is one upsertWorkshop command.
#pragma once

#include <string>

#include "core/model.hpp"
#include "ui/context.hpp"

namespace air::ui {

class WorkshopForm {
public:
    // Starts a new workshop (date today, facilitator remembered from the last one).
    void startNew(UiContext& ctx);
    // Starts editing a copy of `w`.
    void startEdit(const Workshop& w);
    bool active() const { return m_active; }
    void close() { m_active = false; }
    // Draws the form; returns the id of the saved workshop once, after Save ("" otherwise).
    std::string draw(UiContext& ctx);

private:
    void drawActivityPicker(UiContext& ctx);

    bool m_active = false;
    bool m_isNew = true;
    bool m_tried = false;  // Save was pressed once: show every validation message
    bool m_focusTitle = false;
    Workshop m_draft;
    std::string m_search;
};

}  // namespace air::ui
