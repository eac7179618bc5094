// A rule's heading (lists, charts, the change list) has no slot left that only a finding fills:
// the dashboard once showed "GDPR-35 A DPIA is mandatory ({basis}) but not done".
#include <catch_amalgamated.hpp>

#include <string>

#include "rules/rules.hpp"

using namespace air;

TEST_CASE("every rule heading of every rule set reads without an unfilled slot", "[rules]") {
    int checked = 0;
    for (rules::RuleSet rs : {rules::RuleSet::R2026_11, rules::RuleSet::R2026_12})
        for (const rules::RuleInfo& r : rules::allRules(rs))
            for (Lang lang : {Lang::En, Lang::Nl}) {
                const std::string h = r.heading(lang);
                INFO(r.id << ": " << h);
                CHECK(h.find('{') == std::string::npos);
                CHECK(h.find("()") == std::string::npos);
                CHECK_FALSE(h.empty());
                ++checked;
            }
    CHECK(checked > 100);
    const rules::RuleInfo* dpia = rules::ruleInfo("GDPR-35", rules::RuleSet::R2026_12);
    REQUIRE(dpia != nullptr);
    CHECK(dpia->heading(Lang::En) == "A DPIA is mandatory but not done");
    CHECK(dpia->heading(Lang::Nl) == "Een DPIA is verplicht maar niet uitgevoerd");
}
