// The catalogue of common marketing AI activities (DOMAIN.md 4): one entry per `application`
// key, in DOMAIN.md's order. An entry pre-fills a new activity with a name, a description,
// typical data subjects and categories, typical screening facts and a suggested legal basis;
// the user confirms or corrects every one of them. Hints say what to watch, citing the law.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air {

// The `application` keys of DOMAIN.md 4, in its order; `other` last.
inline constexpr std::array<std::string_view, 34> kCatalogueKeys = {
    "lead_scoring",          "email_personalisation",  "send_time_optimisation",
    "content_generation",    "seo_optimisation",       "translation_localisation",
    "chatbot",               "voice_assistant",        "social_listening",
    "influencer_identification", "ad_optimisation",    "budget_allocation",
    "web_personalisation",   "product_recommendations", "analytics_insights",
    "anomaly_detection",     "churn_prediction",       "dynamic_pricing",
    "journey_automation",    "next_best_action",       "personas_data_mining",
    "market_research",       "review_analysis",        "generative_creative",
    "deepfake_video",        "emotion_recognition_media", "lookalike_audiences",
    "route_optimisation",    "llm_copywriting",        "recruitment_ads",
    "credit_offer_targeting", "insurance_pricing",     "political_microtargeting",
    "other",
};

// True when every key of kCatalogueKeys occurs once (checked at compile time below).
constexpr bool catalogueKeysUnique() {
    for (std::size_t i = 0; i < kCatalogueKeys.size(); ++i)
        for (std::size_t j = i + 1; j < kCatalogueKeys.size(); ++j)
            if (kCatalogueKeys[i] == kCatalogueKeys[j]) return false;
    return true;
}
static_assert(catalogueKeysUnique(), "catalogue keys must be unique");
static_assert(kCatalogueKeys.back() == "other", "`other` is the last catalogue key");

struct CatalogueEntry {
    std::string_view key;             // `application` key, one of kCatalogueKeys
    std::string_view name_en, name_nl;  // default activity name
    std::string_view description_en, description_nl;  // 1-2 sentences for marketers
    std::vector<DataSubject> data_subjects;            // typical, may be empty
    std::vector<DataCategory> data_categories;         // typical, may be empty
    Screening screening;                               // only the facts that typically hold
    LegalBasis legal_basis = LegalBasis::None;         // suggestion; None = no suggestion
    std::string_view vendor_example;                   // deliberately empty: no brand names
    std::string_view hints_en, hints_nl;               // 1-3 short sentences on what to watch

    std::string_view name(Lang lang) const { return lang == Lang::Nl ? name_nl : name_en; }
    std::string_view description(Lang lang) const {
        return lang == Lang::Nl ? description_nl : description_en;
    }
    std::string_view hints(Lang lang) const { return lang == Lang::Nl ? hints_nl : hints_en; }
};

// All entries, one per kCatalogueKeys key, in the same order. Built once; never changes.
const std::vector<CatalogueEntry>& catalogue();

// The entry for an `application` key; nullptr for an unknown key.
const CatalogueEntry* catalogueEntry(std::string_view key);

// A new activity pre-filled from the entry for `key` in `lang`: name, description,
// application, data subjects and categories, screening and legal basis. The id and every
// other field stay empty/default. An unknown key gives an activity with only `application`
// set to "other" and the `other` entry's defaults.
Activity activityFromCatalogue(std::string_view key, Lang lang);

}  // namespace air
