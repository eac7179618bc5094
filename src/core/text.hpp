// Text helpers shared by the register file, CSV, exports and the views (issue #8): strict
// UTF-8 validation, code points, cutting on a character boundary, and ASCII-only trimming
// and case folding. ASCII on purpose: keys, headers, file names and cell words are compared
// the same way on every machine and in every locale (no <cctype>, no std::locale).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace air::text {

// ---- UTF-8 ---------------------------------------------------------------------------------
// Offset of the first byte that breaks strict UTF-8 (overlong forms, surrogates, anything
// above U+10FFFF and sequences cut short all count), or npos when `s` is valid.
std::size_t firstInvalidUtf8(std::string_view s);
inline bool isValidUtf8(std::string_view s) { return firstInvalidUtf8(s) == std::string_view::npos; }
// True when the invalid sequence at `bad` is only cut short by the end of `s` (a text
// truncated in the middle of a character).
bool cutShortAtEnd(std::string_view s, std::size_t bad);
// `s` with every byte that breaks UTF-8 replaced by '?'.
std::string replaceInvalidUtf8(std::string s);

constexpr bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
// Number of code points in valid UTF-8 (continuation bytes not counted).
std::size_t codePointCount(std::string_view s);
// The start of the code point that holds byte `at` (at < s.size()): where `s` can be cut so
// that no character is split. Returns 0 when only continuation bytes precede.
std::size_t codePointStart(std::string_view s, std::size_t at);

// ---- ASCII ---------------------------------------------------------------------------------
// ASCII white space as the C locale's isspace sees it, and JSON's (RFC 8259) narrower set.
inline constexpr std::string_view kSpace = " \t\r\n\v\f";
inline constexpr std::string_view kJsonSpace = " \t\r\n";

// `s` without leading and trailing characters of `spaces`.
std::string_view trim(std::string_view s, std::string_view spaces = kSpace);
// True when `s` holds nothing but characters of `spaces` (or nothing).
inline bool isBlank(std::string_view s, std::string_view spaces = kSpace) {
    return s.find_first_not_of(spaces) == std::string_view::npos;
}

constexpr char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
std::string lowerAscii(std::string_view s);
bool equalsNoCase(std::string_view a, std::string_view b);  // ASCII letters only

}  // namespace air::text
