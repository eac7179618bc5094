// Touch gestures (ui/touch_scroll.hpp) on the real shell, headless: a drag scrolls the register
// table without clicking the row it started on, a flick keeps coasting after the finger lifts,
// a tap opens an activity, a long press is a right click.
#include <catch_amalgamated.hpp>

#include "harness.hpp"
#include "imgui_internal.h"
#include "ui/i18n.hpp"

using namespace air;

namespace {

// The innermost window at p that scrolls (the register's table, for a point on a row).
ImGuiWindow* scrollingAt(ImVec2 p) {
    ImGuiWindow* found = nullptr;
    for (ImGuiWindow* w : GImGui->Windows)
        if (w->WasActive && w->ScrollMax.y > 100.0f && w->OuterRectClipped.Contains(p)) found = w;
    return found;
}

struct Fixture {
    test::App app;
    Fixture() {
        ui::setLang(Lang::En);
        ImGui::SetCurrentContext(app.ui.context());
        for (int i = 0; i < 60; ++i) {
            Activity a;
            a.name = "Activity " + std::to_string(i);
            REQUIRE(app.model().addActivity(a).ok());
        }
        app.ctx().page = ui::Page::Register;
        app.frames(3);
    }
    ~Fixture() { ui::setLang(Lang::Nl); }
    // One touch event at platform time t (s), then a frame.
    void touch(int phase, float x, float y, double t) {
        app.platform.clock = t;
        app.shell->touch(phase, x, y);
        app.frame();
    }
};

}  // namespace

TEST_CASE("touch: a drag scrolls the table and clicks nothing; a flick coasts", "[ui][touch]") {
    Fixture f;
    auto row = f.app.ui.find("Activity 3");
    REQUIRE(row);
    const float x = (row->x0 + row->x1) / 2, y = (row->y0 + row->y1) / 2;
    ImGuiWindow* table = scrollingAt(ImVec2(x, y));
    REQUIRE(table);
    // Slow drag upwards by 200 px, starting on a row.
    f.touch(0, x, y, 1.0);
    for (int i = 1; i <= 10; ++i) f.touch(1, x, y - 20.0f * float(i), 1.0 + 0.05 * i);
    f.touch(2, x, y - 200, 2.0);  // lifted 0.5 s after the last move: no coasting
    f.app.frames(2);
    CHECK(table->Scroll.y == Catch::Approx(200.0f).margin(25.0f));
    CHECK(f.app.ctx().selectedId.empty());  // the row under the finger was not opened

    // A quick flick: the list keeps moving after the finger lifts, then stops.
    const float before = table->Scroll.y;
    f.touch(0, x, y, 3.0);
    for (int i = 1; i <= 4; ++i) f.touch(1, x, y - 30.0f * float(i), 3.0 + 0.016 * i);
    f.touch(2, x, y - 120, 3.07);
    const float lifted = table->Scroll.y;
    for (int i = 1; i <= 30; ++i) {
        f.app.platform.clock = 3.07 + 0.016 * i;
        f.app.frame();
    }
    CHECK(lifted >= before + 100.0f);
    CHECK(table->Scroll.y > lifted + 50.0f);  // coasted
    const float settled = table->Scroll.y;
    for (int i = 1; i <= 120; ++i) {
        f.app.platform.clock = 3.6 + 0.016 * i;
        f.app.frame();
    }
    const float later = table->Scroll.y;
    f.app.platform.clock = 6.0;
    f.app.frames(3);
    CHECK(table->Scroll.y == later);  // it stops
    CHECK(later >= settled);
}

TEST_CASE("touch: a tap opens the activity; a long press is a right click", "[ui][touch]") {
    Fixture f;
    auto row = f.app.ui.find("Activity 2");
    REQUIRE(row);
    const float x = (row->x0 + row->x1) / 2, y = (row->y0 + row->y1) / 2;
    f.touch(0, x, y, 1.0);
    f.touch(2, x + 2, y, 1.1);
    f.app.frames(3);
    CHECK_FALSE(f.app.ctx().selectedId.empty());
    CHECK(f.app.model().find(f.app.ctx().selectedId)->name == "Activity 2");

    // A long press on another row opens its context menu (a right click), not the row.
    auto other = f.app.ui.find("Activity 5");
    REQUIRE(other);
    const std::string opened = f.app.ctx().selectedId;
    f.touch(0, (other->x0 + other->x1) / 2, (other->y0 + other->y1) / 2, 2.0);
    f.app.platform.clock = 2.6;
    f.app.frames(3);
    f.touch(2, (other->x0 + other->x1) / 2, (other->y0 + other->y1) / 2, 2.7);
    f.app.frames(2);
    CHECK(ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId));
}

TEST_CASE("touch: dragging far enough brings the last row fully into view", "[ui][touch]") {
    Fixture f;  // 60 activities
    ImGui::GetIO().DisplaySize = ImVec2(768, 1024);
    f.app.frames(3);
    auto row = f.app.ui.find("Activity 3");
    REQUIRE(row);
    const float x = (row->x0 + row->x1) / 2;
    double t = 1.0;
    for (int k = 0; k < 8; ++k) {
        f.touch(0, x, 900, t);
        for (int i = 1; i <= 10; ++i) f.touch(1, x, 900 - 55.0f * float(i), t += 0.05);
        f.touch(2, x, 350, t += 0.5);
    }
    f.app.frames(3);
    auto last = f.app.ui.find("Activity 59");
    REQUIRE(last);
    ImGuiWindow* table = scrollingAt(ImVec2(x, (last->y0 + last->y1) / 2));
    REQUIRE(table);
    CHECK(table->Scroll.y == table->ScrollMax.y);
    CHECK(last->y1 <= table->InnerClipRect.Max.y + 0.5f);  // not cut off at the bottom
}
