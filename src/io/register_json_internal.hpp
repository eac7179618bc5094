// Internals of the register file reader and writer, shared by its three files (internal to
// air_io; the API is register_json.hpp):
//   register_json.cpp           the file as a whole: parseRegister (size, encoding, envelope,
//                               top-level keys), writeRegister, the size check
//   register_json_tree.cpp      JSON text -> ordered tree (syntax errors at line and column),
//                               JSON paths, and typed values ("expected X, got Y")
//   register_json_records.cpp   the record tables (key, reader, writer) of processors,
//                               screenings, reviews, activities, workshops, the controller,
//                               tombstones and conflicts; jsonOf, conflictsOf, setConflicts
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/result.hpp"
#include "io/register_json.hpp"

namespace air::io::json {

using J = nlohmann::ordered_json;

// Errors carry codes (core/error.hpp); the register file's are the "io: the register file"
// section of ErrorCode, worded at the edge by Error::text(lang).
using Msg = ErrorCode;

// ---- the tree (register_json_tree.cpp) -----------------------------------------------------
// JSON paths: `parent.key` (or `parent["odd key"]`) and `parent[index]`.
std::string member(const std::string& parent, std::string_view key);
std::string item(const std::string& parent, std::size_t index);
// "line L, column C" (1-based, columns in characters) of byte offset `off`.
Location lineColumn(std::string_view text, std::size_t off);
// Parses JSON text (already known to be valid UTF-8) into an ordered tree: duplicate keys and
// nesting deeper than kMaxJsonDepth are errors with their path; syntax errors have a position.
Result<J> parseTree(std::string_view text);
// Parses `extra` text back into members (an empty object when it is not a JSON object).
J parseExtra(const std::string& extra);
std::string dumpCompact(const J& j);

// ---- typed values (register_json_tree.cpp) -------------------------------------------------
// How a value reads in "got ..." texts: strings quoted (cut at 40 characters), containers named.
Arg got(const J& v);
std::string quotedKey(std::string_view s);

// Collects the first error; every reader returns false once something is wrong.
struct Ctx {
    std::optional<Error> error;
    bool fail(std::string where, ErrorCode code, std::vector<Arg> args = {}) {
        if (!error) error = Error{std::move(where), code, std::move(args)};
        return false;
    }
};

bool readString(Ctx& c, const J& v, const std::string& p, std::string& out);
bool readBool(Ctx& c, const J& v, const std::string& p, bool& out);
bool readCount(Ctx& c, const J& v, const std::string& p, int& out);       // 0 .. INT_MAX
bool readDate(Ctx& c, const J& v, const std::string& p, std::string& out);  // "" or YYYY-MM-DD
bool readTimestamp(Ctx& c, const J& v, const std::string& p, std::string& out);  // "" or RFC 3339
bool readRequired(Ctx& c, const J& v, const std::string& p, std::string& out);   // not blank
inline const J::object_t& members(const J& obj) { return obj.get_ref<const J::object_t&>(); }

// ---- records (register_json_records.cpp) ---------------------------------------------------
// The top-level arrays and objects of a register file, read at path `p` (which is also the key).
bool readActivities(Ctx& c, const J& v, const std::string& p, std::vector<Activity>& out);
bool readWorkshops(Ctx& c, const J& v, const std::string& p, std::vector<Workshop>& out);
bool readTombstones(Ctx& c, const J& v, const std::string& p, std::vector<Tombstone>& out);
bool readController(Ctx& c, const J& v, const std::string& p, Controller& out);
bool readConflicts(Ctx& c, const J& v, const std::string& p, std::vector<FieldConflict>& out);
bool readFramework(Ctx& c, const J& v, const std::string& p, std::vector<FrameworkItem>& out);  // _framework.cpp
// One record as the writer writes it: the table's keys in order, then its extra keys.
J writeActivity(const Activity& a);
J writeWorkshop(const Workshop& w);
J writeTombstone(const Tombstone& t);
J writeController(const Controller& c);
J writeFrameworkItem(const FrameworkItem& f);

}  // namespace air::io::json
