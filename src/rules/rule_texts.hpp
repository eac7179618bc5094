// Internal to src/rules/: text fragments that tierReason() assembles. The data lives in
// rule_table.cpp next to the rule table, so every text of the rule set is in one file.
#pragma once

#include <string_view>

#include "core/enums.hpp"

namespace air::rules::detail {

// One text in both languages.
struct Text2 {
    std::string_view en, nl;
    std::string_view in(Lang lang) const { return lang == Lang::Nl ? nl : en; }
};

// Sentence parts for tierReason(). "{area}", "{point}" and "{what}" are filled in by code.
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

}  // namespace air::rules::detail
