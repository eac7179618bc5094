// History values and their display: see history_text.hpp.
#include "app/history_text.hpp"

#include <cstdio>
#include <iterator>

namespace air::app {

namespace {

template <class E>
std::string keyText(E e) {
    if (std::size_t(e) >= enumCount<E>()) return "?";
    return std::string(keyOf(e));
}

const char* yesNo(bool b) { return b ? "yes" : "no"; }

template <class E>
std::string listText(const std::vector<E>& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += " | ";
        out += keyText(v[i]);
    }
    return out;
}

// JSON string literal for `s` (quotes included); control characters escaped.
std::string jsonString(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

void add(std::vector<FieldChange>& out, const char* field, std::string oldV, std::string newV) {
    if (oldV != newV) out.push_back({field, std::move(oldV), std::move(newV)});
}

}  // namespace

std::string screeningText(const std::optional<Screening>& s) {
    if (!s) return "";
    std::string out = "{";
    bool first = true;
    for (const ScreeningFlag& f : kScreeningFlags) {
        if (!(*s.*(f.member))) continue;
        if (!first) out += ", ";
        out += jsonString(f.key) + ": true";
        first = false;
    }
    if (s->annex_iii != AnnexIII::None) {
        if (!first) out += ", ";
        out += "\"annex_iii\": " + jsonString(keyText(s->annex_iii));
    }
    return out + "}";
}

std::string processorsText(const std::vector<Processor>& ps) {
    std::string out = "[";
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Processor& p = ps[i];
        if (i) out += ", ";
        out += "{\"name\": " + jsonString(p.name);
        out += ", \"role\": " + jsonString(keyText(p.role));
        out += std::string(", \"dpa_signed\": ") + (p.dpa_signed ? "true" : "false");
        out += std::string(", \"outside_eu\": ") + (p.outside_eu ? "true" : "false");
        out += ", \"country\": " + jsonString(p.country);
        out += ", \"transfer_safeguard\": " + jsonString(keyText(p.transfer_safeguard));
        out += ", \"certifications\": [";
        for (std::size_t j = 0; j < p.certifications.size(); ++j)
            out += (j ? ", " : "") + jsonString(keyText(p.certifications[j]));
        out += "], \"reuses_data_for_training\": " + jsonString(keyText(p.reuses_data_for_training));
        if (!p.extra.empty()) out += ", \"extra\": " + p.extra;
        out += "}";
    }
    return out + "]";
}

std::vector<FieldChange> diffActivity(const Activity& b, const Activity& a) {
    // Register-file order; every member of Activity except id and updated_at is compared here.
    std::vector<FieldChange> out;
    add(out, "name", b.name, a.name);
    add(out, "description", b.description, a.description);
    add(out, "purpose", b.purpose, a.purpose);
    add(out, "owner", b.owner, a.owner);
    add(out, "vendor", b.vendor, a.vendor);
    add(out, "retention", b.retention, a.retention);
    add(out, "human_oversight", b.human_oversight, a.human_oversight);
    add(out, "bias_monitoring", b.bias_monitoring, a.bias_monitoring);
    add(out, "notes", b.notes, a.notes);
    add(out, "application", b.application, a.application);
    add(out, "lifecycle", keyText(b.lifecycle), keyText(a.lifecycle));
    add(out, "ai_act_role", keyText(b.ai_act_role), keyText(a.ai_act_role));
    add(out, "personal_data", yesNo(b.personal_data), yesNo(a.personal_data));
    add(out, "data_subjects", listText(b.data_subjects), listText(a.data_subjects));
    add(out, "data_categories", listText(b.data_categories), listText(a.data_categories));
    add(out, "legal_basis", keyText(b.legal_basis), keyText(a.legal_basis));
    add(out, "art9_condition", keyText(b.art9_condition), keyText(a.art9_condition));
    add(out, "consent_explicit", yesNo(b.consent_explicit), yesNo(a.consent_explicit));
    add(out, "lia_documented", yesNo(b.lia_documented), yesNo(a.lia_documented));
    add(out, "transparency_notice", yesNo(b.transparency_notice), yesNo(a.transparency_notice));
    add(out, "opt_out", yesNo(b.opt_out), yesNo(a.opt_out));
    add(out, "content_rights_checked", yesNo(b.content_rights_checked), yesNo(a.content_rights_checked));
    add(out, "recipients", b.recipients, a.recipients);
    add(out, "security_measures", b.security_measures, a.security_measures);
    if (b.screening && a.screening) {
        for (const ScreeningFlag& f : kScreeningFlags) {
            const bool x = *b.screening.*(f.member), y = *a.screening.*(f.member);
            if (x != y) out.push_back({std::string("screening.") + f.key, yesNo(x), yesNo(y)});
        }
        add(out, "screening.annex_iii", keyText(b.screening->annex_iii), keyText(a.screening->annex_iii));
    } else if (b.screening.has_value() != a.screening.has_value()) {
        out.push_back({"screening", screeningText(b.screening), screeningText(a.screening)});
    }
    if (b.processors != a.processors)
        out.push_back({"processors", processorsText(b.processors), processorsText(a.processors)});
    add(out, "dpia", keyText(b.dpia), keyText(a.dpia));
    add(out, "review.status", keyText(b.review.status), keyText(a.review.status));
    add(out, "review.reviewer", b.review.reviewer, a.review.reviewer);
    add(out, "review.reviewed_at", b.review.reviewed_at, a.review.reviewed_at);
    add(out, "review.next_review", b.review.next_review, a.review.next_review);
    add(out, "created_at", b.created_at, a.created_at);
    if (b.extra != a.extra) out.push_back({"extra", b.extra, a.extra});
    return out;
}

// ---- display ---------------------------------------------------------------------------
namespace {

struct FieldName {
    std::string_view key, en, nl;
};
constexpr FieldName kFieldNames[] = {
    {"name", "Name", "Naam"},
    {"description", "Description", "Beschrijving"},
    {"purpose", "Purpose", "Doel"},
    {"owner", "Owner", "Eigenaar"},
    {"vendor", "Vendor", "Leverancier"},
    {"retention", "Retention period", "Bewaartermijn"},
    {"human_oversight", "Human oversight", "Menselijk toezicht"},
    {"bias_monitoring", "Bias monitoring", "Controle op vooringenomenheid"},
    {"notes", "Notes", "Notities"},
    {"application", "Application", "Toepassing"},
    {"lifecycle", "Lifecycle", "Levensfase"},
    {"ai_act_role", "AI Act role", "Rol onder de AI-verordening"},
    {"personal_data", "Processes personal data", "Verwerkt persoonsgegevens"},
    {"data_subjects", "Data subjects", "Betrokkenen"},
    {"data_categories", "Data categories", "Categorieën persoonsgegevens"},
    {"legal_basis", "Legal basis", "Grondslag"},
    {"art9_condition", "Art. 9 condition", "Uitzonderingsgrond art. 9"},
    {"consent_explicit", "Explicit consent", "Uitdrukkelijke toestemming"},
    {"lia_documented", "Legitimate-interest assessment documented", "Belangenafweging vastgelegd"},
    {"transparency_notice", "People informed", "Betrokkenen geïnformeerd"},
    {"opt_out", "Opt-out offered", "Afmeldmogelijkheid geboden"},
    {"content_rights_checked", "Content rights checked", "Rechten op content gecontroleerd"},
    {"recipients", "Recipients", "Ontvangers"},
    {"security_measures", "Security measures", "Beveiligingsmaatregelen"},
    {"screening", "Screening", "Screening"},
    {"screening.interacts_with_people", "Screening: interacts with people", "Screening: contact met mensen"},
    {"screening.generates_content", "Screening: generates content", "Screening: maakt content"},
    {"screening.deepfake", "Screening: deepfake", "Screening: deepfake"},
    {"screening.public_interest_text", "Screening: text on public-interest matters", "Screening: tekst over zaken van algemeen belang"},
    {"screening.emotion_recognition", "Screening: emotion recognition", "Screening: emotieherkenning"},
    {"screening.biometric_categorisation", "Screening: biometric categorisation", "Screening: biometrische indeling"},
    {"screening.infers_sensitive_traits", "Screening: infers sensitive traits", "Screening: leidt gevoelige kenmerken af"},
    {"screening.workplace_or_education", "Screening: at work or in education", "Screening: op het werk of in het onderwijs"},
    {"screening.medical_or_safety_reason", "Screening: medical or safety reason", "Screening: medische of veiligheidsreden"},
    {"screening.manipulative_techniques", "Screening: manipulative techniques", "Screening: manipulatieve technieken"},
    {"screening.exploits_vulnerabilities", "Screening: exploits vulnerabilities", "Screening: misbruikt kwetsbaarheden"},
    {"screening.social_scoring", "Screening: social scoring", "Screening: sociale scoring"},
    {"screening.narrow_procedural_task", "Screening: narrow procedural task only", "Screening: alleen een beperkte procedurele taak"},
    {"screening.profiling", "Screening: profiling", "Screening: profilering"},
    {"screening.automated_decision", "Screening: automated decision", "Screening: geautomatiseerd besluit"},
    {"screening.human_review", "Screening: human review", "Screening: menselijke beoordeling"},
    {"screening.large_scale", "Screening: large scale", "Screening: grootschalig"},
    {"screening.systematic_monitoring", "Screening: systematic monitoring", "Screening: stelselmatige monitoring"},
    {"screening.combines_datasets", "Screening: combines datasets", "Screening: combineert datasets"},
    {"screening.innovative_technology", "Screening: innovative technology", "Screening: innovatieve technologie"},
    {"screening.vulnerable_subjects", "Screening: vulnerable people", "Screening: kwetsbare betrokkenen"},
    {"screening.blocks_service", "Screening: can block a service or contract", "Screening: kan een dienst of contract blokkeren"},
    {"screening.evaluation_scoring", "Screening: evaluation or scoring", "Screening: beoordeling of scoring"},
    {"screening.direct_marketing", "Screening: direct marketing", "Screening: direct marketing"},
    {"screening.intimate_imagery", "Screening: intimate images without consent", "Screening: intieme beelden zonder toestemming"},
    {"screening.editorial_control", "Screening: editorial responsibility", "Screening: redactionele verantwoordelijkheid"},
    {"screening.public_space", "Screening: publicly accessible area", "Screening: openbaar toegankelijke ruimte"},
    {"screening.annex_iii", "Screening: Annex III area", "Screening: gebied uit bijlage III"},
    {"processors", "Processors", "Verwerkers"},
    {"dpia", "DPIA status", "DPIA-status"},
    {"review.status", "Review status", "Beoordelingsstatus"},
    {"review.reviewer", "Reviewer", "Beoordelaar"},
    {"review.reviewed_at", "Reviewed on", "Beoordeeld op"},
    {"review.next_review", "Next review", "Volgende beoordeling"},
    {"created_at", "Created on", "Aangemaakt op"},
    {"extra", "Other fields from the file", "Overige velden uit het bestand"},
    {"created", "Created", "Aangemaakt"},
    {"imported", "Imported", "Geïmporteerd"},
};
static_assert(std::size(kFieldNames) == 36 + std::size(kScreeningFlags),
              "every screening flag needs a history field name");

template <class E>
std::string enumLabel(std::string_view key, Lang lang) {
    if (std::optional<E> e = parseKey<E>(key)) return std::string(labelOf(*e, lang));
    return std::string(key);
}

template <class E>
std::string enumListLabel(std::string_view value, Lang lang) {
    std::string out;
    std::size_t start = 0;
    while (start <= value.size() && !value.empty()) {
        std::size_t end = value.find(" | ", start);
        std::string_view part = value.substr(start, end == std::string_view::npos ? value.npos : end - start);
        if (!out.empty()) out += ", ";
        out += enumLabel<E>(part, lang);
        if (end == std::string_view::npos) break;
        start = end + 3;
    }
    return out;
}

bool isYesNoField(std::string_view field) {
    if (field == "lia_documented" || field == "transparency_notice" || field == "opt_out" ||
        field == "content_rights_checked")
        return true;
    return field.substr(0, 10) == "screening." && field != "screening.annex_iii";
}

}  // namespace

std::string historyValueLabel(std::string_view field, std::string_view value, Lang lang) {
    if (isYesNoField(field)) {
        if (value == "yes") return lang == Lang::Nl ? "Ja" : "Yes";
        if (value == "no") return lang == Lang::Nl ? "Nee" : "No";
        return std::string(value);
    }
    if (field == "lifecycle") return enumLabel<Lifecycle>(value, lang);
    if (field == "ai_act_role") return enumLabel<AiActRole>(value, lang);
    if (field == "legal_basis") return enumLabel<LegalBasis>(value, lang);
    if (field == "art9_condition") return enumLabel<Art9Condition>(value, lang);
    if (field == "dpia") return enumLabel<DpiaStatus>(value, lang);
    if (field == "review.status") return enumLabel<ReviewStatus>(value, lang);
    if (field == "screening.annex_iii") return enumLabel<AnnexIII>(value, lang);
    if (field == "data_subjects") return enumListLabel<DataSubject>(value, lang);
    if (field == "data_categories") return enumListLabel<DataCategory>(value, lang);
    if (field == "screening" && value.empty())
        return std::string(labelOf(Tier::Unassessed, lang));
    return std::string(value);
}

std::string historyFieldLabel(std::string_view field, Lang lang) {
    for (const FieldName& f : kFieldNames)
        if (f.key == field) return std::string(lang == Lang::Nl ? f.nl : f.en);
    return std::string(field);
}

}  // namespace air::app
