// How the verdicts of two rule sets differ for one activity or for a whole register: the data
// of the page view "What changed under rules 2026.12" and of `air check --compare`. Pure
// functions on Assessments (rules.hpp); nothing here reads the activity again.
//
// Every difference is one Change with the rule ids that explain it and one plain-language
// sentence why, in English and Dutch. A page view needs nothing else:
//
//     const rules::RegisterComparison rc = rules::compareRegister(reg, rules::RuleSet::R2026_11);
//     for (const rules::ActivityComparison& ac : rc.activities)   // only activities that changed
//         for (const rules::Change& c : ac.cmp.changes)             // in display order
//             row(ac.name, rules::changeKindLabel(c.kind, lang),   // "Risk level" / "Risiconiveau"
//                 c.from, c.to,                                     // keys: tier, verdict, severity
//                 c.subject,                                        // obligation or finding id
//                 c.rules,                                          // ids: rules::ruleInfo(id, rc.to)
//                 c.why(lang));                                     // one sentence
//     for (const rules::Change& c : rc.register_level.changes) ... // GDPR-30 and the like
//
// `from` is the older rule set (the one the register was last checked under), `to` the newer.
// Tier and DPIA changes carry old -> new keys (keyOf(Tier) / keyOf(DpiaVerdict)); a finding
// is identified by its rule id and severity, so a severity change is one FindingSeverity
// change (and, in the lists, one finding removed and one added).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"
#include "rules/rules.hpp"

namespace air::rules {

// Kinds of difference, in the order a Comparison lists them.
enum class ChangeKind {
    Tier,                       // from/to: tier keys ("limited" -> "prohibited")
    Dpia,                       // from/to: DPIA verdict keys ("required" -> "recommended")
    ObligationMovedToProvider,  // subject: the id, now in Assessment::provider_duties
    ObligationRemoved,          // subject: the id
    ObligationAdded,            // subject: the id
    FindingSeverity,            // subject: the rule; from/to: severity keys
    FindingRemoved,             // subject: the rule; from: its severity
    FindingAdded,               // subject: the rule; to: its severity
    COUNT
};
// "tier", "dpia", "obligation_moved_to_provider", "obligation_removed", "obligation_added",
// "finding_severity", "finding_removed", "finding_added".
std::string_view changeKindKey(ChangeKind k);
// A short heading: "Risk level", "DPIA", "Now the provider's duty", ... (Dutch with Lang::Nl).
std::string_view changeKindLabel(ChangeKind k, Lang lang);

struct Change {
    ChangeKind kind = ChangeKind::Tier;
    std::string subject;             // the obligation or finding rule id; "" for Tier and Dpia
    std::string from, to;            // see ChangeKind; "" where it does not apply
    std::vector<std::string> rules;  // the rule ids that explain it (RuleInfo: ruleInfo(id, to),
                                     // or ruleInfo(id, from) for an id only the old set has)
    std::string why_en, why_nl;      // one sentence, e.g. "This is the provider's duty (...)".
    const std::string& why(Lang lang) const { return lang == Lang::Nl ? why_nl : why_en; }
};

struct Comparison {
    RuleSet from = RuleSet::R2026_11, to = kLatestRuleSet;
    bool tier_changed = false;
    Tier tier_from = Tier::Unassessed, tier_to = Tier::Unassessed;
    bool dpia_changed = false;
    DpiaVerdict dpia_from = DpiaVerdict::NotRequired, dpia_to = DpiaVerdict::NotRequired;
    // Obligation ids in rule-table order. A duty that moved from `obligations` to
    // `provider_duties` is listed as moved, not as removed.
    std::vector<std::string> obligations_added, obligations_removed, obligations_moved_to_provider;
    // Findings whose (rule, severity) the other side does not have, each with its message in
    // its own rule set. Compare them as sets.
    std::vector<Finding> findings_added, findings_removed;
    // Every difference above as one Change, in ChangeKind order (within a kind, rule-table order).
    std::vector<Change> changes;
    bool changed() const { return !changes.empty(); }
};

// The differences between two assessments of the same activity (`old` under the older rule
// set, `now` under the newer).
Comparison compare(const Assessment& old, const Assessment& now);
// The activity assessed under `from` and compared with `known` when that is its assessment
// under `to` (AppModel keeps those), else with a fresh one.
Comparison compare(const Activity& a, RuleSet from, RuleSet to, const Assessment* known);

// The differences between two lists of register findings (registerFindings()).
Comparison compareFindings(const std::vector<Finding>& old, const std::vector<Finding>& now, RuleSet from,
                           RuleSet to);

struct ActivityComparison {
    std::string activity_id;
    std::string name;
    Comparison cmp;
};

struct RegisterComparison {
    RuleSet from = RuleSet::R2026_11, to = kLatestRuleSet;
    std::vector<ActivityComparison> activities;  // only those with a change, in register order
    Comparison register_level;                   // register findings (GDPR-30)
    bool changed() const { return !activities.empty() || register_level.changed(); }
};

// Every activity of `reg` assessed under both rule sets and compared, plus the register findings.
RegisterComparison compareRegister(const Register& reg, RuleSet from, RuleSet to = kLatestRuleSet);
// The same when the assessments under `to` are known already (AppModel keeps them under the
// newest rule set): `now` is parallel to reg.activities, and only `from` is assessed (issue #13:
// half the work when a register of 10,000 activities is opened or imported). An entry of `now`
// under another rule set, or a missing one, is assessed again.
RegisterComparison compareRegister(const Register& reg, const std::vector<Assessment>& now, RuleSet from,
                                   RuleSet to);

}  // namespace air::rules
