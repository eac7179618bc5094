// Rule set 2026.12 (DOMAIN.md 3a): the tier with the Art. 5(1)(ba) ban, and who owes what —
// Assessment::obligations and ::provider_duties for a deployer, a provider, an importer, a
// distributor and a prohibited activity. One table-driven test case per obligation id.
#include <catch_amalgamated.hpp>

#include <functional>
#include <random>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;

namespace {

using Ids = std::vector<std::string>;

struct Row {
    const char* what;
    std::function<void(Screening&)> set;
    AiActRole role;
    Tier tier;
    const char* tierRule;
    Ids obligations;
    Ids providerDuties;
};

void checkRows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        DYNAMIC_SECTION(r.what << " (" << keyOf(r.role) << ")") {
            Activity a = withScreening(r.set, r.role);
            Assessment as = assess(a, k12);
            CHECK(as.rule_set == k12);
            CHECK(as.role == r.role);
            CHECK(as.tier == r.tier);
            CHECK(as.tier_rule == r.tierRule);
            CHECK(as.obligations == r.obligations);
            CHECK(as.provider_duties == r.providerDuties);
            std::string rule = "unset";
            CHECK(tierOf(a, k12, &rule) == r.tier);
            CHECK(rule == r.tierRule);
            CHECK(obligationsOf(a, k12) == r.obligations);
        }
    }
}

constexpr AiActRole kDeployer = AiActRole::Deployer;
constexpr AiActRole kProvider = AiActRole::Provider;
constexpr AiActRole kImporter = AiActRole::Importer;
constexpr AiActRole kDistributor = AiActRole::Distributor;

void credit(Screening& s) { s.annex_iii = AnnexIII::Creditworthiness; }
void chatbotWriter(Screening& s) { s.interacts_with_people = s.generates_content = true; }

}  // namespace

TEST_CASE("AIA-5-1-ba: AI generating non-consensual intimate imagery is prohibited (2026.12 only)",
          "[rules][tier12][AIA-5-1-ba]") {
    checkRows({
        {"intimate imagery alone", [](Screening& s) { s.intimate_imagery = true; }, kDeployer, Tier::Prohibited,
         "AIA-5-1-ba", {"AIA-5-1-ba"}, {}},
        {"first match: before Art. 5(1)(a)",
         [](Screening& s) { s.intimate_imagery = s.manipulative_techniques = true; }, kProvider, Tier::Prohibited,
         "AIA-5-1-ba", {"AIA-5-1-ba", "AIA-5-1-a"}, {}},
        {"with a generator and an Annex III area: only the bans are listed",
         [](Screening& s) {
             s.intimate_imagery = s.generates_content = s.deepfake = true;
             s.annex_iii = AnnexIII::Employment;
         },
         kDeployer, Tier::Prohibited, "AIA-5-1-ba", {"AIA-5-1-ba"}, {}},
    });
    // 2026.11 ignores the fact.
    Activity a = withScreening([](Screening& s) { s.intimate_imagery = true; });
    CHECK(tierOf(a, k11) == Tier::Minimal);
    CHECK(obligationsOf(a, k11).empty());
    const RuleInfo* r = ruleInfo("AIA-5-1-ba", k12);
    REQUIRE(r != nullptr);
    CHECK(r->applies_from == "2026-12-02");
    CHECK(r->severity == Severity::Blocker);
    CHECK(ruleInfo("AIA-5-1-ba", k11) == nullptr);
}

TEST_CASE("AIA-5-1-a: 2026.12 prohibited activities list only their Art. 5 ids, for every role",
          "[rules][tier12][AIA-5-1-a]") {
    for (AiActRole role : {kDeployer, kProvider, kImporter, kDistributor}) {
        checkRows({
            {"manipulative chatbot in an Annex III area",
             [](Screening& s) {
                 s.manipulative_techniques = s.interacts_with_people = s.generates_content = true;
                 s.annex_iii = AnnexIII::Creditworthiness;
                 s.emotion_recognition = true;
             },
             role, Tier::Prohibited, "AIA-5-1-a", {"AIA-5-1-a"}, {}},
            {"emotion recognition at work", [](Screening& s) { s.emotion_recognition = s.workplace_or_education = true; },
             role, Tier::Prohibited, "AIA-5-1-f", {"AIA-5-1-f"}, {}},
            {"two bans", [](Screening& s) { s.social_scoring = s.exploits_vulnerabilities = true; }, role,
             Tier::Prohibited, "AIA-5-1-b", {"AIA-5-1-b", "AIA-5-1-c"}, {}},
            {"sensitive traits", [](Screening& s) { s.biometric_categorisation = s.infers_sensitive_traits = true; },
             role, Tier::Prohibited, "AIA-5-1-g", {"AIA-5-1-g"}, {}},
        });
    }
}

TEST_CASE("AIA-6-2: 2026.12 Annex III classification goes to every role; its advice is role-neutral",
          "[rules][tier12][AIA-6-2]") {
    checkRows({
        {"credit scoring, deployer", credit, kDeployer, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26", "AIA-27"}, {"AIA-16"}},
        {"credit scoring, provider", credit, kProvider, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-16", "AIA-26", "AIA-27"}, {}},
        {"credit scoring, importer", credit, kImporter, Tier::High, "AIA-6-2", {"AIA-6-2"}, {"AIA-16"}},
        {"credit scoring, distributor", credit, kDistributor, Tier::High, "AIA-6-2", {"AIA-6-2"}, {"AIA-16"}},
        {"job ads, deployer", [](Screening& s) { s.annex_iii = AnnexIII::Employment; }, kDeployer, Tier::High,
         "AIA-6-2", {"AIA-6-2", "AIA-26"}, {"AIA-16"}},
    });
    // The complaint of issue #9: no "check the provider's CE marking" for a provider.
    const RuleInfo* r = ruleInfo("AIA-6-2", k12);
    REQUIRE(r != nullptr);
    CHECK(std::string(r->fix_en).find("Check that the provider") == std::string::npos);
    CHECK_THAT(std::string(r->fix_en), Catch::Matchers::ContainsSubstring("2 Dec 2027"));
}

TEST_CASE("AIA-ANNEX-III-1: emotion recognition or biometric categorisation, by role (2026.12)",
          "[rules][tier12][AIA-ANNEX-III-1]") {
    auto emotion = [](Screening& s) { s.emotion_recognition = true; };
    checkRows({
        {"deployer", emotion, kDeployer, Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-26", "AIA-50-3"},
         {"AIA-16"}},
        {"provider", emotion, kProvider, Tier::High, "AIA-ANNEX-III-1",
         {"AIA-ANNEX-III-1", "AIA-16", "AIA-26", "AIA-50-3"}, {}},
        {"distributor", emotion, kDistributor, Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1"}, {"AIA-16"}},
        {"importer, biometric categorisation", [](Screening& s) { s.biometric_categorisation = true; }, kImporter,
         Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1"}, {"AIA-16"}},
    });
}

TEST_CASE("AIA-50: 2026.12 transparency facts still give the limited tier", "[rules][tier12][AIA-50]") {
    checkRows({
        {"chatbot", [](Screening& s) { s.interacts_with_people = true; }, kDeployer, Tier::Limited, "AIA-50", {},
         {"AIA-50-1"}},
        {"public-interest text with editorial control",
         [](Screening& s) { s.public_interest_text = s.editorial_control = true; }, kDeployer, Tier::Limited,
         "AIA-50", {}, {}},
        {"nothing", [](Screening&) {}, kDeployer, Tier::Minimal, "", {}, {}},
    });
    CHECK(ruleInfo("AIA-50", k12)->kind == RuleKind::TierOnly);
}

TEST_CASE("AIA-16: duties of the provider of a high-risk system (new in 2026.12)", "[rules][tier12][AIA-16]") {
    checkRows({
        {"provider of a high-risk system owes them", credit, kProvider, Tier::High, "AIA-6-2",
         {"AIA-6-2", "AIA-16", "AIA-26", "AIA-27"}, {}},
        {"a deployer checks them", credit, kDeployer, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26", "AIA-27"}, {"AIA-16"}},
        {"not for a limited system", chatbotWriter, kProvider, Tier::Limited, "AIA-50", {"AIA-50-1", "AIA-50-2"}, {}},
        {"not for an exempt Annex III system",
         [](Screening& s) {
             s.annex_iii = AnnexIII::Employment;
             s.narrow_procedural_task = true;
         },
         kProvider, Tier::Minimal, "", {"AIA-6-4"}, {}},
    });
    const RuleInfo* r = ruleInfo("AIA-16", k12);
    REQUIRE(r != nullptr);
    CHECK(r->kind == RuleKind::Obligation);
    CHECK(r->applies_from == "2027-12-02");
    for (const char* part : {"quality management", "technical documentation", "conformity assessment", "CE marking",
                             "EU database", "Art. 72"})
        CHECK_THAT(std::string(r->fix_en), Catch::Matchers::ContainsSubstring(part));
}

TEST_CASE("AIA-26: 2026.12 deployer duties also for a provider using its own system, not for importers",
          "[rules][tier12][AIA-26]") {
    auto job = [](Screening& s) { s.annex_iii = AnnexIII::Employment; };
    checkRows({
        {"deployer", job, kDeployer, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26"}, {"AIA-16"}},
        {"provider (also its deployer, Art. 3(4))", job, kProvider, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-16", "AIA-26"},
         {}},
        {"importer", job, kImporter, Tier::High, "AIA-6-2", {"AIA-6-2"}, {"AIA-16"}},
        {"distributor", job, kDistributor, Tier::High, "AIA-6-2", {"AIA-6-2"}, {"AIA-16"}},
    });
}

TEST_CASE("AIA-27: 2026.12 fundamental-rights impact assessment for credit and insurance", "[rules][tier12][AIA-27]") {
    auto insurance = [](Screening& s) { s.annex_iii = AnnexIII::InsurancePricing; };
    checkRows({
        {"insurance deployer", insurance, kDeployer, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26", "AIA-27"}, {"AIA-16"}},
        {"insurance provider", insurance, kProvider, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-16", "AIA-26", "AIA-27"}, {}},
        {"insurance distributor", insurance, kDistributor, Tier::High, "AIA-6-2", {"AIA-6-2"}, {"AIA-16"}},
        {"education deployer: no FRIA modelled", [](Screening& s) { s.annex_iii = AnnexIII::Education; }, kDeployer,
         Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26"}, {"AIA-16"}},
    });
}

TEST_CASE("AIA-6-4: 2026.12 documenting the Art. 6(3) assessment is the provider's duty", "[rules][tier12][AIA-6-4]") {
    auto exempt = [](Screening& s) {
        s.annex_iii = AnnexIII::Employment;
        s.narrow_procedural_task = true;
    };
    checkRows({
        {"deployer checks it", exempt, kDeployer, Tier::Minimal, "", {}, {"AIA-6-4"}},
        {"provider owes it", exempt, kProvider, Tier::Minimal, "", {"AIA-6-4"}, {}},
        {"importer checks it", exempt, kImporter, Tier::Minimal, "", {}, {"AIA-6-4"}},
        {"never when it profiles", [](Screening& s) {
             s.annex_iii = AnnexIII::Employment;
             s.narrow_procedural_task = s.profiling = true;
         },
         kDeployer, Tier::High, "AIA-6-2", {"AIA-6-2", "AIA-26"}, {"AIA-16"}},
    });
}

TEST_CASE("AIA-50-1: 2026.12 telling people they deal with AI is the provider's duty", "[rules][tier12][AIA-50-1]") {
    auto chatbot = [](Screening& s) { s.interacts_with_people = true; };
    checkRows({
        {"deployer", chatbot, kDeployer, Tier::Limited, "AIA-50", {}, {"AIA-50-1"}},
        {"provider", chatbot, kProvider, Tier::Limited, "AIA-50", {"AIA-50-1"}, {}},
        {"importer", chatbot, kImporter, Tier::Limited, "AIA-50", {}, {"AIA-50-1"}},
        {"distributor", chatbot, kDistributor, Tier::Limited, "AIA-50", {}, {"AIA-50-1"}},
    });
}

TEST_CASE("AIA-50-2: 2026.12 marking generated content is the provider's duty", "[rules][tier12][AIA-50-2]") {
    auto writer = [](Screening& s) { s.generates_content = true; };
    checkRows({
        {"product texts from a vendor's generator: no labelling duty of your own", writer, kDeployer, Tier::Limited,
         "AIA-50", {}, {"AIA-50-2"}},
        {"own generator", writer, kProvider, Tier::Limited, "AIA-50", {"AIA-50-2"}, {}},
        {"chatbot that writes, deployer", chatbotWriter, kDeployer, Tier::Limited, "AIA-50", {}, {"AIA-50-1", "AIA-50-2"}},
        {"chatbot that writes, importer", chatbotWriter, kImporter, Tier::Limited, "AIA-50", {}, {"AIA-50-1", "AIA-50-2"}},
    });
    const RuleInfo* r = ruleInfo("AIA-50-2", k12);
    CHECK(r->applies_from == "2026-08-02");
    CHECK_THAT(std::string(r->fix_en), Catch::Matchers::ContainsSubstring("until 2 Dec 2026"));
    CHECK_THAT(std::string(r->fix_nl), Catch::Matchers::ContainsSubstring("tot 2 december 2026"));
}

TEST_CASE("AIA-50-3: 2026.12 informing people exposed is the deployer's duty", "[rules][tier12][AIA-50-3]") {
    auto cat = [](Screening& s) { s.biometric_categorisation = true; };
    checkRows({
        {"deployer", cat, kDeployer, Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-26", "AIA-50-3"}, {"AIA-16"}},
        {"provider", cat, kProvider, Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1", "AIA-16", "AIA-26", "AIA-50-3"},
         {}},
        {"importer: not its duty", cat, kImporter, Tier::High, "AIA-ANNEX-III-1", {"AIA-ANNEX-III-1"}, {"AIA-16"}},
    });
}

TEST_CASE("AIA-50-4: 2026.12 deepfakes, and public-interest text without editorial control", "[rules][tier12][AIA-50-4]") {
    checkRows({
        {"deepfake", [](Screening& s) { s.deepfake = true; }, kDeployer, Tier::Limited, "AIA-50", {"AIA-50-4"}, {}},
        {"deepfake, even with editorial control (images are not text)",
         [](Screening& s) { s.deepfake = s.editorial_control = true; }, kDeployer, Tier::Limited, "AIA-50",
         {"AIA-50-4"}, {}},
        {"public-interest text without an editor", [](Screening& s) { s.public_interest_text = true; }, kDeployer,
         Tier::Limited, "AIA-50", {"AIA-50-4"}, {}},
        {"public-interest text an editor answers for",
         [](Screening& s) { s.public_interest_text = s.editorial_control = true; }, kDeployer, Tier::Limited, "AIA-50",
         {}, {}},
        {"provider publishing its own deepfakes", [](Screening& s) { s.deepfake = s.generates_content = true; },
         kProvider, Tier::Limited, "AIA-50", {"AIA-50-2", "AIA-50-4"}, {}},
        {"distributor: not its duty", [](Screening& s) { s.deepfake = true; }, kDistributor, Tier::Limited, "AIA-50", {},
         {}},
    });
    // 2026.11 knows no editorial control.
    Activity a = withScreening([](Screening& s) { s.public_interest_text = s.editorial_control = true; });
    CHECK(obligationsOf(a, k11) == Ids{"AIA-50-4"});
}

TEST_CASE("2026.12: obligations and provider duties are in table order, disjoint and known", "[rules][tier12]") {
    std::mt19937 rng(1212);
    for (int n = 0; n < 3000; ++n) {
        Activity a = randomActivity12(rng);
        Assessment as = assess(a, k12);
        for (const Ids* list : {&as.obligations, &as.provider_duties}) {
            int last = -1;
            for (const std::string& id : *list) {
                CAPTURE(id);
                const RuleInfo* r = ruleInfo(id, k12);
                REQUIRE(r != nullptr);
                CHECK(r->kind == RuleKind::Obligation);
                CHECK(tablePosition(id, k12) > last);
                last = tablePosition(id, k12);
            }
        }
        for (const std::string& id : as.provider_duties)
            CHECK(std::find(as.obligations.begin(), as.obligations.end(), id) == as.obligations.end());
        if (a.ai_act_role == AiActRole::Provider || as.tier == Tier::Prohibited) CHECK(as.provider_duties.empty());
        if (as.tier == Tier::Prohibited)
            for (const std::string& id : as.obligations) CHECK(id.rfind("AIA-5-1-", 0) == 0);
        if (!a.screening) CHECK((as.obligations.empty() && as.provider_duties.empty()));
        // The tier never depends on the role, nor on the new facts other than intimate_imagery.
        Activity b = a;
        b.ai_act_role = AiActRole::Distributor;
        CHECK(tierOf(b, k12) == as.tier);
        if (a.screening && !a.screening->intimate_imagery) CHECK(as.tier == tierOf(a, k11));
    }
}

TEST_CASE("2026.12 tierReason: the role it was judged for and who owes the Art. 50 duties", "[rules][tier12]") {
    using Catch::Matchers::ContainsSubstring;
    // A deployer of a vendor's text generator: the provider marks, you disclose only ... .
    Activity gen = withScreening([](Screening& s) { s.generates_content = true; });
    const std::string en = tierReason(gen, Lang::En, k12);
    CHECK_THAT(en, ContainsSubstring("Limited risk: it generates content (AI Act Art. 50)"));
    CHECK_THAT(en, ContainsSubstring("The provider marks its output as AI-generated, except for assistive editing (Art. 50(2))"));
    CHECK_THAT(en, ContainsSubstring("You disclose only deepfakes and public-interest text without editorial control"));
    CHECK_THAT(en, ContainsSubstring("deployer (the user; also when no role is recorded)"));
    CHECK(en.find("people must be told about the AI") == std::string::npos);
    const std::string nl = tierReason(gen, Lang::Nl, k12);
    CHECK_THAT(nl, ContainsSubstring("De aanbieder markeert de output"));
    CHECK_THAT(nl, ContainsSubstring("gebruiksverantwoordelijke"));
    CHECK(nl.find("AI Act") == std::string::npos);
    // The 2026.11 sentence is unchanged.
    CHECK(tierReason(gen, Lang::En, k11) == "Limited risk: it generates content, so people must be told about the AI (AI Act Art. 50)");
    // A provider of a chatbot.
    Activity bot = withScreening([](Screening& s) { s.interacts_with_people = true; }, kProvider);
    CHECK_THAT(tierReason(bot, Lang::En, k12), ContainsSubstring("As its provider you make it tell people"));
    CHECK_THAT(tierReason(bot, Lang::En, k12), ContainsSubstring("Judged for you as its provider"));
    // A deployer of deepfakes discloses them.
    Activity fake = withScreening([](Screening& s) { s.deepfake = s.generates_content = true; });
    CHECK_THAT(tierReason(fake, Lang::En, k12), ContainsSubstring("You must disclose the deepfakes as AI-made (Art. 50(4))"));
    // An importer is told it checks the provider.
    Activity imp = withScreening(credit, kImporter);
    CHECK_THAT(tierReason(imp, Lang::En, k12), ContainsSubstring("High risk: creditworthiness scoring is an Annex III 5(b) area"));
    CHECK_THAT(tierReason(imp, Lang::En, k12), ContainsSubstring("importer: you check that the provider has met its duties (AI Act Art. 23)"));
    // The new ban, and the other bans say nothing about the role.
    Activity ba = withScreening([](Screening& s) { s.intimate_imagery = true; });
    CHECK(tierReason(ba, Lang::En, k12).rfind("Prohibited from 2 Dec 2026:", 0) == 0);
    CHECK_THAT(tierReason(ba, Lang::Nl, k12), ContainsSubstring("(art. 5 lid 1 onder ba AI-verordening)"));
    Activity a5 = withScreening([](Screening& s) { s.social_scoring = true; });
    CHECK(tierReason(a5, Lang::En, k12) == tierReason(a5, Lang::En, k11));
    // Unassessed.
    Activity none = cleanActivity();
    none.screening.reset();
    CHECK(tierReason(none, Lang::En, k12) == tierReason(none, Lang::En, k11));
    // Every reason is one text without placeholders, in both languages.
    std::mt19937 rng(7);
    for (int n = 0; n < 500; ++n) {
        Activity r = randomActivity12(rng);
        for (Lang l : {Lang::En, Lang::Nl}) {
            const std::string t = tierReason(r, l, k12);
            CHECK_FALSE(t.empty());
            CHECK(t.find('{') == std::string::npos);
            CHECK(t.find("..") == std::string::npos);
        }
    }
}
