// The register page: toolbar (new from catalogue, quick add, search, filters, reviews due,
// grouping, columns), filter chips, the big sortable table of activities drawn through a
// cached row index, the empty states, and the editor panel on the right (full width on a
// narrow window). Keyboard: Ctrl+N new from catalogue, Ctrl+F search, arrows + Enter in the
// table, Delete asks to delete, Esc closes the editor. Undo/redo stay with the shell.
#pragma once

#include <array>
#include <set>
#include <string>

#include "app/register_query.hpp"
#include "ui/catalogue_picker.hpp"
#include "ui/editor_panel.hpp"
#include "ui/views.hpp"

struct ImGuiWindow;

namespace air::ui {

// The table's data side (columns, filters, layout, the cached row index) is app's
// (app/register_query.hpp); the page's files use its names.
using app::bitOf;
using app::Column;
using app::GroupBy;
using app::hasBit;
using app::kColumnCount;
using app::RegisterFilter;
using app::RegisterIndex;
using app::RegisterLayout;
using app::RowFacts;
using app::SortKey;

// A column's header in the UI language.
const char* columnLabel(Column c);
// A group header's text: the index's label, or "(no owner)" / "(no application)" for the
// group of activities without one.
std::string groupLabel(const RegisterIndex::Group& g, GroupBy group);

class RegisterView final : public View {
public:
    void draw(UiContext& ctx) override;

    // ---- for tests ----------------------------------------------------------------------
    const RegisterIndex& index() const { return m_index; }
    const RegisterLayout& layout() const { return m_layout; }
    // Changes the layout as the toolbar would (remembered at the end of the frame).
    RegisterLayout& editLayout() {
        m_layoutDirty = true;
        return m_layout;
    }
    void setToday(std::string isoDate) { m_today = std::move(isoDate); }
    const std::string& cursorId() const { return m_cursorId; }
    EditorPanel& editor() { return m_editor; }
    const CataloguePicker& picker() const { return m_picker; }
    double lastTableMs() const { return m_lastTableMs; }

private:
    // [register_view.cpp]
    void loadLayout(UiContext& ctx);
    void saveLayout(UiContext& ctx);
    void handleKeys(UiContext& ctx, bool tableHasKeys);
    void drawList(UiContext& ctx);
    void drawHeaderBar(UiContext& ctx);
    void drawEmpty(UiContext& ctx);
    void drawNoMatch();
    void drawModals(UiContext& ctx);
    void addQuick(UiContext& ctx, bool openEditor);
    void createFromCatalogue(UiContext& ctx, const std::string& key);
    void loadExample(UiContext& ctx);
    void askDelete(const std::string& id) {
        m_deleteId = id;
        m_deleteAsked = true;
    }
    // The activity row `delta` activity rows away from the cursor (clamped; headers skipped).
    int rowAfter(int delta) const;
    std::string today() const;

    // [register_toolbar.cpp]
    void drawToolbar(UiContext& ctx);
    void drawFilterMenu(UiContext& ctx);
    void drawChips(UiContext& ctx);

    // [register_table.cpp]
    void drawTable(UiContext& ctx);
    void drawRow(UiContext& ctx, int row, float rowH, float padY);
    void drawGroupRow(const RegisterIndex::Group& g, float rowH, float padY);
    void rowMenu(UiContext& ctx, const std::string& id);

    RegisterIndex m_index;
    RegisterLayout m_layout;
    std::string m_layoutPath;    // register whose layout is loaded
    bool m_layoutDirty = false;
    bool m_applyVisibility = true;  // push m_layout.visible into the table
    bool m_applySort = true;        // push m_layout.sort into the table
    std::array<bool, kColumnCount> m_squeezed{};  // hidden for lack of room (not the user's choice)
    int m_ignoreSortFrames = 0;
    std::set<std::string> m_collapsed;
    std::string m_today;

    std::string m_quickName;
    bool m_clearQuick = false;  // empty the (still active) quick-add field next frame
    bool m_focusSearch = false;
    std::string m_cursorId;      // keyboard cursor (highlighted row)
    int m_cursorRow = -1;
    int m_cursorRowRebuild = -1;  // index rebuild count m_cursorRow was computed for
    std::string m_cursorRowId;
    bool m_scrollToCursor = false;
    int m_scrollTries = 0;
    bool m_tableDrawn = false;
    bool m_editorFullWidth = false;  // the editor covers the list (narrow window)    // the table was drawn this frame (it can scroll to the cursor)
    std::string m_lastSelected;  // ctx.selectedId seen last frame (external changes scroll to it)
    std::string m_pendingSelect; // applied after the editor has drawn (lets a field commit first)
    bool m_pendingOpen = false;
    float m_headerBottom = 0;
    ImGuiWindow* m_listWindow = nullptr;

    std::string m_deleteId;
    bool m_deleteAsked = false;
    bool m_exampleAsked = false;
    std::string m_undoText;
    double m_undoUntil = 0;

    EditorPanel m_editor;
    CataloguePicker m_picker;
    double m_lastTableMs = 0;
};

// Small toolbar widgets shared by the register's files (register_toolbar.cpp).
namespace reg {
bool toggleButton(const char* text, bool on);    // accent border and fill while `on`
void flow(float width, float spacing);           // same line if `width` fits, else a new line
float buttonWidth(const char* text);             // width of a button with this label
}  // namespace reg

}  // namespace air::ui
