// The register page's toolbar (search, filter menu, reviews due, grouping, columns, more) and
// the filter chips under it, with the "Deleted — Undo" strip.
//
// [SECTION] small widgets
// [SECTION] toolbar and filter menu
// [SECTION] chips
#include <algorithm>
#include <cfloat>

#include "ui/editor_fields.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/register_view.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

// ---- [SECTION] small widgets --------------------------------------------------------------
namespace reg {
// A toggle-looking button: accent border and soft fill while `on`.
bool toggleButton(const char* text, bool on) {
    if (on) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_Header));
        ImGui::PushStyleColor(ImGuiCol_Border, color::accent());
    }
    const bool r = ImGui::Button(text);
    if (on) ImGui::PopStyleColor(2);
    return r;
}

// Places the next item on the same line when `width` still fits, else on a new line.
void flow(float width, float spacing) {
    ImGui::SameLine(0, spacing);
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

// Width of a button with this label.
float buttonWidth(const char* text) {
    return ImGui::CalcTextSize(text, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
}
}  // namespace reg

using reg::buttonWidth;
using reg::flow;
using reg::toggleButton;

// ---- [SECTION] toolbar and filter menu ------------------------------------------------------------
// Search, filter menu, reviews due, grouping, columns and more; every change marks the layout
// to be remembered.
void RegisterView::drawToolbar(UiContext& ctx) {
    const float sp = em(0.5f);
    // Next to an open editor the buttons show their icon only (their names are tooltips).
    const bool compact = ImGui::GetContentRegionAvail().x < em(50);
    auto named = [compact](const char* ic, const std::string& text, const char* id) {
        return (compact ? std::string(ic) : std::string(ic) + "  " + text) + "##" + id;
    };
    // Search across name, description, purpose, owner and vendor.
    if (m_focusSearch) {
        edit::focusNextItem();
        m_focusSearch = false;
    }
    const float searchW = std::clamp(ImGui::GetContentRegionAvail().x * (compact ? 0.45f : 0.34f), em(10), em(22));
    ImGui::SetNextItemWidth(searchW);
    const std::string hint = std::string(icon::kSearch) + "  " + tr("reg.search_hint");
    if (edit::inputText("##search", m_layout.filter.search, hint.c_str())) m_scrollToCursor = true;
    edit::accessibleLabel(tr("reg.search_hint"));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr("reg.search_tip"));
    if (ImGui::IsItemActive() && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) m_layout.filter.search.clear();

    // Filter menu.
    const std::string filterLabel = named(icon::kFilter, std::string(tr("reg.filter")) + "  " + icon::kChevronDown, "filter");
    flow(buttonWidth(filterLabel.c_str()), sp);
    if (ImGui::Button(filterLabel.c_str())) ImGui::OpenPopup("filters");
    edit::accessibleLabel(tr("reg.filter"));
    if (compact && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("reg.filter"));
    drawFilterMenu(ctx);

    // Reviews due: a quick view with its count.
    const std::string dueText = trf("reg.reviews_due", num(m_index.reviewsDueCount()));
    const std::string due = compact ? std::string(icon::kClock) + " " + std::to_string(m_index.reviewsDueCount()) + "##due"
                                    : std::string(icon::kClock) + "  " + dueText + "##due";
    flow(buttonWidth(due.c_str()), sp);
    if (toggleButton(due.c_str(), m_layout.filter.reviewsDue)) {
        m_layout.filter.reviewsDue = !m_layout.filter.reviewsDue;
        m_layoutDirty = true;
    }
    edit::accessibleLabel(dueText.c_str());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal))
        ImGui::SetTooltip("%s\n%s", dueText.c_str(), tr("reg.reviews_due_tip"));

    // Group by: a button with a menu of the three choices.
    const char* groupNames[] = {tr("reg.group.none"), tr("reg.group.owner"), tr("reg.group.application")};
    const std::string groupLabel = named(icon::kBars, std::string(groupNames[int(m_layout.group)]) + "  " + icon::kChevronDown, "group");
    flow(buttonWidth(groupLabel.c_str()), sp);
    if (toggleButton(groupLabel.c_str(), m_layout.group != GroupBy::None)) ImGui::OpenPopup("groupmenu");
    edit::accessibleLabel(tr("reg.group_by"));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr("reg.group_by"));
    if (ImGui::BeginPopup("groupmenu")) {
        for (int g = 0; g < int(GroupBy::COUNT); ++g) {
            const bool sel = int(m_layout.group) == g;
            if (ImGui::Selectable(groupNames[g], sel) && !sel) {
                m_layout.group = GroupBy(g);
                m_collapsed.clear();
                m_layoutDirty = true;
            }
        }
        ImGui::EndPopup();
    }

    // Column chooser (the table's header context menu does the same).
    const std::string colsLabel = named(icon::kColumns, tr("reg.columns"), "columns");
    flow(buttonWidth(colsLabel.c_str()), sp);
    if (ImGui::Button(colsLabel.c_str())) ImGui::OpenPopup("columns");
    edit::accessibleLabel(tr("reg.columns"));
    if (compact && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("reg.columns"));
    if (ImGui::BeginPopup("columns")) {
        ImGui::TextDisabled("%s", tr("reg.columns_title"));
        for (std::size_t c = 0; c < kColumnCount; ++c) {
            bool on = m_layout.visible[c];
            ImGui::BeginDisabled(Column(c) == Column::Name);
            std::string text = columnLabel(Column(c));
            if (on && m_squeezed[c]) text += std::string("  (") + tr("reg.no_room") + ")";
            if (ImGui::Checkbox(text.c_str(), &on)) {
                m_layout.visible[c] = on;
                m_applyVisibility = true;
                m_layoutDirty = true;
            }
            ImGui::EndDisabled();
        }
        ImGui::Separator();
        if (ImGui::Selectable(tr("reg.columns_reset"), false)) {
            m_layout.visible.fill(true);
            m_applyVisibility = true;
            m_layoutDirty = true;
        }
        ImGui::EndPopup();
    }

    // More: the example register (with a confirmation, the register is not empty here).
    flow(ImGui::GetFrameHeight(), sp);
    if (ImGui::Button(icon::kEllipsisH, ImVec2(ImGui::GetFrameHeight(), 0))) ImGui::OpenPopup("more");
    edit::accessibleLabel(tr("reg.more"));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr("reg.more"));
    if (ImGui::BeginPopup("more")) {
        ImGui::BeginDisabled(!ctx.canEdit());
        if (ImGui::MenuItem((std::string(icon::kFolderOpen) + "  " + tr("reg.load_example_menu")).c_str())) m_exampleAsked = true;
        ImGui::EndDisabled();
        ImGui::EndPopup();
    }
    ImGui::Dummy(ImVec2(0, em(0.1f)));
}

// The filter popup: one submenu per kind with a checkbox per value, plus the two switches.
void RegisterView::drawFilterMenu(UiContext&) {
    if (!ImGui::BeginPopup("filters")) return;
    RegisterFilter& f = m_layout.filter;
    const RegisterFilter before = f;
    auto maskMenu = [](const char* title, auto values, std::uint32_t& mask) {
        if (!ImGui::BeginMenu(title)) return;
        for (auto v : values) {
            unsigned int m = mask;
            if (ImGui::CheckboxFlags(label(v), &m, bitOf(v))) mask = m;
        }
        ImGui::EndMenu();
    };
    maskMenu(tr("reg.f.tier"), allOf<Tier>(), f.tiers);
    maskMenu(tr("reg.f.lifecycle"), allOf<Lifecycle>(), f.lifecycles);
    maskMenu(tr("reg.f.review"), allOf<ReviewStatus>(), f.reviews);
    if (ImGui::BeginMenu(tr("reg.f.owner"))) {
        const auto& owners = m_index.owners();
        if (owners.empty()) ImGui::TextDisabled("%s", tr("reg.f.no_owners"));
        for (const std::string& o : owners) {
            auto it = std::find(f.owners.begin(), f.owners.end(), o);
            bool on = it != f.owners.end();
            ImGui::PushID(o.c_str());
            if (ImGui::Checkbox(o.empty() ? tr("reg.group.no_owner") : o.c_str(), &on)) {
                if (on) f.owners.push_back(o);
                else f.owners.erase(it);
            }
            ImGui::PopID();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr("reg.f.data_category"))) {
        for (DataCategory c : allOf<DataCategory>()) {
            if (c == DataCategory::RacialEthnic) {
                ImGui::Separator();
                ImGui::TextDisabled("%s", tr("ed.special_heading"));
            }
            unsigned int m = f.dataCategories;
            if (ImGui::CheckboxFlags(label(c), &m, bitOf(c))) f.dataCategories = m;
        }
        ImGui::EndMenu();
    }
    maskMenu(tr("reg.f.legal_basis"), allOf<LegalBasis>(), f.legalBases);
    ImGui::Separator();
    ImGui::Checkbox(tr("reg.f.has_blockers"), &f.hasBlockers);
    ImGui::Checkbox(tr("reg.f.reviews_due"), &f.reviewsDue);
    ImGui::Separator();
    ImGui::BeginDisabled(f.empty());
    if (ImGui::Selectable(tr("reg.clear_filters"))) {
        const std::string search = f.search;
        f.clear();
        f.search = search;
    }
    ImGui::EndDisabled();
    if (!(f == before)) m_layoutDirty = true;
    ImGui::EndPopup();
}

// ---- [SECTION] chips ------------------------------------------------------------------------------
// One removable chip per active filter value, "clear all", and the undo strip after a delete.
void RegisterView::drawChips(UiContext& ctx) {
    (void)ctx;
    RegisterFilter& f = m_layout.filter;
    const bool anyFilter = !RegisterFilter{f.tiers, f.lifecycles, f.reviews, f.dataCategories, f.legalBases, f.owners,
                                           f.hasBlockers, f.reviewsDue, ""}.empty();
    const bool undoShown = !m_undoText.empty() && ctx.platform && ctx.platform->now() < m_undoUntil;
    if (!anyFilter && !undoShown) return;
    const float sp = em(0.4f);
    bool first = true;
    bool changed = false;
    auto place = [&](const std::string& text) {
        const float w = ImGui::CalcTextSize(text.c_str()).x + em(2.2f);
        if (!first) flow(w, sp);
        first = false;
    };
    auto maskChips = [&](const char* kind, auto values, std::uint32_t& mask, const char* idPrefix) {
        for (auto v : values) {
            if (!hasBit(mask, v)) continue;
            const std::string text = std::string(kind) + ": " + label(v);
            place(text);
            const std::string id = std::string(idPrefix) + std::to_string(int(v));
            if (chip(text, id.c_str())) {
                mask &= ~bitOf(v);
                changed = true;
            }
        }
    };
    maskChips(tr("reg.f.tier"), allOf<Tier>(), f.tiers, "t");
    maskChips(tr("reg.f.lifecycle"), allOf<Lifecycle>(), f.lifecycles, "l");
    maskChips(tr("reg.f.review"), allOf<ReviewStatus>(), f.reviews, "r");
    maskChips(tr("reg.f.data_category"), allOf<DataCategory>(), f.dataCategories, "d");
    maskChips(tr("reg.f.legal_basis"), allOf<LegalBasis>(), f.legalBases, "b");
    for (std::size_t i = 0; i < f.owners.size(); ++i) {
        const std::string text = std::string(tr("reg.f.owner")) + ": " + (f.owners[i].empty() ? tr("reg.group.no_owner") : f.owners[i]);
        place(text);
        if (chip(text, ("o" + std::to_string(i)).c_str())) {
            f.owners.erase(f.owners.begin() + long(i));
            changed = true;
            break;
        }
    }
    if (f.hasBlockers) {
        const std::string text = tr("reg.f.has_blockers");
        place(text);
        if (chip(text, "hb")) f.hasBlockers = false, changed = true;
    }
    if (f.reviewsDue) {
        const std::string text = tr("reg.f.reviews_due");
        place(text);
        if (chip(text, "rd")) f.reviewsDue = false, changed = true;
    }
    if (anyFilter) {
        place(tr("reg.clear_all"));
        ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_Text, color::accent());
        if (smallButton(tr("reg.clear_all"))) {
            const std::string search = f.search;
            f.clear();
            f.search = search;
            changed = true;
        }
        ImGui::PopStyleColor(3);
    }
    if (undoShown) {
        // "Deleted — Undo": the toast says it; this strip makes it one click.
        place(m_undoText + tr("reg.undo"));
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s %s", icon::kTrash, m_undoText.c_str());
        ImGui::SameLine(0, em(0.3f));
        if (smallButton((std::string(icon::kUndo) + " " + tr("reg.undo")).c_str())) {
            if (ctx.model->canUndo()) ctx.check(ctx.model->undo());
            m_undoText.clear();
        }
    }
    if (changed) m_layoutDirty = true;
    ImGui::Dummy(ImVec2(0, em(0.1f)));
}

}  // namespace air::ui
