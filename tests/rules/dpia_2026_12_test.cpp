// The DPIA screen of rule set 2026.12 (DOMAIN.md 3a): the narrowed C7, the basis in its order
// (WP248 criteria, Art. 35(3) GDPR, the Dutch DPA list), the verdict, GDPR-35 in its four
// situations, and the reader's text ("DPIA verplicht (AP-lijst: Profilering)"). One test case
// per basis id.
#include <catch_amalgamated.hpp>

#include <functional>
#include <random>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;
using Catch::Matchers::ContainsSubstring;

namespace {

using Ids = std::vector<std::string>;

// An activity with no DPIA criterion at all: no sensitive data, customers only.
Activity plain() {
    Activity a = cleanActivity();
    a.security_measures = "Encryption";
    a.data_categories = {DataCategory::Contact};
    return a;
}

struct Row {
    const char* what;
    std::function<void(Activity&)> change;  // applied to plain()
    Ids basis;                              // the whole dpia_basis expected
    DpiaVerdict verdict;
};

void checkRows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        DYNAMIC_SECTION(r.what) {
            Activity a = plain();
            r.change(a);
            Assessment as = assess(a, k12);
            CHECK(as.dpia_basis == r.basis);
            CHECK(as.dpia == r.verdict);
            std::vector<int> c;
            CHECK(dpiaOf(a, k12, &c) == r.verdict);
            CHECK(c == as.dpia_criteria);
        }
    }
}

const DpiaVerdict kReq = DpiaVerdict::Required;
const DpiaVerdict kRec = DpiaVerdict::Recommended;
const DpiaVerdict kNot = DpiaVerdict::NotRequired;

void ls(Activity& a) { a.screening->large_scale = true; }
void sm(Activity& a) { a.screening->systematic_monitoring = true; }

}  // namespace

TEST_CASE("WP248-C1: evaluation or scoring, including profiling", "[rules][dpia12][WP248-C1]") {
    checkRows({
        {"profiling", [](Activity& a) { a.screening->profiling = true; }, {"WP248-C1"}, kRec},
        {"scoring", [](Activity& a) { a.screening->evaluation_scoring = true; }, {"WP248-C1"}, kRec},
    });
}

TEST_CASE("WP248-C2: automated decisions", "[rules][dpia12][WP248-C2]") {
    checkRows({{"automated decision", [](Activity& a) { a.screening->automated_decision = true; }, {"WP248-C2"}, kRec}});
}

TEST_CASE("WP248-C3: systematic monitoring (and AP list no. 11 with employees)", "[rules][dpia12][WP248-C3]") {
    checkRows({{"monitoring customers", sm, {"WP248-C3"}, kRec}});
}

TEST_CASE("WP248-C4: sensitive data", "[rules][dpia12][WP248-C4]") {
    checkRows({
        {"location, small scale", [](Activity& a) { a.data_categories.push_back(DataCategory::Location); }, {"WP248-C4"}, kRec},
        {"criminal, small scale", [](Activity& a) { a.data_categories.push_back(DataCategory::Criminal); }, {"WP248-C4"}, kRec},
    });
}

TEST_CASE("WP248-C5: large scale", "[rules][dpia12][WP248-C5]") {
    checkRows({{"large scale alone", ls, {"WP248-C5"}, kRec}});
}

TEST_CASE("WP248-C6: combining datasets", "[rules][dpia12][WP248-C6]") {
    checkRows({{"combines", [](Activity& a) { a.screening->combines_datasets = true; }, {"WP248-C6"}, kRec}});
}

TEST_CASE("WP248-C7: children always; employees and applicants only when scored, profiled, monitored or decided about",
          "[rules][dpia12][WP248-C7]") {
    checkRows({
        {"children", [](Activity& a) { a.data_subjects = {DataSubject::Children}; }, {"WP248-C7"}, kRec},
        {"vulnerable subjects", [](Activity& a) { a.screening->vulnerable_subjects = true; }, {"WP248-C7"}, kRec},
        {"employees receiving a newsletter: not vulnerable", [](Activity& a) { a.data_subjects = {DataSubject::Employees}; },
         {}, kNot},
        {"job applicants seeing a job ad: not vulnerable", [](Activity& a) { a.data_subjects = {DataSubject::JobApplicants}; },
         {}, kNot},
        {"job applicants scored", [](Activity& a) {
             a.data_subjects = {DataSubject::JobApplicants};
             a.screening->evaluation_scoring = true;
         }, {"WP248-C1", "WP248-C7"}, kReq},
        {"employees decided about", [](Activity& a) {
             a.data_subjects = {DataSubject::Employees};
             a.screening->automated_decision = true;
         }, {"WP248-C2", "WP248-C7"}, kReq},
        {"employees monitored (AP list no. 11 too)", [](Activity& a) {
             a.data_subjects = {DataSubject::Employees};
             sm(a);
         }, {"WP248-C3", "WP248-C7", "AP-11"}, kReq},
    });
    // 2026.11 counts employees and applicants always.
    Activity a = plain();
    a.data_subjects = {DataSubject::Employees};
    CHECK(dpiaOf(a, k11) == kRec);
    CHECK(dpiaOf(a, k12) == kNot);
    CHECK_THAT(std::string(dpiaCriterionText(7, Lang::En, k12)), ContainsSubstring("when they are scored"));
    CHECK(dpiaCriterionText(7, Lang::En, k11) == "Vulnerable data subjects (children, employees, job applicants)");
}

TEST_CASE("WP248-C8: innovative technology", "[rules][dpia12][WP248-C8]") {
    checkRows({{"innovative", [](Activity& a) { a.screening->innovative_technology = true; }, {"WP248-C8"}, kRec}});
}

TEST_CASE("WP248-C9: blocks a service", "[rules][dpia12][WP248-C9]") {
    checkRows({
        {"blocks", [](Activity& a) { a.screening->blocks_service = true; }, {"WP248-C9"}, kRec},
        {"two criteria: required as a rule of thumb", [](Activity& a) {
             a.screening->blocks_service = a.screening->innovative_technology = true;
         }, {"WP248-C8", "WP248-C9"}, kReq},
    });
}

TEST_CASE("GDPR-35-3-a: profiling with automated decisions is a statutory DPIA case", "[rules][dpia12][GDPR-35-3-a]") {
    checkRows({
        {"profiling + decision", [](Activity& a) { a.screening->profiling = a.screening->automated_decision = true; },
         {"WP248-C1", "WP248-C2", "GDPR-35-3-a"}, kReq},
        {"scoring + decision", [](Activity& a) {
             a.screening->evaluation_scoring = a.screening->automated_decision = true;
         }, {"WP248-C1", "WP248-C2", "GDPR-35-3-a"}, kReq},
        {"decision without profiling", [](Activity& a) { a.screening->automated_decision = true; }, {"WP248-C2"}, kRec},
    });
}

TEST_CASE("GDPR-35-3-b: Art. 9 or criminal data on a large scale", "[rules][dpia12][GDPR-35-3-b]") {
    checkRows({
        {"religion on a large scale", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Religious);
             ls(a);
         }, {"WP248-C4", "WP248-C5", "GDPR-35-3-b"}, kReq},
        {"criminal on a large scale", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Criminal);
             ls(a);
         }, {"WP248-C4", "WP248-C5", "GDPR-35-3-b"}, kReq},
        {"financial on a large scale is not Art. 9 (AP list no. 5)", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Financial);
             ls(a);
         }, {"WP248-C4", "WP248-C5", "AP-5"}, kReq},
    });
}

TEST_CASE("GDPR-35-3-c: large-scale systematic monitoring of a public space", "[rules][dpia12][GDPR-35-3-c]") {
    checkRows({
        {"public space, monitored, large scale", [](Activity& a) {
             a.screening->public_space = true;
             sm(a);
             ls(a);
         }, {"WP248-C3", "WP248-C5", "GDPR-35-3-c"}, kReq},
        {"public space, monitored, small scale", [](Activity& a) {
             a.screening->public_space = true;
             sm(a);
         }, {"WP248-C3"}, kRec},
    });
}

TEST_CASE("AP-4: credit scores, large-scale or systematic", "[rules][dpia12][AP-4]") {
    checkRows({
        {"credit scoring on a large scale", [](Activity& a) {
             a.screening->annex_iii = AnnexIII::Creditworthiness;
             ls(a);
         }, {"WP248-C5", "AP-4"}, kReq},
        {"credit scoring for a few", [](Activity& a) { a.screening->annex_iii = AnnexIII::Creditworthiness; }, {}, kNot},
    });
}

TEST_CASE("AP-5: financial situation, large-scale or systematic", "[rules][dpia12][AP-5]") {
    checkRows({
        {"purchase history, monitored", [](Activity& a) {
             a.data_categories.push_back(DataCategory::PurchaseHistory);
             sm(a);
         }, {"WP248-C3", "AP-5"}, kReq},
        {"purchase history, small scale", [](Activity& a) { a.data_categories.push_back(DataCategory::PurchaseHistory); },
         {}, kNot},
    });
}

TEST_CASE("AP-7: health data, large-scale or systematic", "[rules][dpia12][AP-7]") {
    checkRows({
        {"health, large scale", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Health);
             ls(a);
         }, {"WP248-C4", "WP248-C5", "GDPR-35-3-b", "AP-7"}, kReq},
    });
}

TEST_CASE("AP-9: camera surveillance of a public space", "[rules][dpia12][AP-9]") {
    checkRows({
        {"images in a shop, monitored", [](Activity& a) {
             a.data_categories.push_back(DataCategory::ImagesVoice);
             a.screening->public_space = true;
             sm(a);
         }, {"WP248-C3", "AP-9"}, kReq},
        {"images, no public space", [](Activity& a) {
             a.data_categories.push_back(DataCategory::ImagesVoice);
             sm(a);
         }, {"WP248-C3"}, kRec},
    });
}

TEST_CASE("AP-11: employee monitoring", "[rules][dpia12][AP-11]") {
    checkRows({
        {"employees, monitored", [](Activity& a) {
             a.data_subjects = {DataSubject::Employees};
             sm(a);
         }, {"WP248-C3", "WP248-C7", "AP-11"}, kReq},
        {"employees, large scale but not monitored", [](Activity& a) {
             a.data_subjects = {DataSubject::Employees};
             ls(a);
         }, {"WP248-C5"}, kRec},
    });
}

TEST_CASE("AP-12: location data, large-scale or systematic", "[rules][dpia12][AP-12]") {
    checkRows({
        {"location, large scale", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Location);
             ls(a);
         }, {"WP248-C4", "WP248-C5", "AP-12"}, kReq},
    });
}

TEST_CASE("AP-13: communications data, large-scale or systematic", "[rules][dpia12][AP-13]") {
    checkRows({
        {"communications, monitored", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Communications);
             sm(a);
         }, {"WP248-C3", "WP248-C4", "AP-13"}, kReq},
    });
}

TEST_CASE("AP-15: profiling, large-scale or systematic", "[rules][dpia12][AP-15]") {
    checkRows({
        {"profiling on a large scale", [](Activity& a) {
             a.screening->profiling = true;
             ls(a);
         }, {"WP248-C1", "WP248-C5", "AP-15"}, kReq},
        {"scoring, monitored", [](Activity& a) {
             a.screening->evaluation_scoring = true;
             sm(a);
         }, {"WP248-C1", "WP248-C3", "AP-15"}, kReq},
    });
}

TEST_CASE("AP-16: observing and influencing behaviour, large-scale or systematic", "[rules][dpia12][AP-16]") {
    checkRows({
        {"behaviour on a large scale (advertising)", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Behavioural);
             ls(a);
         }, {"WP248-C5", "AP-16"}, kReq},
    });
}

TEST_CASE("AP-17: biometric data, large-scale or systematic", "[rules][dpia12][AP-17]") {
    checkRows({
        {"biometric, monitored", [](Activity& a) {
             a.data_categories.push_back(DataCategory::Biometric);
             a.art9_condition = Art9Condition::ExplicitConsent;
             sm(a);
         }, {"WP248-C3", "WP248-C4", "AP-17"}, kReq},
    });
}

TEST_CASE("DPIA basis order: WP248 criteria, then Art. 35(3), then the AP list", "[rules][dpia12]") {
    Activity a = plain();
    a.data_categories = {DataCategory::Health, DataCategory::Location, DataCategory::Behavioural};
    a.data_subjects = {DataSubject::Employees};
    a.screening->profiling = a.screening->automated_decision = a.screening->human_review = true;
    a.screening->large_scale = a.screening->systematic_monitoring = a.screening->public_space = true;
    a.art9_condition = Art9Condition::ExplicitConsent;
    CHECK(assess(a, k12).dpia_basis == Ids{"WP248-C1", "WP248-C2", "WP248-C3", "WP248-C4", "WP248-C5", "WP248-C7",
                                           "GDPR-35-3-a", "GDPR-35-3-b", "GDPR-35-3-c", "AP-7", "AP-11", "AP-12",
                                           "AP-15", "AP-16"});
    // Every basis id is a known DPIA basis, in table order, for random activities.
    std::mt19937 rng(35);
    for (int n = 0; n < 3000; ++n) {
        Activity r = randomActivity12(rng);
        Assessment as = assess(r, k12);
        int last = -1;
        bool statutory = false;
        for (const std::string& id : as.dpia_basis) {
            CAPTURE(id);
            const RuleInfo* info = ruleInfo(id, k12);
            REQUIRE(info != nullptr);
            CHECK(info->kind == RuleKind::DpiaBasis);
            CHECK(tablePosition(id, k12) > last);
            last = tablePosition(id, k12);
            statutory = statutory || id.rfind("WP248-", 0) != 0;
        }
        // The verdict follows from the basis.
        const std::size_t n248 = as.dpia_criteria.size();
        CHECK(as.dpia == (statutory || n248 >= 2 ? kReq : n248 == 1 ? kRec : kNot));
        CHECK(n248 == std::size_t(std::count_if(as.dpia_basis.begin(), as.dpia_basis.end(),
                                                [](const std::string& id) { return id.rfind("WP248-", 0) == 0; })));
    }
}

TEST_CASE("GDPR-35: 2026.12 statutory [blocker], rule of thumb [warning], planned while running [blocker]",
          "[rules][dpia12][GDPR-35]") {
    auto statutory = [](Activity& a) {  // AP-15
        a.screening->profiling = true;
        a.screening->large_scale = true;
        a.human_oversight = a.bias_monitoring = "x";
    };
    auto wp248 = [](Activity& a) {  // C6 + C8 only
        a.screening->combines_datasets = a.screening->innovative_technology = true;
    };
    struct G {
        const char* what;
        std::function<void(Activity&)> basis;
        DpiaStatus status;
        Lifecycle lifecycle;
        int count;
        Severity severity;
        const char* text;  // in the English message
    };
    const std::vector<G> rows = {
        {"AP list, none", statutory, DpiaStatus::None, Lifecycle::Idea, 1, Severity::Blocker,
         "A DPIA is mandatory (Dutch DPA list: Profiling) but not done"},
        {"AP list, not needed", statutory, DpiaStatus::NotNeeded, Lifecycle::Production, 1, Severity::Blocker,
         "mandatory (Dutch DPA list: Profiling)"},
        {"WP248 only, none", wp248, DpiaStatus::None, Lifecycle::Idea, 1, Severity::Warning,
         "A DPIA is required as a rule of thumb (WP248: 2 criteria) but not done"},
        {"WP248 only, not needed", wp248, DpiaStatus::NotNeeded, Lifecycle::Pilot, 1, Severity::Warning,
         "record why it is not needed, with your data protection officer's view"},
        {"planned, in production", statutory, DpiaStatus::Planned, Lifecycle::Production, 1, Severity::Blocker,
         "only planned, while the activity already runs"},
        {"planned, pilot, WP248 only", wp248, DpiaStatus::Planned, Lifecycle::Pilot, 1, Severity::Blocker,
         "A DPIA comes before the processing"},
        {"planned, idea", statutory, DpiaStatus::Planned, Lifecycle::Idea, 1, Severity::Warning,
         "A DPIA is needed (Dutch DPA list: Profiling) and planned"},
        {"planned, idea, WP248 only", wp248, DpiaStatus::Planned, Lifecycle::Idea, 1, Severity::Warning,
         "A DPIA is needed (WP248: 2 criteria) and planned"},
        {"done", statutory, DpiaStatus::Done, Lifecycle::Production, 0, Severity::Blocker, ""},
        {"one criterion: recommended, no finding", [](Activity& a) { a.screening->combines_datasets = true; },
         DpiaStatus::None, Lifecycle::Production, 0, Severity::Blocker, ""},
    };
    for (const G& r : rows) {
        DYNAMIC_SECTION(r.what) {
            Activity a = plain();
            r.basis(a);
            a.dpia = r.status;
            a.lifecycle = r.lifecycle;
            auto f = findingsWith(findingsOf(a, k12), "GDPR-35");
            REQUIRE(int(f.size()) == r.count);
            if (r.count) {
                CHECK(f[0].severity == r.severity);
                CHECK(f[0].field == "dpia");
                CHECK_THAT(f[0].message(Lang::En), ContainsSubstring(r.text));
                CHECK(f[0].message(Lang::En).find('{') == std::string::npos);
                CHECK(f[0].message(Lang::Nl).find('{') == std::string::npos);
            }
        }
    }
    // Dutch: "verplicht" only for the statutory bases, "vereist (vuistregel)" otherwise.
    Activity s = plain();
    statutory(s);
    CHECK_THAT(findingsWith(findingsOf(s, k12), "GDPR-35")[0].message(Lang::Nl),
               ContainsSubstring("Een DPIA is verplicht (AP-lijst: Profilering)"));
    CHECK(findingsWith(findingsOf(s, k12), "GDPR-35")[0].detail == "AP-15");
    Activity w = plain();
    wp248(w);
    const std::string nl = findingsWith(findingsOf(w, k12), "GDPR-35")[0].message(Lang::Nl);
    CHECK_THAT(nl, ContainsSubstring("vereist (vuistregel: WP248: 2 criteria)"));
    CHECK(nl.find("verplicht") == std::string::npos);
    CHECK(findingsWith(findingsOf(w, k12), "GDPR-35")[0].detail == "WP248-C6,WP248-C8");
    // Issue #9: 2026.11 says "DPIA verplicht" for two WP248 criteria.
    CHECK_THAT(findingsWith(findingsOf(w, k11), "GDPR-35")[0].message(Lang::Nl), ContainsSubstring("verplicht"));
}

TEST_CASE("dpiaReason: the verdict with its basis, as the reader sees it", "[rules][dpia12]") {
    auto reason = [](std::function<void(Activity&)> change, Lang lang, RuleSet rs = k12) {
        Activity a = plain();
        change(a);
        return dpiaReason(assess(a, rs), lang);
    };
    auto ap15 = [](Activity& a) { a.screening->profiling = a.screening->large_scale = true; };
    CHECK(reason(ap15, Lang::Nl) == "DPIA verplicht (AP-lijst: Profilering)");
    CHECK(reason(ap15, Lang::En) == "DPIA mandatory (Dutch DPA list: Profiling)");
    auto art35 = [](Activity& a) { a.screening->profiling = a.screening->automated_decision = true; };
    CHECK(reason(art35, Lang::Nl) == "DPIA verplicht (art. 35 lid 3 onder a AVG)");
    CHECK(reason(art35, Lang::En) == "DPIA mandatory (GDPR Art. 35(3)(a))");
    auto two = [](Activity& a) { a.screening->combines_datasets = a.screening->blocks_service = true; };
    CHECK(reason(two, Lang::Nl) == "DPIA vereist (vuistregel WP248: 2 criteria)");
    CHECK(reason(two, Lang::En) == "DPIA required (WP248 rule of thumb: 2 criteria)");
    auto one = [](Activity& a) { a.screening->combines_datasets = true; };
    CHECK(reason(one, Lang::Nl) == "DPIA aanbevolen (WP248: 1 criterium)");
    CHECK(reason(one, Lang::En) == "DPIA recommended (WP248: 1 criterion)");
    CHECK(reason([](Activity&) {}, Lang::Nl) == "Geen DPIA nodig");
    // Both statutory kinds.
    auto both = [](Activity& a) {
        a.screening->profiling = a.screening->automated_decision = a.screening->large_scale = true;
    };
    CHECK(reason(both, Lang::Nl) == "DPIA verplicht (art. 35 lid 3 onder a AVG; AP-lijst: Profilering)");
    // 2026.11: the verdict's label.
    CHECK(reason(two, Lang::Nl, k11) == "DPIA verplicht");
}
