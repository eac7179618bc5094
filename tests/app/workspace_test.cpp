// The workspace (app/workspace.hpp): registers opened, switched, deleted and restored; the
// user's settings stored once and read again; one persistence hook call per committed change;
// the "changed" and "register opened" events; registers of earlier versions migrated.
#include <catch_amalgamated.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "app/exchange.hpp"
#include "app/settings.hpp"
#include "app/workspace.hpp"
#include "rules/rules.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::app;
using air::testing::TempDir;

namespace {

// A workspace on `folder` that counts its saves and records its events.
struct Watched {
    explicit Watched(const std::string& folder) : ws(folder) {
        ws.setPersistHook([this] { ++saves; });
        ws.onChanged([this](Change c) { changes.push_back(c); });
        ws.onRegisterOpened([this](const std::string& f) { opened.push_back(f); });
    }
    Workspace ws;
    int saves = 0;
    std::vector<Change> changes;
    std::vector<std::string> opened;
};

bool listed(const Workspace& ws, const std::string& name) {
    for (const RegisterEntry& r : ws.library().list())
        if (r.name == name) return true;
    return false;
}

}  // namespace

TEST_CASE("workspace: the first start creates a register and opens it", "[app][workspace]") {
    TempDir dir;
    Watched w(dir.file("data"));
    REQUIRE(w.ws.start("Mijn register").ok());
    REQUIRE(w.ws.library().list().size() == 1);
    CHECK(w.ws.model().registerName() == "Mijn register");
    CHECK(w.ws.library().list()[0].name == "Mijn register");  // in the file, not only in memory
    CHECK(w.ws.model().rulesVersion() == rules::kRulesVersion);  // a new register: the newest rules
    CHECK_FALSE(w.ws.model().canUndo());  // naming it is no undo step
    CHECK(w.ws.library().lastOpened() == w.ws.openFile());
    CHECK(w.ws.openFile() == w.ws.library().list()[0].file);
    CHECK(w.opened == std::vector<std::string>{w.ws.openFile()});
    CHECK(w.saves == 1);
    CHECK(w.changes == std::vector<Change>{Change::Library});

    // A second start opens the same register (the last one) and creates nothing.
    Watched again(dir.file("data"));
    REQUIRE(again.ws.start("Nog een").ok());
    CHECK(again.ws.library().list().size() == 1);
    CHECK(again.ws.openFile() == w.ws.openFile());
}

TEST_CASE("workspace: one persistence hook call and one event per committed change", "[app][workspace]") {
    TempDir dir;
    Watched w(dir.file("data"));
    REQUIRE(w.ws.start("Eerste").ok());
    w.saves = 0;
    w.changes.clear();

    Activity a;
    a.name = "Chatbot";
    REQUIRE(w.ws.model().addActivity(a).ok());
    CHECK(w.saves == 1);
    REQUIRE(w.ws.model().undo().ok());
    CHECK(w.saves == 2);
    CHECK(w.changes == std::vector<Change>{Change::Register, Change::Register});

    const auto second = w.ws.create("Tweede");
    REQUIRE(second.ok());
    CHECK(w.saves == 3);
    REQUIRE(w.ws.rename(*second, "Tweede team").ok());
    CHECK(w.saves == 4);
    REQUIRE(w.ws.setSetting(settings::kPrefUserName, "Sanne").ok());
    CHECK(w.saves == 5);
    REQUIRE(w.ws.setSetting(settings::kPrefUserName, "Sanne").ok());  // unchanged: no save
    CHECK(w.saves == 5);
    w.ws.setLanguage(Lang::En);
    CHECK(w.saves == 6);
    CHECK(w.changes == std::vector<Change>{Change::Register, Change::Register, Change::Library, Change::Library,
                                           Change::Settings, Change::Settings});

    // A failed command saves nothing and says nothing.
    CHECK_FALSE(w.ws.rename("reg-missing.sqlite", "x").ok());
    CHECK_FALSE(w.ws.open("reg-missing.sqlite").ok());
    CHECK(w.saves == 6);
    CHECK(w.changes.size() == 6);
}

TEST_CASE("workspace: switching registers fires \"register opened\" and remembers the last", "[app][workspace]") {
    TempDir dir;
    Watched w(dir.file("data"));
    REQUIRE(w.ws.start("Eerste").ok());
    const std::string first = w.ws.openFile();
    const auto second = w.ws.create("Tweede");
    REQUIRE(second.ok());
    w.opened.clear();
    w.saves = 0;
    REQUIRE(w.ws.open(*second).ok());
    CHECK(w.opened == std::vector<std::string>{*second});
    CHECK(w.saves == 1);
    CHECK(w.ws.model().registerName() == "Tweede");
    CHECK(w.ws.isOpenFile(*second));
    CHECK_FALSE(w.ws.isOpenFile(first));
    CHECK(w.ws.library().lastOpened() == *second);

    // Renaming the open register goes through the model: one undo step.
    REQUIRE(w.ws.rename(*second, "Tweede team").ok());
    CHECK(w.ws.model().registerName() == "Tweede team");
    CHECK(w.ws.model().canUndo());

    Watched later(dir.file("data"));
    REQUIRE(later.ws.start("x").ok());
    CHECK(later.ws.openFile() == *second);
}

TEST_CASE("workspace: a deleted register comes back with \"undo\", data and all", "[app][workspace]") {
    TempDir dir;
    Watched w(dir.file("data"));
    REQUIRE(w.ws.start("Open").ok());
    const auto other = w.ws.create("Weg");
    REQUIRE(other.ok());
    {
        AppModel m;
        REQUIRE(m.open(w.ws.library().pathOf(*other)).ok());
        Activity a;
        a.name = "Bewaard";
        REQUIRE(m.addActivity(a).ok());
    }
    { std::ofstream(w.ws.library().pathOf(*other) + kLinkedBaseSuffix) << "{\"base\":1}"; }

    // The open register cannot be deleted.
    CHECK_FALSE(w.ws.remove(w.ws.openFile()).ok());
    CHECK_FALSE(w.ws.removed().has_value());

    w.saves = 0;
    REQUIRE(w.ws.remove(*other).ok());
    CHECK(w.saves == 1);
    CHECK_FALSE(listed(w.ws, "Weg"));
    REQUIRE(w.ws.removed().has_value());
    CHECK(w.ws.removed()->name == "Weg");
    // Gone from the folder itself (the page stores only the folder's own files).
    std::error_code ec;
    CHECK_FALSE(std::filesystem::exists(w.ws.library().pathOf(*other), ec));
    CHECK_FALSE(std::filesystem::exists(w.ws.library().pathOf(*other) + kLinkedBaseSuffix, ec));
    for (const auto& e : std::filesystem::directory_iterator(w.ws.folder()))
        CHECK(e.path().filename().string().find("Weg") == std::string::npos);

    REQUIRE(w.ws.restoreRemoved().ok());
    CHECK(w.saves == 2);
    CHECK_FALSE(w.ws.removed().has_value());
    CHECK(listed(w.ws, "Weg"));
    CHECK(std::filesystem::exists(w.ws.library().pathOf(*other) + kLinkedBaseSuffix, ec));
    REQUIRE(w.ws.open(*other).ok());
    REQUIRE(w.ws.model().activities().size() == 1);
    CHECK(w.ws.model().activities()[0].name == "Bewaard");
    CHECK_FALSE(w.ws.restoreRemoved().ok());  // nothing left to restore

    // Deleting another one drops the first from the trash; a new start empties it.
    const auto a = w.ws.create("A"), b = w.ws.create("B");
    REQUIRE(w.ws.remove(*a).ok());
    REQUIRE(w.ws.remove(*b).ok());
    REQUIRE(w.ws.restoreRemoved().ok());
    CHECK(listed(w.ws, "B"));
    CHECK_FALSE(listed(w.ws, "A"));
    const auto c = w.ws.create("C");
    REQUIRE(w.ws.remove(*c).ok());
    Watched next(w.ws.folder());
    REQUIRE(next.ws.start("x").ok());
    CHECK_FALSE(next.ws.removed().has_value());
    CHECK_FALSE(std::filesystem::exists(std::filesystem::path(w.ws.folder()) / ".trash", ec));
}

TEST_CASE("workspace: the user's settings are stored once and survive reopening", "[app][workspace]") {
    TempDir dir;
    const std::string folder = dir.file("data");
    std::string first, second;
    {
        Watched w(folder);
        REQUIRE(w.ws.start("Eerste").ok());
        first = w.ws.openFile();
        second = *w.ws.create("Tweede");
        CHECK_FALSE(w.ws.language().has_value());
        w.ws.setLanguage(Lang::En);
        REQUIRE(w.ws.setSetting(settings::kPrefUserName, "Sanne de Vries").ok());
        REQUIRE(w.ws.setSetting(settings::kPrefTheme, "dark").ok());
        REQUIRE(w.ws.setSetting(exchange::kPrefRemindDays, "30").ok());
        w.ws.markNoticeSeen("persist");

        // The history names the user, in whichever register.
        Activity a;
        a.name = "Chatbot";
        auto id = w.ws.model().addActivity(a);
        REQUIRE(id.ok());
        Activity b = *w.ws.model().find(*id);
        b.owner = "Marketing";
        REQUIRE(w.ws.model().updateActivity(b).ok());
        CHECK(w.ws.model().history(*id, 5).front().user == "Sanne de Vries");
        REQUIRE(w.ws.open(second).ok());
        CHECK(w.ws.setting(settings::kPrefUserName) == "Sanne de Vries");
        auto id2 = w.ws.model().addActivity(a);
        Activity c = *w.ws.model().find(*id2);
        c.owner = "HR";
        REQUIRE(w.ws.model().updateActivity(c).ok());
        CHECK(w.ws.model().history(*id2, 5).front().user == "Sanne de Vries");
    }
    // Not fanned out into the registers: their own preferences stay empty.
    for (const std::string& f : {first, second}) {
        AppModel m;
        REQUIRE(m.open(RegisterLibrary(folder).pathOf(f)).ok());
        for (std::string_view key : settings::kPersonalPrefs) CHECK(m.pref(key).empty());
    }
    Watched w(folder);
    w.ws.readSettings();
    CHECK(w.ws.language() == Lang::En);
    REQUIRE(w.ws.start("x").ok());
    CHECK(w.ws.setting(settings::kPrefUserName) == "Sanne de Vries");
    CHECK(w.ws.setting(settings::kPrefTheme) == "dark");
    CHECK(exchange::remindDays(w.ws.setting(exchange::kPrefRemindDays)) == 30);
    CHECK(w.ws.noticeSeen("persist"));
    CHECK_FALSE(w.ws.noticeSeen("other"));
}

TEST_CASE("workspace: settings of earlier versions are taken over without loss", "[app][workspace]") {
    TempDir dir;
    const std::string folder = dir.file("data");
    RegisterLibrary lib(folder);
    const auto old = lib.create("Oud register");
    REQUIRE(old.ok());
    {
        // An earlier version: the personal preferences in the register, the language in
        // "lang", a dismissed notice as a file of its own.
        AppModel m;
        REQUIRE(m.open(lib.pathOf(*old)).ok());
        REQUIRE(m.setPref(settings::kPrefUserName, "Joris").ok());
        REQUIRE(m.setPref(settings::kPrefTheme, "dark").ok());
        REQUIRE(m.setPref(exchange::kPrefRemindDays, "7").ok());
        lib.setLastOpened(*old);
        std::ofstream(lib.pathOf("lang")) << "en\n";
        std::ofstream(lib.pathOf("notice-persist")) << "seen\n";
    }
    Watched w(folder);
    REQUIRE(w.ws.start("x").ok());
    CHECK(w.ws.language() == Lang::En);
    CHECK(w.ws.setting(settings::kPrefUserName) == "Joris");
    CHECK(w.ws.setting(settings::kPrefTheme) == "dark");
    CHECK(w.ws.setting(exchange::kPrefRemindDays) == "7");
    CHECK(w.ws.noticeSeen("persist"));
    // Stored in the workspace's own file now: another register sees them too.
    const auto fresh = w.ws.create("Nieuw");
    REQUIRE(w.ws.open(*fresh).ok());
    CHECK(w.ws.setting(settings::kPrefUserName) == "Joris");
    CHECK(std::filesystem::exists(w.ws.library().pathOf(kSettingsFile)));
    // A setting the user changed since is not overwritten by an old register's copy.
    REQUIRE(w.ws.setSetting(settings::kPrefUserName, "Joris Bakker").ok());
    REQUIRE(w.ws.open(*old).ok());
    CHECK(w.ws.setting(settings::kPrefUserName) == "Joris Bakker");
}

TEST_CASE("workspace: a read-only tab writes nothing", "[app][workspace]") {
    TempDir dir;
    const std::string folder = dir.file("data");
    bool readOnly = true;
    {
        Watched w(folder);
        w.ws.setReadOnly([&] { return readOnly; });
        REQUIRE(w.ws.start("x").ok());  // no register yet: an empty one in memory
        CHECK(w.ws.library().list().empty());
        CHECK(w.ws.openFile().empty());
        CHECK(w.ws.model().isOpen());
        w.ws.setLanguage(Lang::En);  // shown in this tab, not stored
        CHECK(w.ws.language() == Lang::En);
        CHECK_FALSE(std::filesystem::exists(RegisterLibrary(folder).pathOf(kSettingsFile)));
    }
    // Another tab is the writer; this one reads again after each of its saves.
    Watched writer(folder);
    REQUIRE(writer.ws.start("Eerste").ok());
    Watched reader(folder);
    reader.ws.setReadOnly([&] { return readOnly; });
    REQUIRE(reader.ws.start("x").ok());
    CHECK(reader.ws.openFile() == writer.ws.openFile());
    CHECK(reader.ws.model().activities().empty());
    Activity a;
    a.name = "Van de schrijver";
    REQUIRE(writer.ws.model().addActivity(a).ok());
    REQUIRE(writer.ws.setSetting(settings::kPrefUserName, "Sanne").ok());
    reader.saves = 0;
    reader.opened.clear();
    REQUIRE(reader.ws.reload().ok());
    CHECK(reader.ws.model().activities().size() == 1);
    CHECK(reader.ws.setting(settings::kPrefUserName) == "Sanne");
    CHECK(reader.saves == 0);
    CHECK(reader.opened.empty());
}

TEST_CASE("workspace: the example register becomes a register of its own", "[app][workspace]") {
    TempDir dir;
    Watched w(dir.file("data"));
    REQUIRE(w.ws.start("Mijn register").ok());
    REQUIRE(w.ws.setSetting(settings::kPrefUserName, "Joris").ok());
    w.saves = 0;
    const auto file = w.ws.createExample();
    REQUIRE(file.ok());
    CHECK(w.saves == 1);
    CHECK(w.ws.model().activities().empty());  // the open one is untouched
    REQUIRE(w.ws.open(*file).ok());
    CHECK(w.ws.model().activities().size() >= 20);
    CHECK(w.ws.setting(settings::kPrefUserName) == "Joris");
    CHECK(w.ws.model().pref(settings::kPrefUserName).empty());
}
