// The team's own framework (issue #10, DDMA: "build your own ethical framework"): which
// activities a principle or red line touches, and why, in words for people. The items live in
// Register::framework (core/model.hpp); a workshop proposes, votes on and adopts them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.hpp"
#include "core/model.hpp"

namespace air {

// True when `a` touches `item`'s scope (any listed value matches; an empty scope touches all).
bool touches(const FrameworkItem& item, const Activity& a);

// Why `a` touches `item`, one short phrase per match ("Dynamic pricing", "Financial situation",
// "Profiling", "named for this activity"); {"every activity"} for an empty scope; empty when
// it does not touch.
std::vector<std::string> touchReasons(const FrameworkItem& item, const Activity& a, Lang lang);

// The adopted items that `a` touches, red lines first, each group in framework order.
std::vector<const FrameworkItem*> adoptedTouching(const std::vector<FrameworkItem>& framework, const Activity& a);

// The scope in words: "Dynamic pricing, Credit-offer targeting · Financial situation · Profiling",
// or "every activity". Activity ids are counted ("2 named activities").
std::string scopeText(const FrameworkScope& scope, Lang lang);

// A kScreeningFlags key.
bool isScreeningFlagKey(std::string_view key);

// Counts per status, for summaries.
struct FrameworkCounts {
    int adopted = 0, proposed = 0, redLinesAdopted = 0;
};
FrameworkCounts countFramework(const std::vector<FrameworkItem>& framework);

}  // namespace air
