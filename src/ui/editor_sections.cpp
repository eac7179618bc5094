// The editor's tabs except the screening: basics, data and legal basis, vendors and transfers,
// safeguards and ethics, review, history.
//
// [SECTION] helpers
// [SECTION] basics
// [SECTION] data and legal basis
// [SECTION] vendors and transfers
// [SECTION] safeguards and ethics
// [SECTION] review
// [SECTION] history
#include <algorithm>
#include <cfloat>
#include <set>

#include "app/history_text.hpp"
#include "app/settings.hpp"
#include "core/catalogue.hpp"
#include "rules/rules.hpp"
#include "ui/editor_fields.hpp"
#include "ui/editor_panel.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

// ---- [SECTION] helpers ----------------------------------------------------------------------
namespace {
// The same day one year later (29 February becomes 28 February).
std::string plusOneYear(const std::string& iso) {
    if (!rules::isIsoDate(iso)) return iso;
    std::string out = std::to_string(std::stoi(iso.substr(0, 4)) + 1) + iso.substr(4);
    if (!rules::isIsoDate(out)) out = out.substr(0, 8) + "28";
    return out;
}

const char* dataMark(DataCategory c) {
    if (isArt9(c)) return "Art. 9";
    if (c == DataCategory::Criminal) return "Art. 10";
    return nullptr;
}
const char* subjectMark(DataSubject s) {
    if (s == DataSubject::Children || s == DataSubject::Employees || s == DataSubject::JobApplicants)
        return tr("ed.vulnerable");
    return nullptr;
}

// Starts a two-column row of short fields when the panel is wide enough; returns whether
// the table is in use (then call ImGui::TableNextColumn() between the fields).
bool beginPairs(const char* id) {
    if (ImGui::GetContentRegionAvail().x < em(30)) return false;
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoPadOuterX)) return false;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    return true;
}
void nextPair(bool table) {
    if (table) ImGui::TableNextColumn();
}
void endPairs(bool table) {
    if (table) ImGui::EndTable();
}

// A muted note with an icon, wrapped.
void note(const char* ic, const char* text, ImU32 col) {
    ImGui::PushStyleColor(ImGuiCol_Text, col);
    ImGui::TextUnformatted(ic);
    ImGui::SameLine(0, em(0.4f));
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}
}  // namespace

// ---- [SECTION] basics -----------------------------------------------------------------------
// Name, description, purpose, owner, vendor, application, lifecycle, notes.
void EditorPanel::drawBasics(UiContext& ctx) {
    textField(ctx, "name", "ed.f.name", "ed.h.name", &Activity::name);
    longTextField(ctx, "description", "ed.f.description", "ed.h.description", &Activity::description,
                  "ed.hint.description");
    longTextField(ctx, "purpose", "ed.f.purpose", "ed.h.purpose", &Activity::purpose, "ed.hint.purpose");

    bool pairs = beginPairs("owner_vendor");
    textField(ctx, "owner", "ed.f.owner", "ed.h.owner", &Activity::owner, "ed.hint.owner");
    nextPair(pairs);
    textField(ctx, "vendor", "ed.f.vendor", "ed.h.vendor", &Activity::vendor, "ed.hint.vendor");
    endPairs(pairs);

    pairs = beginPairs("app_lifecycle");
    edit::fieldLabel(tr("ed.f.application"), tr("ed.h.application"));
    ImGui::PushID("application");
    const CatalogueEntry* entry = catalogueEntry(m_draft.application);
    const std::string preview = m_draft.application.empty() ? tr("ed.no_application")
                                : entry ? std::string(entry->name(lang())) : m_draft.application;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (beginCombo("##application", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(tr("ed.no_application"), m_draft.application.empty())) {
            commit(ctx, [](Activity& a) { a.application.clear(); });
        }
        for (const CatalogueEntry& e : catalogue()) {
            const bool sel = e.key == m_draft.application;
            if (ImGui::Selectable(std::string(e.name(lang())).c_str(), sel) && !sel) {
                const std::string key(e.key);
                commit(ctx, [&](Activity& a) { a.application = key; });
            }
            if (sel) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    edit::accessibleLabel(tr("ed.f.application"));
    focusAfter("application");
    ImGui::PopID();
    nextPair(pairs);
    edit::fieldLabel(tr("ed.f.lifecycle"), tr("ed.h.lifecycle"));
    ImGui::PushID("lifecycle");
    Lifecycle lc = m_draft.lifecycle;
    if (edit::enumCombo("##lifecycle", lc)) commit(ctx, [&](Activity& a) { a.lifecycle = lc; });
    edit::accessibleLabel(tr("ed.f.lifecycle"));
    focusAfter("lifecycle");
    ImGui::PopID();
    endPairs(pairs);

    longTextField(ctx, "notes", "ed.f.notes", "ed.h.notes", &Activity::notes, "ed.hint.notes");

    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextWrapped("%s", trf("ed.meta", showTimestamp(m_draft.created_at), showTimestamp(m_draft.updated_at)).c_str());
    ImGui::PopStyleColor();
}

// ---- [SECTION] data and legal basis -----------------------------------------------------------
// Data subjects and categories (special ones marked), legal basis, LIA, Art. 9 exception,
// retention, notice and opt-out.
void EditorPanel::drawData(UiContext& ctx) {
    // Rule set 2026.12: an activity may process no personal data at all. Then the GDPR
    // questions below do not apply and are hidden, unless something here still says
    // otherwise (data listed): those stay visible with a warning, so nothing is hidden that
    // the rules still count.
    checkField(ctx, "personal_data", "ed.f.personal_data", "ed.h.personal_data", &Activity::personal_data);
    const bool listed = !m_draft.data_subjects.empty() || !m_draft.data_categories.empty();
    if (!m_draft.personal_data) {
        if (!listed) {
            note(icon::kInfo, tr("ed.no_personal_data_note"), color::textMuted());
            return;
        }
        note(icon::kWarning, tr("ed.no_personal_data_but"), IM_COL32(146, 64, 14, 255));
    }
    ImGui::Spacing();
    edit::fieldLabel(tr("ed.f.data_subjects"), tr("ed.h.data_subjects"));
    ImGui::BeginGroup();
    std::vector<DataSubject> subjects = m_draft.data_subjects;
    if (edit::tagList("subjects", subjects, subjectMark, tr("ed.vulnerable_heading"), tr("ed.add_tag"), ctx.canEdit()))
        commit(ctx, [&](Activity& a) { a.data_subjects = subjects; });
    ImGui::EndGroup();
    focusAfter("data_subjects");

    edit::fieldLabel(tr("ed.f.data_categories"), tr("ed.h.data_categories"));
    ImGui::BeginGroup();
    std::vector<DataCategory> cats = m_draft.data_categories;
    if (edit::tagList("categories", cats, dataMark, tr("ed.special_heading"), tr("ed.add_tag"), ctx.canEdit()))
        commit(ctx, [&](Activity& a) { a.data_categories = cats; });
    if (cats.empty()) ImGui::TextDisabled("%s", tr("ed.no_categories"));
    ImGui::EndGroup();
    focusAfter("data_categories");
    const bool art9 = std::any_of(m_draft.data_categories.begin(), m_draft.data_categories.end(),
                                  [](DataCategory c) { return isArt9(c); });
    const bool art10 = std::any_of(m_draft.data_categories.begin(), m_draft.data_categories.end(),
                                   [](DataCategory c) { return c == DataCategory::Criminal; });
    if (art9) note(icon::kWarning, tr("ed.art9_note"), IM_COL32(146, 64, 14, 255));
    if (art10) note(icon::kWarning, tr("ed.art10_note"), IM_COL32(146, 64, 14, 255));

    sectionHeading(tr("ed.sec.legal_basis"));
    edit::fieldLabel(tr("ed.f.legal_basis"), tr("ed.h.legal_basis"));
    ImGui::PushID("legal_basis");
    LegalBasis lb = m_draft.legal_basis;
    if (edit::enumCombo("##legal_basis", lb)) commit(ctx, [&](Activity& a) { a.legal_basis = lb; });
    edit::accessibleLabel(tr("ed.f.legal_basis"));
    focusAfter("legal_basis");
    ImGui::PopID();
    if (m_draft.legal_basis == LegalBasis::LegitimateInterests || m_draft.lia_documented)
        checkField(ctx, "lia_documented", "ed.f.lia_documented", "ed.h.lia_documented", &Activity::lia_documented);
    if (m_draft.legal_basis == LegalBasis::Consent) note(icon::kInfo, tr("ed.consent_note"), color::textMuted());
    if (m_draft.legal_basis == LegalBasis::Consent || m_draft.consent_explicit)
        checkField(ctx, "consent_explicit", "ed.f.consent_explicit", "ed.h.consent_explicit", &Activity::consent_explicit);

    edit::fieldLabel(tr("ed.f.art9_condition"), tr("ed.h.art9_condition"));
    ImGui::PushID("art9_condition");
    const bool art9Relevant = art9 || m_draft.art9_condition != Art9Condition::None;
    ImGui::BeginDisabled(!art9Relevant);
    Art9Condition c9 = m_draft.art9_condition;
    if (edit::enumCombo("##art9", c9)) commit(ctx, [&](Activity& a) { a.art9_condition = c9; });
    edit::accessibleLabel(tr("ed.f.art9_condition"));
    focusAfter("art9_condition");
    ImGui::EndDisabled();
    if (!art9Relevant) ImGui::TextDisabled("%s", tr("ed.art9_not_needed"));
    ImGui::PopID();

    sectionHeading(tr("ed.sec.rights"));
    textField(ctx, "retention", "ed.f.retention", "ed.h.retention", &Activity::retention, "ed.hint.retention");
    ImGui::Spacing();
    checkField(ctx, "transparency_notice", "ed.f.transparency_notice", "ed.h.transparency_notice",
               &Activity::transparency_notice);
    checkField(ctx, "opt_out", "ed.f.opt_out", "ed.h.opt_out", &Activity::opt_out);
    longTextField(ctx, "recipients", "ed.f.recipients", "ed.h.recipients", &Activity::recipients, "ed.hint.recipients");
}

// ---- [SECTION] vendors and transfers ----------------------------------------------------------
// The processors, one card each; rows are added and removed as one command each.
void EditorPanel::drawVendors(UiContext& ctx) {
    helpText(tr("ed.vendors_intro"));
    ImGui::Spacing();
    auto commitProcessor = [&](std::size_t i) {
        const Processor p = m_draft.processors[i];
        commit(ctx, [&](Activity& a) {
            if (i < a.processors.size()) a.processors[i] = p;
        });
    };
    // One card per processor: its name, then what the GDPR asks about it.
    int removeAt = -1;
    if (m_draft.processors.empty()) ImGui::TextDisabled("%s", tr("ed.no_processors"));
    for (std::size_t i = 0; i < m_draft.processors.size(); ++i) {
        Processor& p = m_draft.processors[i];
        const std::string base = "processors[" + std::to_string(i) + "].";
        ImGui::PushID(int(i));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, darkTheme() ? color::tint(color::Tint::Neutral) : IM_COL32(250, 251, 253, 255));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), em(0.6f)));
        ImGui::BeginChild("processor", ImVec2(0, 0),
                          ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
        const float trashW = ImGui::GetFrameHeight();
        focusBefore(base + "name");
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - trashW - ImGui::GetStyle().ItemSpacing.x);
        edit::inputText("##name", p.name, tr("ed.p.name_hint"));
        edit::accessibleLabel(tr("ed.p.name"));
        if (ImGui::IsItemDeactivatedAfterEdit()) commitProcessor(i);
        focusAfter(base + "name");
        ImGui::SameLine();
        if (ImGui::Button(icon::kTrash, ImVec2(trashW, 0))) removeAt = int(i);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("ed.p.remove"));
        edit::accessibleLabel(tr("ed.p.remove"));

        // The vendor's role decides which agreement the GDPR asks for (Art. 26 or 28).
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("ed.p.role"));
        helpMarker(tr("ed.p.role_tip"));
        ImGui::SameLine();
        if (edit::enumCombo("##role", p.role, std::min(em(19), ImGui::GetContentRegionAvail().x))) commitProcessor(i);
        edit::accessibleLabel(tr("ed.p.role"));
        focusAfter(base + "role");
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextWrapped("%s", tr(p.role == VendorRole::JointController ? "ed.p.role_joint"
                                    : p.role == VendorRole::Controller    ? "ed.p.role_controller"
                                                                          : "ed.p.role_processor"));
        ImGui::PopStyleColor();

        const bool processorRole = p.role == VendorRole::Processor;
        if (p.role != VendorRole::Controller || p.dpa_signed) {
            if (edit::checkbox(tr(processorRole ? "ed.p.dpa" : "ed.p.arrangement"), &p.dpa_signed)) commitProcessor(i);
            focusAfter(base + "dpa_signed");
            helpMarker(tr(processorRole ? "ed.p.dpa_tip" : "ed.p.arrangement_tip"));
        }
        ImGui::SameLine(0, em(1.4f));
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(tr("ed.p.outside_eu")).x + em(3.5f)) ImGui::NewLine();
        if (edit::checkbox(tr("ed.p.outside_eu"), &p.outside_eu)) commitProcessor(i);
        focusAfter(base + "outside_eu");
        helpMarker(tr("ed.p.outside_eu_tip"));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("ed.p.country"));
        helpMarker(tr("ed.p.country_tip"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(std::min(em(14), ImGui::GetContentRegionAvail().x));
        edit::inputText("##country", p.country, tr("ed.p.country_hint"));
        edit::accessibleLabel(tr("ed.p.country"));
        if (ImGui::IsItemDeactivatedAfterEdit()) commitProcessor(i);
        focusAfter(base + "country");
        if (p.outside_eu || p.transfer_safeguard != TransferSafeguard::None) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(tr("ed.p.safeguard"));
            helpMarker(tr("ed.p.safeguard_tip"));
            ImGui::SameLine();
            if (edit::enumCombo("##safeguard", p.transfer_safeguard, std::min(em(17), ImGui::GetContentRegionAvail().x)))
                commitProcessor(i);
            edit::accessibleLabel(tr("ed.p.safeguard"));
            focusAfter(base + "transfer_safeguard");
        }
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("ed.p.certified"));
        helpMarker(tr("ed.p.certified_tip"));
        for (Certification c : allOf<Certification>()) {
            ImGui::SameLine(0, em(0.9f));
            bool on = std::find(p.certifications.begin(), p.certifications.end(), c) != p.certifications.end();
            if (edit::checkbox(label(c), &on)) {
                std::vector<Certification> out;
                for (Certification x : allOf<Certification>()) {
                    const bool has = x == c ? on : std::find(p.certifications.begin(), p.certifications.end(), x) != p.certifications.end();
                    if (has) out.push_back(x);
                }
                p.certifications = out;
                commitProcessor(i);
            }
            if (c == Certification::Iso27001) focusAfter(base + "certifications");
        }
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("ed.p.training"));
        helpMarker(tr("ed.p.training_tip"));
        ImGui::SameLine();
        if (edit::enumCombo("##training", p.reuses_data_for_training, em(8))) commitProcessor(i);
        edit::accessibleLabel(tr("ed.p.training"));
        focusAfter(base + "reuses_data_for_training");
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
    if (removeAt >= 0) {
        const std::size_t i = std::size_t(removeAt);
        commit(ctx, [&](Activity& a) {
            if (i < a.processors.size()) a.processors.erase(a.processors.begin() + removeAt);
        });
    }
    ImGui::Spacing();
    if (ImGui::Button((std::string(icon::kPlus) + "  " + tr("ed.p.add")).c_str())) {
        const std::size_t n = m_draft.processors.size();
        if (commit(ctx, [](Activity& a) { a.processors.push_back(Processor{}); })) {
            m_focus = "processors[" + std::to_string(n) + "].name";
            m_focusFrames = 8;
        }
    }
}

// ---- [SECTION] safeguards and ethics ------------------------------------------------------------
// Human oversight, bias monitoring and content rights, with a note when the screening needs them.
void EditorPanel::drawSafeguards(UiContext& ctx) {
    const Screening none{};
    const Screening& s = m_draft.screening ? *m_draft.screening : none;
    helpText(tr("ed.safeguards_intro"));
    longTextField(ctx, "human_oversight", "ed.f.human_oversight", "ed.h.human_oversight", &Activity::human_oversight,
                  "ed.hint.human_oversight");
    if (s.profiling || s.evaluation_scoring || s.automated_decision)
        note(icon::kInfo, tr("ed.needed_scoring"), color::textMuted());
    longTextField(ctx, "bias_monitoring", "ed.f.bias_monitoring", "ed.h.bias_monitoring", &Activity::bias_monitoring,
                  "ed.hint.bias_monitoring");
    if (s.profiling || s.evaluation_scoring) note(icon::kInfo, tr("ed.needed_profiling"), color::textMuted());
    longTextField(ctx, "security_measures", "ed.f.security_measures", "ed.h.security_measures",
                  &Activity::security_measures, "ed.hint.security_measures");
    ImGui::Spacing();
    checkField(ctx, "content_rights_checked", "ed.f.content_rights_checked", "ed.h.content_rights_checked",
               &Activity::content_rights_checked);
    if (s.generates_content) note(icon::kInfo, tr("ed.needed_content"), color::textMuted());
}

// ---- [SECTION] review -----------------------------------------------------------------------------
// Review status with the allowed transitions, reviewer and the two dates.
void EditorPanel::drawReview(UiContext& ctx, const Activity& a) {
    helpText(tr("ed.review_intro"));
    edit::fieldLabel(tr("ed.f.review_status"), tr("ed.h.review_status"));
    ImGui::PushID("review.status");
    const ReviewStatus st = a.review.status;
    const ImU32 stCol = st == ReviewStatus::Approved ? color::success()
                        : st == ReviewStatus::ChangesRequested ? color::severity(Severity::Warning)
                        : st == ReviewStatus::InReview ? color::accent() : color::tier(Tier::Unassessed);
    badge(label(st), stCol);
    focusAfter("review.status");
    ImGui::PopID();

    // Allowed transitions: draft -> in review -> approved / changes requested; changes
    // requested -> in review; approved -> in review (a new review); in review -> draft.
    auto move = [&](ReviewStatus to) {
        const std::string day = today();
        const std::string me = ctx.setting(app::settings::kPrefUserName);
        commit(ctx, [&](Activity& x) {
            x.review.status = to;
            if (to == ReviewStatus::Approved || to == ReviewStatus::ChangesRequested) {
                x.review.reviewed_at = day;
                if (x.review.reviewer.empty()) x.review.reviewer = me;
            }
            if (to == ReviewStatus::Approved && x.review.next_review.empty()) x.review.next_review = plusOneYear(day);
        });
    };
    const rules::Assessment* as = ctx.model->assessment(a.id);
    const int blockers = as ? as->blockers() : 0;
    ImGui::Spacing();
    switch (st) {
    case ReviewStatus::Draft:
        if (primaryButton(tr("ed.rv.submit"))) move(ReviewStatus::InReview);
        break;
    case ReviewStatus::InReview:
        if (blockers > 0) note(icon::kWarning, trf("ed.rv.blockers_open", num(blockers)).c_str(), color::severity(Severity::Blocker));
        if (primaryButton((std::string(icon::kCheck) + "  " + tr("ed.rv.approve")).c_str())) move(ReviewStatus::Approved);
        ImGui::SameLine();
        if (ImGui::Button(tr("ed.rv.request_changes"))) move(ReviewStatus::ChangesRequested);
        ImGui::SameLine();
        if (ImGui::Button(tr("ed.rv.withdraw"))) move(ReviewStatus::Draft);
        break;
    case ReviewStatus::ChangesRequested:
        if (primaryButton(tr("ed.rv.resubmit"))) move(ReviewStatus::InReview);
        break;
    case ReviewStatus::Approved:
        if (ImGui::Button(tr("ed.rv.new_review"))) move(ReviewStatus::InReview);
        break;
    default: break;
    }

    ImGui::Spacing();
    edit::fieldLabel(tr("ed.f.reviewer"), tr("ed.h.reviewer"));
    ImGui::PushID("review.reviewer");
    focusBefore("review.reviewer");
    ImGui::SetNextItemWidth(-FLT_MIN);
    edit::inputText("##reviewer", m_draft.review.reviewer, tr("ed.hint.reviewer"));
    edit::accessibleLabel(tr("ed.f.reviewer"));
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        const std::string v = m_draft.review.reviewer;
        commit(ctx, [&](Activity& x) { x.review.reviewer = v; });
    }
    focusAfter("review.reviewer");
    ImGui::PopID();

    const bool pairs = beginPairs("dates");
    edit::fieldLabel(tr("ed.f.reviewed_at"), tr("ed.h.reviewed_at"));
    if (dateInput("review.reviewed_at", tr("ed.f.reviewed_at"), m_draft.review.reviewed_at)) {
        const std::string v = m_draft.review.reviewed_at;
        commit(ctx, [&](Activity& x) { x.review.reviewed_at = v; });
    }
    nextPair(pairs);
    edit::fieldLabel(tr("ed.f.next_review"), tr("ed.h.next_review"));
    if (dateInput("review.next_review", tr("ed.f.next_review"), m_draft.review.next_review)) {
        const std::string v = m_draft.review.next_review;
        commit(ctx, [&](Activity& x) { x.review.next_review = v; });
    }
    if (m_draft.review.next_review.empty() || rules::isIsoDate(m_draft.review.next_review)) {
        if (smallButton(tr("ed.rv.in_a_year"))) {
            const std::string v = plusOneYear(today());
            m_invalid.erase("review.next_review");
            commit(ctx, [&](Activity& x) { x.review.next_review = v; });
        }
    }
    endPairs(pairs);
    const std::string day = today();
    if (a.review.next_review.size() == 10 && rules::isIsoDate(a.review.next_review) && a.review.next_review <= day)
        note(icon::kClock, tr("ed.rv.due"), color::severity(Severity::Warning));
    else if (a.review.status == ReviewStatus::Approved && a.review.next_review.empty())
        note(icon::kClock, tr("ed.rv.no_next"), color::severity(Severity::Warning));
}

// ---- [SECTION] history ------------------------------------------------------------------------------
// The activity's history, newest first, read once per revision.
void EditorPanel::drawHistory(UiContext& ctx) {
    if (m_historyId != m_id || m_historyRevision != ctx.model->revision()) {
        m_history = ctx.model->history(m_id, 200);
        m_historyId = m_id;
        m_historyRevision = ctx.model->revision();
    }
    if (m_history.empty()) {
        ImGui::TextDisabled("%s", tr("ed.hist.empty"));
        return;
    }
    helpText(tr("ed.hist.intro"));
    const ImGuiTableFlags tf = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp |
                               ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("history", 3, tf)) {
        ImGui::TableSetupColumn(tr("ed.hist.when"), ImGuiTableColumnFlags_WidthFixed, em(8.5f));
        ImGui::TableSetupColumn(tr("ed.hist.field"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr("ed.hist.change"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableHeadersRow();
        for (const app::HistoryEntry& h : m_history) {
            ImGui::PushID(int(h.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(showTimestamp(h.at).c_str());
            if (!h.user.empty()) ImGui::TextDisabled("%s", h.user.c_str());
            ImGui::TableNextColumn();
            const std::string fieldName = h.field == "created"    ? std::string(tr("ed.hist.created"))
                                          : h.field == "imported" ? std::string(tr("ed.hist.imported"))
                                                                  : app::historyFieldLabel(h.field, lang());
            ImGui::TextWrapped("%s", fieldName.c_str());
            ImGui::TableNextColumn();
            if (h.field == "created" || h.field == "imported") {
                ImGui::TextWrapped("%s", h.new_value.c_str());
            } else {
                const std::string oldV = app::historyValueLabel(h.field, h.old_value, lang());
                const std::string newV = app::historyValueLabel(h.field, h.new_value, lang());
                ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
                ImGui::TextWrapped("%s", oldV.empty() ? tr("ed.hist.empty_value") : oldV.c_str());
                ImGui::PopStyleColor();
                ImGui::TextWrapped("%s %s", icon::kChevronRight, newV.empty() ? tr("ed.hist.empty_value") : newV.c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
}

}  // namespace air::ui
