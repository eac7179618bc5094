#include <catch_amalgamated.hpp>

#include <set>
#include <string>

#include "core/enums.hpp"
#include "core/model.hpp"

using namespace air;

template <class E>
static void checkTable() {
    std::set<std::string_view> keys;
    for (E v : allOf<E>()) {
        CHECK(parseKey<E>(keyOf(v)) == v);          // keys round-trip
        CHECK(keys.insert(keyOf(v)).second);        // and are unique
        CHECK_FALSE(labelOf(v, Lang::En).empty());  // both languages present
        CHECK_FALSE(labelOf(v, Lang::Nl).empty());
    }
}

TEST_CASE("every enum key round-trips and has both labels", "[core]") {
    checkTable<Lifecycle>();
    checkTable<AiActRole>();
    checkTable<DataSubject>();
    checkTable<DataCategory>();
    checkTable<LegalBasis>();
    checkTable<Art9Condition>();
    checkTable<TransferSafeguard>();
    checkTable<TrainingReuse>();
    checkTable<Certification>();
    checkTable<DpiaStatus>();
    checkTable<ReviewStatus>();
    checkTable<AnnexIII>();
    checkTable<Tier>();
    checkTable<Severity>();
    checkTable<DpiaVerdict>();
    checkTable<Principle>();
}

TEST_CASE("unknown keys are rejected", "[core]") {
    CHECK_FALSE(parseKey<Lifecycle>("live").has_value());
    CHECK_FALSE(parseKey<DataCategory>("Health").has_value());  // keys are case-sensitive
}

TEST_CASE("special and sensitive data categories follow DOMAIN.md 3", "[core]") {
    int art9 = 0, special = 0;
    for (auto c : allOf<DataCategory>()) {
        art9 += isArt9(c);
        special += isSpecial(c);
    }
    CHECK(art9 == 8);
    CHECK(special == 9);  // Art. 9 plus criminal (Art. 10)
    CHECK(isSensitive(DataCategory::Location));
    CHECK(isSensitive(DataCategory::Criminal));
    CHECK_FALSE(isSensitive(DataCategory::Contact));
    CHECK(std::size(kScreeningFlags) == 27);
}
