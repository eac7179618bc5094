// The editor's "AI Act screening" tab: the AI Act role, the screening wizard button, the
// screening facts as grouped checkboxes (the wizard's skip logic decides which are asked), the
// Annex III area, and the DPIA screen with the DPIA status.
#include <cfloat>
#include <string>

#include "rules/rules.hpp"
#include "rules/wizard.hpp"
#include "ui/duty_lists.hpp"
#include "ui/editor_fields.hpp"
#include "ui/editor_panel.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

namespace {
struct FactGroup {
    const char* title;  // already translated at use
    const char* help;
    std::vector<const char*> facts;  // kScreeningFlags keys; "annex_iii" = the Annex III combo
};

// Groups in the wizard's order, so that a fact and the facts depending on it stay together.
std::vector<FactGroup> factGroups() {
    return {
        {tr("ed.grp.transparency"), tr("ed.grp.transparency_help"),
         {"interacts_with_people", "generates_content", "deepfake", "public_interest_text", "editorial_control"}},
        {tr("ed.grp.biometrics"), tr("ed.grp.biometrics_help"),
         {"emotion_recognition", "workplace_or_education", "medical_or_safety_reason", "biometric_categorisation",
          "infers_sensitive_traits"}},
        {tr("ed.grp.prohibited"), tr("ed.grp.prohibited_help"),
         {"manipulative_techniques", "exploits_vulnerabilities", "social_scoring", "intimate_imagery"}},
        {tr("ed.grp.high_risk"), tr("ed.grp.high_risk_help"), {"annex_iii", "profiling", "narrow_procedural_task"}},
        {tr("ed.grp.decisions"), tr("ed.grp.decisions_help"),
         {"evaluation_scoring", "automated_decision", "human_review", "direct_marketing"}},
        {tr("ed.grp.dpia"), tr("ed.grp.dpia_help"),
         {"systematic_monitoring", "public_space", "large_scale", "combines_datasets", "vulnerable_subjects", "innovative_technology",
          "blocks_service"}},
    };
}

}  // namespace

// The short checkbox label of a screening fact: the wizard's short question title.
std::string screeningFactLabel(std::string_view key) { return questionTitle(key, lang()); }

// The AI Act role, the screening (wizard, or facts by hand with the wizard's skip logic) and
// the DPIA screen with the DPIA status.
void EditorPanel::drawScreening(UiContext& ctx, const Activity& a) {
    edit::fieldLabel(tr("ed.f.ai_act_role"), tr("ed.h.ai_act_role"));
    ImGui::PushID("ai_act_role");
    AiActRole role = m_draft.ai_act_role;
    if (edit::enumCombo("##role", role)) commit(ctx, [&](Activity& x) { x.ai_act_role = role; });
    edit::accessibleLabel(tr("ed.f.ai_act_role"));
    focusAfter("ai_act_role");
    ImGui::PopID();

    sectionHeading(tr("ed.sec.screening"));
    const std::string wizardLabel = std::string(icon::kMagic) + "  " + tr("ed.run_wizard");
    if (!m_draft.screening) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, darkTheme() ? color::tint(color::Tint::Neutral) : IM_COL32(248, 250, 252, 255));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.9f), em(0.7f)));
        ImGui::BeginChild("unscreened", ImVec2(0, 0),
                          ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(tr("ed.unscreened_title"));
        ImGui::PopFont();
        helpText(tr("ed.unscreened_text"));
        ImGui::Spacing();
        if (primaryButton((std::string(icon::kPlay) + "  " + tr("ed.start_screening")).c_str())) ctx.requests.push(req::OpenWizard{});
        focusAfter("screening");
        ImGui::SameLine();
        if (ImGui::Button(tr("ed.tick_yourself"))) commit(ctx, [](Activity& x) { x.screening = Screening{}; });
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    } else {
        if (primaryButton(wizardLabel.c_str())) ctx.requests.push(req::OpenWizard{});
        focusAfter("screening");
        ImGui::SameLine();
        if (ImGui::Button(tr("ed.clear_screening"))) commit(ctx, [](Activity& x) { x.screening.reset(); });
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("ed.clear_screening_tip"));
        helpText(tr("ed.screening_intro"));

        const auto& questions = rules::wizardQuestions();
        for (const FactGroup& g : factGroups()) {
            ImGui::Dummy(ImVec2(0, em(0.3f)));
            ImGui::PushFont(fonts().bold);
            ImGui::TextUnformatted(g.title);
            ImGui::PopFont();
            helpMarker(g.help);
            ImGui::Indent(em(0.4f));
            for (const char* key : g.facts) {
                Screening& s = *m_draft.screening;
                const int qi = rules::wizardQuestionIndex(key);
                if (qi < 0) continue;
                const rules::WizardQuestion& q = questions[std::size_t(qi)];
                const std::string field = std::string("screening.") + key;
                const std::string help = std::string(q.text(lang())) + "\n\n" + std::string(q.why(lang())) + "\n\n" +
                                         std::string(q.example(lang())) + "\n(" + std::string(q.articleText(lang())) + ")";
                ImGui::PushID(key);
                if (q.kind == rules::AnswerKind::AnnexChoice) {
                    ImGui::AlignTextToFramePadding();
                    ImGui::TextUnformatted(tr("ed.f.annex_iii"));
                    helpMarker(help.c_str());
                    ImGui::SetNextItemWidth(-FLT_MIN);
                    if (beginCombo("##annex", label(s.annex_iii), ImGuiComboFlags_HeightLarge)) {
                        for (AnnexIII e : allOf<AnnexIII>()) {
                            const bool sel = e == s.annex_iii;
                            if (ImGui::Selectable(label(e), sel) && !sel) {
                                Screening ns = s;
                                rules::applyAnnex(ns, e);
                                commit(ctx, [&](Activity& x) { x.screening = ns; });
                            }
                            const std::string_view ex = rules::annexMarketingExample(e, lang());
                            if (!ex.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
                                ImGui::BeginTooltip();
                                ImGui::PushTextWrapPos(em(22));
                                ImGui::TextUnformatted(ex.data(), ex.data() + ex.size());
                                ImGui::PopTextWrapPos();
                                ImGui::EndTooltip();
                            }
                        }
                        ImGui::EndCombo();
                    }
                    edit::accessibleLabel(tr("ed.f.annex_iii"));
                    focusAfter(field);
                } else {
                    const bool dependent = q.relevant_if != nullptr;
                    const bool relevant = q.relevant(s);
                    if (dependent) ImGui::Indent(em(1.5f));
                    bool* flag = rules::screeningFlag(s, key);
                    ImGui::BeginDisabled(!relevant);
                    const std::string text = screeningFactLabel(key);
                    if (flag && edit::checkbox(text.c_str(), flag)) {
                        Screening ns = s;
                        rules::normalise(ns);
                        commit(ctx, [&](Activity& x) { x.screening = ns; });
                    }
                    focusAfter(field);
                    ImGui::EndDisabled();
                    helpMarker(help.c_str());
                    if (dependent) ImGui::Unindent(em(1.5f));
                }
                ImGui::PopID();
            }
            ImGui::Unindent(em(0.4f));
        }
    }

    sectionHeading(tr("ed.sec.dpia"));
    // The verdict in rules::dpiaReason's words: "verplicht" only for Art. 35(3) and the Dutch
    // DPA's list, "vereist (vuistregel)" for two WP248 criteria; with the bases it rests on.
    if (const rules::Assessment* as = ctx.model->assessment(a.id)) drawDpiaReason(*as, false);
    edit::fieldLabel(tr("ed.f.dpia"), tr("ed.h.dpia"));
    ImGui::PushID("dpia");
    DpiaStatus d = m_draft.dpia;
    if (edit::enumCombo("##dpia", d)) commit(ctx, [&](Activity& x) { x.dpia = d; });
    edit::accessibleLabel(tr("ed.f.dpia"));
    focusAfter("dpia");
    ImGui::PopID();
}

}  // namespace air::ui
