// Errors as values (STYLE.md habit 7): a code, its arguments and where it happened. No module
// below the edge words an error: ui, the CLI and reports call text(lang) (or whereText /
// message) in the user's language. Every code has an English and a Dutch text in
// core/error_texts.cpp (one table, in sections per module; tests/core/error_test.cpp checks it).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n.hpp"

namespace air {

// One code per kind of failure, grouped by the module that reports it. The texts' arguments
// ({0}, {1}) are named in the comment where the code alone does not say.
enum class ErrorCode : std::uint16_t {
    None,               // Error{}: no code was given
    // ---- io: the register file (io/register_json*) ----
    TooBig,             // {0} MB (a decimal), {1} limit MB
    Empty, BadUtf8,     // BadUtf8: {0} hex byte
    NotJson, Truncated,  // {0} the parser's detail
    TooDeep, DuplicateKey,
    ExpObject, ExpArray, ExpString, ExpBool, ExpInteger,  // {0} what it got
    ExpCount,           // {0} maximum, {1} got
    ExpOneOf, UnknownValue,  // {0} allowed / got ...
    Missing, EmptyValue, TooLong, DuplicateId, BadDate, NoSuchDay, BadTimestamp,
    FormatMissing, FormatWrong, VersionUnsupported, UnknownKey, ListedTwice,
    // ---- io: CSV (io/csv*) ----
    CsvNoHeaderName, CsvColumnTwice, CsvUnknownColumn, CsvUnknownColumns, CsvColumnMissing,
    CsvBadUtf8, CsvScreeningWithoutFlag, CsvTooBig, CsvNoHeader, CsvCellCount, CsvIdEmpty,
    CsvIdTwice, CsvNameEmpty, CsvNameTooLong, CsvNotYesNo, CsvUnknownValue,
    CsvUnknownValueOrEmpty, CsvDateWithTime, CsvNotDate, CsvNotTimestamp, CsvUnclosedQuote,
    CsvTextAfterQuote,
    // ---- store: SQLite (store/*) ----
    Sqlite,             // {0} SQLite's message, {1} its code
    OutOfMemory, DbNotOpen, SqlTooLong, SqlEmpty, StmtNotPrepared,
    BindFailed,         // {0} parameter number, {1} SQLite's message
    NoParameter, BindTooLong, NoRow, TxAlreadyOpen, TxNotActive, NeedsTx,
    StoredUnknown,      // {0} value, {1} column
    ActivityNoId, WorkshopNoId, TombstoneNoId, ProcessorGap, CertificationOrphan,
    DbUnreadable,       // {0} the reason (an inner error's message)
    DbCannotRead, ForeignAppId, ForeignTables,
    NewerSchema,        // {0} the file's schema version, {1} the newest this version knows
    MigrationNoVersion,
    // ---- app (app/*) ----
    NotRegisterFileName, CannotCreateFolder, NoSuchRegister, CannotRemoveRegister, NotOpen,
    ExampleMissing, IdMissing, DuplicateIdAlso, NoSuchConflict, ConflictUnreadable,
    RecordGone, ActivityExists, NoSuchActivity, NoSuchWorkshop, NothingToUndo, NothingToRedo,
    NoBase, OpenRegisterUndeletable, NothingToRestore, CannotWriteSettings, CannotWriteFile,
    NotInTrash, RegisterFileExists, CannotRestoreRegister, NoWorkspace,
    // ---- cli: reading files (cli/*) ----
    StdinUnreadable, CannotRead, NoSuchFile, IsDirectory, ReadError,
    COUNT
};

// Words used as arguments that are themselves translated.
enum class Term : std::uint8_t { AnObject, AnArray, LastCharCutOff, COUNT };

// Where an error happened. Path: a JSON path, file name or database step, shown as it is
// ("activities[3].risk_tier"); the others are positions worded in the user's language.
enum class Place : std::uint8_t {
    Path, LineColumn, Byte, TopLevel, Row, RowColumn, Activity, Workshop, COUNT
};

struct Location {
    Place place = Place::Path;
    std::vector<std::string> args;  // Path: {path}; LineColumn: {line, column}; Row: {row} ...
    Location() = default;
    Location(std::string path) : args{std::move(path)} {}
    Location(const char* path) : args{std::string(path)} {}
    Location(Place p, std::vector<std::string> a) : place(p), args(std::move(a)) {}
    bool empty() const { return place == Place::Path && (args.empty() || args[0].empty()); }
    std::string text(Lang lang = Lang::En) const;
};

struct Error;

// One argument of an error text: shown as it is, a decimal number (a comma in Dutch), a
// translated word, or the message of another error (the reason behind this one).
struct Arg {
    enum class Kind : std::uint8_t { Text, Decimal, Term, Reason };
    Kind kind = Kind::Text;
    std::string text;
    Term term = Term::AnObject;
    std::shared_ptr<const Error> reason;
    Arg(std::string s) : text(std::move(s)) {}
    Arg(const char* s) : text(s) {}
    Arg(std::string_view s) : text(s) {}
    Arg(Term t) : kind(Kind::Term), term(t) {}
    static Arg decimal(std::string pointText);
    static Arg reasonOf(const Error& e);
    std::string in(Lang lang) const;
};

struct Error {
    Location where;
    ErrorCode code = ErrorCode::None;
    std::vector<Arg> args;
    Error() = default;
    Error(Location at, ErrorCode c, std::vector<Arg> a = {})
        : where(std::move(at)), code(c), args(std::move(a)) {}
    // The parts and the whole ("where: message") in `lang`; English for logs and tests.
    std::string whereText(Lang lang = Lang::En) const { return where.text(lang); }
    std::string message(Lang lang = Lang::En) const;
    std::string text(Lang lang = Lang::En) const;
};

// What a check of one value found, before its caller knows where (a CSV cell reader): put
// into an Error with the place by the caller. No code (None) means nothing is wrong.
struct Problem {
    ErrorCode code = ErrorCode::None;
    std::vector<Arg> args;
    bool empty() const { return code == ErrorCode::None; }
};

// The texts of a code, a term and a place (for the tests that every one has both languages).
i18n::Text errorText(ErrorCode code);
i18n::Text termText(Term term);
i18n::Text placeText(Place place);

}  // namespace air
