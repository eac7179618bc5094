// compare() (rules/compare.hpp): what changed between 2026.11 and 2026.12 for one activity and
// for a register, compared as sets; every Change with rule ids that exist and one sentence
// why in both languages; an old activity checked under both rule sets.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "rules/compare.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;
using Catch::Matchers::ContainsSubstring;

namespace {

using Ids = std::vector<std::string>;
using IdSet = std::set<std::string>;

IdSet asSet(const Ids& v) { return IdSet(v.begin(), v.end()); }

std::set<std::pair<std::string, Severity>> keys(const std::vector<Finding>& f) {
    std::set<std::pair<std::string, Severity>> out;
    for (const Finding& x : f) out.emplace(x.rule, x.severity);
    return out;
}

Comparison cmp(const Activity& a) { return compare(assess(a, k11), assess(a, k12)); }

const Change* changeOf(const Comparison& c, ChangeKind kind, const std::string& subject = {}) {
    for (const Change& x : c.changes)
        if (x.kind == kind && x.subject == subject) return &x;
    return nullptr;
}

// Every Change has known rule ids and one sentence in each language, without placeholders.
void checkChanges(const Comparison& c) {
    for (const Change& x : c.changes) {
        CAPTURE(changeKindKey(x.kind), x.subject);
        CHECK_FALSE(x.rules.empty());
        for (const std::string& id : x.rules) {
            CAPTURE(id);
            CHECK((ruleInfo(id, c.to) != nullptr || ruleInfo(id, c.from) != nullptr));
        }
        for (Lang l : {Lang::En, Lang::Nl}) {
            const std::string& w = x.why(l);
            CHECK_FALSE(w.empty());
            CHECK(w.find('{') == std::string::npos);
            CHECK(w.back() == '.');
            CHECK(std::count(w.begin(), w.end(), '.') >= 1);
        }
        CHECK(x.why_en != x.why_nl);
        CHECK(x.why_nl.find("AI Act") == std::string::npos);
    }
}

}  // namespace

TEST_CASE("compare: the same rule set changes nothing", "[rules][compare]") {
    std::mt19937 rng(1);
    for (int n = 0; n < 300; ++n) {
        Activity a = randomActivity12(rng);
        for (RuleSet rs : allRuleSets()) {
            Comparison c = compare(assess(a, rs), assess(a, rs));
            CHECK_FALSE(c.changed());
            CHECK_FALSE(c.tier_changed);
            CHECK_FALSE(c.dpia_changed);
        }
    }
}

TEST_CASE("compare: a deployer's Art. 50 duties move to the provider, not removed", "[rules][compare]") {
    Activity a = withScreening([](Screening& s) { s.interacts_with_people = s.generates_content = true; });
    a.security_measures = "x";
    Comparison c = cmp(a);
    CHECK(c.from == k11);
    CHECK(c.to == k12);
    CHECK_FALSE(c.tier_changed);
    CHECK(asSet(c.obligations_moved_to_provider) == IdSet{"AIA-50-1", "AIA-50-2"});
    CHECK(c.obligations_removed.empty());
    CHECK(c.obligations_added.empty());
    const Change* m = changeOf(c, ChangeKind::ObligationMovedToProvider, "AIA-50-1");
    REQUIRE(m != nullptr);
    CHECK(m->rules == Ids{"AIA-50-1"});
    CHECK(m->why_en == "This is the provider's duty (AI Act Art. 50(1)): as deployer you check that your provider does it.");
    CHECK(m->why_nl == "Dit is een plicht van de aanbieder (art. 50 lid 1 AI-verordening): als gebruiksverantwoordelijke "
                       "controleert u of uw aanbieder dat doet.");
    checkChanges(c);
}

TEST_CASE("compare: a prohibited activity loses its other duties; the new ban changes the tier", "[rules][compare]") {
    Activity a = withScreening([](Screening& s) {
        s.emotion_recognition = s.workplace_or_education = true;
    });
    a.security_measures = "x";
    Comparison c = cmp(a);
    CHECK_FALSE(c.tier_changed);
    CHECK(asSet(c.obligations_removed) == IdSet{"AIA-ANNEX-III-1", "AIA-50-3"});
    const Change* r = changeOf(c, ChangeKind::ObligationRemoved, "AIA-ANNEX-III-1");
    REQUIRE(r != nullptr);
    CHECK(r->rules == Ids{"AIA-ANNEX-III-1", "AIA-5-1-f"});
    CHECK_THAT(r->why_en, ContainsSubstring("A prohibited practice must stop"));
    checkChanges(c);

    Activity b = withScreening([](Screening& s) { s.intimate_imagery = s.generates_content = true; });
    b.content_rights_checked = true;
    b.security_measures = "x";
    Comparison d = cmp(b);
    CHECK(d.tier_changed);
    CHECK(d.tier_from == Tier::Limited);
    CHECK(d.tier_to == Tier::Prohibited);
    const Change* t = changeOf(d, ChangeKind::Tier);
    REQUIRE(t != nullptr);
    CHECK(t->from == "limited");
    CHECK(t->to == "prohibited");
    CHECK(t->rules == Ids{"AIA-5-1-ba"});
    CHECK_THAT(t->why_en, ContainsSubstring("Digital Omnibus"));
    CHECK(asSet(d.obligations_added) == IdSet{"AIA-5-1-ba"});
    CHECK(asSet(d.obligations_removed) == IdSet{"AIA-50-2"});  // prohibited: not moved to the provider
    CHECK(keys(d.findings_added) == std::set<std::pair<std::string, Severity>>{{"AIA-5", Severity::Blocker}});
    checkChanges(d);
}

TEST_CASE("compare: no personal data removes the GDPR findings and the DPIA, with one reason", "[rules][compare]") {
    Activity a;
    a.name = "Budget allocation";
    a.purpose = "Spend the media budget well";
    a.personal_data = false;
    a.screening = Screening{};
    a.screening->large_scale = a.screening->innovative_technology = true;
    Comparison c = cmp(a);
    CHECK(c.dpia_changed);
    CHECK(c.dpia_from == DpiaVerdict::Required);
    CHECK(c.dpia_to == DpiaVerdict::NotRequired);
    const Change* d = changeOf(c, ChangeKind::Dpia);
    REQUIRE(d != nullptr);
    CHECK(d->rules == Ids{"GDPR-NONE"});
    CHECK(d->from == "required");
    CHECK(d->to == "not_required");
    // GDPR-6 (no legal basis), GDPR-5-1-c, -5-1-e, -13 and -35 are gone; GDPR-NONE is new.
    std::set<std::string> removed;
    for (const Finding& f : c.findings_removed) removed.insert(f.rule);
    CHECK(removed == std::set<std::string>{"GDPR-5-1-c", "GDPR-5-1-e", "GDPR-6", "GDPR-13", "GDPR-35"});
    CHECK(keys(c.findings_added) == std::set<std::pair<std::string, Severity>>{{"GDPR-NONE", Severity::Info}});
    const Change* g6 = changeOf(c, ChangeKind::FindingRemoved, "GDPR-6");
    REQUIRE(g6 != nullptr);
    CHECK(g6->rules == Ids{"GDPR-6", "GDPR-NONE"});
    CHECK(g6->from == "blocker");
    CHECK_THAT(g6->why_en, ContainsSubstring("no personal data"));
    checkChanges(c);
}

TEST_CASE("compare: a severity change is one change, and a removed plus an added finding", "[rules][compare]") {
    Activity a = cleanActivity();
    a.security_measures = "x";
    Processor p = goodProcessor("Gen AI");
    p.country = "US";
    p.outside_eu = true;
    p.transfer_safeguard = TransferSafeguard::Scc;
    p.reuses_data_for_training = TrainingReuse::Yes;
    a.processors = {p};
    Comparison c = cmp(a);
    CHECK(keys(c.findings_removed) == std::set<std::pair<std::string, Severity>>{{"GDPR-REUSE", Severity::Warning}});
    CHECK(keys(c.findings_added) == std::set<std::pair<std::string, Severity>>{{"GDPR-REUSE", Severity::Blocker}});
    REQUIRE(c.changes.size() == 1);
    CHECK(c.changes[0].kind == ChangeKind::FindingSeverity);
    CHECK(c.changes[0].from == "warning");
    CHECK(c.changes[0].to == "blocker");
    CHECK_THAT(c.changes[0].why_en, ContainsSubstring("Art. 28(10)"));
    // The messages are those of their own rule set.
    CHECK(c.findings_removed[0].rule_set == k11);
    CHECK_THAT(c.findings_removed[0].message(Lang::En), ContainsSubstring("trains its own models"));
    CHECK_THAT(c.findings_added[0].message(Lang::En), ContainsSubstring("uses your data for its own purposes"));
    checkChanges(c);
}

TEST_CASE("compare: a provider gains the provider's and the deployer's duties", "[rules][compare]") {
    Activity a = withScreening([](Screening& s) { s.annex_iii = AnnexIII::Creditworthiness; }, AiActRole::Provider);
    Comparison c = cmp(a);
    CHECK(asSet(c.obligations_added) == IdSet{"AIA-16", "AIA-26", "AIA-27"});
    CHECK_THAT(changeOf(c, ChangeKind::ObligationAdded, "AIA-26")->why_en, ContainsSubstring("Art. 3(4)"));
    CHECK_THAT(changeOf(c, ChangeKind::ObligationAdded, "AIA-16")->why_en, ContainsSubstring("Art. 16"));
    checkChanges(c);
    // An importer loses the deployer's duties it never had to meet.
    Activity b = withScreening([](Screening& s) { s.emotion_recognition = true; }, AiActRole::Importer);
    Comparison d = cmp(b);
    CHECK(asSet(d.obligations_removed) == IdSet{"AIA-50-3"});
    CHECK_THAT(changeOf(d, ChangeKind::ObligationRemoved, "AIA-50-3")->why_en, ContainsSubstring("As importer"));
    // Editorial control lifts Art. 50(4).
    Activity e = withScreening([](Screening& s) { s.public_interest_text = s.editorial_control = true; });
    Comparison f = cmp(e);
    CHECK(asSet(f.obligations_removed) == IdSet{"AIA-50-4"});
    CHECK_THAT(changeOf(f, ChangeKind::ObligationRemoved, "AIA-50-4")->why_en, ContainsSubstring("editorial responsibility"));
}

TEST_CASE("compare: the DPIA basis explains a changed verdict", "[rules][compare]") {
    Activity a = cleanActivity();  // behaviour of customers
    a.security_measures = "x";
    a.screening->large_scale = true;  // C5 alone; AP-16 (behaviour, large scale)
    Comparison c = cmp(a);
    CHECK(c.dpia_from == DpiaVerdict::Recommended);
    CHECK(c.dpia_to == DpiaVerdict::Required);
    const Change* d = changeOf(c, ChangeKind::Dpia);
    REQUIRE(d != nullptr);
    CHECK(d->rules == Ids{"AP-16"});
    CHECK_THAT(d->why_nl, ContainsSubstring("AP-lijst: Observatie en beïnvloeding van gedrag"));
    CHECK_THAT(d->why_nl, ContainsSubstring("verplicht"));

    Activity b = cleanActivity();
    b.security_measures = "x";
    b.data_subjects = {DataSubject::Employees};
    b.screening->innovative_technology = true;  // C7 (2026.11) + C8 -> required; 2026.12: C8 only
    Comparison e = cmp(b);
    CHECK(e.dpia_from == DpiaVerdict::Required);
    CHECK(e.dpia_to == DpiaVerdict::Recommended);
    CHECK(changeOf(e, ChangeKind::Dpia)->rules == Ids{"WP248-C7"});
    CHECK(asSet({"GDPR-35"}) == [&] {
        IdSet s;
        for (const Finding& f : e.findings_removed) s.insert(f.rule);
        return s;
    }());
}

TEST_CASE("compare: an old activity checked under both rule sets", "[rules][compare]") {
    // Register-file fields of 2026.11 only (the new ones at their defaults): what an old file reads as.
    Activity a;
    a.id = "old-1";
    a.name = "AI-written product texts";
    a.purpose = "Product texts";
    a.data_categories = {DataCategory::Contact};
    a.data_subjects = {DataSubject::Customers};
    a.retention = "12 months";
    a.legal_basis = LegalBasis::Contract;
    a.transparency_notice = true;
    a.content_rights_checked = true;
    a.screening = Screening{};
    a.screening->generates_content = true;
    Processor v = goodProcessor("TextForge");
    a.processors = {v};
    const Assessment x = assess(a, k11), y = assess(a, k12);
    // 2026.11: "people must be told about the AI", the deployer owes Art. 50(2).
    CHECK(x.obligations == Ids{"AIA-50-2"});
    CHECK(x.provider_duties.empty());
    CHECK(x.dpia_basis.empty());
    CHECK(ruleIds(x.findings).empty());
    // 2026.12: the marking is the provider's; security measures and the vendor's country missing.
    CHECK(y.obligations.empty());
    CHECK(y.provider_duties == Ids{"AIA-50-2"});
    CHECK(ruleIds(y.findings) == Ids{"GDPR-32", "GDPR-44"});
    Comparison c = compare(x, y);
    CHECK(c.obligations_moved_to_provider == Ids{"AIA-50-2"});
    CHECK(keys(c.findings_added) == std::set<std::pair<std::string, Severity>>{{"GDPR-32", Severity::Warning},
                                                                               {"GDPR-44", Severity::Warning}});
    CHECK(c.findings_removed.empty());
    checkChanges(c);
}

TEST_CASE("compareRegister: only changed activities, and the register findings", "[rules][compare]") {
    Register reg;
    Activity same = cleanActivity();
    same.id = "same";
    same.security_measures = "x";
    Activity moved = withScreening([](Screening& s) { s.interacts_with_people = true; });
    moved.id = "moved";
    moved.name = "Chatbot";
    moved.security_measures = "x";
    reg.activities = {same, moved};
    RegisterComparison rc = compareRegister(reg, k11);
    CHECK(rc.from == k11);
    CHECK(rc.to == k12);
    REQUIRE(rc.activities.size() == 1);
    CHECK(rc.activities[0].activity_id == "moved");
    CHECK(rc.activities[0].name == "Chatbot");
    CHECK(rc.activities[0].cmp.obligations_moved_to_provider == Ids{"AIA-50-1"});
    CHECK(keys(rc.register_level.findings_added) == std::set<std::pair<std::string, Severity>>{{"GDPR-30", Severity::Warning}});
    REQUIRE(rc.register_level.changes.size() == 1);
    CHECK(rc.register_level.changes[0].kind == ChangeKind::FindingAdded);
    CHECK(rc.register_level.changes[0].to == "warning");
    checkChanges(rc.register_level);
    CHECK(rc.changed());
    // With the newer assessments already made (AppModel's): the same comparison; an entry
    // under the other rule set, or a missing one, is assessed again.
    for (const std::vector<Assessment>& now : {std::vector<Assessment>{assess(same, k12), assess(moved, k12)},
                                               std::vector<Assessment>{assess(same, k12), assess(moved, k11)},
                                               std::vector<Assessment>{assess(same, k12)}}) {
        RegisterComparison known = compareRegister(reg, now, k11, k12);
        REQUIRE(known.activities.size() == 1);
        CHECK(known.activities[0].activity_id == "moved");
        CHECK(known.activities[0].cmp.obligations_moved_to_provider == Ids{"AIA-50-1"});
        CHECK(known.activities[0].cmp.changes.size() == rc.activities[0].cmp.changes.size());
        CHECK(keys(known.register_level.findings_added) == keys(rc.register_level.findings_added));
    }
    reg.controller = Controller{"Voorbeeld BV", "Kade 1", "privacy@example.org", {"J. de Vries", "fg@example.org"}};
    reg.activities = {same};
    CHECK_FALSE(compareRegister(reg, k11).changed());
    CHECK_FALSE(compareRegister(reg, k12).changed());
}

TEST_CASE("compare: random activities, lists as sets, every difference explained", "[rules][compare]") {
    std::mt19937 rng(2026);
    for (int n = 0; n < 2000; ++n) {
        Activity a = randomActivity12(rng);
        const Assessment x = assess(a, k11), y = assess(a, k12);
        const Comparison c = compare(x, y);
        // Obligations: old - new = removed + moved; new - old = added; disjoint.
        IdSet ox = asSet(x.obligations), oy = asSet(y.obligations), pd = asSet(y.provider_duties);
        IdSet gone;
        std::set_difference(ox.begin(), ox.end(), oy.begin(), oy.end(), std::inserter(gone, gone.end()));
        IdSet rm = asSet(c.obligations_removed), mv = asSet(c.obligations_moved_to_provider);
        IdSet both = rm;
        both.insert(mv.begin(), mv.end());
        CHECK(both == gone);
        for (const std::string& id : mv) CHECK(pd.count(id) == 1);
        for (const std::string& id : rm) CHECK(pd.count(id) == 0);
        IdSet added;
        std::set_difference(oy.begin(), oy.end(), ox.begin(), ox.end(), std::inserter(added, added.end()));
        CHECK(asSet(c.obligations_added) == added);
        // Findings by (rule, severity).
        auto kx = keys(x.findings), ky = keys(y.findings);
        for (const Finding& f : c.findings_added) CHECK((ky.count({f.rule, f.severity}) && !kx.count({f.rule, f.severity})));
        for (const Finding& f : c.findings_removed) CHECK((kx.count({f.rule, f.severity}) && !ky.count({f.rule, f.severity})));
        std::size_t addedKeys = 0, removedKeys = 0;
        for (const auto& k : ky) addedKeys += kx.count(k) ? 0 : 1;
        for (const auto& k : kx) removedKeys += ky.count(k) ? 0 : 1;
        CHECK(keys(c.findings_added).size() == addedKeys);
        CHECK(keys(c.findings_removed).size() == removedKeys);
        // Every difference has its Change, in ChangeKind order.
        CHECK(c.tier_changed == (changeOf(c, ChangeKind::Tier) != nullptr));
        CHECK(c.dpia_changed == (changeOf(c, ChangeKind::Dpia) != nullptr));
        for (const std::string& id : c.obligations_added) CHECK(changeOf(c, ChangeKind::ObligationAdded, id));
        for (const std::string& id : c.obligations_removed) CHECK(changeOf(c, ChangeKind::ObligationRemoved, id));
        for (const std::string& id : c.obligations_moved_to_provider)
            CHECK(changeOf(c, ChangeKind::ObligationMovedToProvider, id));
        for (const Finding& f : c.findings_added)
            CHECK((changeOf(c, ChangeKind::FindingAdded, f.rule) || changeOf(c, ChangeKind::FindingSeverity, f.rule)));
        for (const Finding& f : c.findings_removed)
            CHECK((changeOf(c, ChangeKind::FindingRemoved, f.rule) || changeOf(c, ChangeKind::FindingSeverity, f.rule)));
        for (std::size_t k = 1; k < c.changes.size(); ++k) CHECK(c.changes[k - 1].kind <= c.changes[k].kind);
        CHECK(c.changed() == (c.tier_changed || c.dpia_changed || !c.obligations_added.empty() ||
                              !c.obligations_removed.empty() || !c.obligations_moved_to_provider.empty() ||
                              !c.findings_added.empty() || !c.findings_removed.empty()));
        checkChanges(c);
    }
}

TEST_CASE("changeKindKey and changeKindLabel", "[rules][compare]") {
    std::set<std::string_view> ks;
    for (int k = 0; k < int(ChangeKind::COUNT); ++k) {
        const auto kind = ChangeKind(k);
        CHECK(ks.insert(changeKindKey(kind)).second);
        CHECK_FALSE(changeKindLabel(kind, Lang::En).empty());
        CHECK_FALSE(changeKindLabel(kind, Lang::Nl).empty());
    }
    CHECK(changeKindKey(ChangeKind::ObligationMovedToProvider) == "obligation_moved_to_provider");
}
