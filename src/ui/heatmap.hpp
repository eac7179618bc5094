// The dashboard's heat map (data category × legal basis) drawn into a texture at device
// resolution. The UI only sees the GpuHeatmap interface: the web build draws it with our own
// GLSL ES 3.00 shader (shaders/heatmap.*.glsl, src/platform/web_gpu.cpp); natively (tests) the
// CpuHeatmap computes the same pixels in C++.
//
// The picture, shared by the shader and the CPU (keep both in step):
//  - colour scale: heatColour(v) = low + (high − low) · clamp(v, 0, 1), per sRGB channel, each
//    channel then rounded to the nearest of 0..255. `low` is a very light tint, `high` the accent.
//  - cells: with W device pixels across and C columns, pixel column x (0 = left) belongs to
//    column (x · C) / W (integer division); likewise rows from the top.
//  - borders: pixel x is a border pixel when x == 0, x == W − 1, or its column differs from
//    the column of x − 1; the same for rows. Border pixels take the border colour, so every
//    border is exactly one device pixel wide at any devicePixelRatio.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "imgui.h"

namespace air::ui {

// Colours of the heat map, as 0xAABBGGRR (ImU32).
struct HeatStyle {
    ImU32 low = IM_COL32(239, 245, 253, 255);   // value 0
    ImU32 high = IM_COL32(37, 99, 235, 255);    // value 1 (the accent)
    ImU32 border = IM_COL32(203, 213, 225, 255);
};

// The scale on screen: the light one above, or for the dark theme one from the dark card
// surface to the accent (so the counts in the page's light text stay readable). PNG exports
// always use the light one, for printed reports.
HeatStyle heatStyleFor(bool dark);

// The colour for value `v` (clamped to 0..1) on the scale low → high; see the top of the file.
ImU32 heatColour(float v, const HeatStyle& style = {});
// The cell of device pixel `p` (0 ≤ p < n) when n pixels hold `cells` cells.
int heatCellOf(int p, int n, int cells);
// True when pixel `p` of `n` is a cell border (see the top of the file).
bool heatBorderPixel(int p, int n, int cells);
// First device pixel of cell `c` (c may equal `cells`: returns n).
int heatCellStart(int c, int n, int cells);

class GpuHeatmap {
public:
    virtual ~GpuHeatmap() = default;
    // Draws the matrix (`values` 0..1, row-major, rows × cols) into a pxW × pxH RGBA texture.
    // Returns the texture to show (ImGui::Image with uvTopLeft()/uvBottomRight()), or a null
    // ImTextureID when this implementation has no texture (the caller then draws the cells
    // itself with heatColour) or drawing failed (see error()). Re-renders only on change.
    virtual ImTextureID render(const std::vector<float>& values, int rows, int cols, int pxW, int pxH) = 0;
    // The pixels of the last render(), top row first, 4 bytes per pixel; false when none.
    virtual bool readPixels(std::vector<unsigned char>& rgba, int& w, int& h) = 0;
    // Texture coordinates of the picture's top-left and bottom-right corners.
    virtual ImVec2 uvTopLeft() const { return ImVec2(0, 0); }
    virtual ImVec2 uvBottomRight() const { return ImVec2(1, 1); }
    // What went wrong (e.g. the shader compile log); "" when all is well.
    virtual std::string error() const { return {}; }

    void setStyle(const HeatStyle& style) {
        if (style.low != m_style.low || style.high != m_style.high || style.border != m_style.border) {
            m_style = style;
            m_styleChanged = true;
        }
    }
    const HeatStyle& style() const { return m_style; }

protected:
    HeatStyle m_style;
    bool m_styleChanged = true;
};

// The C++ twin of the shader: computes the pixels on the CPU; render() returns no texture.
class CpuHeatmap final : public GpuHeatmap {
public:
    ImTextureID render(const std::vector<float>& values, int rows, int cols, int pxW, int pxH) override;
    bool readPixels(std::vector<unsigned char>& rgba, int& w, int& h) override;

private:
    std::vector<unsigned char> m_rgba;
    std::vector<float> m_values;
    int m_rows = 0, m_cols = 0, m_w = 0, m_h = 0;
};

}  // namespace air::ui

namespace air::platform {
// The WebGL2 implementation (src/platform/web_gpu.cpp, web build only): the shaders are
// compiled on first use from air::embedded::get("heatmap.vert.glsl"/"heatmap.frag.glsl").
std::unique_ptr<ui::GpuHeatmap> makeGlHeatmap();
}  // namespace air::platform
