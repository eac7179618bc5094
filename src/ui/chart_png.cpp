// PNG export of the dashboard charts (see chart_png.hpp).
//
// [SECTION] canvas
// [SECTION] text from the font atlas
// [SECTION] PNG encoding and file names
// [SECTION] bar chart
// [SECTION] heat map chart
#include "ui/chart_png.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/text.hpp"
#include "ui/heatmap.hpp"
#include "ui/theme.hpp"

// The one place stb_image_write's implementation is compiled.
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

namespace air::ui::png {

namespace {

const ImU32 kText = IM_COL32(31, 41, 55, 255);
const ImU32 kMuted = IM_COL32(95, 104, 117, 255);
const ImU32 kPaper = IM_COL32(255, 255, 255, 255);
const ImU32 kGrid = IM_COL32(229, 231, 235, 255);

unsigned ch(ImU32 c, int shift) { return (c >> shift) & 0xFFu; }

// Decodes one UTF-8 code point at `i` (advancing it); U+FFFD for a broken sequence.
unsigned nextCodepoint(std::string_view s, std::size_t& i) {
    const auto b = [&](std::size_t k) { return (unsigned char)s[k]; };
    const unsigned c0 = b(i);
    int len = c0 < 0x80 ? 1 : (c0 >> 5) == 6 ? 2 : (c0 >> 4) == 14 ? 3 : (c0 >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + std::size_t(len) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    unsigned cp = len == 1 ? c0 : len == 2 ? (c0 & 0x1F) : len == 3 ? (c0 & 0x0F) : (c0 & 0x07);
    for (int k = 1; k < len; ++k) {
        const unsigned cx = b(i + std::size_t(k));
        if ((cx & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cx & 0x3F);
    }
    i += std::size_t(len);
    return cp;
}

const ImFontGlyph* glyphOf(const ImFont* font, unsigned cp) {
    if (cp > 0xFFFF) return font->FallbackGlyph;
    return font->FindGlyph(ImWchar(cp));
}

// The body / bold font of the UI (whatever ImGui has when the theme fonts are not loaded).
const ImFont* bodyFont() {
    if (fonts().body) return fonts().body;
    ImGuiContext* ctx = ImGui::GetCurrentContext();
    if (ctx && !ImGui::GetIO().Fonts->Fonts.empty()) return ImGui::GetIO().Fonts->Fonts[0];
    return nullptr;
}
const ImFont* boldFont() { return fonts().bold ? fonts().bold : bodyFont(); }

}  // namespace

// ---- [SECTION] canvas -----------------------------------------------------------------

Canvas::Canvas(int w, int h, ImU32 background) {
    m_img.w = std::max(w, 1);
    m_img.h = std::max(h, 1);
    m_img.rgba.resize(std::size_t(m_img.w) * std::size_t(m_img.h) * 4);
    for (std::size_t i = 0; i < m_img.rgba.size(); i += 4) {
        m_img.rgba[i + 0] = (unsigned char)ch(background, 0);
        m_img.rgba[i + 1] = (unsigned char)ch(background, 8);
        m_img.rgba[i + 2] = (unsigned char)ch(background, 16);
        m_img.rgba[i + 3] = 255;
    }
}

void Canvas::blend(int x, int y, ImU32 colour, float coverage) {
    if (x < 0 || y < 0 || x >= m_img.w || y >= m_img.h) return;
    const float a = std::clamp(coverage * float(ch(colour, 24)) / 255.0f, 0.0f, 1.0f);
    if (a <= 0.0f) return;
    unsigned char* p = &m_img.rgba[(std::size_t(y) * std::size_t(m_img.w) + std::size_t(x)) * 4];
    for (int k = 0; k < 3; ++k)
        p[k] = (unsigned char)std::lround(float(p[k]) * (1.0f - a) + float(ch(colour, k * 8)) * a);
    p[3] = 255;
}

void Canvas::fillRect(float x0, float y0, float x1, float y1, ImU32 colour) {
    const int ix0 = std::max(0, int(std::lround(x0))), iy0 = std::max(0, int(std::lround(y0)));
    const int ix1 = std::min(m_img.w, int(std::lround(x1))), iy1 = std::min(m_img.h, int(std::lround(y1)));
    for (int y = iy0; y < iy1; ++y)
        for (int x = ix0; x < ix1; ++x) blend(x, y, colour, 1.0f);
}

void Canvas::blit(const Image& src, int x, int y) {
    for (int sy = 0; sy < src.h; ++sy) {
        const int dy = y + sy;
        if (dy < 0 || dy >= m_img.h) continue;
        for (int sx = 0; sx < src.w; ++sx) {
            const int dx = x + sx;
            if (dx < 0 || dx >= m_img.w) continue;
            const unsigned char* s = &src.rgba[(std::size_t(sy) * std::size_t(src.w) + std::size_t(sx)) * 4];
            unsigned char* d = &m_img.rgba[(std::size_t(dy) * std::size_t(m_img.w) + std::size_t(dx)) * 4];
            d[0] = s[0], d[1] = s[1], d[2] = s[2], d[3] = 255;
        }
    }
}

// ---- [SECTION] text from the font atlas -------------------------------------------------

float Canvas::text(const ImFont* font, float x, float y, std::string_view s, ImU32 colour) {
    if (!font || !font->ContainerAtlas) return 0.0f;
    const ImFontAtlas* atlas = font->ContainerAtlas;
    const unsigned char* alpha = atlas->TexPixelsAlpha8;
    const unsigned int* rgba32 = atlas->TexPixelsRGBA32;
    const int tw = atlas->TexWidth, th = atlas->TexHeight;
    // Atlas coverage at texel (u, v), 0 outside the texture.
    auto texel = [&](int u, int v) -> float {
        if (u < 0 || v < 0 || u >= tw || v >= th) return 0.0f;
        const std::size_t i = std::size_t(v) * std::size_t(tw) + std::size_t(u);
        if (alpha) return float(alpha[i]) / 255.0f;
        if (rgba32) return float((rgba32[i] >> 24) & 0xFF) / 255.0f;
        return 0.0f;
    };
    // Bilinear sample at atlas position (fu, fv) in texels, clamped to the glyph's box.
    auto sample = [&](float fu, float fv, float u0, float v0, float u1, float v1) {
        fu = std::clamp(fu, u0 + 0.5f, u1 - 0.5f) - 0.5f;
        fv = std::clamp(fv, v0 + 0.5f, v1 - 0.5f) - 0.5f;
        const int iu = int(std::floor(fu)), iv = int(std::floor(fv));
        const float au = fu - float(iu), av = fv - float(iv);
        return (texel(iu, iv) * (1 - au) + texel(iu + 1, iv) * au) * (1 - av) +
               (texel(iu, iv + 1) * (1 - au) + texel(iu + 1, iv + 1) * au) * av;
    };
    const bool havePixels = (alpha || rgba32) && tw > 0 && th > 0;
    float pen = x;
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned cp = nextCodepoint(s, i);
        if (cp == '\n') continue;
        const ImFontGlyph* g = glyphOf(font, cp);
        if (!g) continue;
        if (g->Visible && havePixels) {
            const float gx0 = pen + g->X0, gy0 = y + g->Y0, gx1 = pen + g->X1, gy1 = y + g->Y1;
            const float u0 = g->U0 * float(tw), v0 = g->V0 * float(th), u1 = g->U1 * float(tw), v1 = g->V1 * float(th);
            const float su = (u1 - u0) / std::max(gx1 - gx0, 1e-3f), sv = (v1 - v0) / std::max(gy1 - gy0, 1e-3f);
            for (int py = int(std::floor(gy0)); py < int(std::ceil(gy1)); ++py) {
                for (int px = int(std::floor(gx0)); px < int(std::ceil(gx1)); ++px) {
                    // Two samples across (the atlas is oversampled 2× horizontally), one down.
                    float cov = 0.0f;
                    for (float sub : {0.25f, 0.75f}) {
                        const float fx = float(px) + sub, fy = float(py) + 0.5f;
                        if (fx < gx0 || fx >= gx1 || fy < gy0 || fy >= gy1) continue;
                        cov += 0.5f * sample(u0 + (fx - gx0) * su, v0 + (fy - gy0) * sv, u0, v0, u1, v1);
                    }
                    blend(px, py, colour, cov);
                }
            }
        }
        pen += g->AdvanceX;
    }
    return pen - x;
}

float textWidth(const ImFont* font, std::string_view s) {
    if (!font) return 0.0f;
    float w = 0.0f;
    std::size_t i = 0;
    while (i < s.size()) {
        const ImFontGlyph* g = glyphOf(font, nextCodepoint(s, i));
        if (g) w += g->AdvanceX;
    }
    return w;
}

std::vector<std::string> wrapText(const ImFont* font, std::string_view s, float width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t j = s.find(' ', i);
        if (j == std::string_view::npos) j = s.size();
        const std::string word(s.substr(i, j - i));
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && textWidth(font, candidate) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
        i = j + 1;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

std::string fitText(const ImFont* font, std::string_view s, float width) {
    if (textWidth(font, s) <= width) return std::string(s);
    const std::string ellipsis = "\xE2\x80\xA6";
    std::string out(s);
    while (!out.empty()) {
        // Drop one whole UTF-8 code point from the end.
        out.resize(text::codePointStart(out, out.size() - 1));
        if (textWidth(font, out + ellipsis) <= width) break;
    }
    return out + ellipsis;
}

// ---- [SECTION] PNG encoding and file names ------------------------------------------------

std::string encodePng(const Image& img) {
    if (img.w <= 0 || img.h <= 0 || img.rgba.size() < std::size_t(img.w) * std::size_t(img.h) * 4) return {};
    std::string out;
    auto sink = [](void* ctx, void* data, int size) {
        static_cast<std::string*>(ctx)->append(static_cast<const char*>(data), std::size_t(size));
    };
    const int ok = stbi_write_png_to_func(sink, &out, img.w, img.h, 4, img.rgba.data(), img.w * 4);
    return ok ? out : std::string();
}

std::string pngFileName(std::string_view registerName, std::string_view chart, std::string_view date) {
    auto clean = [](std::string_view s) {
        std::string out;
        for (char c : s) {
            const unsigned char u = static_cast<unsigned char>(c);
            const bool bad = u < 0x20 || c == ' ' || c == '/' || c == '\\' || c == ':' || c == '*' ||
                             c == '?' || c == '"' || c == '<' || c == '>' || c == '|' || c == '.';
            if (bad) {
                if (!out.empty() && out.back() != '-') out += '-';
            } else {
                out += c;
            }
        }
        while (!out.empty() && out.back() == '-') out.pop_back();
        return out;
    };
    std::string reg = clean(registerName);
    if (reg.empty()) reg = "register";
    return reg + "-" + clean(chart) + "-" + clean(date) + ".png";
}

// ---- [SECTION] bar chart ------------------------------------------------------------------

namespace {
// Draws title, subtitle and returns the y where the chart body starts.
float drawHeader(Canvas& c, const ChartText& t, float pad, float u) {
    float y = pad;
    c.text(boldFont(), pad, y, t.title, kText);
    y += u * 1.4f;
    if (!t.subtitle.empty()) {
        for (const std::string& line : wrapText(bodyFont(), t.subtitle, float(c.width()) - pad * 2)) {
            c.text(bodyFont(), pad, y, line, kMuted);
            y += u * 1.25f;
        }
    }
    return y + u * 0.6f;
}
void drawFooter(Canvas& c, const ChartText& t, float pad, float u) {
    if (t.footer.empty()) return;
    const float y = float(c.height()) - pad - u;
    c.fillRect(pad, y - u * 0.5f, float(c.width()) - pad, y - u * 0.5f + std::max(1.0f, u / 16), kGrid);
    c.text(bodyFont(), pad, y, fitText(bodyFont(), t.footer, float(c.width()) - pad * 2), kMuted);
}
int subtitleLines(const ChartText& t, float width) {
    return t.subtitle.empty() ? 0 : int(wrapText(bodyFont(), t.subtitle, width).size());
}
}  // namespace

Image renderBarChart(const ChartText& t, const std::vector<BarRow>& rows) {
    const ImFont* body = bodyFont();
    const float u = body ? body->FontSize : 16.0f;
    const float pad = u * 1.2f, rowH = u * 1.9f, barH = u * 1.15f;
    const float W = u * 38.0f;
    int maxValue = 1;
    float labelW = u * 4.0f, countW = 0.0f;
    for (const BarRow& r : rows) {
        maxValue = std::max(maxValue, r.value);
        labelW = std::max(labelW, textWidth(body, r.label) + u);
        countW = std::max(countW, textWidth(body, std::to_string(r.value)) + u * 0.6f);
    }
    labelW = std::min(labelW, W * 0.45f);
    const float headerH = pad + u * 2.0f + float(subtitleLines(t, W - pad * 2)) * u * 1.25f;
    const float footerH = t.footer.empty() ? pad : pad + u * 2.0f;
    const float H = headerH + float(std::max<std::size_t>(rows.size(), 1)) * rowH + footerH;
    Canvas c(int(std::ceil(W)), int(std::ceil(H)), kPaper);
    float y = drawHeader(c, t, pad, u);
    const float barX = pad + labelW, barMax = W - pad - barX - countW;
    for (const BarRow& r : rows) {
        const float textY = y + (rowH - u) * 0.5f;
        c.text(body, pad, textY, fitText(body, r.label, labelW - u * 0.6f), kText);
        const float len = r.value > 0 ? std::max(barMax * float(r.value) / float(maxValue), u * 0.2f) : 0.0f;
        c.fillRect(barX, y + (rowH - barH) * 0.5f, barX + len, y + (rowH + barH) * 0.5f, r.colour);
        c.text(body, barX + len + u * 0.4f, textY, std::to_string(r.value), kText);
        y += rowH;
    }
    drawFooter(c, t, pad, u);
    return std::move(c.image());
}

// ---- [SECTION] heat map chart -------------------------------------------------------------

Image renderHeatChart(const ChartText& t, const HeatChart& h) {
    const ImFont* body = bodyFont();
    const float u = body ? body->FontSize : 16.0f;
    const float pad = u * 1.2f;
    const int rows = int(h.rowLabels.size()), cols = int(h.colLabels.size());
    float rowLabelW = u * 6.0f;
    for (const std::string& l : h.rowLabels) rowLabelW = std::max(rowLabelW, textWidth(body, l) + u);
    rowLabelW = std::min(rowLabelW, u * 16.0f);
    const float cellsW = float(h.cells.w), cellsH = float(h.cells.h);
    const float colW = cols > 0 ? cellsW / float(cols) : cellsW;
    // Column headings wrap inside their column.
    std::vector<std::vector<std::string>> heads;
    std::size_t headLines = 1;
    for (const std::string& l : h.colLabels) {
        heads.push_back(wrapText(body, l, std::max(colW - u * 0.4f, u)));
        headLines = std::max(headLines, heads.back().size());
    }
    const float W = std::max(pad * 2 + rowLabelW + cellsW, u * 30.0f);
    const float headerH = pad + u * 2.0f + float(subtitleLines(t, W - pad * 2)) * u * 1.25f;
    const float headsH = float(headLines) * u * 1.2f + u * 0.4f;
    const float legendH = u * 3.0f;
    const float footerH = t.footer.empty() ? pad : pad + u * 2.0f;
    const float H = headerH + headsH + cellsH + legendH + footerH;
    Canvas c(int(std::ceil(W)), int(std::ceil(H)), kPaper);
    const float top = drawHeader(c, t, pad, u);
    const int x0 = int(std::lround(pad + rowLabelW)), y0 = int(std::lround(top + headsH));
    const int cw = h.cells.w, chh = h.cells.h;

    for (int col = 0; col < cols; ++col) {
        const float cx0 = float(x0 + (cw > 0 ? heatCellStart(col, cw, cols) : 0));
        const float cx1 = float(x0 + (cw > 0 ? heatCellStart(col + 1, cw, cols) : 0));
        const auto& lines = heads[std::size_t(col)];
        float ly = float(y0) - u * 0.4f - float(lines.size()) * u * 1.2f;
        for (const std::string& line : lines) {
            const float lw = textWidth(body, line);
            c.text(body, (cx0 + cx1 - lw) * 0.5f, ly, line, kMuted);
            ly += u * 1.2f;
        }
    }
    c.blit(h.cells, x0, y0);
    for (int r = 0; r < rows; ++r) {
        const float ry0 = float(y0 + heatCellStart(r, chh, rows)), ry1 = float(y0 + heatCellStart(r + 1, chh, rows));
        const float ty = (ry0 + ry1 - u) * 0.5f;
        c.text(body, pad, ty, fitText(body, h.rowLabels[std::size_t(r)], rowLabelW - u * 0.6f), kText);
        for (int col = 0; col < cols; ++col) {
            const std::size_t i = std::size_t(r) * std::size_t(cols) + std::size_t(col);
            const int n = i < h.counts.size() ? h.counts[i] : 0;
            if (n == 0) continue;
            const float v = i < h.values.size() ? h.values[i] : 0.0f;
            const std::string s = std::to_string(n);
            const float cx0 = float(x0 + heatCellStart(col, cw, cols)), cx1 = float(x0 + heatCellStart(col + 1, cw, cols));
            c.text(boldFont(), (cx0 + cx1 - textWidth(boldFont(), s)) * 0.5f, ty, s, v > 0.55f ? kPaper : kText);
        }
    }
    // Legend: a gradient from `low` (0) to `high` (the largest count).
    const float ly = float(y0 + chh) + u * 1.0f;
    float lx = float(x0);
    lx += c.text(body, lx, ly, "0", kMuted) + u * 0.4f;
    const float gw = u * 8.0f;
    for (int k = 0; k < int(gw); ++k) {
        const float tt = float(k) / std::max(gw - 1.0f, 1.0f);
        HeatStyle scale;
        scale.low = h.low;
        scale.high = h.high;
        c.fillRect(lx + float(k), ly + u * 0.1f, lx + float(k) + 1.0f, ly + u * 0.9f, heatColour(tt, scale));
    }
    lx += gw + u * 0.4f;
    lx += c.text(body, lx, ly, std::to_string(h.maxCount), kMuted) + u * 0.8f;
    c.text(body, lx, ly, h.legend, kMuted);
    drawFooter(c, t, pad, u);
    return std::move(c.image());
}

}  // namespace air::ui::png
