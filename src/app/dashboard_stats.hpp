// What the dashboard shows, computed from the model in one pass (dashboard_stats.cpp) so the
// page, its PNG exports and the tests read the same numbers: counts per tier and review
// status, open blockers per rule, the heat map of data categories against legal bases, reviews
// due and the AI Act dates that touch the register. The bars, labels and colours are the
// page's (ui/dashboard_data.hpp).
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/app_model.hpp"
#include "core/enums.hpp"

namespace air::app {

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
    std::string date, what;  // rules::actDates() entry in the language asked for
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

// Counts everything on the dashboard for the open register, as of `todayIso`; the AI Act
// dates' texts in `lang`.
DashboardData computeDashboard(const AppModel& model, std::string_view todayIso, Lang lang);

// Heat map values 0..1 (count / largest count), row-major.
std::vector<float> heatValues(const DashboardData& d);

}  // namespace air::app
