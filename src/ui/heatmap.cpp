// CPU twin of shaders/heatmap.frag.glsl (see heatmap.hpp for the shared definition).
#include "ui/heatmap.hpp"

#include <algorithm>
#include <cmath>

namespace air::ui {

namespace {
unsigned channel(ImU32 c, int shift) { return (c >> shift) & 0xFFu; }
}  // namespace

// heatColour(v) = low + (high − low) · clamp(v, 0, 1) per sRGB channel, rounded to 0..255
// (shaders/heatmap.frag.glsl: mix(u_low, u_high, clamp(v, 0.0, 1.0))).
HeatStyle heatStyleFor(bool dark) {
    if (!dark) return HeatStyle{};
    return HeatStyle{IM_COL32(30, 41, 59, 255), IM_COL32(59, 130, 246, 255), IM_COL32(71, 85, 105, 255)};
}

ImU32 heatColour(float v, const HeatStyle& style) {
    const float t = std::clamp(std::isnan(v) ? 0.0f : v, 0.0f, 1.0f);
    unsigned out[3];
    for (int i = 0; i < 3; ++i) {
        const float lo = float(channel(style.low, i * 8)), hi = float(channel(style.high, i * 8));
        out[i] = unsigned(std::lround(lo + (hi - lo) * t));
    }
    return IM_COL32(out[0], out[1], out[2], 255);
}

int heatCellOf(int p, int n, int cells) {
    if (n <= 0 || cells <= 0) return 0;
    return int((long long)p * cells / n);
}

bool heatBorderPixel(int p, int n, int cells) {
    return p <= 0 || p >= n - 1 || heatCellOf(p, n, cells) != heatCellOf(p - 1, n, cells);
}

int heatCellStart(int c, int n, int cells) {
    if (cells <= 0) return 0;
    // Smallest p with p·cells/n ≥ c, i.e. ceil(c·n / cells).
    return int(((long long)c * n + cells - 1) / cells);
}

ImTextureID CpuHeatmap::render(const std::vector<float>& values, int rows, int cols, int pxW, int pxH) {
    if (!m_styleChanged && values == m_values && rows == m_rows && cols == m_cols && pxW == m_w && pxH == m_h)
        return ImTextureID{};
    m_values = values;
    m_rows = rows;
    m_cols = cols;
    m_w = std::max(pxW, 0);
    m_h = std::max(pxH, 0);
    m_rgba.assign(std::size_t(m_w) * std::size_t(m_h) * 4, 0);
    for (int y = 0; y < m_h; ++y) {
        const bool rowBorder = heatBorderPixel(y, m_h, rows);
        const int r = heatCellOf(y, m_h, rows);
        for (int x = 0; x < m_w; ++x) {
            ImU32 c = m_style.border;
            if (!rowBorder && !heatBorderPixel(x, m_w, cols)) {
                const std::size_t i = std::size_t(r) * std::size_t(cols) + std::size_t(heatCellOf(x, m_w, cols));
                c = heatColour(i < values.size() ? values[i] : 0.0f, m_style);
            }
            unsigned char* p = &m_rgba[(std::size_t(y) * std::size_t(m_w) + std::size_t(x)) * 4];
            p[0] = (unsigned char)channel(c, 0);
            p[1] = (unsigned char)channel(c, 8);
            p[2] = (unsigned char)channel(c, 16);
            p[3] = 255;
        }
    }
    m_styleChanged = false;
    return ImTextureID{};
}

bool CpuHeatmap::readPixels(std::vector<unsigned char>& rgba, int& w, int& h) {
    if (m_w <= 0 || m_h <= 0) return false;
    rgba = m_rgba;
    w = m_w;
    h = m_h;
    return true;
}

}  // namespace air::ui
