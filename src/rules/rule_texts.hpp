// Internal to src/rules/: what the rule sets share between their logic and their data files.
// - text fragments that tierReason() assembles and the texts of the change list; the data
//   lives in rule_table.cpp (2026.11) and rule_table_2026_12.cpp, next to the rule tables,
//   so every text of a rule set is in one file;
// - the conditions both rule sets read (each citing the law), and small helpers;
// - the entry points of the 2026.12 logic (rules_2026_12.cpp).
#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"
#include "rules/rules.hpp"

namespace air::rules::detail {

// One text in both languages.
struct Text2 {
    std::string_view en, nl;
    std::string_view in(Lang lang) const { return lang == Lang::Nl ? nl : en; }
};

// ---- [SECTION] rule tables ----------------------------------------------------------------
const std::vector<RuleInfo>& ruleTable2026_11();
const std::vector<RuleInfo>& ruleTable2026_12();
const std::vector<ActDate>& actDates2026_11();
const std::vector<ActDate>& actDates2026_12();
std::string_view dpiaCriterionText2026_12(int criterion, Lang lang);

// A second (or third) text of a 2026.12 finding, for a situation its RuleInfo does not
// describe, e.g. GDPR-44 "derogation" or GDPR-35 "wp248". "{processor}" and "{basis}" are
// filled in by code. A variant "<variant>+plural" ("+plural" for the RuleInfo's own text)
// holds the title for more than one vendor where the verb must agree; its fix is "" (the
// singular fix is used).
struct RuleVariant {
    std::string_view id, variant;
    Text2 title, fix;
};
// nullptr when `id` has no such variant.
const RuleVariant* ruleVariant2026_12(std::string_view id, std::string_view variant);

// ---- [SECTION] tierReason texts -----------------------------------------------------------

// Sentence parts for tierReason() under 2026.11. "{area}", "{point}" and "{what}" are
// filled in by code.
struct TierReasonTexts {
    Text2 unassessed;
    Text2 prohibited_a, prohibited_b, prohibited_c, prohibited_f, prohibited_g;
    Text2 high_annex;          // "{area}" "{point}"
    Text2 high_annex_profiles; // added when it profiles: Art. 6(3) can then never apply
    Text2 high_biometric;      // "{what}"
    Text2 emotion_recognition, biometric_categorisation, and_word;
    Text2 limited;             // "{what}"
    Text2 talks, generates, deepfakes, public_text;
    Text2 minimal;
    Text2 exempt_minimal;      // "{area}" "{point}" : tier minimal thanks to Art. 6(3)
    Text2 exempt_suffix;       // "{area}": appended to a limited tier thanks to Art. 6(3)
    Text2 art_5a, art_5b, art_5c, art_5f, art_5g, art_6_2, art_annex_1, art_50, art_none,
        art_6_3;               // citations in brackets at the end
};
const TierReasonTexts& tierReasonTexts();

// What 2026.12 adds to the sentences of 2026.11 (which it otherwise reuses).
struct TierReasonTexts12 {
    Text2 prohibited_ba, art_5ba;
    Text2 limited;             // "{what}" (no "people must be told": who owes what follows)
    Text2 provider_tells;      // deployer, importer, distributor: Art. 50(1) is the provider's
    Text2 provider_marks;      // ... and Art. 50(2)
    Text2 you_tell, you_mark;  // provider
    Text2 you_disclose;        // "{what}": Art. 50(4) holds
    Text2 disclose_deepfakes, disclose_text;
    Text2 you_disclose_only;   // a content generator without a disclosure duty
    Text2 role_deployer, role_provider, role_importer, role_distributor;
    Text2 and_word;
};
const TierReasonTexts12& tierReasonTexts12();

// ---- [SECTION] change-list texts (compare.cpp) --------------------------------------------
// One sentence each; "{role}", "{article}", "{basis}", "{title}", "{from}", "{to}", "{set}" are filled
// in by code.
struct CompareTexts {
    Text2 role_deployer, role_provider, role_importer, role_distributor;  // "deployer" ...
    Text2 tier_generic;               // "{from}" "{to}" "{title}"
    Text2 dpia_no_personal_data, dpia_statutory, dpia_c7, dpia_generic;
    Text2 moved_to_provider;          // "{article}" "{role}"
    Text2 removed_prohibited, removed_not_deployer, removed_editorial, removed_generic;
    Text2 added_provider_deploys, added_generic;  // "{title}"
    Text2 finding_no_personal_data;   // a GDPR or TW finding skipped without personal data
    Text2 finding_added_generic, finding_removed_generic, finding_severity_generic;  // "{title}"
};
const CompareTexts& compareTexts();

// ---- [SECTION] helpers ----------------------------------------------------------------------

// True when `s` holds nothing but white space.
inline bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

template <class T>
bool contains(const std::vector<T>& v, T x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

inline bool hasArt9Data(const Activity& a) {
    return std::any_of(a.data_categories.begin(), a.data_categories.end(),
                       [](DataCategory c) { return isArt9(c); });
}

inline bool hasSensitiveData(const Activity& a) {
    return std::any_of(a.data_categories.begin(), a.data_categories.end(),
                       [](DataCategory c) { return isSensitive(c); });
}

// Replaces the first `slot` in `text` by `value`.
inline std::string fill(std::string text, std::string_view slot, std::string_view value) {
    std::size_t pos = text.find(slot);
    if (pos != std::string::npos) text.replace(pos, slot.size(), value);
    return text;
}

// Replaces every `slot` in `text` by `value`.
std::string fillAll(std::string_view text, std::string_view slot, std::string_view value);

// ---- [SECTION] conditions shared by the rule sets ---------------------------------------------
// Each reads only the screening facts.

// AI Act Art. 5(1)(a): subliminal, manipulative or deceptive techniques.
inline bool art5a(const Screening& s) { return s.manipulative_techniques; }
// AI Act Art. 5(1)(b): exploiting vulnerabilities (age, disability, social/economic situation).
inline bool art5b(const Screening& s) { return s.exploits_vulnerabilities; }
// AI Act Art. 5(1)(c): social scoring leading to detrimental treatment.
inline bool art5c(const Screening& s) { return s.social_scoring; }
// AI Act Art. 5(1)(f): emotion recognition in the workplace or education, except for
// medical or safety reasons.
inline bool art5f(const Screening& s) {
    return s.emotion_recognition && s.workplace_or_education && !s.medical_or_safety_reason;
}
// AI Act Art. 5(1)(g): biometric categorisation inferring sensitive traits.
inline bool art5g(const Screening& s) { return s.biometric_categorisation && s.infers_sensitive_traits; }
// AI Act Art. 6(3): an Annex III system that only performs a narrow procedural task is not
// high-risk — never when it profiles natural persons (Art. 6(3), last subparagraph).
inline bool art63Exempt(const Screening& s) {
    return s.annex_iii != AnnexIII::None && s.narrow_procedural_task && !s.profiling;
}
// AI Act Art. 6(2) + Annex III: the system is used in an Annex III area, unless Art. 6(3).
inline bool art62(const Screening& s) { return s.annex_iii != AnnexIII::None && !art63Exempt(s); }
// AI Act Annex III point 1(b)-(c): biometric categorisation and emotion recognition.
inline bool annex1(const Screening& s) { return s.emotion_recognition || s.biometric_categorisation; }
// AI Act Art. 50(1)-(4): transparency duties.
inline bool art50(const Screening& s) {
    return s.interacts_with_people || s.generates_content || s.deepfake || s.public_interest_text;
}

// "processor 3" / "verwerker 3" for an unnamed processor, from a field like "processors[2].x".
std::string unnamedProcessor(std::string_view field, Lang lang);

// ---- [SECTION] rule set 2026.12 (rules_2026_12.cpp) -------------------------------------------
Assessment assess2026_12(const Activity& a);
std::string tierReason2026_12(const Activity& a, Lang lang);
std::vector<Finding> registerFindings2026_12(std::span<const Activity> activities,
                                            const std::optional<Controller>& controller);
std::string dpiaReason2026_12(const Assessment& as, Lang lang);
// The Art. 35(3) and AP-list ids among `basis` as the reader sees them, "; "-separated:
// "art. 35 lid 3 onder a AVG; AP-lijst: Profilering" ("" when there are none).
std::string statutoryLabels2026_12(const std::vector<std::string>& basis, Lang lang);
// True for the duties 2026.12 gives the deployer (AIA-26, AIA-27, AIA-50-3, AIA-50-4).
bool isDeployerDuty2026_12(std::string_view id);

}  // namespace air::rules::detail
