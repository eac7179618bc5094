// Merging register files from several teams (PRODUCT.md, `air merge`), and the field-by-field
// comparison the UI uses to let a user resolve a conflict.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "io/register_json.hpp"

namespace air::io {

enum class Side { A, B };

// One id present on both sides with different content ("activity", "workshop"), or an
// activity deleted on one side and changed on the other after that deletion ("deletion").
struct MergeConflict {
    std::string kind;  // "activity", "workshop", "framework" or "deletion"
    std::string id;
    std::string name;                 // the winner's name (activity), title (workshop) or text (framework)
    std::vector<std::string> fields;  // field keys that differ, in file order ("deletion": none)
    Side winner = Side::A;            // "deletion": the side that still has the activity
    std::string a_updated_at, b_updated_at;  // activities only ("deletion": the winner's only)
    std::string deleted_at;                  // "deletion": when the other side deleted it
};

struct MergeResult {
    Register merged;
    std::vector<MergeConflict> conflicts;  // activities and deletions first (in merged order), then workshops
    int added_from_b = 0;                  // activities only in b
    int removed = 0;  // activities of one side left out because the other side deleted them later
};

// Union of a and b by activity id (PRODUCT.md `air merge`). Same id and same content: one copy.
// Same id, different content: a conflict; the newer `updated_at` wins (a on a tie, or when
// neither can be read). Activities keep a's order, then b's new ones in b's order.
// Workshops are merged by id likewise; they carry no `updated_at`, so a's copy wins a
// conflict. Tombstones (`deleted`, docs/FILE_FORMAT.md): a side's tombstone for an id that is
// an activity of that same side is ignored; the rest are united (latest deleted_at per id).
// An activity whose id has a tombstone with deleted_at not earlier than its updated_at is
// left out (counted in `removed`); one changed after the deletion stays, its tombstone is
// dropped and a "deletion" conflict reports it. Organisation comes from a unless empty;
// top-level extra keys are united (a's value on a clash); exported_at is left empty for the
// writer to set.
MergeResult merge(const Register& a, const Register& b);

// One conflict found by merge3: the entry written into the file, and the record's name for
// people (the activity's name or the workshop's title: ours, else theirs, else base).
struct Merge3Conflict {
    FieldConflict entry;
    std::string name;
};

struct Merge3Result {
    Register merged;  // "ours" values where they conflict; conflicts under its "conflicts" key
    std::vector<Merge3Conflict> conflicts;  // new in this merge: activities, workshops, top level
    int carried = 0;  // open conflicts carried over from the inputs (also in merged's key)
};

// Three-way merge against the common ancestor (docs/FILE_FORMAT.md, "conflicts"). Per record
// (activities by id, workshops by id; within a workshop votes by activity_id + principle,
// actions by activity_id + text, notes and activity_ids by value) and per field: a change on
// one side is taken, the same change on both is no conflict, different changes are a conflict
// that keeps ours. An activity gone from one side (deleted) stays gone when the other side did
// not change it; changed there, it is a conflict (field "*") and ours decides what the file
// holds. Added on one side: added. Tombstones are united, minus ids the result has.
// `updated_at` of a record taken from both sides is the later of the two; organisation and
// extra top-level keys merge like fields. Order: ours, then theirs' new records. Open
// conflicts in the inputs are merged as records too and stay open. exported_at is left empty.
Merge3Result merge3(const Register& base, const Register& ours, const Register& theirs);

// Field keys of the field table (core/fields.hpp: "review.status", as app::diffActivity and
// the history name them), plus "extra" for unknown keys, whose values differ between x and y.
// `id` and `updated_at` are never listed: they are the merge key and its clock.
std::vector<std::string> differingFields(const Activity& x, const Activity& y);
// Workshop keys that differ (plus "extra"); `id` never listed.
std::vector<std::string> differingFields(const Workshop& x, const Workshop& y);

// `base` with one field copied from `other`; `field` is a key of the field table, "extra", or
// the file key "review" (all four review fields). An unknown field returns base unchanged.
Activity takeField(const Activity& base, const Activity& other, std::string_view field);

// Tombstones of `r` without those whose id is also an activity of `r` (a register that lists
// an activity says that it exists: its own tombstone for it is stale).
std::vector<Tombstone> liveTombstones(const Register& r);

// `now` when it is later than `floor`, else one second after `floor` (UTC, "…Z"): the time to
// stamp a deliberate choice with, so that it is the newest change even when both fall in
// the same second or a clock runs behind. An unreadable floor gives `now`.
std::string stampAfter(std::string_view now, std::string_view floor);

// Orders two RFC 3339 timestamps by the instant they name (offsets applied):
// <0 when a is earlier, 0 when equal, >0 when later. Empty or invalid counts as earliest.
int compareTimestamps(std::string_view a, std::string_view b);

}  // namespace air::io
