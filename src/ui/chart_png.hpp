// "Save as PNG" for the dashboard charts: a small RGBA canvas rasterised on the CPU (filled
// rectangles, images, and text drawn from Dear ImGui's font atlas, so the PNG uses the UI's
// own font), chart layouts that mirror the on-screen charts with the same colours, and PNG
// encoding with stb_image_write. Sizes are in device pixels: the font atlas is rasterised at
// devicePixelRatio (theme.cpp), so a PNG is as sharp as the screen.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace air::ui::png {

struct Image {
    int w = 0, h = 0;
    std::vector<unsigned char> rgba;  // top row first, 4 bytes per pixel
};

class Canvas {
public:
    Canvas(int w, int h, ImU32 background);
    Image& image() { return m_img; }
    int width() const { return m_img.w; }
    int height() const { return m_img.h; }
    // Fills [x0, x1) × [y0, y1), edges rounded to whole pixels, alpha-blended.
    void fillRect(float x0, float y0, float x1, float y1, ImU32 colour);
    // Copies `src` with its top-left corner at (x, y) (clipped; opaque copy).
    void blit(const Image& src, int x, int y);
    // Draws UTF-8 `text` in `font` with its top-left at (x, y); returns the advance.
    // Glyphs the font lacks are skipped; nothing is drawn when the atlas has no pixels.
    float text(const ImFont* font, float x, float y, std::string_view text, ImU32 colour);

private:
    void blend(int x, int y, ImU32 colour, float coverage);
    Image m_img;
};

// Width of `text` in `font` (atlas pixels).
float textWidth(const ImFont* font, std::string_view text);
// `text` broken into lines no wider than `width` (words kept whole unless a word alone is wider).
std::vector<std::string> wrapText(const ImFont* font, std::string_view text, float width);
// `text` cut to fit `width`, ending in "…" when cut.
std::string fitText(const ImFont* font, std::string_view text, float width);

// PNG bytes of `img` (stb_image_write); "" when the image is empty.
std::string encodePng(const Image& img);

// File name "<register>-<chart>-<date>.png", with characters that file systems reject
// replaced by "-" ("register" when the name is empty).
std::string pngFileName(std::string_view registerName, std::string_view chart, std::string_view date);

// ---- chart layouts ---------------------------------------------------------------------
struct ChartText {
    std::string title;
    std::string subtitle;  // optional, muted, under the title
    std::string footer;    // optional, muted, bottom line (register and date)
};

struct BarRow {
    std::string label;
    int value = 0;
    ImU32 colour = 0;
};

// A horizontal bar chart: label, bar in its colour, count; as on the dashboard.
Image renderBarChart(const ChartText& text, const std::vector<BarRow>& rows);

struct HeatChart {
    std::vector<std::string> rowLabels, colLabels;
    std::vector<int> counts;  // rows × cols, row-major
    std::vector<float> values;  // 0..1 per cell (decides the count's text colour)
    Image cells;  // the heat map picture (GpuHeatmap::readPixels), any size
    ImU32 low = 0, high = 0;  // colour scale ends, for the legend
    int maxCount = 0;
    std::string legend;  // e.g. "Number of activities"
};

// The heat map picture with row labels, column headings, counts and a legend.
Image renderHeatChart(const ChartText& text, const HeatChart& chart);

}  // namespace air::ui::png
