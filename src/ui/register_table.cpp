// The register table: responsive columns (low-priority columns make room on a narrow list
// without touching the user's choice), sorting and column visibility read back into the
// layout, rows drawn through ImGuiListClipper from the cached index, group header rows, the
// keyboard cursor, and the row context menu.
//
// [SECTION] columns
// [SECTION] table
// [SECTION] rows
// [SECTION] row menu
#include <algorithm>
#include <chrono>

#include "imgui_internal.h"
#include "ui/editor_fields.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/register_view.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

// ---- [SECTION] columns ---------------------------------------------------------------------
const char* columnLabel(Column c) {
    switch (c) {
    case Column::Name: return tr("reg.col.name");
    case Column::Application: return tr("reg.col.application");
    case Column::Owner: return tr("reg.col.owner");
    case Column::Lifecycle: return tr("reg.col.lifecycle");
    case Column::Tier: return tr("reg.col.tier");
    case Column::Blockers: return tr("reg.col.blockers");
    case Column::LegalBasis: return tr("reg.col.legal_basis");
    case Column::Review: return tr("reg.col.review");
    case Column::Updated: return tr("reg.col.updated");
    default: return "";
    }
}

std::string groupLabel(const RegisterIndex::Group& g, GroupBy group) {
    if (!g.key.empty()) return g.label;
    return tr(group == GroupBy::Owner ? "reg.group.no_owner" : "reg.group.no_application");
}

namespace {
struct ColumnSpec {
    float minEm;    // width: fixed columns always, stretching ones at least
    float weight;   // share of the spare width (stretching columns); 0 = fixed width
    int dropOrder;  // 1 = first to make room on a narrow list; 0 = always shown
};
// Short values (badges, dates, statuses) get a fixed width that fits them in both languages;
// the free texts (name, application, owner) share the rest.
constexpr ColumnSpec kSpecs[] = {
    {13.0f, 2.4f, 0},  // name
    {8.0f, 1.2f, 4},   // application
    {7.5f, 1.0f, 5},   // owner
    {6.6f, 0.0f, 3},   // lifecycle
    {8.4f, 0.0f, 0},   // tier
    {6.4f, 0.0f, 7},   // blockers
    {9.5f, 0.0f, 2},   // legal basis
    {10.2f, 0.0f, 6},  // review
    {7.2f, 0.0f, 1},   // updated
};
static_assert(std::size(kSpecs) == kColumnCount);

ImU32 reviewColour(ReviewStatus s) {
    switch (s) {
    case ReviewStatus::Approved: return color::success();
    case ReviewStatus::ChangesRequested: return color::severity(Severity::Warning);
    case ReviewStatus::InReview: return color::accent();
    default: return color::tier(Tier::Unassessed);
    }
}

// Text vertically centred in the cell, cut with an ellipsis when the column is too narrow
// (the full text then shows on hover).
void cellText(const char* text, ImU32 col, float innerH) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    const float lineH = ImGui::GetTextLineHeight();
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float y = p.y + (innerH - lineH) * 0.5f;
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), ImVec2(p.x, y), ImVec2(p.x + w, y + lineH), p.x + w, p.x + w,
                              text, nullptr, &size);
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(std::min(size.x, w), innerH));
    items::node(items::Role::Cell, text, items::currentRow());
    if (size.x > w && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenOverlappedByItem)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26);
        ImGui::TextUnformatted(text);
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// Moves the cursor so that an item of height `itemH` is centred in the cell.
void centreY(float innerH, float itemH) { ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (innerH - itemH) * 0.5f); }
}  // namespace

// ---- [SECTION] table ----------------------------------------------------------------------------
// Draws the header and the visible rows of the cached index; reads the user's sort and column
// choices back into the layout.
void RegisterView::drawTable(UiContext& ctx) {
    const auto t0 = std::chrono::steady_clock::now();
    m_tableDrawn = true;
    // Columns the list has no room for are set aside, least important first.
    const float avail = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
    const float cellPad = em(0.55f) * 2;
    std::array<bool, kColumnCount> squeezed{};
    float need = 0;
    for (std::size_t c = 0; c < kColumnCount; ++c)
        if (m_layout.visible[c]) need += em(kSpecs[c].minEm) + cellPad;
    for (int order = 1; order <= 7 && need > avail; ++order)
        for (std::size_t c = 0; c < kColumnCount; ++c)
            if (kSpecs[c].dropOrder == order && m_layout.visible[c]) {
                squeezed[c] = true;
                need -= em(kSpecs[c].minEm) + cellPad;
            }
    if (squeezed != m_squeezed) {
        m_squeezed = squeezed;
        m_applySort = true;  // ImGui forgets the sort of a column it hides; ours is kept
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_Hideable | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    const float padY = em(0.3f);
    const float rowH = touchable(em(2.15f));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em(0.55f), padY));
    ImGui::PushStyleColor(ImGuiCol_TableBorderStrong, color::border());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::panel());
    const bool open = ImGui::BeginTable("register", int(kColumnCount), flags, ImVec2(0, ImGui::GetContentRegionAvail().y));
    ImGui::PopStyleColor();
    if (!open) {
        ImGui::PopStyleColor();
        ImGui::PopStyleVar();
        return;
    }
    // The accessibility mirror: the table, its header row and (below) its rows and cells.
    const ImGuiTable* tbl = ImGui::GetCurrentTable();
    const ImGuiID headerRow = ImHashStr("##a11y_header", 0, tbl->ID);
    items::nodeAt(tbl->ID, items::Role::Table, tr("nav.register"), tbl->OuterRect.Min.x, tbl->OuterRect.Min.y,
                  tbl->OuterRect.Max.x, tbl->OuterRect.Max.y);
    items::nodeAt(headerRow, items::Role::Row, {}, tbl->OuterRect.Min.x, tbl->OuterRect.Min.y, tbl->OuterRect.Max.x,
                  tbl->OuterRect.Min.y + ImGui::TableGetHeaderRowHeight(), tbl->ID);
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        ImGuiTableColumnFlags cf = kSpecs[c].weight > 0 ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed;
        if (Column(c) == Column::Name) cf |= ImGuiTableColumnFlags_NoHide;
        if (Column(c) == Column::Blockers) cf |= ImGuiTableColumnFlags_PreferSortDescending;
        if (Column(c) == Column::Updated) cf |= ImGuiTableColumnFlags_PreferSortDescending;
        if (squeezed[c]) cf |= ImGuiTableColumnFlags_Disabled;
        ImGui::TableSetupColumn(columnLabel(Column(c)), cf, kSpecs[c].weight > 0 ? kSpecs[c].weight : em(kSpecs[c].minEm),
                                ImGuiID(c));
    }
    ImGui::TableSetupScrollFreeze(0, 1);
    if (m_applyVisibility) {
        for (std::size_t c = 0; c < kColumnCount; ++c) ImGui::TableSetColumnEnabled(int(c), m_layout.visible[c]);
        m_applyVisibility = false;
    }
    if (m_applySort) {
        // Push our sort into the table's headers (ImGui has no public call for this).
        ImGuiTable* table = ImGui::GetCurrentTable();
        for (std::size_t c = 0; c < kColumnCount; ++c) table->Columns[int(c)].SortOrder = -1;
        bool first = true;
        for (const SortKey& k : m_layout.sort) {
            if (squeezed[std::size_t(k.column)] || !m_layout.visible[std::size_t(k.column)]) continue;
            ImGui::TableSetColumnSortDirection(int(k.column), k.descending ? ImGuiSortDirection_Descending : ImGuiSortDirection_Ascending,
                                               !first);
            first = false;
        }
        table->IsSortSpecsDirty = true;
        m_applySort = false;
        m_ignoreSortFrames = 2;
    }
    // The header row (as ImGui::TableHeadersRow, with each header named for the item registry).
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers, ImGui::TableGetHeaderRowHeight());
    for (std::size_t c = 0; c < kColumnCount; ++c) {
        if (!ImGui::TableSetColumnIndex(int(c))) continue;
        ImGui::PushID(int(c));
        ImGui::TableHeader(columnLabel(Column(c)));
        edit::accessibleLabel(trf("reg.sort_by", columnLabel(Column(c))).c_str());
        items::mark(items::Role::ColumnHeader, 0, columnLabel(Column(c)));
        items::setParent(headerRow);
        ImGui::PopID();
    }

    // Read back what the user changed in the headers: sort and (through the context menu) columns.
    if (ImGuiTableSortSpecs* ss = ImGui::TableGetSortSpecs(); ss && ss->SpecsDirty) {
        if (m_ignoreSortFrames == 0) {
            std::vector<SortKey> sort;
            for (int i = 0; i < ss->SpecsCount; ++i)
                sort.push_back({Column(ss->Specs[i].ColumnUserID), ss->Specs[i].SortDirection == ImGuiSortDirection_Descending});
            if (sort != m_layout.sort) {
                m_layout.sort = sort;
                m_layoutDirty = true;
            }
        }
        ss->SpecsDirty = false;
    }
    if (m_ignoreSortFrames > 0) --m_ignoreSortFrames;
    {
        ImGuiTable* table = ImGui::GetCurrentTable();
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            const bool on = table->Columns[int(c)].IsUserEnabledNextFrame;
            if (on != m_layout.visible[c]) {
                m_layout.visible[c] = on;
                m_layoutDirty = true;
            }
        }
    }
    m_headerBottom = ImGui::GetWindowPos().y + ImGui::TableGetHeaderRowHeight();

    const auto& rows = m_index.rows();
    ImGuiListClipper clipper;
    clipper.Begin(int(rows.size()));  // measured: a row is rowH plus its borders, so a given height would leave the last rows out of reach
    if (m_scrollToCursor && m_cursorRow >= 0 && m_cursorRow < int(rows.size())) clipper.IncludeItemByIndex(m_cursorRow);
    while (clipper.Step())
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) drawRow(ctx, r, rowH, padY);
    if (m_scrollToCursor && (m_cursorRow < 0 || m_cursorRow >= int(rows.size()))) m_scrollToCursor = false;
    ImGui::EndTable();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    m_lastTableMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// ---- [SECTION] rows -----------------------------------------------------------------------------
// A group header row: chevron, label, count and blockers; a click folds the group.
void RegisterView::drawGroupRow(const RegisterIndex::Group& g, float rowH, float padY) {
    const float innerH = rowH - padY * 2;
    ImGui::TableNextRow(0, rowH);
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, color::tint(color::Tint::Neutral));
    ImGui::TableSetColumnIndex(0);
    ImGui::PushID(("group:" + g.key).c_str());
    const ImVec2 p = ImGui::GetCursorPos();
    if (ImGui::Selectable("##group", false, ImGuiSelectableFlags_SpanAllColumns,
                          ImVec2(0, innerH))) {
        if (g.collapsed) m_collapsed.erase(g.key);
        else m_collapsed.insert(g.key);
    }
    const std::string label = groupLabel(g, m_layout.group);
    edit::accessibleLabel(label.c_str());
    items::mark(items::Role::Row, g.collapsed ? items::kCollapsed : items::kExpanded, label);
    items::setParent(ImGui::GetCurrentTable()->ID);
    items::node(items::Role::Cell, label, items::currentRow());
    ImGui::SetCursorPos(ImVec2(p.x, p.y + (innerH - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::TextDisabled("%s", g.collapsed ? icon::kChevronRight : icon::kChevronDown);
    ImGui::SameLine(0, em(0.5f));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, em(0.6f));
    ImGui::TextDisabled("%d", g.count);
    if (g.blockers > 0) {
        ImGui::SameLine(0, em(0.8f));
        ImGui::TextColored(ImColor(color::severity(Severity::Blocker)), "%s %d", icon::kBan, g.blockers);
    }
    ImGui::PopID();
}

// One activity row: a full-width selectable (click opens, right click the menu) with the cells
// drawn over it; keeps the keyboard cursor in view when asked to.
void RegisterView::drawRow(UiContext& ctx, int r, float rowH, float padY) {
    const RegisterIndex::Row& row = m_index.rows()[std::size_t(r)];
    if (row.activity < 0) {
        drawGroupRow(m_index.groups()[std::size_t(row.group)], rowH, padY);
        return;
    }
    const Activity& a = ctx.model->activities()[std::size_t(row.activity)];
    const RowFacts& f = m_index.facts(row.activity);
    const float innerH = rowH - padY * 2;
    const bool isCursor = a.id == m_cursorId;
    const bool isOpen = a.id == ctx.selectedId;
    const std::string id = a.id;  // `a` may move when a command runs below

    ImGui::TableNextRow(0, rowH);
    ImGui::PushID(id.c_str());
    ImGui::TableSetColumnIndex(0);
    const ImVec2 cell = ImGui::GetCursorPos();
    if (ImGui::Selectable("##row", isOpen, ImGuiSelectableFlags_SpanAllColumns,
                          ImVec2(0, innerH))) {
        m_cursorId = id;
        m_pendingSelect = id;
        m_pendingOpen = true;
    }
    edit::accessibleLabel(a.name.empty() ? tr("ed.unnamed") : a.name.c_str());
    items::mark(items::Role::Row, items::kSelectable | (isOpen ? items::kSelected : 0), a.name.empty() ? tr("ed.unnamed") : a.name.c_str());
    items::setParent(ImGui::GetCurrentTable()->ID);
    if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) m_cursorId = id;
    ImGui::OpenPopupOnItemClick("rowmenu", ImGuiPopupFlags_MouseButtonRight);
    if (isCursor && !isOpen) {
        // The keyboard cursor stays visible as an outline (focus is always visible).
        const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
        ImGui::GetWindowDrawList()->AddRect(ImVec2(mn.x + 1, mn.y - padY + 1), ImVec2(mx.x - 1, mx.y + padY - 1),
                                            color::accent(), em(0.2f), 0, 1.5f);
    }
    if (isCursor && m_scrollToCursor) {
        // Bring the cursor row into view: the least scroll for a neighbouring row, a third
        // from the top for a jump. Checked again next frame (the layout above may move).
        const float top = ImGui::GetItemRectMin().y - padY, bottom = ImGui::GetItemRectMax().y + padY;
        const float visTop = m_headerBottom;
        const float visBottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
        if (top < visTop || bottom > visBottom) {
            const bool jump = top < visTop - rowH * 3 || bottom > visBottom + rowH * 3;
            const float y = ImGui::GetScrollY();
            ImGui::SetScrollY(jump ? y + top - visTop - (visBottom - visTop) * 0.3f
                                   : top < visTop ? y - (visTop - top) : y + (bottom - visBottom));
            if (++m_scrollTries > 4) m_scrollToCursor = false, m_scrollTries = 0;
        } else {
            m_scrollToCursor = false;
            m_scrollTries = 0;
        }
    }

    // Name.
    ImGui::SetCursorPos(cell);
    ImGui::PushFont(fonts().bold);
    cellText(a.name.empty() ? tr("ed.unnamed") : a.name.c_str(), ImGui::GetColorU32(ImGuiCol_Text), innerH);
    ImGui::PopFont();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text), muted = color::textMuted();
    if (ImGui::TableSetColumnIndex(int(Column::Application)))
        cellText(f.appName.empty() ? "\xE2\x80\x94" : f.appName.c_str(), f.appName.empty() ? muted : text, innerH);
    if (ImGui::TableSetColumnIndex(int(Column::Owner)))
        cellText(a.owner.empty() ? "\xE2\x80\x94" : a.owner.c_str(), a.owner.empty() ? muted : text, innerH);
    if (ImGui::TableSetColumnIndex(int(Column::Lifecycle)))
        cellText(label(a.lifecycle), a.lifecycle == Lifecycle::Retired ? muted : text, innerH);
    if (ImGui::TableSetColumnIndex(int(Column::Tier))) {
        centreY(innerH, ImGui::GetFrameHeight());
        tierBadge(f.tier);
        items::node(items::Role::Cell, label(f.tier), items::currentRow());
    }
    if (ImGui::TableSetColumnIndex(int(Column::Blockers))) {
        if (f.blockers > 0) {
            const std::string s = std::string(icon::kBan) + " " + std::to_string(f.blockers);
            cellText(s.c_str(), color::severity(Severity::Blocker), innerH);
        } else {
            cellText("\xE2\x80\x94", muted, innerH);
        }
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenOverlappedByItem))
            ImGui::SetTooltip("%s", trf("reg.blockers_tip", num(f.blockers), num(f.warnings)).c_str());
    }
    if (ImGui::TableSetColumnIndex(int(Column::LegalBasis)))
        cellText(a.legal_basis == LegalBasis::None ? "\xE2\x80\x94" : label(a.legal_basis),
                 a.legal_basis == LegalBasis::None ? muted : text, innerH);
    if (ImGui::TableSetColumnIndex(int(Column::Review))) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float r0 = em(0.28f);
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + r0, p.y + innerH * 0.5f), r0, reviewColour(a.review.status));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + r0 * 2 + em(0.45f));
        std::string s = label(a.review.status);
        if (f.reviewDue) s += std::string("  ") + icon::kClock;
        cellText(s.c_str(), f.reviewDue ? color::severity(Severity::Warning) : text, innerH);
        if (f.reviewDue && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenOverlappedByItem))
            ImGui::SetTooltip("%s", a.review.next_review.empty() ? tr("reg.review_no_date")
                                                                 : trf("reg.review_due_on", showDate(a.review.next_review)).c_str());
    }
    if (ImGui::TableSetColumnIndex(int(Column::Updated))) {
        const std::string d = a.updated_at.size() >= 10 ? showDate(a.updated_at.substr(0, 10)) : a.updated_at;
        cellText(d.c_str(), muted, innerH);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenOverlappedByItem)) ImGui::SetTooltip("%s", showTimestamp(a.updated_at).c_str());
    }
    // The menu last: a command in it may change the activity list `a` lives in.
    ImGui::TableSetColumnIndex(0);
    rowMenu(ctx, id);
    ImGui::PopID();
}

// ---- [SECTION] row menu -------------------------------------------------------------------------
// The row's context menu: open, duplicate, retire, delete (asks first).
void RegisterView::rowMenu(UiContext& ctx, const std::string& id) {
    if (!ImGui::BeginPopup("rowmenu")) return;
    const Activity* a = ctx.model->find(id);
    if (!a) {
        ImGui::EndPopup();
        return;
    }
    if (ImGui::MenuItem((std::string(icon::kPencil) + "  " + tr("reg.open")).c_str())) {
        m_pendingSelect = id;
        m_pendingOpen = true;
    }
    ImGui::BeginDisabled(!ctx.canEdit());
    bool acted = false;  // after a command `a` may be gone: nothing below reads it then
    if (ImGui::MenuItem((std::string(icon::kCopy) + "  " + tr("reg.duplicate")).c_str())) {
        acted = true;
        auto r = ctx.model->duplicateActivity(id);
        if (r.ok()) {
            m_cursorId = r.value();
            m_scrollToCursor = true;
            m_pendingSelect = r.value();
            m_pendingOpen = true;
            ctx.toast(tr("reg.duplicated_toast"));
        } else {
            ctx.toast(r.error().text(lang()), true);
        }
    }
    if (!acted && ImGui::MenuItem((std::string(icon::kArchive) + "  " + tr("reg.retire")).c_str(), nullptr, false,
                                  a->lifecycle != Lifecycle::Retired)) {
        acted = true;
        Activity copy = *a;
        copy.lifecycle = Lifecycle::Retired;
        if (ctx.check(ctx.model->updateActivity(copy))) ctx.toast(tr("reg.retired_toast"));
    }
    if (!acted) {
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, color::danger());
        if (ImGui::MenuItem((std::string(icon::kTrash) + "  " + tr("reg.delete_menu")).c_str())) askDelete(id);
        ImGui::PopStyleColor();
    }
    ImGui::EndDisabled();
    ImGui::EndPopup();
}

}  // namespace air::ui
