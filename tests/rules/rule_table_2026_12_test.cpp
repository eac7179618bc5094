// The rule table of 2026.12 as data: exactly the ids of DOMAIN.md 3 as changed by 3a, in table
// order; texts in both languages following 3a's Dutch rules; application dates; what changed;
// every id used by the logic and named by a test. The rule sets side by side.
#include <catch_amalgamated.hpp>

#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;

namespace {

using Ids = std::vector<std::string>;

const Ids kObligationIds = {"AIA-5-1-ba", "AIA-5-1-a", "AIA-5-1-b", "AIA-5-1-c", "AIA-5-1-f", "AIA-5-1-g",
                            "AIA-6-2", "AIA-ANNEX-III-1", "AIA-16", "AIA-26", "AIA-27", "AIA-6-4",
                            "AIA-50-1", "AIA-50-2", "AIA-50-3", "AIA-50-4"};
const Ids kFindingIds = {"GDPR-PD", "GDPR-NONE", "GDPR-5-1-b", "GDPR-5-1-c", "GDPR-5-1-e", "GDPR-6",
                         "GDPR-6-1-f", "GDPR-6-1-e", "GDPR-8", "GDPR-9", "GDPR-10", "GDPR-13", "GDPR-21",
                         "GDPR-21-1", "GDPR-22", "GDPR-22-2", "GDPR-22-4", "GDPR-26", "GDPR-28", "GDPR-32",
                         "GDPR-44", "GDPR-REUSE", "GDPR-35", "TW-11-7A", "TW-11-7", "CONS-PRICE", "TTPA-18",
                         "AIA-5", "AIA-UNASSESSED", "AIA-25", "ETH-HUMAN", "ETH-BIAS", "ETH-CHILDREN",
                         "ETH-COPYRIGHT", "VENDOR-CERT", "GDPR-30"};
const Ids kBasisIds = {"WP248-C1", "WP248-C2", "WP248-C3", "WP248-C4", "WP248-C5", "WP248-C6", "WP248-C7",
                       "WP248-C8", "WP248-C9", "GDPR-35-3-a", "GDPR-35-3-b", "GDPR-35-3-c", "AP-4", "AP-5",
                       "AP-7", "AP-9", "AP-11", "AP-12", "AP-13", "AP-15", "AP-16", "AP-17"};
// New in 2026.12, or changed in what they decide: each says what changed.
const std::set<std::string> kChanged = {
    "AIA-5-1-ba", "AIA-16", "AIA-26", "AIA-27", "AIA-6-4", "AIA-50-1", "AIA-50-2", "AIA-50-3", "AIA-50-4",
    "GDPR-PD", "GDPR-NONE", "GDPR-8", "GDPR-10", "GDPR-21-1", "GDPR-22-2", "GDPR-22-4", "GDPR-26", "GDPR-28",
    "GDPR-32", "GDPR-44", "GDPR-REUSE", "GDPR-35", "TW-11-7A", "TW-11-7", "CONS-PRICE", "TTPA-18", "AIA-25",
    "ETH-CHILDREN", "VENDOR-CERT", "GDPR-30", "WP248-C7", "GDPR-35-3-a", "GDPR-35-3-b", "GDPR-35-3-c", "AP-4",
    "AP-5", "AP-7", "AP-9", "AP-11", "AP-12", "AP-13", "AP-15", "AP-16", "AP-17"};

Ids idsOfKind(RuleKind kind) {
    Ids out;
    for (const RuleInfo& r : allRules(k12))
        if (r.kind == kind) out.emplace_back(r.id);
    return out;
}

}  // namespace

TEST_CASE("rule sets: keys, parsing, the newest", "[rules][table12]") {
    CHECK(ruleSetKey(RuleSet::R2026_11) == "2026.11");
    CHECK(ruleSetKey(RuleSet::R2026_12) == "2026.12");
    CHECK(kLatestRuleSet == RuleSet::R2026_12);
    CHECK(kRulesVersion == "2026.12");
    CHECK(parseRuleSet("2026.11") == RuleSet::R2026_11);
    CHECK(parseRuleSet("2026.12") == RuleSet::R2026_12);
    for (const char* bad : {"", "2026.1", "2026.13", "2026-12", " 2026.12", "latest"}) CHECK_FALSE(parseRuleSet(bad));
    CHECK(allRuleSets().size() == 2);
    CHECK(allRuleSets()[0] == RuleSet::R2026_11);
    // The defaults are the newest rule set.
    Activity a = cleanActivity();
    CHECK(assess(a).rule_set == kLatestRuleSet);
    CHECK(&allRules() == &allRules(kLatestRuleSet));
    CHECK(assess(a, k11).rule_set == k11);
}

TEST_CASE("rule table 2026.12: unique ids, exactly those of DOMAIN.md 3a, in table order", "[rules][table12]") {
    std::set<std::string_view> ids;
    for (const RuleInfo& r : allRules(k12)) CHECK(ids.insert(r.id).second);
    CHECK(idsOfKind(RuleKind::Obligation) == kObligationIds);
    CHECK(idsOfKind(RuleKind::Finding) == kFindingIds);
    CHECK(idsOfKind(RuleKind::TierOnly) == Ids{"AIA-50"});
    CHECK(idsOfKind(RuleKind::DpiaBasis) == kBasisIds);
    // 2026.11 is unchanged and knows none of the new ids.
    for (const RuleInfo& r : allRules(k11)) {
        CAPTURE(r.id);
        CHECK(ruleInfo(r.id, k12) != nullptr);  // every 2026.11 id lives on
        CHECK(r.change_en.empty());
    }
    for (const char* id : {"AIA-5-1-ba", "AIA-16", "GDPR-PD", "GDPR-30", "AP-15", "WP248-C1"}) CHECK(ruleInfo(id, k11) == nullptr);
}

TEST_CASE("rule table 2026.12: texts in both languages, Dutch as 3a says", "[rules][table12]") {
    const std::regex informal(R"(\b(je|jij|jou|jouw|jezelf)\b)", std::regex::icase);
    for (const RuleInfo& r : allRules(k12)) {
        CAPTURE(r.id);
        for (std::string_view t : {r.article, r.article_nl, r.title_en, r.title_nl, r.fix_en, r.fix_nl})
            CHECK_FALSE(t.empty());
        CHECK(r.title_en != r.title_nl);
        CHECK(r.fix_en != r.fix_nl);
        for (std::string_view nl : {r.title_nl, r.fix_nl, r.article_nl, r.change_nl}) {
            CAPTURE(nl);
            CHECK(nl.find("AI Act") == std::string_view::npos);  // "AI-verordening"
            CHECK_FALSE(std::regex_search(std::string(nl), informal));  // the reader is "u"
            CHECK(nl.find("buiten de EU") == std::string_view::npos);   // transfers: EER
        }
        for (std::string_view en : {r.title_en, r.fix_en, r.change_en}) CHECK(en.find("outside the EU") == std::string_view::npos);
        // "verplicht" only for the Art. 35(3) and AP-list bases (and the DPIA they make mandatory).
        const std::string nlAll = std::string(r.title_nl) + " " + std::string(r.fix_nl) + " " + std::string(r.change_nl);
        if (nlAll.find("DPIA") != std::string::npos && nlAll.find("verplicht") != std::string::npos)
            CHECK((r.id == "GDPR-35" || r.id.rfind("AP-", 0) == 0 || r.id.rfind("GDPR-35-3-", 0) == 0));
        // Vendor findings name the vendor; the others have no vendor placeholder.
        const bool perVendor = r.id == "GDPR-26" || r.id == "GDPR-28" || r.id == "GDPR-44" || r.id == "GDPR-REUSE" ||
                               r.id == "VENDOR-CERT";
        CHECK((r.title_en.find("{processor}") != std::string_view::npos) == perVendor);
        CHECK((r.title_nl.find("{processor}") != std::string_view::npos) == perVendor);
        CHECK((r.title_en.find("{basis}") != std::string_view::npos) == (r.id == "GDPR-35"));
        // What changed: for every new or changed id, in both languages.
        CHECK(r.change_en.empty() == r.change_nl.empty());
        CHECK(!r.change_en.empty() == (kChanged.count(std::string(r.id)) == 1));
    }
    // The human-review flag and the DPIA wording of 3a.
    CHECK_THAT(std::string(ruleInfo("GDPR-22", k12)->title_nl),
               Catch::Matchers::ContainsSubstring("menselijke herbeoordeling op verzoek"));
    CHECK(ruleInfo("GDPR-22", k12)->article_nl == "art. 22 lid 3 AVG");
}

TEST_CASE("rule table 2026.12: severities", "[rules][table12]") {
    const std::set<std::string> blockers = {"GDPR-5-1-b", "GDPR-6", "GDPR-9", "GDPR-21", "GDPR-22", "GDPR-22-2",
                                            "GDPR-22-4", "GDPR-26", "GDPR-28", "GDPR-44", "GDPR-REUSE", "GDPR-35",
                                            "TTPA-18", "AIA-5"};
    const std::set<std::string> infos = {"GDPR-NONE", "AIA-25", "VENDOR-CERT"};
    for (const std::string& id : kFindingIds) {
        CAPTURE(id);
        const RuleInfo* r = ruleInfo(id, k12);
        REQUIRE(r != nullptr);
        CHECK(r->severity == (blockers.count(id) ? Severity::Blocker : infos.count(id) ? Severity::Info : Severity::Warning));
    }
}

TEST_CASE("rule table 2026.12: AI Act duties carry their application date", "[rules][table12]") {
    for (const RuleInfo& r : allRules(k12)) {
        CAPTURE(r.id);
        const std::string id(r.id);
        std::string expected;
        if (id == "AIA-5-1-ba") expected = "2026-12-02";
        else if (id.rfind("AIA-5-1-", 0) == 0 || id == "AIA-5") expected = "2025-02-02";
        else if (id.rfind("AIA-50", 0) == 0) expected = "2026-08-02";
        else if (id == "AIA-6-2" || id == "AIA-ANNEX-III-1" || id == "AIA-16" || id == "AIA-26" || id == "AIA-27" ||
                 id == "AIA-6-4" || id == "AIA-25")
            expected = "2027-12-02";
        CHECK(r.applies_from == expected);
    }
    std::vector<std::string> dates;
    for (const ActDate& d : actDates(k12)) dates.emplace_back(d.date);
    CHECK(dates == std::vector<std::string>{"2025-02-02", "2025-08-02", "2026-08-02", "2026-12-02", "2027-12-02",
                                            "2028-08-02"});
    CHECK_THAT(std::string(actDates(k12)[3].what_en), Catch::Matchers::ContainsSubstring("Art. 5(1)(ba)"));
    CHECK(std::string(actDates(k11)[3].what_en).find("5(1)(ba)") == std::string::npos);
    CHECK(&actDates() == &actDates(k12));
}

TEST_CASE("rule table 2026.12: every id used by the logic has a RuleInfo, and every RuleInfo is used", "[rules][table12]") {
    std::set<std::string> used;
    std::mt19937 rng(2612);
    for (int i = 0; i < 6000; ++i) {
        Assessment as = assess(randomActivity12(rng), k12);
        if (!as.tier_rule.empty()) used.insert(as.tier_rule);
        for (const auto* list : {&as.obligations, &as.provider_duties, &as.dpia_basis})
            for (const auto& id : *list) used.insert(id);
        for (const auto& f : as.findings) used.insert(f.rule);
    }
    Register reg;
    reg.activities = {cleanActivity()};
    for (const auto& f : registerFindings(reg, k12)) used.insert(f.rule);
    for (const std::string& id : used) {
        CAPTURE(id);
        CHECK(ruleInfo(id, k12) != nullptr);
    }
    for (const RuleInfo& r : allRules(k12)) {
        CAPTURE(r.id);
        CHECK(used.count(std::string(r.id)) == 1);
    }
}

TEST_CASE("rule table 2026.12: every rule id names a test case", "[rules][table12]") {
    std::set<std::string> names;
    for (const auto& t : Catch::getRegistryHub().getTestCaseRegistry().getAllTests())
        names.insert(t.getTestCaseInfo().name);
    for (const RuleInfo& r : allRules(k12)) {
        bool named = false;
        for (const std::string& n : names)
            if (n.rfind(std::string(r.id) + ":", 0) == 0) named = true;
        CAPTURE(r.id);
        CHECK(named);
    }
}
