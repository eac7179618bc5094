#include "ui/theme.hpp"

#include <algorithm>

#include <cstdio>

#include "ui/icons.hpp"

namespace air::ui {
namespace {
constexpr float kBodyPx = 15.5f;  // the body font in CSS pixels, at any DPR

Fonts g_fonts;
bool g_dark = false;

bool fileExists(const std::string& p) {
    if (FILE* f = std::fopen(p.c_str(), "rb")) {
        std::fclose(f);
        return true;
    }
    return false;
}

ImU32 rgb(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }
ImVec4 v4(int r, int g, int b, float a = 1.0f) {
    return ImVec4(float(r) / 255.0f, float(g) / 255.0f, float(b) / 255.0f, a);
}

}  // namespace

const Fonts& fonts() { return g_fonts; }
bool darkTheme() { return g_dark; }

bool loadFonts(const std::string& dir, float dpr) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const std::string regular = dir + "/Inter-Regular.otf";
    const std::string semibold = dir + "/Inter-SemiBold.otf";
    const std::string iconsTtf = dir + "/fontawesome-webfont.ttf";
    if (!fileExists(regular) || !fileExists(semibold)) {
        ImFontConfig cfg;
        cfg.SizePixels = 13.0f * dpr;
        g_fonts.body = g_fonts.bold = g_fonts.heading = g_fonts.presenter = io.Fonts->AddFontDefault(&cfg);
        io.FontGlobalScale = 1.0f / dpr;
        return false;
    }
    // Latin-1, Latin Extended-A, typographic quotes and dashes, bullet, ellipsis, euro, arrows.
    static const ImWchar kText[] = {0x0020, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A,
                                    0x20AC, 0x20AC, 0x2190, 0x2193, 0x2212, 0x2212, 0};
    static const ImWchar kIcons[] = {ImWchar(icon::kIconMin), ImWchar(icon::kIconMax), 0};
    const bool haveIcons = fileExists(iconsTtf);

    auto add = [&](const std::string& file, float px, bool withIcons) {
        ImFontConfig cfg;
        cfg.OversampleH = 2;
        cfg.OversampleV = 1;
        cfg.PixelSnapH = false;
        ImFont* f = io.Fonts->AddFontFromFileTTF(file.c_str(), px * dpr, &cfg, kText);
        if (withIcons && haveIcons) {
            ImFontConfig ic;
            ic.MergeMode = true;
            ic.PixelSnapH = true;
            ic.GlyphMinAdvanceX = px * dpr * 1.25f;
            ic.GlyphOffset = ImVec2(0, px * dpr * 0.02f);
            io.Fonts->AddFontFromFileTTF(iconsTtf.c_str(), px * dpr * 0.92f, &ic, kIcons);
        }
        return f;
    };
    const float base = kBodyPx;
    g_fonts.body = add(regular, base, true);
    g_fonts.bold = add(semibold, base, true);
    g_fonts.heading = add(semibold, base * 1.45f, true);
    g_fonts.presenter = add(regular, base * 2.2f, true);
    io.FontDefault = g_fonts.body;
    io.FontGlobalScale = 1.0f / dpr;
    return io.Fonts->Build();
}

namespace {
bool g_touch = false;
bool g_touchWanted = false;

// The sizes that differ on touch (applyTheme's compact values otherwise).
void applySizes(ImGuiStyle& s) {
    const float font = kBodyPx;
    s.FramePadding = ImVec2(9, g_touch ? std::max(6.0f, (kTouchTarget - font) * 0.5f) : 6.0f);
    s.ItemSpacing = ImVec2(10, g_touch ? 10.0f : 8.0f);
    s.ScrollbarSize = g_touch ? 18.0f : 13.0f;
    s.GrabMinSize = g_touch ? 20.0f : 10.0f;
}
}  // namespace

void setTouchSizes(bool touch) {
    if (touch == g_touch) return;
    g_touch = touch;
    applySizes(ImGui::GetStyle());
}
bool touchSizes() { return g_touch; }
float emBody(float n) {
    return g_fonts.body ? g_fonts.body->FontSize * ImGui::GetIO().FontGlobalScale * n : em(n);
}
void requestTouchSizes(bool touch) { g_touchWanted = touch; }
void applyRequestedTouchSizes() { setTouchSizes(g_touchWanted); }
bool touchSizesRequested() { return g_touchWanted; }

void applyTheme(bool dark) {
    g_dark = dark;
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(16, 14);
    s.CellPadding = ImVec2(8, 6);
    s.ItemInnerSpacing = ImVec2(7, 6);
    s.IndentSpacing = 18;
    s.WindowRounding = 6;
    s.ChildRounding = 6;
    s.FrameRounding = 5;
    s.PopupRounding = 6;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 4;
    s.TabRounding = 5;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 1;
    s.PopupBorderSize = 1;
    s.FrameBorderSize = 1;
    s.TabBorderSize = 0;
    s.SeparatorTextBorderSize = 1;
    s.WindowTitleAlign = ImVec2(0.0f, 0.5f);
    s.SelectableTextAlign = ImVec2(0.0f, 0.5f);
    applySizes(s);

    ImVec4* c = s.Colors;
    if (!dark) {
        const ImVec4 text = v4(31, 41, 55), muted = v4(95, 104, 117), bg = v4(246, 247, 249),
                     panel = v4(255, 255, 255), border = v4(222, 226, 232), accent = v4(37, 99, 235),
                     accentSoft = v4(219, 231, 254), hover = v4(239, 243, 250);
        c[ImGuiCol_Text] = text;
        c[ImGuiCol_TextDisabled] = muted;
        c[ImGuiCol_WindowBg] = bg;
        c[ImGuiCol_ChildBg] = panel;
        c[ImGuiCol_PopupBg] = panel;
        c[ImGuiCol_Border] = border;
        c[ImGuiCol_BorderShadow] = v4(0, 0, 0, 0);
        c[ImGuiCol_FrameBg] = panel;
        c[ImGuiCol_FrameBgHovered] = v4(248, 250, 253);
        c[ImGuiCol_FrameBgActive] = v4(243, 246, 252);
        c[ImGuiCol_TitleBg] = bg;
        c[ImGuiCol_TitleBgActive] = bg;
        c[ImGuiCol_TitleBgCollapsed] = bg;
        c[ImGuiCol_MenuBarBg] = panel;
        c[ImGuiCol_ScrollbarBg] = v4(0, 0, 0, 0);
        c[ImGuiCol_ScrollbarGrab] = v4(203, 208, 216);
        c[ImGuiCol_ScrollbarGrabHovered] = v4(170, 177, 189);
        c[ImGuiCol_ScrollbarGrabActive] = v4(140, 148, 160);
        c[ImGuiCol_CheckMark] = accent;
        c[ImGuiCol_SliderGrab] = accent;
        c[ImGuiCol_SliderGrabActive] = v4(29, 78, 216);
        c[ImGuiCol_Button] = v4(255, 255, 255);
        c[ImGuiCol_ButtonHovered] = hover;
        c[ImGuiCol_ButtonActive] = accentSoft;
        c[ImGuiCol_Header] = accentSoft;
        c[ImGuiCol_HeaderHovered] = hover;
        c[ImGuiCol_HeaderActive] = accentSoft;
        c[ImGuiCol_Separator] = border;
        c[ImGuiCol_SeparatorHovered] = accent;
        c[ImGuiCol_SeparatorActive] = accent;
        c[ImGuiCol_ResizeGrip] = v4(0, 0, 0, 0);
        c[ImGuiCol_ResizeGripHovered] = accentSoft;
        c[ImGuiCol_ResizeGripActive] = accent;
        c[ImGuiCol_Tab] = v4(241, 243, 246);
        c[ImGuiCol_TabHovered] = panel;
        c[ImGuiCol_TabActive] = panel;
        c[ImGuiCol_TabUnfocused] = v4(241, 243, 246);
        c[ImGuiCol_TabUnfocusedActive] = panel;
        c[ImGuiCol_PlotLines] = accent;
        c[ImGuiCol_PlotHistogram] = accent;
        c[ImGuiCol_TableHeaderBg] = v4(243, 245, 248);
        c[ImGuiCol_TableBorderStrong] = border;
        c[ImGuiCol_TableBorderLight] = v4(236, 239, 243);
        c[ImGuiCol_TableRowBg] = v4(255, 255, 255, 0.0f);
        c[ImGuiCol_TableRowBgAlt] = v4(249, 250, 252);
        c[ImGuiCol_TextSelectedBg] = v4(191, 214, 254);
        c[ImGuiCol_DragDropTarget] = accent;
        c[ImGuiCol_NavHighlight] = accent;
        c[ImGuiCol_NavWindowingHighlight] = accent;
        c[ImGuiCol_NavWindowingDimBg] = v4(20, 20, 20, 0.2f);
        c[ImGuiCol_ModalWindowDimBg] = v4(17, 24, 39, 0.35f);
    } else {
        ImGui::StyleColorsDark(&s);
        c[ImGuiCol_TextDisabled] = v4(160, 168, 180);  // 4.5:1 on every dark background (tests/ui/contrast_test.cpp)
        c[ImGuiCol_WindowBg] = v4(24, 26, 31);
        c[ImGuiCol_ChildBg] = v4(32, 35, 41);
        c[ImGuiCol_PopupBg] = v4(36, 39, 46);
        c[ImGuiCol_Border] = v4(58, 63, 72);
        c[ImGuiCol_FrameBg] = v4(40, 44, 52);
        c[ImGuiCol_Button] = v4(44, 48, 57);
        c[ImGuiCol_Header] = v4(37, 55, 95);  // muted text on it: 4.5:1 (tests/ui/contrast_test.cpp)
        c[ImGuiCol_CheckMark] = v4(96, 165, 250);
        c[ImGuiCol_TableHeaderBg] = v4(40, 44, 52);
        c[ImGuiCol_TableRowBgAlt] = v4(36, 39, 46);
    }
}

namespace color {
ImU32 primary() { return rgb(37, 99, 235); }
ImU32 accent() { return g_dark ? rgb(96, 165, 250) : rgb(37, 99, 235); }
// Text-on-white contrast of these is at least 4.5:1 (WCAG AA) for badges with white text.
ImU32 tier(Tier t) {
    switch (t) {
    case Tier::Prohibited: return rgb(185, 28, 28);
    case Tier::High: return rgb(194, 65, 12);
    case Tier::Limited: return rgb(29, 78, 216);
    case Tier::Minimal: return rgb(21, 128, 61);
    default: return rgb(82, 91, 105);
    }
}
ImU32 severity(Severity s) {
    switch (s) {
    case Severity::Blocker: return rgb(185, 28, 28);
    case Severity::Warning: return rgb(161, 98, 7);
    default: return rgb(82, 91, 105);
    }
}
ImU32 textMuted() { return g_dark ? rgb(160, 168, 180) : rgb(95, 104, 117); }
ImU32 border() { return g_dark ? rgb(58, 63, 72) : rgb(222, 226, 232); }
ImU32 panel() { return g_dark ? rgb(32, 35, 41) : rgb(255, 255, 255); }
ImU32 background() { return g_dark ? rgb(24, 26, 31) : rgb(246, 247, 249); }
// Used as text colours: lighter in the dark theme so that they reach 4.5:1 there too.
ImU32 success() { return g_dark ? rgb(74, 222, 128) : rgb(21, 128, 61); }
ImU32 danger() { return g_dark ? rgb(248, 113, 113) : rgb(185, 28, 28); }
ImU32 tint(Tint t) {
    switch (t) {
    case Tint::Info: return g_dark ? rgb(23, 37, 69) : rgb(239, 246, 255);
    case Tint::Warning: return g_dark ? rgb(61, 45, 16) : rgb(254, 243, 199);
    case Tint::Error: return g_dark ? rgb(69, 26, 26) : rgb(254, 226, 226);
    default: return g_dark ? rgb(40, 45, 54) : rgb(238, 242, 247);
    }
}
ImU32 tintText(Tint t) {
    switch (t) {
    case Tint::Info: return g_dark ? rgb(191, 219, 254) : rgb(30, 58, 138);
    case Tint::Warning: return g_dark ? rgb(253, 230, 138) : rgb(146, 64, 14);
    case Tint::Error: return g_dark ? rgb(254, 202, 202) : rgb(127, 29, 29);
    default: return g_dark ? rgb(226, 232, 240) : rgb(30, 41, 59);
    }
}
ImU32 tintEdge(Tint t) {
    switch (t) {
    case Tint::Info: return g_dark ? rgb(37, 64, 120) : rgb(191, 219, 254);
    case Tint::Warning: return g_dark ? rgb(120, 86, 20) : rgb(245, 205, 120);
    case Tint::Error: return g_dark ? rgb(127, 45, 45) : rgb(252, 165, 165);
    default: return border();
    }
}
}  // namespace color

}  // namespace air::ui
