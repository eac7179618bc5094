#include "ui/workshop_form.hpp"

#include <algorithm>
#include <cfloat>
#include <set>

#include "core/clock.hpp"
#include "ui/editor_fields.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/workshop_data.hpp"
#include "ui/workshop_widgets.hpp"

namespace air::ui {
namespace {

void fieldLabel(const char* text, bool required) {
    ImGui::Dummy(ImVec2(0, em(0.1f)));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    if (required) {
        ImGui::SameLine(0, em(0.2f));
        ImGui::TextColored(ImColor(color::danger()), "*");
    }
}

// The editor's validation marks (a red frame, a red line under the input).
using edit::markInvalid;
void errorLine(const char* text) { edit::errorText(text); }

}  // namespace

void WorkshopForm::startNew(UiContext& ctx) {
    m_draft = Workshop{};
    m_draft.date = air::currentClock().today();
    // The facilitator of the most recent workshop is a good guess for the next one.
    const auto& all = ctx.model->workshops();
    const Workshop* latest = nullptr;
    for (const Workshop& w : all)
        if (!latest || w.date >= latest->date) latest = &w;
    if (latest) m_draft.facilitator = latest->facilitator;
    m_isNew = true;
    m_active = true;
    m_tried = false;
    m_focusTitle = true;
    m_search.clear();
}

void WorkshopForm::startEdit(const Workshop& w) {
    m_draft = w;
    m_isNew = false;
    m_active = true;
    m_tried = false;
    m_focusTitle = false;
    m_search.clear();
}

std::string WorkshopForm::draw(UiContext& ctx) {
    if (!m_active) return {};
    pageTitle(m_isNew ? tr("ws.form_new_title") : tr("ws.form_edit_title"), tr("ws.form_subtitle"));

    const float footerH = ImGui::GetFrameHeightWithSpacing() + em(0.8f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.2f), em(1.0f)));
    ImGui::BeginChild("##ws_form", ImVec2(0, ImGui::GetContentRegionAvail().y - footerH),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    ImGui::BeginDisabled(!ctx.canEdit());

    const float fieldW = std::min(em(30), ImGui::GetContentRegionAvail().x);
    const bool titleBad = !ws::titleOk(m_draft.title);
    const bool dateBad = !ws::dateOk(ws::trimmed(m_draft.date));

    fieldLabel(tr("ws.field_title"), true);
    ImGui::SetNextItemWidth(fieldW);
    if (m_focusTitle) {
        ImGui::SetKeyboardFocusHere();
        m_focusTitle = false;
    }
    ws::inputString("##title", m_draft.title, tr("ws.field_title_hint"));
    ws::accessibleName(tr("ws.field_title"));
    if (titleBad && m_tried) {
        markInvalid();
        errorLine(tr("ws.title_missing"));
    }

    fieldLabel(tr("ws.field_date"), true);
    ImGui::SetNextItemWidth(em(9));
    ws::inputString("##date", m_draft.date, tr("ws.due_hint"));
    ws::accessibleName(tr("ws.field_date"));
    if (dateBad && (m_tried || !m_draft.date.empty())) {
        markInvalid();
        if (!ImGui::IsItemActive() || m_tried) errorLine(tr("ws.date_invalid"));
    } else if (!dateBad) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImColor(color::textMuted()), "%s", showDate(ws::trimmed(m_draft.date)).c_str());
    }

    fieldLabel(tr("ws.field_facilitator"), false);
    ImGui::SetNextItemWidth(fieldW);
    ws::inputString("##facilitator", m_draft.facilitator, tr("ws.field_facilitator_hint"));
    ws::accessibleName(tr("ws.field_facilitator"));

    ImGui::Dummy(ImVec2(0, em(0.4f)));
    drawActivityPicker(ctx);
    ImGui::EndDisabled();
    ImGui::EndChild();

    // Footer: save / cancel.
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    std::string savedId;
    ImGui::BeginDisabled(!ctx.canEdit());
    const std::string saveLabel = std::string(icon::kCheck) + "  " + (m_isNew ? tr("ws.form_create") : tr("ws.form_save"));
    if (primaryButton(saveLabel.c_str())) {
        m_tried = true;
        if (!titleBad && !dateBad) {
            Workshop w = m_draft;
            w.title = ws::trimmed(w.title);
            w.facilitator = ws::trimmed(w.facilitator);
            w.date = ws::trimmed(w.date);
            std::set<std::string> before;
            for (const Workshop& x : ctx.model->workshops()) before.insert(x.id);
            if (ctx.check(ctx.model->upsertWorkshop(w))) {
                savedId = w.id;
                if (savedId.empty())
                    for (const Workshop& x : ctx.model->workshops())
                        if (!before.count(x.id)) savedId = x.id;
                ctx.toast(m_isNew ? tr("ws.created") : tr("ws.saved"));
                m_active = false;
            }
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr("ws.form_cancel"))) m_active = false;
    if (m_tried && (titleBad || dateBad)) {
        ImGui::SameLine(0, em(1));
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImColor(color::danger()), "%s %s", icon::kExclamation, tr("ws.form_fix"));
    }
    return savedId;
}

void WorkshopForm::drawActivityPicker(UiContext& ctx) {
    ImGui::PushFont(fonts().bold);
    ImGui::SeparatorText(tr("ws.field_activities"));
    ImGui::PopFont();
    helpText(tr("ws.field_activities_help"));
    ImGui::Spacing();

    const auto& acts = ctx.model->activities();
    auto chosen = [&](const std::string& id) {
        return std::find(m_draft.activity_ids.begin(), m_draft.activity_ids.end(), id) != m_draft.activity_ids.end();
    };
    const float gap = em(1.2f);
    const float colW = (ImGui::GetContentRegionAvail().x - gap) * 0.5f;
    const float listH = std::max(em(10), std::min(em(18), ImGui::GetContentRegionAvail().y - em(4)));

    // Left: the register, searchable, with a check box per activity.
    ImGui::BeginGroup();
    ImGui::SetNextItemWidth(colW);
    const std::string searchHint = std::string(icon::kSearch) + "  " + tr("ws.search_hint");
    ws::inputString("##search", m_search, searchHint.c_str());
    ws::accessibleName(tr("ws.search_hint"));
    std::vector<const Activity*> shown;
    for (const Activity& a : acts)
        if (ws::matches(a.name, m_search) || ws::matches(a.purpose, m_search) || ws::matches(a.owner, m_search))
            shown.push_back(&a);
    ImGui::BeginChild("##ws_pick", ImVec2(colW, listH), ImGuiChildFlags_Border);
    if (acts.empty()) {
        helpText(tr("ws.pick_register_empty"));
    } else if (shown.empty()) {
        helpText(tr("ws.pick_no_match"));
    }
    for (const Activity* a : shown) {
        ImGui::PushID(a->id.c_str());
        bool on = chosen(a->id);
        const float badgeW = em(8.5f);
        // A name with "##" in it would be cut by ImGui's label rules: then the text goes beside it.
        const bool plain = a->name.find("##") == std::string::npos && !a->name.empty();
        if (ImGui::Checkbox(plain ? a->name.c_str() : "##on", &on)) {
            if (on) m_draft.activity_ids.push_back(a->id);
            else
                m_draft.activity_ids.erase(
                    std::remove(m_draft.activity_ids.begin(), m_draft.activity_ids.end(), a->id),
                    m_draft.activity_ids.end());
        }
        if (!plain) {
            ws::accessibleName(a->name.c_str());
            ImGui::SameLine();
            ImGui::TextUnformatted(a->name.c_str());
        }
        if (const auto* as = ctx.model->assessment(a->id)) {
            ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - badgeW));
            tierBadge(as->tier);
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    // Bulk choices for what the search shows.
    if (smallButton(tr("ws.pick_all_shown"))) {
        for (const Activity* a : shown)
            if (!chosen(a->id)) m_draft.activity_ids.push_back(a->id);
    }
    ImGui::SameLine();
    if (smallButton(tr("ws.pick_none"))) m_draft.activity_ids.clear();
    ImGui::EndGroup();

    // Right: the chosen activities in session order, with move up / down / remove.
    ImGui::SameLine(0, gap);
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(trf("ws.pick_chosen", num(m_draft.activity_ids.size())).c_str());
    ImGui::PopFont();
    ImGui::BeginChild("##ws_order", ImVec2(colW, listH), ImGuiChildFlags_Border);
    if (m_draft.activity_ids.empty()) helpText(tr("ws.pick_chosen_empty"));
    int moveFrom = -1, moveTo = -1, removeAt = -1;
    const int n = int(m_draft.activity_ids.size());
    for (int i = 0; i < n; ++i) {
        const std::string& id = m_draft.activity_ids[std::size_t(i)];
        const Activity* a = ctx.model->find(id);
        ImGui::PushID(id.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImColor(color::textMuted()), "%d.", i + 1);
        ImGui::SameLine();
        const float btnW = ImGui::GetFrameHeight();
        const float textRight = ImGui::GetWindowContentRegionMax().x - 3 * (btnW + em(0.2f));
        ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                            ImVec2(ImGui::GetWindowPos().x + textRight, ImGui::GetCursorScreenPos().y + btnW), true);
        ImGui::TextUnformatted(a ? a->name.c_str() : tr("ws.activity_gone"));
        ImGui::PopClipRect();
        ImGui::SameLine(textRight + em(0.2f));
        ImGui::BeginDisabled(i == 0);
        if (ws::quietButton((std::string(icon::kChevronUp) + "##up").c_str(), ImVec2(btnW, 0))) moveFrom = i, moveTo = i - 1;
        ws::accessibleName(tr("ws.pick_up"));
        ImGui::EndDisabled();
        ImGui::SameLine(0, em(0.2f));
        ImGui::BeginDisabled(i + 1 == n);
        if (ws::quietButton((std::string(icon::kChevronDown) + "##down").c_str(), ImVec2(btnW, 0)))
            moveFrom = i, moveTo = i + 1;
        ws::accessibleName(tr("ws.pick_down"));
        ImGui::EndDisabled();
        ImGui::SameLine(0, em(0.2f));
        if (ws::quietButton((std::string(icon::kTimes) + "##remove").c_str(), ImVec2(btnW, 0))) removeAt = i;
        ws::accessibleName(tr("ws.pick_remove"));
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("ws.pick_remove"));
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::EndGroup();
    if (moveFrom >= 0)
        std::swap(m_draft.activity_ids[std::size_t(moveFrom)], m_draft.activity_ids[std::size_t(moveTo)]);
    if (removeAt >= 0) m_draft.activity_ids.erase(m_draft.activity_ids.begin() + removeAt);
}

}  // namespace air::ui
