// The AI Act screening wizard (issue "Compliance engine", item 3): a large modal that asks
// the questions of rules/wizard.hpp one at a time for one activity, skips those that no
// longer matter, lets the user revise any answer, and ends on a result page that says why:
// the tier with the rule that decided it, the obligations with their application dates, the
// DPIA verdict with the criteria that counted, and the findings with a way to fix each.
// drawScreeningWizard() (views.hpp) drives one ScreeningWizard per window.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/model.hpp"
#include "rules/rules.hpp"
#include "ui/context.hpp"

namespace air::ui {

class ScreeningWizard {
public:
    // Takes a req::OpenWizard and draws the modal until it is closed; a no-op on a second
    // call in one frame.
    void draw(UiContext& ctx);
    bool isOpen() const { return m_wanted; }
    void dismiss() { m_wanted = false; }  // the next draw closes the modal, leaving the activity

private:
    void start(const Activity& a);
    void close(UiContext& ctx);
    void drawHeader(const Activity& a);
    void drawAnswerList();
    void drawQuestion(UiContext& ctx);
    void drawResult(UiContext& ctx, const Activity& a);  // wizard_result.cpp
    void drawFooter(UiContext& ctx, const Activity& a);
    bool save(UiContext& ctx, const Activity& a);  // writes the screening; true when stored
    void answered(int questionIndex);              // marks it, drops hidden answers
    void goNext();
    void goBack();
    bool allAnswered() const;

    std::string m_activityId;
    bool m_wanted = false;  // asked for and not closed yet
    bool m_open = false;
    int m_lastFrame = -1;
    Activity draft() const;
    Screening m_screening;
    AiActRole m_role = AiActRole::Deployer;  // the first question sets it (rules::AnswerKind::RoleChoice)
    std::optional<Screening> m_original;
    std::set<std::string> m_answered;  // keys of answered questions that are still visible
    int m_current = 0;                 // index in rules::wizardQuestions()
    bool m_onResult = false;
    bool m_scrollToTop = false;
};

// ---- shared by the wizard, the findings page and the dashboard ------------------------
// Today as "YYYY-MM-DD" (UTC), from air::currentClock() (core/clock.hpp); tests may pin it with
// setTodayForTests("2026-11-25"), which installs a FixedClock at midnight UTC of that day.
std::string today();
void setTodayForTests(std::string isoDate);  // "" returns to the system clock
// "Applies from 2 Dec 2027 — in 372 days" or "Applies since 2 Feb 2025" (UI language).
std::string appliesText(std::string_view appliesFrom, std::string_view todayIso);
// The short title of a wizard question for the answer list (falls back to the question).
std::string questionTitle(std::string_view key, Lang lang);

}  // namespace air::ui
