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

// Recomputes the banner's count when the register, its data or its seen rule set changed, and
// the dialog's comparison while it is open (every activity assessed under the older set: at
// most every two seconds while the user edits).
void RulesChangeView::refresh(UiContext& ctx) {
    const app::AppModel& model = *ctx.model;
    const auto now = std::chrono::steady_clock::now();
    const bool other = m_model != &model || m_seen != model.rulesVersion();
    const bool stale = other || m_revision != model.revision();
    if (stale) {
        m_model = &model;
        m_seen = model.rulesVersion();
        m_revision = model.revision();
        if (other) m_changedByStamp.clear();
        m_cmpFresh = false;
        refreshSummary(model, seenRuleSet(model));
    }
    if (!m_open) {
        if (!m_cmp.activities.empty() || m_cmp.register_level.changed()) m_cmp = rules::RegisterComparison{};
        return;
    }
    if (m_cmpFresh || (!other && now - m_computed < std::chrono::seconds(2) && m_computed.time_since_epoch().count() != 0))
        return;
    m_computed = now;
    m_cmpFresh = true;
    const rules::RuleSet seen = seenRuleSet(model);
    if (seen == rules::kLatestRuleSet) {
        m_cmp = rules::RegisterComparison{};
        return;
    }
    m_cmp = rules::compareRegister(model.toRegister(), model.assessments(), seen, rules::kLatestRuleSet);
}

void RulesChangeView::refreshSummary(const app::AppModel& model, rules::RuleSet seen) {
    m_changedActivities = 0;
    m_registerChanged = false;
    if (seen == rules::kLatestRuleSet) {
        m_changedByStamp.clear();
        return;
    }
    const auto& acts = model.activities();
    const auto& latest = model.assessments();
    const auto& stamps = model.activityStamps();
    std::unordered_map<std::uint64_t, bool> next;
    next.reserve(acts.size());
    for (std::size_t i = 0; i < acts.size() && i < stamps.size(); ++i) {
        const auto known = m_changedByStamp.find(stamps[i]);
        bool changed = false;
        if (known != m_changedByStamp.end()) {
            changed = known->second;
        } else {
            changed = rules::compare(acts[i], seen, rules::kLatestRuleSet, i < latest.size() ? &latest[i] : nullptr)
                          .changed();
        }
        next.emplace(stamps[i], changed);
        m_changedActivities += changed ? 1 : 0;
    }
    m_changedByStamp = std::move(next);
    m_registerChanged = rules::compareFindings(rules::registerFindings(acts, model.controller(), seen),
                                               rules::registerFindings(acts, model.controller(), rules::kLatestRuleSet),
                                               seen, rules::kLatestRuleSet)
                            .changed();
}

void RulesChangeView::drawBanner(UiContext& ctx) {
    if (!ctx.model || !ctx.model->isOpen()) return;
    refresh(ctx);
    if (m_changedActivities == 0 && !m_registerChanged) return;
    const std::string to(rules::ruleSetKey(rules::kLatestRuleSet));
    const std::string text =
        m_changedActivities == 0
            ? trf("rc.banner_register", to)
            : trf(m_changedActivities == 1 ? "rc.banner_one" : "rc.banner", to, num(m_changedActivities));
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
        m_cmpFresh = false;
        m_computed = {};
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
