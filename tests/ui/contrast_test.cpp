// Text contrast of both themes (issue #14, WCAG 2.1 AA 1.4.3): every text colour the views use
// against every background it is drawn on reaches 4.5:1, computed from the theme's colours.
#include <catch_amalgamated.hpp>

#include <cmath>
#include <string>

#include "harness.hpp"
#include "ui/theme.hpp"

using namespace air;

namespace {

// WCAG relative luminance of an sRGB colour (alpha ignored: every pair below is opaque).
double luminance(ImU32 c) {
    auto ch = [](unsigned v) {
        const double s = double(v) / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(c & 0xFF) + 0.7152 * ch((c >> 8) & 0xFF) + 0.0722 * ch((c >> 16) & 0xFF);
}
double contrast(ImU32 a, ImU32 b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
ImU32 col(ImGuiCol c) { return ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[c]); }

void check(const char* what, ImU32 text, ImU32 bg) {
    INFO(what << ": " << contrast(text, bg) << ":1");
    CHECK(contrast(text, bg) >= 4.5);
}

void checkTheme() {
    using namespace ui::color;
    const ImU32 text = col(ImGuiCol_Text), disabled = col(ImGuiCol_TextDisabled);
    const std::pair<const char*, ImU32> backgrounds[] = {
        {"window", col(ImGuiCol_WindowBg)}, {"panel", col(ImGuiCol_ChildBg)}, {"popup", col(ImGuiCol_PopupBg)},
        {"field", col(ImGuiCol_FrameBg)},   {"button", col(ImGuiCol_Button)}, {"selected row", col(ImGuiCol_Header)},
        {"table header", col(ImGuiCol_TableHeaderBg)}, {"alternate row", col(ImGuiCol_TableRowBgAlt)},
        {"theme panel", panel()}, {"theme background", background()},
    };
    for (const auto& [name, bg] : backgrounds) {
        check((std::string("text on ") + name).c_str(), text, bg);
        check((std::string("muted text on ") + name).c_str(), textMuted(), bg);
    }
    for (const char* name : {"window", "panel", "popup"}) {
        const ImU32 bg = name[0] == 'w' ? col(ImGuiCol_WindowBg) : name[1] == 'a' ? col(ImGuiCol_ChildBg) : col(ImGuiCol_PopupBg);
        check((std::string("disabled text on ") + name).c_str(), disabled, bg);
        check((std::string("success text on ") + name).c_str(), success(), bg);
        check((std::string("danger text on ") + name).c_str(), danger(), bg);
    }
    for (Tint t : {Tint::Info, Tint::Warning, Tint::Error, Tint::Neutral}) check("tint text on tint", tintText(t), tint(t));
    for (Tier t : allOf<Tier>()) check("white on tier badge", IM_COL32_WHITE, tier(t));
    for (Severity s : allOf<Severity>()) check("white on severity badge", IM_COL32_WHITE, severity(s));
    check("white on the primary button", IM_COL32_WHITE, primary());
}

}  // namespace

TEST_CASE("contrast: text reaches 4.5:1 in the light theme") {
    test::Ui ui;
    ui::applyTheme(false);
    checkTheme();
}

TEST_CASE("contrast: text reaches 4.5:1 in the dark theme") {
    test::Ui ui;
    ui::applyTheme(true);
    checkTheme();
    ui::applyTheme(false);
}

TEST_CASE("contrast: the keyboard focus ring is drawn and differs from the background") {
    test::Ui ui;
    for (bool dark : {false, true}) {
        ui::applyTheme(dark);
        // WCAG 2.1 1.4.11: non-text contrast 3:1 for the focus indicator.
        CHECK(contrast(col(ImGuiCol_NavHighlight), col(ImGuiCol_ChildBg)) >= 3.0);
        CHECK(contrast(col(ImGuiCol_NavHighlight), col(ImGuiCol_WindowBg)) >= 3.0);
    }
    ui::applyTheme(false);
}
