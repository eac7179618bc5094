// The activity's fields, listed once. Every module that handles an activity field by field
// (the register file's JSON reader and writer, CSV columns, the store's columns, merges,
// diffs and history, the undo budget, the editor's tab of a field) derives its list from
// AIR_ACTIVITY_FIELDS, so a new field is added here and in each consumer's per-type code only
// when it has a new type. Consumers that need the member's C++ type expand the X-macro
// themselves (io/register_json.cpp, io/csv.cpp, store/repository.cpp); the others use the
// runtime table activityFields(), whose generic operations are generated from the same list.
// tests/core/fields_test.cpp checks, field by field, that every consumer carries every field.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air {

// How a field is stored and read (the member's type says the rest).
enum class FieldKind {
    Id,          // std::string, required, never edited
    Text,        // std::string, free text
    Bool,        // bool
    Enum,        // an enum of core/enums.hpp, written as its key
    EnumList,    // std::vector of such an enum, written as keys
    Date,        // std::string, "YYYY-MM-DD" or ""
    Timestamp,   // std::string, RFC 3339 or ""
    Screening,   // std::optional<Screening>: the flags of kScreeningFlags and annex_iii
    Processors,  // std::vector<Processor>
};

// Where a field is edited: the editor's tab (Meta = set by the program, never edited).
enum class FieldGroup { Basics, Data, Vendors, Screening, Safeguards, Review, Meta, COUNT };

// X(key, member, kind, group, English name, Dutch name), in register-file order (PRODUCT.md).
// key: the register-file key; "review.x" lives in the file's "review" object.
// member: the expression after "activity." that names the value.
// Names are what people read in history, import previews and exports.
#define AIR_ACTIVITY_FIELDS(X)                                                                          \
    X("id", id, Id, Meta, "ID", "ID")                                                                   \
    X("name", name, Text, Basics, "Name", "Naam")                                                       \
    X("description", description, Text, Basics, "Description", "Beschrijving")                         \
    X("purpose", purpose, Text, Basics, "Purpose", "Doel")                                              \
    X("owner", owner, Text, Basics, "Owner", "Eigenaar")                                                \
    X("vendor", vendor, Text, Basics, "Vendor", "Leverancier")                                          \
    X("retention", retention, Text, Data, "Retention period", "Bewaartermijn")                          \
    X("human_oversight", human_oversight, Text, Safeguards, "Human oversight", "Menselijk toezicht")     \
    X("bias_monitoring", bias_monitoring, Text, Safeguards, "Bias monitoring",                          \
      "Controle op bias")                                                                               \
    X("notes", notes, Text, Basics, "Notes", "Notities")                                                \
    X("application", application, Text, Basics, "Application", "Toepassing")                           \
    X("lifecycle", lifecycle, Enum, Basics, "Lifecycle", "Levensfase")                                  \
    X("ai_act_role", ai_act_role, Enum, Screening, "AI Act role", "Rol onder de AI-verordening")        \
    X("personal_data", personal_data, Bool, Data, "Processes personal data", "Verwerkt persoonsgegevens") \
    X("data_subjects", data_subjects, EnumList, Data, "Data subjects", "Betrokkenen")                   \
    X("data_categories", data_categories, EnumList, Data, "Data categories",                            \
      "Categorieën persoonsgegevens")                                                                   \
    X("legal_basis", legal_basis, Enum, Data, "Legal basis", "Grondslag")                               \
    X("art9_condition", art9_condition, Enum, Data, "Art. 9 condition", "Uitzonderingsgrond art. 9")    \
    X("consent_explicit", consent_explicit, Bool, Data, "Explicit consent", "Uitdrukkelijke toestemming") \
    X("lia_documented", lia_documented, Bool, Data, "Legitimate-interest assessment documented",        \
      "Belangenafweging vastgelegd")                                                                    \
    X("transparency_notice", transparency_notice, Bool, Data, "People informed", "Betrokkenen geïnformeerd") \
    X("opt_out", opt_out, Bool, Data, "Opt-out offered", "Afmeldmogelijkheid geboden")                  \
    X("content_rights_checked", content_rights_checked, Bool, Safeguards, "Content rights checked",     \
      "Rechten op content gecontroleerd")                                                               \
    X("recipients", recipients, Text, Data, "Recipients", "Ontvangers")                                 \
    X("security_measures", security_measures, Text, Safeguards, "Security measures",                    \
      "Beveiligingsmaatregelen")                                                                        \
    X("screening", screening, Screening, Screening, "Screening", "Screening")                           \
    X("processors", processors, Processors, Vendors, "Processors", "Verwerkers")                        \
    X("dpia", dpia, Enum, Screening, "DPIA status", "DPIA-status")                                      \
    X("review.status", review.status, Enum, Review, "Review status", "Beoordelingsstatus")              \
    X("review.reviewer", review.reviewer, Text, Review, "Reviewer", "Beoordelaar")                      \
    X("review.reviewed_at", review.reviewed_at, Date, Review, "Reviewed on", "Beoordeeld op")           \
    X("review.next_review", review.next_review, Date, Review, "Next review", "Volgende beoordeling")    \
    X("created_at", created_at, Timestamp, Meta, "Created on", "Aangemaakt op")                         \
    X("updated_at", updated_at, Timestamp, Meta, "Changed on", "Gewijzigd op")

// One field with operations that work on any activity.
struct ActivityField {
    std::string_view key;
    FieldKind kind;
    FieldGroup group;
    std::string_view en, nl;
    bool (*same)(const Activity&, const Activity&);
    void (*copy)(Activity& to, const Activity& from);
    // The value as stored in history (language-neutral; app/history_text.hpp): text verbatim,
    // "yes"/"no", enum keys, list keys joined with " | ", screening and processors as JSON.
    std::string (*text)(const Activity&);
    // A stored history text of this field for people: enum keys become labels, yes/no Ja/Nee
    // in Dutch, list keys labels joined with ", "; anything else (and unknown keys) verbatim.
    std::string (*label)(std::string_view text, Lang lang);
    std::size_t (*bytes)(const Activity&);  // heap bytes the value holds (the undo budget)
    void (*sample)(Activity&);              // sets a value other than the default (tests)

    std::string_view name(Lang lang) const { return lang == Lang::Nl ? nl : en; }
};

// The table, in register-file order.
std::span<const ActivityField> activityFields();
// The field with register-file key `key` ("review.status"); nullptr when unknown.
const ActivityField* findActivityField(std::string_view key);

inline constexpr std::size_t kActivityFieldCount = 0
#define AIR_COUNT_FIELD(...) +1
    AIR_ACTIVITY_FIELDS(AIR_COUNT_FIELD);
#undef AIR_COUNT_FIELD

// One boolean screening fact's name for people ("Profiling" / "Profilering").
std::string_view screeningFlagName(std::string_view key, Lang lang);
// The stored text "yes"/"no" for people (Yes/No, Ja/Nee); other texts verbatim.
std::string yesNoLabel(std::string_view text, Lang lang);
// A stored enum key of E for people; the key itself when E has no such key.
template <class E>
std::string enumKeyLabel(std::string_view key, Lang lang) {
    if (std::optional<E> e = parseKey<E>(key)) return std::string(labelOf(*e, lang));
    return std::string(key);
}

// The history texts of a screening and of a processor list (see ActivityField::text).
std::string screeningText(const std::optional<Screening>& s);
std::string processorsText(const std::vector<Processor>& ps);
// `s` as a JSON string literal, quotes included, control characters escaped.
std::string jsonQuoted(std::string_view s);

}  // namespace air
