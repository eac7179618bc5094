// Register file, from JSON text to typed values: a SAX builder that makes an ordered tree in
// one pass (duplicate keys and too deep nesting are errors with their JSON path; syntax errors
// point at a line and column), JSON paths, and the typed value readers with their "expected X,
// got Y" errors (see register_json_internal.hpp for the other files).
//
// [SECTION] paths and positions
// [SECTION] the tree builder
// [SECTION] typed values
#include <algorithm>
#include <climits>
#include <cstdint>
#include <unordered_set>

#include "core/date.hpp"
#include "core/text.hpp"
#include "io/register_json_internal.hpp"

namespace air::io::json {

// ============================================================================
// [SECTION] paths and positions
// ============================================================================

namespace {
bool plainKey(std::string_view k) {
    if (k.empty()) return false;
    for (char c : k)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}
}  // namespace

// JSON path of a member: `parent.key`, or `parent["odd key"]` for keys that need quoting.
std::string member(const std::string& parent, std::string_view key) {
    if (plainKey(key)) return parent.empty() ? std::string(key) : parent + "." + std::string(key);
    return parent + "[" + J(std::string(key)).dump(-1, ' ', false, J::error_handler_t::replace) + "]";
}

std::string item(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

Location lineColumn(std::string_view text, std::size_t off) {
    off = std::min(off, text.size());
    std::size_t line = 1, lineStart = 0;
    for (std::size_t i = 0; i < off; ++i)
        if (text[i] == '\n') { ++line; lineStart = i + 1; }
    std::size_t col = 1 + text::codePointCount(text.substr(lineStart, off - lineStart));
    if (line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF" && off >= 3) --col;  // a BOM is no column
    return Location{Place::LineColumn, {std::to_string(line), std::to_string(col)}};
}

// ============================================================================
// [SECTION] the tree builder
// ============================================================================

namespace {

// Builds an ordered_json tree in one pass. Unlike the library's own builder it rejects
// duplicate keys (with their path), limits nesting depth, and appends object members without
// ordered_map's linear key search, so a huge object costs O(n), not O(n^2).
class TreeBuilder : public nlohmann::json_sax<J> {
public:
    J root;
    std::optional<Error> error;  // set when we stopped the parse ourselves
    bool syntaxFailed = false;
    std::size_t errorPos = 0;
    std::string errorToken;  // the offending token as read (control bytes shown as <U+XXXX>)
    std::string errorWhat;

    bool null() override { return add(J(nullptr)); }
    bool boolean(bool v) override { return add(J(v)); }
    bool number_integer(number_integer_t v) override { return add(J(v)); }
    bool number_unsigned(number_unsigned_t v) override { return add(J(v)); }
    bool number_float(number_float_t v, const string_t&) override { return add(J(v)); }
    bool string(string_t& v) override { return add(J(std::move(v))); }
    bool binary(binary_t&) override { return add(J(nullptr)); }  // not produced by JSON text

    bool start_object(std::size_t) override { return open(J::object()); }
    bool start_array(std::size_t) override { return open(J::array()); }
    bool end_object() override { m_stack.pop_back(); return true; }
    bool end_array() override { m_stack.pop_back(); return true; }

    bool key(string_t& k) override {
        Frame& f = m_stack.back();
        if (!f.keys.insert(k).second) {
            error = Error{member(f.path, k), Msg::DuplicateKey};
            return false;
        }
        f.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t pos, const std::string& token, const nlohmann::detail::exception& ex) override {
        syntaxFailed = true;
        errorPos = pos;
        errorToken = token;
        errorWhat = ex.what();
        return false;
    }

private:
    struct Frame {
        J* node;
        std::string path;
        std::string key;                     // objects: the key of the next value
        std::unordered_set<std::string> keys;  // objects: keys seen so far
    };
    std::vector<Frame> m_stack;

    // Appends v to the open container (or makes it the root); returns where it now lives.
    J* place(J v, std::string* path) {
        if (m_stack.empty()) {
            root = std::move(v);
            if (path) *path = "";
            return &root;
        }
        Frame& f = m_stack.back();
        if (f.node->is_array()) {
            auto& arr = f.node->get_ref<J::array_t&>();
            if (path) *path = item(f.path, arr.size());
            arr.push_back(std::move(v));
            return &arr.back();
        }
        auto& obj = f.node->get_ref<J::object_t&>();
        if (path) *path = member(f.path, f.key);
        obj.emplace_back(std::move(f.key), std::move(v));  // std::vector's: no key search
        return &obj.back().second;
    }
    bool add(J v) {
        place(std::move(v), nullptr);
        return true;
    }
    bool open(J container) {
        std::string path;
        J* node = place(std::move(container), &path);
        if (m_stack.size() >= std::size_t(kMaxJsonDepth)) {
            if (path.size() > 60) {  // "a[0][0][0]..." is long enough to find the spot
                std::size_t cut = path.rfind('[', 60);
                path = path.substr(0, cut == std::string::npos || cut == 0 ? 60 : cut) + "...";
            }
            error = Error{path.empty() ? Location{Place::TopLevel, {}} : Location(path),
                          Msg::TooDeep, {std::to_string(kMaxJsonDepth)}};
            return false;
        }
        m_stack.push_back(Frame{node, std::move(path), {}, {}});
        return true;
    }
};

// Strips nlohmann's "[json.exception.x.y] " and "parse error at line L, column C: " prefixes.
std::string cleanWhat(std::string what) {
    if (!what.empty() && what[0] == '[') {
        auto close = what.find("] ");
        if (close != std::string::npos) what.erase(0, close + 2);
    }
    if (what.rfind("parse error", 0) == 0) {
        auto colon = what.find(": ");
        if (colon != std::string::npos) what.erase(0, colon + 2);
    }
    return what;
}

// True when `t` is one string token (closed or not) or one number token. The lexer's token
// text sometimes also holds what came before (after `:` or `,`, or a bad literal).
bool singleToken(std::string_view t) {
    if (t.empty()) return false;
    if (t[0] == '"') {
        for (std::size_t i = 1; i < t.size(); ++i) {
            if (t[i] == '\\') ++i;
            else if (t[i] == '"') return i + 1 == t.size();
            else if (t[i] == '\n') return false;
        }
        return true;
    }
    return t.find_first_not_of("0123456789+-.eE") == std::string_view::npos;
}

}  // namespace

Result<J> parseTree(std::string_view text) {
    TreeBuilder b;
    bool ok = J::sax_parse(text.begin(), text.end(), &b, J::input_format_t::json, true, false);
    if (ok) return std::move(b.root);
    if (b.error) return *b.error;
    std::string detail = text::replaceInvalidUtf8(cleanWhat(b.errorWhat));  // "last read" may hold half a character
    if (b.errorPos > text.size()) return Error{lineColumn(text, text.size()), Msg::Truncated, {detail}};
    // errorPos counts the bytes read up to and including the bad token. Point at the token's
    // start when the lexer's copy of it is exactly the bytes just read (it is not always),
    // else at the last byte read.
    std::string token;
    const std::string& t = b.errorToken;
    for (std::size_t i = 0; i < t.size(); ++i) {
        unsigned code = 0;
        bool esc = t.compare(i, 3, "<U+") == 0 && i + 8 <= t.size() && t[i + 7] == '>';
        for (std::size_t k = i + 3; esc && k < i + 7; ++k) {
            char h = t[k];
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) esc = false;
            code = code * 16 + unsigned(d);
        }
        if (esc) {  // "<U+000A>" stands for one control byte
            token += char(code);
            i += 7;
        } else {
            token += t[i];
        }
    }
    std::size_t off = b.errorPos > 0 ? b.errorPos - 1 : 0;
    if (singleToken(token) && token.size() <= b.errorPos &&
        text.substr(b.errorPos - token.size(), token.size()) == token)
        off = b.errorPos - token.size();
    return Error{lineColumn(text, off), Msg::NotJson, {detail}};
}

std::string dumpCompact(const J& j) { return j.dump(-1, ' ', false, J::error_handler_t::replace); }

J parseExtra(const std::string& extra) {
    if (extra.empty() || text::firstInvalidUtf8(extra) != std::string_view::npos) return J::object();
    Result<J> r = parseTree(extra);
    if (!r.ok() || !r->is_object()) return J::object();
    return std::move(*r);
}

// ============================================================================
// [SECTION] typed values
// ============================================================================

namespace {
// True when s[from, from + count) are all decimal digits.
bool digits(std::string_view s, std::size_t from, std::size_t count) {
    if (from + count > s.size()) return false;
    for (std::size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}
}  // namespace

Arg got(const J& v) {
    if (v.is_object()) return Term::AnObject;
    if (v.is_array()) return Term::AnArray;
    if (v.is_string()) {
        const std::string& s = v.get_ref<const std::string&>();
        if (text::codePointCount(s) <= 40) return dumpCompact(v);
        std::size_t cut = 0, chars = 0;
        while (cut < s.size() && chars < 40) {
            ++cut;
            while (cut < s.size() && text::isContinuationByte(s[cut])) ++cut;
            ++chars;
        }
        std::string d = dumpCompact(J(s.substr(0, cut)));
        d.insert(d.size() - 1, "...");
        return d;
    }
    return dumpCompact(v);
}

std::string quotedKey(std::string_view s) { return dumpCompact(J(std::string(s))); }

bool readString(Ctx& c, const J& v, const std::string& p, std::string& out) {
    if (!v.is_string()) return c.fail(p, Msg::ExpString, {got(v)});
    out = v.get_ref<const std::string&>();
    return true;
}

bool readBool(Ctx& c, const J& v, const std::string& p, bool& out) {
    if (!v.is_boolean()) return c.fail(p, Msg::ExpBool, {got(v)});
    out = v.get<bool>();
    return true;
}

bool readCount(Ctx& c, const J& v, const std::string& p, int& out) {
    if (v.is_number_unsigned() && v.get<std::uint64_t>() <= std::uint64_t(INT_MAX)) {
        out = int(v.get<std::uint64_t>());
        return true;
    }
    return c.fail(p, Msg::ExpCount, {std::to_string(INT_MAX), got(v)});
}

// "" or YYYY-MM-DD.
bool readDate(Ctx& c, const J& v, const std::string& p, std::string& out) {
    if (!readString(c, v, p, out)) return false;
    if (out.empty() || air::isValidDate(out)) return true;
    bool shaped = out.size() == 10 && digits(out, 0, 4) && out[4] == '-' && digits(out, 5, 2) &&
                  out[7] == '-' && digits(out, 8, 2);
    return c.fail(p, shaped ? Msg::NoSuchDay : Msg::BadDate, {got(v)});
}

// "" or an RFC 3339 timestamp.
bool readTimestamp(Ctx& c, const J& v, const std::string& p, std::string& out) {
    if (!readString(c, v, p, out)) return false;
    if (!out.empty() && !air::isValidTimestamp(out)) return c.fail(p, Msg::BadTimestamp, {got(v)});
    return true;
}

// A required, non-blank string (ids, names).
bool readRequired(Ctx& c, const J& v, const std::string& p, std::string& out) {
    if (!readString(c, v, p, out)) return false;
    if (text::isBlank(out, text::kJsonSpace)) return c.fail(p, Msg::EmptyValue);
    return true;
}

}  // namespace air::io::json
