// Who owes what and the DPIA reason (duty_lists.hpp).
#include "ui/duty_lists.hpp"

#include <cstdlib>

#include "imgui.h"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

namespace {

// `check`: the provider's duties, worded as what to check that the provider does.
std::vector<DutyLine> lines(const std::vector<std::string>& ids, rules::RuleSet rs, std::string_view todayIso,
                            bool check = false) {
    const Lang l = lang();
    std::vector<DutyLine> out;
    for (const std::string& id : ids) {
        DutyLine d;
        d.id = id;
        if (const rules::RuleInfo* ri = rules::ruleInfo(id, rs)) {
            d.title = ri->title(l);
            const std::string_view checkText = check ? rules::providerCheck(id, l) : std::string_view();
            d.fix = (checkText.empty() ? ri->fix(l) : std::string(checkText)) + " (" +
                    std::string(ri->articleText(l)) + ")";
            d.when = appliesText(ri->applies_from, todayIso);
            d.applies = !ri->applies_from.empty() && rules::daysUntil(todayIso, ri->applies_from) <= 0;
        }
        out.push_back(std::move(d));
    }
    return out;
}

void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void drawList(const std::vector<DutyLine>& list, const char* which) {
    for (const DutyLine& d : list) {
        ImGui::PushID(d.id.c_str());
        ImGui::Bullet();
        ImGui::PushFont(fonts().bold);
        findableText(d.id + "  " + d.title, std::string("duty.") + which + "." + d.id);
        ImGui::PopFont();
        ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
        muted(d.fix);
        if (!d.when.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, d.applies ? color::danger() : color::accent());
            findableText(std::string(icon::kCalendar) + " " + d.when, std::string("date.") + which + "." + d.id);
            ImGui::PopStyleColor();
        }
        ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
        ImGui::PopID();
    }
}

}  // namespace

std::vector<DutyLine> ownDutyLines(const rules::Assessment& as, std::string_view todayIso) {
    return lines(as.obligations, as.rule_set, todayIso);
}

std::vector<DutyLine> providerDutyLines(const rules::Assessment& as, std::string_view todayIso) {
    return lines(as.provider_duties, as.rule_set, todayIso, true);
}

std::string dpiaBasisText(std::string_view id, Lang l, rules::RuleSet rs) {
    if (id.rfind("WP248-C", 0) == 0) {
        const int c = std::atoi(std::string(id.substr(7)).c_str());
        if (c >= 1 && c <= 9) return std::string(rules::dpiaCriterionText(c, l, rs));
    }
    if (const rules::RuleInfo* ri = rules::ruleInfo(id, rs)) return ri->title(l);
    return std::string(id);
}

void drawDutyLists(const rules::Assessment& as, std::string_view todayIso) {
    ImGui::PushID("duties");
    const auto own = ownDutyLines(as, todayIso), provider = providerDutyLines(as, todayIso);
    sectionHeading(trf("duty.own", num(own.size())).c_str());
    if (own.empty()) muted(tr(as.tier == Tier::Unassessed ? "duty.own_unassessed" : "duty.own_none"));
    drawList(own, "own");
    sectionHeading(trf("duty.provider", num(provider.size())).c_str());
    if (provider.empty()) {
        const bool isProvider = as.role == AiActRole::Provider && !own.empty();
        muted(tr(isProvider ? "duty.provider_is_you" : "duty.provider_none"));
    } else {
        muted(tr("duty.provider_intro"));
    }
    drawList(provider, "provider");
    ImGui::PopID();
}

void drawDpiaReason(const rules::Assessment& as, bool withRule) {
    ImGui::PushID("dpia");
    const Lang l = lang();
    const ImU32 col = as.dpia == DpiaVerdict::Required      ? color::severity(Severity::Blocker)
                      : as.dpia == DpiaVerdict::Recommended ? color::severity(Severity::Warning)
                                                            : color::success();
    // The colour carries the verdict; the words are rules::dpiaReason's (the enum label would
    // say "verplicht" also where only the WP248 rule of thumb applies).
    badge("DPIA", col);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    findableText(rules::dpiaReason(as, l), "dpia.reason");
    if (!as.dpia_basis.empty()) {
        ImGui::TextUnformatted(tr("duty.dpia_basis"));
        for (const std::string& id : as.dpia_basis) {
            ImGui::Bullet();
            findableText(id + "  " + dpiaBasisText(id, l, as.rule_set), "dpia.basis." + id);
        }
    } else {
        // Rule set 2026.11 has no bases: the criteria that counted.
        for (int c : as.dpia_criteria) {
            ImGui::Bullet();
            ImGui::TextWrapped("C%d  %s", c, std::string(rules::dpiaCriterionText(c, l, as.rule_set)).c_str());
        }
    }
    if (withRule) muted(tr("wiz.dpia_rule"));
    ImGui::PopID();
}

}  // namespace air::ui
