// Small RAII wrappers around SQLite (STYLE.md habit 4): Db owns a connection, Stmt owns a
// prepared statement (finalised in its destructor), Tx is a BEGIN IMMEDIATE transaction that
// rolls back unless committed. Every failure comes back as an Error naming what was being done
// (`where`) and SQLite's own message (`message`). SQL is always constant text with bound
// parameters; values never become part of an SQL string.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace air::store {

class Db;

// Error for a failed SQLite call on `db`: where = what, message = SQLite's message and code.
Error sqliteError(sqlite3* db, std::string_view what);
// Adds context in front of an error's `where` ("saving activity x: inserting processor").
Error withContext(Error e, std::string_view context);

// A prepared statement. Binding errors are remembered and reported by the next step()/run(),
// so callers can bind a row of values and check once. Parameter indexes start at 1, column
// indexes at 0 (as in SQLite).
class Stmt {
public:
    // Prepares `sql` (one statement) on `db`; `what` names the step for error messages.
    static Result<Stmt> prepare(Db& db, std::string_view sql, std::string_view what);

    Stmt() = default;
    ~Stmt();
    Stmt(Stmt&& o) noexcept;
    Stmt& operator=(Stmt&& o) noexcept;
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    // ---- binding (by 1-based index or by name such as ":id") ----
    void bindText(int index, std::string_view value);
    void bindInt(int index, std::int64_t value);
    void bindBool(int index, bool value) { bindInt(index, value ? 1 : 0); }
    void bindDouble(int index, double value);
    void bindNull(int index);
    void bindText(const char* name, std::string_view value) { bindText(indexOf(name), value); }
    void bindInt(const char* name, std::int64_t value) { bindInt(indexOf(name), value); }
    void bindBool(const char* name, bool value) { bindBool(indexOf(name), value); }
    void bindDouble(const char* name, double value) { bindDouble(indexOf(name), value); }
    void bindNull(const char* name) { bindNull(indexOf(name)); }
    int indexOf(const char* name);  // 0 (and a remembered error) when the name is unknown

    // ---- execution ----
    // One step: true when a row is available, false when done; an Error otherwise.
    Result<bool> step();
    // Steps to the end (for INSERT/UPDATE/DELETE), then resets the statement for reuse.
    Status run();
    // Makes the statement ready to run again and clears its bindings and remembered errors.
    void reset();

    // ---- columns of the current row (0-based); NULL reads as "" / 0 / false ----
    std::string text(int col) const;
    std::int64_t int64(int col) const;
    int int32(int col) const;
    bool boolean(int col) const { return int64(col) != 0; }
    double real(int col) const;
    bool isNull(int col) const;

    const std::string& what() const { return m_what; }
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    Stmt(sqlite3_stmt* s, std::string what) : m_stmt(s), m_what(std::move(what)) {}
    void checkBind(int rc, int index);
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_what;
    std::optional<Error> m_bindError;  // first binding error since the last reset
};

// One SQLite connection. Movable, not copyable; closes (after finalising its cached
// statements) in the destructor.
class Db {
public:
    // Opens (creating when `create`) the database at `path`; ":memory:" for a private one.
    // Opening only; register databases are opened through store::openRegisterDb (schema.hpp).
    static Result<Db> open(const std::string& path, bool create = true, bool readOnly = false);

    Db();
    ~Db();
    Db(Db&& o) noexcept;
    Db& operator=(Db&& o) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    void close();
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // Runs constant SQL without parameters (may hold several statements).
    Status exec(const char* sql, std::string_view what);
    // A prepared statement kept for the life of the connection, reset and unbound on every
    // call. Use for statements run many times (one row at a time); do not hold the pointer
    // across another cached() call with the same SQL.
    Result<Stmt*> cached(const char* sql, std::string_view what);
    // Convenience for `PRAGMA x` / `SELECT ...` that returns one integer.
    Result<std::int64_t> queryInt(const char* sql, std::string_view what);

    bool inTransaction() const;
    std::int64_t lastInsertRowid() const;
    int changes() const;

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
    std::unordered_map<std::string, std::unique_ptr<Stmt>> m_cache;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back in its destructor unless commit() succeeded.
// IMMEDIATE takes the write lock up front, so a second writer fails at begin, not half-way.
class Tx {
public:
    static Result<Tx> begin(Db& db, std::string_view what);
    Tx() = default;
    ~Tx();
    Tx(Tx&& o) noexcept;
    Tx& operator=(Tx&& o) noexcept;
    Tx(const Tx&) = delete;
    Tx& operator=(const Tx&) = delete;

    Status commit();
    void rollback();  // explicit rollback; also what the destructor does
    bool active() const { return m_db != nullptr; }

private:
    explicit Tx(Db& db, std::string what) : m_db(&db), m_what(std::move(what)) {}
    Db* m_db = nullptr;
    std::string m_what;
};

}  // namespace air::store
