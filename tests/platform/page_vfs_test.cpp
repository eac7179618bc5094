// The page tracker on real database files: a mirror that receives only the recorded blocks
// (what the page writes to IndexedDB) must equal the real file byte for byte after every
// command, and a one-field edit in a large register must record only a few blocks.
#include <catch_amalgamated.hpp>

#include <cstdio>
#include <map>
#include <string>

#include <sqlite3.h>

#include "app/app_model.hpp"
#include "platform/page_vfs.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using air::platform::kBlockSize;

namespace {

// What IndexedDB would hold: files rebuilt from the recorded blocks only.
struct Mirror {
    std::map<std::string, std::string> files;
    std::size_t lastBytes = 0;  // bytes the last apply() wrote

    void apply(const std::vector<platform::FileChange>& changes) {
        lastBytes = 0;
        for (const auto& c : changes) {
            if (c.removed) {
                files.erase(c.path);
                continue;
            }
            const std::string real = testing::readBytes(c.path);
            std::string& m = files[c.path];
            if (c.whole) {
                m = real;
                lastBytes += real.size();
                continue;
            }
            m.resize(real.size());
            for (const std::uint32_t b : c.blocks) {
                const std::size_t at = std::size_t(b) * kBlockSize;
                if (at >= real.size()) continue;
                const std::size_t n = std::min<std::size_t>(kBlockSize, real.size() - at);
                m.replace(at, n, real, at, n);
                lastBytes += n;
            }
        }
    }
};

Activity named(const std::string& id, const std::string& name) {
    Activity a = testing::fullActivity(id);
    a.name = name;
    return a;
}

}  // namespace

TEST_CASE("the mirror built from recorded blocks equals the database after every command",
          "[platform][pagevfs]") {
    REQUIRE(platform::installPageTracker() == 0);
    testing::TempDir dir;
    const std::string path = dir.file("reg-mirror.sqlite");
    platform::takeChanges();  // start from an empty record
    Mirror mirror;

    app::AppModel m;
    REQUIRE(m.open(path).ok());
    auto first = platform::takeChanges();
    REQUIRE(first.size() == 1);
    CHECK(first[0].path == path);
    CHECK(first[0].whole);  // a new file is written whole
    mirror.apply(first);
    CHECK(mirror.files[path] == testing::readBytes(path));

    auto step = [&](const char* what) {
        INFO(what);
        mirror.apply(platform::takeChanges());
        REQUIRE(mirror.files.count(path) == 1);
        CHECK(mirror.files[path] == testing::readBytes(path));
    };
    for (int i = 0; i < 300; ++i) REQUIRE(m.addActivity(named("a-" + std::to_string(i), "Activity " + std::to_string(i))).ok());
    step("300 activities added");
    Activity a = *m.find("a-150");
    a.description = std::string(20000, 'x');  // spills onto overflow pages
    REQUIRE(m.updateActivity(a).ok());
    step("a long description");
    a.description = "short again";
    REQUIRE(m.updateActivity(a).ok());
    step("overflow pages freed");
    for (int i = 0; i < 300; i += 2) REQUIRE(m.deleteActivity("a-" + std::to_string(i)).ok());
    step("half deleted");
    REQUIRE(m.undo().ok());
    step("undo");
    REQUIRE(m.setPref("lang", "en").ok());
    step("a preference");
    Register r;
    for (int i = 0; i < 50; ++i) r.activities.push_back(named("r-" + std::to_string(i), "Imported"));
    REQUIRE(m.importRegister(r, app::ImportMode::Replace).ok());
    step("replace import (the file shrinks)");

    // Reopening from the mirror alone gives the same register.
    const std::string copy = dir.file("reg-copy.sqlite");
    {
        std::FILE* f = std::fopen(copy.c_str(), "wb");
        REQUIRE(f);
        std::fwrite(mirror.files[path].data(), 1, mirror.files[path].size(), f);
        std::fclose(f);
    }
    app::AppModel reopened;
    REQUIRE(reopened.open(copy).ok());
    CHECK(reopened.activities().size() == m.activities().size());
    CHECK(reopened.find("r-7") != nullptr);
    platform::takeChanges();
}

TEST_CASE("a deleted database is recorded as removed, and whole when created again", "[platform][pagevfs]") {
    REQUIRE(platform::installPageTracker() == 0);
    testing::TempDir dir;
    const std::string path = dir.file("reg-x.sqlite");
    {
        app::AppModel m;
        REQUIRE(m.open(path).ok());
    }
    platform::takeChanges();
    // SQLite deletes files through the VFS (a rollback journal in DELETE mode, for one).
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    REQUIRE(std::string(vfs->zName) == "air-pages");
    REQUIRE(vfs->xDelete(vfs, path.c_str(), 0) == 0);
    auto del = platform::takeChanges();
    REQUIRE(del.size() == 1);
    CHECK(del[0].removed);
    CHECK(vfs->xDelete(vfs, path.c_str(), 0) == SQLITE_IOERR_DELETE_NOENT);  // gone: nothing recorded
    CHECK(platform::takeChanges().empty());
    {
        app::AppModel m;
        REQUIRE(m.open(path).ok());
    }
    auto again = platform::takeChanges();
    REQUIRE(again.size() == 1);
    CHECK(again[0].whole);
    CHECK_FALSE(again[0].removed);
    CHECK(platform::changesToJson(again) == "[{\"p\":\"" + path + "\",\"w\":1,\"b\":[]}]");
}

TEST_CASE("one edit in a register of 10,000 activities records under 64 KB", "[platform][pagevfs]") {
    REQUIRE(platform::installPageTracker() == 0);
    testing::TempDir dir;
    const std::string path = dir.file("reg-big.sqlite");
    app::AppModel m;
    REQUIRE(m.open(path).ok());
    Register r;
    for (int i = 0; i < 10000; ++i) r.activities.push_back(testing::fullActivity("act-" + std::to_string(i)));
    REQUIRE(m.importRegister(r, app::ImportMode::Replace).ok());
    Mirror mirror;
    mirror.apply(platform::takeChanges());
    const std::size_t fileBytes = testing::readBytes(path).size();
    REQUIRE(fileBytes > 5u * 1024u * 1024u);

    Activity a = *m.find("act-5000");
    a.owner = "Someone else";
    REQUIRE(m.updateActivity(a).ok());
    auto changes = platform::takeChanges();
    REQUIRE(changes.size() == 1);
    CHECK_FALSE(changes[0].whole);
    mirror.apply(changes);
    CHECK(mirror.files[path] == testing::readBytes(path));
    std::printf("[pagevfs] one edit at 10,000 activities: %zu blocks, %zu bytes of a %zu-byte file\n",
                changes[0].blocks.size(), mirror.lastBytes, fileBytes);
    CHECK(mirror.lastBytes > 0);
    CHECK(mirror.lastBytes < 64u * 1024u);
}
