#include <catch_amalgamated.hpp>

#include <set>
#include <string_view>

#include "core/principles.hpp"

using namespace air;

TEST_CASE("the deck has one card per principle, in enum order", "[core][principles]") {
    const auto& deck = principleDeck();
    REQUIRE(deck.size() == 8);
    REQUIRE(deck.size() == enumCount<Principle>());
    for (std::size_t i = 0; i < deck.size(); ++i) {
        CHECK(deck[i].principle == Principle(i));
        CHECK(&principleCard(Principle(i)) == &deck[i]);
    }
    CHECK(principleCard(Principle::Fairness).title(Lang::En) == "Fairness and bias");
    CHECK(principleCard(Principle::Autonomy).title(Lang::Nl) == "Autonomie en manipulatie");
}

TEST_CASE("every card has a summary and 3-5 questions in both languages", "[core][principles]") {
    std::set<std::string_view> allQuestions;
    for (const PrincipleCard& c : principleDeck()) {
        INFO(keyOf(c.principle));
        CHECK(c.summary(Lang::En).size() > 200);  // a paragraph, not a line
        CHECK(c.summary(Lang::Nl).size() > 200);
        CHECK(c.summary_en != c.summary_nl);
        CHECK(c.questions.size() >= 3);
        CHECK(c.questions.size() <= 5);
        for (std::size_t i = 0; i < c.questions.size(); ++i) {
            CHECK_FALSE(c.question(i, Lang::En).empty());
            CHECK_FALSE(c.question(i, Lang::Nl).empty());
            CHECK(c.question(i, Lang::En) != c.question(i, Lang::Nl));
            CHECK(c.question(i, Lang::En).back() == '?');
            CHECK(c.question(i, Lang::Nl).back() == '?');
            CHECK(allQuestions.insert(c.question(i, Lang::En)).second);  // no repeats
        }
    }
}

TEST_CASE("the seed examples are in the deck", "[core][principles]") {
    CHECK(principleCard(Principle::Fairness).summary_en.find("80%") != std::string_view::npos);
    CHECK(principleCard(Principle::Fairness).summary_nl.find("70%") != std::string_view::npos);
    CHECK(principleCard(Principle::Autonomy).summary_nl.find("steeds preciezer") !=
          std::string_view::npos);
    CHECK(principleCard(Principle::Honesty).summary_en.find("hallucinat") !=
          std::string_view::npos);
}
