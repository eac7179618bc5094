// The linked file's text and merge (see linked_sync.hpp).
#include "app/linked_sync.hpp"

#include "io/merge.hpp"
#include "io/register_json.hpp"

namespace air::app {

namespace {

// The register's content without the export stamp, for "did it change?".
std::string content(Register r) {
    r.exported_at.clear();
    return io::writeRegister(r, false);
}

}  // namespace

std::string linkedFileText(const AppModel& model, std::string_view now) {
    Register r = model.toRegister();
    r.exported_at = std::string(now);
    return io::writeRegister(r);
}

Result<LinkedMerge> mergeLinked(std::string_view baseText, const Register& ours, std::string_view theirsText) {
    Result<Register> theirs = io::parseRegister(theirsText);
    if (!theirs) return theirs.error();
    LinkedMerge out;
    const std::string oursContent = content(ours);
    Result<Register> base = baseText.empty() ? Result<Register>(Error{"", ErrorCode::NoBase}) : io::parseRegister(baseText);
    if (base && content(*base) == oursContent) {
        out.fastForward = true;
        out.merged = std::move(*theirs);
    } else if (base) {
        // Field by field against the last version both sides shared; a field changed on both
        // sides keeps ours and stays open under the register's "conflicts" key.
        io::Merge3Result m = io::merge3(*base, ours, *theirs);
        out.merged = std::move(m.merged);
        for (const io::Merge3Conflict& c : m.conflicts) out.conflicts.push_back(c.name + ": " + c.entry.field);
    } else {
        // No common version yet (a file linked to a register that has content): by clock.
        io::MergeResult m = io::merge(ours, *theirs);
        out.merged = std::move(m.merged);
        for (const io::MergeConflict& c : m.conflicts)
            for (const std::string& f : c.fields) out.conflicts.push_back(c.name + ": " + f);
    }
    out.merged.exported_at.clear();
    out.changed = content(out.merged) != oursContent;
    return out;
}

}  // namespace air::app
