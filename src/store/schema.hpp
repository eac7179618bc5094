// The register database: its identity (PRAGMA application_id), its schema migrations (keyed on
// PRAGMA user_version, one transaction each) and the one way to open it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "store/db.hpp"

namespace air::store {

// "AIR1": marks a SQLite file as an AI Activity Register database.
inline constexpr std::int64_t kApplicationId = 0x41495231;

// One schema step. The list in schema.cpp is append-only: a shipped migration is never edited,
// a change to the schema is a new entry. Each `sql` ends by setting PRAGMA user_version.
struct Migration {
    int version;      // user_version after this step (1, 2, ...)
    const char* sql;  // constant SQL, run inside one transaction
    // A step that needs code (run before `sql`, in the same transaction), or none.
    Status (*apply)(Db&) = nullptr;
};
// "col IN ('a', 'b', 'c')" (three or more literals) as "(col = 'a' OR col = 'b' OR col = 'c')",
// the rest of `sql` unchanged (migration 5; exposed for tests).
std::string inListsAsComparisons(std::string_view sql);
// The schema version this build writes (the last migration's version).
int latestSchemaVersion();
// The migrations, oldest first (for tests).
const Migration* migrations(std::size_t* count);

// How SQLite keeps its rollback journal. See schema.cpp for why Memory is the default.
enum class JournalMode { Memory, Delete };

// Opens the register database at `path` (":memory:" for tests), creating it when missing,
// checks that it is ours and not newer than this build, turns foreign keys on, sets the
// journal mode and runs the missing migrations. A foreign file (another application_id or
// other tables), a newer schema or a non-database is refused with a clear message and left
// byte-for-byte unchanged.
Result<Db> openRegisterDb(const std::string& path, JournalMode journal = JournalMode::Memory);

// Opens an existing register database read-only without migrating it (for listing a folder).
// Refuses foreign files like openRegisterDb; user_version may be older than latest.
Result<Db> openRegisterDbReadOnly(const std::string& path);

}  // namespace air::store
