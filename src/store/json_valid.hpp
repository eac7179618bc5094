// The SQL function json_valid(X), registered on every connection by Db::open. The schema's
// CHECKs call it (schema.cpp); SQLite is built with SQLITE_OMIT_JSON, which drops its ~25 KiB
// of JSON functions from the page (issue #13), so the store provides this one itself.
#pragma once

#include <string_view>

struct sqlite3;

namespace air::store {

// SQLite's json_valid(X) with one argument: true when `text` is well-formed RFC 8259 JSON
// (any value at the top, white space only " \t\n\r", no JSON5 extensions, nesting at most
// 1,000 deep). Like SQLite it does not check the UTF-8 inside strings, and the text ends at
// its first NUL byte.
bool isJsonText(std::string_view text);

// Registers json_valid(X) on `db` (NULL in, NULL out; otherwise 1 or 0). Returns SQLite's code.
int registerJsonValid(sqlite3* db);

}  // namespace air::store
