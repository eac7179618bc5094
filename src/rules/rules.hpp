// Rule set 2026.11 (DOMAIN.md 3): AI Act tier, obligations, DPIA screen and findings.
// Pure functions on core types; `air check`, the UI and the exports all call these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::rules {

inline constexpr std::string_view kRulesVersion = "2026.11";

// One obligation or finding id with its legal anchor and texts in both languages.
struct RuleInfo {
    std::string_view id;       // stable, e.g. "AIA-50-1", "GDPR-6"
    std::string_view article;  // e.g. "AI Act Art. 50(1)", "AVG/GDPR Art. 6(1)"
    std::string_view title_en, title_nl;  // short plain-language statement
    std::string_view fix_en, fix_nl;      // what to do about it
    std::string_view applies_from;        // "YYYY-MM-DD" for AI Act duties, "" otherwise
};

struct Finding {
    std::string rule;  // rule id
    Severity severity = Severity::Warning;
    std::string field;  // register-file field that fixes it ("purpose", "processors[0].dpa_signed", "screening")
    std::string message(Lang lang) const;  // what is wrong and how to fix it
    std::string detail;                    // e.g. the processor name the finding is about
};

struct Assessment {
    Tier tier = Tier::Unassessed;
    std::string tier_rule;                 // rule id that decided the tier ("" for minimal/unassessed)
    std::vector<std::string> obligations;  // ids, in rule-table order
    DpiaVerdict dpia = DpiaVerdict::NotRequired;
    std::vector<int> dpia_criteria;        // 1..9, the criteria C1..C9 that counted
    std::vector<Finding> findings;         // in rule-table order
    int blockers() const;
};

Assessment assess(const Activity& a);

Tier tierOf(const Activity& a, std::string* decidingRule = nullptr);
std::vector<std::string> obligationsOf(const Activity& a);
DpiaVerdict dpiaOf(const Activity& a, std::vector<int>* criteria = nullptr);
std::vector<Finding> findingsOf(const Activity& a);

// Metadata for every obligation and finding id; nullptr for an unknown id.
const RuleInfo* ruleInfo(std::string_view id);
const std::vector<RuleInfo>& allRules();

// Text of DPIA criterion 1..9 (DOMAIN.md 3, EDPB/WP248).
std::string_view dpiaCriterionText(int criterion, Lang lang);

// AI Act application dates as data.
struct ActDate {
    std::string_view date;  // YYYY-MM-DD
    std::string_view what_en, what_nl;
};
const std::vector<ActDate>& actDates();

}  // namespace air::rules
