// The wizard's result page: every verdict with its reason (legal reviewers read this).
//  - the tier as a badge and rules::tierReason (the rule that decided it, with its article);
//  - who owes what: "your duties" and "check that your provider does this", each with its
//    article and application date (days until, or "applies since");
//  - the DPIA verdict as rules::dpiaReason words it, with its basis and the counting rule;
//  - the findings, each with a button that opens the editor at the field that fixes it.
#include <string>

#include "rules/rules.hpp"
#include "rules/wizard.hpp"
#include "ui/duty_lists.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

namespace {
void mutedWrapped(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}
}  // namespace

void ScreeningWizard::drawResult(UiContext& ctx, const Activity& a) {
    const Lang l = lang();
    Activity after = a;
    after.screening = m_screening;
    after.ai_act_role = m_role;
    const rules::Assessment as = rules::assess(after);
    const std::string now = today();

    // Tier and why.
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("wiz.result_tier"));
    ImGui::PopFont();
    tierBadge(as.tier);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", rules::tierReason(after, l).c_str());
    if (!as.tier_rule.empty()) {
        if (const rules::RuleInfo* ri = rules::ruleInfo(as.tier_rule))
            mutedWrapped(trf("wiz.decided_by", as.tier_rule, std::string(ri->articleText(l))));
    } else if (as.tier == Tier::Minimal) {
        mutedWrapped(tr("wiz.minimal_why"));
    }
    if ((m_original && *m_original != m_screening) || m_role != a.ai_act_role) {
        const Activity before = a;
        const Tier old = rules::tierOf(before);
        if (old != as.tier) mutedWrapped(trf("wiz.tier_was", label(old)));
    }

    // Who owes what, each duty with its date.
    drawDutyLists(as, now);

    // DPIA screen.
    sectionHeading(tr("wiz.dpia"));
    drawDpiaReason(as, true);

    // Findings.
    sectionHeading(trf("wiz.findings", num(as.findings.size())).c_str());
    if (as.findings.empty()) {
        ImGui::TextColored(ImColor(color::success()), "%s %s", icon::kCheckCircle, tr("wiz.no_findings"));
    }
    const bool changed = !m_original || *m_original != m_screening || m_role != a.ai_act_role;
    for (std::size_t i = 0; i < as.findings.size(); ++i) {
        const rules::Finding& f = as.findings[i];
        ImGui::PushID(int(i));
        severityBadge(f.severity);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextWrapped("%s", f.message(l).c_str());
        const std::string_view kScr = "screening.";
        if (f.field.rfind(kScr, 0) == 0) {
            // Answered in this wizard: go back to the question that settles it.
            const int q = rules::wizardQuestionIndex(std::string_view(f.field).substr(kScr.size()));
            ImGui::Indent(em(0.2f));
            if (q >= 0 && smallButton((std::string(icon::kChevronLeft) + "  " + tr("wiz.to_question") + "##" + f.rule).c_str())) {
                m_current = q;
                m_onResult = false;
                m_scrollToTop = true;
            }
            ImGui::Unindent(em(0.2f));
        } else if (!f.field.empty() && f.field != "screening") {
            ImGui::Indent(em(0.2f));
            const char* key = changed && ctx.canEdit() ? "wiz.save_and_fix" : "wiz.fix";
            if (smallButton((std::string(icon::kPencil) + "  " + tr(key) + "##" + f.rule).c_str())) {
                const std::string id = a.id, field = f.field;
                if (!changed || !ctx.canEdit() || save(ctx, a)) {
                    close(ctx);
                    ctx.openActivity(id, field);
                }
            }
            ImGui::Unindent(em(0.2f));
        }
        ImGui::PopID();
        if (!m_open) return;
        ImGui::Spacing();
    }
    ImGui::Spacing();
    ImGui::Separator();
    mutedWrapped(trf("wiz.ruleset_note", std::string(rules::kRulesVersion)) + " " + tr("app.disclaimer"));
}

}  // namespace air::ui
