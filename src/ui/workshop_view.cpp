// The Workshops page (PRODUCT.md "Workshop mode"): the list of workshops (title, date,
// facilitator, activities, open actions), the selected workshop's details with "present",
// "edit", the session report downloads (HTML / Markdown) and "delete" (confirmed, undoable),
// the new/edit form (workshop_form.cpp) and presenter mode (workshop_presenter.cpp).
//
// Index:
//   [SECTION] helpers
//   [SECTION] view        — dispatch: presenter, form, list
//   [SECTION] list
//   [SECTION] details     — the selected workshop, downloads, delete confirmation
#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "app/exchange.hpp"
#include "core/clock.hpp"
#include "rules/rules.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"
#include "ui/workshop_data.hpp"
#include "ui/workshop_form.hpp"
#include "ui/workshop_presenter.hpp"
#include "ui/workshop_widgets.hpp"

namespace air::ui {
namespace {

// ---- [SECTION] helpers ----------------------------------------------------------------------
const Workshop* findWorkshop(const app::AppModel& m, std::string_view id) {
    for (const Workshop& w : m.workshops())
        if (w.id == id) return &w;
    return nullptr;
}

std::string iconLabel(const char* icon, const char* text) { return std::string(icon) + "  " + text; }

// Green / amber / red totals as three coloured numbers with the words in a tooltip.
void voteSummary(const Vote& v) {
    const ws::VoteColor cs[] = {ws::VoteColor::Green, ws::VoteColor::Amber, ws::VoteColor::Red};
    const int ns[] = {v.green, v.amber, v.red};
    ImGui::BeginGroup();
    for (int k = 0; k < 3; ++k) {
        if (k) ImGui::SameLine(0, em(0.5f));
        ImGui::TextColored(ImColor(ws::voteColor(cs[k])), "%s %d", icon::kCircle, ns[k]);
    }
    ImGui::EndGroup();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort))
        ImGui::SetTooltip("%s: %d   %s: %d   %s: %d", ws::voteWord(cs[0]), ns[0], ws::voteWord(cs[1]), ns[1],
                          ws::voteWord(cs[2]), ns[2]);
}

// ---- [SECTION] view -------------------------------------------------------------------------
class WorkshopView final : public View {
public:
    void draw(UiContext& ctx) override {
        if (!ctx.presentWorkshopId.empty()) {
            // The page behind presenter mode stays the list; the presenter draws on top of it.
            m_selected = ctx.presentWorkshopId;
        }
        if (m_form.active()) {
            const std::string saved = m_form.draw(ctx);
            if (!saved.empty()) m_selected = saved;
        } else {
            drawList(ctx);
        }
        if (!ctx.presentWorkshopId.empty()) m_presenter.draw(ctx);
    }

private:
    void drawList(UiContext& ctx);
    void drawDetails(UiContext& ctx, const Workshop& w);
    void drawDeleteConfirm(UiContext& ctx);
    void startPresenting(UiContext& ctx, const std::string& id) {
        ctx.presentWorkshopId = id;
        m_selected = id;
        if (ctx.platform) ctx.platform->requestFrame();
    }

    WorkshopForm m_form;
    WorkshopPresenter m_presenter;
    FrameworkBoard m_board;  // the "Our framework" tab
    std::string m_selected;       // workshop shown in the details panel
    std::string m_confirmDelete;  // workshop awaiting delete confirmation
};

// ---- [SECTION] list -------------------------------------------------------------------------
void WorkshopView::drawList(UiContext& ctx) {
    const auto& all = ctx.model->workshops();
    pageTitle(tr("nav.workshops"), tr("ws.subtitle"));

    // Two tabs: the workshops, and the team's framework (also reachable in presenter mode).
    bool showFramework = false;
    ImGuiTabItemFlags fwFlags = 0;
    if (auto show = ctx.requests.take<req::ShowFrameworkItem>()) {  // from an activity's editor
        m_board.select(show->id);
        fwFlags = ImGuiTabItemFlags_SetSelected;
    }
    if (ImGui::BeginTabBar("##ws_tabs")) {
        if (ImGui::BeginTabItem(tr("nav.workshops"))) ImGui::EndTabItem();
        const int n = int(ctx.model->framework().size());
        const std::string fwTab = (n > 0 ? trf("fw.title_count", num(n)) : std::string(tr("fw.title"))) + "###fw_tab";
        if (ImGui::BeginTabItem(fwTab.c_str(), nullptr, fwFlags)) {
            showFramework = true;
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    if (showFramework) {
        ImGui::Spacing();
        m_board.draw(ctx, nullptr, false);
        return;
    }

    ImGui::BeginDisabled(!ctx.canEdit());
    if (primaryButton(iconLabel(icon::kPlus, tr("ws.new")).c_str())) m_form.startNew(ctx);
    ImGui::EndDisabled();
    ImGui::Spacing();

    if (all.empty()) {
        emptyState(icon::kUsers, tr("ws.empty_title"),
                   ctx.model->activities().empty() ? tr("ws.empty_text_no_activities") : tr("ws.empty_text"));
        return;
    }
    if (!findWorkshop(*ctx.model, m_selected)) m_selected.clear();

    // Newest first; ties by title.
    std::vector<const Workshop*> rows;
    for (const Workshop& w : all) rows.push_back(&w);
    std::stable_sort(rows.begin(), rows.end(), [](const Workshop* a, const Workshop* b) {
        return a->date != b->date ? a->date > b->date : a->title < b->title;
    });
    if (m_selected.empty()) m_selected = rows.front()->id;

    const float rowH = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float headerH = ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float tableH = std::min(headerH + rowH * float(rows.size()) + 2.0f,
                                  std::max(em(8), ImGui::GetContentRegionAvail().y * 0.4f));
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##workshops", 6, flags, ImVec2(0, tableH))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("ws.col_title"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
        ImGui::TableSetupColumn(tr("ws.col_date"), ImGuiTableColumnFlags_WidthFixed, em(7.5f));
        ImGui::TableSetupColumn(tr("ws.col_facilitator"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn(tr("ws.col_activities"), ImGuiTableColumnFlags_WidthFixed, em(6.5f));
        ImGui::TableSetupColumn(tr("ws.col_open_actions"), ImGuiTableColumnFlags_WidthFixed, em(7.5f));
        ImGui::TableSetupColumn("##present", ImGuiTableColumnFlags_WidthFixed, em(8.5f));
        ImGui::TableHeadersRow();
        for (const Workshop* w : rows) {
            ImGui::PushID(w->id.c_str());
            ImGui::TableNextRow(0, rowH);
            ImGui::TableNextColumn();
            const bool sel = w->id == m_selected;
            // The title is drawn as text (user text never becomes an ImGui label with its "##" rules).
            const char* title = w->title.empty() ? tr("ws.untitled") : w->title.c_str();
            const ImVec2 cellPos = ImGui::GetCursorPos();
            if (ImGui::Selectable("##row", sel, ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                                  ImVec2(0, ImGui::GetFrameHeight())))
                m_selected = w->id;
            ws::accessibleName(title);
            ImGui::SetCursorPos(cellPos);
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(title);
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(showDate(w->date).c_str());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(w->facilitator.c_str());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%zu", w->activity_ids.size());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            const int open = ws::openActions(*w);
            if (open > 0) ImGui::TextColored(ImColor(color::severity(Severity::Warning)), "%d", open);
            else ImGui::TextColored(ImColor(color::textMuted()), "0");
            ImGui::TableNextColumn();
            if (smallButton(iconLabel(icon::kPlay, tr("ws.present")).c_str())) startPresenting(ctx, w->id);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (const Workshop* w = findWorkshop(*ctx.model, m_selected)) {
        const Workshop copy = *w;  // commands below refresh the model's list
        drawDetails(ctx, copy);
    }
    drawDeleteConfirm(ctx);
}

// ---- [SECTION] details ----------------------------------------------------------------------
void WorkshopView::drawDetails(UiContext& ctx, const Workshop& w) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.2f), em(1.0f)));
    ImGui::BeginChild("##ws_details", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();

    ImGui::PushFont(fonts().heading);
    ImGui::TextWrapped("%s", w.title.empty() ? tr("ws.untitled") : w.title.c_str());
    ImGui::PopFont();
    {
        std::string meta = std::string(icon::kCalendar) + "  " + (w.date.empty() ? "–" : showDate(w.date));
        if (!w.facilitator.empty()) meta += "     " + std::string(icon::kUser) + "  " + w.facilitator;
        meta += "     " + trf("ws.meta_votes", num(ws::totalVotes(w)));
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextWrapped("%s", meta.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();

    // Actions on the workshop: a row that wraps in a narrow window ("Delete" to the right when
    // it fits on the last line).
    if (primaryButton(iconLabel(icon::kPlay, tr("ws.start_presenting")).c_str())) startPresenting(ctx, w.id);
    const std::string editLabel = iconLabel(icon::kPencil, tr("ws.edit"));
    wrapSameLine(editLabel.c_str());
    ImGui::BeginDisabled(!ctx.canEdit());
    if (ImGui::Button(editLabel.c_str())) m_form.startEdit(w);
    ImGui::EndDisabled();
    const std::string htmlLabel = iconLabel(icon::kDownload, tr("ws.report_html"));
    wrapSameLine(htmlLabel.c_str());
    if (ImGui::Button(htmlLabel.c_str())) {
        const auto file = app::exchange::workshopReport(*ctx.model, w, app::exchange::Format::Html, lang());
        ctx.platform->download(file.name, file.mime, file.bytes);
        ctx.toast(tr("ws.report_done"));
    }
    const std::string mdLabel = iconLabel(icon::kDownload, tr("ws.report_md"));
    wrapSameLine(mdLabel.c_str());
    if (ImGui::Button(mdLabel.c_str())) {
        const auto file = app::exchange::workshopReport(*ctx.model, w, app::exchange::Format::Markdown, lang());
        ctx.platform->download(file.name, file.mime, file.bytes);
        ctx.toast(tr("ws.report_done"));
    }
    ImGui::BeginDisabled(!ctx.canEdit());
    const std::string delLabel = iconLabel(icon::kTrash, tr("ws.delete"));
    if (wrapSameLine(delLabel.c_str())) {
        const float delW = ImGui::CalcTextSize(delLabel.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - delW));
    }
    if (ImGui::Button(delLabel.c_str())) m_confirmDelete = w.id;
    ImGui::EndDisabled();
    ImGui::Spacing();

    // Two columns: the activities (tier, votes) and the open actions; below each other in a
    // narrow window (the details panel scrolls then).
    const float gap = em(1.5f);
    const bool stacked = ImGui::GetContentRegionAvail().x < emBody(44);
    const float colW = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
    if (!stacked) ImGui::BeginChild("##ws_d_acts", ImVec2(colW, 0), ImGuiChildFlags_None);
    ImGui::PushFont(fonts().bold);
    ImGui::SeparatorText(trf("ws.details_activities", num(w.activity_ids.size())).c_str());
    ImGui::PopFont();
    if (w.activity_ids.empty()) helpText(tr("ws.details_no_activities"));
    if (ImGui::BeginTable("##ws_d_act_table", 3, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("##name", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##tier", ImGuiTableColumnFlags_WidthFixed, em(8.5f));
        ImGui::TableSetupColumn("##votes", ImGuiTableColumnFlags_WidthFixed, em(8.5f));
        for (const std::string& id : w.activity_ids) {
            ImGui::PushID(id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const Activity* a = ctx.model->find(id);
            ImGui::AlignTextToFramePadding();
            ImGui::TextWrapped("%s", a ? a->name.c_str() : tr("ws.activity_gone"));
            ImGui::TableNextColumn();
            const auto* as = ctx.model->assessment(id);
            tierBadge(as ? as->tier : Tier::Unassessed);
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            voteSummary(ws::activityVoteTotals(w, id));
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (!stacked) {
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("##ws_d_actions", ImVec2(0, 0), ImGuiChildFlags_None);
    } else {
        ImGui::Spacing();
    }
    const int open = ws::openActions(w);
    const std::string actionsTitle = trf("ws.details_actions", num(open));
    ImGui::PushFont(fonts().bold);
    ImGui::SeparatorText(actionsTitle.c_str());
    ImGui::PopFont();
    items::node(items::Role::Heading, actionsTitle, 0, 3);  // also names this column's region
    if (w.actions.empty()) helpText(tr("ws.details_no_actions"));
    const std::string today = air::currentClock().today();
    for (std::size_t i = 0; i < w.actions.size(); ++i) {
        const WorkshopAction& a = w.actions[i];
        ImGui::PushID(int(i));  // the action's place in the workshop file is its identity
        ImGui::TextColored(ImColor(a.done ? color::success() : color::textMuted()), "%s",
                           a.done ? icon::kCheckCircle : icon::kCircle);
        ImGui::SameLine();
        ImGui::BeginGroup();
        if (a.done) ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextWrapped("%s", a.text.c_str());
        if (a.done) ImGui::PopStyleColor();
        std::string meta;
        if (const Activity* act = ctx.model->find(a.activity_id)) meta = act->name;
        if (!a.owner.empty()) meta += (meta.empty() ? "" : "  ·  ") + a.owner;
        if (!a.due.empty()) meta += (meta.empty() ? "" : "  ·  ") + trf("ws.due_on", showDate(a.due));
        const bool overdue = !a.done && rules::isIsoDate(a.due) && a.due < today;
        ImGui::PushStyleColor(ImGuiCol_Text, overdue ? color::danger() : color::textMuted());
        if (!meta.empty()) ImGui::TextWrapped("%s%s", meta.c_str(), overdue ? tr("ws.overdue_suffix") : "");
        ImGui::PopStyleColor();
        ImGui::EndGroup();
        ImGui::Dummy(ImVec2(0, em(0.2f)));
        ImGui::PopID();
    }
    if (!stacked) ImGui::EndChild();

    ImGui::EndChild();
}

void WorkshopView::drawDeleteConfirm(UiContext& ctx) {
    if (!m_confirmDelete.empty() && !ImGui::IsPopupOpen("##ws_delete")) ImGui::OpenPopup("##ws_delete");
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em(28), 0));
    if (!ImGui::BeginPopupModal("##ws_delete", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize))
        return;
    const Workshop* w = findWorkshop(*ctx.model, m_confirmDelete);
    if (!w) {
        m_confirmDelete.clear();
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr("ws.delete_title"));
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::TextWrapped("%s", trf("ws.delete_text", w->title, num(ws::totalVotes(*w)),
                                 std::to_string(w->notes.size() + w->actions.size()))
                                 .c_str());
    ImGui::Spacing();
    if (dangerButton(iconLabel(icon::kTrash, tr("ws.delete_confirm")).c_str())) {
        const std::string id = m_confirmDelete;
        m_confirmDelete.clear();
        ImGui::CloseCurrentPopup();
        if (ctx.check(ctx.model->deleteWorkshop(id))) {
            ctx.toast(tr("ws.deleted"));
            if (m_selected == id) m_selected.clear();
            if (ctx.presentWorkshopId == id) ctx.presentWorkshopId.clear();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("ws.form_cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        m_confirmDelete.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

std::unique_ptr<View> makeWorkshopView() { return std::make_unique<WorkshopView>(); }

}  // namespace air::ui
