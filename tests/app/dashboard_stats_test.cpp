// The dashboard's numbers (app/dashboard_stats.hpp) for the example register: counts per tier
// and review status equal rules::assess, blockers per rule, the heat map's cells and values,
// reviews due and the AI Act dates that touch the register.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <array>
#include <set>

#include "app/dashboard_stats.hpp"
#include "core/embedded.hpp"
#include "io/register_json.hpp"
#include "rules/rules.hpp"

using namespace air;

namespace {

struct Example {
    app::AppModel model;
    Example() {
        REQUIRE(model.open(":memory:").ok());
        auto reg = io::parseRegister(embedded::get("example_register.json"));
        REQUIRE(reg.ok());
        REQUIRE(model.importRegister(reg.value(), app::ImportMode::Replace).ok());
    }
};

}  // namespace

TEST_CASE("dashboard: counts per tier and review status equal rules::assess", "[app][dashboard]") {
    Example m;
    const auto d = app::computeDashboard(m.model, "2026-11-25", Lang::En);
    std::array<int, std::size_t(Tier::COUNT)> tiers{};
    std::array<int, std::size_t(ReviewStatus::COUNT)> reviews{};
    int blockers = 0;
    for (const Activity& a : m.model.activities()) {
        const auto as = rules::assess(a);
        ++tiers[std::size_t(as.tier)];
        ++reviews[std::size_t(a.review.status)];
        blockers += as.blockers();
    }
    CHECK(d.total == int(m.model.activities().size()));
    CHECK(d.perTier == tiers);
    CHECK(d.perReview == reviews);
    CHECK(d.blockers == blockers);
    int byRule = 0;
    for (const auto& [rule, n] : d.blockersByRule) byRule += n;
    CHECK(byRule == blockers);
    for (std::size_t i = 1; i < d.blockersByRule.size(); ++i)
        CHECK(d.blockersByRule[i - 1].second >= d.blockersByRule[i].second);
    // The example register covers every tier.
    for (Tier t : {Tier::Prohibited, Tier::High, Tier::Limited, Tier::Minimal}) CHECK(tiers[std::size_t(t)] > 0);

    // Heat map: rows are the categories that occur; each activity counts once per category.
    CHECK(d.heatCols.size() == std::size_t(LegalBasis::COUNT));
    CHECK(d.heatCols.front() == LegalBasis::None);
    int cellSum = 0, pairs = 0;
    for (const auto& c : d.cells) {
        cellSum += c.count;
        CHECK(int(c.names.size()) == c.count);
    }
    for (const Activity& a : m.model.activities()) {
        std::set<DataCategory> once(a.data_categories.begin(), a.data_categories.end());
        pairs += once.empty() ? 1 : int(once.size());
    }
    CHECK(cellSum == pairs);
    for (DataCategory c : d.heatRows) {
        bool occurs = false;
        for (const Activity& a : m.model.activities())
            occurs |= std::find(a.data_categories.begin(), a.data_categories.end(), c) != a.data_categories.end();
        CHECK(occurs);
    }
    // AI Act dates that touch the register: only dates an obligation present applies from.
    REQUIRE_FALSE(d.actDates.empty());
    for (const auto& ad : d.actDates) CHECK(ad.activities > 0);
    CHECK(d.actDates.front().date <= d.actDates.back().date);
    // Reviews due are sorted and within the horizon.
    for (std::size_t i = 1; i < d.reviewsDue.size(); ++i) CHECK(d.reviewsDue[i - 1].date <= d.reviewsDue[i].date);
    for (const auto& r : d.reviewsDue) CHECK(r.days <= app::kReviewHorizonDays);
}

TEST_CASE("dashboard: heat values are each cell's count over the largest", "[app][dashboard]") {
    Example m;
    const auto d = app::computeDashboard(m.model, "2026-11-25", Lang::Nl);
    const std::vector<float> v = app::heatValues(d);
    REQUIRE(v.size() == d.cells.size());
    REQUIRE(d.heatMax > 0);
    float top = 0.0f;
    for (std::size_t i = 0; i < v.size(); ++i) {
        CHECK(v[i] == float(d.cells[i].count) / float(d.heatMax));
        top = std::max(top, v[i]);
    }
    CHECK(top == 1.0f);
    app::DashboardData none;  // an empty register: all zero
    none.cells.resize(3);
    CHECK(app::heatValues(none) == std::vector<float>(3, 0.0f));
}
