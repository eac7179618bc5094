#include <catch_amalgamated.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "core/catalogue.hpp"

using namespace air;

// DOMAIN.md section 4, copied by hand so a change on either side fails the test.
static constexpr std::string_view kDomainKeys[] = {
    "lead_scoring", "email_personalisation", "send_time_optimisation", "content_generation",
    "seo_optimisation", "translation_localisation", "chatbot", "voice_assistant",
    "social_listening", "influencer_identification", "ad_optimisation", "budget_allocation",
    "web_personalisation", "product_recommendations", "analytics_insights", "anomaly_detection",
    "churn_prediction", "dynamic_pricing", "journey_automation", "next_best_action",
    "personas_data_mining", "market_research", "review_analysis", "generative_creative",
    "deepfake_video", "emotion_recognition_media", "lookalike_audiences", "route_optimisation",
    "llm_copywriting", "recruitment_ads", "credit_offer_targeting", "insurance_pricing",
    "political_microtargeting", "other"};

TEST_CASE("catalogue holds exactly DOMAIN.md's 34 keys, in order, once each", "[core][catalogue]") {
    const auto& cat = catalogue();
    REQUIRE(std::size(kDomainKeys) == 34);
    REQUIRE(cat.size() == std::size(kDomainKeys));
    REQUIRE(kCatalogueKeys.size() == std::size(kDomainKeys));
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < cat.size(); ++i) {
        INFO("index " << i);
        CHECK(cat[i].key == kDomainKeys[i]);
        CHECK(kCatalogueKeys[i] == kDomainKeys[i]);
        CHECK(seen.insert(cat[i].key).second);
    }
    CHECK(seen.size() == 34);
}

TEST_CASE("every entry has texts in both languages and no brand name", "[core][catalogue]") {
    for (const CatalogueEntry& e : catalogue()) {
        INFO(e.key);
        CHECK_FALSE(e.name(Lang::En).empty());
        CHECK_FALSE(e.name(Lang::Nl).empty());
        CHECK(e.name(Lang::En).size() <= 200);  // fits the `name` field (PRODUCT.md)
        CHECK(e.name(Lang::Nl).size() <= 200);
        CHECK_FALSE(e.description(Lang::En).empty());
        CHECK_FALSE(e.description(Lang::Nl).empty());
        CHECK_FALSE(e.hints(Lang::En).empty());
        CHECK_FALSE(e.hints(Lang::Nl).empty());
        CHECK(e.description_en != e.description_nl);  // really translated
        CHECK(e.hints_en != e.hints_nl);
        CHECK(e.vendor_example.empty());
    }
}

TEST_CASE("lookup by key", "[core][catalogue]") {
    const CatalogueEntry* chat = catalogueEntry("chatbot");
    REQUIRE(chat != nullptr);
    CHECK(chat->key == "chatbot");
    CHECK(catalogueEntry("no_such_key") == nullptr);
    CHECK(catalogueEntry("") == nullptr);
    for (std::string_view k : kDomainKeys) CHECK(catalogueEntry(k) != nullptr);
}

TEST_CASE("typical screening facts follow DOMAIN.md", "[core][catalogue]") {
    auto s = [](std::string_view key) { return catalogueEntry(key)->screening; };

    // AI Act Art. 50(1): people talk to the system.
    CHECK(s("chatbot").interacts_with_people);
    CHECK(s("voice_assistant").interacts_with_people);
    // Art. 50(2)/(4): synthetic content and deepfakes.
    CHECK(s("content_generation").generates_content);
    CHECK(s("llm_copywriting").generates_content);
    CHECK(s("generative_creative").generates_content);
    CHECK(s("deepfake_video").deepfake);
    CHECK(s("deepfake_video").generates_content);
    // Annex III point 1: emotion recognition on biometric data.
    CHECK(s("emotion_recognition_media").emotion_recognition);
    CHECK_FALSE(s("emotion_recognition_media").workplace_or_education);
    const auto& erm = catalogueEntry("emotion_recognition_media")->data_categories;
    CHECK(std::find(erm.begin(), erm.end(), DataCategory::Biometric) != erm.end());
    // Text sentiment is not emotion recognition.
    CHECK_FALSE(s("social_listening").emotion_recognition);
    CHECK_FALSE(s("review_analysis").emotion_recognition);
    // Annex III areas.
    CHECK(s("recruitment_ads").annex_iii == AnnexIII::Employment);
    CHECK(s("recruitment_ads").profiling);
    CHECK(s("credit_offer_targeting").annex_iii == AnnexIII::Creditworthiness);
    CHECK(s("credit_offer_targeting").profiling);
    CHECK(s("credit_offer_targeting").automated_decision);
    CHECK(s("insurance_pricing").annex_iii == AnnexIII::InsurancePricing);
    CHECK(s("political_microtargeting").annex_iii == AnnexIII::Elections);
    CHECK(s("political_microtargeting").profiling);
    // Profiling for direct marketing.
    CHECK(s("lookalike_audiences").profiling);
    CHECK(s("lookalike_audiences").combines_datasets);
    CHECK(s("lookalike_audiences").direct_marketing);
    CHECK(s("dynamic_pricing").profiling);
    // Nothing in the catalogue starts out prohibited: those facts are the user's to set.
    for (const CatalogueEntry& e : catalogue()) {
        INFO(e.key);
        CHECK_FALSE(e.screening.manipulative_techniques);
        CHECK_FALSE(e.screening.exploits_vulnerabilities);
        CHECK_FALSE(e.screening.social_scoring);
        CHECK_FALSE(e.screening.infers_sensitive_traits);
        CHECK_FALSE(e.screening.human_review);  // a safeguard, never assumed
    }
    // `other` and the plainly minimal ones set nothing.
    CHECK(s("other") == Screening{});
    CHECK(s("budget_allocation") == Screening{});
    CHECK(s("route_optimisation") == Screening{});
}

TEST_CASE("activityFromCatalogue pre-fills, leaves the rest empty", "[core][catalogue]") {
    Activity a = activityFromCatalogue("credit_offer_targeting", Lang::Nl);
    const CatalogueEntry* e = catalogueEntry("credit_offer_targeting");
    CHECK(a.id.empty());
    CHECK(a.application == "credit_offer_targeting");
    CHECK(a.name == std::string(e->name_nl));
    CHECK(a.description == std::string(e->description_nl));
    REQUIRE(a.screening.has_value());
    CHECK(*a.screening == e->screening);
    CHECK(a.screening->annex_iii == AnnexIII::Creditworthiness);
    CHECK(a.legal_basis == LegalBasis::Consent);  // targeting an offer is not "contract" (EDPB Guidelines 2/2019)
    CHECK(a.data_subjects == e->data_subjects);
    CHECK(a.data_categories == e->data_categories);
    CHECK(a.purpose.empty());
    CHECK(a.owner.empty());
    CHECK(a.processors.empty());
    CHECK(a.created_at.empty());

    Activity en = activityFromCatalogue("chatbot", Lang::En);
    CHECK(en.name == "Customer-service chatbot");
    CHECK(en.application == "chatbot");
    REQUIRE(en.screening.has_value());
    CHECK(en.screening->interacts_with_people);

    // Every key gives an activity with its own application key and a screening object.
    for (std::string_view k : kDomainKeys) {
        Activity x = activityFromCatalogue(k, Lang::En);
        CHECK(x.application == std::string(k));
        CHECK(x.screening.has_value());
        CHECK_FALSE(x.name.empty());
    }

    Activity unknown = activityFromCatalogue("bogus", Lang::En);
    CHECK(unknown.application == "other");
}
