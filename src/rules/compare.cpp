// How two rule sets' verdicts differ (compare.hpp): set differences of the assessment's
// lists, each difference with the rule ids that explain it and one sentence why. The
// sentences are data in rule_table_2026_12.cpp (compareTexts, and each RuleInfo's change_*).
//
// [SECTION] labels
// [SECTION] sentences
// [SECTION] compare
#include "rules/compare.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <utility>

#include "rules/rule_texts.hpp"

namespace air::rules {

// ---- [SECTION] labels -------------------------------------------------------------------------

namespace {
struct KindText {
    std::string_view key;
    detail::Text2 label;
};
constexpr KindText kKinds[] = {
    {"tier", {"Risk level", "Risiconiveau"}},
    {"dpia", {"DPIA", "DPIA"}},
    {"obligation_moved_to_provider", {"Now the provider's duty", "Nu een plicht van de aanbieder"}},
    {"obligation_removed", {"Duty no longer listed", "Plicht vervallen"}},
    {"obligation_added", {"New duty", "Nieuwe plicht"}},
    {"finding_severity", {"Finding weighs differently", "Bevinding weegt anders"}},
    {"finding_removed", {"Finding no longer raised", "Bevinding vervallen"}},
    {"finding_added", {"New finding", "Nieuwe bevinding"}},
};
static_assert(std::size(kKinds) == std::size_t(ChangeKind::COUNT), "one row per ChangeKind");
}  // namespace

std::string_view changeKindKey(ChangeKind k) { return kKinds[std::size_t(k)].key; }
std::string_view changeKindLabel(ChangeKind k, Lang lang) { return kKinds[std::size_t(k)].label.in(lang); }

namespace {

// ---- [SECTION] sentences ----------------------------------------------------------------------

using detail::Text2;

const RuleInfo* infoIn(std::string_view id, RuleSet to, RuleSet from) {
    const RuleInfo* r = ruleInfo(id, to);
    return r ? r : ruleInfo(id, from);
}

// A Change with `why` filled in both languages from `text`, replacing "{set}" by the newer
// rule set's key and each other slot by what `slots` gives for the language.
template <class Slots>
Change make(ChangeKind kind, std::string subject, std::vector<std::string> rules, const Text2& text, RuleSet to,
            Slots slots) {
    Change c;
    c.kind = kind;
    c.subject = std::move(subject);
    c.rules = std::move(rules);
    for (Lang lang : {Lang::En, Lang::Nl}) {
        std::string s = detail::fillAll(text.in(lang), "{set}", ruleSetKey(to));
        for (const auto& [slot, value] : slots(lang)) s = detail::fillAll(s, slot, value);
        (lang == Lang::Nl ? c.why_nl : c.why_en) = std::move(s);
    }
    return c;
}

auto noSlots = [](Lang) { return std::vector<std::pair<std::string, std::string>>{}; };

// A Change whose sentence is the rule's own "what changed" note, or `generic` with its title.
Change noteOrGeneric(ChangeKind kind, const std::string& id, RuleSet from, RuleSet to, const Text2& generic) {
    const RuleInfo* r = infoIn(id, to, from);
    if (r && !r->change_en.empty())
        return make(kind, id, {id}, Text2{r->change_en, r->change_nl}, to, noSlots);
    return make(kind, id, {id}, generic, to, [r, &id](Lang lang) {
        return std::vector<std::pair<std::string, std::string>>{{"{title}", r ? r->heading(lang) : id}};
    });
}

const Text2& roleText(AiActRole role) {
    const detail::CompareTexts& t = detail::compareTexts();
    switch (role) {
        case AiActRole::Provider: return t.role_provider;
        case AiActRole::Importer: return t.role_importer;
        case AiActRole::Distributor: return t.role_distributor;
        default: return t.role_deployer;
    }
}

// Elements of `a` not in `b`, in `a`'s order.
std::vector<std::string> minus(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::string> out;
    for (const std::string& x : a)
        if (std::find(b.begin(), b.end(), x) == b.end()) out.push_back(x);
    return out;
}

bool isGdprRule(const std::string& id) {
    return id.rfind("GDPR-", 0) == 0 || id.rfind("TW-", 0) == 0 || id == "TTPA-18";
}

// ---- [SECTION] compare -------------------------------------------------------------------------

// Fills the finding lists and their Changes of `out` (shared by activities and the register).
void diffFindings(const std::vector<Finding>& old, const std::vector<Finding>& now, bool gdprNow, Comparison& out) {
    const detail::CompareTexts& t = detail::compareTexts();
    auto key = [](const Finding& f) { return std::make_pair(f.rule, f.severity); };
    std::set<std::pair<std::string, Severity>> oldKeys, nowKeys;
    for (const Finding& f : old) oldKeys.insert(key(f));
    for (const Finding& f : now) nowKeys.insert(key(f));
    for (const Finding& f : now)
        if (!oldKeys.count(key(f))) out.findings_added.push_back(f);
    for (const Finding& f : old)
        if (!nowKeys.count(key(f))) out.findings_removed.push_back(f);

    // One Change per rule id: the worst severity on each side decides the kind.
    auto worst = [](const std::vector<Finding>& fs, const std::string& rule) -> std::optional<Severity> {
        std::optional<Severity> w;
        for (const Finding& f : fs)
            if (f.rule == rule && (!w || f.severity < *w)) w = f.severity;
        return w;
    };
    std::vector<std::string> severityIds, removedIds, addedIds;
    auto once = [](std::vector<std::string>& v, const std::string& id) {
        if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
    };
    for (const Finding& f : out.findings_removed) (worst(now, f.rule) ? severityIds : removedIds).push_back(f.rule);
    for (const Finding& f : out.findings_added)
        if (!worst(old, f.rule)) once(addedIds, f.rule);
        else once(severityIds, f.rule);
    std::vector<std::string> uniqueRemoved, uniqueSeverity;
    for (const std::string& id : removedIds) once(uniqueRemoved, id);
    for (const std::string& id : severityIds) once(uniqueSeverity, id);

    for (const std::string& id : uniqueSeverity) {
        const auto w0 = worst(old, id), w1 = worst(now, id);
        if (w0 == w1) continue;  // the same worst severity: only a milder duplicate changed
        Change c = noteOrGeneric(ChangeKind::FindingSeverity, id, out.from, out.to, t.finding_severity_generic);
        c.from = std::string(keyOf(*w0));
        c.to = std::string(keyOf(*w1));
        out.changes.push_back(std::move(c));
    }
    for (const std::string& id : uniqueRemoved) {
        Change c = (!gdprNow && isGdprRule(id))
                       ? make(ChangeKind::FindingRemoved, id, {id, "GDPR-NONE"}, t.finding_no_personal_data, out.to,
                              noSlots)
                       : noteOrGeneric(ChangeKind::FindingRemoved, id, out.from, out.to, t.finding_removed_generic);
        c.from = std::string(keyOf(*worst(old, id)));
        out.changes.push_back(std::move(c));
    }
    for (const std::string& id : addedIds) {
        Change c = noteOrGeneric(ChangeKind::FindingAdded, id, out.from, out.to, t.finding_added_generic);
        c.to = std::string(keyOf(*worst(now, id)));
        out.changes.push_back(std::move(c));
    }
}

}  // namespace

Comparison compare(const Assessment& old, const Assessment& now) {
    const detail::CompareTexts& t = detail::compareTexts();
    Comparison out;
    out.from = old.rule_set;
    out.to = now.rule_set;
    out.tier_from = old.tier;
    out.tier_to = now.tier;
    out.tier_changed = old.tier != now.tier;
    out.dpia_from = old.dpia;
    out.dpia_to = now.dpia;
    out.dpia_changed = old.dpia != now.dpia;

    if (out.tier_changed) {
        const std::string rule = !now.tier_rule.empty() ? now.tier_rule : old.tier_rule;
        Change c;
        if (const RuleInfo* r = infoIn(rule, now.rule_set, old.rule_set); r && !r->change_en.empty())
            c = make(ChangeKind::Tier, "", {rule}, Text2{r->change_en, r->change_nl}, now.rule_set, noSlots);
        else
            c = make(ChangeKind::Tier, "", rule.empty() ? std::vector<std::string>{} : std::vector<std::string>{rule},
                     t.tier_generic, now.rule_set, [&](Lang lang) {
                         const RuleInfo* ri = rule.empty() ? nullptr : infoIn(rule, now.rule_set, old.rule_set);
                         return std::vector<std::pair<std::string, std::string>>{
                             {"{from}", std::string(labelOf(old.tier, lang))},
                             {"{to}", std::string(labelOf(now.tier, lang))},
                             {"{title}", ri ? ri->heading(lang) : std::string(labelOf(now.tier, lang))}};
                     });
        c.from = std::string(keyOf(old.tier));
        c.to = std::string(keyOf(now.tier));
        out.changes.push_back(std::move(c));
    }

    if (out.dpia_changed) {
        std::vector<std::string> statutory;
        for (const std::string& id : now.dpia_basis)
            if (id.rfind("WP248-", 0) != 0) statutory.push_back(id);
        const bool lostC7 = std::find(old.dpia_criteria.begin(), old.dpia_criteria.end(), 7) != old.dpia_criteria.end() &&
                            std::find(now.dpia_criteria.begin(), now.dpia_criteria.end(), 7) == now.dpia_criteria.end();
        Change c;
        if (!now.gdpr_applies)
            c = make(ChangeKind::Dpia, "", {"GDPR-NONE"}, t.dpia_no_personal_data, now.rule_set, noSlots);
        else if (!statutory.empty())
            c = make(ChangeKind::Dpia, "", statutory, t.dpia_statutory, now.rule_set, [&](Lang lang) {
                return std::vector<std::pair<std::string, std::string>>{
                    {"{basis}", detail::statutoryLabels2026_12(statutory, lang)}};
            });
        else if (lostC7)
            c = make(ChangeKind::Dpia, "", {"WP248-C7"}, t.dpia_c7, now.rule_set, noSlots);
        else
            c = make(ChangeKind::Dpia, "", {"GDPR-35"}, t.dpia_generic, now.rule_set, noSlots);
        c.from = std::string(keyOf(old.dpia));
        c.to = std::string(keyOf(now.dpia));
        out.changes.push_back(std::move(c));
    }

    // Obligations: moved to the provider, removed, added.
    const std::vector<std::string> gone = minus(old.obligations, now.obligations);
    for (const std::string& id : gone) {
        const bool moved = std::find(now.provider_duties.begin(), now.provider_duties.end(), id) != now.provider_duties.end();
        (moved ? out.obligations_moved_to_provider : out.obligations_removed).push_back(id);
    }
    out.obligations_added = minus(now.obligations, old.obligations);
    for (const std::string& id : out.obligations_moved_to_provider)
        out.changes.push_back(make(ChangeKind::ObligationMovedToProvider, id, {id}, t.moved_to_provider, now.rule_set,
                                   [&](Lang lang) {
                                       const RuleInfo* r = infoIn(id, now.rule_set, old.rule_set);
                                       return std::vector<std::pair<std::string, std::string>>{
                                           {"{article}", r ? std::string(r->articleText(lang)) : id},
                                           {"{role}", std::string(roleText(now.role).in(lang))}};
                                   }));
    const bool notDeploying = now.role == AiActRole::Importer || now.role == AiActRole::Distributor;
    for (const std::string& id : out.obligations_removed) {
        auto roleSlot = [&](Lang lang) {
            return std::vector<std::pair<std::string, std::string>>{{"{role}", std::string(roleText(now.role).in(lang))}};
        };
        Change c;
        if (now.tier == Tier::Prohibited)
            c = make(ChangeKind::ObligationRemoved, id, {id, now.tier_rule}, t.removed_prohibited, now.rule_set, noSlots);
        else if (notDeploying && detail::isDeployerDuty2026_12(id))
            c = make(ChangeKind::ObligationRemoved, id, {id}, t.removed_not_deployer, now.rule_set, roleSlot);
        else if (id == "AIA-50-4")  // still a deployer: only editorial control lifts it (Art. 50(4))
            c = make(ChangeKind::ObligationRemoved, id, {id}, t.removed_editorial, now.rule_set, noSlots);
        else
            c = make(ChangeKind::ObligationRemoved, id, {id}, t.removed_generic, now.rule_set, [&](Lang lang) {
                const RuleInfo* r = infoIn(id, now.rule_set, old.rule_set);
                return std::vector<std::pair<std::string, std::string>>{{"{title}", r ? r->heading(lang) : id}};
            });
        out.changes.push_back(std::move(c));
    }
    for (const std::string& id : out.obligations_added) {
        if (now.role == AiActRole::Provider && detail::isDeployerDuty2026_12(id))
            out.changes.push_back(
                make(ChangeKind::ObligationAdded, id, {id}, t.added_provider_deploys, now.rule_set, noSlots));
        else
            out.changes.push_back(noteOrGeneric(ChangeKind::ObligationAdded, id, old.rule_set, now.rule_set, t.added_generic));
    }

    diffFindings(old.findings, now.findings, now.gdpr_applies, out);
    return out;
}

Comparison compareFindings(const std::vector<Finding>& old, const std::vector<Finding>& now, RuleSet from,
                           RuleSet to) {
    Comparison out;
    out.from = from;
    out.to = to;
    diffFindings(old, now, true, out);
    return out;
}

RegisterComparison compareRegister(const Register& reg, RuleSet from, RuleSet to) {
    RegisterComparison out;
    out.from = from;
    out.to = to;
    for (const Activity& a : reg.activities) {
        Comparison c = compare(assess(a, from), assess(a, to));
        if (c.changed()) out.activities.push_back({a.id, a.name, std::move(c)});
    }
    out.register_level = compareFindings(registerFindings(reg, from), registerFindings(reg, to), from, to);
    return out;
}

Comparison compare(const Activity& a, RuleSet from, RuleSet to, const Assessment* known) {
    return compare(assess(a, from), known && known->rule_set == to ? *known : assess(a, to));
}

RegisterComparison compareRegister(const Register& reg, const std::vector<Assessment>& now, RuleSet from,
                                   RuleSet to) {
    RegisterComparison out;
    out.from = from;
    out.to = to;
    for (std::size_t i = 0; i < reg.activities.size(); ++i) {
        const Activity& a = reg.activities[i];
        Comparison c = compare(a, from, to, i < now.size() ? &now[i] : nullptr);
        if (c.changed()) out.activities.push_back({a.id, a.name, std::move(c)});
    }
    out.register_level = compareFindings(registerFindings(reg, from), registerFindings(reg, to), from, to);
    return out;
}

}  // namespace air::rules
