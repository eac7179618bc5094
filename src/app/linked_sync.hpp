// A register linked to a register file on disk (the page's "linked file", for a Git working
// copy or a synced folder): the text written to the file, and what the register becomes when
// the file changed there. The base of the merge is the text last written to or read from the
// file (the caller keeps it beside the register).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/app_model.hpp"
#include "core/model.hpp"
#include "core/result.hpp"

namespace air::app {

// The register file text for the linked file: the whole register, exported_at = `now`.
std::string linkedFileText(const AppModel& model, std::string_view now);

struct LinkedMerge {
    Register merged;     // what the register becomes
    bool changed = false;  // merged differs from ours (an import is needed)
    bool fastForward = false;  // ours had not changed since the base: merged is the file
    std::vector<std::string> conflicts;  // "name: field" of fields changed on both sides
};

// What the register becomes when the linked file changed on disk to `theirsText`. When ours
// is unchanged since `baseText`, it simply becomes the file; otherwise the two are merged three
// ways against the base (io::merge3: a field changed on both sides keeps ours and is written
// as an open conflict, for the page to resolve); without a base, by clock (io::merge, the
// newer copy wins). An unreadable file is an Error naming the JSON path; nothing changes then.
Result<LinkedMerge> mergeLinked(std::string_view baseText, const Register& ours, std::string_view theirsText);

}  // namespace air::app
