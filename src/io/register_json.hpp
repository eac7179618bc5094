// Register file format v1 (PRODUCT.md): strict reader and writer of the JSON register file.
// The reader validates everything the format says and stops at the first problem with an
// Error whose `where` is the JSON path ("activities[3].lifecycle") or, for problems below
// the JSON level, a position ("line 4, column 17", "byte 1234"), and whose code (core/error.hpp)
// the caller words in the user's language with Error::text(lang).
// Unknown top-level, activity, processor and workshop keys travel in the model's `extra`
// and are written back after the documented keys. No exceptions (common rules, STYLE.md 7).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"
#include "core/result.hpp"

namespace air::io {

inline constexpr std::size_t kMaxRegisterBytes = 20u * 1024u * 1024u;  // 20 MiB
inline constexpr int kMaxJsonDepth = 64;         // nesting levels of objects and arrays
inline constexpr std::size_t kMaxNameChars = 200;  // activity name, in Unicode characters

// The activity keys of the register file, in the order the writer emits them: the field
// table's (core/fields.hpp) with the four "review.x" fields as one "review" object.
std::vector<std::string_view> activityKeys();

// Reads a register file. The first problem found is returned as an Error (see above).
Result<Register> parseRegister(std::string_view text);

// One open conflict of a three-way merge: an entry of the optional top-level "conflicts"
// array (docs/FILE_FORMAT.md). The register holds "ours" for it; values are compact JSON
// texts as our writer writes them, "null" where that side has no such record or key.
struct FieldConflict {
    std::string kind;   // "activity", "workshop" or "register" (a top-level key)
    std::string id;     // the activity's or workshop's id; "" for "register"
    std::string field;  // a key of that record, "*" for the whole record; for workshops also
                        // "votes" or "actions" (one vote or action, values are whole objects)
    std::string base = "null", ours = "null", theirs = "null";
    std::string extra;  // unknown keys of the entry, JSON object text ("" = none)
    bool operator==(const FieldConflict&) const = default;
};

// The top-level key the conflicts travel under. They are kept in Register::extra like any
// other top-level key, so that every path that keeps unknown keys (the page's store, the
// two-way merge) keeps them unchanged; parseRegister validates them all the same.
inline constexpr std::string_view kConflictsKey = "conflicts";

// The register's open conflicts (none when the key is absent). An Error names the JSON path
// ("conflicts[2].kind: ...") when the key was put into `extra` without parseRegister.
Result<std::vector<FieldConflict>> conflictsOf(const Register& reg);

// Replaces the register's "conflicts" key by `conflicts` (removes the key when empty),
// keeping every other top-level extra key and its order.
void setConflicts(Register& reg, const std::vector<FieldConflict>& conflicts);

// A record as compact JSON text, exactly as writeRegister writes it; with `field`, only that
// key's value (documented or an extra key), "null" when the record has no such key.
std::string jsonOf(const Activity& a, std::string_view field = {});
std::string jsonOf(const Workshop& w, std::string_view field = {});
std::string jsonOf(const Vote& v);
std::string jsonOf(const WorkshopAction& x);
std::string jsonOf(const std::optional<Controller>& c);  // "null" when absent
std::string jsonOf(const FrameworkItem& f);
std::string jsonOf(const std::vector<FrameworkItem>& framework);  // the "framework" array

// Writes a register file: documented keys in table order, then each level's extra keys
// (extra keys that clash with a documented key are dropped). Never fails; invalid UTF-8 in
// a string is replaced by U+FFFD.
std::string writeRegister(const Register& reg, bool pretty = true);

// The size limit alone, for callers that know the size before reading (the CLI, the page):
// ok, or an Error "file is 31.2 MB; the limit is 20 MB".
Status checkRegisterSize(std::uintmax_t bytes);

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view s);
// YYYY-MM-DD that names a real calendar day.
bool isValidDate(std::string_view s);
// RFC 3339 date-time ("2026-11-25T09:00:00Z", "2026-11-25T10:00:00.5+01:00").
bool isValidTimestamp(std::string_view s);

}  // namespace air::io
