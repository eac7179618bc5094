// json_valid(X) for the schema's CHECKs: see json_valid.hpp.
#include "store/json_valid.hpp"

#include <sqlite3.h>

namespace air::store {

namespace {

constexpr int kMaxDepth = 1000;  // SQLite's JSON_MAX_DEPTH

// A recursive-descent syntax check over [p, end): nothing is built, nothing allocated.
struct Checker {
    const char* p;
    const char* end;
    int depth = 0;

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    void space() {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
    }
    bool at(char c) const { return p < end && *p == c; }
    bool word(std::string_view w) {
        if (std::string_view(p, std::size_t(end - p)).substr(0, w.size()) != w) return false;
        p += w.size();
        return true;
    }
    bool digits() {
        if (p == end || !isDigit(*p)) return false;
        while (p < end && isDigit(*p)) ++p;
        return true;
    }
    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number() {
        if (at('-')) ++p;
        if (at('0')) ++p;
        else if (!digits()) return false;
        if (at('.')) {
            ++p;
            if (!digits()) return false;
        }
        if (at('e') || at('E')) {
            ++p;
            if (at('+') || at('-')) ++p;
            if (!digits()) return false;
        }
        return true;
    }
    // At the opening quote: no raw control characters, only RFC 8259's escapes.
    bool string() {
        ++p;
        while (p < end) {
            const unsigned char c = static_cast<unsigned char>(*p++);
            if (c == '"') return true;
            if (c < 0x20) return false;
            if (c != '\\') continue;
            if (p == end) return false;
            const char e = *p++;
            if (e == 'u') {
                for (int i = 0; i < 4; ++i, ++p)
                    if (p == end || !isHex(*p)) return false;
            } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                return false;
            }
        }
        return false;
    }
    // '[' value (',' value)* ']' or '{' string ':' value (',' ...)* '}', at the opening bracket.
    bool container(bool object) {
        if (++depth > kMaxDepth) return false;
        const char close = object ? '}' : ']';
        ++p;
        space();
        if (at(close)) {
            ++p;
            --depth;
            return true;
        }
        for (;;) {
            if (object) {
                space();
                if (!at('"') || !string()) return false;
                space();
                if (!at(':')) return false;
                ++p;
            }
            if (!value()) return false;
            space();
            if (at(',')) {
                ++p;
                continue;
            }
            if (!at(close)) return false;
            ++p;
            --depth;
            return true;
        }
    }
    bool value() {
        space();
        if (p == end) return false;
        switch (*p) {
            case '{': return container(true);
            case '[': return container(false);
            case '"': return string();
            case 't': return word("true");
            case 'f': return word("false");
            case 'n': return word("null");
            default: return (*p == '-' || isDigit(*p)) && number();
        }
    }
};

void jsonValidFn(sqlite3_context* ctx, int, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;  // NULL, as SQLite's own
    const char* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int n = sqlite3_value_bytes(argv[0]);
    sqlite3_result_int(ctx, text && isJsonText(std::string_view(text, std::size_t(n))) ? 1 : 0);
}

}  // namespace

bool isJsonText(std::string_view text) {
    text = text.substr(0, text.find('\0'));  // SQLite reads the text as a C string
    Checker c{text.data(), text.data() + text.size()};
    if (!c.value()) return false;
    c.space();
    return c.p == c.end;
}

int registerJsonValid(sqlite3* db) {
    return sqlite3_create_function_v2(db, "json_valid", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      jsonValidFn, nullptr, nullptr, nullptr);
}

}  // namespace air::store
