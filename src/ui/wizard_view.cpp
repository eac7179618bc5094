// The screening wizard: opening and closing the modal, the question pages, the answer list
// and the footer (see wizard_view.hpp). The result page lives in wizard_result.cpp.
//
// [SECTION] shared helpers (today, appliesText, questionTitle)
// [SECTION] open / close / save
// [SECTION] navigation
// [SECTION] drawing: modal, header, answer list, question, footer
#include "ui/wizard_view.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "app/app_model.hpp"
#include "core/clock.hpp"
#include "rules/wizard.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

// ---- [SECTION] shared helpers -----------------------------------------------------------

std::string today() { return air::currentClock().today(); }

void setTodayForTests(std::string isoDate) {
    static std::optional<FixedClock> pinned;  // midnight UTC of the pinned day
    if (isoDate.empty()) {
        installClock(nullptr);
        pinned.reset();
        return;
    }
    pinned.emplace(isoDate);
    installClock(&*pinned);
}

std::string appliesText(std::string_view appliesFrom, std::string_view todayIso) {
    if (!rules::isIsoDate(appliesFrom)) return {};
    const int days = rules::daysUntil(todayIso, appliesFrom);
    const std::string date = showDate(appliesFrom);
    if (days < 0) return trf("wiz.applies_since", date);
    if (days == 0) return trf("wiz.applies_today", date);
    if (days == 1) return trf("wiz.applies_tomorrow", date);
    return trf("wiz.applies_from", date, num(days));
}

std::string questionTitle(std::string_view key, Lang l) {
    const std::string k = "wiz.q." + std::string(key);
    if (hasKey(k)) return tr(k, l);
    const int i = rules::wizardQuestionIndex(key);
    return i < 0 ? std::string(key) : std::string(rules::wizardQuestions()[std::size_t(i)].text(l));
}

namespace {
const char* kPopupId = "##screening_wizard";

// Where the answer of question `q` is shown: "Yes", "No" or the Annex III area.
std::string answerText(const Activity& a, int q) {
    const Screening& s = *a.screening;
    const auto& qs = rules::wizardQuestions();
    if (qs[std::size_t(q)].kind == rules::AnswerKind::AnnexChoice) {
        if (s.annex_iii == AnnexIII::None) return tr("wiz.annex_none_short");
        // "Yes (5b)": the point of the Annex, from the end of the area's label.
        const std::string_view l = labelOf(s.annex_iii, lang());
        const auto open = l.rfind('(');
        const std::string point(open == std::string_view::npos ? l : l.substr(open + 1, l.size() - open - 2));
        return trf("wiz.annex_short", point);
    }
    return rules::answerOf(a, q) ? tr("wiz.yes") : tr("wiz.no");
}
}  // namespace

namespace {
ScreeningWizard& theWizard() {
    static ScreeningWizard wizard;  // one per window: the page has one window
    return wizard;
}
}  // namespace

void drawScreeningWizard(UiContext& ctx) { theWizard().draw(ctx); }

bool screeningWizardOpen(const UiContext& ctx) { return ctx.requests.has<req::OpenWizard>() || theWizard().isOpen(); }

void closeScreeningWizard(UiContext& ctx) {
    ctx.requests.drop<req::OpenWizard>();
    theWizard().dismiss();
}

// ---- [SECTION] open / close / save ------------------------------------------------------

// Starts a run on `a`: its current screening (or an empty one); with a screening every
// visible question counts as answered, so the user can go straight to the result.
void ScreeningWizard::start(const Activity& a) {
    m_activityId = a.id;
    m_open = true;
    m_screening = a.screening.value_or(Screening{});
    m_role = a.ai_act_role;
    rules::normalise(m_screening);  // never changes the assessment (rules/wizard.hpp)
    m_original = a.screening;
    if (m_original) m_original = m_screening;
    m_answered.clear();
    if (a.screening)
        for (int q : rules::visibleQuestions(m_screening))
            m_answered.insert(std::string(rules::wizardQuestions()[std::size_t(q)].key));
    const auto vis = rules::visibleQuestions(m_screening);
    m_current = vis.empty() ? 0 : vis.front();
    m_onResult = false;
    m_scrollToTop = true;
}

// The wizard's answers as an activity: the screening and the role (the rest is not asked).
Activity ScreeningWizard::draft() const {
    Activity d;
    d.screening = m_screening;
    d.ai_act_role = m_role;
    return d;
}

void ScreeningWizard::close(UiContext&) {
    m_wanted = false;
    m_open = false;
    m_activityId.clear();
    ImGui::CloseCurrentPopup();  // every caller runs inside the modal
}

namespace {
// Closes the modal from outside (the wizard was closed elsewhere or its activity is gone).
void closeStalePopup() {
    if (!ImGui::IsPopupOpen(kPopupId)) return;
    if (ImGui::BeginPopupModal(kPopupId, nullptr, ImGuiWindowFlags_NoTitleBar)) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
}
}  // namespace

// One updateActivity (one undo step) with the wizard's screening; nothing when unchanged.
bool ScreeningWizard::save(UiContext& ctx, const Activity& a) {
    if (!ctx.canEdit()) return false;
    Activity copy = a;
    copy.screening = m_screening;
    copy.ai_act_role = m_role;
    if (copy == a) return true;
    if (!ctx.check(ctx.model->updateActivity(copy))) return false;
    const rules::Assessment as = rules::assess(copy);
    ctx.toast(trf("wiz.saved_toast", a.name, label(as.tier)));
    return true;
}

// ---- [SECTION] navigation -----------------------------------------------------------------

void ScreeningWizard::answered(int q) {
    m_answered.insert(std::string(rules::wizardQuestions()[std::size_t(q)].key));
    // Answers to questions that are now skipped were cleared by normalise(): forget them.
    std::set<std::string> keep;
    for (int v : rules::visibleQuestions(m_screening)) {
        const std::string k(rules::wizardQuestions()[std::size_t(v)].key);
        if (m_answered.count(k)) keep.insert(k);
    }
    m_answered = std::move(keep);
}

bool ScreeningWizard::allAnswered() const {
    for (int v : rules::visibleQuestions(m_screening))
        if (!m_answered.count(std::string(rules::wizardQuestions()[std::size_t(v)].key))) return false;
    return true;
}

// The next visible question after the current one; the result page after the last.
void ScreeningWizard::goNext() {
    m_scrollToTop = true;
    for (int v : rules::visibleQuestions(m_screening))
        if (v > m_current) {
            m_current = v;
            return;
        }
    m_onResult = true;
}

void ScreeningWizard::goBack() {
    m_scrollToTop = true;
    const auto vis = rules::visibleQuestions(m_screening);
    if (vis.empty()) return;
    if (m_onResult) {
        m_onResult = false;
        m_current = vis.back();
        return;
    }
    for (auto it = vis.rbegin(); it != vis.rend(); ++it)
        if (*it < m_current) {
            m_current = *it;
            return;
        }
}

// ---- [SECTION] drawing ----------------------------------------------------------------------

// Opens the modal on a req::OpenWizard for the selected activity; closes it (leaving the
// activity unchanged) when the activity disappears. One run per activity: reopening starts afresh.
void ScreeningWizard::draw(UiContext& ctx) {
    const int frame = ImGui::GetFrameCount();
    if (frame == m_lastFrame) return;
    m_lastFrame = frame;
    if (ctx.requests.take<req::OpenWizard>()) m_wanted = true;
    if (!m_wanted || ctx.model == nullptr) {
        if (m_open) {
            m_open = false;
            m_activityId.clear();
            closeStalePopup();
        }
        return;
    }
    const Activity* a = ctx.model->find(ctx.selectedId);
    if (a == nullptr) {
        m_wanted = false;
        m_open = false;
        closeStalePopup();
        return;
    }
    if (!m_open || m_activityId != a->id) start(*a);
    if (!ImGui::IsPopupOpen(kPopupId)) ImGui::OpenPopup(kPopupId);

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 size(std::min(vp->WorkSize.x * 0.94f, em(66)), std::min(vp->WorkSize.y * 0.94f, em(50)));
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.4f), em(1.1f)));
    const bool visible = ImGui::BeginPopupModal(kPopupId, nullptr,
                                                ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                                    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                                    ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar();
    if (!visible) return;

    // Keep the current question visible after answers changed what is asked.
    const auto vis = rules::visibleQuestions(m_screening);
    if (!m_onResult && std::find(vis.begin(), vis.end(), m_current) == vis.end()) {
        auto next = std::find_if(vis.begin(), vis.end(), [&](int v) { return v > m_current; });
        if (next != vis.end()) m_current = *next;
        else m_onResult = true;
    }

    drawHeader(*a);
    const float footerH = ImGui::GetFrameHeightWithSpacing() + em(1.4f);
    const float bodyH = std::max(em(6), ImGui::GetContentRegionAvail().y - footerH);
    const float listW = std::clamp(ImGui::GetContentRegionAvail().x * 0.3f, em(12), em(18));
    ImGui::BeginChild("##answers", ImVec2(listW, bodyH), ImGuiChildFlags_Border);
    drawAnswerList();
    ImGui::EndChild();
    ImGui::SameLine(0, em(1.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.0f), em(0.6f)));
    ImGui::BeginChild("##page", ImVec2(0, bodyH), ImGuiChildFlags_AlwaysUseWindowPadding);
    if (m_scrollToTop) {
        ImGui::SetScrollY(0);
        m_scrollToTop = false;
    }
    const Activity* still = a;
    if (m_onResult) drawResult(ctx, *a);
    else drawQuestion(ctx);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    // drawResult may have closed the wizard (a finding's "go to field").
    if (m_open && still == ctx.model->find(m_activityId)) drawFooter(ctx, *a);
    if (m_open && ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::GetIO().WantTextInput) close(ctx);
    ImGui::EndPopup();
}

void ScreeningWizard::drawHeader(const Activity& a) {
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(icon::kShield);
    ImGui::SameLine();
    ImGui::TextUnformatted(trf("wiz.title", a.name).c_str());
    ImGui::PopFont();
    // Progress: answered questions out of those asked for these answers.
    const auto vis = rules::visibleQuestions(m_screening);
    int pos = 0, done = 0;
    for (std::size_t i = 0; i < vis.size(); ++i) {
        if (vis[i] == m_current) pos = int(i) + 1;
        if (m_answered.count(std::string(rules::wizardQuestions()[std::size_t(vis[i])].key))) ++done;
    }
    const std::string step = m_onResult ? std::string(tr("wiz.step_result"))
                                        : trf("wiz.step", num(pos), num(vis.size()));
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(step.c_str());
    ImGui::SameLine();
    ImGui::TextUnformatted(trf("wiz.answered_count", num(done), num(vis.size())).c_str());
    ImGui::PopStyleColor();
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, color::accent());
    ImGui::ProgressBar(vis.empty() ? 1.0f : float(done) / float(vis.size()), ImVec2(-1, em(0.45f)), "");
    ImGui::PopStyleColor();
    ImGui::Spacing();
}

// The questions asked so far with their answers; a click jumps back to one.
void ScreeningWizard::drawAnswerList() {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("wiz.your_answers"));
    ImGui::PopFont();
    ImGui::Spacing();
    const auto& qs = rules::wizardQuestions();
    bool reachable = true;  // answered questions and the first open one can be visited
    for (int v : rules::visibleQuestions(m_screening)) {
        const auto& q = qs[std::size_t(v)];
        const bool done = m_answered.count(std::string(q.key)) > 0;
        ImGui::PushID(q.key.data(), q.key.data() + q.key.size());
        ImGui::BeginDisabled(!reachable);
        const std::string title = questionTitle(q.key, lang());
        const float rowW = ImGui::GetContentRegionAvail().x;
        const std::string ans = done ? answerText(draft(), v) : std::string("\xE2\x80\x94");
        const float ansW = std::min(ImGui::CalcTextSize(ans.c_str()).x, rowW * 0.45f);
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const bool sel = !m_onResult && v == m_current;
        // The title is the selectable's label (clipped before the answer); the answer is drawn
        // at the right of the same row, with the row's highlight extended under it.
        if (ImGui::Selectable((title + "##q").c_str(), sel, 0, ImVec2(rowW - ansW - em(0.5f), 0))) {
            m_current = v;
            m_onResult = false;
            m_scrollToTop = true;
        }
        const bool hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetTooltip("%s", std::string(q.text(lang())).c_str());
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float th = ImGui::GetTextLineHeight();
        const ImVec2 ra(ImGui::GetItemRectMax().x, ImGui::GetItemRectMin().y), rb(p.x + rowW, ImGui::GetItemRectMax().y);
        if (sel || hovered) dl->AddRectFilled(ra, rb, ImGui::GetColorU32(hovered ? ImGuiCol_HeaderHovered : ImGuiCol_Header));
        ImU32 ansCol = color::textMuted();
        if (done && rules::answerOf(draft(), v)) ansCol = color::accent();
        dl->PushClipRect(ImVec2(p.x + rowW - ansW, p.y), ImVec2(p.x + rowW, p.y + th), true);
        dl->AddText(ImVec2(p.x + rowW - ansW, p.y), ansCol, ans.c_str());
        dl->PopClipRect();
        ImGui::EndDisabled();
        ImGui::PopID();
        if (!done) reachable = false;
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(!allAnswered());
    if (ImGui::Selectable((std::string(icon::kFlag) + "  " + tr("wiz.result_link")).c_str(), m_onResult)) {
        m_onResult = true;
        m_scrollToTop = true;
    }
    ImGui::EndDisabled();
}

// One question: article, question, why it matters, a marketing example, then the answer.
void ScreeningWizard::drawQuestion(UiContext& ctx) {
    const auto& q = rules::wizardQuestions()[std::size_t(m_current)];
    const Lang l = lang();
    const bool done = m_answered.count(std::string(q.key)) > 0;

    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(icon::kBook);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", std::string(q.articleText(l)).c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::PushFont(fonts().heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(q.text(l).data(), q.text(l).data() + q.text(l).size());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("wiz.why"));
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", std::string(q.why(l)).c_str());
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("wiz.example"));
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextWrapped("%s", std::string(q.example(l)).c_str());
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, em(0.8f)));

    const bool edit = ctx.canEdit();
    if (q.kind != rules::AnswerKind::AnnexChoice) {  // yes/no, and the role question (rules/wizard.hpp)
        const bool yes = rules::answerOf(draft(), m_current);
        const ImVec2 bs(em(8), em(2.4f));
        auto answerButton = [&](const char* ic, const char* word, bool value) {
            const std::string lbl = std::string(ic) + "  " + word;
            const bool chosen = done && yes == value;
            const bool hit = chosen ? primaryButton(lbl.c_str(), bs) : ImGui::Button(lbl.c_str(), bs);
            if (hit) {
                Activity d = draft();  // the role question sets the activity's role
                rules::applyAnswer(d, m_current, value);
                m_screening = *d.screening;
                m_role = d.ai_act_role;
                answered(m_current);
                goNext();
            }
        };
        ImGui::BeginDisabled(!edit);
        answerButton(icon::kCheck, tr("wiz.yes"), true);
        ImGui::SameLine(0, em(1.0f));
        answerButton(icon::kTimes, tr("wiz.no"), false);
        ImGui::EndDisabled();
        return;
    }

    // Annex III: one area (a grid of two columns), or none of these; the marketing example
    // of the hovered (or chosen) area below.
    helpText(tr("wiz.annex_pick"));
    ImGui::Spacing();
    ImGui::BeginDisabled(!edit);
    AnnexIII hovered = AnnexIII::None;
    // Compact radio buttons: thirteen choices fit without scrolling.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.3f), em(0.12f)));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em(0.3f), em(0.08f)));
    auto option = [&](AnnexIII area) {
        const bool sel = done && m_screening.annex_iii == area;
        if (radio(label(area), sel)) {
            rules::applyAnnex(m_screening, area);
            answered(m_current);
        }
        if (ImGui::IsItemHovered()) hovered = area;
    };
    if (ImGui::BeginTable("##annex", 2, ImGuiTableFlags_SizingStretchSame)) {
        for (AnnexIII area : allOf<AnnexIII>()) {
            if (area == AnnexIII::None) continue;
            ImGui::TableNextColumn();
            ImGui::PushID(int(area));
            option(area);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    option(AnnexIII::None);
    ImGui::PopStyleVar(2);
    ImGui::EndDisabled();
    const AnnexIII shown = hovered != AnnexIII::None ? hovered : (done ? m_screening.annex_iii : AnnexIII::None);
    if (shown != AnnexIII::None) {
        ImGui::Spacing();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(label(shown));
        ImGui::PopFont();
        ImGui::SameLine();
        helpText(trf("wiz.annex_detail", rules::annexPointText(shown, l), rules::annexAreaText(shown, l),
                     rules::annexMarketingExample(shown, l))
                     .c_str());
    }
}

// Back / Next (or the result) on the left; Save and Cancel on the right.
void ScreeningWizard::drawFooter(UiContext& ctx, const Activity& a) {
    ImGui::Separator();
    ImGui::Spacing();
    const auto vis = rules::visibleQuestions(m_screening);
    const bool atFirst = !m_onResult && (vis.empty() || vis.front() == m_current);
    ImGui::BeginDisabled(atFirst);
    if (ImGui::Button((std::string(icon::kChevronLeft) + "  " + tr("wiz.back")).c_str())) goBack();
    ImGui::EndDisabled();
    if (!m_onResult) {
        ImGui::SameLine();
        const bool done = m_answered.count(std::string(rules::wizardQuestions()[std::size_t(m_current)].key)) > 0;
        ImGui::BeginDisabled(!done);
        if (ImGui::Button((std::string(tr("wiz.next")) + "  " + icon::kChevronRight).c_str())) goNext();
        ImGui::EndDisabled();
        if (allAnswered()) {
            ImGui::SameLine();
            if (ImGui::Button((std::string(icon::kFlag) + "  " + tr("wiz.to_result")).c_str())) {
                m_onResult = true;
                m_scrollToTop = true;
            }
        }
    }

    const std::string saveLbl = std::string(icon::kSave) + "  " + tr("wiz.save");
    const std::string cancelLbl = tr("wiz.cancel");
    const ImGuiStyle& st = ImGui::GetStyle();
    const float saveW = ImGui::CalcTextSize(saveLbl.c_str()).x + st.FramePadding.x * 2;
    const float cancelW = ImGui::CalcTextSize(cancelLbl.c_str()).x + st.FramePadding.x * 2;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - saveW - cancelW - st.ItemSpacing.x));
    if (ImGui::Button(cancelLbl.c_str())) {
        close(ctx);
        return;
    }
    ImGui::SameLine();
    const bool canSave = ctx.canEdit() && allAnswered();
    ImGui::BeginDisabled(!canSave);
    if (primaryButton(saveLbl.c_str()) && save(ctx, a)) close(ctx);
    ImGui::EndDisabled();
    if (!canSave && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", ctx.canEdit() ? tr("wiz.save_needs_answers") : tr("wiz.read_only"));
}

}  // namespace air::ui
