// What the dashboard shows, computed from the model in one pass (dashboard_data.cpp) so the
// page, its PNG exports and the tests read the same numbers.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_model.hpp"
#include "core/enums.hpp"
#include "imgui.h"
#include "ui/chart_png.hpp"
#include "ui/context.hpp"

namespace air::ui {

class GpuHeatmap;

struct HeatCell {
    int count = 0;
    std::vector<std::string> names;  // activity names, in register order
    std::vector<std::string> ids;
};

struct ReviewDue {
    std::string id, name, date;  // date = review.next_review
    int days = 0;                // from today; negative = overdue
};

struct ActDateUse {
    std::string date, what;  // rules::actDates() entry in the UI language
    int activities = 0;      // activities with an obligation this date applies to
    int days = 0;            // from today; negative = in force
};

struct DashboardData {
    int total = 0;
    std::array<int, std::size_t(Tier::COUNT)> perTier{};
    std::array<int, std::size_t(ReviewStatus::COUNT)> perReview{};
    std::vector<std::pair<std::string, int>> blockersByRule;  // rule id, open blockers; most first
    int blockers = 0;
    // Heat map: rows = data categories that occur (register order of the enum), then a
    // "none recorded" row when an activity lists no category; columns = every legal basis,
    // "(not chosen)" first. cells is rows × cols, row-major.
    std::vector<DataCategory> heatRows;
    bool heatNoneRow = false;
    std::vector<LegalBasis> heatCols;
    std::vector<HeatCell> cells;
    int heatMax = 0;
    std::vector<ReviewDue> reviewsDue;  // overdue or due within kReviewHorizonDays, by date
    int overdue = 0;
    std::vector<ActDateUse> actDates;   // dates touching the register, in date order
};

inline constexpr int kReviewHorizonDays = 90;

// Counts everything on the dashboard for the open register, as of `todayIso`.
DashboardData computeDashboard(const app::AppModel& model, std::string_view todayIso, Lang lang);

// Heat map values 0..1 (count / largest count), row-major.
std::vector<float> heatValues(const DashboardData& d);
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
