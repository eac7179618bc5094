// The workshop principles deck (DOMAIN.md 5): for each ethics principle a one-paragraph
// explanation and 3-5 discussion questions for a marketing team, in English and Dutch.
// The principle titles are the Principle labels in core/enums.hpp.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enums.hpp"

namespace air {

struct PrincipleCard {
    Principle principle = Principle::Transparency;
    std::string_view summary_en, summary_nl;  // one paragraph each
    std::vector<std::pair<std::string_view, std::string_view>> questions;  // {en, nl}, 3-5

    std::string_view title(Lang lang) const { return labelOf(principle, lang); }
    std::string_view summary(Lang lang) const { return lang == Lang::Nl ? summary_nl : summary_en; }
    std::string_view question(std::size_t i, Lang lang) const {
        return lang == Lang::Nl ? questions[i].second : questions[i].first;
    }
};

// One card per Principle, in enum order (deck[i].principle == Principle(i)). Built once.
const std::vector<PrincipleCard>& principleDeck();

// The card for one principle (always exists).
const PrincipleCard& principleCard(Principle p);

}  // namespace air
