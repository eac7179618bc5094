// The page tracker (see page_vfs.hpp): a VFS shim in the shape of SQLite's own vfstrace and
// the "shim" examples of its VFS documentation. Every file SQLite opens is the default VFS's
// file with a small header in front; writes, truncations and deletions of named files are
// recorded as 4 KiB block numbers. The page is single-threaded and so is the native use (tests),
// so the record is a plain global.
#include "platform/page_vfs.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace air::platform {
namespace {

struct Tracked {
    std::set<std::uint32_t> blocks;
    bool whole = false;
    bool removed = false;
};

std::map<std::string, Tracked> g_changes;
sqlite3_vfs* g_base = nullptr;  // the VFS we wrap (unix on Emscripten's file system, or disk)
sqlite3_vfs g_vfs{};

// The default VFS's file follows this header in the same allocation (szOsFile covers both).
struct alignas(8) TrackedFile {
    sqlite3_file base;
    sqlite3_file* real;
    const char* path;  // SQLite keeps the name valid until xClose; null: not tracked
};

sqlite3_file* realOf(sqlite3_file* f) { return reinterpret_cast<TrackedFile*>(f)->real; }
const char* pathOf(sqlite3_file* f) { return reinterpret_cast<TrackedFile*>(f)->path; }

void markRange(const char* path, sqlite3_int64 offset, sqlite3_int64 amount) {
    Tracked& t = g_changes[path];
    t.removed = false;
    if (t.whole || amount <= 0) return;
    const auto first = static_cast<std::uint32_t>(offset / kBlockSize);
    const auto last = static_cast<std::uint32_t>((offset + amount - 1) / kBlockSize);
    for (std::uint32_t b = first; b <= last; ++b) t.blocks.insert(b);
}

// ---- io methods: delegate, record on success ------------------------------------------
int xClose(sqlite3_file* f) {
    sqlite3_file* r = realOf(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    return rc;
}
int xRead(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset) {
    return realOf(f)->pMethods->xRead(realOf(f), buf, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset) {
    const int rc = realOf(f)->pMethods->xWrite(realOf(f), buf, amount, offset);
    if (rc == SQLITE_OK && pathOf(f)) markRange(pathOf(f), offset, amount);
    return rc;
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
    const int rc = realOf(f)->pMethods->xTruncate(realOf(f), size);
    if (rc == SQLITE_OK && pathOf(f)) {
        Tracked& t = g_changes[pathOf(f)];  // present even without blocks: the size changed
        t.removed = false;
        if (!t.whole && size % kBlockSize != 0) t.blocks.insert(static_cast<std::uint32_t>(size / kBlockSize));
    }
    return rc;
}
int xSync(sqlite3_file* f, int flags) { return realOf(f)->pMethods->xSync(realOf(f), flags); }
int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return realOf(f)->pMethods->xFileSize(realOf(f), size); }
int xLock(sqlite3_file* f, int level) { return realOf(f)->pMethods->xLock(realOf(f), level); }
int xUnlock(sqlite3_file* f, int level) { return realOf(f)->pMethods->xUnlock(realOf(f), level); }
int xCheckReservedLock(sqlite3_file* f, int* out) {
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int xSectorSize(sqlite3_file* f) { return realOf(f)->pMethods->xSectorSize(realOf(f)); }
int xDeviceCharacteristics(sqlite3_file* f) {
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}

// Version 1: no shared memory (no WAL: the page has no shared memory between tabs anyway, see
// store/schema.cpp) and no memory-mapped pages, so every change passes through xWrite.
const sqlite3_io_methods kMethods = {
    1, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock,
    xFileControl, xSectorSize, xDeviceCharacteristics,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
};

// ---- vfs methods -------------------------------------------------------------------------
constexpr int kTrackedKinds =
    SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL | SQLITE_OPEN_WAL;

// Opens through the default VFS. A named database or journal is tracked; one that did not
// exist before (or was deleted since the last record) is recorded as whole.
int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    auto* t = reinterpret_cast<TrackedFile*>(f);
    t->real = reinterpret_cast<sqlite3_file*>(t + 1);
    t->path = nullptr;
    const bool track = name != nullptr && (flags & kTrackedKinds) != 0;
    int existed = 1;
    if (track && (flags & SQLITE_OPEN_CREATE) != 0 &&
        g_base->xAccess(g_base, name, SQLITE_ACCESS_EXISTS, &existed) != SQLITE_OK)
        existed = 1;
    const int rc = g_base->xOpen(g_base, name, t->real, flags, outFlags);
    if (t->real->pMethods == nullptr) {
        f->pMethods = nullptr;
        return rc;
    }
    f->pMethods = &kMethods;
    if (rc == SQLITE_OK && track) {
        t->path = name;
        auto it = g_changes.find(name);
        if (!existed || (it != g_changes.end() && it->second.removed)) {
            Tracked& c = g_changes[name];
            c = Tracked{};
            c.whole = true;
        }
    }
    return rc;
}
int vfsDelete(sqlite3_vfs*, const char* name, int syncDir) {
    const int rc = g_base->xDelete(g_base, name, syncDir);
    if (rc == SQLITE_OK && name) {
        Tracked& t = g_changes[name];
        t = Tracked{};
        t.removed = true;
    }
    return rc;
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out) { return g_base->xAccess(g_base, name, flags, out); }
int vfsFullPathname(sqlite3_vfs*, const char* name, int n, char* out) {
    return g_base->xFullPathname(g_base, name, n, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name) { return g_base->xDlOpen(g_base, name); }
void vfsDlError(sqlite3_vfs*, int n, char* msg) { g_base->xDlError(g_base, n, msg); }
void (*vfsDlSym(sqlite3_vfs*, void* h, const char* sym))(void) { return g_base->xDlSym(g_base, h, sym); }
void vfsDlClose(sqlite3_vfs*, void* h) { g_base->xDlClose(g_base, h); }
int vfsRandomness(sqlite3_vfs*, int n, char* out) { return g_base->xRandomness(g_base, n, out); }
int vfsSleep(sqlite3_vfs*, int us) { return g_base->xSleep(g_base, us); }
int vfsCurrentTime(sqlite3_vfs*, double* out) { return g_base->xCurrentTime(g_base, out); }
int vfsGetLastError(sqlite3_vfs*, int n, char* out) {
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, n, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out) {
    if (g_base->iVersion >= 2 && g_base->xCurrentTimeInt64) return g_base->xCurrentTimeInt64(g_base, out);
    double d = 0;
    const int rc = g_base->xCurrentTime(g_base, &d);
    *out = static_cast<sqlite3_int64>(d * 86400000.0);
    return rc;
}

}  // namespace

int installPageTracker() {
    if (g_base) return SQLITE_OK;
    sqlite3_vfs* base = sqlite3_vfs_find(nullptr);
    if (!base) return SQLITE_ERROR;
    g_base = base;
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = static_cast<int>(sizeof(TrackedFile)) + base->szOsFile;
    g_vfs.mxPathname = base->mxPathname;
    g_vfs.zName = "air-pages";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    const int rc = sqlite3_vfs_register(&g_vfs, 1);
    if (rc != SQLITE_OK) g_base = nullptr;
    return rc;
}

std::vector<FileChange> takeChanges() {
    std::vector<FileChange> out;
    out.reserve(g_changes.size());
    for (auto& [path, t] : g_changes) {
        FileChange c;
        c.path = path;
        c.whole = t.whole;
        c.removed = t.removed;
        if (!t.whole && !t.removed) c.blocks.assign(t.blocks.begin(), t.blocks.end());
        out.push_back(std::move(c));
    }
    g_changes.clear();
    return out;
}

std::string changesToJson(const std::vector<FileChange>& changes) {
    std::string s = "[";
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const FileChange& c = changes[i];
        if (i) s += ',';
        s += "{\"p\":\"";
        for (const char ch : c.path) {
            const auto u = static_cast<unsigned char>(ch);
            if (ch == '"' || ch == '\\') {
                s += '\\';
                s += ch;
            } else if (u < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", u);
                s += buf;
            } else {
                s += ch;
            }
        }
        s += '"';
        if (c.whole) s += ",\"w\":1";
        if (c.removed) s += ",\"r\":1";
        s += ",\"b\":[";
        for (std::size_t j = 0; j < c.blocks.size(); ++j) {
            if (j) s += ',';
            s += std::to_string(c.blocks[j]);
        }
        s += "]}";
    }
    s += ']';
    return s;
}

}  // namespace air::platform
