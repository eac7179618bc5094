// The activity editor: the right-hand panel of the register page (full width on narrow
// windows). Title, tier badge and actions; the activity's findings always on top (a click
// jumps to the field); then the sections as tabs. The editor edits a draft copy and commits
// one field at a time through AppModel::updateActivity (text when the input is left after an
// edit, checkboxes and combos at once), so every change is one undo step and one history
// entry. Invalid input (an empty name, a malformed date) stays in the draft, shown in red,
// and is not committed.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_model.hpp"
#include "core/model.hpp"
#include "ui/context.hpp"

namespace air::ui {

enum class EditorTab { Basics, Data, Vendors, Screening, Safeguards, Review, History, COUNT };

// The tab that holds a register-file field ("purpose", "processors[0].dpa_signed",
// "screening.human_review", "review.next_review", ...). Unknown fields map to Basics.
EditorTab tabOfField(std::string_view field);
// The short checkbox label of a screening fact (kScreeningFlags key), in the UI language.
std::string screeningFactLabel(std::string_view key);

class EditorPanel {
public:
    enum class Action { None, Close, Delete };

    // Draws the editor of ctx.selectedId into the current region. Returns what the register
    // view must do (closing, or asking to delete: the confirmation lives there).
    Action draw(UiContext& ctx, bool fullWidth);
    // Shows the "pre-filled from the catalogue" banner while `id` is open.
    void markPrefilled(const std::string& id) { m_prefilledId = id; }

    // True while a focus request, a tab switch or a flash is still under way (more frames).
    bool busy() const { return !m_focus.empty() || m_selectTab != EditorTab::COUNT || !m_flash.empty() ||
                               (!m_editingLong.empty() && !m_editingLongActive); }

    // ---- for tests ----------------------------------------------------------------------
    EditorTab tab() const { return m_tab; }
    const Activity& draft() const { return m_draft; }
    bool invalid(std::string_view field) const { return m_invalid.count(std::string(field)) != 0; }
    const std::string& lastFocused() const { return m_lastFocused; }
    // What the editor last announced about its findings (aria-live, polite); "" for none.
    const std::string& findingsAnnouncement() const { return m_findingsSaid; }

private:
    // [editor_panel.cpp]
    void sync(UiContext& ctx, const Activity& current);
    bool commit(UiContext& ctx, const std::function<void(Activity&)>& apply);
    Action drawHeader(UiContext& ctx, const Activity& a, bool fullWidth);
    void drawFindings(UiContext& ctx, const Activity& a);
    // Announces findings an edit added to or removed from the open activity (aria-live).
    void announceFindings(UiContext& ctx, const Activity& a);
    // Focus: focusBefore() right before a text input of `field`; focusAfter() after the
    // widget of every field (keyboard focus, scroll, flash).
    void focusBefore(std::string_view field);
    void focusAfter(std::string_view field);
    // Field helpers (label, input, validation, commit).
    void textField(UiContext& ctx, const char* field, const char* labelKey, const char* helpKey,
                   std::string Activity::*member, const char* hintKey = nullptr);
    void longTextField(UiContext& ctx, const char* field, const char* labelKey, const char* helpKey,
                       std::string Activity::*member, const char* hintKey = nullptr);
    void checkField(UiContext& ctx, const char* field, const char* labelKey, const char* helpKey,
                    bool Activity::*member);
    bool dateInput(const char* field, const char* name, std::string& value);

    // [editor_sections.cpp]
    void drawBasics(UiContext& ctx);
    void drawData(UiContext& ctx);
    void drawVendors(UiContext& ctx);
    void drawSafeguards(UiContext& ctx);
    void drawReview(UiContext& ctx, const Activity& a);
    void drawHistory(UiContext& ctx);
    // [editor_screening.cpp]
    void drawScreening(UiContext& ctx, const Activity& a);

    std::string m_id;
    Activity m_draft;
    std::uint64_t m_revision = 0;
    std::set<std::string> m_invalid;   // fields whose draft text is not committed (invalid)
    EditorTab m_tab = EditorTab::Basics;
    EditorTab m_selectTab = EditorTab::COUNT;  // tab to switch to on the next frame
    std::string m_focus;               // field to focus once it is drawn
    int m_focusFrames = 0;
    bool m_focusText = false;          // the focus request of a text input was made
    std::string m_flash;               // field highlighted after a jump
    double m_flashUntil = 0;
    std::string m_lastFocused;
    std::string m_editingLong;         // long text field being edited (else shown wrapped)
    bool m_editingLongActive = false;
    int m_editingLongWait = 0;         // frames waited for the long field to take the focus
    std::string m_prefilledId;
    std::vector<app::HistoryEntry> m_history;
    std::string m_historyId;
    std::uint64_t m_historyRevision = ~std::uint64_t(0);
    // announceFindings(): the open activity's findings as last seen (rule + detail each) and
    // the text announced for the last change, kept live while the activity stays open.
    std::string m_findingsFor;
    std::vector<std::string> m_findingsSeen;
    std::string m_findingsSaid;
};

}  // namespace air::ui
