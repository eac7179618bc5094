// Internals of the register repository, shared by its three files (internal to air_store;
// the API is repository.hpp):
//   repository.cpp             the whole register, tombstones, the controller, meta and
//                              preferences, the change history
//   repository_activities.cpp  activities: the row (from the field table), its child tables
//                              (lists, screening, processors, certifications), reads and writes
//   repository_workshops.cpp   workshops with their activities, votes, notes and actions
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"
#include "store/db.hpp"

namespace air::store::detail {

// The file key of an enum value; an out-of-range value (corrupt memory, a bad cast) gives a
// key that no CHECK constraint accepts, so the write fails instead of storing garbage.
template <class E>
std::string_view keyFor(E e) {
    if (std::size_t(e) >= enumCount<E>()) return "\x01invalid";
    return keyOf(e);
}

// Parses a stored key; an unknown key means the file was damaged or written by a tool that
// bypassed the CHECK constraints.
template <class E>
Result<E> parseStored(const std::string& key, std::string_view column, std::string_view owner) {
    if (std::optional<E> e = parseKey<E>(key)) return *e;
    return Error{std::string(owner), ErrorCode::StoredUnknown, {key, std::string(column)}};
}

// Functions that write more than one row refuse to run outside a transaction.
inline Status requireTx(Db& db, std::string_view what) {
    if (db.inTransaction()) return okStatus();
    return Error{std::string(what), ErrorCode::NeedsTx};
}

// `e` with "<what> '<id>'" as its context.
inline Error ctx(const Error& e, std::string_view what, std::string_view id) {
    return withContext(e, std::string(what) + " '" + std::string(id) + "'");
}

// Runs a cached statement with the parameters bound by `bind`.
template <class F>
Status runCached(Db& db, const char* sql, std::string_view what, F&& bind) {
    Result<Stmt*> st = db.cached(sql, what);
    if (!st) return st.error();
    bind(**st);
    return (*st)->run();
}

// A child-table query in two constant forms: every owner, or the one bound as ?1.
struct ChildQuery {
    const char* all;
    const char* one;
};

// Every activity in register order with all its child rows; `pos` receives the positions.
Status loadAllActivities(Db& db, std::vector<Activity>& out, std::vector<std::int64_t>* pos);
// Workshops (all, or only the one with id `*one`) with their lists; `pos` receives positions.
Status readWorkshops(Db& db, std::vector<Workshop>& out, std::vector<std::int64_t>* pos,
                     const std::string* one);

}  // namespace air::store::detail
