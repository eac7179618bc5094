// Rule set 2026.11 (DOMAIN.md 3) as logic: the AI Act tier, obligations, the DPIA screen and
// the findings; and the public functions, which pass 2026.12 on to rules_2026_12.cpp. Texts
// live in rule_table.cpp; each condition cites the law it rests on (the ones both rule sets
// read are in rule_texts.hpp). 2026.11 is frozen: its results must stay byte-identical.
//
// [SECTION] helpers
// [SECTION] AI Act tier          (first match wins)
// [SECTION] obligations          (every id whose condition holds)
// [SECTION] DPIA screen          (C1..C9)
// [SECTION] findings
// [SECTION] rule sets            (keys, parsing)
// [SECTION] public functions     (2026.11 here, 2026.12 in rules_2026_12.cpp)
// [SECTION] Finding::message, assess
// [SECTION] tierReason
// [SECTION] dates
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "rules/rule_texts.hpp"
#include "rules/rules.hpp"

namespace air::rules {

namespace {

// ---- [SECTION] helpers ----------------------------------------------------------------

using detail::art50;
using detail::art5a;
using detail::art5b;
using detail::art5c;
using detail::art5f;
using detail::art5g;
using detail::art62;
using detail::art63Exempt;
using detail::annex1;
using detail::blank;
using detail::contains;
using detail::fill;
using detail::hasArt9Data;
using detail::hasSensitiveData;

// ---- [SECTION] AI Act tier ------------------------------------------------------------
// Each condition reads only the screening facts (rule_texts.hpp). Order = DOMAIN.md 3, first table.

struct TierRule {
    std::string_view id;
    bool (*holds)(const Screening&);
    Tier tier;
};
constexpr TierRule kTierRules[] = {
    {"AIA-5-1-a", art5a, Tier::Prohibited},
    {"AIA-5-1-b", art5b, Tier::Prohibited},
    {"AIA-5-1-c", art5c, Tier::Prohibited},
    {"AIA-5-1-f", art5f, Tier::Prohibited},
    {"AIA-5-1-g", art5g, Tier::Prohibited},
    {"AIA-6-2", art62, Tier::High},
    {"AIA-ANNEX-III-1", annex1, Tier::High},
    {"AIA-50", art50, Tier::Limited},
};

// The tier and the id of the rule that decided it ("" for minimal and unassessed).
struct TierResult {
    Tier tier;
    std::string_view rule;
};
TierResult decideTier(const Activity& a) {
    if (!a.screening) return {Tier::Unassessed, {}};
    for (const TierRule& r : kTierRules)
        if (r.holds(*a.screening)) return {r.tier, r.id};
    return {Tier::Minimal, {}};
}

// ---- [SECTION] obligations ------------------------------------------------------------

struct ObligationRule {
    std::string_view id;
    bool (*holds)(const Activity&, const Screening&, Tier);
};
const ObligationRule kObligationRules[] = {
    {"AIA-5-1-a", [](const Activity&, const Screening& s, Tier) { return art5a(s); }},
    {"AIA-5-1-b", [](const Activity&, const Screening& s, Tier) { return art5b(s); }},
    {"AIA-5-1-c", [](const Activity&, const Screening& s, Tier) { return art5c(s); }},
    {"AIA-5-1-f", [](const Activity&, const Screening& s, Tier) { return art5f(s); }},
    {"AIA-5-1-g", [](const Activity&, const Screening& s, Tier) { return art5g(s); }},
    {"AIA-6-2", [](const Activity&, const Screening& s, Tier) { return art62(s); }},
    {"AIA-ANNEX-III-1", [](const Activity&, const Screening& s, Tier) { return annex1(s); }},
    // AI Act Art. 26: obligations of deployers of high-risk systems.
    {"AIA-26",
     [](const Activity& a, const Screening&, Tier t) {
         return t == Tier::High && a.ai_act_role == AiActRole::Deployer;
     }},
    // AI Act Art. 27: fundamental-rights impact assessment for deployers of Annex III 5(b)-(c).
    {"AIA-27",
     [](const Activity& a, const Screening& s, Tier t) {
         return t == Tier::High && a.ai_act_role == AiActRole::Deployer &&
                (s.annex_iii == AnnexIII::Creditworthiness ||
                 s.annex_iii == AnnexIII::InsurancePricing);
     }},
    // AI Act Art. 6(4): document the Art. 6(3) assessment.
    {"AIA-6-4", [](const Activity&, const Screening& s, Tier) { return art63Exempt(s); }},
    // AI Act Art. 50(1): tell people they interact with an AI system.
    {"AIA-50-1", [](const Activity&, const Screening& s, Tier) { return s.interacts_with_people; }},
    // AI Act Art. 50(2): machine-readable marking of synthetic content.
    {"AIA-50-2", [](const Activity&, const Screening& s, Tier) { return s.generates_content; }},
    // AI Act Art. 50(3): inform people exposed to emotion recognition or biometric categorisation.
    {"AIA-50-3",
     [](const Activity&, const Screening& s, Tier) {
         return s.emotion_recognition || s.biometric_categorisation;
     }},
    // AI Act Art. 50(4): disclose deepfakes and AI-written public-interest text.
    {"AIA-50-4",
     [](const Activity&, const Screening& s, Tier) { return s.deepfake || s.public_interest_text; }},
};

std::vector<std::string> obligationsFor(const Activity& a, Tier tier) {
    std::vector<std::string> out;
    if (!a.screening) return out;
    for (const ObligationRule& r : kObligationRules)
        if (r.holds(a, *a.screening, tier)) out.emplace_back(r.id);
    return out;
}

// ---- [SECTION] DPIA screen ------------------------------------------------------------
// GDPR Art. 35(1) with the nine EDPB/WP248 criteria; two or more: a DPIA is required.
// Without a screening object only what the activity itself shows counts (C4, C7).

std::vector<int> dpiaCriteriaOf(const Activity& a) {
    const Screening none{};
    const Screening& s = a.screening ? *a.screening : none;
    const bool c[9] = {
        s.evaluation_scoring || s.profiling,  // C1 evaluation or scoring, incl. profiling
        s.automated_decision,                 // C2 automated decision, legal or similar effect
        s.systematic_monitoring,              // C3 systematic monitoring
        hasSensitiveData(a),                  // C4 sensitive or highly personal data
        s.large_scale,                        // C5 large scale
        s.combines_datasets,                  // C6 matching or combining datasets
        s.vulnerable_subjects ||              // C7 vulnerable data subjects
            contains(a.data_subjects, DataSubject::Children) ||
            contains(a.data_subjects, DataSubject::Employees) ||
            contains(a.data_subjects, DataSubject::JobApplicants),
        s.innovative_technology,              // C8 innovative technology
        s.blocks_service,                     // C9 blocks a right, service or contract
    };
    std::vector<int> out;
    for (int i = 0; i < 9; ++i)
        if (c[i]) out.push_back(i + 1);
    return out;
}

DpiaVerdict verdictOf(std::size_t criteria) {
    if (criteria >= 2) return DpiaVerdict::Required;
    if (criteria == 1) return DpiaVerdict::Recommended;
    return DpiaVerdict::NotRequired;
}

// ---- [SECTION] findings ---------------------------------------------------------------
// In rule-table order; per-processor rules emit one finding per offending processor, in
// processor order.

std::string processorField(std::size_t i, std::string_view member) {
    return "processors[" + std::to_string(i) + "]." + std::string(member);
}

std::vector<Finding> findingsFor(const Activity& a, Tier tier, DpiaVerdict dpia) {
    std::vector<Finding> out;
    auto add = [&out](std::string_view rule, Severity sev, std::string field,
                      std::string who = {}) {
        out.push_back(Finding{std::string(rule), sev, std::move(field), std::move(who), RuleSet::R2026_11});
    };
    const Screening none{};
    const Screening& s = a.screening ? *a.screening : none;

    // GDPR Art. 5(1)(b): purpose limitation needs a specified purpose.
    if (blank(a.purpose)) add("GDPR-5-1-b", Severity::Blocker, "purpose");
    // GDPR Art. 5(1)(c): data minimisation starts with knowing which data.
    if (a.data_categories.empty()) add("GDPR-5-1-c", Severity::Warning, "data_categories");
    // GDPR Art. 5(1)(e): storage limitation; Art. 30(1)(f) erasure time limits.
    if (blank(a.retention)) add("GDPR-5-1-e", Severity::Warning, "retention");
    // GDPR Art. 6(1): every processing needs a legal basis.
    if (a.legal_basis == LegalBasis::None) add("GDPR-6", Severity::Blocker, "legal_basis");
    // GDPR Art. 6(1)(f): legitimate interests need a documented balancing test.
    if (a.legal_basis == LegalBasis::LegitimateInterests && !a.lia_documented)
        add("GDPR-6-1-f", Severity::Warning, "lia_documented");
    // GDPR Art. 6(1)(e): public task is rarely open to a company.
    if (a.legal_basis == LegalBasis::PublicTask) add("GDPR-6-1-e", Severity::Warning, "legal_basis");
    // GDPR Art. 9(1)-(2): special categories need an Art. 9(2) condition.
    if (hasArt9Data(a) && a.art9_condition == Art9Condition::None)
        add("GDPR-9", Severity::Blocker, "art9_condition");
    // GDPR Art. 13-14: inform the people concerned.
    if (!a.transparency_notice) add("GDPR-13", Severity::Warning, "transparency_notice");
    // GDPR Art. 21(2)-(3): objection to direct marketing (and profiling for it) is absolute.
    if (s.direct_marketing && !a.opt_out) add("GDPR-21", Severity::Blocker, "opt_out");
    // GDPR Art. 22(3): solely automated decisions need human intervention.
    if (s.automated_decision && !s.human_review)
        add("GDPR-22", Severity::Blocker, "screening.human_review");
    // GDPR Art. 28(3): a processor needs a binding processing agreement.
    for (std::size_t i = 0; i < a.processors.size(); ++i)
        if (!a.processors[i].dpa_signed)
            add("GDPR-28", Severity::Blocker, processorField(i, "dpa_signed"), a.processors[i].name);
    // GDPR Art. 44-46: transfers outside the EU need adequacy, SCCs, BCRs or a derogation.
    for (std::size_t i = 0; i < a.processors.size(); ++i)
        if (a.processors[i].outside_eu &&
            a.processors[i].transfer_safeguard == TransferSafeguard::None)
            add("GDPR-44", Severity::Blocker, processorField(i, "transfer_safeguard"),
                a.processors[i].name);
    // GDPR Art. 5(1)(b) and 28(3)(a): a vendor training on your data is further processing
    // (DDMA basic "reuse by other organisations"); unknown counts as not ruled out.
    for (std::size_t i = 0; i < a.processors.size(); ++i)
        if (a.processors[i].reuses_data_for_training != TrainingReuse::No)
            add("GDPR-REUSE", Severity::Warning, processorField(i, "reuses_data_for_training"),
                a.processors[i].name);
    // GDPR Art. 35(1): a DPIA before processing likely to result in a high risk.
    if (dpia == DpiaVerdict::Required) {
        if (a.dpia == DpiaStatus::None || a.dpia == DpiaStatus::NotNeeded)
            add("GDPR-35", Severity::Blocker, "dpia");
        else if (a.dpia == DpiaStatus::Planned)
            add("GDPR-35", Severity::Warning, "dpia");
    }
    // AI Act Art. 5: a prohibited practice must stop. A retired activity has stopped, so it
    // no longer raises the blocker (its tier still shows "prohibited").
    if (tier == Tier::Prohibited && a.lifecycle != Lifecycle::Retired)
        add("AIA-5", Severity::Blocker, "lifecycle");
    // AI Act Art. 5, 6 and 50 can only be judged after a screening.
    if (!a.screening) add("AIA-UNASSESSED", Severity::Warning, "screening");
    // Good practice (DDMA, seeds 000-002): human in the loop for scoring and decisions.
    if ((s.profiling || s.evaluation_scoring || s.automated_decision) && blank(a.human_oversight))
        add("ETH-HUMAN", Severity::Warning, "human_oversight");
    // Good practice: monitor profiling and scoring for bias.
    if ((s.profiling || s.evaluation_scoring) && blank(a.bias_monitoring))
        add("ETH-BIAS", Severity::Warning, "bias_monitoring");
    // Good practice: check the rights to generated content (copyright, licences).
    if (s.generates_content && !a.content_rights_checked)
        add("ETH-COPYRIGHT", Severity::Warning, "content_rights_checked");
    // Good practice: vendor security certification (GDPR Art. 28(1) and 32: sufficient guarantees).
    for (std::size_t i = 0; i < a.processors.size(); ++i)
        if (!contains(a.processors[i].certifications, Certification::Iso27001) &&
            !contains(a.processors[i].certifications, Certification::Soc2))
            add("VENDOR-CERT", Severity::Info, processorField(i, "certifications"),
                a.processors[i].name);
    return out;
}

}  // namespace

std::string detail::unnamedProcessor(std::string_view field, Lang lang) {
    constexpr std::string_view kPrefix = "processors[";
    if (field.substr(0, kPrefix.size()) != kPrefix) return {};
    std::size_t end = field.find(']');
    if (end == std::string_view::npos) return {};
    int index = 0;
    for (char ch : field.substr(kPrefix.size(), end - kPrefix.size())) {
        if (ch < '0' || ch > '9') return {};
        index = index * 10 + (ch - '0');
    }
    return std::string(lang == Lang::Nl ? "verwerker " : "processor ") + std::to_string(index + 1);
}

// ---- [SECTION] rule sets --------------------------------------------------------------

std::optional<RuleSet> parseRuleSet(std::string_view key) {
    for (RuleSet r : allRuleSets())
        if (ruleSetKey(r) == key) return r;
    return std::nullopt;
}

std::array<RuleSet, std::size_t(RuleSet::COUNT)> allRuleSets() {
    std::array<RuleSet, std::size_t(RuleSet::COUNT)> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = RuleSet(i);
    return out;
}

// ---- [SECTION] public functions ---------------------------------------------------------
// 2026.11 runs the functions above; 2026.12 is computed whole by rules_2026_12.cpp.

Tier tierOf(const Activity& a, std::string* decidingRule) { return tierOf(a, kLatestRuleSet, decidingRule); }

Tier tierOf(const Activity& a, RuleSet rs, std::string* decidingRule) {
    if (rs == RuleSet::R2026_12) {
        Assessment as = detail::assess2026_12(a);
        if (decidingRule) *decidingRule = as.tier_rule;
        return as.tier;
    }
    TierResult r = decideTier(a);
    if (decidingRule) *decidingRule = std::string(r.rule);
    return r.tier;
}

std::vector<std::string> obligationsOf(const Activity& a, RuleSet rs) {
    if (rs == RuleSet::R2026_12) return detail::assess2026_12(a).obligations;
    return obligationsFor(a, decideTier(a).tier);
}

DpiaVerdict dpiaOf(const Activity& a, std::vector<int>* criteria) { return dpiaOf(a, kLatestRuleSet, criteria); }

DpiaVerdict dpiaOf(const Activity& a, RuleSet rs, std::vector<int>* criteria) {
    if (rs == RuleSet::R2026_12) {
        Assessment as = detail::assess2026_12(a);
        if (criteria) *criteria = std::move(as.dpia_criteria);
        return as.dpia;
    }
    std::vector<int> c = dpiaCriteriaOf(a);
    DpiaVerdict v = verdictOf(c.size());
    if (criteria) *criteria = std::move(c);
    return v;
}

std::vector<Finding> findingsOf(const Activity& a, RuleSet rs) {
    if (rs == RuleSet::R2026_12) return detail::assess2026_12(a).findings;
    return findingsFor(a, decideTier(a).tier, dpiaOf(a, RuleSet::R2026_11));
}

std::vector<Finding> registerFindings(const Register& reg, RuleSet rs) {
    return registerFindings(reg.activities, reg.controller, rs);
}

std::vector<Finding> registerFindings(std::span<const Activity> activities, const std::optional<Controller>& controller,
                                      RuleSet rs) {
    if (rs == RuleSet::R2026_12) return detail::registerFindings2026_12(activities, controller);
    return {};
}

// ---- [SECTION] Finding::message, assess -----------------------------------------------

std::string Finding::message(Lang lang) const {
    if (!text_en.empty()) return lang == Lang::Nl ? text_nl : text_en;  // 2026.12 and later
    const RuleInfo* info = ruleInfo(rule, rule_set);
    if (!info) return rule;
    std::string who = detail.empty() ? detail::unnamedProcessor(field, lang) : detail;
    // A title that already ends in a full stop (a vendor named "Studio B.V.") gets no second one.
    const std::string title = info->title(lang, who);
    const bool stop = !title.empty() && title.back() == '.';
    return title + (stop ? " " : ". ") + info->fix(lang, who) + " (" + std::string(info->articleText(lang)) + ")";
}

int Assessment::blockers() const {
    return int(std::count_if(findings.begin(), findings.end(),
                             [](const Finding& f) { return f.severity == Severity::Blocker; }));
}

Assessment assess(const Activity& a, RuleSet rs) {
    if (rs == RuleSet::R2026_12) return detail::assess2026_12(a);
    Assessment out;
    out.rule_set = RuleSet::R2026_11;
    out.role = a.ai_act_role;
    TierResult t = decideTier(a);
    out.tier = t.tier;
    out.tier_rule = std::string(t.rule);
    out.obligations = obligationsFor(a, t.tier);
    out.dpia = dpiaOf(a, RuleSet::R2026_11, &out.dpia_criteria);
    out.findings = findingsFor(a, t.tier, out.dpia);
    return out;
}

std::string dpiaReason(const Assessment& as, Lang lang) {
    if (as.rule_set == RuleSet::R2026_12) return detail::dpiaReason2026_12(as, lang);
    return std::string(labelOf(as.dpia, lang));
}

// ---- [SECTION] tierReason -------------------------------------------------------------

std::string tierReason(const Activity& a, Lang lang, RuleSet rs) {
    if (rs == RuleSet::R2026_12) return detail::tierReason2026_12(a, lang);
    const detail::TierReasonTexts& t = detail::tierReasonTexts();
    TierResult r = decideTier(a);
    if (r.tier == Tier::Unassessed) return std::string(t.unassessed.in(lang));
    const Screening& s = *a.screening;
    auto cite = [lang](std::string text, const detail::Text2& article) {
        return text + " (" + std::string(article.in(lang)) + ")";
    };
    auto area = [&](std::string text) {
        text = fill(std::move(text), "{area}", annexAreaText(s.annex_iii, lang));
        return fill(std::move(text), "{point}", annexPointText(s.annex_iii, lang));
    };
    // Joins the parts as "a, b and c".
    auto join = [&](const std::vector<std::string_view>& parts) {
        std::string out;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (i > 0) out += (i + 1 == parts.size()) ? std::string(t.and_word.in(lang)) : ", ";
            out += parts[i];
        }
        return out;
    };

    if (r.rule == "AIA-5-1-a") return cite(std::string(t.prohibited_a.in(lang)), t.art_5a);
    if (r.rule == "AIA-5-1-b") return cite(std::string(t.prohibited_b.in(lang)), t.art_5b);
    if (r.rule == "AIA-5-1-c") return cite(std::string(t.prohibited_c.in(lang)), t.art_5c);
    if (r.rule == "AIA-5-1-f") return cite(std::string(t.prohibited_f.in(lang)), t.art_5f);
    if (r.rule == "AIA-5-1-g") return cite(std::string(t.prohibited_g.in(lang)), t.art_5g);
    if (r.rule == "AIA-6-2") {
        std::string text = area(std::string(t.high_annex.in(lang)));
        if (s.profiling) text += t.high_annex_profiles.in(lang);
        return cite(std::move(text), t.art_6_2);
    }
    if (r.rule == "AIA-ANNEX-III-1") {
        std::vector<std::string_view> what;
        if (s.emotion_recognition) what.push_back(t.emotion_recognition.in(lang));
        if (s.biometric_categorisation) what.push_back(t.biometric_categorisation.in(lang));
        return cite(fill(std::string(t.high_biometric.in(lang)), "{what}", join(what)),
                    t.art_annex_1);
    }
    if (r.rule == "AIA-50") {
        std::vector<std::string_view> what;
        if (s.interacts_with_people) what.push_back(t.talks.in(lang));
        if (s.generates_content) what.push_back(t.generates.in(lang));
        if (s.deepfake) what.push_back(t.deepfakes.in(lang));
        if (s.public_interest_text) what.push_back(t.public_text.in(lang));
        std::string text = fill(std::string(t.limited.in(lang)), "{what}", join(what));
        if (art63Exempt(s)) text += area(std::string(t.exempt_suffix.in(lang)));
        return cite(std::move(text), t.art_50);
    }
    if (art63Exempt(s)) return cite(area(std::string(t.exempt_minimal.in(lang))), t.art_6_3);
    return cite(std::string(t.minimal.in(lang)), t.art_none);
}

// ---- [SECTION] dates ------------------------------------------------------------------
// The one calendar is core/date's; these keep rules' API for its callers.

bool isIsoDate(std::string_view date) { return air::isValidDate(date); }

int daysUntil(std::string_view fromDate, std::string_view toDate) {
    return air::daysBetween(fromDate, toDate).value_or(0);
}

}  // namespace air::rules
