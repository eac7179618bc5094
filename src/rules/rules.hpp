// The rule sets (DOMAIN.md 3 = 2026.11, 3a = 2026.12): AI Act tier, obligations, the DPIA
// screen and findings. Pure functions on core types; `air check`, the UI and the exports all
// call these. Every function takes the rule set to apply and defaults to the newest one;
// 2026.11 stays available unchanged (its verdicts and texts are byte-identical to what it
// gave before 2026.12 existed). How two rule sets differ for one activity: rules/compare.hpp.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::rules {

// ---- rule sets --------------------------------------------------------------------------
// A rule set is the law as the product reads it at one moment, named by its version key.
enum class RuleSet { R2026_11, R2026_12, COUNT };
inline constexpr std::array<std::string_view, 2> kRuleSetKeys = {"2026.11", "2026.12"};
static_assert(kRuleSetKeys.size() == std::size_t(RuleSet::COUNT), "one key per rule set");
inline constexpr RuleSet kLatestRuleSet = RuleSet::R2026_12;

// "2026.11", "2026.12": what `rules_version` says and `air check --rules` takes.
constexpr std::string_view ruleSetKey(RuleSet r) { return kRuleSetKeys[std::size_t(r)]; }
// The rule set with version key `key`; nullopt for an unknown one.
std::optional<RuleSet> parseRuleSet(std::string_view key);
// Every rule set, oldest first (for loops and "allowed: ..." messages).
std::array<RuleSet, std::size_t(RuleSet::COUNT)> allRuleSets();

// The version key of the newest rule set (what the page, the reports and `air check` use).
inline constexpr std::string_view kRulesVersion = ruleSetKey(kLatestRuleSet);

// ---- rule metadata ----------------------------------------------------------------------

// What a rule id is used for: an obligation (Assessment::obligations or ::provider_duties;
// the prohibited ids, AIA-6-2 and AIA-ANNEX-III-1 also decide the tier), a rule that only
// decides the tier (AIA-50 -> limited), a finding (Assessment::findings, or a register
// finding such as GDPR-30), or a basis of the DPIA screen (Assessment::dpia_basis, 2026.12).
enum class RuleKind { Obligation, TierOnly, Finding, DpiaBasis };

// One rule id with its legal anchor and texts in both languages.
// title_* and fix_* may contain the placeholder "{processor}": use title()/fix() to fill it.
struct RuleInfo {
    std::string_view id;       // stable, e.g. "AIA-50-1", "GDPR-6"
    std::string_view article;  // English citation, e.g. "AI Act Art. 50(1)", "GDPR Art. 6(1)"
    std::string_view title_en, title_nl;  // short plain-language statement
    std::string_view fix_en, fix_nl;      // what to do about it
    std::string_view applies_from;        // "YYYY-MM-DD" for AI Act duties, "" otherwise
    std::string_view article_nl;          // Dutch citation, e.g. "art. 50 lid 1 AI-verordening"
    RuleKind kind = RuleKind::Finding;
    Severity severity = Severity::Info;   // findings: their worst severity (a second, milder one
                                          // is named in the texts); obligations: blocker for
                                          // Art. 5 ids, info otherwise; DPIA bases: info
    // 2026.12 and later: what this rule set changed about the id, one sentence ("" = nothing).
    // The change list ("What changed under rules 2026.12") shows it.
    std::string_view change_en = {}, change_nl = {};

    // Texts in `lang` with "{processor}" replaced by `processor` (or "the processor").
    std::string title(Lang lang, std::string_view processor = {}) const;
    std::string fix(Lang lang, std::string_view processor = {}) const;
    // The title for lists and headings: without the slot only a finding fills ("({basis})").
    std::string heading(Lang lang) const;
    std::string_view articleText(Lang lang) const;
    std::string_view change(Lang lang) const { return lang == Lang::Nl ? change_nl : change_en; }
};

// ---- results ----------------------------------------------------------------------------

struct Finding {
    std::string rule;  // rule id
    Severity severity = Severity::Warning;
    std::string field;  // register-file field that fixes it ("purpose", "processors[0].dpa_signed", "screening")
    // What is wrong and how to fix it, plain language first and the article last, e.g.
    // "No processing agreement with Acme. Sign a processing agreement with Acme (GDPR Art. 28)".
    std::string message(Lang lang) const;
    // 2026.11: the processor the finding is about. 2026.12: every vendor the finding is about,
    // ", "-separated ("#3" for an unnamed third vendor); for GDPR-35 the DPIA basis ids.
    std::string detail;
    RuleSet rule_set = kLatestRuleSet;  // the rule set that raised it (its texts)
    // 2026.12: the message in both languages, built when the finding is raised (a vendor
    // finding names each vendor in its own situation). Empty under 2026.11, whose message()
    // is built from the RuleInfo as it always was.
    std::string text_en = {}, text_nl = {};

    bool operator==(const Finding&) const = default;
};

struct Assessment {
    RuleSet rule_set = kLatestRuleSet;     // the rule set that produced it
    AiActRole role = AiActRole::Deployer;  // the activity's AI Act role it was judged for
    Tier tier = Tier::Unassessed;
    std::string tier_rule;                 // rule id that decided the tier ("" for minimal/unassessed)
    std::vector<std::string> obligations;  // ids the organisation owes itself, in rule-table order
    // 2026.12: duties of the provider that the organisation does not owe itself but checks
    // that its provider does (a deployer, importer or distributor); [] for a provider, for a
    // prohibited activity and under 2026.11.
    std::vector<std::string> provider_duties;
    DpiaVerdict dpia = DpiaVerdict::NotRequired;
    std::vector<int> dpia_criteria;        // 1..9, the WP248 criteria C1..C9 that counted
    // 2026.12: why the DPIA screen says what it says, in this order: the WP248 criteria met
    // ("WP248-C1".."WP248-C9"), the Art. 35(3) GDPR cases ("GDPR-35-3-a".."c"), the Dutch DPA
    // list types ("AP-4".."AP-17"); [] when none applies and under 2026.11.
    std::vector<std::string> dpia_basis;
    // 2026.12: false when the activity processes no personal data (personal_data false and
    // nothing contradicts it): the GDPR is not applied. Always true under 2026.11.
    bool gdpr_applies = true;
    std::vector<Finding> findings;         // in rule-table order
    int blockers() const;
};

// ---- the rules ----------------------------------------------------------------------------

// Everything below at once (same results as the single functions).
Assessment assess(const Activity& a, RuleSet rs = kLatestRuleSet);

// The tier, first match wins; `decidingRule` gets the rule id ("" for minimal/unassessed).
Tier tierOf(const Activity& a, std::string* decidingRule = nullptr);
Tier tierOf(const Activity& a, RuleSet rs, std::string* decidingRule = nullptr);
// Every obligation id the organisation owes itself, in rule-table order; empty without a
// screening. (2026.12 moves some to Assessment::provider_duties, depending on the role.)
std::vector<std::string> obligationsOf(const Activity& a, RuleSet rs = kLatestRuleSet);
// The DPIA screen; `criteria` gets the criteria 1..9 that hold. Without a screening object
// only C4 (data categories) and C7 (data subjects) can count.
DpiaVerdict dpiaOf(const Activity& a, std::vector<int>* criteria = nullptr);
DpiaVerdict dpiaOf(const Activity& a, RuleSet rs, std::vector<int>* criteria = nullptr);
// Every finding, in rule-table order (2026.11: per-processor findings in processor order;
// 2026.12: one finding per vendor rule). Text fields holding only white space count as
// empty. AIA-5 is not raised for a retired activity (it has stopped, which is the fix),
// although its tier stays prohibited.
std::vector<Finding> findingsOf(const Activity& a, RuleSet rs = kLatestRuleSet);

// Findings about the register as a whole (2026.12: GDPR-30, the controller and its contact
// for the Art. 30 record, raised when some activity processes personal data); [] under 2026.11.
std::vector<Finding> registerFindings(const Register& reg, RuleSet rs = kLatestRuleSet);
// The same from the register's activities and controller (what the register findings read).
std::vector<Finding> registerFindings(std::span<const Activity> activities, const std::optional<Controller>& controller,
                                      RuleSet rs = kLatestRuleSet);

// Metadata for every obligation, tier, finding and DPIA-basis id of rule set `rs`, in
// rule-table order (the order of Assessment::obligations and ::findings); nullptr for an
// unknown id.
const RuleInfo* ruleInfo(std::string_view id, RuleSet rs = kLatestRuleSet);
const std::vector<RuleInfo>& allRules(RuleSet rs = kLatestRuleSet);

// Text of DPIA criterion 1..9 (DOMAIN.md 3, EDPB/WP248; 2026.12 narrows C7).
std::string_view dpiaCriterionText(int criterion, Lang lang, RuleSet rs = kLatestRuleSet);

// The DPIA verdict with its basis, as the reader sees it, e.g. "DPIA verplicht (AP-lijst:
// Profilering)", "DPIA vereist (vuistregel WP248: 2 criteria)", "DPIA required (GDPR
// Art. 35(3)(a): ...)". Under 2026.11 the verdict's label.
std::string dpiaReason(const Assessment& as, Lang lang);

// What a deployer, importer or distributor checks that the provider does, for a provider duty
// (Assessment::provider_duties: AIA-50-1, AIA-50-2, AIA-16, AIA-6-4); the duty's own fix text
// is worded for the provider. "" for any other id.
std::string_view providerCheck(std::string_view id, Lang lang);

// AI Act application dates as data (DOMAIN.md 1), in date order.
struct ActDate {
    std::string_view date;  // YYYY-MM-DD
    std::string_view what_en, what_nl;
    std::string_view what(Lang lang) const { return lang == Lang::Nl ? what_nl : what_en; }
};
const std::vector<ActDate>& actDates(RuleSet rs = kLatestRuleSet);

// One plain-language sentence saying why the tier is what it is, e.g.
// "High risk: creditworthiness scoring is an Annex III 5(b) area (AI Act Art. 6(2))".
// 2026.12 also says for which role it was judged and who owes the transparency duties.
std::string tierReason(const Activity& a, Lang lang, RuleSet rs = kLatestRuleSet);

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
