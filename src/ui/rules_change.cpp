// "What changed under rules 2026.12": banner and dialog (see rules_change.hpp).
#include "ui/rules_change.hpp"

#include <imgui.h>

#include "app/app_model.hpp"
#include "rules/rules.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

namespace {
constexpr const char* kDialogId = "##rules_change";

// A change's old and new value for people: tier and DPIA labels, severity labels.
std::string valueText(const rules::Change& c, const std::string& key) {
    if (key.empty()) return "\xE2\x80\x94";  // an em dash: nothing on that side
    switch (c.kind) {
    case rules::ChangeKind::Tier:
        if (auto t = parseKey<Tier>(key)) return label(*t);
        break;
    case rules::ChangeKind::Dpia:
        if (auto d = parseKey<DpiaVerdict>(key)) return label(*d);
        break;
    case rules::ChangeKind::FindingSeverity:
    case rules::ChangeKind::FindingRemoved:
    case rules::ChangeKind::FindingAdded:
        if (auto s = parseKey<Severity>(key)) return label(*s);
        break;
    default: break;
    }
    return key;
}

// One change: its heading, the rule and its title, old -> new, and why.
void drawChange(const rules::Change& c, rules::RuleSet to, rules::RuleSet from) {
    const Lang l = lang();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(std::string(rules::changeKindLabel(c.kind, l)).c_str());
    ImGui::PopFont();
    if (!c.subject.empty()) {
        const rules::RuleInfo* ri = rules::ruleInfo(c.subject, to);
        if (!ri) ri = rules::ruleInfo(c.subject, from);
        ImGui::SameLine();
        const std::string title = ri ? ri->heading(l) : std::string();
        ImGui::TextWrapped("%s%s%s", c.subject.c_str(), title.empty() ? "" : " \xE2\x80\x93 ", title.c_str());
    }
    const bool hasValues = !c.from.empty() || !c.to.empty();
    if (hasValues) {
        ImGui::TextWrapped("%s", trf("rc.from_to", valueText(c, c.from), valueText(c, c.to)).c_str());
    }
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    std::string why = c.why(l);
    if (!c.rules.empty()) {
        std::string ids;
        for (const std::string& id : c.rules) ids += (ids.empty() ? "" : ", ") + id;
        why += " (" + ids + ")";
    }
    ImGui::TextWrapped("%s", why.c_str());
    ImGui::PopStyleColor();
}
}  // namespace

rules::RuleSet RulesChangeView::seenRuleSet(const app::AppModel& model) {
    const std::string& v = model.rulesVersion();
    if (v.empty()) return rules::RuleSet::R2026_11;  // files from before 2026.12 had no key
    return rules::parseRuleSet(v).value_or(rules::kLatestRuleSet);
}

// Recomputes the comparison when the register, its data or its seen rule set changed; while
// the user edits, at most every two seconds (every activity is assessed twice).
void RulesChangeView::refresh(UiContext& ctx) {
    const app::AppModel& model = *ctx.model;
    const auto now = std::chrono::steady_clock::now();
    const bool other = m_model != &model || m_seen != model.rulesVersion();
    if (!other && m_revision == model.revision()) return;
    if (!other && !m_open && now - m_computed < std::chrono::seconds(2)) return;
    m_model = &model;
    m_seen = model.rulesVersion();
    m_revision = model.revision();
    m_computed = now;
    const rules::RuleSet seen = seenRuleSet(model);
    if (seen == rules::kLatestRuleSet) {
        m_cmp = rules::RegisterComparison{};
        return;
    }
    m_cmp = rules::compareRegister(model.toRegister(), model.assessments(), seen, rules::kLatestRuleSet);
}

void RulesChangeView::drawBanner(UiContext& ctx) {
    if (!ctx.model || !ctx.model->isOpen()) return;
    refresh(ctx);
    if (!m_cmp.changed()) return;
    const std::string to(rules::ruleSetKey(m_cmp.to));
    const std::string text =
        m_cmp.activities.empty()
            ? trf("rc.banner_register", to)
            : trf(m_cmp.activities.size() == 1 ? "rc.banner_one" : "rc.banner", to, num(m_cmp.activities.size()));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::tint(color::Tint::Info));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), em(0.45f)));
    ImGui::BeginChild("rules_change_banner", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(icon::kBook);
    ImGui::SameLine();
    ImGui::TextUnformatted(text.c_str());
    ImGui::SameLine();
    if (smallButton(tr("rc.see"))) m_openRequested = true;
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void RulesChangeView::drawDialog(UiContext& ctx) {
    if (!ctx.model || !ctx.model->isOpen()) return;
    if (m_openRequested) {
        m_openRequested = false;
        m_open = true;
        ImGui::OpenPopup(kDialogId);
    }
    if (!m_open) return;
    refresh(ctx);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(std::min(em(46), vp->WorkSize.x * 0.94f), vp->WorkSize.y * 0.84f), ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kDialogId, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings)) {
        m_open = false;
        return;
    }
    const std::string from(rules::ruleSetKey(m_cmp.from)), to(rules::ruleSetKey(m_cmp.to));
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(trf("rc.title", to).c_str());
    ImGui::PopFont();
    helpText(trf("rc.intro", from, to).c_str());
    ImGui::Separator();

    const float footerH = ImGui::GetFrameHeightWithSpacing() + em(0.8f);
    ImGui::BeginChild("changes", ImVec2(0, -footerH));
    bool closeDialog = false;
    if (!m_cmp.changed()) ImGui::TextUnformatted(tr("rc.none"));
    if (m_cmp.register_level.changed()) {
        sectionHeading(tr("rc.register_level"));
        for (std::size_t i = 0; i < m_cmp.register_level.changes.size(); ++i) {
            ImGui::PushID(int(i));
            drawChange(m_cmp.register_level.changes[i], m_cmp.to, m_cmp.from);
            ImGui::PopID();
            ImGui::Spacing();
        }
    }
    for (std::size_t a = 0; a < m_cmp.activities.size(); ++a) {
        const rules::ActivityComparison& ac = m_cmp.activities[a];
        ImGui::PushID(ac.activity_id.c_str());
        ImGui::Dummy(ImVec2(0, em(0.4f)));
        ImGui::PushFont(fonts().bold);
        const std::string link = ac.name + "  " + icon::kChevronRight;
        if (ImGui::Selectable(link.c_str(), false, ImGuiSelectableFlags_None)) {
            ctx.page = Page::Register;
            ctx.selectedId = ac.activity_id;
            closeDialog = true;
        }
        ImGui::PopFont();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("rc.open_tip"));
        ImGui::Indent(em(1.0f));
        for (std::size_t i = 0; i < ac.cmp.changes.size(); ++i) {
            ImGui::PushID(int(i));
            drawChange(ac.cmp.changes[i], m_cmp.to, m_cmp.from);
            ImGui::PopID();
            ImGui::Spacing();
        }
        ImGui::Unindent(em(1.0f));
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();

    ImGui::Spacing();
    ImGui::BeginDisabled(!ctx.canEdit());
    if (primaryButton((std::string(icon::kCheck) + "  " + tr("rc.mark_seen")).c_str())) {
        if (ctx.check(ctx.model->setRulesVersion(to))) {
            ctx.toast(trf("rc.seen_toast", to));
            closeDialog = true;
        }
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("rc.mark_seen_tip"));
    ImGui::SameLine();
    if (ImGui::Button(tr("rc.close")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) closeDialog = true;
    if (closeDialog) {
        m_open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace air::ui
