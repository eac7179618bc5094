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

// What a rule id is used for: an obligation (listed in Assessment::obligations; the
// prohibited ids, AIA-6-2 and AIA-ANNEX-III-1 also decide the tier), a rule that only decides
// the tier (AIA-50 -> limited), or a finding (Assessment::findings).
enum class RuleKind { Obligation, TierOnly, Finding };

// One obligation or finding id with its legal anchor and texts in both languages.
// title_* and fix_* may contain the placeholder "{processor}": use title()/fix() to fill it.
struct RuleInfo {
    std::string_view id;       // stable, e.g. "AIA-50-1", "GDPR-6"
    std::string_view article;  // English citation, e.g. "AI Act Art. 50(1)", "GDPR Art. 6(1)"
    std::string_view title_en, title_nl;  // short plain-language statement
    std::string_view fix_en, fix_nl;      // what to do about it
    std::string_view applies_from;        // "YYYY-MM-DD" for AI Act duties, "" otherwise
    std::string_view article_nl;          // Dutch citation, e.g. "art. 50 lid 1 AI-verordening"
    RuleKind kind = RuleKind::Finding;
    Severity severity = Severity::Info;   // findings: their severity (GDPR-35: warning while planned);
                                          // obligations: blocker for Art. 5 ids, info otherwise

    // Texts in `lang` with "{processor}" replaced by `processor` (or "the processor").
    std::string title(Lang lang, std::string_view processor = {}) const;
    std::string fix(Lang lang, std::string_view processor = {}) const;
    std::string_view articleText(Lang lang) const;
};

struct Finding {
    std::string rule;  // rule id
    Severity severity = Severity::Warning;
    std::string field;  // register-file field that fixes it ("purpose", "processors[0].dpa_signed", "screening")
    // What is wrong and how to fix it, plain language first and the article last, e.g.
    // "No processing agreement with Acme. Sign a processing agreement with Acme (GDPR Art. 28)".
    std::string message(Lang lang) const;
    std::string detail;                    // e.g. the processor name the finding is about

    bool operator==(const Finding&) const = default;
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

// Everything below at once (same results as the single functions).
Assessment assess(const Activity& a);

// The tier, first match wins; `decidingRule` gets the rule id ("" for minimal/unassessed).
Tier tierOf(const Activity& a, std::string* decidingRule = nullptr);
// Every obligation id whose condition holds, in rule-table order; empty without a screening.
std::vector<std::string> obligationsOf(const Activity& a);
// The DPIA screen; `criteria` gets the criteria 1..9 that hold. Without a screening object
// only C4 (data categories) and C7 (data subjects) can count.
DpiaVerdict dpiaOf(const Activity& a, std::vector<int>* criteria = nullptr);
// Every finding, in rule-table order (per-processor findings in processor order). Text fields
// holding only white space count as empty. AIA-5 is not raised for a retired activity (it has
// stopped, which is the fix), although its tier stays prohibited.
std::vector<Finding> findingsOf(const Activity& a);

// Metadata for every obligation, tier and finding id, in rule-table order (the order of
// Assessment::obligations and ::findings); nullptr for an unknown id.
const RuleInfo* ruleInfo(std::string_view id);
const std::vector<RuleInfo>& allRules();

// Text of DPIA criterion 1..9 (DOMAIN.md 3, EDPB/WP248).
std::string_view dpiaCriterionText(int criterion, Lang lang);

// AI Act application dates as data (DOMAIN.md 1), in date order.
struct ActDate {
    std::string_view date;  // YYYY-MM-DD
    std::string_view what_en, what_nl;
    std::string_view what(Lang lang) const { return lang == Lang::Nl ? what_nl : what_en; }
};
const std::vector<ActDate>& actDates();

// One plain-language sentence saying why the tier is what it is, e.g.
// "High risk: creditworthiness scoring is an Annex III 5(b) area (AI Act Art. 6(2))".
std::string tierReason(const Activity& a, Lang lang);

// Plain-language name of an Annex III area ("creditworthiness scoring") and its point in
// the Annex ("5(b)"; Dutch "5, onder b"); "" for AnnexIII::None.
std::string_view annexAreaText(AnnexIII area, Lang lang);
std::string_view annexPointText(AnnexIII area, Lang lang);

// Calendar days from `fromDate` to `toDate` (both "YYYY-MM-DD"; a longer RFC 3339 text is
// read by its first ten characters), negative when `toDate` is earlier. No time zones.
// Returns 0 when either date is not valid: check with isIsoDate() when that matters.
int daysUntil(std::string_view fromDate, std::string_view toDate);
bool isIsoDate(std::string_view date);  // "YYYY-MM-DD" naming a real calendar day

}  // namespace air::rules
