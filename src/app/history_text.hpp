// How changes to an activity are written into its history, and how the UI can show them.
// History values are stored language-neutral, so a Dutch and an English user read the same
// entry in their own language:
//   text fields          verbatim
//   yes/no fields        "yes" / "no"
//   enum fields          the register-file key ("production", "" = not set)
//   lists of enums       keys joined with " | " ("customers | prospects")
//   screening            "" when absent, else a JSON object of the facts that are true plus
//                        annex_iii ({"profiling": true, "annex_iii": "employment"})
//   processors, extra    JSON (register file format)
// Field keys: the register-file keys ("name", "lifecycle", "data_categories", "processors",
// "extra", "created_at"), "screening" (screened or not), "screening.<flag>" and
// "screening.annex_iii" (when screened before and after), "review.status", "review.reviewer",
// "review.reviewed_at", "review.next_review"; and two events: "created" and "imported"
// (old "", new = the activity's name).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::app {

struct FieldChange {
    std::string field;
    std::string old_value;
    std::string new_value;
    bool operator==(const FieldChange&) const = default;
};

// One entry per field that differs between `before` and `after`, in register-file order.
// `id` and `updated_at` are not compared (updated_at changes with every edit).
std::vector<FieldChange> diffActivity(const Activity& before, const Activity& after);

// The stored text of a screening / processor list (see above).
std::string screeningText(const std::optional<Screening>& s);
std::string processorsText(const std::vector<Processor>& ps);

// What the UI shows for a stored history value of `field`: enum keys become labels, yes/no
// become Ja/Nee in Dutch, list keys become labels joined with ", "; other values unchanged.
std::string historyValueLabel(std::string_view field, std::string_view value, Lang lang);
// The name of a history field for the UI ("Lifecycle" / "Levensfase"); the key itself when unknown.
std::string historyFieldLabel(std::string_view field, Lang lang);

}  // namespace air::app
