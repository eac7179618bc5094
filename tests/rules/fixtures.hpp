// Shared helpers for the rules tests: a clean activity (no findings, minimal tier, no DPIA
// criteria), look-ups into findings, and a deterministic random activity generator.
#pragma once

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "rules/rules.hpp"

namespace air::rules::test {

// The rule sets, short: the 2026.11 tests (tier_, findings_, dpia_, rule_table_test.cpp)
// pin k11 so that they keep proving 2026.11 unchanged; the 2026.12 tests pin k12.
constexpr RuleSet k11 = RuleSet::R2026_11;
constexpr RuleSet k12 = RuleSet::R2026_12;

// An activity that raises no finding: screening present (all facts false), purpose,
// data, retention, legal basis, people informed, no processors.
inline Activity cleanActivity() {
    Activity a;
    a.id = "a1";
    a.name = "Send-time optimisation";
    a.purpose = "Send newsletters when people read them";
    a.data_categories = {DataCategory::Contact, DataCategory::Behavioural};
    a.data_subjects = {DataSubject::Customers};
    a.retention = "24 months";
    a.legal_basis = LegalBasis::Consent;
    a.transparency_notice = true;
    a.screening = Screening{};
    return a;
}

// An activity with only these screening facts (otherwise clean).
template <class F>
Activity withScreening(F set, AiActRole role = AiActRole::Deployer) {
    Activity a = cleanActivity();
    a.ai_act_role = role;
    set(*a.screening);
    return a;
}

inline Processor goodProcessor(std::string name) {
    Processor p;
    p.name = std::move(name);
    p.dpa_signed = true;
    p.certifications = {Certification::Iso27001};
    p.reuses_data_for_training = TrainingReuse::No;
    return p;
}

inline std::vector<Finding> findingsWith(const std::vector<Finding>& all, std::string_view id) {
    std::vector<Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [id](const Finding& f) { return f.rule == id; });
    return out;
}

inline bool hasFinding(const Activity& a, std::string_view id, RuleSet rs) {
    return !findingsWith(findingsOf(a, rs), id).empty();
}

inline bool hasObligation(const Activity& a, std::string_view id, RuleSet rs) {
    auto ob = obligationsOf(a, rs);
    return std::find(ob.begin(), ob.end(), id) != ob.end();
}

inline std::vector<std::string> ruleIds(const std::vector<Finding>& f) {
    std::vector<std::string> out;
    for (const Finding& x : f) out.push_back(x.rule);
    return out;
}

// Position of `id` in allRules(rs); -1 when absent.
inline int tablePosition(std::string_view id, RuleSet rs) {
    const auto& all = allRules(rs);
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) return int(i);
    return -1;
}

// A random activity: every screening fact, role, data, processors and status fields vary.
// Deterministic for a given generator state.
inline Activity randomActivity(std::mt19937& rng) {
    auto coin = [&rng](int percent) { return int(rng() % 100) < percent; };
    auto pick = [&rng](std::size_t n) { return std::size_t(rng() % n); };
    Activity a;
    a.id = "r" + std::to_string(rng());
    a.name = "random";
    a.purpose = coin(80) ? "purpose" : (coin(50) ? "  " : "");
    a.retention = coin(80) ? "12 months" : "";
    a.human_oversight = coin(50) ? "weekly check" : "";
    a.bias_monitoring = coin(50) ? "monthly report" : "";
    a.lifecycle = Lifecycle(pick(enumCount<Lifecycle>()));
    a.ai_act_role = AiActRole(pick(enumCount<AiActRole>()));
    for (auto s : allOf<DataSubject>())
        if (coin(15)) a.data_subjects.push_back(s);
    for (auto c : allOf<DataCategory>())
        if (coin(12)) a.data_categories.push_back(c);
    a.legal_basis = LegalBasis(pick(enumCount<LegalBasis>()));
    a.art9_condition = coin(50) ? Art9Condition::None : Art9Condition::ExplicitConsent;
    a.lia_documented = coin(50);
    a.transparency_notice = coin(60);
    a.opt_out = coin(50);
    a.content_rights_checked = coin(50);
    if (coin(85)) {
        Screening s;
        for (const ScreeningFlag& f : kScreeningFlags) s.*f.member = coin(25);
        s.annex_iii = coin(40) ? AnnexIII(pick(enumCount<AnnexIII>())) : AnnexIII::None;
        a.screening = s;
    }
    const std::size_t processors = pick(4);
    for (std::size_t i = 0; i < processors; ++i) {
        Processor p;
        p.name = coin(80) ? "Vendor " + std::to_string(i) : "";
        p.dpa_signed = coin(60);
        p.outside_eu = coin(40);
        p.transfer_safeguard = TransferSafeguard(pick(enumCount<TransferSafeguard>()));
        if (coin(50)) p.certifications.push_back(Certification::Iso27001);
        if (coin(30)) p.certifications.push_back(Certification::Soc2);
        p.reuses_data_for_training = TrainingReuse(pick(enumCount<TrainingReuse>()));
        a.processors.push_back(p);
    }
    a.dpia = DpiaStatus(pick(enumCount<DpiaStatus>()));
    return a;
}

// randomActivity() with the fields of rule set 2026.12 varied too (personal_data, explicit
// consent, security measures, vendor role and country; the screening flags already vary).
inline Activity randomActivity12(std::mt19937& rng) {
    Activity a = randomActivity(rng);
    auto coin = [&rng](int percent) { return int(rng() % 100) < percent; };
    a.personal_data = !coin(20);
    if (!a.personal_data && coin(50)) {  // often a consistent "no personal data" activity
        a.data_categories.clear();
        a.data_subjects.clear();
        if (a.screening)
            for (const char* k : {"profiling", "evaluation_scoring", "automated_decision", "systematic_monitoring",
                                  "direct_marketing", "vulnerable_subjects", "emotion_recognition",
                                  "biometric_categorisation", "intimate_imagery"})
                for (const ScreeningFlag& f : kScreeningFlags)
                    if (std::string_view(f.key) == k) (*a.screening).*f.member = false;
    }
    a.consent_explicit = coin(40);
    a.security_measures = coin(60) ? "encryption" : "";
    a.application = coin(30) ? (coin(50) ? "dynamic_pricing" : "email_personalisation") : "";
    for (Processor& p : a.processors) {
        p.role = VendorRole(rng() % enumCount<VendorRole>());
        p.country = coin(60) ? "NL" : "";
    }
    return a;
}

}  // namespace air::rules::test
