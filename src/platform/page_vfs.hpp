// The page tracker: a SQLite VFS shim that records which 4 KiB blocks of each database file
// a commit changed, so that the browser writes only those blocks to IndexedDB (web/store.js)
// instead of copying whole files. The bytes stay where the default VFS keeps them (Emscripten's
// in-memory file system in the page, the disk natively); the shim only watches writes,
// truncations, creations and deletions. Pure C++ on SQLite's VFS API (no emscripten), so the
// native tests run it against real database files (tests/platform/page_vfs_test.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace air::platform {

inline constexpr std::uint32_t kBlockSize = 4096;  // the unit of an IndexedDB record

// What happened to one file since the last takeChanges().
struct FileChange {
    std::string path;                   // as SQLite opened it (absolute in the page: /data/...)
    bool whole = false;                 // created or replaced: every block must be written
    bool removed = false;               // deleted (and not created again)
    std::vector<std::uint32_t> blocks;  // changed blocks, ascending (empty when whole/removed)
};

// Registers the tracking VFS as SQLite's default, wrapping the default that was in place.
// Idempotent. Returns SQLITE_OK or SQLite's error code.
int installPageTracker();

// Changes recorded since the previous call, sorted by path; the record starts empty again.
// A caller that fails to store them keeps them itself (the tracker does not re-queue).
std::vector<FileChange> takeChanges();

// The changes as compact JSON for the page: [{"p":path,"w":1,"r":1,"b":[3,4,9]}, ...].
std::string changesToJson(const std::vector<FileChange>& changes);

}  // namespace air::platform
