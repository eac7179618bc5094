// AI Act tier (first match wins) and obligations (DOMAIN.md 3): one test case per rule id,
// each table-driven, plus the boundaries named in the brief.
#include <catch_amalgamated.hpp>

#include <functional>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;

namespace {

using Ids = std::vector<std::string>;

struct TierRow {
    const char* what;
    std::function<void(Screening&)> set;
    AiActRole role;
    Tier tier;
    const char* tierRule;
    Ids obligations;
};

void checkRows(const std::vector<TierRow>& rows) {
    for (const TierRow& r : rows) {
        DYNAMIC_SECTION(r.what) {
            Activity a = withScreening(r.set, r.role);
            std::string rule = "unset";
            CHECK(tierOf(a, k11, &rule) == r.tier);
            CHECK(rule == r.tierRule);
            CHECK(obligationsOf(a, k11) == r.obligations);
            Assessment as = assess(a, k11);
            CHECK(as.tier == r.tier);
            CHECK(as.tier_rule == r.tierRule);
            CHECK(as.obligations == r.obligations);
        }
    }
}

constexpr AiActRole kDeployer = AiActRole::Deployer;
constexpr AiActRole kProvider = AiActRole::Provider;

}  // namespace

TEST_CASE("AIA-UNASSESSED tier: no screening object", "[rules][tier]") {
    Activity a = cleanActivity();
    a.screening.reset();
    std::string rule = "unset";
    CHECK(tierOf(a, k11, &rule) == Tier::Unassessed);
    CHECK(rule.empty());
    CHECK(obligationsOf(a, k11).empty());
    CHECK(tierOf(a, k11) == Tier::Unassessed);  // the pointer is optional
}

TEST_CASE("minimal tier: a screening with no fact set", "[rules][tier]") {
    Activity a = cleanActivity();
    std::string rule = "unset";
    CHECK(tierOf(a, k11, &rule) == Tier::Minimal);
    CHECK(rule.empty());
    CHECK(obligationsOf(a, k11).empty());
}

TEST_CASE("AIA-5-1-a: manipulative techniques are prohibited", "[rules][tier][AIA-5-1-a]") {
    checkRows({
        {"manipulative", [](Screening& s) { s.manipulative_techniques = true; }, kDeployer,
         Tier::Prohibited, "AIA-5-1-a", {"AIA-5-1-a"}},
        {"manipulative chatbot", [](Screening& s) { s.manipulative_techniques = s.interacts_with_people = true; },
         kDeployer, Tier::Prohibited, "AIA-5-1-a", {"AIA-5-1-a", "AIA-50-1"}},
    });
}

TEST_CASE("AIA-5-1-b: exploiting vulnerabilities is prohibited", "[rules][tier][AIA-5-1-b]") {
    checkRows({
        {"exploits", [](Screening& s) { s.exploits_vulnerabilities = true; }, kDeployer,
         Tier::Prohibited, "AIA-5-1-b", {"AIA-5-1-b"}},
        {"exploits, provider", [](Screening& s) { s.exploits_vulnerabilities = true; }, kProvider,
         Tier::Prohibited, "AIA-5-1-b", {"AIA-5-1-b"}},
    });
}

TEST_CASE("AIA-5-1-c: social scoring is prohibited", "[rules][tier][AIA-5-1-c]") {
    checkRows({
        {"social scoring", [](Screening& s) { s.social_scoring = true; }, kDeployer,
         Tier::Prohibited, "AIA-5-1-c", {"AIA-5-1-c"}},
    });
}

TEST_CASE("AIA-5-1-f: emotion recognition at work, with and without a medical/safety reason",
          "[rules][tier][AIA-5-1-f]") {
    checkRows({
        {"at work, no reason",
         [](Screening& s) { s.emotion_recognition = s.workplace_or_education = true; }, kDeployer,
         Tier::Prohibited, "AIA-5-1-f", {"AIA-5-1-f", "AIA-ANNEX-III-1", "AIA-50-3"}},
        {"at work, medical or safety reason",
         [](Screening& s) {
             s.emotion_recognition = s.workplace_or_education = s.medical_or_safety_reason = true;
         },
         kDeployer, Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-26", "AIA-50-3"}},
        {"not at work", [](Screening& s) { s.emotion_recognition = true; }, kDeployer, Tier::High,
         "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-26", "AIA-50-3"}},
        {"workplace without emotion recognition", [](Screening& s) { s.workplace_or_education = true; },
         kDeployer, Tier::Minimal, "", {}},
    });
}

TEST_CASE("AIA-5-1-g: biometric categorisation with and without sensitive traits",
          "[rules][tier][AIA-5-1-g]") {
    checkRows({
        {"infers sensitive traits",
         [](Screening& s) { s.biometric_categorisation = s.infers_sensitive_traits = true; }, kDeployer,
         Tier::Prohibited, "AIA-5-1-g", {"AIA-5-1-g", "AIA-ANNEX-III-1", "AIA-50-3"}},
        {"no sensitive traits", [](Screening& s) { s.biometric_categorisation = true; }, kDeployer,
         Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-26", "AIA-50-3"}},
        {"sensitive traits without categorisation", [](Screening& s) { s.infers_sensitive_traits = true; },
         kDeployer, Tier::Minimal, "", {}},
    });
}

TEST_CASE("AIA-6-2: an Annex III area is high-risk; Art. 6(3) with and without profiling",
          "[rules][tier][AIA-6-2]") {
    checkRows({
        {"credit scoring", [](Screening& s) { s.annex_iii = AnnexIII::Creditworthiness; }, kDeployer,
         Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26", "AIA-27"}},
        {"job ads, provider", [](Screening& s) { s.annex_iii = AnnexIII::Employment; }, kProvider,
         Tier::High, "AIA-6-2", {"AIA-6-2"}},
        {"narrow task, no profiling: exempt",
         [](Screening& s) {
             s.annex_iii = AnnexIII::Employment;
             s.narrow_procedural_task = true;
         },
         kDeployer, Tier::Minimal, "", {"AIA-6-4"}},
        {"narrow task but profiling: not exempt",
         [](Screening& s) {
             s.annex_iii = AnnexIII::Employment;
             s.narrow_procedural_task = s.profiling = true;
         },
         kDeployer, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26"}},
        {"profiling without narrow task",
         [](Screening& s) {
             s.annex_iii = AnnexIII::Elections;
             s.profiling = true;
         },
         kDeployer, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26"}},
        {"exempt, chatbot: limited",
         [](Screening& s) {
             s.annex_iii = AnnexIII::Education;
             s.narrow_procedural_task = s.interacts_with_people = true;
         },
         kDeployer, Tier::Limited, "AIA-50", {"AIA-6-4", "AIA-50-1"}},
    });
    SECTION("every Annex III area is high-risk") {
        for (AnnexIII area : allOf<AnnexIII>()) {
            if (area == AnnexIII::None) continue;
            Activity a = withScreening([area](Screening& s) { s.annex_iii = area; });
            std::string rule;
            CHECK(tierOf(a, k11, &rule) == Tier::High);
            CHECK(rule == "AIA-6-2");
        }
    }
}

TEST_CASE("AIA-ANNEX-III-1: emotion recognition or biometric categorisation is high-risk",
          "[rules][tier][AIA-ANNEX-III-1]") {
    checkRows({
        {"emotion recognition", [](Screening& s) { s.emotion_recognition = true; }, kProvider, Tier::High,
         "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-50-3"}},
        {"biometric categorisation", [](Screening& s) { s.biometric_categorisation = true; }, kProvider,
         Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-50-3"}},
        {"Annex III area decides first",
         [](Screening& s) {
             s.emotion_recognition = true;
             s.annex_iii = AnnexIII::BiometricIdentification;
         },
         kProvider, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-ANNEX-III-1", "AIA-50-3"}},
        {"exempt Annex III area, but emotion recognition",
         [](Screening& s) {
             s.emotion_recognition = s.narrow_procedural_task = true;
             s.annex_iii = AnnexIII::Employment;
         },
         kProvider, Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-6-4", "AIA-50-3"}},
    });
}

TEST_CASE("AIA-50: transparency facts give the limited tier", "[rules][tier][AIA-50]") {
    checkRows({
        {"chatbot", [](Screening& s) { s.interacts_with_people = true; }, kDeployer, Tier::Limited,
         "AIA-50", {"AIA-50-1"}},
        {"generated content", [](Screening& s) { s.generates_content = true; }, kDeployer, Tier::Limited,
         "AIA-50", {"AIA-50-2"}},
        {"deepfake", [](Screening& s) { s.deepfake = true; }, kDeployer, Tier::Limited, "AIA-50",
         {"AIA-50-4"}},
        {"public-interest text", [](Screening& s) { s.public_interest_text = true; }, kDeployer,
         Tier::Limited, "AIA-50", {"AIA-50-4"}},
        {"facts that do not touch the AI Act tier",
         [](Screening& s) {
             s.profiling = s.large_scale = s.direct_marketing = s.automated_decision = true;
         },
         kDeployer, Tier::Minimal, "", {}},
    });
}

TEST_CASE("AIA-26: deployer of a high-risk system, provider vs deployer", "[rules][AIA-26]") {
    auto jobAds = [](Screening& s) { s.annex_iii = AnnexIII::Employment; };
    CHECK(hasObligation(withScreening(jobAds, AiActRole::Deployer), "AIA-26", k11));
    CHECK_FALSE(hasObligation(withScreening(jobAds, AiActRole::Provider), "AIA-26", k11));
    CHECK_FALSE(hasObligation(withScreening(jobAds, AiActRole::Importer), "AIA-26", k11));
    CHECK_FALSE(hasObligation(withScreening(jobAds, AiActRole::Distributor), "AIA-26", k11));
    // Only when the tier is high: not for limited, minimal, or prohibited.
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) { s.interacts_with_people = true; }), "AIA-26", k11));
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) {
                                  s.annex_iii = AnnexIII::Employment;
                                  s.social_scoring = true;
                              }),
                              "AIA-26", k11));
    CHECK(hasObligation(withScreening([](Screening& s) { s.biometric_categorisation = true; }), "AIA-26", k11));
}

TEST_CASE("AIA-27: fundamental-rights impact assessment for credit and insurance", "[rules][AIA-27]") {
    for (AnnexIII area : allOf<AnnexIII>()) {
        const bool fria = area == AnnexIII::Creditworthiness || area == AnnexIII::InsurancePricing;
        auto set = [area](Screening& s) { s.annex_iii = area; };
        CAPTURE(keyOf(area));
        CHECK(hasObligation(withScreening(set, AiActRole::Deployer), "AIA-27", k11) == fria);
        CHECK_FALSE(hasObligation(withScreening(set, AiActRole::Provider), "AIA-27", k11));
    }
    // Exempt under Art. 6(3): not high, so no FRIA.
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) {
                                  s.annex_iii = AnnexIII::Creditworthiness;
                                  s.narrow_procedural_task = true;
                              }),
                              "AIA-27", k11));
}

TEST_CASE("AIA-6-4: document the Art. 6(3) assessment", "[rules][AIA-6-4]") {
    CHECK(hasObligation(withScreening([](Screening& s) {
              s.annex_iii = AnnexIII::InsurancePricing;
              s.narrow_procedural_task = true;
          }),
          "AIA-6-4", k11));
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) {
                                  s.annex_iii = AnnexIII::InsurancePricing;
                                  s.narrow_procedural_task = s.profiling = true;
                              }),
                              "AIA-6-4", k11));
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) { s.narrow_procedural_task = true; }), "AIA-6-4", k11));
}

TEST_CASE("AIA-50-1: tell people they talk to AI", "[rules][AIA-50-1]") {
    CHECK(hasObligation(withScreening([](Screening& s) { s.interacts_with_people = true; }), "AIA-50-1", k11));
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) { s.generates_content = true; }), "AIA-50-1", k11));
}

TEST_CASE("AIA-50-2: mark generated content", "[rules][AIA-50-2]") {
    CHECK(hasObligation(withScreening([](Screening& s) { s.generates_content = true; }), "AIA-50-2", k11));
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) { s.deepfake = true; }), "AIA-50-2", k11));
}

TEST_CASE("AIA-50-3: inform people exposed to emotion recognition or biometric categorisation",
          "[rules][AIA-50-3]") {
    CHECK(hasObligation(withScreening([](Screening& s) { s.emotion_recognition = true; }), "AIA-50-3", k11));
    CHECK(hasObligation(withScreening([](Screening& s) { s.biometric_categorisation = true; }), "AIA-50-3", k11));
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) { s.infers_sensitive_traits = true; }), "AIA-50-3", k11));
}

TEST_CASE("AIA-50-4: disclose deepfakes and public-interest text", "[rules][AIA-50-4]") {
    CHECK(hasObligation(withScreening([](Screening& s) { s.deepfake = true; }), "AIA-50-4", k11));
    CHECK(hasObligation(withScreening([](Screening& s) { s.public_interest_text = true; }), "AIA-50-4", k11));
    CHECK_FALSE(hasObligation(withScreening([](Screening& s) { s.generates_content = true; }), "AIA-50-4", k11));
}

TEST_CASE("first match wins; obligations accumulate in table order", "[rules][tier]") {
    Activity a = withScreening([](Screening& s) {
        for (const ScreeningFlag& f : kScreeningFlags) s.*f.member = true;
        s.medical_or_safety_reason = false;
        s.narrow_procedural_task = false;
        s.annex_iii = AnnexIII::Creditworthiness;
    });
    std::string rule;
    CHECK(tierOf(a, k11, &rule) == Tier::Prohibited);
    CHECK(rule == "AIA-5-1-a");
    // Prohibited, so no AIA-26/27 (they need the tier to be high).
    CHECK(obligationsOf(a, k11) == Ids{"AIA-5-1-a", "AIA-5-1-b", "AIA-5-1-c", "AIA-5-1-f", "AIA-5-1-g",
                                  "AIA-6-2", "AIA-ANNEX-III-1", "AIA-50-1", "AIA-50-2", "AIA-50-3",
                                  "AIA-50-4"});

    // Each prohibited rule decides when the earlier ones do not hold.
    a.screening->manipulative_techniques = false;
    CHECK((tierOf(a, k11, &rule) == Tier::Prohibited && rule == "AIA-5-1-b"));
    a.screening->exploits_vulnerabilities = false;
    CHECK((tierOf(a, k11, &rule) == Tier::Prohibited && rule == "AIA-5-1-c"));
    a.screening->social_scoring = false;
    CHECK((tierOf(a, k11, &rule) == Tier::Prohibited && rule == "AIA-5-1-f"));
    a.screening->workplace_or_education = false;
    CHECK((tierOf(a, k11, &rule) == Tier::Prohibited && rule == "AIA-5-1-g"));
    a.screening->infers_sensitive_traits = false;
    CHECK((tierOf(a, k11, &rule) == Tier::High && rule == "AIA-6-2"));
    CHECK(obligationsOf(a, k11) == Ids{"AIA-6-2", "AIA-ANNEX-III-1", "AIA-26", "AIA-27", "AIA-50-1",
                                  "AIA-50-2", "AIA-50-3", "AIA-50-4"});
}

TEST_CASE("obligations are always in rule-table order and known", "[rules][tier]") {
    std::mt19937 rng(20261125);
    for (int i = 0; i < 3000; ++i) {
        Activity a = randomActivity(rng);
        Assessment as = assess(a, k11);
        int last = -1;
        for (const std::string& id : as.obligations) {
            const RuleInfo* info = ruleInfo(id, k11);
            REQUIRE(info != nullptr);
            CHECK(info->kind == RuleKind::Obligation);
            CHECK(tablePosition(id, k11) > last);
            last = tablePosition(id, k11);
        }
        if (!as.tier_rule.empty()) {
            const RuleInfo* info = ruleInfo(as.tier_rule, k11);
            REQUIRE(info != nullptr);
            CHECK(info->kind != RuleKind::Finding);
        }
        // The tier rule is listed as an obligation, except AIA-50 (its parts are 50-1..4).
        if (!as.tier_rule.empty() && as.tier_rule != "AIA-50")
            CHECK(std::find(as.obligations.begin(), as.obligations.end(), as.tier_rule) !=
                  as.obligations.end());
        CHECK((as.tier_rule.empty() == (as.tier == Tier::Minimal || as.tier == Tier::Unassessed)));
    }
}

TEST_CASE("tierReason explains the tier in plain language", "[rules][tier]") {
    Activity credit = withScreening([](Screening& s) { s.annex_iii = AnnexIII::Creditworthiness; });
    CHECK(tierReason(credit, Lang::En, k11) ==
          "High risk: creditworthiness scoring is an Annex III 5(b) area (AI Act Art. 6(2))");
    CHECK(tierReason(credit, Lang::Nl, k11) ==
          "Hoog risico: beoordeling van kredietwaardigheid valt onder bijlage III, punt 5, onder b "
          "(art. 6 lid 2 AI-verordening)");

    Activity work = withScreening([](Screening& s) { s.emotion_recognition = s.workplace_or_education = true; });
    CHECK_THAT(tierReason(work, Lang::En, k11), Catch::Matchers::StartsWith("Prohibited:") &&
                                               Catch::Matchers::EndsWith("(AI Act Art. 5(1)(f))"));
    CHECK_THAT(tierReason(work, Lang::Nl, k11), Catch::Matchers::StartsWith("Verboden:"));

    Activity emotion = withScreening([](Screening& s) { s.emotion_recognition = true; });
    CHECK(tierReason(emotion, Lang::En, k11) ==
          "High risk: it uses emotion recognition, an Annex III point 1 area (AI Act Art. 6(2) and "
          "Annex III(1))");
    emotion.screening->biometric_categorisation = true;
    CHECK(tierReason(emotion, Lang::Nl, k11) ==
          "Hoog risico: het gebruikt emotieherkenning en biometrische categorisering, een gebied uit "
          "bijlage III, punt 1 (art. 6 lid 2 en bijlage III, punt 1 AI-verordening)");

    Activity bot = withScreening([](Screening& s) { s.interacts_with_people = s.generates_content = true; });
    CHECK(tierReason(bot, Lang::En, k11) ==
          "Limited risk: it talks with people and generates content, so people must be told about "
          "the AI (AI Act Art. 50)");

    Activity exempt = withScreening([](Screening& s) {
        s.annex_iii = AnnexIII::Employment;
        s.narrow_procedural_task = true;
    });
    CHECK_THAT(tierReason(exempt, Lang::En, k11),
               Catch::Matchers::StartsWith("Minimal risk:") && Catch::Matchers::ContainsSubstring("narrow"));

    Activity profiles = withScreening([](Screening& s) {
        s.annex_iii = AnnexIII::Employment;
        s.profiling = true;
    });
    CHECK_THAT(tierReason(profiles, Lang::En, k11), Catch::Matchers::ContainsSubstring("profiles people"));

    Activity none = cleanActivity();
    none.screening.reset();
    CHECK_THAT(tierReason(none, Lang::En, k11), Catch::Matchers::StartsWith("Not assessed"));
    CHECK_THAT(tierReason(cleanActivity(), Lang::Nl, k11), Catch::Matchers::StartsWith("Minimaal risico:"));

    SECTION("every reason is one filled-in sentence in both languages") {
        std::mt19937 rng(7);
        for (int i = 0; i < 2000; ++i) {
            Activity a = randomActivity(rng);
            std::string en = tierReason(a, Lang::En, k11), nl = tierReason(a, Lang::Nl, k11);
            CAPTURE(en, nl);
            CHECK_FALSE(en.empty());
            CHECK(en != nl);
            CHECK(en.find('{') == std::string::npos);
            CHECK(nl.find('{') == std::string::npos);
            CHECK(std::string_view(en).substr(0, std::string_view(labelOf(tierOf(a, k11), Lang::En)).size()) ==
                  labelOf(tierOf(a, k11), Lang::En));
            CHECK(std::string_view(nl).substr(0, std::string_view(labelOf(tierOf(a, k11), Lang::Nl)).size()) ==
                  labelOf(tierOf(a, k11), Lang::Nl));
        }
    }
}
