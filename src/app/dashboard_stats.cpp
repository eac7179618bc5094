// Dashboard numbers (see dashboard_stats.hpp): one pass over the activities and their cached
// assessments; everything the rules decide comes from rules/ (never recomputed here).
#include "app/dashboard_stats.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "rules/rules.hpp"

namespace air::app {

namespace {
int ruleIndex(std::string_view id) {
    const auto& all = rules::allRules();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) return int(i);
    return int(all.size());
}

// The article an obligation cites without the "AI Act " prefix ("Art. 50(2)").
std::string_view bareArticle(std::string_view article) {
    constexpr std::string_view kPrefix = "AI Act ";
    if (article.substr(0, kPrefix.size()) == kPrefix) article.remove_prefix(kPrefix.size());
    return article;
}

// True when act date `d` concerns obligation `ri`: the same application date, or the date's
// text names the obligation's article (e.g. the Omnibus date for Art. 50(2) marking).
bool touches(const rules::ActDate& d, const rules::RuleInfo& ri) {
    if (!ri.applies_from.empty() && ri.applies_from == d.date) return true;
    const std::string_view art = bareArticle(ri.article);
    return art.find('(') != std::string_view::npos && d.what_en.find(art) != std::string_view::npos;
}
}  // namespace

DashboardData computeDashboard(const AppModel& model, std::string_view todayIso, Lang lang) {
    DashboardData d;
    const auto& acts = model.activities();
    d.total = int(acts.size());

    // Which categories occur decides the heat map rows.
    std::array<bool, std::size_t(DataCategory::COUNT)> seen{};
    for (const Activity& a : acts) {
        for (DataCategory c : a.data_categories) seen[std::size_t(c)] = true;
        if (a.data_categories.empty()) d.heatNoneRow = true;
    }
    for (DataCategory c : allOf<DataCategory>())
        if (seen[std::size_t(c)]) d.heatRows.push_back(c);
    for (LegalBasis b : allOf<LegalBasis>()) d.heatCols.push_back(b);
    const std::size_t rows = d.heatRows.size() + (d.heatNoneRow ? 1 : 0), cols = d.heatCols.size();
    d.cells.assign(rows * cols, HeatCell{});

    std::map<std::string, int> blockers;
    std::set<std::string> obligationsPresent;
    std::map<std::string, std::set<std::string>> activitiesPerObligation;
    for (const Activity& a : acts) {
        const rules::Assessment* as = model.assessment(a.id);
        const Tier tier = as ? as->tier : rules::tierOf(a);
        ++d.perTier[std::size_t(tier)];
        ++d.perReview[std::size_t(a.review.status)];
        if (as) {
            for (const rules::Finding& f : as->findings)
                if (f.severity == Severity::Blocker) {
                    ++blockers[f.rule];
                    ++d.blockers;
                }
            for (const std::string& o : as->obligations) activitiesPerObligation[o].insert(a.id);
        }
        // Heat map: one count per (category, legal basis) the activity has.
        const std::size_t col = std::size_t(a.legal_basis);
        auto add = [&](std::size_t row) {
            HeatCell& cell = d.cells[row * cols + col];
            ++cell.count;
            cell.names.push_back(a.name);
            cell.ids.push_back(a.id);
            d.heatMax = std::max(d.heatMax, cell.count);
        };
        std::set<DataCategory> once(a.data_categories.begin(), a.data_categories.end());
        for (DataCategory c : once) {
            const auto it = std::find(d.heatRows.begin(), d.heatRows.end(), c);
            add(std::size_t(it - d.heatRows.begin()));
        }
        if (a.data_categories.empty()) add(d.heatRows.size());
        // Reviews due (retired activities need no review).
        if (a.lifecycle != Lifecycle::Retired && rules::isIsoDate(a.review.next_review)) {
            const int days = rules::daysUntil(todayIso, a.review.next_review);
            if (days < 0) ++d.overdue;
            if (days <= kReviewHorizonDays) d.reviewsDue.push_back({a.id, a.name, a.review.next_review, days});
        }
    }
    for (const auto& [rule, n] : blockers) d.blockersByRule.emplace_back(rule, n);
    std::stable_sort(d.blockersByRule.begin(), d.blockersByRule.end(), [](const auto& x, const auto& y) {
        if (x.second != y.second) return x.second > y.second;
        return ruleIndex(x.first) < ruleIndex(y.first);
    });
    std::stable_sort(d.reviewsDue.begin(), d.reviewsDue.end(),
                     [](const ReviewDue& x, const ReviewDue& y) { return x.date < y.date; });

    // AI Act dates that concern an obligation somebody in the register has.
    for (const rules::ActDate& date : rules::actDates()) {
        std::set<std::string> who;
        for (const auto& [id, activities] : activitiesPerObligation) {
            const rules::RuleInfo* ri = rules::ruleInfo(id);
            if (ri && touches(date, *ri)) who.insert(activities.begin(), activities.end());
        }
        if (who.empty()) continue;
        d.actDates.push_back({std::string(date.date), std::string(date.what(lang)), int(who.size()),
                              rules::daysUntil(todayIso, date.date)});
    }
    return d;
}

std::vector<float> heatValues(const DashboardData& d) {
    std::vector<float> v(d.cells.size(), 0.0f);
    if (d.heatMax <= 0) return v;
    for (std::size_t i = 0; i < d.cells.size(); ++i) v[i] = float(d.cells[i].count) / float(d.heatMax);
    return v;
}

}  // namespace air::app
