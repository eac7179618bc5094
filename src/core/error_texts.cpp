// The texts of every error code, place and term in English and Dutch, in the order of the
// enums in core/error.hpp (checked at compile time), in sections per reporting module. The
// register file's texts were io/register_json_messages.cpp's table; CSV's were its tr() pairs.
// Glossary (ui/strings_register.inc): activity = activiteit, register file = registerbestand,
// sheet = blad, column = kolom, row = rij, workshop = workshop.
#include <array>
#include <cstddef>

#include "core/error.hpp"

namespace air {
namespace {

struct CodeText {
    ErrorCode code;
    i18n::Text text;
};
using C = ErrorCode;

constexpr CodeText kCodes[] = {
    {C::None, {"unknown error", "onbekende fout"}},
    // ---- io: the register file ----
    {C::TooBig, {"file is {0} MB; the limit is {1} MB", "bestand is {0} MB; de limiet is {1} MB"}},
    {C::Empty, {"the file is empty", "het bestand is leeg"}},
    {C::BadUtf8, {"invalid UTF-8 (byte 0x{0}); save the file as UTF-8",
                  "ongeldige UTF-8 (byte 0x{0}); sla het bestand op als UTF-8"}},
    {C::NotJson, {"not valid JSON: {0}", "geen geldige JSON: {0}"}},
    {C::Truncated, {"the file ends too early, it looks truncated: {0}",
                    "het bestand houdt te vroeg op, het lijkt afgekapt: {0}"}},
    {C::TooDeep, {"nested more than {0} levels deep", "meer dan {0} niveaus diep genest"}},
    {C::DuplicateKey, {"this key appears more than once in the same object",
                       "deze sleutel komt meer dan eens voor in hetzelfde object"}},
    {C::ExpObject, {"expected an object, got {0}", "verwacht een object, maar kreeg {0}"}},
    {C::ExpArray, {"expected an array, got {0}", "verwacht een lijst (array), maar kreeg {0}"}},
    {C::ExpString, {"expected a string, got {0}", "verwacht een tekst (string), maar kreeg {0}"}},
    {C::ExpBool, {"expected true or false, got {0}", "verwacht true of false, maar kreeg {0}"}},
    {C::ExpInteger, {"expected a whole number, got {0}", "verwacht een geheel getal, maar kreeg {0}"}},
    {C::ExpCount, {"expected a whole number from 0 to {0}, got {1}",
                   "verwacht een geheel getal van 0 tot en met {0}, maar kreeg {1}"}},
    {C::ExpOneOf, {"expected one of {0}, got {1}", "verwacht een van {0}, maar kreeg {1}"}},
    {C::UnknownValue, {"unknown value {0}; allowed: {1}", "onbekende waarde {0}; toegestaan: {1}"}},
    {C::Missing, {"missing; this field is required", "ontbreekt; dit veld is verplicht"}},
    {C::EmptyValue, {"must not be empty", "mag niet leeg zijn"}},
    {C::TooLong, {"is {0} characters long; the limit is {1}", "is {0} tekens lang; de limiet is {1}"}},
    {C::DuplicateId, {"duplicate id {0}: {1} has the same id", "dubbele id {0}: {1} heeft dezelfde id"}},
    {C::BadDate, {"expected a date as YYYY-MM-DD, got {0}", "verwacht een datum als JJJJ-MM-DD, maar kreeg {0}"}},
    {C::NoSuchDay, {"{0} is not a day in the calendar", "{0} bestaat niet in de kalender"}},
    {C::BadTimestamp,
     {"expected an RFC 3339 timestamp such as \"2026-11-25T09:00:00Z\", got {0}",
      "verwacht een RFC 3339-tijdstip zoals \"2026-11-25T09:00:00Z\", maar kreeg {0}"}},
    {C::FormatMissing,
     {"missing; a register file has \"format\": \"ai-activity-register\" (this is not a register file)",
      "ontbreekt; een registerbestand heeft \"format\": \"ai-activity-register\" (dit is geen registerbestand)"}},
    {C::FormatWrong, {"expected \"ai-activity-register\", got {0} (this is not a register file)",
                      "verwacht \"ai-activity-register\", maar kreeg {0} (dit is geen registerbestand)"}},
    {C::VersionUnsupported, {"format_version {0} is not supported; this program reads format_version 1",
                             "format_version {0} wordt niet ondersteund; dit programma leest format_version 1"}},
    {C::UnknownKey, {"unknown key; allowed: {0}", "onbekende sleutel; toegestaan: {0}"}},
    {C::ListedTwice, {"{0} is listed more than once", "{0} staat er meer dan eens in"}},
    // ---- io: CSV ----
    {C::CsvNoHeaderName, {"this column has no header but holds data", "deze kolom heeft geen kop maar wel inhoud"}},
    {C::CsvColumnTwice, {"the column appears twice (columns {0} and {1})",
                         "de kolom staat er twee keer in (kolom {0} en {1})"}},
    {C::CsvUnknownColumn, {"unknown column {0}", "onbekende kolom {0}"}},
    {C::CsvUnknownColumns, {"unknown columns {0}", "onbekende kolommen {0}"}},
    {C::CsvColumnMissing, {"the column {0} is missing", "de kolom {0} ontbreekt"}},
    {C::CsvBadUtf8, {"the text is not valid UTF-8 (save the sheet as \"CSV UTF-8\")",
                     "de tekst is geen geldige UTF-8 (sla het blad op als \"CSV UTF-8\")"}},
    {C::CsvScreeningWithoutFlag, {"a screening answer is filled in, but column {0} says there is no screening",
                                  "er is een screeningsantwoord ingevuld, maar kolom {0} zegt dat er geen screening is"}},
    {C::CsvTooBig,
     {"from this row on the register file would be larger than {0} MB, the most a register file may hold; split the sheet into smaller registers",
      "vanaf deze rij zou het registerbestand groter worden dan {0} MB, het maximum voor een registerbestand; verdeel het blad over kleinere registers"}},
    {C::CsvNoHeader, {"no header row: the file is empty or starts with an empty line",
                      "geen kopregel: het bestand is leeg of begint met een lege regel"}},
    {C::CsvCellCount, {"{0} cells where the header has {1}", "{0} cellen, de kopregel heeft er {1}"}},
    {C::CsvIdEmpty, {"the id is empty (every activity needs its own id)",
                     "het ID is leeg (elke activiteit heeft een eigen ID nodig)"}},
    {C::CsvIdTwice, {"the id {0} is also used on row {1}", "het ID {0} staat ook op rij {1}"}},
    {C::CsvNameEmpty, {"the name is empty (every activity needs a name)",
                       "de naam is leeg (elke activiteit heeft een naam nodig)"}},
    {C::CsvNameTooLong, {"the name is longer than {0} characters", "de naam is langer dan {0} tekens"}},
    {C::CsvNotYesNo, {"{0} is not yes or no (use true/false or ja/nee)",
                      "{0} is geen ja of nee (gebruik ja/nee of true/false)"}},
    {C::CsvUnknownValue, {"unknown value {0} (allowed: {1})", "onbekende waarde {0} (toegestaan: {1})"}},
    {C::CsvUnknownValueOrEmpty, {"unknown value {0} (allowed: {1}, or empty)",
                                 "onbekende waarde {0} (toegestaan: {1}, of leeg)"}},
    {C::CsvDateWithTime, {"{0} is a date with a time; this column holds a day only (use YYYY-MM-DD)",
                          "{0} is een datum met tijd; deze kolom bevat alleen een dag (gebruik JJJJ-MM-DD)"}},
    {C::CsvNotDate, {"{0} is not a date (use YYYY-MM-DD)", "{0} is geen datum (gebruik JJJJ-MM-DD)"}},
    {C::CsvNotTimestamp, {"{0} is not a timestamp (use RFC 3339, e.g. 2026-11-25T09:00:00Z)",
                          "{0} is geen tijdstip (gebruik RFC 3339, bijv. 2026-11-25T09:00:00Z)"}},
    {C::CsvUnclosedQuote, {"a quoted cell is not closed (a quote is missing)",
                           "een cel tussen aanhalingstekens wordt niet afgesloten (er ontbreekt een aanhalingsteken)"}},
    {C::CsvTextAfterQuote, {"text after the closing quote of a cell",
                            "tekst na het afsluitende aanhalingsteken van een cel"}},
    // ---- store ----
    {C::Sqlite, {"{0} (SQLite code {1})", "{0} (SQLite-code {1})"}},
    {C::OutOfMemory, {"out of memory", "onvoldoende geheugen"}},
    {C::DbNotOpen, {"the database is not open", "de database is niet geopend"}},
    {C::SqlTooLong, {"SQL text too long", "SQL-tekst te lang"}},
    {C::SqlEmpty, {"empty SQL statement", "lege SQL-opdracht"}},
    {C::StmtNotPrepared, {"statement not prepared", "opdracht niet voorbereid"}},
    {C::BindFailed, {"binding parameter {0}: {1}", "parameter {0} koppelen: {1}"}},
    {C::NoParameter, {"no parameter named {0}", "geen parameter met de naam {0}"}},
    {C::BindTooLong, {"text value too long", "tekstwaarde te lang"}},
    {C::NoRow, {"no result row", "geen resultaatrij"}},
    {C::TxAlreadyOpen, {"a transaction is already open", "er is al een transactie open"}},
    {C::TxNotActive, {"transaction is not active", "de transactie is niet actief"}},
    {C::NeedsTx, {"must run inside a transaction", "moet binnen een transactie lopen"}},
    {C::StoredUnknown, {"unknown value '{0}' in column {1}", "onbekende waarde '{0}' in kolom {1}"}},
    {C::ActivityNoId, {"the activity has no id", "de activiteit heeft geen ID"}},
    {C::WorkshopNoId, {"the workshop has no id", "de workshop heeft geen ID"}},
    {C::TombstoneNoId, {"the tombstone has no id", "de verwijdermarkering heeft geen ID"}},
    {C::ProcessorGap, {"processor positions are not contiguous", "de posities van de verwerkers sluiten niet op elkaar aan"}},
    {C::CertificationOrphan, {"certification of a missing processor", "certificering van een verwerker die ontbreekt"}},
    {C::DbUnreadable, {"cannot be read as a register database: {0}", "kan niet als registerdatabase worden gelezen: {0}"}},
    {C::DbCannotRead, {"cannot be read: {0}", "kan niet worden gelezen: {0}"}},
    {C::ForeignAppId, {"is a database of another application (application_id {0}), not an AI Activity Register",
                       "is een database van een andere toepassing (application_id {0}), geen AI-activiteitenregister"}},
    {C::ForeignTables, {"is a database of another application (it already holds other tables), not an AI Activity Register",
                        "is een database van een andere toepassing (er staan al andere tabellen in), geen AI-activiteitenregister"}},
    {C::NewerSchema,
     {"was written by a newer version of this app (schema version {0}; this version knows up to {1}). Open it with the newer version.",
      "is geschreven door een nieuwere versie van deze app (schemaversie {0}; deze versie kent tot en met {1}). Open het met de nieuwere versie."}},
    {C::MigrationNoVersion, {"the migration did not set user_version", "de migratie heeft user_version niet gezet"}},
    // ---- app ----
    {C::NotRegisterFileName, {"not a register file name (expected a name like reg-<id>.sqlite)",
                              "geen naam van een registerbestand (verwacht een naam zoals reg-<id>.sqlite)"}},
    {C::CannotCreateFolder, {"cannot create the folder: {0}", "kan de map niet maken: {0}"}},
    {C::NoSuchRegister, {"no such register", "dit register bestaat niet"}},
    {C::CannotRemoveRegister, {"cannot remove the register: {0}", "kan het register niet verwijderen: {0}"}},
    {C::NotOpen, {"no register is open", "er is geen register geopend"}},
    {C::ExampleMissing, {"The example register is missing from this build.", "Het voorbeeldregister ontbreekt in deze versie."}},
    {C::IdMissing, {"the id is missing", "het ID ontbreekt"}},
    {C::DuplicateIdAlso, {"duplicate id '{0}' (also {1})", "dubbel ID '{0}' (ook {1})"}},
    {C::NoSuchConflict, {"no such conflict", "dit conflict bestaat niet"}},
    {C::ConflictUnreadable, {"the other side's value cannot be read", "de waarde van de andere kant is onleesbaar"}},
    {C::RecordGone, {"the record is no longer in the register", "dit item staat niet meer in het register"}},
    {C::ActivityExists, {"an activity with this id already exists", "er bestaat al een activiteit met dit ID"}},
    {C::NoSuchActivity, {"no such activity", "deze activiteit bestaat niet"}},
    {C::NoSuchWorkshop, {"no such workshop", "deze workshop bestaat niet"}},
    {C::NothingToUndo, {"nothing to undo", "er is niets om ongedaan te maken"}},
    {C::NothingToRedo, {"nothing to redo", "er is niets om opnieuw te doen"}},
    {C::NoBase, {"no base", "geen basis"}},
    {C::OpenRegisterUndeletable, {"the open register cannot be deleted", "het geopende register kan niet worden verwijderd"}},
    {C::NothingToRestore, {"nothing to restore", "er is niets om terug te zetten"}},
    {C::CannotWriteSettings, {"cannot write the settings", "kan de instellingen niet opslaan"}},
    {C::CannotWriteFile, {"cannot write the file", "kan het bestand niet schrijven"}},
    {C::NotInTrash, {"not in the trash", "staat niet bij de verwijderde registers"}},
    {C::RegisterFileExists, {"a register of that file name exists", "er bestaat al een register met die bestandsnaam"}},
    {C::CannotRestoreRegister, {"cannot restore the register: {0}", "kan het register niet terugzetten: {0}"}},
    {C::NoWorkspace, {"no workspace", "geen werkruimte"}},
    // ---- cli ----
    {C::StdinUnreadable, {"cannot read standard input", "kan de standaardinvoer niet lezen"}},
    {C::CannotRead, {"cannot read: {0}", "kan niet lezen: {0}"}},
    {C::NoSuchFile, {"cannot read: no such file", "kan niet lezen: het bestand bestaat niet"}},
    {C::IsDirectory, {"cannot read: it is a directory", "kan niet lezen: het is een map"}},
    {C::ReadError, {"cannot read: read error", "kan niet lezen: leesfout"}},
};

constexpr bool inOrder() {
    for (std::size_t i = 0; i < std::size(kCodes); ++i)
        if (std::size_t(kCodes[i].code) != i || kCodes[i].text.en.empty() || kCodes[i].text.nl.empty())
            return false;
    return true;
}
static_assert(std::size(kCodes) == std::size_t(ErrorCode::COUNT), "kCodes and ErrorCode differ");
static_assert(inOrder(), "kCodes is not in ErrorCode order, or a text is missing");

constexpr i18n::Text kTerms[] = {
    {"an object", "een object"},
    {"an array", "een lijst"},
    {"the last character is cut off", "het laatste teken is afgebroken"},
};
static_assert(std::size(kTerms) == std::size_t(Term::COUNT), "kTerms and Term differ");

// Place texts, in Place order; {0} {1} are the Location's args.
constexpr i18n::Text kPlaces[] = {
    {"{0}", "{0}"},
    {"line {0}, column {1}", "regel {0}, kolom {1}"},
    {"byte {0}", "byte {0}"},
    {"top level", "hoofdniveau"},
    {"row {0}", "rij {0}"},
    {"row {0}, column {1}", "rij {0}, kolom {1}"},
    {"activity '{0}'", "activiteit '{0}'"},
    {"workshop '{0}'", "workshop '{0}'"},
};
static_assert(std::size(kPlaces) == std::size_t(Place::COUNT), "kPlaces and Place differ");

}  // namespace

i18n::Text errorText(ErrorCode code) {
    const std::size_t i = std::size_t(code);
    return i < std::size(kCodes) ? kCodes[i].text : kCodes[0].text;
}
i18n::Text termText(Term term) { return kTerms[std::size_t(term) % std::size(kTerms)]; }
i18n::Text placeText(Place place) { return kPlaces[std::size_t(place) % std::size(kPlaces)]; }

std::string Location::text(Lang lang) const {
    if (place == Place::Path) return args.empty() ? std::string() : args[0];
    return i18n::format(placeText(place).in(lang), args);
}

Arg Arg::decimal(std::string pointText) {
    Arg a(std::move(pointText));
    a.kind = Kind::Decimal;
    return a;
}

Arg Arg::reasonOf(const Error& e) {
    Arg a(std::string{});
    a.kind = Kind::Reason;
    a.reason = std::make_shared<const Error>(e);
    return a;
}

std::string Arg::in(Lang lang) const {
    switch (kind) {
        case Kind::Text: return text;
        case Kind::Decimal: return i18n::decimal(text, lang);
        case Kind::Term: return std::string(termText(term).in(lang));
        case Kind::Reason: return reason ? reason->message(lang) : std::string();
    }
    return text;
}

std::string Error::message(Lang lang) const {
    std::vector<std::string> words;
    words.reserve(args.size());
    for (const Arg& a : args) words.push_back(a.in(lang));
    return i18n::format(errorText(code).in(lang), words);
}

std::string Error::text(Lang lang) const {
    std::string w = whereText(lang);
    return w.empty() ? message(lang) : w + ": " + message(lang);
}

}  // namespace air
