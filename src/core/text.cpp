// Text helpers (text.hpp).
#include "core/text.hpp"

namespace air::text {

std::size_t firstInvalidUtf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode table 3-7)
        if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c == 0xE0) { len = 3; lo = 0xA0; }  // no overlong 3-byte forms
        else if (c >= 0xE1 && c <= 0xEC) len = 3;
        else if (c == 0xED) { len = 3; hi = 0x9F; }  // no surrogates
        else if (c >= 0xEE && c <= 0xEF) len = 3;
        else if (c == 0xF0) { len = 4; lo = 0x90; }  // no overlong 4-byte forms
        else if (c >= 0xF1 && c <= 0xF3) len = 4;
        else if (c == 0xF4) { len = 4; hi = 0x8F; }  // nothing above U+10FFFF
        else return i;
        if (i + 1 >= n || p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::string_view::npos;
}

bool cutShortAtEnd(std::string_view s, std::size_t bad) {
    const auto c = static_cast<unsigned char>(s[bad]);
    const std::size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || bad + len <= s.size()) return false;
    for (std::size_t i = bad + 1; i < s.size(); ++i)
        if (!isContinuationByte(s[i])) return false;
    return true;
}

std::string replaceInvalidUtf8(std::string s) {
    for (std::size_t bad = firstInvalidUtf8(s); bad != std::string_view::npos; bad = firstInvalidUtf8(s))
        s[bad] = '?';
    return s;
}

std::size_t codePointCount(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if (!isContinuationByte(c)) ++n;
    return n;
}

std::size_t codePointStart(std::string_view s, std::size_t at) {
    while (at > 0 && isContinuationByte(s[at])) --at;
    return at;
}

std::string_view trim(std::string_view s, std::string_view spaces) {
    const std::size_t first = s.find_first_not_of(spaces);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(spaces) - first + 1);
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lowerAscii(c);
    return out;
}

bool equalsNoCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i])) return false;
    return true;
}

}  // namespace air::text
