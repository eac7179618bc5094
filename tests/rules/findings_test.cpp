// Findings (DOMAIN.md 3, second table): one test case per rule id with its exact severity and
// the register-file field that fixes it; messages; order.
#include <catch_amalgamated.hpp>

#include <functional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;

namespace {

struct FindingRow {
    const char* what;
    std::function<void(Activity&)> change;  // applied to cleanActivity()
    int count;                              // findings with the rule id expected
    Severity severity;
    const char* field;                      // of the first finding
};

// Checks the rows for `id`; the clean activity itself must not raise it.
void checkFinding(std::string_view id, const std::vector<FindingRow>& rows) {
    REQUIRE(findingsWith(findingsOf(cleanActivity(), k11), id).empty());
    for (const FindingRow& r : rows) {
        DYNAMIC_SECTION(r.what) {
            Activity a = cleanActivity();
            r.change(a);
            std::vector<Finding> f = findingsWith(findingsOf(a, k11), id);
            REQUIRE(int(f.size()) == r.count);
            if (r.count > 0) {
                CHECK(f[0].severity == r.severity);
                CHECK(f[0].field == r.field);
            }
            CHECK(findingsWith(assess(a, k11).findings, id) == f);
        }
    }
}

const Severity kBlocker = Severity::Blocker;
const Severity kWarning = Severity::Warning;
const Severity kInfo = Severity::Info;

}  // namespace

TEST_CASE("a clean activity has no findings", "[rules][findings]") {
    Activity a = cleanActivity();
    CHECK(findingsOf(a, k11).empty());
    CHECK(assess(a, k11).blockers() == 0);
}

TEST_CASE("GDPR-5-1-b: purpose missing [blocker]", "[rules][findings][GDPR-5-1-b]") {
    checkFinding("GDPR-5-1-b", {
        {"empty", [](Activity& a) { a.purpose.clear(); }, 1, kBlocker, "purpose"},
        {"only spaces", [](Activity& a) { a.purpose = "  \t"; }, 1, kBlocker, "purpose"},
        {"filled", [](Activity& a) { a.purpose = "x"; }, 0, kBlocker, ""},
    });
}

TEST_CASE("GDPR-5-1-c: data categories missing [warning]", "[rules][findings][GDPR-5-1-c]") {
    checkFinding("GDPR-5-1-c", {
        {"empty", [](Activity& a) { a.data_categories.clear(); }, 1, kWarning, "data_categories"},
    });
}

TEST_CASE("GDPR-5-1-e: retention missing [warning]", "[rules][findings][GDPR-5-1-e]") {
    checkFinding("GDPR-5-1-e", {
        {"empty", [](Activity& a) { a.retention.clear(); }, 1, kWarning, "retention"},
        {"blank", [](Activity& a) { a.retention = " "; }, 1, kWarning, "retention"},
    });
}

TEST_CASE("GDPR-6: legal basis missing [blocker]", "[rules][findings][GDPR-6]") {
    checkFinding("GDPR-6", {
        {"none", [](Activity& a) { a.legal_basis = LegalBasis::None; }, 1, kBlocker, "legal_basis"},
        {"contract", [](Activity& a) { a.legal_basis = LegalBasis::Contract; }, 0, kBlocker, ""},
    });
}

TEST_CASE("GDPR-6-1-f: legitimate interests without LIA [warning]", "[rules][findings][GDPR-6-1-f]") {
    checkFinding("GDPR-6-1-f", {
        {"no LIA", [](Activity& a) { a.legal_basis = LegalBasis::LegitimateInterests; }, 1, kWarning,
         "lia_documented"},
        {"LIA documented",
         [](Activity& a) {
             a.legal_basis = LegalBasis::LegitimateInterests;
             a.lia_documented = true;
         },
         0, kWarning, ""},
        {"consent needs no LIA", [](Activity& a) { a.lia_documented = false; }, 0, kWarning, ""},
    });
}

TEST_CASE("GDPR-6-1-e: public task chosen [warning]", "[rules][findings][GDPR-6-1-e]") {
    checkFinding("GDPR-6-1-e", {
        {"public task", [](Activity& a) { a.legal_basis = LegalBasis::PublicTask; }, 1, kWarning,
         "legal_basis"},
        {"legal obligation", [](Activity& a) { a.legal_basis = LegalBasis::LegalObligation; }, 0, kWarning, ""},
    });
}

TEST_CASE("GDPR-9: Art. 9 data without a condition [blocker]", "[rules][findings][GDPR-9]") {
    for (DataCategory c : allOf<DataCategory>()) {
        Activity a = cleanActivity();
        a.data_categories.push_back(c);
        CAPTURE(keyOf(c));
        auto f = findingsWith(findingsOf(a, k11), "GDPR-9");
        CHECK(f.size() == (isArt9(c) ? 1u : 0u));  // criminal (Art. 10) is not Art. 9 data
        if (!f.empty()) {
            CHECK(f[0].severity == kBlocker);
            CHECK(f[0].field == "art9_condition");
        }
        a.art9_condition = Art9Condition::ExplicitConsent;
        CHECK_FALSE(hasFinding(a, "GDPR-9", k11));
    }
}

TEST_CASE("GDPR-13: people not informed [warning]", "[rules][findings][GDPR-13]") {
    checkFinding("GDPR-13", {
        {"no notice", [](Activity& a) { a.transparency_notice = false; }, 1, kWarning,
         "transparency_notice"},
    });
}

TEST_CASE("GDPR-21: direct marketing without opt-out [blocker]", "[rules][findings][GDPR-21]") {
    checkFinding("GDPR-21", {
        {"no opt-out", [](Activity& a) { a.screening->direct_marketing = true; }, 1, kBlocker, "opt_out"},
        {"opt-out offered",
         [](Activity& a) {
             a.screening->direct_marketing = true;
             a.opt_out = true;
         },
         0, kBlocker, ""},
        {"not direct marketing", [](Activity& a) { a.opt_out = false; }, 0, kBlocker, ""},
        {"no screening: unknown", [](Activity& a) { a.screening.reset(); }, 0, kBlocker, ""},
    });
}

TEST_CASE("GDPR-22: automated decision without human review [blocker]", "[rules][findings][GDPR-22]") {
    checkFinding("GDPR-22", {
        {"no review", [](Activity& a) { a.screening->automated_decision = true; }, 1, kBlocker,
         "screening.human_review"},
        {"human review",
         [](Activity& a) { a.screening->automated_decision = a.screening->human_review = true; }, 0,
         kBlocker, ""},
    });
}

TEST_CASE("GDPR-28: processor without agreement, once per processor [blocker]", "[rules][findings][GDPR-28]") {
    Activity a = cleanActivity();
    a.processors = {goodProcessor("Acme"), goodProcessor("Beta"), goodProcessor("Gamma")};
    CHECK_FALSE(hasFinding(a, "GDPR-28", k11));
    a.processors[0].dpa_signed = false;
    a.processors[2].dpa_signed = false;
    auto f = findingsWith(findingsOf(a, k11), "GDPR-28");
    REQUIRE(f.size() == 2);
    CHECK(f[0].severity == kBlocker);
    CHECK(f[0].field == "processors[0].dpa_signed");
    CHECK(f[0].detail == "Acme");
    CHECK(f[1].field == "processors[2].dpa_signed");
    CHECK(f[1].detail == "Gamma");
    CHECK_THAT(f[0].message(Lang::En),
               Catch::Matchers::EndsWith("Sign a processing agreement with Acme (GDPR Art. 28)"));
    CHECK_THAT(f[1].message(Lang::Nl),
               Catch::Matchers::EndsWith("Sluit een verwerkersovereenkomst met Gamma (art. 28 AVG)"));
}

TEST_CASE("GDPR-44: transfer outside the EU without safeguard [blocker]", "[rules][findings][GDPR-44]") {
    Activity a = cleanActivity();
    a.processors = {goodProcessor("EU Mail"), goodProcessor("US Cloud")};
    a.processors[1].outside_eu = true;
    auto f = findingsWith(findingsOf(a, k11), "GDPR-44");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == kBlocker);
    CHECK(f[0].field == "processors[1].transfer_safeguard");
    CHECK(f[0].detail == "US Cloud");
    CHECK_THAT(f[0].message(Lang::En), Catch::Matchers::ContainsSubstring("US Cloud"));
    for (TransferSafeguard t : {TransferSafeguard::Adequacy, TransferSafeguard::Scc, TransferSafeguard::Bcr,
                                TransferSafeguard::Derogation}) {
        a.processors[1].transfer_safeguard = t;
        CHECK_FALSE(hasFinding(a, "GDPR-44", k11));
    }
    a.processors[1].outside_eu = false;
    a.processors[1].transfer_safeguard = TransferSafeguard::None;
    CHECK_FALSE(hasFinding(a, "GDPR-44", k11));  // inside the EU no safeguard is needed
}

TEST_CASE("GDPR-REUSE: vendor may train on your data [warning]", "[rules][findings][GDPR-REUSE]") {
    Activity a = cleanActivity();
    a.processors = {goodProcessor("A"), goodProcessor("B"), goodProcessor("C")};
    a.processors[0].reuses_data_for_training = TrainingReuse::Yes;
    a.processors[1].reuses_data_for_training = TrainingReuse::Unknown;
    auto f = findingsWith(findingsOf(a, k11), "GDPR-REUSE");
    REQUIRE(f.size() == 2);
    CHECK(f[0].severity == kWarning);
    CHECK(f[0].field == "processors[0].reuses_data_for_training");
    CHECK(f[0].detail == "A");
    CHECK(f[1].field == "processors[1].reuses_data_for_training");
    CHECK(f[1].detail == "B");
}

TEST_CASE("GDPR-35: DPIA required but missing [blocker], planned [warning]", "[rules][findings][GDPR-35]") {
    auto required = [](Activity& a) { a.screening->large_scale = a.screening->profiling = true; };
    checkFinding("GDPR-35", {
        {"required, not set", [&](Activity& a) { required(a); }, 1, kBlocker, "dpia"},
        {"required, marked not needed",
         [&](Activity& a) {
             required(a);
             a.dpia = DpiaStatus::NotNeeded;
         },
         1, kBlocker, "dpia"},
        {"required, planned",
         [&](Activity& a) {
             required(a);
             a.dpia = DpiaStatus::Planned;
         },
         1, kWarning, "dpia"},
        {"required, done",
         [&](Activity& a) {
             required(a);
             a.dpia = DpiaStatus::Done;
         },
         0, kWarning, ""},
        {"only recommended", [](Activity& a) { a.screening->large_scale = true; }, 0, kWarning, ""},
        {"required without a screening (C4 + C7)",
         [](Activity& a) {
             a.screening.reset();
             a.data_categories.push_back(DataCategory::Health);
             a.data_subjects.push_back(DataSubject::Children);
         },
         1, kBlocker, "dpia"},
    });
}

TEST_CASE("AIA-5: prohibited practice must stop [blocker]", "[rules][findings][AIA-5]") {
    checkFinding("AIA-5", {
        {"social scoring", [](Activity& a) { a.screening->social_scoring = true; }, 1, kBlocker, "lifecycle"},
        {"in production",
         [](Activity& a) {
             a.screening->manipulative_techniques = true;
             a.lifecycle = Lifecycle::Production;
         },
         1, kBlocker, "lifecycle"},
        {"retired: stopped",
         [](Activity& a) {
             a.screening->manipulative_techniques = true;
             a.lifecycle = Lifecycle::Retired;
         },
         0, kBlocker, ""},
        {"high risk is not prohibited", [](Activity& a) { a.screening->emotion_recognition = true; }, 0,
         kBlocker, ""},
    });
}

TEST_CASE("AIA-UNASSESSED: no screening yet [warning]", "[rules][findings][AIA-UNASSESSED]") {
    checkFinding("AIA-UNASSESSED", {
        {"no screening", [](Activity& a) { a.screening.reset(); }, 1, kWarning, "screening"},
    });
}

TEST_CASE("ETH-HUMAN: scoring or decisions without human oversight [warning]", "[rules][findings][ETH-HUMAN]") {
    checkFinding("ETH-HUMAN", {
        {"profiling", [](Activity& a) { a.screening->profiling = true; }, 1, kWarning, "human_oversight"},
        {"scoring", [](Activity& a) { a.screening->evaluation_scoring = true; }, 1, kWarning, "human_oversight"},
        {"automated decision",
         [](Activity& a) {
             a.screening->automated_decision = a.screening->human_review = true;
         },
         1, kWarning, "human_oversight"},
        {"oversight described",
         [](Activity& a) {
             a.screening->profiling = true;
             a.human_oversight = "Campaign manager checks weekly";
         },
         0, kWarning, ""},
    });
}

TEST_CASE("ETH-BIAS: profiling or scoring without bias monitoring [warning]", "[rules][findings][ETH-BIAS]") {
    checkFinding("ETH-BIAS", {
        {"profiling", [](Activity& a) { a.screening->profiling = true; }, 1, kWarning, "bias_monitoring"},
        {"scoring", [](Activity& a) { a.screening->evaluation_scoring = true; }, 1, kWarning, "bias_monitoring"},
        {"automated decision alone", [](Activity& a) { a.screening->automated_decision = true; }, 0, kWarning, ""},
        {"monitored",
         [](Activity& a) {
             a.screening->profiling = true;
             a.bias_monitoring = "Monthly split by gender";
         },
         0, kWarning, ""},
    });
}

TEST_CASE("ETH-COPYRIGHT: generated content without rights check [warning]", "[rules][findings][ETH-COPYRIGHT]") {
    checkFinding("ETH-COPYRIGHT", {
        {"unchecked", [](Activity& a) { a.screening->generates_content = true; }, 1, kWarning,
         "content_rights_checked"},
        {"checked",
         [](Activity& a) {
             a.screening->generates_content = true;
             a.content_rights_checked = true;
         },
         0, kWarning, ""},
    });
}

TEST_CASE("VENDOR-CERT: processor without ISO 27001 or SOC 2 [info]", "[rules][findings][VENDOR-CERT]") {
    Activity a = cleanActivity();
    a.processors = {goodProcessor("Iso"), goodProcessor("Soc"), goodProcessor("")};
    a.processors[1].certifications = {Certification::Soc2};
    a.processors[2].certifications.clear();
    auto f = findingsWith(findingsOf(a, k11), "VENDOR-CERT");
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == kInfo);
    CHECK(f[0].field == "processors[2].certifications");
    CHECK(f[0].detail.empty());
    // An unnamed processor is named by its position.
    CHECK_THAT(f[0].message(Lang::En), Catch::Matchers::ContainsSubstring("processor 3"));
    CHECK_THAT(f[0].message(Lang::Nl), Catch::Matchers::ContainsSubstring("verwerker 3"));
}

TEST_CASE("findings come in rule-table order, then processor order", "[rules][findings]") {
    Activity a;
    a.id = "x";
    a.name = "everything wrong";
    a.legal_basis = LegalBasis::None;
    a.processors = {Processor{}, Processor{}};
    a.processors[0].name = "P0";
    a.processors[1].name = "P1";
    a.processors[0].outside_eu = a.processors[1].outside_eu = true;
    CHECK(ruleIds(findingsOf(a, k11)) ==
          std::vector<std::string>{"GDPR-5-1-b", "GDPR-5-1-c", "GDPR-5-1-e", "GDPR-6", "GDPR-13",
                                   "GDPR-28", "GDPR-28", "GDPR-44", "GDPR-44", "GDPR-REUSE",
                                   "GDPR-REUSE", "AIA-UNASSESSED", "VENDOR-CERT", "VENDOR-CERT"});
    CHECK(assess(a, k11).blockers() == 6);

    std::mt19937 rng(42);
    for (int i = 0; i < 3000; ++i) {
        std::vector<Finding> f = findingsOf(randomActivity(rng), k11);
        for (std::size_t k = 1; k < f.size(); ++k) {
            CHECK(tablePosition(f[k - 1].rule, k11) <= tablePosition(f[k].rule, k11));
            if (f[k - 1].rule == f[k].rule) CHECK(f[k - 1].field < f[k].field);
        }
    }
}

TEST_CASE("every finding names its rule, field and message", "[rules][findings]") {
    // The register-file fields a finding may point at (brief: "field = the field that fixes it").
    const std::set<std::string> plain = {"purpose", "data_categories", "retention", "legal_basis",
                                         "lia_documented", "art9_condition", "transparency_notice",
                                         "opt_out", "screening.human_review", "dpia", "lifecycle",
                                         "screening", "human_oversight", "bias_monitoring",
                                         "content_rights_checked"};
    const std::regex perProcessor(
        R"(processors\[[0-9]+\]\.(dpa_signed|transfer_safeguard|reuses_data_for_training|certifications))");
    std::set<std::string> seenRules;
    std::mt19937 rng(99);
    for (int i = 0; i < 3000; ++i) {
        Activity a = randomActivity(rng);
        Assessment as = assess(a, k11);
        int blockers = 0;
        for (const Finding& f : as.findings) {
            seenRules.insert(f.rule);
            const RuleInfo* info = ruleInfo(f.rule, k11);
            REQUIRE(info != nullptr);
            CHECK(info->kind == RuleKind::Finding);
            CAPTURE(f.rule, f.field);
            CHECK((plain.count(f.field) == 1 || std::regex_match(f.field, perProcessor)));
            // The table's severity, except GDPR-35 which is a warning while planned.
            if (f.rule == "GDPR-35" && a.dpia == DpiaStatus::Planned)
                CHECK(f.severity == Severity::Warning);
            else
                CHECK(f.severity == info->severity);
            blockers += f.severity == Severity::Blocker;
            for (Lang lang : {Lang::En, Lang::Nl}) {
                std::string m = f.message(lang);
                CHECK(m.find('{') == std::string::npos);
                CHECK_THAT(m, Catch::Matchers::EndsWith("(" + std::string(info->articleText(lang)) + ")"));
                CHECK_THAT(m, Catch::Matchers::StartsWith(info->title(lang, f.detail).substr(0, 10)));
                if (!f.detail.empty()) CHECK_THAT(m, Catch::Matchers::ContainsSubstring(f.detail));
            }
            CHECK(f.message(Lang::En) != f.message(Lang::Nl));
        }
        CHECK(as.blockers() == blockers);
        CHECK(as.findings == findingsOf(a, k11));
    }
    // The random activities reach every finding id of the table.
    for (const RuleInfo& r : allRules(k11))
        if (r.kind == RuleKind::Finding) CHECK(seenRules.count(std::string(r.id)) == 1);
}

TEST_CASE("an unknown rule id's message is the id itself", "[rules][findings]") {
    Finding f{"NO-SUCH-RULE", Severity::Info, "purpose", "", k11};
    CHECK(f.message(Lang::En) == "NO-SUCH-RULE");
}

TEST_CASE("a vendor name ending in a full stop gets no second one", "[rules][findings]") {
    Finding f{"GDPR-28", Severity::Blocker, "processors[0].dpa_signed", "Synthetica Studio B.V.", k11};
    CHECK_THAT(f.message(Lang::En), Catch::Matchers::StartsWith("No processing agreement with Synthetica Studio B.V. Sign"));
    CHECK(f.message(Lang::Nl).find("B.V..") == std::string::npos);
    Finding g{"GDPR-28", Severity::Blocker, "processors[0].dpa_signed", "Acme", k11};
    CHECK_THAT(g.message(Lang::En), Catch::Matchers::StartsWith("No processing agreement with Acme. Sign"));
}
