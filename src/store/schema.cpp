// Register database schema and opening. [SECTIONS] journal mode choice, migrations (v1 = the
// whole register file format v1), identity checks, openRegisterDb.
#include "store/schema.hpp"

#include <cctype>
#include <cstdio>
#include <iterator>
#include <utility>
#include <vector>

#include "core/model.hpp"

namespace air::store {

// ---- [journal mode] --------------------------------------------------------------------
// In the browser the database lives on Emscripten's in-memory file system (MEMFS); after each
// commit the platform writes the blocks that changed to IndexedDB in one transaction
// (platform/page_vfs.cpp records them, web/store.js writes them). There is no shared memory,
// so WAL is out. We use journal_mode=MEMORY:
//  - The rollback journal stays in RAM, so the folder never holds a `-journal` file. With
//    DELETE (or TRUNCATE/PERSIST) a flush that ran while a transaction was open could leave a
//    stale "hot" journal in IndexedDB; on the next
//    load SQLite would "roll back" the newer database file with that old journal and corrupt it.
//  - The only crash MEMORY does not survive is one in the middle of a transaction. In the
//    browser such a crash loses MEMFS as a whole, and IndexedDB still holds the last committed
//    copy (flushes only happen after a commit, and a transaction never spans an event-loop
//    turn, so a flush cannot see a half-written file). ROLLBACK still works: the journal is in RAM.
//  - Natively (tests, CLI tools) a process crash mid-transaction could damage the file; tools that
//    care can open with JournalMode::Delete.

// ---- [migrations] ----------------------------------------------------------------------
// Never edit a shipped entry; append a new one. The CHECK lists are the register-file keys of
// core/enums.hpp as of format v1, written out literally so that this text never changes when
// an enum grows (a new key then needs a migration; the store tests catch a forgotten one).
// A future migration that rebuilds a table (SQLite's 12-step ALTER procedure) must run with
// foreign_keys OFF, which cannot change inside a transaction: give Migration a flag for that
// and let openRegisterDb switch it around that step.
namespace {

constexpr const char* kSchemaV1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID, STRICT;

CREATE TABLE preferences (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID, STRICT;

CREATE TABLE activities (
    id                     TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    pos                    INTEGER NOT NULL,
    name                   TEXT NOT NULL,
    description            TEXT NOT NULL DEFAULT '',
    purpose                TEXT NOT NULL DEFAULT '',
    owner                  TEXT NOT NULL DEFAULT '',
    vendor                 TEXT NOT NULL DEFAULT '',
    retention              TEXT NOT NULL DEFAULT '',
    human_oversight        TEXT NOT NULL DEFAULT '',
    bias_monitoring        TEXT NOT NULL DEFAULT '',
    notes                  TEXT NOT NULL DEFAULT '',
    application            TEXT NOT NULL DEFAULT '',
    lifecycle              TEXT NOT NULL DEFAULT 'idea'
        CHECK (lifecycle IN ('idea', 'pilot', 'production', 'retired')),
    ai_act_role            TEXT NOT NULL DEFAULT 'deployer'
        CHECK (ai_act_role IN ('deployer', 'provider', 'importer', 'distributor')),
    legal_basis            TEXT NOT NULL DEFAULT ''
        CHECK (legal_basis IN ('', 'consent', 'contract', 'legal_obligation', 'vital_interests',
                               'public_task', 'legitimate_interests')),
    art9_condition         TEXT NOT NULL DEFAULT ''
        CHECK (art9_condition IN ('', 'explicit_consent', 'employment_law', 'vital_interests',
                                  'nonprofit', 'made_public', 'legal_claims',
                                  'substantial_public_interest', 'health_care', 'public_health',
                                  'research')),
    lia_documented         INTEGER NOT NULL DEFAULT 0 CHECK (lia_documented IN (0, 1)),
    transparency_notice    INTEGER NOT NULL DEFAULT 0 CHECK (transparency_notice IN (0, 1)),
    opt_out                INTEGER NOT NULL DEFAULT 0 CHECK (opt_out IN (0, 1)),
    content_rights_checked INTEGER NOT NULL DEFAULT 0 CHECK (content_rights_checked IN (0, 1)),
    dpia                   TEXT NOT NULL DEFAULT ''
        CHECK (dpia IN ('', 'not_needed', 'planned', 'done')),
    review_status          TEXT NOT NULL DEFAULT 'draft'
        CHECK (review_status IN ('draft', 'in_review', 'approved', 'changes_requested')),
    review_reviewer        TEXT NOT NULL DEFAULT '',
    review_reviewed_at     TEXT NOT NULL DEFAULT '',
    review_next_review     TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL DEFAULT '',
    updated_at             TEXT NOT NULL DEFAULT '',
    extra                  TEXT NOT NULL DEFAULT '' CHECK (extra = '' OR json_valid(extra))
) STRICT;
CREATE INDEX activities_by_pos ON activities (pos);

CREATE TABLE activity_data_subjects (
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE ON UPDATE CASCADE,
    ord         INTEGER NOT NULL,
    subject     TEXT NOT NULL
        CHECK (subject IN ('customers', 'prospects', 'website_visitors', 'employees',
                           'job_applicants', 'children', 'general_public')),
    PRIMARY KEY (activity_id, ord)
) WITHOUT ROWID, STRICT;

CREATE TABLE activity_data_categories (
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE ON UPDATE CASCADE,
    ord         INTEGER NOT NULL,
    category    TEXT NOT NULL
        CHECK (category IN ('contact', 'identifiers', 'demographics', 'behavioural',
                            'purchase_history', 'location', 'financial', 'communications',
                            'images_voice', 'inferred_profile', 'racial_ethnic', 'political',
                            'religious', 'trade_union', 'genetic', 'biometric', 'health',
                            'sex_life', 'criminal')),
    PRIMARY KEY (activity_id, ord)
) WITHOUT ROWID, STRICT;

-- One row = the activity has been screened; no row = unassessed (screening absent in the file).
CREATE TABLE screenings (
    activity_id              TEXT PRIMARY KEY NOT NULL
        REFERENCES activities (id) ON DELETE CASCADE ON UPDATE CASCADE,
    interacts_with_people    INTEGER NOT NULL DEFAULT 0 CHECK (interacts_with_people IN (0, 1)),
    generates_content        INTEGER NOT NULL DEFAULT 0 CHECK (generates_content IN (0, 1)),
    deepfake                 INTEGER NOT NULL DEFAULT 0 CHECK (deepfake IN (0, 1)),
    public_interest_text     INTEGER NOT NULL DEFAULT 0 CHECK (public_interest_text IN (0, 1)),
    emotion_recognition      INTEGER NOT NULL DEFAULT 0 CHECK (emotion_recognition IN (0, 1)),
    biometric_categorisation INTEGER NOT NULL DEFAULT 0 CHECK (biometric_categorisation IN (0, 1)),
    infers_sensitive_traits  INTEGER NOT NULL DEFAULT 0 CHECK (infers_sensitive_traits IN (0, 1)),
    workplace_or_education   INTEGER NOT NULL DEFAULT 0 CHECK (workplace_or_education IN (0, 1)),
    medical_or_safety_reason INTEGER NOT NULL DEFAULT 0 CHECK (medical_or_safety_reason IN (0, 1)),
    manipulative_techniques  INTEGER NOT NULL DEFAULT 0 CHECK (manipulative_techniques IN (0, 1)),
    exploits_vulnerabilities INTEGER NOT NULL DEFAULT 0 CHECK (exploits_vulnerabilities IN (0, 1)),
    social_scoring           INTEGER NOT NULL DEFAULT 0 CHECK (social_scoring IN (0, 1)),
    narrow_procedural_task   INTEGER NOT NULL DEFAULT 0 CHECK (narrow_procedural_task IN (0, 1)),
    profiling                INTEGER NOT NULL DEFAULT 0 CHECK (profiling IN (0, 1)),
    automated_decision       INTEGER NOT NULL DEFAULT 0 CHECK (automated_decision IN (0, 1)),
    human_review             INTEGER NOT NULL DEFAULT 0 CHECK (human_review IN (0, 1)),
    large_scale              INTEGER NOT NULL DEFAULT 0 CHECK (large_scale IN (0, 1)),
    systematic_monitoring    INTEGER NOT NULL DEFAULT 0 CHECK (systematic_monitoring IN (0, 1)),
    combines_datasets        INTEGER NOT NULL DEFAULT 0 CHECK (combines_datasets IN (0, 1)),
    innovative_technology    INTEGER NOT NULL DEFAULT 0 CHECK (innovative_technology IN (0, 1)),
    vulnerable_subjects      INTEGER NOT NULL DEFAULT 0 CHECK (vulnerable_subjects IN (0, 1)),
    blocks_service           INTEGER NOT NULL DEFAULT 0 CHECK (blocks_service IN (0, 1)),
    evaluation_scoring       INTEGER NOT NULL DEFAULT 0 CHECK (evaluation_scoring IN (0, 1)),
    direct_marketing         INTEGER NOT NULL DEFAULT 0 CHECK (direct_marketing IN (0, 1)),
    annex_iii                TEXT NOT NULL DEFAULT ''
        CHECK (annex_iii IN ('', 'biometric_identification', 'critical_infrastructure',
                             'education', 'employment', 'public_benefits', 'creditworthiness',
                             'insurance_pricing', 'emergency_services', 'law_enforcement',
                             'migration', 'justice', 'elections'))
) WITHOUT ROWID, STRICT;

CREATE TABLE processors (
    activity_id              TEXT NOT NULL
        REFERENCES activities (id) ON DELETE CASCADE ON UPDATE CASCADE,
    ord                      INTEGER NOT NULL,
    name                     TEXT NOT NULL DEFAULT '',
    dpa_signed               INTEGER NOT NULL DEFAULT 0 CHECK (dpa_signed IN (0, 1)),
    outside_eu               INTEGER NOT NULL DEFAULT 0 CHECK (outside_eu IN (0, 1)),
    transfer_safeguard       TEXT NOT NULL DEFAULT ''
        CHECK (transfer_safeguard IN ('', 'adequacy', 'scc', 'bcr', 'derogation')),
    reuses_data_for_training TEXT NOT NULL DEFAULT 'unknown'
        CHECK (reuses_data_for_training IN ('unknown', 'yes', 'no')),
    extra                    TEXT NOT NULL DEFAULT '' CHECK (extra = '' OR json_valid(extra)),
    PRIMARY KEY (activity_id, ord)
) WITHOUT ROWID, STRICT;

CREATE TABLE processor_certifications (
    activity_id   TEXT NOT NULL,
    processor_ord INTEGER NOT NULL,
    ord           INTEGER NOT NULL,
    certification TEXT NOT NULL CHECK (certification IN ('iso27001', 'soc2')),
    PRIMARY KEY (activity_id, processor_ord, ord),
    FOREIGN KEY (activity_id, processor_ord) REFERENCES processors (activity_id, ord)
        ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID, STRICT;

-- Workshops refer to activities by id without a foreign key: a session record keeps the ids it
-- discussed even when an activity is deleted later (or was never in this register).
CREATE TABLE workshops (
    id          TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    pos         INTEGER NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    date        TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    extra       TEXT NOT NULL DEFAULT '' CHECK (extra = '' OR json_valid(extra))
) STRICT;
CREATE INDEX workshops_by_pos ON workshops (pos);

CREATE TABLE workshop_activities (
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE ON UPDATE CASCADE,
    ord         INTEGER NOT NULL,
    activity_id TEXT NOT NULL,
    PRIMARY KEY (workshop_id, ord)
) WITHOUT ROWID, STRICT;

CREATE TABLE workshop_votes (
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE ON UPDATE CASCADE,
    ord         INTEGER NOT NULL,
    activity_id TEXT NOT NULL,
    principle   TEXT NOT NULL
        CHECK (principle IN ('transparency', 'fairness', 'privacy', 'autonomy', 'human_oversight',
                             'accountability', 'honesty', 'trust')),
    green       INTEGER NOT NULL DEFAULT 0,
    amber       INTEGER NOT NULL DEFAULT 0,
    red         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, ord)
) WITHOUT ROWID, STRICT;

CREATE TABLE workshop_notes (
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE ON UPDATE CASCADE,
    ord         INTEGER NOT NULL,
    activity_id TEXT NOT NULL,
    principle   TEXT NOT NULL
        CHECK (principle IN ('transparency', 'fairness', 'privacy', 'autonomy', 'human_oversight',
                             'accountability', 'honesty', 'trust')),
    text        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workshop_id, ord)
) WITHOUT ROWID, STRICT;

CREATE TABLE workshop_actions (
    workshop_id TEXT NOT NULL REFERENCES workshops (id) ON DELETE CASCADE ON UPDATE CASCADE,
    ord         INTEGER NOT NULL,
    activity_id TEXT NOT NULL,
    text        TEXT NOT NULL DEFAULT '',
    owner       TEXT NOT NULL DEFAULT '',
    due         TEXT NOT NULL DEFAULT '',
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    PRIMARY KEY (workshop_id, ord)
) WITHOUT ROWID, STRICT;

-- Change history per activity. It goes with its activity (CASCADE); undo of a delete puts the
-- rows back with their ids, which AUTOINCREMENT never hands out twice.
CREATE TABLE history (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    activity_id TEXT NOT NULL REFERENCES activities (id) ON DELETE CASCADE ON UPDATE CASCADE,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL DEFAULT '',
    field       TEXT NOT NULL,
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX history_by_activity ON history (activity_id, id);

PRAGMA application_id = 1095324209;
PRAGMA user_version = 1;
)SQL";

// v2: tombstones of deleted activities (the register file's optional "deleted" array), so
// that a merge with an older file does not bring a deleted activity back. An id is normally
// in either `activities` or `tombstones`, never both (the app keeps it so).
constexpr const char* kSchemaV2 = R"SQL(
CREATE TABLE tombstones (
    id         TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    deleted_at TEXT NOT NULL CHECK (deleted_at <> ''),
    extra      TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID, STRICT;

PRAGMA user_version = 2;
)SQL";

// v3: the fields of rule set 2026.12 (DOMAIN.md 3a, docs/FILE_FORMAT.md). Added columns with
// defaults: a register saved by an older version reads as "processes personal data, vendors are
// processors", exactly what an absent key means in a file. The controller lives in `meta`.
constexpr const char* kSchemaV3 = R"SQL(
ALTER TABLE activities ADD COLUMN personal_data INTEGER NOT NULL DEFAULT 1 CHECK (personal_data IN (0, 1));
ALTER TABLE activities ADD COLUMN consent_explicit INTEGER NOT NULL DEFAULT 0 CHECK (consent_explicit IN (0, 1));
ALTER TABLE activities ADD COLUMN recipients TEXT NOT NULL DEFAULT '';
ALTER TABLE activities ADD COLUMN security_measures TEXT NOT NULL DEFAULT '';
ALTER TABLE screenings ADD COLUMN intimate_imagery INTEGER NOT NULL DEFAULT 0 CHECK (intimate_imagery IN (0, 1));
ALTER TABLE screenings ADD COLUMN editorial_control INTEGER NOT NULL DEFAULT 0 CHECK (editorial_control IN (0, 1));
ALTER TABLE screenings ADD COLUMN public_space INTEGER NOT NULL DEFAULT 0 CHECK (public_space IN (0, 1));
ALTER TABLE processors ADD COLUMN role TEXT NOT NULL DEFAULT 'processor'
    CHECK (role IN ('processor', 'joint_controller', 'controller'));
ALTER TABLE processors ADD COLUMN country TEXT NOT NULL DEFAULT '';

PRAGMA user_version = 3;
)SQL";

// v4: the team's own framework (the register file's optional "framework" array): principles
// and red lines with their show of hands, and the scope each applies to as one row per listed
// value (dimension: which list; value: the key or activity id), in file order.
constexpr const char* kSchemaV4 = R"SQL(
CREATE TABLE framework (
    id            TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
    pos           INTEGER NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('principle', 'red_line')),
    text          TEXT NOT NULL CHECK (text <> ''),
    explanation   TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('proposed', 'adopted', 'rejected', 'retired')),
    workshop_id   TEXT NOT NULL DEFAULT '',
    decided_at    TEXT NOT NULL DEFAULT '',
    votes_for     INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
    votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
    votes_abstain INTEGER NOT NULL DEFAULT 0 CHECK (votes_abstain >= 0),
    extra         TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID, STRICT;

CREATE TABLE framework_scope (
    item_id   TEXT NOT NULL REFERENCES framework (id) ON DELETE CASCADE ON UPDATE CASCADE,
    ord       INTEGER NOT NULL,
    dimension TEXT NOT NULL
        CHECK (dimension IN ('application', 'data_category', 'data_subject', 'screening', 'activity')),
    value     TEXT NOT NULL CHECK (value <> ''),
    PRIMARY KEY (item_id, ord)
) WITHOUT ROWID, STRICT;

PRAGMA user_version = 4;
)SQL";

// ---- v5: the same constraints, checked without a temporary table per row -----------------
// SQLite checks `x IN (...)` with more than two constants by building a temporary b-tree each
// time the constraint runs: importing 10,000 activities built ~100,000 of them (~0.7 s of a
// 2.5 s import, docs/PERFORMANCE.md). The same CHECKs as comparisons joined by OR need none.
// A CHECK's text can only be changed in sqlite_schema (SQLite's documented procedure for
// changes that leave the stored rows valid: writable_schema, then a new schema_version).
Status checksAsComparisons(Db& db) {
    const char* what = "rewriting CHECK constraints";
    std::vector<std::pair<std::string, std::string>> tables;
    {
        Result<Stmt> q = Stmt::prepare(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                                           "AND sql LIKE '% IN (%' ORDER BY name", what);
        if (!q) return q.error();
        for (;;) {
            Result<bool> row = q->step();
            if (!row) return row.error();
            if (!*row) break;
            std::string sql = inListsAsComparisons(q->text(1));
            if (sql != q->text(1)) tables.emplace_back(q->text(0), std::move(sql));
        }
    }
    if (tables.empty()) return okStatus();
    Result<std::int64_t> version = db.queryInt("PRAGMA schema_version", what);
    if (!version) return version.error();
    Status s = db.exec("PRAGMA writable_schema = ON", what);
    for (const auto& [name, sql] : tables) {
        if (!s) break;
        Result<Stmt> u = Stmt::prepare(db, "UPDATE sqlite_schema SET sql = ?1 WHERE type = 'table' AND name = ?2", what);
        if (!u) return u.error();
        u->bindText(1, sql);
        u->bindText(2, name);
        s = u->run();
    }
    if (s) s = db.exec(("PRAGMA schema_version = " + std::to_string(*version + 1)).c_str(), what);
    const Status off = db.exec("PRAGMA writable_schema = RESET", what);
    return s ? off : s;
}

const char* const kSchemaV5 = "PRAGMA user_version = 5;";

// The list. Append only.
const Migration kMigrations[] = {
    {1, kSchemaV1},
    {2, kSchemaV2},
    {3, kSchemaV3},
    {4, kSchemaV4},
    {5, kSchemaV5, checksAsComparisons},
};

static_assert(std::size(kScreeningFlags) == 27,
              "screening flags changed: add a migration for the screenings table (and update "
              "the SQL in repository.cpp)");

}  // namespace

std::string inListsAsComparisons(std::string_view sql) {
    const auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    std::string out;
    std::size_t i = 0;
    for (;;) {
        const std::size_t at = sql.find(" IN (", i);
        if (at == std::string_view::npos) break;
        std::size_t b = at;
        while (b > i && ident(sql[b - 1])) --b;
        const std::string_view column = sql.substr(b, at - b);
        std::vector<std::string_view> items;
        std::size_t p = at + 5;
        bool ok = !column.empty();
        while (ok) {
            while (p < sql.size() && space(sql[p])) ++p;
            const std::size_t start = p;
            if (p < sql.size() && sql[p] == '\'') {
                p = sql.find('\'', p + 1);
                if (p == std::string_view::npos) { ok = false; break; }
                ++p;
            } else {
                while (p < sql.size() && std::isdigit(static_cast<unsigned char>(sql[p]))) ++p;
            }
            if (p == start) { ok = false; break; }
            items.push_back(sql.substr(start, p - start));
            while (p < sql.size() && space(sql[p])) ++p;
            if (p < sql.size() && sql[p] == ',') { ++p; continue; }
            if (p < sql.size() && sql[p] == ')') { ++p; break; }
            ok = false;  // not a plain list of literals: left as it is
        }
        if (!ok || items.size() < 3) {
            out.append(sql.substr(i, at + 5 - i));
            i = at + 5;
            continue;
        }
        out.append(sql.substr(i, b - i));
        out += '(';
        for (std::size_t k = 0; k < items.size(); ++k) {
            if (k) out += " OR ";
            out.append(column).append(" = ").append(items[k]);
        }
        out += ')';
        i = p;
    }
    out.append(sql.substr(i));
    return out;
}

int latestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

const Migration* migrations(std::size_t* count) {
    if (count) *count = std::size(kMigrations);
    return kMigrations;
}

// ---- [identity checks] -----------------------------------------------------------------
namespace {

// Reads application_id and user_version and refuses files that are not ours or too new.
// Reads only: a refused file is left untouched.
Result<std::int64_t> checkIdentity(Db& db, const std::string& path) {
    Result<std::int64_t> appId = db.queryInt("PRAGMA application_id", "reading application_id");
    if (!appId)
        return Error{path, ErrorCode::DbUnreadable, {Arg::reasonOf(appId.error())}};
    Result<std::int64_t> version = db.queryInt("PRAGMA user_version", "reading user_version");
    if (!version)
        return Error{path, ErrorCode::DbUnreadable, {Arg::reasonOf(version.error())}};
    if (*appId != kApplicationId) {
        if (*appId != 0) {
            char hex[32];
            std::snprintf(hex, sizeof hex, "0x%08llX", static_cast<unsigned long long>(*appId));
            return Error{path, ErrorCode::ForeignAppId, {std::string(hex)}};
        }
        Result<std::int64_t> objects =
            db.queryInt("SELECT count(*) FROM sqlite_schema", "reading the schema");
        if (!objects) return Error{path, ErrorCode::DbCannotRead, {Arg::reasonOf(objects.error())}};
        if (*objects != 0 || *version != 0)
            return Error{path, ErrorCode::ForeignTables};
    }
    if (*version > latestSchemaVersion())
        return Error{path, ErrorCode::NewerSchema,
                     {std::to_string(*version), std::to_string(latestSchemaVersion())}};
    return *version;
}

}  // namespace

// ---- [openRegisterDb] ------------------------------------------------------------------

Result<Db> openRegisterDb(const std::string& path, JournalMode journal) {
    Result<Db> opened = Db::open(path, true);
    if (!opened) return opened.error();
    Db db = std::move(*opened);
    Result<std::int64_t> version = checkIdentity(db, path);
    if (!version) return version.error();

    Status s = db.exec("PRAGMA foreign_keys = ON", "enabling foreign keys");
    if (!s) return withContext(s.error(), path);
    s = db.exec(journal == JournalMode::Memory ? "PRAGMA journal_mode = MEMORY"
                                               : "PRAGMA journal_mode = DELETE",
                "setting the journal mode");
    if (!s) return withContext(s.error(), path);

    for (const Migration& m : kMigrations) {
        if (m.version <= *version) continue;
        const std::string what = "migrating to schema version " + std::to_string(m.version);
        Result<Tx> tx = Tx::begin(db, what);
        if (!tx) return withContext(tx.error(), path);
        if (m.apply) s = m.apply(db);
        if (s) s = db.exec(m.sql, what);
        if (!s) return withContext(s.error(), path);
        Result<std::int64_t> now = db.queryInt("PRAGMA user_version", what);
        if (!now) return withContext(now.error(), path);
        if (*now != m.version)
            return Error{path + ": " + what, ErrorCode::MigrationNoVersion};
        s = tx->commit();
        if (!s) return withContext(s.error(), path);
    }
    return db;
}

Result<Db> openRegisterDbReadOnly(const std::string& path) {
    Result<Db> opened = Db::open(path, false, true);
    if (!opened) return opened.error();
    Result<std::int64_t> version = checkIdentity(opened.value(), path);
    if (!version) return version.error();
    return std::move(opened.value());
}

}  // namespace air::store
