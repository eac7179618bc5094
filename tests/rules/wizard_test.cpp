// The AI Act screening wizard: every fact is asked, answers set the right facts, skip logic,
// normalise() (hidden facts cleared, assessment unchanged), the question texts.
#include <catch_amalgamated.hpp>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "rules/wizard.hpp"

using namespace air;
using namespace air::rules;
using namespace air::rules::test;

namespace {

int idx(std::string_view key) {
    int i = wizardQuestionIndex(key);
    REQUIRE(i >= 0);
    return i;
}

std::set<std::string> visibleKeys(const Screening& s) {
    std::set<std::string> out;
    for (int i : visibleQuestions(s)) out.emplace(wizardQuestions()[std::size_t(i)].key);
    return out;
}

// A screening in which every question is relevant.
Screening allRelevant() {
    Screening s;
    s.emotion_recognition = s.workplace_or_education = true;
    s.biometric_categorisation = true;
    s.automated_decision = true;
    s.public_interest_text = true;
    s.systematic_monitoring = true;
    s.annex_iii = AnnexIII::Employment;
    return s;
}

Screening randomScreening(std::mt19937& rng) {
    Screening s;
    for (const ScreeningFlag& f : kScreeningFlags) s.*f.member = rng() % 3 == 0;
    s.annex_iii = rng() % 2 ? AnnexIII(rng() % enumCount<AnnexIII>()) : AnnexIII::None;
    return s;
}

}  // namespace

TEST_CASE("wizard: every flag and annex_iii is set by exactly one question", "[rules][wizard]") {
    const auto& q = wizardQuestions();
    CHECK(q.size() == std::size(kScreeningFlags) + 2);  // + the Annex III choice + the role
    std::set<std::string_view> keys, facts;
    int annex = 0, role = 0;
    for (const WizardQuestion& w : q) {
        CHECK(keys.insert(w.key).second);
        CHECK(facts.insert(w.fact).second);
        CHECK(w.key == w.fact);
        if (w.kind == AnswerKind::AnnexChoice) {
            ++annex;
            CHECK(w.fact == "annex_iii");
        } else if (w.kind == AnswerKind::RoleChoice) {
            ++role;
            CHECK(w.fact == "ai_act_role");
            CHECK(w.relevant_if == nullptr);  // always asked
        } else {
            Screening s;
            CHECK(screeningFlag(s, w.fact) != nullptr);
        }
    }
    CHECK(annex == 1);
    CHECK(role == 1);
    CHECK(q.front().key == "ai_act_role");  // the role question comes first (DOMAIN.md 3a)
    for (const ScreeningFlag& f : kScreeningFlags) {
        CAPTURE(f.key);
        CHECK(facts.count(f.key) == 1);
        CHECK(wizardQuestionIndex(f.key) >= 0);
    }
    CHECK(wizardQuestionIndex("annex_iii") >= 0);
    CHECK(wizardQuestionIndex("nope") == -1);
}

TEST_CASE("wizard: every question has its texts in both languages and an article", "[rules][wizard]") {
    for (const WizardQuestion& w : wizardQuestions()) {
        CAPTURE(w.key);
        for (Lang lang : {Lang::En, Lang::Nl}) {
            CHECK_FALSE(w.text(lang).empty());
            CHECK_FALSE(w.why(lang).empty());
            CHECK_FALSE(w.example(lang).empty());
            CHECK_FALSE(w.articleText(lang).empty());
        }
        CHECK(w.text_en.back() == '?');
        CHECK(w.text_nl.back() == '?');
        CHECK(w.text_en != w.text_nl);
        CHECK(w.example_en != w.example_nl);
    }
    // The marketing examples the brief names.
    const auto& q = wizardQuestions();
    CHECK_THAT(std::string(q[std::size_t(idx("emotion_recognition"))].example_en),
               Catch::Matchers::ContainsSubstring("Sentiment analysis") &&
                   Catch::Matchers::ContainsSubstring("no"));
    CHECK_THAT(std::string(q[std::size_t(idx("emotion_recognition"))].example_nl),
               Catch::Matchers::ContainsSubstring("Sentimentanalyse"));
    CHECK_THAT(std::string(q[std::size_t(idx("annex_iii"))].example_en),
               Catch::Matchers::ContainsSubstring("job ads is employment (4)") &&
                   Catch::Matchers::ContainsSubstring("pay-later offers decided by a score are creditworthiness (5b)"));
    CHECK_THAT(std::string(annexMarketingExample(AnnexIII::Employment, Lang::En)),
               Catch::Matchers::ContainsSubstring("job ads"));
    CHECK_THAT(std::string(annexMarketingExample(AnnexIII::Creditworthiness, Lang::Nl)),
               Catch::Matchers::ContainsSubstring("Achteraf betalen"));
    CHECK(annexMarketingExample(AnnexIII::None, Lang::En).empty());
    for (AnnexIII a : allOf<AnnexIII>())
        if (a != AnnexIII::None) CHECK_FALSE(annexMarketingExample(a, Lang::Nl).empty());
    CHECK(q[std::size_t(idx("workplace_or_education"))].article == "AI Act Art. 5(1)(f)");
    CHECK(q[std::size_t(idx("human_review"))].article == "GDPR Art. 22(3)");
}

TEST_CASE("wizard: answers map to the right facts", "[rules][wizard]") {
    const auto& q = wizardQuestions();
    for (std::size_t i = 0; i < q.size(); ++i) {
        if (q[i].kind != AnswerKind::YesNo) continue;
        CAPTURE(q[i].key);
        for (bool yes : {true, false}) {
            Screening base = allRelevant();
            *screeningFlag(base, q[i].fact) = !yes;
            Screening s = base;
            applyAnswer(s, int(i), yes);
            CHECK(*screeningFlag(s, q[i].fact) == yes);
            CHECK(answerOf(s, int(i)) == yes);
            // No other fact changes, unless a follow-up question was hidden by this answer.
            for (const ScreeningFlag& f : kScreeningFlags) {
                if (f.key == q[i].fact) continue;
                const bool hidden = !q[std::size_t(idx(f.key))].relevant(s);
                if (!hidden) CHECK(s.*f.member == base.*f.member);
            }
            CHECK(s.annex_iii == base.annex_iii);
        }
    }
}

TEST_CASE("wizard: the Annex III choice", "[rules][wizard]") {
    const int annex = idx("annex_iii");
    Screening s;
    CHECK_FALSE(answerOf(s, annex));
    applyAnnex(s, AnnexIII::Creditworthiness);
    CHECK(s.annex_iii == AnnexIII::Creditworthiness);
    CHECK(answerOf(s, annex));
    applyAnswer(s, annex, true);  // "yes" alone does not pick an area
    CHECK(s.annex_iii == AnnexIII::Creditworthiness);
    applyAnswer(s, annex, false);
    CHECK(s.annex_iii == AnnexIII::None);
}

TEST_CASE("wizard: skip logic", "[rules][wizard]") {
    const std::set<std::string> followUps = {"workplace_or_education", "medical_or_safety_reason",
                                             "infers_sensitive_traits", "narrow_procedural_task",
                                             "human_review", "editorial_control", "public_space"};
    Screening s;
    std::set<std::string> v = visibleKeys(s);
    CHECK(v.size() == wizardQuestions().size() - followUps.size());
    for (const std::string& k : followUps) CHECK(v.count(k) == 0);

    SECTION("infers_sensitive_traits only when biometric_categorisation") {
        applyAnswer(s, idx("biometric_categorisation"), true);
        CHECK(visibleKeys(s).count("infers_sensitive_traits") == 1);
    }
    SECTION("workplace only with emotion recognition; medical/safety only at work") {
        applyAnswer(s, idx("emotion_recognition"), true);
        CHECK(visibleKeys(s).count("workplace_or_education") == 1);
        CHECK(visibleKeys(s).count("medical_or_safety_reason") == 0);
        applyAnswer(s, idx("workplace_or_education"), true);
        CHECK(visibleKeys(s).count("medical_or_safety_reason") == 1);
    }
    SECTION("narrow_procedural_task only with an Annex III area and no profiling") {
        applyAnnex(s, AnnexIII::Employment);
        CHECK(visibleKeys(s).count("narrow_procedural_task") == 1);
        applyAnswer(s, idx("profiling"), true);
        CHECK(visibleKeys(s).count("narrow_procedural_task") == 0);  // Art. 6(3) never applies
    }
    SECTION("human_review only with automated decisions") {
        applyAnswer(s, idx("automated_decision"), true);
        CHECK(visibleKeys(s).count("human_review") == 1);
    }
    SECTION("editorial_control only with public-interest text (Art. 50(4))") {
        applyAnswer(s, idx("public_interest_text"), true);
        CHECK(visibleKeys(s).count("editorial_control") == 1);
        CHECK(idx("editorial_control") > idx("public_interest_text"));
    }
    SECTION("public_space only with systematic monitoring (Art. 35(3)(c), AP list no. 9)") {
        applyAnswer(s, idx("systematic_monitoring"), true);
        CHECK(visibleKeys(s).count("public_space") == 1);
        CHECK(idx("public_space") > idx("systematic_monitoring"));
    }
    SECTION("the role and the new Art. 5(1)(ba) question are always asked") {
        CHECK(visibleKeys(s).count("ai_act_role") == 1);
        CHECK(visibleKeys(s).count("intimate_imagery") == 1);
    }
    SECTION("visible questions keep the wizard order") {
        std::vector<int> all = visibleQuestions(allRelevant());
        CHECK(all.size() == wizardQuestions().size());
        for (std::size_t k = 0; k < all.size(); ++k) CHECK(all[k] == int(k));
    }
}

TEST_CASE("wizard: hidden facts are cleared (normalise)", "[rules][wizard]") {
    Screening s;
    applyAnswer(s, idx("emotion_recognition"), true);
    applyAnswer(s, idx("workplace_or_education"), true);
    applyAnswer(s, idx("medical_or_safety_reason"), true);
    CHECK((s.workplace_or_education && s.medical_or_safety_reason));
    applyAnswer(s, idx("emotion_recognition"), false);  // the follow-ups go with it
    CHECK_FALSE(s.workplace_or_education);
    CHECK_FALSE(s.medical_or_safety_reason);

    Screening t;
    t.infers_sensitive_traits = t.human_review = t.narrow_procedural_task = true;
    t.workplace_or_education = true;
    normalise(t);
    CHECK(t == Screening{});

    Screening u;
    u.annex_iii = AnnexIII::Employment;
    u.narrow_procedural_task = true;
    normalise(u);
    CHECK(u.narrow_procedural_task);  // still relevant: kept
    applyAnswer(u, idx("profiling"), true);
    CHECK_FALSE(u.narrow_procedural_task);
    applyAnnex(u, AnnexIII::None);
    CHECK(u.annex_iii == AnnexIII::None);
}

TEST_CASE("wizard: relevance depends only on earlier questions", "[rules][wizard]") {
    const auto& q = wizardQuestions();
    std::mt19937 rng(11);
    for (int n = 0; n < 500; ++n) {
        Screening s = randomScreening(rng);
        for (std::size_t i = 0; i < q.size(); ++i) {
            const bool before = q[i].relevant(s);
            for (std::size_t j = i; j < q.size(); ++j) {  // this question and later ones
                Screening t = s;
                if (q[j].kind == AnswerKind::RoleChoice) continue;  // not a screening fact
                if (q[j].kind == AnswerKind::AnnexChoice)
                    t.annex_iii = t.annex_iii == AnnexIII::None ? AnnexIII::Justice : AnnexIII::None;
                else
                    *screeningFlag(t, q[j].fact) = !*screeningFlag(t, q[j].fact);
                CAPTURE(q[i].key, q[j].key);
                CHECK(q[i].relevant(t) == before);
            }
        }
    }
}

TEST_CASE("wizard: normalise never changes the assessment", "[rules][wizard]") {
    std::mt19937 rng(5);
    for (int n = 0; n < 3000; ++n) {
        Activity a = randomActivity12(rng);
        if (!a.screening) continue;
        Activity b = a;
        normalise(*b.screening);
        for (RuleSet rs : allRuleSets()) {
            Assessment x = assess(a, rs), y = assess(b, rs);
            CHECK(x.tier == y.tier);
            CHECK(x.tier_rule == y.tier_rule);
            CHECK(x.obligations == y.obligations);
            CHECK(x.provider_duties == y.provider_duties);
            CHECK(x.dpia == y.dpia);
            CHECK(x.dpia_criteria == y.dpia_criteria);
            CHECK(x.dpia_basis == y.dpia_basis);
            CHECK(x.findings == y.findings);
        }
        // normalise is idempotent and leaves only relevant facts set.
        Screening twice = *b.screening;
        normalise(twice);
        CHECK(twice == *b.screening);
        for (const WizardQuestion& w : wizardQuestions())
            if (!w.relevant(twice)) CHECK_FALSE(answerOf(twice, wizardQuestionIndex(w.key)));
    }
}

TEST_CASE("wizard: answering through the questions reaches the expected tier", "[rules][wizard]") {
    // A marketer walks through the wizard for buy-now-pay-later offers decided by a score.
    Activity a = cleanActivity();
    Screening& s = *a.screening;
    applyAnnex(s, AnnexIII::Creditworthiness);
    applyAnswer(s, idx("profiling"), true);
    applyAnswer(s, idx("automated_decision"), true);
    applyAnswer(s, idx("human_review"), true);
    CHECK(tierOf(a, k12) == Tier::High);
    CHECK(obligationsOf(a, k12) == std::vector<std::string>{"AIA-6-2", "AIA-26", "AIA-27"});
    CHECK(assess(a, k12).provider_duties == std::vector<std::string>{"AIA-16"});
    CHECK(dpiaOf(a, k12) == DpiaVerdict::Required);  // Art. 35(3)(a), AP-4 needs large scale
    CHECK(assess(a, k12).dpia_basis == std::vector<std::string>{"WP248-C1", "WP248-C2", "GDPR-35-3-a"});
    // The first question: "did you build it, or does it carry your name?" -> provider.
    applyAnswer(a, idx("ai_act_role"), true);
    CHECK(a.ai_act_role == AiActRole::Provider);
    CHECK(obligationsOf(a, k12) == std::vector<std::string>{"AIA-6-2", "AIA-16", "AIA-26", "AIA-27"});
    CHECK(assess(a, k12).provider_duties.empty());
}

TEST_CASE("wizard: the role question sets ai_act_role on the activity", "[rules][wizard]") {
    const int role = idx("ai_act_role");
    Activity a = cleanActivity();
    CHECK_FALSE(answerOf(a, role));
    applyAnswer(a, role, true);
    CHECK(a.ai_act_role == AiActRole::Provider);
    CHECK(answerOf(a, role));
    applyAnswer(a, role, false);
    CHECK(a.ai_act_role == AiActRole::Deployer);
    for (AiActRole keep : {AiActRole::Importer, AiActRole::Distributor}) {
        a.ai_act_role = keep;
        applyAnswer(a, role, false);  // "no": not the provider, but still an importer/distributor
        CHECK(a.ai_act_role == keep);
        applyAnswer(a, role, true);
        CHECK(a.ai_act_role == AiActRole::Provider);
    }
    // The screening is not touched, and the Screening functions ignore the role question.
    const Screening before = *a.screening;
    Screening s = before;
    applyAnswer(s, role, true);
    CHECK(s == before);
    CHECK_FALSE(answerOf(s, role));
    CHECK(*a.screening == before);
    // The other questions act on the activity's screening, created when absent.
    Activity b = cleanActivity();
    b.screening.reset();
    applyAnswer(b, idx("intimate_imagery"), true);
    REQUIRE(b.screening.has_value());
    CHECK(b.screening->intimate_imagery);
    CHECK(answerOf(b, idx("intimate_imagery")));
    CHECK(tierOf(b, k12) == Tier::Prohibited);
    CHECK(tierOf(b, k11) == Tier::Minimal);  // 2026.11 knows no Art. 5(1)(ba)
    applyAnswer(b, -1, true);
    CHECK_FALSE(answerOf(b, 99));
}

TEST_CASE("wizard: the wording of rule set 2026.12 (DOMAIN.md 3a)", "[rules][wizard]") {
    using Catch::Matchers::ContainsSubstring;
    const auto& q = wizardQuestions();
    auto at = [&](const char* key) -> const WizardQuestion& { return q[std::size_t(idx(key))]; };
    CHECK(at("ai_act_role").text_en == "Did you build it, or does it carry your name?");
    CHECK_THAT(std::string(at("ai_act_role").why_en), Catch::Matchers::StartsWith("Then you are its provider"));
    CHECK_THAT(std::string(at("ai_act_role").why_nl), Catch::Matchers::StartsWith("Dan bent u de aanbieder"));
    // Biometric categorisation: by age, gender or another protected characteristic; not ancillary.
    CHECK_THAT(std::string(at("biometric_categorisation").text_en),
               ContainsSubstring("by age, gender or another protected characteristic"));
    CHECK_THAT(std::string(at("biometric_categorisation").text_nl),
               ContainsSubstring("naar leeftijd, geslacht of een ander beschermd kenmerk"));
    CHECK_THAT(std::string(at("biometric_categorisation").example_en), ContainsSubstring("Art. 3(40)"));
    // 1:1 verification (a face login) is not remote identification.
    CHECK_THAT(std::string(at("annex_iii").example_en), ContainsSubstring("1:1") && ContainsSubstring("not remote"));
    CHECK_THAT(std::string(annexMarketingExample(AnnexIII::BiometricIdentification, Lang::En)),
               ContainsSubstring("1:1 verification, is not remote identification"));
    CHECK_THAT(std::string(annexMarketingExample(AnnexIII::BiometricIdentification, Lang::Nl)),
               ContainsSubstring("geen identificatie op afstand"));
    // Fatigue is a physical state, not an emotion (recital 18).
    for (const char* key : {"emotion_recognition", "medical_or_safety_reason"}) {
        CAPTURE(key);
        CHECK_THAT(std::string(at(key).example_en), ContainsSubstring("atigue") && ContainsSubstring("recital 18"));
        CHECK_THAT(std::string(at(key).example_nl), ContainsSubstring("ermoeidheid") && ContainsSubstring("overweging 18"));
        CHECK_THAT(std::string(at(key).example_en), !ContainsSubstring("fatigue of field-sales staff while they drive: yes"));
    }
    // The new questions cite their articles.
    CHECK(at("intimate_imagery").article == "AI Act Art. 5(1)(ba) (Digital Omnibus)");
    CHECK(at("editorial_control").article == "AI Act Art. 50(4)");
    CHECK_THAT(std::string(at("public_space").article), ContainsSubstring("GDPR Art. 35(3)(c)"));
    CHECK_THAT(std::string(at("human_review").text_nl), ContainsSubstring("menselijke herbeoordeling op verzoek (art. 22 lid 3 AVG)"));
    // Dutch: "AI-verordening" never "AI Act", the reader is "u".
    const std::regex informal(R"(\b(je|jij|jou|jouw|jezelf)\b)", std::regex::icase);
    for (const WizardQuestion& w : q)
        for (std::string_view t : {w.text_nl, w.why_nl, w.example_nl, w.article_nl}) {
            CAPTURE(w.key, t);
            CHECK(t.find("AI Act") == std::string_view::npos);
            CHECK_FALSE(std::regex_search(std::string(t), informal));
        }
}

TEST_CASE("wizard: out-of-range indices change nothing", "[rules][wizard]") {
    Screening s = allRelevant();
    Screening before = s;
    applyAnswer(s, -1, true);
    applyAnswer(s, int(wizardQuestions().size()), true);
    CHECK(s == before);
    CHECK_FALSE(answerOf(s, -1));
    CHECK_FALSE(answerOf(s, 1000));
    const Screening& cs = s;
    CHECK(screeningFlag(cs, "nope") == nullptr);
    CHECK(screeningFlag(s, "profiling") == &s.profiling);
}
