// "Save as PNG" of the dashboard charts: bar charts rasterised on the CPU with the colours of
// the screen, the heat map read back from its texture (GPU) or drawn by the CPU twin.
#include <string>

#include "rules/rules.hpp"
#include "ui/chart_png.hpp"
#include "ui/dashboard_data.hpp"
#include "ui/heatmap.hpp"
#include "ui/i18n.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

namespace {
const char* chartTitleKey(Chart c) {
    switch (c) {
    case Chart::Tiers: return "dash.chart_tiers";
    case Chart::Review: return "dash.chart_review";
    case Chart::Blockers: return "dash.chart_blockers";
    case Chart::Heatmap: return "dash.chart_heatmap";
    }
    return "dash.chart_tiers";
}
}  // namespace

bool downloadChartPng(UiContext& ctx, const DashboardData& d, Chart c, GpuHeatmap* heatmap, int heatPxW, int heatPxH) {
    const std::string date = today();
    const std::string regName = ctx.model->registerName();
    png::ChartText text;
    text.title = tr(chartTitleKey(c));
    text.subtitle = trf("dash.png_subtitle", num(d.total), regName.empty() ? tr("shell.unnamed") : regName);
    text.footer = trf("dash.png_footer", showDate(date), std::string(rules::kRulesVersion));

    png::Image img;
    if (c == Chart::Heatmap) {
        png::HeatChart h;
        h.rowLabels = heatRowLabels(d);
        h.colLabels = heatColLabels(d);
        for (const HeatCell& cell : d.cells) h.counts.push_back(cell.count);
        h.values = heatValues(d);
        h.maxCount = d.heatMax;
        h.legend = tr("dash.heat_legend");
        CpuHeatmap cpu;
        GpuHeatmap* src = heatmap;
        if (!src || !src->readPixels(h.cells.rgba, h.cells.w, h.cells.h)) {
            if (heatmap) cpu.setStyle(heatmap->style());
            cpu.render(h.values, int(h.rowLabels.size()), int(h.colLabels.size()), heatPxW, heatPxH);
            src = &cpu;
            src->readPixels(h.cells.rgba, h.cells.w, h.cells.h);
        }
        h.low = src->style().low;
        h.high = src->style().high;
        img = png::renderHeatChart(text, h);
    } else {
        img = png::renderBarChart(text, chartBars(d, c));
    }
    const std::string bytes = png::encodePng(img);
    if (bytes.empty()) {
        ctx.toast(tr("dash.png_failed"), true);
        return false;
    }
    ctx.platform->download(png::pngFileName(regName, chartKey(c), date), "image/png", bytes);
    return true;
}

}  // namespace air::ui
