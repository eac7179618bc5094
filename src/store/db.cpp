// SQLite RAII wrappers: see db.hpp.
#include "store/db.hpp"

#include <sqlite3.h>

#include <climits>
#include <utility>

#include "store/json_valid.hpp"

namespace air::store {

Error sqliteError(sqlite3* db, std::string_view what) {
    if (!db) return Error{std::string(what), ErrorCode::OutOfMemory};
    return Error{std::string(what), ErrorCode::Sqlite,
                 {std::string(sqlite3_errmsg(db)), std::to_string(sqlite3_extended_errcode(db))}};
}

Error withContext(Error e, std::string_view context) {
    if (context.empty()) return e;
    if (e.where.place != Place::Path) return e;  // a position stands for itself
    e.where = e.where.empty() ? std::string(context) : std::string(context) + ": " + e.where.args[0];
    return e;
}

// ---- Stmt ------------------------------------------------------------------------------

Result<Stmt> Stmt::prepare(Db& db, std::string_view sql, std::string_view what) {
    // Prepares exactly one statement; trailing text other than whitespace is a programming error.
    if (!db.isOpen()) return Error{std::string(what), ErrorCode::DbNotOpen};
    if (sql.size() > INT_MAX) return Error{std::string(what), ErrorCode::SqlTooLong};
    sqlite3_stmt* s = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v3(db.handle(), sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &s, &tail);
    if (rc != SQLITE_OK) return sqliteError(db.handle(), what);
    if (!s) return Error{std::string(what), ErrorCode::SqlEmpty};
    return Stmt(s, std::string(what));
}

Stmt::~Stmt() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Stmt::Stmt(Stmt&& o) noexcept
    : m_stmt(std::exchange(o.m_stmt, nullptr)), m_what(std::move(o.m_what)),
      m_bindError(std::move(o.m_bindError)) {}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
    if (this != &o) {
        if (m_stmt) sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(o.m_stmt, nullptr);
        m_what = std::move(o.m_what);
        m_bindError = std::move(o.m_bindError);
    }
    return *this;
}

void Stmt::checkBind(int rc, int index) {
    if (rc == SQLITE_OK || m_bindError) return;
    m_bindError = Error{m_what, ErrorCode::BindFailed, {std::to_string(index), std::string(sqlite3_errstr(rc))}};
}

int Stmt::indexOf(const char* name) {
    int i = m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
    if (i == 0 && !m_bindError) m_bindError = Error{m_what, ErrorCode::NoParameter, {std::string(name)}};
    return i;
}

void Stmt::bindText(int index, std::string_view value) {
    if (!m_stmt || index <= 0) return;  // unknown names were already remembered by indexOf
    if (value.size() > INT_MAX) {
        if (!m_bindError) m_bindError = Error{m_what, ErrorCode::BindTooLong};
        return;
    }
    // SQLITE_TRANSIENT: SQLite copies the text, so temporaries may be bound.
    checkBind(sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_TRANSIENT),
              index);
}

void Stmt::bindInt(int index, std::int64_t value) {
    if (!m_stmt || index <= 0) return;
    checkBind(sqlite3_bind_int64(m_stmt, index, value), index);
}

void Stmt::bindDouble(int index, double value) {
    if (!m_stmt || index <= 0) return;
    checkBind(sqlite3_bind_double(m_stmt, index, value), index);
}

void Stmt::bindNull(int index) {
    if (!m_stmt || index <= 0) return;
    checkBind(sqlite3_bind_null(m_stmt, index), index);
}

Result<bool> Stmt::step() {
    if (!m_stmt) return Error{m_what, ErrorCode::StmtNotPrepared};
    if (m_bindError) return *m_bindError;
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error e = sqliteError(sqlite3_db_handle(m_stmt), m_what);
    sqlite3_reset(m_stmt);
    return e;
}

Status Stmt::run() {
    for (;;) {
        Result<bool> r = step();
        if (!r) return r.error();
        if (!*r) break;
    }
    reset();
    return okStatus();
}

void Stmt::reset() {
    if (!m_stmt) return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError.reset();
}

std::string Stmt::text(int col) const {
    const unsigned char* p = sqlite3_column_text(m_stmt, col);
    if (!p) return {};
    return std::string(reinterpret_cast<const char*>(p), std::size_t(sqlite3_column_bytes(m_stmt, col)));
}

std::int64_t Stmt::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
int Stmt::int32(int col) const { return sqlite3_column_int(m_stmt, col); }
double Stmt::real(int col) const { return sqlite3_column_double(m_stmt, col); }
bool Stmt::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

// ---- Db --------------------------------------------------------------------------------

Db::Db() = default;

Db::~Db() { close(); }

Db::Db(Db&& o) noexcept
    : m_db(std::exchange(o.m_db, nullptr)), m_path(std::move(o.m_path)), m_cache(std::move(o.m_cache)) {}

Db& Db::operator=(Db&& o) noexcept {
    if (this != &o) {
        close();
        m_db = std::exchange(o.m_db, nullptr);
        m_path = std::move(o.m_path);
        m_cache = std::move(o.m_cache);
    }
    return *this;
}

Result<Db> Db::open(const std::string& path, bool create, bool readOnly) {
    // Opens the connection only; the caller sets pragmas. Extended error codes are turned on.
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly) flags |= SQLITE_OPEN_CREATE;
    sqlite3* h = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &h, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(h, "opening " + path);
        sqlite3_close(h);
        return e;
    }
    sqlite3_extended_result_codes(h, 1);
    // The schema's CHECKs call json_valid; SQLite is built without its JSON functions.
    if (registerJsonValid(h) != SQLITE_OK) {
        Error e = sqliteError(h, "opening " + path);
        sqlite3_close(h);
        return e;
    }
    Db db;
    db.m_db = h;
    db.m_path = path;
    return db;
}

void Db::close() {
    m_cache.clear();  // finalise cached statements before closing
    if (m_db) {
        if (!sqlite3_get_autocommit(m_db)) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

Status Db::exec(const char* sql, std::string_view what) {
    if (!m_db) return Error{std::string(what), ErrorCode::DbNotOpen};
    char* msg = nullptr;
    int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    if (rc == SQLITE_OK) return okStatus();
    std::string text = msg ? msg : sqlite3_errstr(rc);
    sqlite3_free(msg);
    return Error{std::string(what), ErrorCode::Sqlite, {text, std::to_string(rc)}};
}

Result<Stmt*> Db::cached(const char* sql, std::string_view what) {
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    Result<Stmt> s = Stmt::prepare(*this, sql, what);
    if (!s) return s.error();
    auto p = std::make_unique<Stmt>(std::move(*s));
    Stmt* raw = p.get();
    m_cache.emplace(sql, std::move(p));
    return raw;
}

Result<std::int64_t> Db::queryInt(const char* sql, std::string_view what) {
    Result<Stmt> s = Stmt::prepare(*this, sql, what);
    if (!s) return s.error();
    Result<bool> r = s->step();
    if (!r) return r.error();
    if (!*r) return Error{std::string(what), ErrorCode::NoRow};
    return s->int64(0);
}

bool Db::inTransaction() const { return m_db && !sqlite3_get_autocommit(m_db); }
std::int64_t Db::lastInsertRowid() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }
int Db::changes() const { return m_db ? sqlite3_changes(m_db) : 0; }

// ---- Tx --------------------------------------------------------------------------------

Result<Tx> Tx::begin(Db& db, std::string_view what) {
    // Fails when a transaction is already open on this connection (no nesting).
    if (db.inTransaction()) return Error{std::string(what), ErrorCode::TxAlreadyOpen};
    Status s = db.exec("BEGIN IMMEDIATE", std::string(what) + " (begin)");
    if (!s) return s.error();
    return Tx(db, std::string(what));
}

Tx::~Tx() { rollback(); }

Tx::Tx(Tx&& o) noexcept : m_db(std::exchange(o.m_db, nullptr)), m_what(std::move(o.m_what)) {}

Tx& Tx::operator=(Tx&& o) noexcept {
    if (this != &o) {
        rollback();
        m_db = std::exchange(o.m_db, nullptr);
        m_what = std::move(o.m_what);
    }
    return *this;
}

Status Tx::commit() {
    // After a failed COMMIT the transaction is still open; the destructor rolls it back.
    if (!m_db) return Error{m_what, ErrorCode::TxNotActive};
    Status s = m_db->exec("COMMIT", m_what + " (commit)");
    if (!s) return s.error();
    m_db = nullptr;
    return okStatus();
}

void Tx::rollback() {
    if (!m_db) return;
    // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL).
    if (m_db->inTransaction()) m_db->exec("ROLLBACK", m_what);
    m_db = nullptr;
}

}  // namespace air::store
