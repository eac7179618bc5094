// The dashboard page: it draws the app's numbers (tests/app/dashboard_stats_test.cpp), the heat
// map's CPU colour scale and cell borders, the embedded shaders document the same scale, and
// "Save as PNG" yields valid PNG files.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <set>
#include <string>

#include "compliance_fixture.hpp"
#include "core/embedded.hpp"
#include "rules/rules.hpp"
#include "ui/chart_png.hpp"
#include "ui/dashboard_data.hpp"
#include "ui/heatmap.hpp"
#include "ui/theme.hpp"
#include "ui/wizard_view.hpp"

using namespace air;

namespace {

unsigned be32(const std::string& b, std::size_t at) {
    return (unsigned(static_cast<unsigned char>(b[at])) << 24) | (unsigned(static_cast<unsigned char>(b[at + 1])) << 16) |
           (unsigned(static_cast<unsigned char>(b[at + 2])) << 8) | unsigned(static_cast<unsigned char>(b[at + 3]));
}

// A PNG: signature, IHDR first with its size, IEND last. Returns {width, height}.
std::pair<unsigned, unsigned> checkPng(const std::string& b) {
    REQUIRE(b.size() > 57);
    CHECK(std::memcmp(b.data(), "\x89PNG\r\n\x1a\n", 8) == 0);
    CHECK(be32(b, 8) == 13);  // IHDR length
    CHECK(b.substr(12, 4) == "IHDR");
    CHECK(b[24] == 8);  // bit depth
    CHECK(b[25] == 6);  // colour type RGBA
    CHECK(b.substr(b.size() - 8, 4) == "IEND");
    return {be32(b, 16), be32(b, 20)};
}

unsigned chan(ImU32 c, int i) { return (c >> (8 * i)) & 0xFF; }

}  // namespace

TEST_CASE("dashboard: the page draws the example register's numbers", "[ui][dashboard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    test::loadExample(app);
    // (The numbers themselves are tested in tests/app/dashboard_stats_test.cpp.)
    const auto d = app::computeDashboard(app.model(), "2026-11-25", Lang::En);
    REQUIRE(d.total == int(app.model().activities().size()));
    const auto bars = ui::chartBars(d, ui::Chart::Tiers);
    REQUIRE(bars.size() == std::size_t(Tier::COUNT));
    for (Tier t : allOf<Tier>()) CHECK(bars[std::size_t(t)].value == d.perTier[std::size_t(t)]);
    CHECK(ui::heatRowLabels(d).size() == d.heatRows.size() + (d.heatNoneRow ? 1 : 0));
    CHECK(ui::heatColLabels(d).size() == d.heatCols.size());

    // The page draws (two and one column) without an ImGui assertion.
    app.ctx().page = ui::Page::Dashboard;
    app.frames(3);
    CHECK(app.ui.find(ui::tr("dash.save_png")));
}

TEST_CASE("dashboard: the heat map colour scale and crisp borders (CPU twin of the shader)", "[ui][dashboard][heatmap]") {
    const ui::HeatStyle st;
    CHECK(ui::heatColour(0.0f, st) == st.low);
    CHECK(ui::heatColour(1.0f, st) == st.high);
    const ImU32 mid = ui::heatColour(0.5f, st);
    CHECK(chan(mid, 0) == 138);  // (239 + 37) / 2
    CHECK(chan(mid, 1) == 172);  // (245 + 99) / 2
    CHECK(chan(mid, 2) == 244);  // (253 + 235) / 2
    CHECK(chan(mid, 3) == 255);
    CHECK(ui::heatColour(-1.0f, st) == st.low);  // clamped
    CHECK(ui::heatColour(7.0f, st) == st.high);

    // 3 × 7 cells on 211 × 61 device pixels: every border is one pixel wide.
    ui::CpuHeatmap cpu;
    std::vector<float> v(21, 0.0f);
    v[0] = 1.0f;   // top-left cell
    v[20] = 0.5f;  // bottom-right cell
    CHECK(cpu.render(v, 3, 7, 211, 61) == ImTextureID{});
    std::vector<unsigned char> px;
    int w = 0, h = 0;
    REQUIRE(cpu.readPixels(px, w, h));
    REQUIRE(w == 211);
    REQUIRE(h == 61);
    auto at = [&](int x, int y) {
        const unsigned char* p = &px[(std::size_t(y) * std::size_t(w) + std::size_t(x)) * 4];
        return IM_COL32(p[0], p[1], p[2], p[3]);
    };
    CHECK(at(0, 0) == st.border);
    CHECK(at(210, 60) == st.border);
    CHECK(at(15, 10) == st.high);
    CHECK(at(200, 50) == mid);
    CHECK(at(100, 30) == st.low);
    for (int c = 1; c < 7; ++c) {
        const int x = ui::heatCellStart(c, w, 7);
        CHECK(at(x, 30) == st.border);       // the border column
        CHECK(at(x - 1, 30) != st.border);   // one pixel wide
        CHECK(at(x + 1, 30) != st.border);
    }
    for (int r = 1; r < 3; ++r) {
        const int y = ui::heatCellStart(r, h, 3);
        CHECK(at(100, y) == st.border);
        CHECK(at(100, y - 1) != st.border);
        CHECK(at(100, y + 1) != st.border);
    }
}

TEST_CASE("dashboard: the embedded shaders implement the documented scale", "[ui][dashboard][heatmap]") {
    const std::string_view frag = embedded::get("heatmap.frag.glsl");
    const std::string_view vert = embedded::get("heatmap.vert.glsl");
    REQUIRE_FALSE(frag.empty());
    REQUIRE_FALSE(vert.empty());
    CHECK(frag.substr(0, 15) == "#version 300 es");
    CHECK(vert.substr(0, 15) == "#version 300 es");
    CHECK(frag.find("mix(u_low, u_high, clamp(v, 0.0, 1.0))") != std::string_view::npos);
    CHECK(frag.find("(p * cells) / n") != std::string_view::npos);
    CHECK(frag.find("texelFetch(u_values") != std::string_view::npos);
}

TEST_CASE("dashboard: Save as PNG downloads a valid PNG", "[ui][dashboard][png]") {
    test::LangGuard en(Lang::En);
    test::App app;
    test::loadExample(app);
    app.ctx().page = ui::Page::Dashboard;
    app.frames(3);
    REQUIRE(app.platform.downloads.empty());

    // The heat map's button (the page has one per chart).
    REQUIRE(test::clickFull(app.ui, "##png_heatmap", [&] { app.shell->frame(); }));
    REQUIRE(app.platform.downloads.size() == 1);
    const auto& dl = app.platform.downloads.back();
    CHECK(dl.mime == "image/png");
    CHECK(dl.name.find("-heatmap-") != std::string::npos);
    CHECK(dl.name.size() > 4);
    CHECK(dl.name.substr(dl.name.size() - 4) == ".png");
    const auto [w, h] = checkPng(dl.bytes);
    CHECK(w > 300);
    CHECK(h > 200);

    REQUIRE(test::clickFull(app.ui, "##png_tiers", [&] { app.shell->frame(); }));
    REQUIRE(app.platform.downloads.size() == 2);
    CHECK(app.platform.downloads.back().name.find("-tiers-") != std::string::npos);
    checkPng(app.platform.downloads.back().bytes);
}

TEST_CASE("dashboard: every chart exports, with the register name and date in the file name", "[ui][dashboard][png]") {
    test::LangGuard en(Lang::En);
    test::App app;
    test::loadExample(app);
    ui::setTodayForTests("2026-11-25");
    const auto d = app::computeDashboard(app.model(), "2026-11-25", Lang::En);
    ui::CpuHeatmap cpu;
    for (ui::Chart c : {ui::Chart::Tiers, ui::Chart::Review, ui::Chart::Blockers, ui::Chart::Heatmap}) {
        INFO(ui::chartKey(c));
        REQUIRE(ui::downloadChartPng(app.ctx(), d, c, &cpu, 420, 300));
        const auto& dl = app.platform.downloads.back();
        CHECK(dl.name == ui::png::pngFileName(app.model().registerName(), ui::chartKey(c), "2026-11-25"));
        CHECK(dl.name.find("2026-11-25.png") != std::string::npos);
        const auto [w, h] = checkPng(dl.bytes);
        CHECK(w > 0);
        CHECK(h > 0);
    }
    ui::setTodayForTests("");
    CHECK(ui::png::pngFileName("Marketing: NL/BE", "tiers", "2026-11-25") == "Marketing-NL-BE-tiers-2026-11-25.png");
    CHECK(ui::png::pngFileName("", "heatmap", "2026-11-25") == "register-heatmap-2026-11-25.png");
}

TEST_CASE("dashboard: PNG canvas draws bars in the chart colours and text from the font atlas", "[ui][dashboard][png]") {
    test::Ui ui;  // fonts loaded, atlas built
    ui.frame([] {});
    const ImU32 red = IM_COL32(220, 38, 38, 255);
    const auto img = ui::png::renderBarChart({"Title", "", ""}, {{"Prohibited", 4, red}, {"Minimal", 0, red}});
    REQUIRE(img.w > 0);
    REQUIRE(img.h > 0);
    int redPixels = 0, darkPixels = 0;
    for (std::size_t i = 0; i < img.rgba.size(); i += 4) {
        const ImU32 c = IM_COL32(img.rgba[i], img.rgba[i + 1], img.rgba[i + 2], 255);
        if (c == red) ++redPixels;
        if (img.rgba[i] < 120 && img.rgba[i + 1] < 120 && img.rgba[i + 2] < 120) ++darkPixels;
    }
    CHECK(redPixels > 100);  // the bar
    CHECK(darkPixels > 50);  // text was drawn
    CHECK(ui::png::textWidth(ui::fonts().body, "Prohibited") > 10.0f);
    CHECK(ui::png::fitText(ui::fonts().body, "A rather long label for a small space", 60.0f).size() <
          std::string("A rather long label for a small space").size());
}

TEST_CASE("dashboard: clicking a bar shows exactly those activities in the register", "[ui][dashboard]") {
    test::LangGuard en(Lang::En);
    test::App app;
    test::loadExample(app);
    std::vector<std::string> high, others;
    for (std::size_t i = 0; i < app.model().activities().size(); ++i)
        (app.model().assessments()[i].tier == Tier::High ? high : others).push_back(app.model().activities()[i].name);
    REQUIRE(!high.empty());
    app.ctx().page = ui::Page::Dashboard;
    app.frames(3);
    REQUIRE(app.click("High risk"));  // the bar of the tier chart
    app.frames(3);
    CHECK(app.ctx().page == ui::Page::Register);
    CHECK_FALSE(app.ctx().requests.has<ui::req::ShowOnly>());
    CHECK(app.ui.find("Risk: High risk"));  // the filter chip
    for (const std::string& n : high) CHECK(app.ui.find(n));
    for (const std::string& n : others) CHECK_FALSE(app.ui.find(n));

    // The blockers chart: every activity with an open blocker, and only those.
    app.ctx().page = ui::Page::Dashboard;
    app.frames(3);
    REQUIRE(test::clickFull(app.ui, "GDPR-6 ", [&] { app.shell->frame(); }));
    app.frames(3);
    CHECK(app.ctx().page == ui::Page::Register);
    for (std::size_t i = 0; i < app.model().activities().size(); ++i) {
        const bool blocked = app.model().assessments()[i].blockers() > 0;
        CAPTURE(app.model().activities()[i].name);
        if (!blocked) CHECK_FALSE(app.ui.find(app.model().activities()[i].name));
    }
}

TEST_CASE("dashboard: the heat map scale follows the theme; exports keep the light one", "[ui][dashboard][heatmap]") {
    const ui::HeatStyle light = ui::heatStyleFor(false), dark = ui::heatStyleFor(true);
    CHECK(light.low == ui::HeatStyle{}.low);
    CHECK(light.high == ui::HeatStyle{}.high);
    auto luminance = [](ImU32 c) { return (0.2126 * chan(c, 0) + 0.7152 * chan(c, 1) + 0.0722 * chan(c, 2)) / 255.0; };
    CHECK(luminance(light.low) > 0.9);  // near-white cells under dark text
    CHECK(luminance(dark.low) < 0.2);   // near-black cells under light text
    CHECK(luminance(dark.high) > luminance(dark.low) + 0.2);
}

TEST_CASE("dashboard: the subtitle names the rule set it used", "[ui][dashboard]") {
    test::LangGuard nl(Lang::Nl);
    test::App app;
    app.ctx().page = ui::Page::Dashboard;
    app.frames(2);
    const std::string key(rules::kRulesVersion);
    auto sub = test::findFull("##dash.subtitle: ");
    REQUIRE(sub);
    CHECK(sub->label == "##dash.subtitle: Risiconiveaus en blokkerende bevindingen getoetst aan regelset " + key + ".");
    ui::setLang(Lang::En);
    app.frames(2);
    CHECK(test::findFull("##dash.subtitle: ")->label.find("rule set " + key) != std::string::npos);
}
