// Register file format v1 (PRODUCT.md): strict reader and writer of the JSON register file.
// The reader validates everything the format says and stops at the first problem with an
// Error whose `where` is the JSON path ("activities[3].lifecycle") or, for problems below
// the JSON level, a position ("line 4, column 17", "byte 1234"); `message` is English.
// Unknown top-level, activity, processor and workshop keys travel in the model's `extra`
// and are written back after the documented keys. No exceptions (common rules, STYLE.md 7).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/enums.hpp"
#include "core/model.hpp"
#include "core/result.hpp"

namespace air::io {

inline constexpr std::size_t kMaxRegisterBytes = 20u * 1024u * 1024u;  // 20 MiB
inline constexpr int kMaxJsonDepth = 64;         // nesting levels of objects and arrays
inline constexpr std::size_t kMaxNameChars = 200;  // activity name, in Unicode characters

// Activity keys in the order of PRODUCT.md's table; the writer emits them in this order.
inline constexpr std::string_view kActivityKeys[] = {
    "id", "name", "description", "purpose", "owner", "vendor", "retention", "human_oversight",
    "bias_monitoring", "notes", "application", "lifecycle", "ai_act_role", "data_subjects",
    "data_categories", "legal_basis", "art9_condition", "lia_documented", "transparency_notice",
    "opt_out", "content_rights_checked", "screening", "processors", "dpia", "review",
    "created_at", "updated_at",
};

// Reads a register file. The first problem found is returned as an Error (see above).
Result<Register> parseRegister(std::string_view text);

// Writes a register file: documented keys in table order, then each level's extra keys
// (extra keys that clash with a documented key are dropped). Never fails; invalid UTF-8 in
// a string is replaced by U+FFFD.
std::string writeRegister(const Register& reg, bool pretty = true);

// The size limit alone, for callers that know the size before reading (the CLI, the page):
// ok, or an Error "file is 31.2 MB; the limit is 20 MB".
Status checkRegisterSize(std::uintmax_t bytes);

// "where: message" in the given language. Every message parseRegister produces has a Dutch
// rendering; an error from elsewhere comes back in English.
std::string describe(const Error& error, Lang lang);

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(std::string_view s);
// YYYY-MM-DD that names a real calendar day.
bool isValidDate(std::string_view s);
// RFC 3339 date-time ("2026-11-25T09:00:00Z", "2026-11-25T10:00:00.5+01:00").
bool isValidTimestamp(std::string_view s);

}  // namespace air::io
