// The register's enumerations, each with its file key and its Dutch and English label.
// Keys are the strings of register file format v1 (PRODUCT.md); labels are what users read.
// Every table is checked against its enum's COUNT at compile time.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/i18n.hpp"

namespace air {

struct EnumItem {
    std::string_view key;  // register-file key ("" allowed for "not set")
    std::string_view en;   // English label
    std::string_view nl;   // Dutch label
};

template <class E>
struct EnumTable;  // specialised below: static constexpr std::array<EnumItem, N> items

#define AIR_ENUM_TABLE(E, ...)                                                       \
    template <>                                                                      \
    struct EnumTable<E> {                                                            \
        static constexpr EnumItem items[] = {__VA_ARGS__};                           \
        static constexpr std::size_t size = std::size(items);                        \
        static_assert(size == std::size_t(E::COUNT), #E ": table and enum differ");  \
    }

// ---- lifecycle -----------------------------------------------------------------
enum class Lifecycle { Idea, Pilot, Production, Retired, COUNT };
AIR_ENUM_TABLE(Lifecycle,
               {"idea", "Idea", "Idee"},
               {"pilot", "Pilot", "Pilot"},
               {"production", "Production", "In productie"},
               {"retired", "Retired", "Uitgefaseerd"});

// ---- AI Act role (Art. 3) ---------------------------------------------------------
enum class AiActRole { Deployer, Provider, Importer, Distributor, COUNT };
AIR_ENUM_TABLE(AiActRole,
               {"deployer", "Deployer (user)", "Gebruiksverantwoordelijke"},
               {"provider", "Provider", "Aanbieder"},
               {"importer", "Importer", "Importeur"},
               {"distributor", "Distributor", "Distributeur"});

// ---- data subjects ----------------------------------------------------------------
enum class DataSubject {
    Customers, Prospects, WebsiteVisitors, Employees, JobApplicants, Children, GeneralPublic, COUNT
};
AIR_ENUM_TABLE(DataSubject,
               {"customers", "Customers", "Klanten"},
               {"prospects", "Prospects", "Prospects"},
               {"website_visitors", "Website visitors", "Websitebezoekers"},
               {"employees", "Employees", "Medewerkers"},
               {"job_applicants", "Job applicants", "Sollicitanten"},
               {"children", "Children", "Kinderen"},
               {"general_public", "General public", "Breed publiek"});

// ---- data categories (the last nine are Art. 9 / Art. 10 data) ---------------------
enum class DataCategory {
    Contact, Identifiers, Demographics, Behavioural, PurchaseHistory, Location, Financial,
    Communications, ImagesVoice, InferredProfile,
    RacialEthnic, Political, Religious, TradeUnion, Genetic, Biometric, Health, SexLife, Criminal,
    COUNT
};
AIR_ENUM_TABLE(DataCategory,
               {"contact", "Contact details", "Contactgegevens"},
               {"identifiers", "Identifiers (IDs, cookies)", "Identificatoren (ID's, cookies)"},
               {"demographics", "Demographics", "Demografische gegevens"},
               {"behavioural", "Behaviour (clicks, visits)", "Gedrag (klikken, bezoeken)"},
               {"purchase_history", "Purchase history", "Aankoophistorie"},
               {"location", "Location", "Locatie"},
               {"financial", "Financial situation", "Financiële situatie"},
               {"communications", "Communications content", "Inhoud van communicatie"},
               {"images_voice", "Images and voice", "Beeld en stem"},
               {"inferred_profile", "Inferred profile", "Afgeleid profiel"},
               {"racial_ethnic", "Racial or ethnic origin", "Ras of etnische afkomst"},
               {"political", "Political opinions", "Politieke opvattingen"},
               {"religious", "Religion or beliefs", "Religie of levensovertuiging"},
               {"trade_union", "Trade-union membership", "Lidmaatschap vakbond"},
               {"genetic", "Genetic data", "Genetische gegevens"},
               {"biometric", "Biometric data for unique identification", "Biometrische gegevens voor unieke identificatie"},
               {"health", "Health", "Gezondheid"},
               {"sex_life", "Sex life or orientation", "Seksueel gedrag of gerichtheid"},
               {"criminal", "Criminal convictions (Art. 10)", "Strafrechtelijke gegevens (art. 10)"});

// GDPR Art. 9(1) special categories.
constexpr bool isArt9(DataCategory c) {
    return c >= DataCategory::RacialEthnic && c <= DataCategory::SexLife;
}
// Art. 9 data or Art. 10 (criminal) data: the ones the UI marks.
constexpr bool isSpecial(DataCategory c) { return c >= DataCategory::RacialEthnic; }
// DOMAIN.md 3: "sensitive data" = Art. 9, criminal, financial, location or communications.
constexpr bool isSensitive(DataCategory c) {
    return isSpecial(c) || c == DataCategory::Financial || c == DataCategory::Location ||
           c == DataCategory::Communications;
}

// ---- GDPR Art. 6(1) legal basis ----------------------------------------------------
enum class LegalBasis {
    None, Consent, Contract, LegalObligation, VitalInterests, PublicTask, LegitimateInterests, COUNT
};
AIR_ENUM_TABLE(LegalBasis,
               {"", "(not chosen)", "(niet gekozen)"},
               {"consent", "Consent", "Toestemming"},
               {"contract", "Contract", "Overeenkomst"},
               {"legal_obligation", "Legal obligation", "Wettelijke verplichting"},
               {"vital_interests", "Vital interests", "Vitaal belang"},
               {"public_task", "Public task", "Taak van algemeen belang"},
               {"legitimate_interests", "Legitimate interests", "Gerechtvaardigd belang"});

// ---- GDPR Art. 9(2) condition ------------------------------------------------------
enum class Art9Condition {
    None, ExplicitConsent, EmploymentLaw, VitalInterests, Nonprofit, MadePublic, LegalClaims,
    SubstantialPublicInterest, HealthCare, PublicHealth, Research, COUNT
};
AIR_ENUM_TABLE(Art9Condition,
               {"", "(none)", "(geen)"},
               {"explicit_consent", "Explicit consent", "Uitdrukkelijke toestemming"},
               {"employment_law", "Employment and social security law", "Arbeidsrecht en sociale zekerheid"},
               {"vital_interests", "Vital interests", "Vitaal belang"},
               {"nonprofit", "Non-profit body", "Stichting of vereniging zonder winstoogmerk"},
               {"made_public", "Manifestly made public by the person", "Door betrokkene kennelijk openbaar gemaakt"},
               {"legal_claims", "Legal claims", "Rechtsvordering"},
               {"substantial_public_interest", "Substantial public interest", "Zwaarwegend algemeen belang"},
               {"health_care", "Health or social care", "Gezondheids- of sociale zorg"},
               {"public_health", "Public health", "Volksgezondheid"},
               {"research", "Research or statistics", "Onderzoek of statistiek"});

// ---- processors --------------------------------------------------------------------
enum class TransferSafeguard { None, Adequacy, Scc, Bcr, Derogation, COUNT };
AIR_ENUM_TABLE(TransferSafeguard,
               {"", "(none)", "(geen)"},
               {"adequacy", "Adequacy decision", "Adequaatheidsbesluit"},
               {"scc", "Standard contractual clauses", "Modelcontractbepalingen (SCC)"},
               {"bcr", "Binding corporate rules", "Bindende bedrijfsvoorschriften (BCR)"},
               {"derogation", "Derogation (Art. 49)", "Uitzondering (art. 49)"});

enum class TrainingReuse { Unknown, Yes, No, COUNT };
AIR_ENUM_TABLE(TrainingReuse,
               {"unknown", "Unknown", "Onbekend"},
               {"yes", "Yes", "Ja"},
               {"no", "No", "Nee"});

// Who the vendor is under the GDPR for this activity (rule set 2026.12, Art. 4(7)-(8), 26, 28).
enum class VendorRole { Processor, JointController, Controller, COUNT };
AIR_ENUM_TABLE(VendorRole,
               {"processor", "Processor", "Verwerker"},
               {"joint_controller", "Joint controller", "Gezamenlijk verwerkingsverantwoordelijke"},
               {"controller", "Independent controller", "Zelfstandig verwerkingsverantwoordelijke"});

enum class Certification { Iso27001, Soc2, COUNT };
AIR_ENUM_TABLE(Certification,
               {"iso27001", "ISO 27001", "ISO 27001"},
               {"soc2", "SOC 2", "SOC 2"});

// ---- DPIA status (of the assessment itself) ----------------------------------------
enum class DpiaStatus { None, NotNeeded, Planned, Done, COUNT };
AIR_ENUM_TABLE(DpiaStatus,
               {"", "(not set)", "(niet ingevuld)"},
               {"not_needed", "Not needed", "Niet nodig"},
               {"planned", "Planned", "Gepland"},
               {"done", "Done", "Uitgevoerd"});

// ---- review ------------------------------------------------------------------------
enum class ReviewStatus { Draft, InReview, Approved, ChangesRequested, COUNT };
AIR_ENUM_TABLE(ReviewStatus,
               {"draft", "Draft", "Concept"},
               {"in_review", "In review", "In beoordeling"},
               {"approved", "Approved", "Goedgekeurd"},
               {"changes_requested", "Changes requested", "Aanpassing gevraagd"});

// ---- AI Act Annex III area ---------------------------------------------------------
enum class AnnexIII {
    None, BiometricIdentification, CriticalInfrastructure, Education, Employment, PublicBenefits,
    Creditworthiness, InsurancePricing, EmergencyServices, LawEnforcement, Migration, Justice,
    Elections, COUNT
};
AIR_ENUM_TABLE(AnnexIII,
               {"", "None of these", "Geen van deze"},
               {"biometric_identification", "Biometrics (1)", "Biometrie (1)"},
               {"critical_infrastructure", "Critical infrastructure (2)", "Kritieke infrastructuur (2)"},
               {"education", "Education (3)", "Onderwijs (3)"},
               {"employment", "Employment, incl. job ads (4)", "Werk, incl. vacature-advertenties (4)"},
               {"public_benefits", "Public benefits (5a)", "Publieke uitkeringen (5a)"},
               {"creditworthiness", "Creditworthiness (5b)", "Kredietwaardigheid (5b)"},
               {"insurance_pricing", "Life/health insurance pricing (5c)", "Prijs levens-/ziektekostenverzekering (5c)"},
               {"emergency_services", "Emergency calls (5d)", "Noodoproepen (5d)"},
               {"law_enforcement", "Law enforcement (6)", "Rechtshandhaving (6)"},
               {"migration", "Migration and borders (7)", "Migratie en grenzen (7)"},
               {"justice", "Justice (8a)", "Rechtspraak (8a)"},
               {"elections", "Elections and voting (8b)", "Verkiezingen en stemgedrag (8b)"});

// ---- derived values ----------------------------------------------------------------
// Ordered from worst to best; Unassessed last.
enum class Tier { Prohibited, High, Limited, Minimal, Unassessed, COUNT };
AIR_ENUM_TABLE(Tier,
               {"prohibited", "Prohibited", "Verboden"},
               {"high", "High risk", "Hoog risico"},
               {"limited", "Limited risk", "Beperkt risico"},
               {"minimal", "Minimal risk", "Minimaal risico"},
               {"unassessed", "Not assessed", "Niet beoordeeld"});

enum class Severity { Blocker, Warning, Info, COUNT };
AIR_ENUM_TABLE(Severity,
               {"blocker", "Blocker", "Blokkerend"},
               {"warning", "Warning", "Waarschuwing"},
               {"info", "Info", "Info"});

enum class DpiaVerdict { Required, Recommended, NotRequired, COUNT };
AIR_ENUM_TABLE(DpiaVerdict,
               {"required", "DPIA required", "DPIA verplicht"},
               {"recommended", "DPIA recommended", "DPIA aanbevolen"},
               {"not_required", "No DPIA needed", "Geen DPIA nodig"});

// ---- workshop principles (DOMAIN.md 5) ---------------------------------------------
enum class Principle {
    Transparency, Fairness, Privacy, Autonomy, HumanOversight, Accountability, Honesty, Trust, COUNT
};
AIR_ENUM_TABLE(Principle,
               {"transparency", "Transparency and explainability", "Transparantie en uitlegbaarheid"},
               {"fairness", "Fairness and bias", "Eerlijkheid en bias"},
               {"privacy", "Privacy and data minimisation", "Privacy en dataminimalisatie"},
               {"autonomy", "Autonomy and manipulation", "Autonomie en manipulatie"},
               {"human_oversight", "Human in the loop", "Menselijke tussenkomst"},
               {"accountability", "Accountability", "Verantwoording"},
               {"honesty", "Honesty about generated content", "Eerlijkheid over gegenereerde content"},
               {"trust", "Trust and long-term effects", "Vertrouwen en lange termijn"});

// ---- the team's own framework (top-level "framework", docs/FILE_FORMAT.md) ------------
// A principle the team holds itself to, or a red line it never crosses.
enum class FrameworkKind { Principle, RedLine, COUNT };
AIR_ENUM_TABLE(FrameworkKind,
               {"principle", "Principle", "Principe"},
               {"red_line", "Red line", "Rode lijn"});

// Where a framework item stands: proposed (in a workshop or outside it), adopted by the team,
// rejected, or retired after having been adopted. Only adopted items show on activities.
enum class FrameworkStatus { Proposed, Adopted, Rejected, Retired, COUNT };
AIR_ENUM_TABLE(FrameworkStatus,
               {"proposed", "Proposed", "Voorgesteld"},
               {"adopted", "Adopted", "Vastgesteld"},
               {"rejected", "Rejected", "Verworpen"},
               {"retired", "Retired", "Ingetrokken"});

#undef AIR_ENUM_TABLE

// ---- generic access ----------------------------------------------------------------
template <class E>
constexpr std::size_t enumCount() { return EnumTable<E>::size; }

template <class E>
constexpr std::string_view keyOf(E e) { return EnumTable<E>::items[std::size_t(e)].key; }

template <class E>
constexpr std::string_view labelOf(E e, Lang lang) {
    const EnumItem& it = EnumTable<E>::items[std::size_t(e)];
    return lang == Lang::Nl ? it.nl : it.en;
}

// Parses a register-file key; nullopt for an unknown key.
template <class E>
constexpr std::optional<E> parseKey(std::string_view key) {
    for (std::size_t i = 0; i < EnumTable<E>::size; ++i)
        if (EnumTable<E>::items[i].key == key) return E(i);
    return std::nullopt;
}

// All values of E in declaration order, for loops: for (auto v : allOf<Tier>()).
template <class E>
constexpr auto allOf() {
    std::array<E, EnumTable<E>::size> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = E(i);
    return out;
}

}  // namespace air
