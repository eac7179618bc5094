// The Dashboard page: activities per tier and per review status, open blockers by rule, the
// data category × legal basis heat map (drawn on the GPU when the platform offers it), the
// reviews due and the AI Act dates that touch the register. Every chart can be saved as PNG.
//
// [SECTION] cards and bar charts
// [SECTION] heat map
// [SECTION] lists: reviews due, AI Act dates
// [SECTION] page layout
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "imgui_internal.h"  // RenderTextEllipsis
#include "rules/rules.hpp"
#include "ui/dashboard_data.hpp"
#include "ui/editor_fields.hpp"
#include "ui/heatmap.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

namespace {

// Opens the register page filtered to what a clicked bar counts.
void showInRegister(UiContext& ctx, req::ShowOnly what) {
    ctx.requests.push(what);
    ctx.page = Page::Register;
}

class DashboardView final : public View {
public:
    void draw(UiContext& ctx) override;

private:
    void refresh(UiContext& ctx);
    bool beginCard(const char* id, const char* title, float w, float h, const char* pngId);
    void endCard();
    float barChartHeight(std::size_t rows) const;
    // Draws the bars; returns the index of a clicked bar, or -1.
    int barChart(const std::vector<png::BarRow>& rows, const char* emptyText, Chart c);
    void heatmap(UiContext& ctx);
    float reviewsHeight() const;
    void reviewsDue(UiContext& ctx);
    void actDates();
    GpuHeatmap* heat(UiContext& ctx);

    DashboardData m_data;
    std::uint64_t m_revision = ~0ull;
    const void* m_model = nullptr;
    Lang m_lang = Lang::En;
    std::string m_today;
    CpuHeatmap m_cpu;
    std::string m_shownGpuError;
    int m_heatPxW = 0, m_heatPxH = 0;
    Chart m_export = Chart::Tiers;
    bool m_wantExport = false;
};

void DashboardView::refresh(UiContext& ctx) {
    const std::string now = today();
    if (m_model == ctx.model && m_revision == ctx.model->revision() && m_lang == lang() && m_today == now) return;
    m_data = computeDashboard(*ctx.model, now, lang());
    m_model = ctx.model;
    m_revision = ctx.model->revision();
    m_lang = lang();
    m_today = now;
}

// ---- [SECTION] cards and bar charts -------------------------------------------------------

// A bordered panel (fixed height `h`, or fitting its content when h is 0) with a bold title and, for charts, a "Save as PNG" button on the right.
// Returns true when that button was clicked.
bool DashboardView::beginCard(const char* id, const char* title, float w, float h, const char* pngId) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.0f), em(0.8f)));
    ImGuiChildFlags flags = ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding;
    if (h <= 0) flags |= ImGuiChildFlags_AutoResizeY;  // full-width cards grow with their content
    ImGui::BeginChild(id, ImVec2(w, h), flags, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::PushFont(fonts().bold);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    bool clicked = false;
    if (pngId) {
        const std::string lbl = std::string(icon::kDownload) + "  " + tr("dash.save_png") + "##" + pngId;
        const float bw = ImGui::CalcTextSize(lbl.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - bw));
        clicked = ImGui::Button(lbl.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("dash.save_png_tip"));
    }
    ImGui::Spacing();
    return clicked;
}

void DashboardView::endCard() { ImGui::EndChild(); }

float DashboardView::barChartHeight(std::size_t rows) const {
    return ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y +
           float(std::max<std::size_t>(rows, 1)) * em(1.9f) + em(1.8f);
}

// Label (the word), a bar in the row's colour, the count; the tooltip repeats all three.
int DashboardView::barChart(const std::vector<png::BarRow>& rows, const char* emptyText, Chart c) {
    if (rows.empty()) {
        helpText(emptyText);
        return -1;
    }
    int clicked = -1;
    const float avail = ImGui::GetContentRegionAvail().x;
    int maxValue = 1;
    float labelW = em(4);
    for (const auto& r : rows) {
        maxValue = std::max(maxValue, r.value);
        labelW = std::max(labelW, ImGui::CalcTextSize(r.label.c_str()).x + em(1.0f));
    }
    labelW = std::min(labelW, avail * (c == Chart::Blockers ? 0.55f : 0.42f));
    const float countW = ImGui::CalcTextSize(std::to_string(maxValue).c_str()).x + em(0.8f);
    const float barMax = std::max(em(2), avail - labelW - countW);
    const float rowH = em(1.9f), barH = em(1.15f), th = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const png::BarRow& r = rows[i];
        ImGui::PushID(int(i));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("##bar", ImVec2(avail, rowH)) && r.value > 0) clicked = int(i);
        edit::accessibleLabel(r.label.c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::SetTooltip("%s: %d\n%s", r.label.c_str(), r.value, tr("dash.bar_click"));
            if (r.value > 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        }
        const float ty = p.y + (rowH - th) * 0.5f;
        // A label too long for its column ends in an ellipsis; the tooltip has all of it.
        const float labelEnd = p.x + labelW - em(0.5f);
        ImGui::RenderTextEllipsis(dl, ImVec2(p.x, ty), ImVec2(labelEnd, ty + th), labelEnd, labelEnd,
                                  r.label.c_str(), nullptr, nullptr);
        const float len = r.value > 0 ? std::max(barMax * float(r.value) / float(maxValue), em(0.2f)) : 0.0f;
        const float bx = p.x + labelW;
        dl->AddRectFilled(ImVec2(bx, p.y + (rowH - barH) * 0.5f), ImVec2(bx + len, p.y + (rowH + barH) * 0.5f), r.colour,
                          em(0.2f));
        if (r.value == 0)
            dl->AddLine(ImVec2(bx, p.y + (rowH - barH) * 0.5f), ImVec2(bx, p.y + (rowH + barH) * 0.5f), color::border());
        const std::string n = std::to_string(r.value);
        dl->AddText(ImVec2(bx + len + em(0.4f), ty), ImGui::GetColorU32(ImGuiCol_Text), n.c_str());
        ImGui::PopID();
    }
    return clicked;
}

// ---- [SECTION] heat map -------------------------------------------------------------------

GpuHeatmap* DashboardView::heat(UiContext& ctx) {
    GpuHeatmap* gpu = ctx.platform ? ctx.platform->gpuHeatmap() : nullptr;
    if (gpu) {
        const std::string err = gpu->error();
        if (!err.empty()) {
            if (err != m_shownGpuError) {  // report once, then draw on the CPU
                m_shownGpuError = err;
                ctx.toast(trf("dash.gpu_error", err), true);
            }
            return &m_cpu;
        }
        return gpu;
    }
    return &m_cpu;
}

// Rows = data categories, columns = legal bases; the matrix is a texture at device
// resolution (pixel-snapped so its 1-pixel borders stay crisp); counts and hover on top.
void DashboardView::heatmap(UiContext& ctx) {
    helpText(tr("dash.heat_help"));
    const std::vector<std::string> rowLabels = heatRowLabels(m_data), colLabels = heatColLabels(m_data);
    const int rows = int(rowLabels.size()), cols = int(colLabels.size());
    if (rows == 0) {
        helpText(tr("dash.heat_empty"));
        return;
    }
    const float avail = ImGui::GetContentRegionAvail().x;
    float labelW = em(6);
    for (const auto& l : rowLabels) labelW = std::max(labelW, ImGui::CalcTextSize(l.c_str()).x + em(1.0f));
    labelW = std::min(labelW, avail * 0.32f);
    const float gridW = std::max(em(10), avail - labelW);
    const float colW = gridW / float(cols);
    const float cellH = em(1.9f), lineH = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // Column headings, wrapped inside their column and bottom-aligned.
    const ImVec2 top = ImGui::GetCursorScreenPos();
    std::vector<float> headH(std::size_t(cols), 0.0f);
    float headMax = lineH;
    for (int c = 0; c < cols; ++c) {
        headH[std::size_t(c)] = ImGui::CalcTextSize(colLabels[std::size_t(c)].c_str(), nullptr, false, colW - em(0.4f)).y;
        headMax = std::max(headMax, headH[std::size_t(c)]);
    }
    headMax = std::min(headMax, lineH * 3);
    for (int c = 0; c < cols; ++c) {
        const float x = top.x + labelW + colW * float(c) + em(0.2f);
        const float y = top.y + headMax - std::min(headH[std::size_t(c)], headMax);
        dl->PushClipRect(ImVec2(x, top.y), ImVec2(x + colW - em(0.4f), top.y + headMax), true);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(x, y), color::textMuted(),
                    colLabels[std::size_t(c)].c_str(), nullptr, colW - em(0.4f));
        dl->PopClipRect();
    }
    ImGui::Dummy(ImVec2(avail, headMax + em(0.3f)));

    // The matrix, snapped to device pixels.
    const float dpr = std::max(ImGui::GetIO().DisplayFramebufferScale.x, 1.0f);
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float gx = std::round((p.x + labelW) * dpr) / dpr, gy = std::round(p.y * dpr) / dpr;
    const int pxW = std::max(1, int(std::lround(gridW * dpr))), pxH = std::max(1, int(std::lround(cellH * float(rows) * dpr)));
    const float w = float(pxW) / dpr, h = float(pxH) / dpr;
    m_heatPxW = pxW;
    m_heatPxH = pxH;
    const std::vector<float> values = heatValues(m_data);
    GpuHeatmap* hm = heat(ctx);
    const HeatStyle style = heatStyleFor(darkTheme());
    m_cpu.setStyle(style);  // also the fallback, should the GPU fail below
    hm->setStyle(style);
    ImTextureID tex = hm->render(values, rows, cols, pxW, pxH);
    if (tex == ImTextureID{} && hm != &m_cpu && !hm->error().empty()) {
        hm = heat(ctx);  // the GPU just failed: report and fall back
        tex = hm->render(values, rows, cols, pxW, pxH);
    }
    if (tex != ImTextureID{}) {
        dl->AddImage(tex, ImVec2(gx, gy), ImVec2(gx + w, gy + h), hm->uvTopLeft(), hm->uvBottomRight());
    } else {  // CPU: the same picture drawn as rectangles (heatmap.hpp)
        const HeatStyle& st = hm->style();
        dl->AddRectFilled(ImVec2(gx, gy), ImVec2(gx + w, gy + h), st.border);
        const float px = 1.0f / dpr;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < cols; ++c) {
                const float x0 = gx + float(heatCellStart(c, pxW, cols)) / dpr + px;
                const float x1 = gx + float(heatCellStart(c + 1, pxW, cols)) / dpr - (c + 1 == cols ? px : 0.0f);
                const float y0 = gy + float(heatCellStart(r, pxH, rows)) / dpr + px;
                const float y1 = gy + float(heatCellStart(r + 1, pxH, rows)) / dpr - (r + 1 == rows ? px : 0.0f);
                dl->AddRectFilled(ImVec2(x0, y0), ImVec2(x1, y1),
                                  heatColour(values[std::size_t(r * cols + c)], st));
            }
    }
    // Row labels, counts, hover.
    for (int r = 0; r < rows; ++r) {
        const float y0 = gy + float(heatCellStart(r, pxH, rows)) / dpr, y1 = gy + float(heatCellStart(r + 1, pxH, rows)) / dpr;
        const float ty = (y0 + y1 - lineH) * 0.5f;
        dl->PushClipRect(ImVec2(p.x, y0), ImVec2(p.x + labelW - em(0.5f), y1), true);
        dl->AddText(ImVec2(p.x, ty), ImGui::GetColorU32(ImGuiCol_Text), rowLabels[std::size_t(r)].c_str());
        dl->PopClipRect();
        for (int c = 0; c < cols; ++c) {
            const HeatCell& cell = m_data.cells[std::size_t(r * cols + c)];
            if (cell.count == 0) continue;
            const float x0 = gx + float(heatCellStart(c, pxW, cols)) / dpr, x1 = gx + float(heatCellStart(c + 1, pxW, cols)) / dpr;
            const std::string n = std::to_string(cell.count);
            const float tw = ImGui::CalcTextSize(n.c_str()).x;
            const bool dark = values[std::size_t(r * cols + c)] > 0.55f;
            ImGui::PushFont(fonts().bold);
            dl->AddText(ImVec2((x0 + x1 - tw) * 0.5f, ty), dark ? IM_COL32_WHITE : ImGui::GetColorU32(ImGuiCol_Text), n.c_str());
            ImGui::PopFont();
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(gx, gy));
    ImGui::InvisibleButton("##heatgrid", ImVec2(w, h));
    edit::accessibleLabel(tr("dash.chart_heatmap"));
    if (ImGui::IsItemHovered()) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        const int c = std::clamp(heatCellOf(int((m.x - gx) * dpr), pxW, cols), 0, cols - 1);
        const int r = std::clamp(heatCellOf(int((m.y - gy) * dpr), pxH, rows), 0, rows - 1);
        const HeatCell& cell = m_data.cells[std::size_t(r * cols + c)];
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(em(26));
        ImGui::PushFont(fonts().bold);
        ImGui::TextWrapped("%s \xC3\x97 %s", rowLabels[std::size_t(r)].c_str(), colLabels[std::size_t(c)].c_str());
        ImGui::PopFont();
        ImGui::TextUnformatted(trn("dash.heat_count", cell.count).c_str());
        const std::size_t shown = std::min<std::size_t>(cell.names.size(), 12);
        for (std::size_t i = 0; i < shown; ++i) ImGui::BulletText("%s", cell.names[i].c_str());
        if (cell.names.size() > shown)
            ImGui::TextDisabled("%s", trf("dash.and_more", num(cell.names.size() - shown)).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    // Legend.
    ImGui::SetCursorScreenPos(ImVec2(gx, gy + h + em(0.5f)));
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("0");
    ImGui::SameLine();
    const ImVec2 lp = ImGui::GetCursorScreenPos();
    const float lw = em(8), lh = em(0.8f), ly = lp.y + (ImGui::GetFrameHeight() - lh) * 0.5f;
    dl->AddRectFilledMultiColor(ImVec2(lp.x, ly), ImVec2(lp.x + lw, ly + lh), hm->style().low, hm->style().high,
                                hm->style().high, hm->style().low);
    ImGui::Dummy(ImVec2(lw, ImGui::GetFrameHeight()));
    ImGui::SameLine();
    ImGui::TextDisabled("%d", m_data.heatMax);
    ImGui::SameLine(0, em(1.0f));
    ImGui::TextDisabled("%s", tr("dash.heat_legend"));
}

// ---- [SECTION] lists ----------------------------------------------------------------------

float DashboardView::reviewsHeight() const {
    const std::size_t n = std::min<std::size_t>(std::max<std::size_t>(m_data.reviewsDue.size(), 1), 8);
    return ImGui::GetFrameHeightWithSpacing() * (float(n) + 2.5f) + em(1.8f);
}

// Overdue and upcoming reviews (kReviewHorizonDays), earliest first; a click opens the
// activity at its next-review date.
void DashboardView::reviewsDue(UiContext& ctx) {
    if (m_data.reviewsDue.empty()) {
        helpText(trf("dash.reviews_none", num(kReviewHorizonDays)).c_str());
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##reviews", 3, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("dash.col_activity"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr("dash.col_due"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("dash.col_when"), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableHeadersRow();
    for (const ReviewDue& r : m_data.reviewsDue) {
        ImGui::PushID(r.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (ImGui::Selectable((r.name + "##due").c_str(), false, ImGuiSelectableFlags_SpanAllColumns))
            ctx.openActivity(r.id, "review.next_review");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("dash.open_review_tip"));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(showDate(r.date).c_str());
        ImGui::TableNextColumn();
        if (r.days < 0)
            ImGui::TextColored(ImColor(color::danger()), "%s", trf("dash.overdue", num(-r.days)).c_str());
        else if (r.days == 0)
            ImGui::TextColored(ImColor(color::severity(Severity::Warning)), "%s", tr("dash.due_today"));
        else
            ImGui::TextUnformatted(trf("dash.due_in", num(r.days)).c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void DashboardView::actDates() {
    if (m_data.actDates.empty()) {
        helpText(tr("dash.dates_none"));
        return;
    }
    for (const ActDateUse& d : m_data.actDates) {
        ImGui::PushID(d.date.c_str());
        const bool past = d.days < 0;
        ImGui::TextColored(ImColor(past ? color::textMuted() : color::accent()), "%s", icon::kCalendar);
        ImGui::SameLine();
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(showDate(d.date).c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        const std::string when = past ? std::string(tr("dash.in_force"))
                                 : d.days == 0 ? std::string(tr("dash.today"))
                                               : trf("dash.in_days", num(d.days));
        ImGui::TextColored(ImColor(past ? color::textMuted() : color::severity(Severity::Warning)), "%s", when.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled("%s", d.activities == 1 ? tr("dash.date_one_activity")
                                                    : trf("dash.date_activities", num(d.activities)).c_str());
        ImGui::Indent(em(1.6f));
        ImGui::TextWrapped("%s", d.what.c_str());
        ImGui::Unindent(em(1.6f));
        ImGui::PopID();
    }
}

// ---- [SECTION] page layout ----------------------------------------------------------------

void DashboardView::draw(UiContext& ctx) {
    refresh(ctx);
    // Which rule set the tiers and blockers come from (issue #9: the dashboard says so).
    const std::string subtitle = trf("dash.subtitle", std::string(rules::kRulesVersion));
    pageTitle(tr("nav.dashboard"), subtitle.c_str());
    nameLastText(subtitle, "dash.subtitle");
    if (m_data.total == 0) {
        emptyState(icon::kDashboard, tr("dash.empty_title"), tr("dash.empty_text"));
        return;
    }
    // Summary line.
    ImGui::TextUnformatted(trn("dash.summary_total", m_data.total).c_str());
    ImGui::SameLine(0, em(1.2f));
    if (m_data.blockers > 0)
        ImGui::TextColored(ImColor(color::severity(Severity::Blocker)), "%s %s", icon::kBan,
                           trn("dash.summary_blockers", m_data.blockers).c_str());
    else
        ImGui::TextColored(ImColor(color::success()), "%s %s", icon::kCheck, tr("dash.summary_no_blockers"));
    if (m_data.overdue > 0) {
        ImGui::SameLine(0, em(1.2f));
        ImGui::TextColored(ImColor(color::danger()), "%s %s", icon::kClock,
                           trn("dash.summary_overdue", m_data.overdue).c_str());
    }
    ImGui::Spacing();

    ImGui::BeginChild("##dashscroll", ImVec2(0, 0), 0, 0);
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gap = em(1.0f);
    const bool two = avail >= em(48);
    const float half = two ? (avail - gap) * 0.5f : avail;
    auto nextToPrevious = [&] {
        if (two) ImGui::SameLine(0, gap);
    };

    // Row 1: tiers | blockers by rule.
    const auto tierRows = chartBars(m_data, Chart::Tiers), blockerRows = chartBars(m_data, Chart::Blockers);
    const auto reviewRows = chartBars(m_data, Chart::Review);
    float h1 = barChartHeight(tierRows.size());
    if (two) h1 = std::max(h1, barChartHeight(blockerRows.size()));
    if (beginCard("##c_tiers", tr("dash.chart_tiers"), half, h1, "png_tiers")) m_export = Chart::Tiers, m_wantExport = true;
    if (const int i = barChart(tierRows, "", Chart::Tiers); i >= 0)
        showInRegister(ctx, req::ShowOnly{allOf<Tier>()[std::size_t(i)], std::nullopt, false});
    endCard();
    nextToPrevious();
    if (beginCard("##c_blockers", tr("dash.chart_blockers"), half, two ? h1 : barChartHeight(blockerRows.size()),
                  blockerRows.empty() ? nullptr : "png_blockers"))
        m_export = Chart::Blockers, m_wantExport = true;
    if (barChart(blockerRows, tr("dash.no_blockers"), Chart::Blockers) >= 0)
        showInRegister(ctx, req::ShowOnly{std::nullopt, std::nullopt, true});
    endCard();

    // Row 2: the heat map.
    if (beginCard("##c_heat", tr("dash.chart_heatmap"), avail, 0, "png_heatmap"))
        m_export = Chart::Heatmap, m_wantExport = true;
    heatmap(ctx);
    endCard();

    // Row 3: review status | reviews due.
    float h3 = barChartHeight(reviewRows.size());
    if (two) h3 = std::max(h3, reviewsHeight());
    if (beginCard("##c_review", tr("dash.chart_review"), half, h3, "png_review")) m_export = Chart::Review, m_wantExport = true;
    if (const int i = barChart(reviewRows, "", Chart::Review); i >= 0)
        showInRegister(ctx, req::ShowOnly{std::nullopt, allOf<ReviewStatus>()[std::size_t(i)], false});
    endCard();
    nextToPrevious();
    beginCard("##c_due", trf("dash.reviews_due", num(kReviewHorizonDays)).c_str(), half, two ? h3 : reviewsHeight(),
              nullptr);
    reviewsDue(ctx);
    endCard();

    // Row 4: AI Act dates.
    beginCard("##c_dates", tr("dash.dates_title"), avail, 0, nullptr);
    actDates();
    endCard();
    ImGui::EndChild();

    if (m_wantExport) {
        m_wantExport = false;
        downloadChartPng(ctx, m_data, m_export, heat(ctx), m_heatPxW, m_heatPxH);
    }
}

}  // namespace

std::unique_ptr<View> makeDashboardView() { return std::make_unique<DashboardView>(); }

}  // namespace air::ui
