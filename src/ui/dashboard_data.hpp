// The dashboard's charts as the page and its PNG exports draw them: heat map labels, bar rows
// with their colours, chart file names and the PNG download. The numbers come from
// app/dashboard_stats.hpp (one pass over the model).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/dashboard_stats.hpp"
#include "core/enums.hpp"
#include "imgui.h"
#include "ui/chart_png.hpp"
#include "ui/context.hpp"

namespace air::ui {

using app::ActDateUse;
using app::DashboardData;
using app::HeatCell;
using app::kReviewHorizonDays;
using app::ReviewDue;

class GpuHeatmap;

// Row and column labels of the heat map in the UI language.
std::vector<std::string> heatRowLabels(const DashboardData& d);
std::vector<std::string> heatColLabels(const DashboardData& d);

// The dashboard's charts, each with a "Save as PNG" button.
enum class Chart { Tiers, Review, Blockers, Heatmap };
// Stable file-name part of a chart ("tiers", "review-status", "blockers", "heatmap").
std::string_view chartKey(Chart c);
// Colour of a review status bar.
ImU32 reviewColour(ReviewStatus s);
// Bar rows of a bar chart, labels in the UI language.
std::vector<png::BarRow> chartBars(const DashboardData& d, Chart c);

// Renders chart `c` to a PNG and offers it through ctx.platform->download() as
// "<register>-<chart>-<date>.png". The heat map's picture is read back from `heatmap` (its
// last render) or, when that has none, drawn by a CpuHeatmap at heatPxW × heatPxH.
// Returns false (and shows a toast) when nothing could be produced.
bool downloadChartPng(UiContext& ctx, const DashboardData& d, Chart c, GpuHeatmap* heatmap, int heatPxW, int heatPxH);

}  // namespace air::ui
