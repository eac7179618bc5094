// Errors as codes (core/error.hpp) and the language layer (core/i18n.hpp): every code, term
// and place has an English and a Dutch text, arguments fill {0} {1}, and one error words
// itself in either language.
#include <catch_amalgamated.hpp>

#include <set>
#include <string>

#include "core/error.hpp"
#include "core/i18n.hpp"
#include "core/result.hpp"

using namespace air;

TEST_CASE("every error code has an English and a Dutch text", "[core][error]") {
    std::set<std::string_view> en, nl;
    for (std::size_t i = 0; i < std::size_t(ErrorCode::COUNT); ++i) {
        const i18n::Text t = errorText(ErrorCode(i));
        INFO("code " << i << ": " << t.en);
        CHECK_FALSE(t.en.empty());
        CHECK_FALSE(t.nl.empty());
        CHECK(t.en != t.nl);  // Dutch is written, not copied
        // The same placeholders in both languages.
        for (char n = '0'; n <= '9'; ++n) {
            const std::string ph = std::string("{") + n + "}";
            CHECK((t.en.find(ph) == std::string_view::npos) == (t.nl.find(ph) == std::string_view::npos));
        }
        CHECK(en.insert(t.en).second);  // one text, one code
        nl.insert(t.nl);
    }
    CHECK(nl.size() == en.size());
    for (std::size_t i = 0; i < std::size_t(Term::COUNT); ++i) {
        CHECK_FALSE(termText(Term(i)).en.empty());
        CHECK_FALSE(termText(Term(i)).nl.empty());
    }
    for (std::size_t i = 0; i < std::size_t(Place::COUNT); ++i) {
        CHECK_FALSE(placeText(Place(i)).en.empty());
        CHECK_FALSE(placeText(Place(i)).nl.empty());
    }
}

TEST_CASE("an error words itself at the edge, in the user's language", "[core][error]") {
    const Error e{"activities[3].risk_tier", ErrorCode::UnknownValue, {"\"x\"", "minimal, limited"}};
    CHECK(e.text() == "activities[3].risk_tier: unknown value \"x\"; allowed: minimal, limited");
    CHECK(e.text(Lang::Nl) == "activities[3].risk_tier: onbekende waarde \"x\"; toegestaan: minimal, limited");
    CHECK(e.whereText() == "activities[3].risk_tier");
    CHECK(e.message() == "unknown value \"x\"; allowed: minimal, limited");

    const Error pos{Location{Place::RowColumn, {"4", "lifecycle"}}, ErrorCode::CsvNotDate, {"\"soon\""}};
    CHECK(pos.text() == "row 4, column lifecycle: \"soon\" is not a date (use YYYY-MM-DD)");
    CHECK(pos.text(Lang::Nl) == "rij 4, kolom lifecycle: \"soon\" is geen datum (gebruik JJJJ-MM-DD)");

    // Arguments that are words, decimals or the reason behind the error are worded too.
    const Error big{"", ErrorCode::TooBig, {Arg::decimal("31.2"), "20"}};
    CHECK(big.text() == "file is 31.2 MB; the limit is 20 MB");
    CHECK(big.text(Lang::Nl) == "bestand is 31,2 MB; de limiet is 20 MB");
    const Error got{"x", ErrorCode::ExpArray, {Term::AnObject}};
    CHECK(got.text(Lang::Nl) == "x: verwacht een lijst (array), maar kreeg een object");
    const Error inner{"reading user_version", ErrorCode::DbNotOpen};
    const Error outer{"reg.sqlite", ErrorCode::DbUnreadable, {Arg::reasonOf(inner)}};
    CHECK(outer.text() == "reg.sqlite: cannot be read as a register database: the database is not open");
    CHECK(outer.text(Lang::Nl) ==
          "reg.sqlite: kan niet als registerdatabase worden gelezen: de database is niet geopend");
    CHECK(Error{Location{Place::Activity, {"a1"}}, ErrorCode::NoSuchActivity}.text(Lang::Nl) ==
          "activiteit 'a1': deze activiteit bestaat niet");
}

TEST_CASE("i18n formats {0} {1} arguments and looks up module tables", "[core][i18n]") {
    CHECK(i18n::format("{1} and {0}", {"a", "b"}) == "b and a");
    CHECK(i18n::format("{0}{0}", {"x"}) == "xx");
    CHECK(i18n::format("{2} missing", {"a"}) == " missing");
    CHECK(i18n::format("{x} {} {", {"a"}) == "{x} {} {");
    static constexpr i18n::Entry kTable[] = {{"greet", {"Hello {0}", "Hallo {0}"}}};
    static_assert(i18n::complete(kTable));
    CHECK(i18n::trf(kTable, "greet", Lang::Nl, {"Eva"}) == "Hallo Eva");
    CHECK(i18n::tr(kTable, "greet", Lang::En) == "Hello {0}");
    CHECK(i18n::tr(kTable, "nope", Lang::En) == "nope");
    CHECK(i18n::decimal("1.5", Lang::Nl) == "1,5");
    CHECK(i18n::decimal("1.5", Lang::En) == "1.5");
}
