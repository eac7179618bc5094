// The rule table as data: ids unique and exactly those of DOMAIN.md 3, texts in both
// languages, application dates, the act's dates, dates arithmetic; every rule id names a test.
#include <catch_amalgamated.hpp>

#include <set>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;

namespace {

// DOMAIN.md 3, in table order.
const std::vector<std::string> kObligationIds = {
    "AIA-5-1-a", "AIA-5-1-b", "AIA-5-1-c", "AIA-5-1-f", "AIA-5-1-g", "AIA-6-2", "AIA-ANNEX-III-1",
    "AIA-26", "AIA-27", "AIA-6-4", "AIA-50-1", "AIA-50-2", "AIA-50-3", "AIA-50-4"};
const std::vector<std::string> kFindingIds = {
    "GDPR-5-1-b", "GDPR-5-1-c", "GDPR-5-1-e", "GDPR-6", "GDPR-6-1-f", "GDPR-6-1-e", "GDPR-9",
    "GDPR-13", "GDPR-21", "GDPR-22", "GDPR-28", "GDPR-44", "GDPR-REUSE", "GDPR-35", "AIA-5",
    "AIA-UNASSESSED", "ETH-HUMAN", "ETH-BIAS", "ETH-COPYRIGHT", "VENDOR-CERT"};

std::vector<std::string> idsOfKind(RuleKind kind) {
    std::vector<std::string> out;
    for (const RuleInfo& r : allRules(k11))
        if (r.kind == kind) out.emplace_back(r.id);
    return out;
}

}  // namespace

TEST_CASE("rule table: unique ids, exactly the ids of DOMAIN.md 3, in table order", "[rules][table]") {
    std::set<std::string_view> ids;
    for (const RuleInfo& r : allRules(k11)) CHECK(ids.insert(r.id).second);
    CHECK(idsOfKind(RuleKind::Obligation) == kObligationIds);
    CHECK(idsOfKind(RuleKind::Finding) == kFindingIds);
    CHECK(idsOfKind(RuleKind::TierOnly) == std::vector<std::string>{"AIA-50"});
    CHECK(ruleSetKey(k11) == "2026.11");
}

TEST_CASE("rule table: every RuleInfo has non-empty NL and EN texts", "[rules][table]") {
    for (const RuleInfo& r : allRules(k11)) {
        CAPTURE(r.id);
        CHECK_FALSE(r.article.empty());
        CHECK_FALSE(r.article_nl.empty());
        CHECK_FALSE(r.title_en.empty());
        CHECK_FALSE(r.title_nl.empty());
        CHECK_FALSE(r.fix_en.empty());
        CHECK_FALSE(r.fix_nl.empty());
        CHECK(r.title_en != r.title_nl);
        CHECK(r.fix_en != r.fix_nl);
        for (Lang lang : {Lang::En, Lang::Nl}) {
            CHECK(r.title(lang).find('{') == std::string::npos);
            CHECK(r.fix(lang).find('{') == std::string::npos);
            CHECK_FALSE(r.articleText(lang).empty());
        }
        // Processor findings name the processor; the others have no placeholder.
        const bool perProcessor = r.id == "GDPR-28" || r.id == "GDPR-44" || r.id == "GDPR-REUSE" ||
                                  r.id == "VENDOR-CERT";
        CHECK((r.fix_en.find("{processor}") != std::string_view::npos) == perProcessor);
        CHECK((r.fix_nl.find("{processor}") != std::string_view::npos) == perProcessor);
        CHECK((r.title_en.find("{processor}") != std::string_view::npos) == perProcessor);
        CHECK((r.title_nl.find("{processor}") != std::string_view::npos) == perProcessor);
    }
    const RuleInfo* dpa = ruleInfo("GDPR-28", k11);
    REQUIRE(dpa != nullptr);
    CHECK(dpa->fix(Lang::En, "Acme") == "Sign a processing agreement with Acme");
    CHECK(dpa->fix(Lang::En) == "Sign a processing agreement with the processor");
    CHECK(dpa->fix(Lang::Nl) == "Sluit een verwerkersovereenkomst met de verwerker");
    CHECK(dpa->articleText(Lang::En) == "GDPR Art. 28");
    CHECK(dpa->articleText(Lang::Nl) == "art. 28 AVG");
}

TEST_CASE("rule table: severities of DOMAIN.md 3", "[rules][table]") {
    const std::set<std::string> blockers = {"GDPR-5-1-b", "GDPR-6", "GDPR-9", "GDPR-21", "GDPR-22",
                                            "GDPR-28", "GDPR-44", "GDPR-35", "AIA-5"};
    for (const std::string& id : kFindingIds) {
        CAPTURE(id);
        const RuleInfo* r = ruleInfo(id, k11);
        REQUIRE(r != nullptr);
        Severity expected = blockers.count(id) ? Severity::Blocker
                            : id == "VENDOR-CERT" ? Severity::Info
                                                  : Severity::Warning;
        CHECK(r->severity == expected);
    }
}

TEST_CASE("rule table: AI Act duties carry their application date", "[rules][table]") {
    for (const RuleInfo& r : allRules(k11)) {
        CAPTURE(r.id);
        std::string id(r.id);
        std::string expected;
        if (id.rfind("AIA-5-1-", 0) == 0 || id == "AIA-5") expected = "2025-02-02";
        else if (id.rfind("AIA-50", 0) == 0) expected = "2026-08-02";
        else if (id == "AIA-6-2" || id == "AIA-ANNEX-III-1" || id == "AIA-26" || id == "AIA-27" ||
                 id == "AIA-6-4")
            expected = "2027-12-02";
        CHECK(r.applies_from == expected);
        if (!r.applies_from.empty()) CHECK(isIsoDate(r.applies_from));
    }
    // The Omnibus grace period for Art. 50(2) is in the text.
    CHECK_THAT(std::string(ruleInfo("AIA-50-2", k11)->fix_en), Catch::Matchers::ContainsSubstring("2 Dec 2026"));
    CHECK_THAT(std::string(ruleInfo("AIA-50-2", k11)->fix_nl), Catch::Matchers::ContainsSubstring("2 december 2026"));
}

TEST_CASE("rule table: unknown id", "[rules][table]") {
    CHECK(ruleInfo("GDPR-99", k11) == nullptr);
    CHECK(ruleInfo("", k11) == nullptr);
    REQUIRE(ruleInfo("AIA-50-1", k11) != nullptr);
    CHECK(ruleInfo("AIA-50-1", k11)->article == "AI Act Art. 50(1)");
}

TEST_CASE("every id used by the logic has a RuleInfo", "[rules][table]") {
    std::set<std::string> used;
    std::mt19937 rng(2026);
    for (int i = 0; i < 5000; ++i) {
        Assessment as = assess(randomActivity(rng), k11);
        if (!as.tier_rule.empty()) used.insert(as.tier_rule);
        for (const auto& o : as.obligations) used.insert(o);
        for (const auto& f : as.findings) used.insert(f.rule);
    }
    for (const std::string& id : used) {
        CAPTURE(id);
        CHECK(ruleInfo(id, k11) != nullptr);
    }
    // ...and every RuleInfo is used by the logic.
    for (const RuleInfo& r : allRules(k11)) {
        CAPTURE(r.id);
        CHECK(used.count(std::string(r.id)) == 1);
    }
}

TEST_CASE("every rule id names a test case", "[rules][table]") {
    std::set<std::string> names;
    for (const auto& t : Catch::getRegistryHub().getTestCaseRegistry().getAllTests())
        names.insert(t.getTestCaseInfo().name);
    for (const RuleInfo& r : allRules(k11)) {
        bool named = false;
        for (const std::string& n : names)
            if (n.rfind(std::string(r.id) + ":", 0) == 0) named = true;
        CAPTURE(r.id);
        CHECK(named);
    }
}

TEST_CASE("actDates: the application dates of the AI Act", "[rules][table]") {
    const auto& d = actDates(k11);
    std::vector<std::string> dates;
    for (const ActDate& x : d) {
        CAPTURE(x.date);
        CHECK(isIsoDate(x.date));
        CHECK_FALSE(x.what(Lang::En).empty());
        CHECK_FALSE(x.what(Lang::Nl).empty());
        CHECK(x.what_en != x.what_nl);
        dates.emplace_back(x.date);
    }
    CHECK(dates == std::vector<std::string>{"2025-02-02", "2025-08-02", "2026-08-02", "2026-12-02",
                                            "2027-12-02", "2028-08-02"});
}

TEST_CASE("daysUntil: calendar arithmetic without time zones", "[rules][dates]") {
    CHECK(daysUntil("2026-11-25", "2026-11-25") == 0);
    CHECK(daysUntil("2026-11-25", "2026-12-02") == 7);
    CHECK(daysUntil("2026-11-25", "2027-12-02") == 372);
    CHECK(daysUntil("2027-12-02", "2026-11-25") == -372);
    CHECK(daysUntil("2028-02-28", "2028-03-01") == 2);  // leap year
    CHECK(daysUntil("2027-02-28", "2027-03-01") == 1);
    CHECK(daysUntil("2099-12-31", "2100-03-01") == 60);  // 2100 is not a leap year
    CHECK(daysUntil("1999-12-31", "2000-03-01") == 61);  // 2000 is
    CHECK(daysUntil("2026-11-25T09:00:00Z", "2026-11-26") == 1);  // RFC 3339: the date part
    CHECK(daysUntil("2026-02-30", "2026-03-01") == 0);  // invalid -> 0
    CHECK(daysUntil("", "2026-03-01") == 0);
    CHECK(daysUntil("2026-3-1", "2026-03-01") == 0);

    CHECK(isIsoDate("2028-02-29"));
    CHECK_FALSE(isIsoDate("2026-02-29"));
    CHECK_FALSE(isIsoDate("2026-13-01"));
    CHECK_FALSE(isIsoDate("2026-00-10"));
    CHECK_FALSE(isIsoDate("2026-01-32"));
    CHECK_FALSE(isIsoDate("2026-01-01T00:00:00Z"));
    CHECK_FALSE(isIsoDate("abcd-ef-gh"));
}

TEST_CASE("annex area texts", "[rules][table]") {
    CHECK(annexAreaText(AnnexIII::None, Lang::En).empty());
    CHECK(annexPointText(AnnexIII::Creditworthiness, Lang::En) == "5(b)");
    CHECK(annexPointText(AnnexIII::Creditworthiness, Lang::Nl) == "5, onder b");
    for (AnnexIII a : allOf<AnnexIII>()) {
        if (a == AnnexIII::None) continue;
        CAPTURE(keyOf(a));
        CHECK_FALSE(annexAreaText(a, Lang::En).empty());
        CHECK_FALSE(annexAreaText(a, Lang::Nl).empty());
        CHECK_FALSE(annexPointText(a, Lang::En).empty());
    }
}
