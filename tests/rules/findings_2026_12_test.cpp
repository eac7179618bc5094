// Findings of rule set 2026.12 (DOMAIN.md 3a): one table-driven test case per new or changed
// rule id, with both severities where a rule has two; the activity without personal data; the
// vendor rules (one finding per activity naming every vendor, at the worst severity); the
// defaults of absent fields; GDPR-30 on the register; the rules 3a left unchanged.
#include <catch_amalgamated.hpp>

#include <functional>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;
using Catch::Matchers::ContainsSubstring;

namespace {

// cleanActivity() with what 2026.12 also asks for: no finding under 2026.12.
Activity clean12() {
    Activity a = cleanActivity();
    a.security_measures = "Encryption at rest, access control";
    return a;
}

Processor vendor(std::string name, VendorRole role = VendorRole::Processor) {
    Processor p = goodProcessor(std::move(name));
    p.role = role;
    p.country = "Nederland";
    return p;
}

struct Row {
    const char* what;
    std::function<void(Activity&)> change;  // applied to clean12()
    int count;                              // findings with the rule id expected (0 or 1)
    Severity severity;
    const char* field;
};

void checkFinding(std::string_view id, const std::vector<Row>& rows) {
    REQUIRE(findingsWith(findingsOf(clean12(), k12), id).empty());
    for (const Row& r : rows) {
        DYNAMIC_SECTION(r.what) {
            Activity a = clean12();
            r.change(a);
            std::vector<Finding> f = findingsWith(findingsOf(a, k12), id);
            REQUIRE(int(f.size()) == r.count);
            if (r.count > 0) {
                CHECK(f[0].severity == r.severity);
                CHECK(f[0].field == r.field);
                CHECK(f[0].rule_set == k12);
                for (Lang l : {Lang::En, Lang::Nl}) {
                    const std::string m = f[0].message(l);
                    CHECK_FALSE(m.empty());
                    CHECK(m.find('{') == std::string::npos);
                    CHECK(m.back() == ')');  // the article last
                    CHECK_THAT(m, ContainsSubstring(std::string(ruleInfo(id, k12)->articleText(l))));
                }
            }
            CHECK(findingsWith(assess(a, k12).findings, id) == f);
        }
    }
}

const Severity kBlocker = Severity::Blocker;
const Severity kWarning = Severity::Warning;
const Severity kInfo = Severity::Info;

}  // namespace

TEST_CASE("2026.12: a clean activity has no findings", "[rules][findings12]") {
    CHECK(findingsOf(clean12(), k12).empty());
    // cleanActivity() lacks only the security measures.
    CHECK(ruleIds(findingsOf(cleanActivity(), k12)) == std::vector<std::string>{"GDPR-32"});
}

TEST_CASE("defaults of absent 2026.12 fields", "[rules][findings12][defaults]") {
    // What a file without the new keys reads as (the model's defaults, PRODUCT.md).
    const Activity a;
    CHECK(a.personal_data);
    CHECK_FALSE(a.consent_explicit);
    CHECK(a.recipients.empty());
    CHECK(a.security_measures.empty());
    CHECK(a.ai_act_role == AiActRole::Deployer);
    const Processor p;
    CHECK(p.role == VendorRole::Processor);
    CHECK(p.country.empty());
    const Screening s;
    CHECK_FALSE((s.intimate_imagery || s.editorial_control || s.public_space));
    const Register r;
    CHECK_FALSE(r.controller.has_value());
    // So an old activity is checked as processing personal data, its vendors as processors,
    // its consent as not explicit, its vendors' countries and its security measures as missing.
    Activity old = cleanActivity();
    Processor v = goodProcessor("Acme");
    old.processors = {v};
    old.screening->automated_decision = old.screening->human_review = true;
    old.human_oversight = "Weekly check";
    Assessment as = assess(old, k12);
    CHECK(as.gdpr_applies);
    CHECK(ruleIds(as.findings) == std::vector<std::string>{"GDPR-22-2", "GDPR-32", "GDPR-44"});
    CHECK_THAT(findingsWith(as.findings, "GDPR-44")[0].message(Lang::En), ContainsSubstring("Country not recorded for Acme"));
    v.dpa_signed = false;  // a processor by default: GDPR-28
    old.processors = {v};
    CHECK(hasFinding(old, "GDPR-28", k12));
    CHECK_FALSE(hasFinding(old, "GDPR-26", k12));
}

TEST_CASE("GDPR-PD: no personal data, contradicted [warning]", "[rules][findings12][GDPR-PD]") {
    auto none = [](Activity& a) {
        a.personal_data = false;
        a.data_categories.clear();
        a.data_subjects.clear();
    };
    std::vector<Row> rows = {
        {"consistent: no finding", none, 0, kWarning, ""},
        {"personal data switched on", [](Activity&) {}, 0, kWarning, ""},
        {"data categories", [&](Activity& a) { none(a); a.data_categories = {DataCategory::Contact}; }, 1, kWarning,
         "personal_data"},
        {"data subjects", [&](Activity& a) { none(a); a.data_subjects = {DataSubject::Customers}; }, 1, kWarning,
         "personal_data"},
    };
    for (const char* key : {"profiling", "evaluation_scoring", "automated_decision", "systematic_monitoring",
                            "direct_marketing", "vulnerable_subjects", "emotion_recognition",
                            "biometric_categorisation", "intimate_imagery"})
        rows.push_back({key, [&none, key](Activity& a) {
                            none(a);
                            for (const ScreeningFlag& f : kScreeningFlags)
                                if (std::string_view(f.key) == key) (*a.screening).*f.member = true;
                        },
                        1, kWarning, "personal_data"});
    // Facts that do not need people: no contradiction.
    for (const char* key : {"generates_content", "large_scale", "combines_datasets", "innovative_technology",
                            "interacts_with_people", "public_space"})
        rows.push_back({key, [&none, key](Activity& a) {
                            none(a);
                            for (const ScreeningFlag& f : kScreeningFlags)
                                if (std::string_view(f.key) == key) (*a.screening).*f.member = true;
                        },
                        0, kWarning, ""});
    checkFinding("GDPR-PD", rows);
    // Contradicted: checked as if personal_data were true (GDPR findings come back).
    Activity a = clean12();
    a.personal_data = false;
    a.legal_basis = LegalBasis::None;
    Assessment as = assess(a, k12);
    CHECK(as.gdpr_applies);
    CHECK(ruleIds(as.findings) == std::vector<std::string>{"GDPR-PD", "GDPR-6"});
}

TEST_CASE("GDPR-NONE: no personal data, the GDPR does not apply [info]", "[rules][findings12][GDPR-NONE]") {
    auto none = [](Activity& a) {
        a.personal_data = false;
        a.data_categories.clear();
        a.data_subjects.clear();
    };
    checkFinding("GDPR-NONE", {
        {"no personal data", none, 1, kInfo, "personal_data"},
        {"contradicted: the GDPR applies", [&](Activity& a) { none(a); a.screening->profiling = true; }, 0, kInfo, ""},
        {"personal data", [](Activity&) {}, 0, kInfo, ""},
    });
}

TEST_CASE("no personal data: GDPR and TW rules skipped, DPIA not required; AI Act, ETH and VENDOR-CERT stay",
          "[rules][findings12][GDPR-NONE]") {
    // Budget allocation without personal data: everything a lawyer would not ask is gone.
    Activity a;
    a.id = "b1";
    a.name = "Budget allocation";
    a.personal_data = false;
    a.lifecycle = Lifecycle::Production;
    a.screening = Screening{};
    a.screening->large_scale = a.screening->innovative_technology = a.screening->combines_datasets = true;
    a.screening->generates_content = true;
    Processor p;  // no agreement, outside the EEA, no certificate, reuse unknown, no country
    p.name = "AdBudget SaaS";
    p.outside_eu = true;
    a.processors = {p};
    Assessment as = assess(a, k12);
    CHECK_FALSE(as.gdpr_applies);
    CHECK(as.dpia == DpiaVerdict::NotRequired);
    CHECK(as.dpia_basis.empty());
    CHECK(as.dpia_criteria.empty());
    // GDPR-5-1-b (purpose) still applies; AI Act, ETH and VENDOR-CERT as usual.
    CHECK(ruleIds(as.findings) ==
          std::vector<std::string>{"GDPR-NONE", "GDPR-5-1-b", "ETH-COPYRIGHT", "VENDOR-CERT"});
    CHECK(as.tier == Tier::Limited);
    CHECK(as.provider_duties == std::vector<std::string>{"AIA-50-2"});
    CHECK(dpiaReason(as, Lang::En) == "No DPIA needed: no personal data");
    // Under 2026.11 the same activity starts with a "no legal basis" blocker (issue #9).
    CHECK(hasFinding(a, "GDPR-6", k11));
    CHECK_FALSE(hasFinding(a, "GDPR-6", k12));
    // No GDPR or TW finding ever without personal data (random activities).
    std::mt19937 rng(31);
    for (int n = 0; n < 3000; ++n) {
        Activity r = randomActivity12(rng);
        Assessment x = assess(r, k12);
        if (x.gdpr_applies) continue;
        for (const Finding& f : x.findings) {
            CAPTURE(f.rule);
            const bool gdprOrTw = f.rule.rfind("GDPR-", 0) == 0 || f.rule.rfind("TW-", 0) == 0 || f.rule == "TTPA-18";
            if (gdprOrTw) CHECK((f.rule == "GDPR-5-1-b" || f.rule == "GDPR-NONE"));
        }
        CHECK(x.dpia == DpiaVerdict::NotRequired);
        CHECK(x.dpia_basis.empty());
    }
}

TEST_CASE("GDPR-5-1-c: 2026.12 points to the no-personal-data switch [warning]", "[rules][findings12][GDPR-5-1-c]") {
    checkFinding("GDPR-5-1-c", {
        {"no categories", [](Activity& a) { a.data_categories.clear(); }, 1, kWarning, "data_categories"},
        {"no personal data at all", [](Activity& a) {
             a.data_categories.clear();
             a.data_subjects.clear();
             a.personal_data = false;
         }, 0, kWarning, ""},
    });
    CHECK_THAT(std::string(ruleInfo("GDPR-5-1-c", k12)->fix_en), ContainsSubstring("\"no personal data\" switch"));
}

TEST_CASE("GDPR-6: 2026.12 no legal basis, unless there is no personal data [blocker]", "[rules][findings12][GDPR-6]") {
    checkFinding("GDPR-6", {
        {"none", [](Activity& a) { a.legal_basis = LegalBasis::None; }, 1, kBlocker, "legal_basis"},
        {"none, no personal data", [](Activity& a) {
             a.legal_basis = LegalBasis::None;
             a.personal_data = false;
             a.data_categories.clear();
             a.data_subjects.clear();
         }, 0, kBlocker, ""},
    });
}

TEST_CASE("GDPR-6-1-e: 2026.12 public task [warning]", "[rules][findings12][GDPR-6-1-e]") {
    checkFinding("GDPR-6-1-e", {
        {"public task", [](Activity& a) { a.legal_basis = LegalBasis::PublicTask; a.opt_out = true; }, 1, kWarning,
         "legal_basis"},
    });
    CHECK_THAT(std::string(ruleInfo("GDPR-6-1-e", k12)->fix_nl), ContainsSubstring("uw functionaris gegevensbescherming"));
}

TEST_CASE("GDPR-8: children's consent needs a parent under 16 [warning]", "[rules][findings12][GDPR-8]") {
    checkFinding("GDPR-8", {
        {"children and consent", [](Activity& a) { a.data_subjects = {DataSubject::Children}; }, 1, kWarning,
         "legal_basis"},
        {"children and a contract", [](Activity& a) {
             a.data_subjects = {DataSubject::Children};
             a.legal_basis = LegalBasis::Contract;
         }, 0, kWarning, ""},
        {"adults and consent", [](Activity&) {}, 0, kWarning, ""},
    });
}

TEST_CASE("GDPR-10: criminal-offence data only under UAVG art. 31-33 [warning]", "[rules][findings12][GDPR-10]") {
    checkFinding("GDPR-10", {
        {"criminal data", [](Activity& a) { a.data_categories.push_back(DataCategory::Criminal); }, 1, kWarning,
         "data_categories"},
        {"health data is Art. 9, not Art. 10", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Health);
             a.art9_condition = Art9Condition::ExplicitConsent;
         }, 0, kWarning, ""},
    });
}

TEST_CASE("GDPR-21-1: the right to object on legitimate interests or a public task [warning]",
          "[rules][findings12][GDPR-21-1]") {
    checkFinding("GDPR-21-1", {
        {"legitimate interests, no opt-out", [](Activity& a) {
             a.legal_basis = LegalBasis::LegitimateInterests;
             a.lia_documented = true;
         }, 1, kWarning, "opt_out"},
        {"public task, no opt-out", [](Activity& a) { a.legal_basis = LegalBasis::PublicTask; }, 1, kWarning, "opt_out"},
        {"legitimate interests with an opt-out", [](Activity& a) {
             a.legal_basis = LegalBasis::LegitimateInterests;
             a.lia_documented = a.opt_out = true;
         }, 0, kWarning, ""},
        {"not when GDPR-21 is raised (direct marketing)", [](Activity& a) {
             a.legal_basis = LegalBasis::LegitimateInterests;
             a.lia_documented = true;
             a.screening->direct_marketing = true;
         }, 0, kWarning, ""},
        {"consent", [](Activity&) {}, 0, kWarning, ""},
    });
}

TEST_CASE("GDPR-22: 2026.12 human review on request, independent of -22-2 and -22-4 [blocker]",
          "[rules][findings12][GDPR-22]") {
    checkFinding("GDPR-22", {
        {"automated decision without review", [](Activity& a) {
             a.screening->automated_decision = true;
             a.legal_basis = LegalBasis::Contract;
         }, 1, kBlocker, "screening.human_review"},
        {"with review", [](Activity& a) {
             a.screening->automated_decision = a.screening->human_review = true;
             a.legal_basis = LegalBasis::Contract;
         }, 0, kBlocker, ""},
    });
    // Raised beside GDPR-22-2 and GDPR-22-4, not instead.
    Activity a = clean12();
    a.screening->automated_decision = true;
    a.legal_basis = LegalBasis::LegitimateInterests;
    a.lia_documented = a.opt_out = true;
    a.data_categories.push_back(DataCategory::Health);
    a.art9_condition = Art9Condition::HealthCare;
    a.human_oversight = "x";
    const auto ids = ruleIds(findingsOf(a, k12));
    for (const char* id : {"GDPR-22", "GDPR-22-2", "GDPR-22-4"}) CHECK(std::count(ids.begin(), ids.end(), id) == 1);
    CHECK_THAT(std::string(ruleInfo("GDPR-22", k12)->title_nl), ContainsSubstring("menselijke herbeoordeling op verzoek"));
    CHECK(ruleInfo("GDPR-22", k12)->article_nl == "art. 22 lid 3 AVG");
}

TEST_CASE("GDPR-22-2: a solely automated decision only on a contract, a law or explicit consent [blocker]",
          "[rules][findings12][GDPR-22-2]") {
    auto ad = [](LegalBasis lb, bool profiling, bool explicitConsent) {
        return [=](Activity& a) {
            a.screening->automated_decision = a.screening->human_review = true;
            a.screening->profiling = profiling;
            a.legal_basis = lb;
            a.consent_explicit = explicitConsent;
            a.lia_documented = a.opt_out = true;
        };
    };
    checkFinding("GDPR-22-2", {
        {"legitimate interests", ad(LegalBasis::LegitimateInterests, false, false), 1, kBlocker, "legal_basis"},
        {"no basis", ad(LegalBasis::None, false, false), 1, kBlocker, "legal_basis"},
        {"vital interests", ad(LegalBasis::VitalInterests, false, false), 1, kBlocker, "legal_basis"},
        {"consent, not explicit", ad(LegalBasis::Consent, false, false), 1, kBlocker, "legal_basis"},
        {"explicit consent", ad(LegalBasis::Consent, true, true), 0, kBlocker, ""},
        {"contract", ad(LegalBasis::Contract, true, false), 0, kBlocker, ""},
        {"legal obligation without profiling (UAVG art. 40)", ad(LegalBasis::LegalObligation, false, false), 0, kBlocker, ""},
        {"legal obligation with profiling", ad(LegalBasis::LegalObligation, true, false), 1, kBlocker, "legal_basis"},
        {"public task without profiling", ad(LegalBasis::PublicTask, false, false), 0, kBlocker, ""},
        {"public task with profiling", ad(LegalBasis::PublicTask, true, false), 1, kBlocker, "legal_basis"},
        {"no automated decision", [](Activity& a) { a.legal_basis = LegalBasis::LegitimateInterests; a.lia_documented = a.opt_out = true; },
         0, kBlocker, ""},
    });
    // The message says a contract works only where the decision is necessary for it.
    Activity a = clean12();
    ad(LegalBasis::LegitimateInterests, false, false)(a);
    CHECK_THAT(findingsWith(findingsOf(a, k12), "GDPR-22-2")[0].message(Lang::En),
               ContainsSubstring("only where the decision is necessary for that contract"));
    CHECK_THAT(findingsWith(findingsOf(a, k12), "GDPR-22-2")[0].message(Lang::Nl),
               ContainsSubstring("alleen als het besluit voor die overeenkomst noodzakelijk is"));
    // Issue #9: under 2026.11 an automated decision on legitimate interests passes.
    CHECK_FALSE(hasFinding(a, "GDPR-22-2", k11));
}

TEST_CASE("GDPR-22-4: automated decisions on special categories [blocker]", "[rules][findings12][GDPR-22-4]") {
    auto ad = [](Art9Condition c) {
        return [=](Activity& a) {
            a.screening->automated_decision = a.screening->human_review = true;
            a.legal_basis = LegalBasis::Contract;
            a.data_categories.push_back(DataCategory::Health);
            a.art9_condition = c;
        };
    };
    checkFinding("GDPR-22-4", {
        {"health care condition", ad(Art9Condition::HealthCare), 1, kBlocker, "art9_condition"},
        {"no condition", ad(Art9Condition::None), 1, kBlocker, "art9_condition"},
        {"explicit consent", ad(Art9Condition::ExplicitConsent), 0, kBlocker, ""},
        {"substantial public interest", ad(Art9Condition::SubstantialPublicInterest), 0, kBlocker, ""},
        {"criminal data is not Art. 9", [](Activity& a) {
             a.screening->automated_decision = a.screening->human_review = true;
             a.legal_basis = LegalBasis::Contract;
             a.data_categories.push_back(DataCategory::Criminal);
         }, 0, kBlocker, ""},
    });
}

TEST_CASE("GDPR-26: a joint controller without an Art. 26 arrangement [blocker]", "[rules][findings12][GDPR-26]") {
    checkFinding("GDPR-26", {
        {"joint controller, unsigned", [](Activity& a) {
             Processor p = vendor("AdPlatform", VendorRole::JointController);
             p.dpa_signed = false;
             a.processors = {p};
         }, 1, kBlocker, "processors[0].dpa_signed"},
        {"joint controller, arranged", [](Activity& a) { a.processors = {vendor("AdPlatform", VendorRole::JointController)}; },
         0, kBlocker, ""},
        {"independent controller: neither GDPR-26 nor GDPR-28", [](Activity& a) {
             Processor p = vendor("Credit bureau", VendorRole::Controller);
             p.dpa_signed = false;
             a.processors = {p};
         }, 0, kBlocker, ""},
    });
    Activity a = clean12();
    Processor p = vendor("AdPlatform", VendorRole::JointController);
    p.dpa_signed = false;
    a.processors = {p};
    CHECK_FALSE(hasFinding(a, "GDPR-28", k12));
    CHECK(hasFinding(a, "GDPR-28", k11));  // 2026.11 treats every vendor as a processor
}

TEST_CASE("GDPR-28: 2026.12 processors only, one finding naming every vendor [blocker]", "[rules][findings12][GDPR-28]") {
    checkFinding("GDPR-28", {
        {"processor, unsigned", [](Activity& a) {
             Processor p = vendor("Acme");
             p.dpa_signed = false;
             a.processors = {vendor("Fine"), p};
         }, 1, kBlocker, "processors[1].dpa_signed"},
        {"controller, unsigned", [](Activity& a) {
             Processor p = vendor("Bureau", VendorRole::Controller);
             p.dpa_signed = false;
             a.processors = {p};
         }, 0, kBlocker, ""},
    });
    Activity a = clean12();
    Processor p1 = vendor("Acme"), p2 = vendor("Beta"), p3 = vendor("");
    p1.dpa_signed = p2.dpa_signed = p3.dpa_signed = false;
    a.processors = {p1, vendor("Fine"), p2, p3};
    auto f = findingsWith(findingsOf(a, k12), "GDPR-28");
    REQUIRE(f.size() == 1);  // 2026.11: one per processor
    CHECK(findingsWith(findingsOf(a, k11), "GDPR-28").size() == 3);
    CHECK(f[0].detail == "Acme, Beta, #4");
    CHECK(f[0].message(Lang::En) ==
          "No processing agreement with Acme, Beta and vendor 4. Sign a processing agreement with Acme, Beta and "
          "vendor 4 (GDPR Art. 28)");
    CHECK_THAT(f[0].message(Lang::Nl), ContainsSubstring("Acme, Beta en leverancier 4"));
}

TEST_CASE("GDPR-32: security measures not recorded [warning]", "[rules][findings12][GDPR-32]") {
    checkFinding("GDPR-32", {
        {"empty", [](Activity& a) { a.security_measures.clear(); }, 1, kWarning, "security_measures"},
        {"blank", [](Activity& a) { a.security_measures = "  "; }, 1, kWarning, "security_measures"},
        {"no personal data", [](Activity& a) {
             a.security_measures.clear();
             a.personal_data = false;
             a.data_categories.clear();
             a.data_subjects.clear();
         }, 0, kWarning, ""},
    });
}

TEST_CASE("GDPR-44: 2026.12 transfers for vendors of every role; derogation and country [blocker, warning]",
          "[rules][findings12][GDPR-44]") {
    auto outside = [](std::string name, VendorRole role, TransferSafeguard sg) {
        Processor p = vendor(std::move(name), role);
        p.outside_eu = true;
        p.transfer_safeguard = sg;
        p.country = "US";
        return p;
    };
    checkFinding("GDPR-44", {
        {"no safeguard [blocker]", [&](Activity& a) { a.processors = {outside("Cloud", VendorRole::Processor, TransferSafeguard::None)}; },
         1, kBlocker, "processors[0].transfer_safeguard"},
        {"no safeguard, joint controller [blocker]", [&](Activity& a) {
             a.processors = {outside("Ads", VendorRole::JointController, TransferSafeguard::None)};
         }, 1, kBlocker, "processors[0].transfer_safeguard"},
        {"no safeguard, controller [blocker]", [&](Activity& a) {
             a.processors = {outside("Bureau", VendorRole::Controller, TransferSafeguard::None)};
         }, 1, kBlocker, "processors[0].transfer_safeguard"},
        {"derogation [warning]", [&](Activity& a) {
             a.processors = {outside("Cloud", VendorRole::Processor, TransferSafeguard::Derogation)};
         }, 1, kWarning, "processors[0].transfer_safeguard"},
        {"country blank [warning]", [](Activity& a) {
             Processor p = vendor("Local");
             p.country = " ";
             a.processors = {p};
         }, 1, kWarning, "processors[0].country"},
        {"SCCs", [&](Activity& a) { a.processors = {outside("Cloud", VendorRole::Processor, TransferSafeguard::Scc)}; },
         0, kBlocker, ""},
        {"adequacy (still a transfer, but safeguarded)", [&](Activity& a) {
             a.processors = {outside("Conversa", VendorRole::Processor, TransferSafeguard::Adequacy)};
         }, 0, kBlocker, ""},
    });
    // Mixed: one finding at the worst severity, each vendor in its own sentence.
    Activity a = clean12();
    Processor blank = vendor("Nowhere");
    blank.country.clear();
    a.processors = {outside("Derog", VendorRole::Processor, TransferSafeguard::Derogation), blank,
                    outside("Bare", VendorRole::Controller, TransferSafeguard::None)};
    auto f = findingsWith(findingsOf(a, k12), "GDPR-44");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == kBlocker);
    CHECK(f[0].field == "processors[2].transfer_safeguard");  // the first vendor of the worst situation
    CHECK(f[0].detail == "Bare, Derog, Nowhere");
    const std::string m = f[0].message(Lang::En);
    CHECK(m.rfind("Data goes outside the EEA to Bare without a transfer safeguard.", 0) == 0);
    CHECK_THAT(m, ContainsSubstring("Transfers to Derog rely on an Art. 49 derogation"));
    CHECK_THAT(m, ContainsSubstring("Country not recorded for Nowhere"));
    CHECK_THAT(f[0].message(Lang::Nl), ContainsSubstring("buiten de EER"));
    CHECK(f[0].message(Lang::Nl).find(" EU ") == std::string::npos);
}

TEST_CASE("GDPR-REUSE: 2026.12 processors only; yes [blocker], unknown [warning]", "[rules][findings12][GDPR-REUSE]") {
    auto reuse = [](TrainingReuse r, VendorRole role = VendorRole::Processor) {
        return [=](Activity& a) {
            Processor p = vendor("Gen", role);
            p.reuses_data_for_training = r;
            a.processors = {p};
        };
    };
    checkFinding("GDPR-REUSE", {
        {"yes [blocker]", reuse(TrainingReuse::Yes), 1, kBlocker, "processors[0].reuses_data_for_training"},
        {"unknown [warning]", reuse(TrainingReuse::Unknown), 1, kWarning, "processors[0].reuses_data_for_training"},
        {"no", reuse(TrainingReuse::No), 0, kBlocker, ""},
        {"yes, but a controller (its own purposes anyway)", reuse(TrainingReuse::Yes, VendorRole::Controller), 0, kBlocker, ""},
        {"unknown, joint controller", reuse(TrainingReuse::Unknown, VendorRole::JointController), 0, kBlocker, ""},
    });
    Activity a = clean12();
    Processor y = vendor("Yes Inc"), u = vendor("Maybe BV");
    y.reuses_data_for_training = TrainingReuse::Yes;
    u.reuses_data_for_training = TrainingReuse::Unknown;
    a.processors = {u, y};
    auto f = findingsWith(findingsOf(a, k12), "GDPR-REUSE");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == kBlocker);
    CHECK(f[0].detail == "Yes Inc, Maybe BV");
    CHECK_THAT(f[0].message(Lang::En), ContainsSubstring("Yes Inc uses your data for its own purposes") &&
                                           ContainsSubstring("Not ruled out that Maybe BV uses your data") &&
                                           ContainsSubstring("Art. 6(4)"));
    CHECK_THAT(f[0].message(Lang::Nl), ContainsSubstring("uw gegevens"));
    // 2026.11: a warning per processor.
    auto old = findingsWith(findingsOf(a, k11), "GDPR-REUSE");
    REQUIRE(old.size() == 2);
    CHECK(old[0].severity == kWarning);
}

TEST_CASE("VENDOR-CERT: 2026.12 processors only, one finding; a certificate is not proof [info]",
          "[rules][findings12][VENDOR-CERT]") {
    auto bare = [](VendorRole role) {
        return [=](Activity& a) {
            Processor p = vendor("Plain", role);
            p.certifications.clear();
            a.processors = {p, p};
            a.processors[1].name = "Plain 2";
        };
    };
    checkFinding("VENDOR-CERT", {
        {"processors without certificates", bare(VendorRole::Processor), 1, kInfo, "processors[0].certifications"},
        {"a controller's certificate is not asked for", bare(VendorRole::Controller), 0, kInfo, ""},
        {"no personal data: still asked", [&](Activity& a) {
             bare(VendorRole::Processor)(a);
             a.personal_data = false;
             a.data_categories.clear();
             a.data_subjects.clear();
         }, 1, kInfo, "processors[0].certifications"},
    });
    CHECK_THAT(std::string(ruleInfo("VENDOR-CERT", k12)->fix_en), ContainsSubstring("not proof"));
}

TEST_CASE("TW-11-7A: tracking website visitors needs consent [warning]", "[rules][findings12][TW-11-7A]") {
    auto visitors = [](LegalBasis lb, bool behavioural, bool profiling) {
        return [=](Activity& a) {
            a.data_subjects = {DataSubject::WebsiteVisitors};
            a.data_categories = {DataCategory::Contact};
            if (behavioural) a.data_categories.push_back(DataCategory::Behavioural);
            a.screening->profiling = profiling;
            a.human_oversight = a.bias_monitoring = "x";
            a.legal_basis = lb;
            a.lia_documented = a.opt_out = true;
        };
    };
    checkFinding("TW-11-7A", {
        {"behaviour on legitimate interests", visitors(LegalBasis::LegitimateInterests, true, false), 1, kWarning, "legal_basis"},
        {"profiling on a contract", visitors(LegalBasis::Contract, false, true), 1, kWarning, "legal_basis"},
        {"behaviour on consent", visitors(LegalBasis::Consent, true, false), 0, kWarning, ""},
        {"visitors, contact data only", visitors(LegalBasis::LegitimateInterests, false, false), 0, kWarning, ""},
    });
}

TEST_CASE("TW-11-7: e-mail, SMS and push marketing need opt-in [warning]", "[rules][findings12][TW-11-7]") {
    auto mail = [](const char* app, LegalBasis lb) {
        return [=](Activity& a) {
            a.application = app;
            a.screening->direct_marketing = true;
            a.opt_out = a.lia_documented = true;
            a.legal_basis = lb;
        };
    };
    std::vector<Row> rows;
    for (const char* app : {"email_personalisation", "send_time_optimisation", "journey_automation", "llm_copywriting",
                            "next_best_action"})
        rows.push_back({app, mail(app, LegalBasis::LegitimateInterests), 1, kWarning, "legal_basis"});
    rows.push_back({"consent", mail("email_personalisation", LegalBasis::Consent), 0, kWarning, ""});
    rows.push_back({"ad optimisation is not a message", mail("ad_optimisation", LegalBasis::LegitimateInterests), 0, kWarning, ""});
    rows.push_back({"no direct marketing", [](Activity& a) { a.application = "email_personalisation"; a.legal_basis = LegalBasis::Contract; },
                    0, kWarning, ""});
    checkFinding("TW-11-7", rows);
    CHECK_THAT(std::string(ruleInfo("TW-11-7", k12)->fix_en), ContainsSubstring("soft opt-in"));
}

TEST_CASE("CONS-PRICE: personalised prices must be disclosed [warning]", "[rules][findings12][CONS-PRICE]") {
    checkFinding("CONS-PRICE", {
        {"dynamic pricing with profiling", [](Activity& a) {
             a.application = "dynamic_pricing";
             a.screening->profiling = true;
         }, 1, kWarning, "transparency_notice"},
        {"dynamic pricing with automated decisions", [](Activity& a) {
             a.application = "dynamic_pricing";
             a.screening->automated_decision = a.screening->human_review = true;
             a.legal_basis = LegalBasis::Contract;
         }, 1, kWarning, "transparency_notice"},
        {"dynamic pricing for everyone alike", [](Activity& a) { a.application = "dynamic_pricing"; }, 0, kWarning, ""},
        {"profiling elsewhere", [](Activity& a) { a.screening->profiling = true; }, 0, kWarning, ""},
    });
}

TEST_CASE("TTPA-18: targeted political advertising [blocker]", "[rules][findings12][TTPA-18]") {
    auto political = [](bool explicitConsent) {
        return [=](Activity& a) {
            a.application = "political_microtargeting";
            a.consent_explicit = explicitConsent;
        };
    };
    checkFinding("TTPA-18", {
        {"consent not explicit", political(false), 1, kBlocker, "legal_basis"},
        {"separate explicit consent", political(true), 0, kBlocker, ""},
        {"explicit consent but special categories", [&](Activity& a) {
             political(true)(a);
             a.data_categories.push_back(DataCategory::Political);
             a.art9_condition = Art9Condition::ExplicitConsent;
         }, 1, kBlocker, "legal_basis"},
        {"explicit consent but children", [&](Activity& a) {
             political(true)(a);
             a.data_subjects.push_back(DataSubject::Children);
         }, 1, kBlocker, "legal_basis"},
        {"elections area, legitimate interests", [](Activity& a) {
             a.screening->annex_iii = AnnexIII::Elections;
             a.legal_basis = LegalBasis::LegitimateInterests;
             a.lia_documented = a.opt_out = true;
         }, 1, kBlocker, "legal_basis"},
        {"elections area, no personal data", [](Activity& a) {
             a.screening->annex_iii = AnnexIII::Elections;
             a.personal_data = false;
             a.data_categories.clear();
             a.data_subjects.clear();
         }, 0, kBlocker, ""},
    });
}

TEST_CASE("AIA-25: a deployer of a high-risk system can become its provider [info]", "[rules][findings12][AIA-25]") {
    checkFinding("AIA-25", {
        {"deployer, high risk", [](Activity& a) { a.screening->annex_iii = AnnexIII::Employment; a.human_oversight = "x"; },
         1, kInfo, "ai_act_role"},
        {"provider, high risk", [](Activity& a) {
             a.screening->annex_iii = AnnexIII::Employment;
             a.ai_act_role = AiActRole::Provider;
         }, 0, kInfo, ""},
        {"deployer, limited", [](Activity& a) { a.screening->interacts_with_people = true; }, 0, kInfo, ""},
    });
    CHECK(ruleInfo("AIA-25", k12)->applies_from == "2027-12-02");
}

TEST_CASE("ETH-CHILDREN: profiling or direct marketing aimed at children [warning]", "[rules][findings12][ETH-CHILDREN]") {
    checkFinding("ETH-CHILDREN", {
        {"profiling children", [](Activity& a) {
             a.data_subjects = {DataSubject::Children};
             a.screening->profiling = true;
         }, 1, kWarning, "data_subjects"},
        {"direct marketing to children", [](Activity& a) {
             a.data_subjects = {DataSubject::Children};
             a.screening->direct_marketing = true;
             a.opt_out = true;
         }, 1, kWarning, "data_subjects"},
        {"children, neither", [](Activity& a) { a.data_subjects = {DataSubject::Children}; }, 0, kWarning, ""},
        {"profiling adults", [](Activity& a) { a.screening->profiling = true; }, 0, kWarning, ""},
    });
}

TEST_CASE("GDPR-30: the register names the controller and its contact [warning]", "[rules][findings12][GDPR-30]") {
    Register reg;
    reg.activities = {clean12()};
    auto ids = [](const std::vector<Finding>& f) { return ruleIds(f); };
    CHECK(ids(registerFindings(reg, k12)) == std::vector<std::string>{"GDPR-30"});
    const Finding f = registerFindings(reg, k12)[0];
    CHECK(f.severity == kWarning);
    CHECK(f.field == "controller");
    CHECK_THAT(f.message(Lang::En), ContainsSubstring("(GDPR Art. 30(1)(a))"));
    CHECK_THAT(f.message(Lang::Nl), ContainsSubstring("(art. 30 lid 1 onder a AVG)"));
    reg.controller = Controller{"Voorbeeld BV", "", "", {}};
    CHECK(ids(registerFindings(reg, k12)) == std::vector<std::string>{"GDPR-30"});  // no contact
    reg.controller->contact = "privacy@voorbeeld.example";
    CHECK(registerFindings(reg, k12).empty());
    reg.controller->name = " ";
    CHECK(ids(registerFindings(reg, k12)) == std::vector<std::string>{"GDPR-30"});
    // Only a register that records personal data needs the Art. 30 record; 2026.11 never asks.
    reg.controller.reset();
    reg.activities[0].personal_data = false;
    reg.activities[0].data_categories.clear();
    reg.activities[0].data_subjects.clear();
    CHECK(registerFindings(reg, k12).empty());
    CHECK(registerFindings(Register{}, k12).empty());
    reg.activities.push_back(clean12());
    CHECK(registerFindings(reg, k11).empty());
    CHECK(ids(registerFindings(reg, k12)) == std::vector<std::string>{"GDPR-30"});
}

TEST_CASE("2026.12: the rules 3a left unchanged give the 2026.11 verdict while the GDPR applies", "[rules][findings12]") {
    const std::set<std::string> unchanged = {"GDPR-5-1-b", "GDPR-5-1-c", "GDPR-5-1-e", "GDPR-6", "GDPR-6-1-f",
                                             "GDPR-6-1-e", "GDPR-9", "GDPR-13", "GDPR-21", "GDPR-22",
                                             "AIA-5", "AIA-UNASSESSED", "ETH-HUMAN", "ETH-BIAS", "ETH-COPYRIGHT"};
    std::mt19937 rng(4242);
    int compared = 0;
    for (int n = 0; n < 3000; ++n) {
        Activity a = randomActivity12(rng);
        if (a.screening && a.screening->intimate_imagery) continue;  // a new ban can change AIA-5
        Assessment x = assess(a, k11), y = assess(a, k12);
        if (!y.gdpr_applies) continue;
        for (const std::string& id : unchanged) {
            CAPTURE(id);
            auto fx = findingsWith(x.findings, id), fy = findingsWith(y.findings, id);
            REQUIRE(fx.size() == fy.size());
            for (std::size_t k = 0; k < fx.size(); ++k) {
                CHECK(fx[k].severity == fy[k].severity);
                CHECK(fx[k].field == fy[k].field);
            }
            ++compared;
        }
    }
    CHECK(compared > 10000);
}

TEST_CASE("2026.12: findings are in table order, known, and one per vendor rule", "[rules][findings12]") {
    std::mt19937 rng(99);
    std::set<std::string> seen;
    for (int n = 0; n < 4000; ++n) {
        Activity a = randomActivity12(rng);
        const auto f = findingsOf(a, k12);
        std::set<std::string> once;
        for (std::size_t k = 0; k < f.size(); ++k) {
            CAPTURE(f[k].rule);
            const RuleInfo* r = ruleInfo(f[k].rule, k12);
            REQUIRE(r != nullptr);
            CHECK(r->kind == RuleKind::Finding);
            CHECK(once.insert(f[k].rule).second);  // every rule at most once per activity
            if (k > 0) CHECK(tablePosition(f[k - 1].rule, k12) < tablePosition(f[k].rule, k12));
            CHECK(f[k].severity >= r->severity);  // never worse than the rule's worst
            seen.insert(f[k].rule);
        }
    }
    for (const RuleInfo& r : allRules(k12))
        if (r.kind == RuleKind::Finding && r.id != "GDPR-30") {
            CAPTURE(r.id);
            CHECK(seen.count(std::string(r.id)) == 1);
        }
}
