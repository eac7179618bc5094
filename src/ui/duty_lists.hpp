// Who owes what, and why the DPIA screen says what it says (rule set 2026.12, DOMAIN.md 3a),
// drawn alike on the findings page and in the screening wizard's result.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "rules/rules.hpp"

namespace air::ui {

// One line of a duty list, as drawn: rule id, title, what to do with its article, and when it
// applies ("Applies from 2 Aug 2026, in 250 days"; "" for an id without a date).
struct DutyLine {
    std::string id, title, fix, when;
    bool applies = false;  // the date has passed (or is today)
};

// The two lists of one assessment in the UI language: the organisation's own duties
// (Assessment::obligations) and the provider's duties to check (Assessment::provider_duties).
std::vector<DutyLine> ownDutyLines(const rules::Assessment& as, std::string_view todayIso);
std::vector<DutyLine> providerDutyLines(const rules::Assessment& as, std::string_view todayIso);

// Plain text of a DPIA basis id: a WP248 criterion's text, an Art. 35(3) case, a Dutch DPA
// list type ("AP-lijst: Profilering").
std::string dpiaBasisText(std::string_view id, Lang lang, rules::RuleSet rs = rules::kLatestRuleSet);

// Draws "Your duties" and "Check that your provider does this", each line with its id, title,
// what to do and its date. Each line is registered as "##duty.own.<id>: <id>  <title>" or
// "##duty.provider.<id>: ...", its date as "##date.own.<id>: <date>" / "##date.provider.<id>: ...".
void drawDutyLists(const rules::Assessment& as, std::string_view todayIso);

// Draws the DPIA verdict as rules::dpiaReason words it ("##dpia.reason: <reason>") and each
// basis with its text ("##dpia.basis.<id>: <id>  <text>"); `withRule` adds the counting rule.
void drawDpiaReason(const rules::Assessment& as, bool withRule);

}  // namespace air::ui
