// The register file's record machinery, shared by the record files (internal to air_io):
// enum keys and lists, Field<T> tables (key, reader, writer), readRecord / writeRecord and the
// field macros. Used by register_json_records.cpp (activities, workshops, ...) and
// register_json_framework.cpp (the team's framework).
#pragma once

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "core/text.hpp"

#include "io/register_json_internal.hpp"

namespace air::io::json {

// ============================================================================
// [SECTION] enum values
// ============================================================================

template <class E>
std::string allowedKeys() {
    std::string out;
    for (E e : allOf<E>()) {
        if (!out.empty()) out += ", ";
        out += quotedKey(keyOf(e));
    }
    return out;
}

template <class E>
bool readEnum(Ctx& c, const J& v, const std::string& p, E& out) {
    if (!v.is_string()) return c.fail(p, Msg::ExpOneOf, {allowedKeys<E>(), got(v)});
    auto e = parseKey<E>(v.get_ref<const std::string&>());
    if (!e) return c.fail(p, Msg::UnknownValue, {got(v), allowedKeys<E>()});
    out = *e;
    return true;
}

// An array of enum keys, each at most once.
template <class E>
bool readEnumList(Ctx& c, const J& v, const std::string& p, std::vector<E>& out) {
    if (!v.is_array()) return c.fail(p, Msg::ExpArray, {got(v)});
    out.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        E e{};
        std::string ip = item(p, i++);
        if (!readEnum(c, x, ip, e)) return false;
        if (std::find(out.begin(), out.end(), e) != out.end())
            return c.fail(ip, Msg::ListedTwice, {quotedKey(keyOf(e))});
        out.push_back(e);
    }
    return true;
}

// ============================================================================
// [SECTION] record machinery
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
    if (!v.is_object()) return c.fail(p, Msg::ExpObject, {got(v)});
    J unknown = J::object();
    auto& unk = unknown.get_ref<J::object_t&>();
    for (const auto& [k, val] : members(v)) {
        if (const Field<T>* f = findField(table, k)) {
            if (!f->read(c, val, member(p, k), out)) return false;
        } else if (extra) {
            unk.emplace_back(k, val);
        } else {
            return c.fail(member(p, k), Msg::UnknownKey, {keyList(table)});
        }
    }
    if (extra) *extra = unk.empty() ? std::string() : dumpCompact(unknown);
    return true;
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

// ---- lists and texts ------------------------------------------------------------------

// Fails with "missing" when object `v` lacks `key`.
inline bool requireKey(Ctx& c, const J& v, const std::string& p, std::string_view key) {
    if (v.is_object() && v.find(std::string(key)) == v.end())
        return c.fail(member(p, key), Msg::Missing);
    return true;
}

// Reads an array of records that carry a required, unique `id` (activities, workshops).
template <class Table, class T>
bool readIdentified(Ctx& c, const J& v, const std::string& p, const Table& table,
                    std::vector<T>& out, bool needsName) {
    if (!v.is_array()) return c.fail(p, Msg::ExpArray, {got(v)});
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
                    return c.fail(member(ip, "name"), Msg::EmptyValue);
                if (n > kMaxNameChars)
                    return c.fail(member(ip, "name"),
                                  Msg::TooLong, {std::to_string(n), std::to_string(kMaxNameChars)});
            }
        }
        auto [it, fresh] = seen.emplace(rec.id, i);
        if (!fresh)
            return c.fail(member(ip, "id"), Msg::DuplicateId, {quotedKey(rec.id), item(p, it->second)});
        out.push_back(std::move(rec));
        ++i;
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

}  // namespace air::io::json
