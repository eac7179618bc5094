// "What changed under rules 2026.12": when the open register was last checked under an older
// rule set (AppModel::rulesVersion(), "" = before 2026.12), a banner says how many activities
// the new rules judge differently, and a dialog lists every change old -> new with its rule ids
// and one sentence why (rules::compareRegister). "Mark as seen" records the newer rule set in
// the register (one undo step, exported with the file).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "rules/compare.hpp"
#include "ui/context.hpp"

namespace air::ui {

class RulesChangeView {
public:
    // The banner line (nothing when there is nothing new to see). Call inside the main region.
    void drawBanner(UiContext& ctx);
    // The dialog, when open. Call once per frame at top level.
    void drawDialog(UiContext& ctx);
    bool dialogOpen() const { return m_open; }
    // The rule set the open register was last checked under ("2026.11" for "").
    static rules::RuleSet seenRuleSet(const app::AppModel& model);

private:
    void refresh(UiContext& ctx);
    // The banner's count: which activities the two rule sets judge differently, kept by the
    // model's activity stamps, so that after an edit only the edited activity is compared again
    // (at 10,000 activities comparing all of them took ~200 ms, every two seconds of editing).
    void refreshSummary(const app::AppModel& model, rules::RuleSet seen);
    std::unordered_map<std::uint64_t, bool> m_changedByStamp;
    std::size_t m_changedActivities = 0;
    bool m_registerChanged = false;
    // The dialog's full comparison, computed while it is open.
    rules::RegisterComparison m_cmp;
    bool m_cmpFresh = false;
    const app::AppModel* m_model = nullptr;
    std::uint64_t m_revision = ~0ull;
    std::string m_seen;
    std::chrono::steady_clock::time_point m_computed{};
    bool m_open = false;
    bool m_openRequested = false;
};

}  // namespace air::ui
