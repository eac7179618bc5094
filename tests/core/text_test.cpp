#include <catch_amalgamated.hpp>

#include <string>

#include "core/text.hpp"

using namespace air;

TEST_CASE("text: strict UTF-8 and where it breaks", "[core][text]") {
    constexpr auto npos = std::string_view::npos;
    CHECK(text::firstInvalidUtf8("") == npos);
    CHECK(text::firstInvalidUtf8("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80") == npos);
    CHECK(text::firstInvalidUtf8("ab\xC0\xAF") == 2);          // overlong '/'
    CHECK(text::firstInvalidUtf8("\xE0\x80\xAF") == 0);        // overlong 3-byte
    CHECK(text::firstInvalidUtf8("x\xED\xA0\x80") == 1);       // surrogate U+D800
    CHECK(text::firstInvalidUtf8("\xF4\x90\x80\x80") == 0);    // above U+10FFFF
    CHECK(text::firstInvalidUtf8("\xF5\x80\x80\x80") == 0);
    CHECK(text::firstInvalidUtf8("ok\x80") == 2);              // lone continuation byte
    CHECK(text::firstInvalidUtf8("ok\xE2\x82") == 2);          // cut short
    CHECK(text::isValidUtf8("\xEF\xBF\xBF"));
    CHECK_FALSE(text::isValidUtf8("\xFF"));

    CHECK(text::cutShortAtEnd("ok\xE2\x82", 2));
    CHECK_FALSE(text::cutShortAtEnd("ok\xE2\x82x", 2));
    CHECK_FALSE(text::cutShortAtEnd("ok\xFF", 2));
    CHECK(text::replaceInvalidUtf8("a\xFF" "b\xC3") == "a?b?");
}

TEST_CASE("text: code points and cutting on a character boundary", "[core][text]") {
    CHECK(text::codePointCount("") == 0);
    CHECK(text::codePointCount("caf\xC3\xA9") == 4);
    CHECK(text::codePointCount("\xF0\x9F\x98\x80!") == 2);
    const std::string s = "ab\xC3\xA9" "cd";  // a b é c d
    CHECK(text::codePointStart(s, 0) == 0);
    CHECK(text::codePointStart(s, 2) == 2);
    CHECK(text::codePointStart(s, 3) == 2);
    CHECK(text::codePointStart(s, 4) == 4);
    CHECK(text::codePointStart("\x80\x80", 1) == 0);
}

TEST_CASE("text: ASCII trimming and case folding", "[core][text]") {
    CHECK(text::trim("  a b \t\r\n\v\f") == "a b");
    CHECK(text::trim(" \t ").empty());
    CHECK(text::trim("\va\v", text::kJsonSpace) == "\va\v");
    CHECK(text::trim("\t x \t", " \t") == "x");
    CHECK(text::isBlank(""));
    CHECK(text::isBlank(" \r\n"));
    CHECK_FALSE(text::isBlank(" x "));
    CHECK(text::lowerAscii("Sep=;\xC3\x89") == "sep=;\xC3\x89");  // É stays as it is
    CHECK(text::lowerAscii('Q') == 'q');
    CHECK(text::lowerAscii('[') == '[');
    CHECK(text::equalsNoCase("SEP=", "sep="));
    CHECK_FALSE(text::equalsNoCase("sep", "sep="));
    CHECK_FALSE(text::equalsNoCase("\xC3\x89", "\xC3\xA9"));
}
