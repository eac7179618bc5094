// DPIA screen (GDPR Art. 35, EDPB/WP248 criteria C1..C9; DOMAIN.md 3): each criterion alone
// (recommended), all 36 pairs (required), alternative triggers, no screening object.
#include <catch_amalgamated.hpp>

#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;

namespace {

// Makes criterion `c` (1..9) hold on `a` through its main trigger.
void setCriterion(Activity& a, int c) {
    Screening& s = *a.screening;
    switch (c) {
        case 1: s.evaluation_scoring = true; break;
        case 2: s.automated_decision = true; break;
        case 3: s.systematic_monitoring = true; break;
        case 4: a.data_categories.push_back(DataCategory::Health); break;
        case 5: s.large_scale = true; break;
        case 6: s.combines_datasets = true; break;
        case 7: s.vulnerable_subjects = true; break;
        case 8: s.innovative_technology = true; break;
        case 9: s.blocks_service = true; break;
        default: FAIL("no criterion " << c);
    }
}

}  // namespace

TEST_CASE("DPIA: no criterion -> not required", "[rules][dpia]") {
    std::vector<int> c{99};
    CHECK(dpiaOf(cleanActivity(), k11, &c) == DpiaVerdict::NotRequired);
    CHECK(c.empty());
    CHECK(dpiaOf(cleanActivity(), k11) == DpiaVerdict::NotRequired);  // the pointer is optional
}

TEST_CASE("DPIA: each criterion alone -> recommended", "[rules][dpia]") {
    for (int k = 1; k <= 9; ++k) {
        CAPTURE(k);
        Activity a = cleanActivity();
        setCriterion(a, k);
        std::vector<int> c;
        CHECK(dpiaOf(a, k11, &c) == DpiaVerdict::Recommended);
        CHECK(c == std::vector<int>{k});
        Assessment as = assess(a, k11);
        CHECK(as.dpia == DpiaVerdict::Recommended);
        CHECK(as.dpia_criteria == std::vector<int>{k});
        CHECK_FALSE(hasFinding(a, "GDPR-35", k11));
    }
}

TEST_CASE("DPIA: all 36 pairs of criteria -> required", "[rules][dpia][GDPR-35]") {
    int pairs = 0;
    for (int i = 1; i <= 9; ++i) {
        for (int j = i + 1; j <= 9; ++j) {
            CAPTURE(i, j);
            Activity a = cleanActivity();
            setCriterion(a, i);
            setCriterion(a, j);
            std::vector<int> c;
            CHECK(dpiaOf(a, k11, &c) == DpiaVerdict::Required);
            CHECK(c == std::vector<int>{i, j});
            CHECK(hasFinding(a, "GDPR-35", k11));
            ++pairs;
        }
    }
    CHECK(pairs == 36);
}

TEST_CASE("DPIA: all nine criteria", "[rules][dpia]") {
    Activity a = cleanActivity();
    for (int k = 1; k <= 9; ++k) setCriterion(a, k);
    std::vector<int> c;
    CHECK(dpiaOf(a, k11, &c) == DpiaVerdict::Required);
    CHECK(c == std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9});
}

TEST_CASE("DPIA C1: evaluation/scoring or profiling", "[rules][dpia]") {
    Activity a = cleanActivity();
    a.screening->profiling = true;
    std::vector<int> c;
    dpiaOf(a, k11, &c);
    CHECK(c == std::vector<int>{1});
    a.screening->evaluation_scoring = true;  // still one criterion
    CHECK(dpiaOf(a, k11, &c) == DpiaVerdict::Recommended);
    CHECK(c == std::vector<int>{1});
}

TEST_CASE("DPIA C4: sensitive data = Art. 9, criminal, financial, location, communications",
          "[rules][dpia]") {
    for (DataCategory cat : allOf<DataCategory>()) {
        CAPTURE(keyOf(cat));
        Activity a = cleanActivity();
        a.data_categories = {cat};
        std::vector<int> c;
        dpiaOf(a, k11, &c);
        CHECK(c == (isSensitive(cat) ? std::vector<int>{4} : std::vector<int>{}));
    }
    Activity a = cleanActivity();
    a.data_categories = {DataCategory::Location, DataCategory::Financial};  // two categories, one criterion
    CHECK(dpiaOf(a, k11) == DpiaVerdict::Recommended);
}

TEST_CASE("DPIA C7: vulnerable subjects or children, employees, job applicants", "[rules][dpia]") {
    for (DataSubject subj : allOf<DataSubject>()) {
        CAPTURE(keyOf(subj));
        Activity a = cleanActivity();
        a.data_subjects = {subj};
        const bool vulnerable = subj == DataSubject::Children || subj == DataSubject::Employees ||
                                subj == DataSubject::JobApplicants;
        std::vector<int> c;
        dpiaOf(a, k11, &c);
        CHECK(c == (vulnerable ? std::vector<int>{7} : std::vector<int>{}));
    }
}

TEST_CASE("DPIA without a screening object counts what is known (C4, C7)", "[rules][dpia]") {
    Activity a = cleanActivity();
    a.screening.reset();
    std::vector<int> c;
    CHECK(dpiaOf(a, k11, &c) == DpiaVerdict::NotRequired);

    a.data_categories.push_back(DataCategory::Biometric);
    CHECK(dpiaOf(a, k11, &c) == DpiaVerdict::Recommended);
    CHECK(c == std::vector<int>{4});

    a.data_subjects.push_back(DataSubject::JobApplicants);
    CHECK(dpiaOf(a, k11, &c) == DpiaVerdict::Required);
    CHECK(c == std::vector<int>{4, 7});
    Assessment as = assess(a, k11);
    CHECK(as.tier == Tier::Unassessed);
    CHECK(as.dpia == DpiaVerdict::Required);
    CHECK(ruleIds(findingsWith(as.findings, "GDPR-35")) == std::vector<std::string>{"GDPR-35"});
}

TEST_CASE("dpiaCriterionText: C1..C9 in both languages", "[rules][dpia]") {
    for (int k = 1; k <= 9; ++k) {
        CAPTURE(k);
        CHECK_FALSE(dpiaCriterionText(k, Lang::En, k11).empty());
        CHECK_FALSE(dpiaCriterionText(k, Lang::Nl, k11).empty());
        CHECK(dpiaCriterionText(k, Lang::En, k11) != dpiaCriterionText(k, Lang::Nl, k11));
    }
    CHECK(dpiaCriterionText(0, Lang::En, k11).empty());
    CHECK(dpiaCriterionText(10, Lang::Nl, k11).empty());
    CHECK(dpiaCriterionText(-1, Lang::En, k11).empty());
}
