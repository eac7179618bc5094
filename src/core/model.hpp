// The register's data model: register file format v1 (PRODUCT.md) as plain C++ values.
// No dependencies. Unknown keys read from a file travel along as raw JSON object text in
// `extra` members, so that io/ can write them back unchanged (forward compatibility).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/enums.hpp"

namespace air {

// Screening facts the AI Act tier and the DPIA screen are derived from (DOMAIN.md 3).
struct Screening {
    bool interacts_with_people = false;
    bool generates_content = false;
    bool deepfake = false;
    bool public_interest_text = false;
    bool emotion_recognition = false;
    bool biometric_categorisation = false;
    bool infers_sensitive_traits = false;
    bool workplace_or_education = false;
    bool medical_or_safety_reason = false;
    bool manipulative_techniques = false;
    bool exploits_vulnerabilities = false;
    bool social_scoring = false;
    bool narrow_procedural_task = false;
    bool profiling = false;
    bool automated_decision = false;
    bool human_review = false;
    bool large_scale = false;
    bool systematic_monitoring = false;
    bool combines_datasets = false;
    bool innovative_technology = false;
    bool vulnerable_subjects = false;
    bool blocks_service = false;
    bool evaluation_scoring = false;
    bool direct_marketing = false;
    // Added by rule set 2026.12 (DOMAIN.md 3a); 2026.11 ignores them.
    bool intimate_imagery = false;   // sexual/intimate images of real people without consent (Art. 5(1)(ba))
    bool editorial_control = false;  // a person reviews and answers for generated text (Art. 50(4))
    bool public_space = false;       // monitors a publicly accessible area (Art. 35(3)(c) GDPR)
    AnnexIII annex_iii = AnnexIII::None;

    bool operator==(const Screening&) const = default;
};

// One boolean screening fact, addressable by key (for JSON, CSV, the wizard and the store).
struct ScreeningFlag {
    const char* key;
    bool Screening::*member;
    const char* en;  // its name for people, in plain words
    const char* nl;
};
inline constexpr ScreeningFlag kScreeningFlags[] = {
    {"interacts_with_people", &Screening::interacts_with_people, "Interacts with people", "Communiceert met mensen"},
    {"generates_content", &Screening::generates_content, "Generates content", "Genereert content"},
    {"deepfake", &Screening::deepfake, "Deepfake", "Deepfake"},
    {"public_interest_text", &Screening::public_interest_text, "Text on matters of public interest", "Tekst over zaken van algemeen belang"},
    {"emotion_recognition", &Screening::emotion_recognition, "Emotion recognition", "Emotieherkenning"},
    {"biometric_categorisation", &Screening::biometric_categorisation, "Biometric categorisation", "Biometrische categorisering"},
    {"infers_sensitive_traits", &Screening::infers_sensitive_traits, "Infers sensitive traits", "Leidt gevoelige kenmerken af"},
    {"workplace_or_education", &Screening::workplace_or_education, "Used at work or in education", "Ingezet op het werk of in het onderwijs"},
    {"medical_or_safety_reason", &Screening::medical_or_safety_reason, "Medical or safety reason", "Medische of veiligheidsreden"},
    {"manipulative_techniques", &Screening::manipulative_techniques, "Manipulative techniques", "Manipulatieve technieken"},
    {"exploits_vulnerabilities", &Screening::exploits_vulnerabilities, "Exploits vulnerabilities", "Misbruikt kwetsbaarheden"},
    {"social_scoring", &Screening::social_scoring, "Social scoring", "Sociale scoring"},
    {"narrow_procedural_task", &Screening::narrow_procedural_task, "Only a narrow procedural task", "Alleen een beperkte procedurele taak"},
    {"profiling", &Screening::profiling, "Profiling", "Profilering"},
    {"automated_decision", &Screening::automated_decision, "Automated decision", "Geautomatiseerd besluit"},
    {"human_review", &Screening::human_review, "Human review on request (GDPR Art. 22(3))", "Menselijke herbeoordeling op verzoek (art. 22 lid 3 AVG)"},
    {"large_scale", &Screening::large_scale, "Large scale", "Grote schaal"},
    {"systematic_monitoring", &Screening::systematic_monitoring, "Systematic monitoring", "Stelselmatige monitoring"},
    {"combines_datasets", &Screening::combines_datasets, "Combines datasets", "Combineert datasets"},
    {"innovative_technology", &Screening::innovative_technology, "Innovative technology", "Innovatieve technologie"},
    {"vulnerable_subjects", &Screening::vulnerable_subjects, "Vulnerable data subjects", "Kwetsbare betrokkenen"},
    {"blocks_service", &Screening::blocks_service, "Can block a service, right or contract", "Kan een dienst, recht of overeenkomst blokkeren"},
    {"evaluation_scoring", &Screening::evaluation_scoring, "Evaluation or scoring", "Evalueren of scoren"},
    {"direct_marketing", &Screening::direct_marketing, "Direct marketing", "Direct marketing"},
    {"intimate_imagery", &Screening::intimate_imagery, "Intimate images of real people without consent", "Intieme beelden van echte personen zonder toestemming"},
    {"editorial_control", &Screening::editorial_control, "A person takes editorial responsibility", "Een mens draagt de redactionele verantwoordelijkheid"},
    {"public_space", &Screening::public_space, "Monitors a publicly accessible area", "Monitort een openbaar toegankelijke ruimte"},
};
// The flags rule set 2026.11 knows (the first ones of kScreeningFlags).
inline constexpr std::size_t kScreeningFlags202611 = 24;

struct Processor {
    std::string name;
    bool dpa_signed = false;  // for a joint controller: the Art. 26 arrangement
    bool outside_eu = false;  // outside the EEA (an adequacy country is still a transfer)
    TransferSafeguard transfer_safeguard = TransferSafeguard::None;
    std::vector<Certification> certifications;
    TrainingReuse reuses_data_for_training = TrainingReuse::Unknown;
    std::string extra;  // unknown keys, JSON object text ("" = none)
    // Added by rule set 2026.12 (last, so that older aggregate initialisers stay valid).
    VendorRole role = VendorRole::Processor;
    std::string country;  // free text; "" = not recorded

    bool operator==(const Processor&) const = default;
};

struct Review {
    ReviewStatus status = ReviewStatus::Draft;
    std::string reviewer;
    std::string reviewed_at;  // YYYY-MM-DD or ""
    std::string next_review;  // YYYY-MM-DD or ""

    bool operator==(const Review&) const = default;
};

struct Activity {
    std::string id;    // required, unique; merge key
    std::string name;  // required, 1-200 chars
    std::string description;
    std::string purpose;
    std::string owner;
    std::string vendor;
    std::string retention;
    std::string human_oversight;
    std::string bias_monitoring;
    std::string notes;
    std::string application;  // catalogue key (core/catalogue.hpp), "other" or ""
    Lifecycle lifecycle = Lifecycle::Idea;
    AiActRole ai_act_role = AiActRole::Deployer;
    bool personal_data = true;  // 2026.12: false = processes no personal data at all
    std::vector<DataSubject> data_subjects;
    std::vector<DataCategory> data_categories;
    LegalBasis legal_basis = LegalBasis::None;
    Art9Condition art9_condition = Art9Condition::None;
    bool consent_explicit = false;  // 2026.12: consent is explicit (Art. 22(2)(c), TTPA Art. 18)
    bool lia_documented = false;
    bool transparency_notice = false;
    bool opt_out = false;
    bool content_rights_checked = false;
    std::string recipients;         // 2026.12: recipients other than processors (Art. 30(1)(d))
    std::string security_measures;  // 2026.12: own technical and organisational measures (Art. 32)
    std::optional<Screening> screening;  // absent = unassessed
    std::vector<Processor> processors;
    DpiaStatus dpia = DpiaStatus::None;
    Review review;
    std::string created_at;  // RFC 3339
    std::string updated_at;  // RFC 3339; decides merges
    std::string extra;       // unknown activity keys, JSON object text ("" = none)

    bool operator==(const Activity&) const = default;
};

// ---- workshops -----------------------------------------------------------------------
struct Vote {
    std::string activity_id;
    Principle principle = Principle::Transparency;
    int green = 0, amber = 0, red = 0;
    bool operator==(const Vote&) const = default;
};
struct WorkshopNote {
    std::string activity_id;
    Principle principle = Principle::Transparency;
    std::string text;
    bool operator==(const WorkshopNote&) const = default;
};
struct WorkshopAction {
    std::string activity_id;
    std::string text;
    std::string owner;
    std::string due;  // YYYY-MM-DD or ""
    bool done = false;
    bool operator==(const WorkshopAction&) const = default;
};
struct Workshop {
    std::string id;
    std::string title;
    std::string date;  // YYYY-MM-DD
    std::string facilitator;
    std::vector<std::string> activity_ids;
    std::vector<Vote> votes;
    std::vector<WorkshopNote> notes;
    std::vector<WorkshopAction> actions;
    std::string extra;  // unknown keys, JSON object text
    bool operator==(const Workshop&) const = default;
};

// ---- the team's own framework (issue #10: DDMA's "build your own ethical framework") -----
// Which activities a framework item touches. An activity touches the item when it matches any
// listed value (its application, one of its data categories or subjects, a screening fact
// that holds, or its id); an empty scope touches every activity.
struct FrameworkScope {
    std::vector<std::string> applications;  // catalogue keys (core/catalogue.hpp)
    std::vector<DataCategory> data_categories;
    std::vector<DataSubject> data_subjects;
    std::vector<std::string> screening;     // kScreeningFlags keys
    std::vector<std::string> activity_ids;
    bool empty() const {
        return applications.empty() && data_categories.empty() && data_subjects.empty() && screening.empty() &&
               activity_ids.empty();
    }
    bool operator==(const FrameworkScope&) const = default;
};
struct FrameworkItem {
    std::string id;
    FrameworkKind kind = FrameworkKind::Principle;
    std::string text;         // "No credit products as suggestions"
    std::string explanation;  // why the team holds it; optional
    FrameworkStatus status = FrameworkStatus::Proposed;
    std::string workshop_id;  // the workshop that proposed or decided it ("" = none)
    std::string decided_at;   // YYYY-MM-DD of adoption, rejection or retirement ("" = open)
    int votes_for = 0, votes_against = 0, votes_abstain = 0;  // the last show of hands
    FrameworkScope applies_to;
    std::string extra;  // unknown keys, JSON object text
    bool operator==(const FrameworkItem&) const = default;
};

// ---- tombstones ----------------------------------------------------------------------
// A deleted activity: its id and when it was deleted (the file's optional top-level
// "deleted" array, docs/FILE_FORMAT.md). Merges use it so a deletion is not undone by an
// older copy of the activity from another file.
struct Tombstone {
    std::string id;          // the deleted activity's id
    std::string deleted_at;  // RFC 3339
    std::string extra;       // unknown keys, JSON object text
    bool operator==(const Tombstone&) const = default;
};

// The organisation as controller and its DPO (top-level "controller", Art. 30(1)(a) GDPR).
struct Dpo {
    std::string name;
    std::string contact;
    bool operator==(const Dpo&) const = default;
};
struct Controller {
    std::string name;
    std::string address;
    std::string contact;
    Dpo dpo;
    bool operator==(const Controller&) const = default;
};

// A whole register file.
struct Register {
    std::string organisation;
    std::string exported_at;  // RFC 3339, set on export
    std::vector<Activity> activities;
    std::vector<Workshop> workshops;
    std::string extra;  // unknown top-level keys, JSON object text
    std::vector<Tombstone> deleted;  // ids never repeat; an id here is normally not an activity
    std::optional<Controller> controller;  // absent = not recorded (2026.12 GDPR-30)
    // The rule set whose changes the team has seen for this register (top-level
    // "rules_version"); "" = a file from before rule set 2026.12, which counts as "2026.11".
    std::string rules_version;
    std::vector<FrameworkItem> framework;  // the team's principles and red lines (top-level "framework")
    bool operator==(const Register&) const = default;
};

inline constexpr int kFormatVersion = 1;
inline constexpr const char* kFormatName = "ai-activity-register";

}  // namespace air
