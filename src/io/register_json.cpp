// Register file format v1: reader with strict validation, writer, Dutch error rendering.
//
// [SECTION] messages        every error text, English and Dutch, as templates with {0} {1}
// [SECTION] text checks     line/column (UTF-8, dates and timestamps: core/text, core/date)
// [SECTION] JSON tree       a SAX builder: depth limit, duplicate keys, ordered keys, O(n)
// [SECTION] typed values    string, bool, enum, date ... with "expected X, got Y" errors
// [SECTION] records         processor, screening, review, activity, workshop
// [SECTION] parseRegister
// [SECTION] writer
// [SECTION] describe        English message -> Dutch, by matching the templates
#include "io/register_json.hpp"

#include <nlohmann/json.hpp>

#include "core/date.hpp"
#include "core/fields.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace air::io {
namespace {

using J = nlohmann::ordered_json;

// ============================================================================
// [SECTION] messages
// ============================================================================

enum class Msg {
    TooBig, Empty, BadUtf8, NotJson, Truncated, TooDeep, DuplicateKey,
    ExpObject, ExpArray, ExpString, ExpBool, ExpInteger, ExpCount, ExpOneOf, UnknownValue,
    Missing, EmptyValue, TooLong, DuplicateId, BadDate, NoSuchDay, BadTimestamp,
    FormatMissing, FormatWrong, VersionUnsupported, UnknownKey, ListedTwice, COUNT
};

struct MsgText {
    std::string_view en, nl;
};

// {0}, {1} are the arguments. Keep each English template unambiguous: describe() matches them.
constexpr MsgText kMsgs[] = {
    {"file is {0} MB; the limit is {1} MB", "bestand is {0} MB; de limiet is {1} MB"},
    {"the file is empty", "het bestand is leeg"},
    {"invalid UTF-8 (byte 0x{0}); save the file as UTF-8",
     "ongeldige UTF-8 (byte 0x{0}); sla het bestand op als UTF-8"},
    {"not valid JSON: {0}", "geen geldige JSON: {0}"},
    {"the file ends too early, it looks truncated: {0}",
     "het bestand houdt te vroeg op, het lijkt afgekapt: {0}"},
    {"nested more than {0} levels deep", "meer dan {0} niveaus diep genest"},
    {"this key appears more than once in the same object",
     "deze sleutel komt meer dan eens voor in hetzelfde object"},
    {"expected an object, got {0}", "verwacht een object, maar kreeg {0}"},
    {"expected an array, got {0}", "verwacht een lijst (array), maar kreeg {0}"},
    {"expected a string, got {0}", "verwacht een tekst (string), maar kreeg {0}"},
    {"expected true or false, got {0}", "verwacht true of false, maar kreeg {0}"},
    {"expected a whole number, got {0}", "verwacht een geheel getal, maar kreeg {0}"},
    {"expected a whole number from 0 to {0}, got {1}",
     "verwacht een geheel getal van 0 tot en met {0}, maar kreeg {1}"},
    {"expected one of {0}, got {1}", "verwacht een van {0}, maar kreeg {1}"},
    {"unknown value {0}; allowed: {1}", "onbekende waarde {0}; toegestaan: {1}"},
    {"missing; this field is required", "ontbreekt; dit veld is verplicht"},
    {"must not be empty", "mag niet leeg zijn"},
    {"is {0} characters long; the limit is {1}", "is {0} tekens lang; de limiet is {1}"},
    {"duplicate id {0}: {1} has the same id", "dubbele id {0}: {1} heeft dezelfde id"},
    {"expected a date as YYYY-MM-DD, got {0}", "verwacht een datum als JJJJ-MM-DD, maar kreeg {0}"},
    {"{0} is not a day in the calendar", "{0} bestaat niet in de kalender"},
    {"expected an RFC 3339 timestamp such as \"2026-11-25T09:00:00Z\", got {0}",
     "verwacht een RFC 3339-tijdstip zoals \"2026-11-25T09:00:00Z\", maar kreeg {0}"},
    {"missing; a register file has \"format\": \"ai-activity-register\" (this is not a register file)",
     "ontbreekt; een registerbestand heeft \"format\": \"ai-activity-register\" (dit is geen registerbestand)"},
    {"expected \"ai-activity-register\", got {0} (this is not a register file)",
     "verwacht \"ai-activity-register\", maar kreeg {0} (dit is geen registerbestand)"},
    {"format_version {0} is not supported; this program reads format_version 1",
     "format_version {0} wordt niet ondersteund; dit programma leest format_version 1"},
    {"unknown key; allowed: {0}", "onbekende sleutel; toegestaan: {0}"},
    {"{0} is listed more than once", "{0} staat er meer dan eens in"},
};
static_assert(std::size(kMsgs) == std::size_t(Msg::COUNT), "kMsgs and Msg differ");

// Where-texts that are positions rather than JSON paths.
constexpr MsgText kWheres[] = {
    {"line {0}, column {1}", "regel {0}, kolom {1}"},
    {"byte {0}", "byte {0}"},
    {"top level", "hoofdniveau"},
};

// Fills a template's {0}, {1} ... with args.
std::string fill(std::string_view tpl, const std::vector<std::string>& args) {
    std::string out;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        if (tpl[i] == '{' && i + 2 < tpl.size() && tpl[i + 2] == '}' && tpl[i + 1] >= '0' &&
            tpl[i + 1] <= '9') {
            std::size_t k = std::size_t(tpl[i + 1] - '0');
            if (k < args.size()) out += args[k];
            i += 2;
        } else {
            out += tpl[i];
        }
    }
    return out;
}

std::string msg(Msg m, std::initializer_list<std::string> args = {}) {
    return fill(kMsgs[std::size_t(m)].en, std::vector<std::string>(args));
}

// ============================================================================
// [SECTION] text checks
// ============================================================================

// "line L, column C" (1-based, columns in characters) of byte offset `off`.
std::string lineColumn(std::string_view text, std::size_t off) {
    off = std::min(off, text.size());
    std::size_t line = 1, lineStart = 0;
    for (std::size_t i = 0; i < off; ++i)
        if (text[i] == '\n') { ++line; lineStart = i + 1; }
    std::size_t col = 1 + text::codePointCount(text.substr(lineStart, off - lineStart));
    if (line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF" && off >= 3) --col;  // a BOM is no column
    return fill(kWheres[0].en, {std::to_string(line), std::to_string(col)});
}

// True when s[from, from + count) are all decimal digits.
bool digits(std::string_view s, std::size_t from, std::size_t count) {
    if (from + count > s.size()) return false;
    for (std::size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

}  // namespace

bool isValidUtf8(std::string_view s) { return text::isValidUtf8(s); }
bool isValidDate(std::string_view s) { return air::isValidDate(s); }
bool isValidTimestamp(std::string_view s) { return air::isValidTimestamp(s); }

Status checkRegisterSize(std::uintmax_t bytes) {
    if (bytes <= kMaxRegisterBytes) return okStatus();
    // Rounded up, so a file just over the limit never reads "20.0 MB; the limit is 20 MB".
    double mb = std::ceil(double(bytes) * 10.0 / (1024.0 * 1024.0)) / 10.0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", mb);
    return Error{"", msg(Msg::TooBig, {buf, std::to_string(kMaxRegisterBytes / (1024 * 1024))})};
}

namespace {

// ============================================================================
// [SECTION] JSON tree
// ============================================================================

bool plainKey(std::string_view k) {
    if (k.empty()) return false;
    for (char c : k)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

// JSON path of a member: `parent.key`, or `parent["odd key"]` for keys that need quoting.
std::string member(const std::string& parent, std::string_view key) {
    if (plainKey(key)) return parent.empty() ? std::string(key) : parent + "." + std::string(key);
    return parent + "[" + J(std::string(key)).dump(-1, ' ', false, J::error_handler_t::replace) + "]";
}

std::string item(const std::string& parent, std::size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

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
            error = Error{member(f.path, k), msg(Msg::DuplicateKey)};
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
            error = Error{path.empty() ? std::string(kWheres[2].en) : path,
                          msg(Msg::TooDeep, {std::to_string(kMaxJsonDepth)})};
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

// Parses JSON text into an ordered tree (already known to be valid UTF-8).
Result<J> parseTree(std::string_view text) {
    TreeBuilder b;
    bool ok = J::sax_parse(text.begin(), text.end(), &b, J::input_format_t::json, true, false);
    if (ok) return std::move(b.root);
    if (b.error) return *b.error;
    std::string detail = text::replaceInvalidUtf8(cleanWhat(b.errorWhat));  // "last read" may hold half a character
    if (b.errorPos > text.size()) return Error{lineColumn(text, text.size()), msg(Msg::Truncated, {detail})};
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
    return Error{lineColumn(text, off), msg(Msg::NotJson, {detail})};
}

std::string dumpCompact(const J& j) { return j.dump(-1, ' ', false, J::error_handler_t::replace); }

// ============================================================================
// [SECTION] typed values
// ============================================================================

// How a value reads in "got ..." texts: strings quoted (cut at 40 characters), containers named.
std::string got(const J& v) {
    if (v.is_object()) return "an object";
    if (v.is_array()) return "an array";
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

template <class E>
std::string allowedKeys() {
    std::string out;
    for (E e : allOf<E>()) {
        if (!out.empty()) out += ", ";
        out += quotedKey(keyOf(e));
    }
    return out;
}

// Collects the first error; every reader returns false once something is wrong.
struct Ctx {
    std::optional<Error> error;
    bool fail(std::string where, std::string message) {
        if (!error) error = Error{std::move(where), std::move(message)};
        return false;
    }
};

bool readString(Ctx& c, const J& v, const std::string& p, std::string& out) {
    if (!v.is_string()) return c.fail(p, msg(Msg::ExpString, {got(v)}));
    out = v.get_ref<const std::string&>();
    return true;
}

bool readBool(Ctx& c, const J& v, const std::string& p, bool& out) {
    if (!v.is_boolean()) return c.fail(p, msg(Msg::ExpBool, {got(v)}));
    out = v.get<bool>();
    return true;
}

bool readCount(Ctx& c, const J& v, const std::string& p, int& out) {
    if (v.is_number_unsigned() && v.get<std::uint64_t>() <= std::uint64_t(INT_MAX)) {
        out = int(v.get<std::uint64_t>());
        return true;
    }
    return c.fail(p, msg(Msg::ExpCount, {std::to_string(INT_MAX), got(v)}));
}

template <class E>
bool readEnum(Ctx& c, const J& v, const std::string& p, E& out) {
    if (!v.is_string()) return c.fail(p, msg(Msg::ExpOneOf, {allowedKeys<E>(), got(v)}));
    auto e = parseKey<E>(v.get_ref<const std::string&>());
    if (!e) return c.fail(p, msg(Msg::UnknownValue, {got(v), allowedKeys<E>()}));
    out = *e;
    return true;
}

// An array of enum keys, each at most once.
template <class E>
bool readEnumList(Ctx& c, const J& v, const std::string& p, std::vector<E>& out) {
    if (!v.is_array()) return c.fail(p, msg(Msg::ExpArray, {got(v)}));
    out.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        E e{};
        std::string ip = item(p, i++);
        if (!readEnum(c, x, ip, e)) return false;
        if (std::find(out.begin(), out.end(), e) != out.end())
            return c.fail(ip, msg(Msg::ListedTwice, {quotedKey(keyOf(e))}));
        out.push_back(e);
    }
    return true;
}

// "" or YYYY-MM-DD.
bool readDate(Ctx& c, const J& v, const std::string& p, std::string& out) {
    if (!readString(c, v, p, out)) return false;
    if (out.empty() || isValidDate(out)) return true;
    bool shaped = out.size() == 10 && digits(out, 0, 4) && out[4] == '-' && digits(out, 5, 2) &&
                  out[7] == '-' && digits(out, 8, 2);
    return c.fail(p, msg(shaped ? Msg::NoSuchDay : Msg::BadDate, {got(v)}));
    return true;
}

// "" or an RFC 3339 timestamp.
bool readTimestamp(Ctx& c, const J& v, const std::string& p, std::string& out) {
    if (!readString(c, v, p, out)) return false;
    if (!out.empty() && !isValidTimestamp(out)) return c.fail(p, msg(Msg::BadTimestamp, {got(v)}));
    return true;
}

// A required, non-blank string (ids, names).
bool readRequired(Ctx& c, const J& v, const std::string& p, std::string& out) {
    if (!readString(c, v, p, out)) return false;
    if (text::isBlank(out, text::kJsonSpace)) return c.fail(p, msg(Msg::EmptyValue));
    return true;
}

const J::object_t& members(const J& obj) { return obj.get_ref<const J::object_t&>(); }

// ============================================================================
// [SECTION] records
// ============================================================================
// Each record has a table of its documented keys: key, reader, writer. Readers walk the
// object once, in file order; unknown keys go to `extra` (or are an error where the model
// has no `extra`).

template <class T>
struct Field {
    std::string_view key;
    bool (*read)(Ctx&, const J&, const std::string&, T&);
    J (*write)(const T&);
};

template <class E>
J enumList(const std::vector<E>& v) {
    J out = J::array();
    for (E e : v) out.push_back(std::string(keyOf(e)));
    return out;
}

template <class Table>
auto findField(const Table& table, std::string_view key) -> decltype(&*std::begin(table)) {
    for (const auto& f : table)
        if (f.key == key) return &f;
    return nullptr;
}

template <class Table>
std::string keyList(const Table& table) {
    std::string out;
    for (const auto& f : table) {
        if (!out.empty()) out += ", ";
        out += f.key;
    }
    return out;
}

// Reads an object through its field table. With `extra` null, unknown keys are errors.
template <class Table, class T>
bool readRecord(Ctx& c, const J& v, const std::string& p, const Table& table, T& out,
                std::string* extra) {
    if (!v.is_object()) return c.fail(p, msg(Msg::ExpObject, {got(v)}));
    J unknown = J::object();
    auto& unk = unknown.get_ref<J::object_t&>();
    for (const auto& [k, val] : members(v)) {
        if (const Field<T>* f = findField(table, k)) {
            if (!f->read(c, val, member(p, k), out)) return false;
        } else if (extra) {
            unk.emplace_back(k, val);
        } else {
            return c.fail(member(p, k), msg(Msg::UnknownKey, {keyList(table)}));
        }
    }
    if (extra) *extra = unk.empty() ? std::string() : dumpCompact(unknown);
    return true;
}

// Parses `extra` text back into members (ignored when it is not a JSON object).
J parseExtra(const std::string& extra) {
    if (extra.empty() || text::firstInvalidUtf8(extra) != std::string_view::npos) return J::object();
    Result<J> r = parseTree(extra);
    if (!r.ok() || !r->is_object()) return J::object();
    return std::move(*r);
}

// Writes a record: the table's keys in order, then the extra keys that do not clash.
template <class Table, class T>
J writeRecord(const T& v, const Table& table, const std::string* extra) {
    J out = J::object();
    auto& obj = out.get_ref<J::object_t&>();
    for (const Field<T>& f : table) {
        J val = f.write(v);
        if (!val.is_discarded()) obj.emplace_back(std::string(f.key), std::move(val));
    }
    if (extra && !extra->empty()) {
        J ex = parseExtra(*extra);
        for (auto& [k, val] : ex.get_ref<J::object_t&>())
            if (!findField(table, k)) obj.emplace_back(k, std::move(val));
    }
    return out;
}

#define AIR_STR(T, m)                                                                        \
    Field<T> {                                                                               \
        #m, [](Ctx& c, const J& v, const std::string& p, T& o) { return readString(c, v, p, o.m); }, \
            [](const T& o) { return J(o.m); }                                                \
    }
#define AIR_BOOL(T, m)                                                                       \
    Field<T> {                                                                               \
        #m, [](Ctx& c, const J& v, const std::string& p, T& o) { return readBool(c, v, p, o.m); }, \
            [](const T& o) { return J(o.m); }                                                \
    }
#define AIR_ENUM(T, m)                                                                       \
    Field<T> {                                                                               \
        #m, [](Ctx& c, const J& v, const std::string& p, T& o) { return readEnum(c, v, p, o.m); }, \
            [](const T& o) { return J(std::string(keyOf(o.m))); }                            \
    }
#define AIR_ENUMS(T, m)                                                                      \
    Field<T> {                                                                               \
        #m, [](Ctx& c, const J& v, const std::string& p, T& o) { return readEnumList(c, v, p, o.m); }, \
            [](const T& o) { return enumList(o.m); }                                         \
    }
#define AIR_DATE(T, m)                                                                       \
    Field<T> {                                                                               \
        #m, [](Ctx& c, const J& v, const std::string& p, T& o) { return readDate(c, v, p, o.m); }, \
            [](const T& o) { return J(o.m); }                                                \
    }
#define AIR_TIME(T, m)                                                                       \
    Field<T> {                                                                               \
        #m, [](Ctx& c, const J& v, const std::string& p, T& o) { return readTimestamp(c, v, p, o.m); }, \
            [](const T& o) { return J(o.m); }                                                \
    }
#define AIR_COUNT(T, m)                                                                      \
    Field<T> {                                                                               \
        #m, [](Ctx& c, const J& v, const std::string& p, T& o) { return readCount(c, v, p, o.m); }, \
            [](const T& o) { return J(o.m); }                                                \
    }

// ---- processor ----------------------------------------------------------------------
const Field<Processor> kProcessorFields[] = {
    AIR_STR(Processor, name),
    AIR_ENUM(Processor, role),
    AIR_BOOL(Processor, dpa_signed),
    AIR_BOOL(Processor, outside_eu),
    AIR_STR(Processor, country),
    AIR_ENUM(Processor, transfer_safeguard),
    AIR_ENUMS(Processor, certifications),
    AIR_ENUM(Processor, reuses_data_for_training),
};

// ---- screening: the flags of kScreeningFlags, then annex_iii ---------------------------
bool readScreening(Ctx& c, const J& v, const std::string& p, Screening& s) {
    if (!v.is_object()) return c.fail(p, msg(Msg::ExpObject, {got(v)}));
    for (const auto& [k, val] : members(v)) {
        std::string kp = member(p, k);
        if (k == "annex_iii") {
            if (!readEnum(c, val, kp, s.annex_iii)) return false;
            continue;
        }
        const ScreeningFlag* flag = nullptr;
        for (const ScreeningFlag& f : kScreeningFlags)
            if (k == f.key) flag = &f;
        if (!flag) {
            std::string allowed;
            for (const ScreeningFlag& f : kScreeningFlags) allowed += std::string(f.key) + ", ";
            return c.fail(kp, msg(Msg::UnknownKey, {allowed + "annex_iii"}));
        }
        if (!readBool(c, val, kp, s.*(flag->member))) return false;
    }
    return true;
}

J writeScreening(const Screening& s) {
    J out = J::object();
    auto& obj = out.get_ref<J::object_t&>();
    for (const ScreeningFlag& f : kScreeningFlags) obj.emplace_back(f.key, J(s.*(f.member)));
    obj.emplace_back("annex_iii", J(std::string(keyOf(s.annex_iii))));
    return out;
}

// ---- review ---------------------------------------------------------------------------
const Field<Review> kReviewFields[] = {
    AIR_ENUM(Review, status),
    AIR_STR(Review, reviewer),
    AIR_DATE(Review, reviewed_at),
    AIR_DATE(Review, next_review),
};

// ---- activity (register-file order: the field table of core/fields.hpp) ----------------
bool readProcessors(Ctx& c, const J& v, const std::string& p, Activity& a) {
    if (!v.is_array()) return c.fail(p, msg(Msg::ExpArray, {got(v)}));
    a.processors.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        Processor pr;
        if (!readRecord(c, x, item(p, i++), kProcessorFields, pr, &pr.extra)) return false;
        a.processors.push_back(std::move(pr));
    }
    return true;
}

J writeProcessors(const Activity& a) {
    J out = J::array();
    for (const Processor& pr : a.processors) out.push_back(writeRecord(pr, kProcessorFields, &pr.extra));
    return out;
}

// One entry per field of the table (core/fields.hpp), by kind. The name's length is checked
// by readIdentified (it needs the whole record's path).
#define AIR_JSON_Id(key, m)                                                                    \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readRequired(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Text(key, m)                                                                  \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readString(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Bool(key, m)                                                                  \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readBool(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Enum(key, m)                                                                  \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readEnum(c, v, p, a.m); }, \
            [](const Activity& a) { return J(std::string(keyOf(a.m))); }                       \
    }
#define AIR_JSON_EnumList(key, m)                                                              \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readEnumList(c, v, p, a.m); }, \
            [](const Activity& a) { return enumList(a.m); }                                    \
    }
#define AIR_JSON_Date(key, m)                                                                  \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readDate(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Timestamp(key, m)                                                             \
    Field<Activity> {                                                                          \
        key, [](Ctx& c, const J& v, const std::string& p, Activity& a) { return readTimestamp(c, v, p, a.m); }, \
            [](const Activity& a) { return J(a.m); }                                           \
    }
#define AIR_JSON_Screening(key, m)                                                             \
    Field<Activity> {                                                                          \
        key,                                                                                   \
            [](Ctx& c, const J& v, const std::string& p, Activity& a) {                        \
                if (v.is_null()) { /* null reads as absent: unassessed */                      \
                    a.m.reset();                                                               \
                    return true;                                                               \
                }                                                                              \
                Screening s;                                                                   \
                if (!readScreening(c, v, p, s)) return false;                                  \
                a.m = s;                                                                       \
                return true;                                                                   \
            },                                                                                 \
            /* Absent screening is written as no key at all (discarded = skip). */             \
            [](const Activity& a) { return a.m ? writeScreening(*a.m) : J(J::value_t::discarded); } \
    }
#define AIR_JSON_Processors(key, m) Field<Activity>{key, readProcessors, writeProcessors}
#define AIR_JSON_FIELD(key, member, kind, ...) AIR_JSON_##kind(key, member),
const Field<Activity> kActivityLeafFields[] = {AIR_ACTIVITY_FIELDS(AIR_JSON_FIELD)};
#undef AIR_JSON_FIELD
static_assert(std::size(kActivityLeafFields) == kActivityFieldCount);

// The file's activity keys: the table's, with the four "review.x" fields as one "review"
// object in the place of the first.
const Field<Activity> kReviewObject = {
    "review",
    [](Ctx& c, const J& v, const std::string& p, Activity& a) {
        a.review = Review{};
        return readRecord(c, v, p, kReviewFields, a.review, nullptr);
    },
    [](const Activity& a) { return writeRecord(a.review, kReviewFields, nullptr); }};

const std::vector<Field<Activity>> kActivityFields = [] {
    std::vector<Field<Activity>> v;
    for (const Field<Activity>& f : kActivityLeafFields) {
        if (f.key.starts_with("review.")) {
            if (v.back().key != "review") v.push_back(kReviewObject);
            continue;
        }
        v.push_back(f);
    }
    return v;
}();

// ---- workshops ------------------------------------------------------------------------
// Principle is required in votes and notes: a silent default would misfile the vote.
bool requireKey(Ctx& c, const J& v, const std::string& p, std::string_view key) {
    if (v.is_object() && v.find(std::string(key)) == v.end())
        return c.fail(member(p, key), msg(Msg::Missing));
    return true;
}

const Field<Vote> kVoteFields[] = {
    AIR_STR(Vote, activity_id), AIR_ENUM(Vote, principle), AIR_COUNT(Vote, green),
    AIR_COUNT(Vote, amber), AIR_COUNT(Vote, red),
};
const Field<WorkshopNote> kNoteFields[] = {
    AIR_STR(WorkshopNote, activity_id), AIR_ENUM(WorkshopNote, principle), AIR_STR(WorkshopNote, text),
};
const Field<WorkshopAction> kActionFields[] = {
    AIR_STR(WorkshopAction, activity_id), AIR_STR(WorkshopAction, text), AIR_STR(WorkshopAction, owner),
    AIR_DATE(WorkshopAction, due), AIR_BOOL(WorkshopAction, done),
};

template <class T, std::size_t N>
bool readList(Ctx& c, const J& v, const std::string& p, const Field<T> (&table)[N], std::vector<T>& out,
              std::string_view requiredKey) {
    if (!v.is_array()) return c.fail(p, msg(Msg::ExpArray, {got(v)}));
    out.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        T rec;
        std::string ip = item(p, i++);
        if (!readRecord(c, x, ip, table, rec, nullptr)) return false;
        if (!requiredKey.empty() && !requireKey(c, x, ip, requiredKey)) return false;
        out.push_back(std::move(rec));
    }
    return true;
}

template <class T, std::size_t N>
J writeList(const std::vector<T>& v, const Field<T> (&table)[N]) {
    J out = J::array();
    for (const T& rec : v) out.push_back(writeRecord(rec, table, nullptr));
    return out;
}

const Field<Workshop> kWorkshopFields[] = {
    {"id", [](Ctx& c, const J& v, const std::string& p, Workshop& w) { return readRequired(c, v, p, w.id); },
     [](const Workshop& w) { return J(w.id); }},
    AIR_STR(Workshop, title),
    AIR_DATE(Workshop, date),
    AIR_STR(Workshop, facilitator),
    {"activity_ids",
     [](Ctx& c, const J& v, const std::string& p, Workshop& w) {
         if (!v.is_array()) return c.fail(p, msg(Msg::ExpArray, {got(v)}));
         w.activity_ids.clear();
         std::size_t i = 0;
         for (const J& x : v) {
             std::string s;
             if (!readString(c, x, item(p, i++), s)) return false;
             w.activity_ids.push_back(std::move(s));
         }
         return true;
     },
     [](const Workshop& w) {
         J out = J::array();
         for (const std::string& s : w.activity_ids) out.push_back(s);
         return out;
     }},
    {"votes",
     [](Ctx& c, const J& v, const std::string& p, Workshop& w) {
         return readList(c, v, p, kVoteFields, w.votes, "principle");
     },
     [](const Workshop& w) { return writeList(w.votes, kVoteFields); }},
    {"notes",
     [](Ctx& c, const J& v, const std::string& p, Workshop& w) {
         return readList(c, v, p, kNoteFields, w.notes, "principle");
     },
     [](const Workshop& w) { return writeList(w.notes, kNoteFields); }},
    {"actions",
     [](Ctx& c, const J& v, const std::string& p, Workshop& w) {
         return readList(c, v, p, kActionFields, w.actions, "");
     },
     [](const Workshop& w) { return writeList(w.actions, kActionFields); }},
};

// ---- controller (the optional top-level "controller" object, Art. 30(1)(a)) ------------
const Field<Dpo> kDpoFields[] = {AIR_STR(Dpo, name), AIR_STR(Dpo, contact)};
const Field<Controller> kControllerFields[] = {
    AIR_STR(Controller, name),
    AIR_STR(Controller, address),
    AIR_STR(Controller, contact),
    {"dpo",
     [](Ctx& c, const J& v, const std::string& p, Controller& x) {
         x.dpo = Dpo{};
         return readRecord(c, v, p, kDpoFields, x.dpo, nullptr);
     },
     [](const Controller& x) { return writeRecord(x.dpo, kDpoFields, nullptr); }},
};

// ---- tombstones (the optional top-level "deleted" array) -------------------------------
const Field<Tombstone> kTombstoneFields[] = {
    {"id", [](Ctx& c, const J& v, const std::string& p, Tombstone& t) { return readRequired(c, v, p, t.id); },
     [](const Tombstone& t) { return J(t.id); }},
    // Required and never empty: a tombstone without a time cannot take part in a merge.
    {"deleted_at",
     [](Ctx& c, const J& v, const std::string& p, Tombstone& t) {
         return readRequired(c, v, p, t.deleted_at) && readTimestamp(c, v, p, t.deleted_at);
     },
     [](const Tombstone& t) { return J(t.deleted_at); }},
};

// ---- conflicts (the optional top-level "conflicts" array) ------------------------------
constexpr std::string_view kConflictKinds[] = {"activity", "workshop", "register"};

bool readConflictKind(Ctx& c, const J& v, const std::string& p, FieldConflict& x) {
    std::string allowed;
    for (std::string_view k : kConflictKinds) allowed += (allowed.empty() ? "" : ", ") + quotedKey(k);
    if (!v.is_string()) return c.fail(p, msg(Msg::ExpOneOf, {allowed, got(v)}));
    x.kind = v.get_ref<const std::string&>();
    if (std::find(std::begin(kConflictKinds), std::end(kConflictKinds), x.kind) == std::end(kConflictKinds))
        return c.fail(p, msg(Msg::UnknownValue, {got(v), allowed}));
    return true;
}

J jsonText(const std::string& text) {
    if (text.empty()) return J(nullptr);
    Result<J> r = parseTree(text);
    return r.ok() ? std::move(*r) : J(nullptr);
}

#define AIR_ANY(m)                                                                                \
    Field<FieldConflict> {                                                                        \
        #m, [](Ctx&, const J& v, const std::string&, FieldConflict& x) { x.m = dumpCompact(v); return true; }, \
            [](const FieldConflict& x) { return jsonText(x.m); }                                  \
    }
const Field<FieldConflict> kConflictFields[] = {
    {"id", [](Ctx& c, const J& v, const std::string& p, FieldConflict& x) { return readRequired(c, v, p, x.id); },
     // A top-level conflict has no record, so no id.
     [](const FieldConflict& x) { return x.kind == "register" ? J(J::value_t::discarded) : J(x.id); }},
    {"kind", readConflictKind, [](const FieldConflict& x) { return J(x.kind); }},
    {"field", [](Ctx& c, const J& v, const std::string& p, FieldConflict& x) { return readRequired(c, v, p, x.field); },
     [](const FieldConflict& x) { return J(x.field); }},
    AIR_ANY(base),
    AIR_ANY(ours),
    AIR_ANY(theirs),
};
#undef AIR_ANY

#undef AIR_STR
#undef AIR_BOOL
#undef AIR_ENUM
#undef AIR_ENUMS
#undef AIR_DATE
#undef AIR_TIME
#undef AIR_COUNT

// Reads an array of records that carry a required, unique `id` (activities, workshops).
template <class Table, class T>
bool readIdentified(Ctx& c, const J& v, const std::string& p, const Table& table,
                    std::vector<T>& out, bool needsName) {
    if (!v.is_array()) return c.fail(p, msg(Msg::ExpArray, {got(v)}));
    std::unordered_map<std::string, std::size_t> seen;
    std::size_t i = 0;
    for (const J& x : v) {
        std::string ip = item(p, i);
        T rec;
        if (!readRecord(c, x, ip, table, rec, &rec.extra)) return false;
        if (!requireKey(c, x, ip, "id")) return false;
        if (needsName && !requireKey(c, x, ip, "name")) return false;
        if constexpr (requires { rec.name; }) {
            if (needsName) {
                std::size_t n = text::codePointCount(rec.name);
                if (text::isBlank(rec.name, text::kJsonSpace))
                    return c.fail(member(ip, "name"), msg(Msg::EmptyValue));
                if (n > kMaxNameChars)
                    return c.fail(member(ip, "name"),
                                  msg(Msg::TooLong, {std::to_string(n), std::to_string(kMaxNameChars)}));
            }
        }
        auto [it, fresh] = seen.emplace(rec.id, i);
        if (!fresh)
            return c.fail(member(ip, "id"), msg(Msg::DuplicateId, {quotedKey(rec.id), item(p, it->second)}));
        out.push_back(std::move(rec));
        ++i;
    }
    return true;
}

// Reads the "deleted" array: records with a required, unique `id` and a required
// `deleted_at` timestamp; unknown keys travel in each tombstone's extra.
bool readTombstones(Ctx& c, const J& v, const std::string& p, std::vector<Tombstone>& out) {
    if (!readIdentified(c, v, p, kTombstoneFields, out, false)) return false;
    std::size_t i = 0;
    for (const J& x : v)
        if (!requireKey(c, x, item(p, i++), "deleted_at")) return false;
    return true;
}

// Reads the "conflicts" array: objects with a required `kind` and `field`, an `id` required
// unless kind is "register", and any JSON as base/ours/theirs (absent = null).
bool readConflicts(Ctx& c, const J& v, const std::string& p, std::vector<FieldConflict>& out) {
    if (!v.is_array()) return c.fail(p, msg(Msg::ExpArray, {got(v)}));
    out.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        std::string ip = item(p, i++);
        FieldConflict rec;
        if (!readRecord(c, x, ip, kConflictFields, rec, &rec.extra)) return false;
        if (!requireKey(c, x, ip, "kind") || !requireKey(c, x, ip, "field")) return false;
        if (rec.kind != "register" && !requireKey(c, x, ip, "id")) return false;
        out.push_back(std::move(rec));
    }
    return true;
}

// A record written through its table, as compact text, or only one key's value.
template <class Table, class T>
std::string recordText(const T& rec, const Table& table, const std::string* extra, std::string_view field) {
    J obj = writeRecord(rec, table, extra);
    if (field.empty()) return dumpCompact(obj);
    auto it = obj.find(std::string(field));
    return it == obj.end() ? std::string("null") : dumpCompact(*it);
}

}  // namespace

Result<std::vector<FieldConflict>> conflictsOf(const Register& reg) {
    std::vector<FieldConflict> out;
    J ex = parseExtra(reg.extra);
    auto it = ex.find(std::string(kConflictsKey));
    if (it == ex.end()) return out;
    Ctx c;
    if (!readConflicts(c, *it, std::string(kConflictsKey), out)) return *c.error;
    return out;
}

void setConflicts(Register& reg, const std::vector<FieldConflict>& conflicts) {
    J ex = parseExtra(reg.extra);
    ex.erase(std::string(kConflictsKey));
    if (!conflicts.empty()) {
        J arr = J::array();
        for (const FieldConflict& x : conflicts) arr.push_back(writeRecord(x, kConflictFields, &x.extra));
        ex.get_ref<J::object_t&>().emplace_back(std::string(kConflictsKey), std::move(arr));
    }
    reg.extra = ex.empty() ? std::string() : dumpCompact(ex);
}

std::vector<std::string_view> activityKeys() {
    std::vector<std::string_view> out;
    for (const Field<Activity>& f : kActivityFields) out.push_back(f.key);
    return out;
}

std::string jsonOf(const Activity& a, std::string_view field) {
    return recordText(a, kActivityFields, &a.extra, field);
}
std::string jsonOf(const Workshop& w, std::string_view field) {
    return recordText(w, kWorkshopFields, &w.extra, field);
}
std::string jsonOf(const Vote& v) { return recordText(v, kVoteFields, nullptr, {}); }
std::string jsonOf(const WorkshopAction& x) { return recordText(x, kActionFields, nullptr, {}); }
std::string jsonOf(const std::optional<Controller>& c) {
    return c ? recordText(*c, kControllerFields, nullptr, {}) : std::string("null");
}

// ============================================================================
// [SECTION] parseRegister
// ============================================================================

Result<Register> parseRegister(std::string_view text) {
    // 1. Below JSON: size, emptiness, encoding, syntax.
    if (Status s = checkRegisterSize(text.size()); !s.ok()) return s.error();
    if (text::isBlank(text, text::kJsonSpace)) return Error{"", msg(Msg::Empty)};
    if (std::size_t bad = text::firstInvalidUtf8(text); bad != std::string_view::npos) {
        if (text::cutShortAtEnd(text, bad))
            return Error{lineColumn(text, bad), msg(Msg::Truncated, {"the last character is cut off"})};
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02X", unsigned(static_cast<unsigned char>(text[bad])));
        return Error{fill(kWheres[1].en, {std::to_string(bad)}), msg(Msg::BadUtf8, {hex})};
    }
    Result<J> tree = parseTree(text);
    if (!tree.ok()) return tree.error();
    const J& root = *tree;

    // 2. The envelope: an object that says it is a register file of a version we read.
    Ctx c;
    if (!root.is_object()) return Error{std::string(kWheres[2].en), msg(Msg::ExpObject, {got(root)})};
    auto fmt = root.find("format");
    if (fmt == root.end()) return Error{"format", msg(Msg::FormatMissing)};
    if (!fmt->is_string() || fmt->get_ref<const std::string&>() != kFormatName)
        return Error{"format", msg(Msg::FormatWrong, {got(*fmt)})};
    auto ver = root.find("format_version");
    if (ver == root.end()) return Error{"format_version", msg(Msg::Missing)};
    if (!ver->is_number_integer()) return Error{"format_version", msg(Msg::ExpInteger, {got(*ver)})};
    if (!(ver->is_number_unsigned() && ver->get<std::uint64_t>() == std::uint64_t(kFormatVersion)))
        return Error{"format_version", msg(Msg::VersionUnsupported, {dumpCompact(*ver)})};

    // 3. Everything else, in file order.
    Register reg;
    J unknown = J::object();
    auto& unk = unknown.get_ref<J::object_t&>();
    for (const auto& [k, val] : members(root)) {
        bool ok = true;
        if (k == "format" || k == "format_version") continue;
        if (k == "organisation") ok = readString(c, val, k, reg.organisation);
        else if (k == "exported_at") ok = readTimestamp(c, val, k, reg.exported_at);
        else if (k == "activities") ok = readIdentified(c, val, k, kActivityFields, reg.activities, true);
        else if (k == "workshops") ok = readIdentified(c, val, k, kWorkshopFields, reg.workshops, false);
        else if (k == "deleted") ok = readTombstones(c, val, k, reg.deleted);
        else if (k == "rules_version") ok = readString(c, val, k, reg.rules_version);
        else if (k == "controller") {
            Controller ctl;
            ok = readRecord(c, val, k, kControllerFields, ctl, nullptr);
            if (ok) reg.controller = std::move(ctl);
        }
        else if (k == kConflictsKey) {  // validated here, kept with the extra keys (see the header)
            std::vector<FieldConflict> conflicts;
            ok = readConflicts(c, val, k, conflicts);
            if (ok) unk.emplace_back(k, val);
        } else unk.emplace_back(k, val);
        if (!ok) return *c.error;
    }
    reg.extra = unk.empty() ? std::string() : dumpCompact(unknown);
    return reg;
}

// ============================================================================
// [SECTION] writer
// ============================================================================

std::string writeRegister(const Register& reg, bool pretty) {
    static constexpr std::string_view kTopKeys[] = {"format", "format_version", "organisation",
                                                    "exported_at", "rules_version", "controller", "activities", "workshops", "deleted"};
    J out = J::object();
    auto& obj = out.get_ref<J::object_t&>();
    obj.emplace_back("format", J(kFormatName));
    obj.emplace_back("format_version", J(kFormatVersion));
    obj.emplace_back("organisation", J(reg.organisation));
    obj.emplace_back("exported_at", J(reg.exported_at));
    if (!reg.rules_version.empty()) obj.emplace_back("rules_version", J(reg.rules_version));
    if (reg.controller) obj.emplace_back("controller", writeRecord(*reg.controller, kControllerFields, nullptr));
    J acts = J::array();
    for (const Activity& a : reg.activities) acts.push_back(writeRecord(a, kActivityFields, &a.extra));
    obj.emplace_back("activities", std::move(acts));
    J ws = J::array();
    for (const Workshop& w : reg.workshops) ws.push_back(writeRecord(w, kWorkshopFields, &w.extra));
    obj.emplace_back("workshops", std::move(ws));
    if (!reg.deleted.empty()) {  // optional: a register without deletions is written as before
        J del = J::array();
        for (const Tombstone& t : reg.deleted) del.push_back(writeRecord(t, kTombstoneFields, &t.extra));
        obj.emplace_back("deleted", std::move(del));
    }
    J ex = parseExtra(reg.extra);
    for (auto& [k, val] : ex.get_ref<J::object_t&>())
        if (std::find(std::begin(kTopKeys), std::end(kTopKeys), k) == std::end(kTopKeys))
            obj.emplace_back(k, std::move(val));
    std::string text = out.dump(pretty ? 2 : -1, ' ', false, J::error_handler_t::replace);
    if (pretty) text += '\n';
    return text;
}

// ============================================================================
// [SECTION] describe
// ============================================================================
namespace {

// Matches `text` against a template; on success fills `args` with what the {n} stood for.
bool matchTemplate(std::string_view tpl, std::string_view text, std::vector<std::string>& args) {
    // Split the template into literal pieces around the placeholders.
    std::vector<std::string_view> lits;
    std::vector<int> slots;
    std::size_t start = 0;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        if (i + 2 < tpl.size() && tpl[i] == '{' && tpl[i + 2] == '}' && tpl[i + 1] >= '0' && tpl[i + 1] <= '9') {
            lits.push_back(tpl.substr(start, i - start));
            slots.push_back(tpl[i + 1] - '0');
            i += 2;
            start = i + 1;
        }
    }
    lits.push_back(tpl.substr(start));
    if (text.substr(0, lits[0].size()) != lits[0]) return false;
    std::size_t pos = lits[0].size();
    args.assign(slots.size(), std::string());
    for (std::size_t k = 0; k < slots.size(); ++k) {
        std::string_view next = lits[k + 1];
        std::size_t end;
        if (k + 1 == slots.size()) {  // the last placeholder runs to the final literal
            if (text.size() < pos + next.size() || text.substr(text.size() - next.size()) != next) return false;
            end = text.size() - next.size();
        } else {
            end = text.find(next, pos);
            if (end == std::string_view::npos) return false;
        }
        if (std::size_t(slots[k]) >= args.size()) args.resize(std::size_t(slots[k]) + 1);
        args[std::size_t(slots[k])] = std::string(text.substr(pos, end - pos));
        pos = end + next.size();
    }
    return slots.empty() ? text.size() == lits[0].size() : true;
}

std::string toDutch(std::string_view text, const MsgText* table, std::size_t n, bool decimalComma) {
    std::vector<std::string> args;
    for (std::size_t t = 0; t < n; ++t) {
        if (!matchTemplate(table[t].en, text, args)) continue;
        for (std::string& a : args) {
            if (a == "the last character is cut off") a = "het laatste teken is afgebroken";
            if (a == "an object") a = "een object";
            else if (a == "an array") a = "een lijst";
            if (decimalComma && t == std::size_t(Msg::TooBig))
                std::replace(a.begin(), a.end(), '.', ',');
        }
        return fill(table[t].nl, args);
    }
    return std::string(text);
}

}  // namespace

std::string describe(const Error& error, Lang lang) {
    if (lang == Lang::En) return error.text();
    std::string where = toDutch(error.where, kWheres, std::size(kWheres), false);
    std::string message = toDutch(error.message, kMsgs, std::size(kMsgs), true);
    return where.empty() ? message : where + ": " + message;
}

}  // namespace air::io
