#include <catch_amalgamated.hpp>

#include <chrono>
#include <cstdio>
#include <limits>
#include <regex>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "harness.hpp"
#include "imgui_internal.h"
#include "register_fixture.hpp"
#include "ui/i18n.hpp"
#include "ui/platform_api.hpp"

using namespace air;

TEST_CASE("every string table entry has English and Dutch, and every tr() key exists", "[ui][i18n]") {
    std::set<std::string> keys;
    for (std::size_t i = 0; i < ui::stringCount(); ++i) {
        const auto& s = ui::stringAt(i);
        CHECK(std::string(s.en).size() > 0);
        CHECK(std::string(s.nl).size() > 0);
        CHECK(keys.insert(s.key).second);  // no duplicate keys
    }
    // Scan the UI sources for tr("...")/trf("...")/trn("...") keys.
    const std::regex call(R"re(\btr[fn]?\(\s*"([a-z0-9_.]+)")re");
    int used = 0;
    for (auto& e : std::filesystem::recursive_directory_iterator(AIR_SOURCE_DIR "/src")) {
        if (e.path().extension() != ".cpp" && e.path().extension() != ".hpp") continue;
        std::ifstream f(e.path());
        std::stringstream ss;
        ss << f.rdbuf();
        const std::string text = ss.str();
        for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
            ++used;
            INFO(e.path().filename().string() << " uses " << (*it)[1]);
            CHECK(ui::hasKey((*it)[1].str()));
        }
    }
    CHECK(used > 10);
}

TEST_CASE("numbers are grouped by thousands as each language writes them", "[ui][i18n]") {
    ui::setLang(Lang::Nl);
    CHECK(ui::num(0) == "0");
    CHECK(ui::num(999) == "999");
    CHECK(ui::num(1379) == "1.379");
    CHECK(ui::num(std::size_t(10000)) == "10.000");
    CHECK(ui::num(-1234567) == "-1.234.567");
    CHECK(ui::trf("shell.activities_count", ui::num(10000)) == "10.000 activiteiten");
    CHECK(ui::trn("dash.summary_total", 1) == "1 activiteit");
    CHECK(ui::trn("dash.summary_total", 1234) == "1.234 activiteiten");
    CHECK(ui::trn("cat.count", 1) == "1 toepassing");
    CHECK(ui::trn("shell.activities_count", 1) == "1 activiteit");
    ui::setLang(Lang::En);
    CHECK(ui::num(10000) == "10,000");
    CHECK(ui::num(-5) == "-5");
    CHECK(ui::num(std::numeric_limits<long long>::min()) == "-9,223,372,036,854,775,808");
    ui::setLang(Lang::Nl);
}

TEST_CASE("storage errors from the page are shown in the reader's language", "[ui][i18n]") {
    ui::setLang(Lang::Nl);
    CHECK(ui::storageErrorText("quota") == "de opslagruimte van de browser voor deze pagina is vol");
    CHECK(ui::storageErrorText("unreadable|UnknownError").find("konden niet worden gelezen (UnknownError)") != std::string::npos);
    CHECK(ui::storageErrorText("something else") == "something else");
    ui::setLang(Lang::En);
    CHECK(ui::storageErrorText("quota") == "the browser's storage for this page is full");
    ui::setLang(Lang::Nl);
}

TEST_CASE("dates are shown as dd-mm-jjjj in Dutch", "[ui][i18n]") {
    ui::setLang(Lang::Nl);
    CHECK(ui::showDate("2026-11-25") == "25-11-2026");
    CHECK(ui::showTimestamp("2026-11-25T09:05:00Z") == "25-11-2026 09:05");
    ui::setLang(Lang::En);
    CHECK(ui::showDate("2026-11-25") == "25 Nov 2026");
    CHECK(ui::showDate("not a date") == "not a date");
    ui::setLang(Lang::Nl);
}

TEST_CASE("the shell starts a first register and switches language", "[ui][shell]") {
    test::App app;
    CHECK(app.model().isOpen());
    CHECK(app.shell->library().list().size() == 1);
    REQUIRE(app.click("English"));
    CHECK(ui::lang() == Lang::En);
    REQUIRE(app.click("Nederlands"));
    CHECK(ui::lang() == Lang::Nl);
    for (int p = 0; p < int(ui::Page::COUNT); ++p) {  // every page draws without assertion
        app.ctx().page = ui::Page(p);
        app.frames(2);
    }
}

TEST_CASE("the undo button's step label follows the UI language", "[ui][shell][i18n]") {
    test::App app;
    REQUIRE(app.click("Nederlands"));
    Activity a;
    a.name = "Chatbot";
    REQUIRE(app.model().addActivity(a));
    app.frames(2);
    CHECK(app.model().undoLabel() == "Chatbot toevoegen");
    REQUIRE(app.click("English"));
    app.frames(1);
    CHECK(app.model().undoLabel() == "add Chatbot");
}

// Frame cost of the whole shell (navigation, banners, status bar and each page) at 10,000
// activities; prints numbers (run: test_ui "[.benchmark]"). The browser benchmark is
// tests/e2e/bench.test.mjs.
TEST_CASE("benchmark: whole-shell frame cost per page at 10,000 activities", "[.benchmark][ui][shell]") {
    test::App app;
    REQUIRE(app.model().importRegister(test::generateRegister(10000), app::ImportMode::Replace).ok());
    app.frames(3);
    ImGui::GetIO().AddMousePosEvent(640, 500);
    for (int p = 0; p < int(ui::Page::COUNT); ++p) {
        app.ctx().page = ui::Page(p);
        app.frames(3);
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < 50; ++i) {
            ImGui::GetIO().AddMouseWheelEvent(0, i % 20 < 10 ? -3.0f : 3.0f);
            app.frame();
        }
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / 50.0;
        std::printf("whole shell, 10,000 activities, page %d: %.3f ms per frame\n", p, ms);
        CHECK(ms > 0.0);
    }
}

TEST_CASE("a narrow window: the navigation collapses to icons, the status bar drops what does not fit", "[ui][shell][narrow]") {
    ui::setLang(Lang::En);
    test::App app;
    ImGui::SetCurrentContext(app.ui.context());
    const float em = ImGui::GetFontSize();
    // Wide: the full navigation with page names.
    ImGui::GetIO().DisplaySize = ImVec2(em * 90, 800);
    app.frames(3);
    auto dash = app.ui.find("Dashboard");
    REQUIRE(dash);
    CHECK(dash->x1 - dash->x0 > em * 8);
    // Portrait tablet width (about 768 CSS pixels): icons with their names for screen readers,
    // the pages still reachable, nothing of the status bar drawn over another part of it.
    ImGui::GetIO().DisplaySize = ImVec2(em * 49.5f, 1024);
    app.frames(3);
    dash = app.ui.find("Dashboard");
    REQUIRE(dash);
    CHECK(dash->x1 - dash->x0 < em * 3.5f);
    REQUIRE(app.click("Dashboard"));
    CHECK(app.ctx().page == ui::Page::Dashboard);
    auto undo = app.ui.find("Undo the last change");
    auto redo = app.ui.find("Redo the change undone last");
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->x1 <= redo->x0);
    CHECK(redo->x1 <= em * 49.5f);
    // The full navigation on request, and back.
    REQUIRE(app.click("Show the navigation"));
    app.frames(2);
    dash = app.ui.find("Dashboard");
    REQUIRE(dash);
    CHECK(dash->x1 - dash->x0 > em * 8);
    REQUIRE(app.click("Collapse the navigation to icons"));
    app.frames(2);
    CHECK(app.ui.find("Show the navigation"));
    ui::setLang(Lang::Nl);
}

TEST_CASE("a toast never covers the control just clicked: near the bottom right it hangs from the top", "[ui][shell][narrow]") {
    test::App app;
    ImGui::SetCurrentContext(app.ui.context());
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    auto toastTop = [&] {
        app.ctx().toast("Opgeslagen");
        app.frames(2);
        ImGuiWindow* w = ImGui::FindWindowByName("##toast0");
        REQUIRE(w);
        return w->Pos.y;
    };
    // A click in the middle: the toast sits at the bottom right as always.
    ImGui::GetIO().AddMousePosEvent(size.x * 0.5f, size.y * 0.5f);
    app.frame();
    ImGui::GetIO().AddMouseButtonEvent(0, true);
    app.frame();
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    app.frame();
    CHECK(toastTop() > size.y * 0.5f);
    app.ctx().toasts.clear();
    // A click just above the status bar at the right (where the toasts would appear): they
    // move to the top right instead.
    ImGui::GetIO().AddMousePosEvent(size.x - 60, size.y - 70);
    app.frame();
    ImGui::GetIO().AddMouseButtonEvent(0, true);
    app.frame();
    ImGui::GetIO().AddMouseButtonEvent(0, false);
    app.frame();
    CHECK(toastTop() < size.y * 0.25f);
}
