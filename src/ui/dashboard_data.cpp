// The dashboard's labels, bars and colours (see dashboard_data.hpp); the numbers are
// app/dashboard_stats.cpp's.
#include "ui/dashboard_data.hpp"

#include "rules/rules.hpp"
#include "ui/i18n.hpp"
#include "ui/theme.hpp"

namespace air::ui {

std::vector<std::string> heatRowLabels(const DashboardData& d) {
    std::vector<std::string> out;
    for (DataCategory c : d.heatRows) out.emplace_back(label(c));
    if (d.heatNoneRow) out.emplace_back(tr("dash.heat_no_categories"));
    return out;
}

std::vector<std::string> heatColLabels(const DashboardData& d) {
    std::vector<std::string> out;
    for (LegalBasis b : d.heatCols) out.emplace_back(label(b));
    return out;
}

std::string_view chartKey(Chart c) {
    switch (c) {
    case Chart::Tiers: return "tiers";
    case Chart::Review: return "review-status";
    case Chart::Blockers: return "blockers";
    case Chart::Heatmap: return "heatmap";
    }
    return "chart";
}

ImU32 reviewColour(ReviewStatus s) {
    switch (s) {
    case ReviewStatus::Draft: return IM_COL32(107, 114, 128, 255);
    case ReviewStatus::InReview: return color::accent();
    case ReviewStatus::Approved: return color::success();
    case ReviewStatus::ChangesRequested: return color::severity(Severity::Warning);
    default: return color::textMuted();
    }
}

std::vector<png::BarRow> chartBars(const DashboardData& d, Chart c) {
    std::vector<png::BarRow> rows;
    if (c == Chart::Tiers) {
        for (Tier t : allOf<Tier>()) rows.push_back({label(t), d.perTier[std::size_t(t)], color::tier(t)});
    } else if (c == Chart::Review) {
        for (ReviewStatus s : allOf<ReviewStatus>())
            rows.push_back({label(s), d.perReview[std::size_t(s)], reviewColour(s)});
    } else if (c == Chart::Blockers) {
        for (const auto& [rule, n] : d.blockersByRule) {
            std::string text = rule;
            if (const rules::RuleInfo* ri = rules::ruleInfo(rule)) text += "  " + ri->heading(lang());
            rows.push_back({text, n, color::severity(Severity::Blocker)});
        }
    }
    return rows;
}

}  // namespace air::ui
