// The Import / export work without drawing: export files (name, type, bytes), reading an
// import file, the merge plan that a preview plus the user's choices turn into, and the export
// reminder. The page (ui/exchange_view.cpp, ui/exchange_import.cpp) draws it and `air convert`
// writes its export bytes through exportText(), so both produce the same files.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_model.hpp"
#include "core/enums.hpp"
#include "core/model.hpp"
#include "io/import_preview.hpp"
#include "io/register_json.hpp"
#include "io/report.hpp"

namespace air::app::exchange {

// The import preview and the report's change entries are io's types; the page reaches them
// through these names (ui includes no io header).
using io::ImportItem;
using io::ImportPreview;
using io::ImportStatus;
using io::importStatusLabel;
using io::previewImport;
using io::RecentChange;
using io::WorkshopDiff;
// The largest register file that is read (20 MiB); larger files are refused before parsing.
inline constexpr std::size_t kMaxImportBytes = io::kMaxRegisterBytes;

// ---- export ----------------------------------------------------------------------------
enum class Format { Json, Csv, Html, Markdown };
inline constexpr Format kFormats[] = {Format::Json, Format::Csv, Format::Html, Format::Markdown};

struct ExportFile {
    std::string name;  // e.g. "voorbeeld-retail-bv_ai-register_2026-11-25.json"
    std::string mime;
    std::string bytes;
};

// "Voorbeeld Retail B.V." -> "voorbeeld-retail-bv": lower-case ASCII letters and digits,
// accents dropped (é -> e), dots and apostrophes removed, other runs of characters become
// one hyphen. "" when nothing is left.
std::string slug(std::string_view text);
// The file-name stem for a register: slug of the organisation, else of the register name,
// else "register".
std::string fileStem(std::string_view organisation, std::string_view registerName);

// One export file of the open register. `now` (RFC 3339) becomes exported_at in the JSON file;
// `date` (YYYY-MM-DD) goes into the file name and the report. `csvSeparator` is ';' or ','.
// Reports carry up to `historyPerActivity` recent changes per activity from the model.
// `reportWord` is the reports' file-name word in `lang` (the page's "review-report" /
// "beoordelingsrapport"): "<stem>_<reportWord>_<date>.html".
ExportFile buildExport(const AppModel& model, Format format, Lang lang, char csvSeparator,
                       std::string_view now, std::string_view date, std::string_view reportWord,
                       int historyPerActivity = 8);

// How exportText writes a register: language, CSV separator, report date and history.
struct ExportOptions {
    Lang lang = Lang::Nl;   // CSV header and words, report language
    char csvSeparator = 0;  // ';' or ','; anything else: the language's default (csvDefaults)
    std::string date;       // YYYY-MM-DD, the report date ("" = the date of reg.exported_at)
    // Reports only: recent changes per activity id (see recentChanges()).
    std::map<std::string, std::vector<RecentChange>> recentChanges;
};

// The bytes of one export file of `reg`, written as it is (exported_at is not touched): the
// register file (JSON), the CSV sheet, or the review report as HTML or Markdown. buildExport
// and `air convert` both write through this.
std::string exportText(const Register& reg, Format format, const ExportOptions& opt);

// The most recent changes per activity id, newest first, worded for the report.
std::map<std::string, std::vector<RecentChange>> recentChanges(const AppModel& model, Lang lang, int perActivity);

// The workshop's session report as a download: "workshop-<slug>-<date>.html" (Format::Html)
// or ".md" (any other format: Markdown), in `lang`, from the register as it is now.
ExportFile workshopReport(const AppModel& model, const Workshop& w, Format format, Lang lang);

// Today's date in the local time zone (YYYY-MM-DD).
std::string localDate();

// ---- import ----------------------------------------------------------------------------
struct ImportFile {
    std::string name;
    bool csv = false;
    Register reg;
};

// What reading an import file gave: the file, or why not. TooBig and Empty are decided before
// parsing and carry no error (the caller words them, with `bytes`); Unreadable carries the
// reader's Error (a code, naming the JSON path or the row and column), which the view words.
struct ImportRead {
    enum class Problem { None, TooBig, Empty, Unreadable };
    Problem problem = Problem::None;
    ImportFile file;        // Problem::None: what was read
    std::size_t bytes = 0;  // the file's size
    Error error;            // Problem::Unreadable: what the reader found
    bool ok() const { return problem == Problem::None; }
};

// Reads a dropped or chosen file: refuses files over kMaxImportBytes before parsing, and
// files with nothing but white space (and a BOM); detects JSON or CSV (extension, then the
// first character), and parses it (CSV separator detected from the header; `lang` sets the
// sheet's usual separator and header language).
ImportRead readImportFile(std::string_view name, std::string_view bytes, Lang lang);

// The user's answer for one differing field of a conflicting activity, for one deletion, or
// for one differing workshop: keep this register's version, or take the file's.
enum class Pick { Mine, Theirs };

// Per conflicting activity id: per differing field key, which side to keep. A Deleted item has
// the one key kDeletionField: Mine = this register's state (deleted or present), Theirs = the
// file's state (present or deleted).
using Resolutions = std::map<std::string, std::map<std::string, Pick>>;
inline constexpr const char* kDeletionField = "deleted";
// Per differing workshop id (ImportPreview::workshop_diffs): the whole copy to keep.
using WorkshopPicks = std::map<std::string, Pick>;

// Default resolutions: every differing field of every conflicting activity keeps "mine"
// (a conflict means this register's copy is the newer one or equally new); a deletion goes
// the way of the newer side (the merge rule: deleted unless changed after the deletion).
Resolutions defaultResolutions(const ImportPreview& preview);
// "Take the newer for all": per conflicting activity, every field from the side whose
// updated_at is later (mine on a tie); deletions as in defaultResolutions.
Resolutions newerResolutions(const ImportPreview& preview);
// Every conflict and every deletion resolved one way.
Resolutions allTheirs(const ImportPreview& preview);
Resolutions allMine(const ImportPreview& preview);
// Every differing workshop resolved one way (the default is Mine, as `air merge` keeps A's).
WorkshopPicks workshopPicks(const ImportPreview& preview, Pick pick);

// The pick for one key, or `fallback` when there is none.
Pick pickOf(const Resolutions& picks, const std::string& id, const std::string& field, Pick fallback);

// What a merge import sends to AppModel::importRegister(…, Merge): new and updated activities
// as in the file, conflicting ones as this register's copy with the fields picked "theirs"
// taken from the file and updated_at set to `now` (left out when nothing is taken), unchanged
// ones left out; workshops this register does not have, and differing ones picked "theirs";
// organisation and top-level extras only when this register has none.
// Deletions: the file's tombstones for ids this register does not have are passed on (they
// are united). A Deleted item picked the newer way follows the merge rule; picked the other
// way it is made to stick: a restored activity or a kept copy gets updated_at = `now`, a
// deletion against a later change gets a tombstone dated `now` (io::stampAfter: at least one
// second after the other side's time) — so the next merge of the same file does not ask
// again. `count` = activities that will be added, changed or deleted.
struct MergePlan {
    Register reg;
    int count = 0;
};
MergePlan mergePlan(const Register& current, const ImportFile& file, const ImportPreview& preview,
                    const Resolutions& picks, std::string_view now, const WorkshopPicks& workshops = {});
// The `count` mergePlan would give, without building the plan (cheap every frame).
int mergeCount(const ImportPreview& preview, const Resolutions& picks);

// What a replace import sends: the file as it is (with its tombstones); a CSV file holds no
// workshops, no organisation and no tombstones, so those of the current register are kept.
Register replacePlan(const Register& current, const ImportFile& file);

// ---- export reminder -------------------------------------------------------------------
inline constexpr int kDefaultRemindDays = 14;
inline constexpr const char* kPrefLastExport = "exchange.last_export";
inline constexpr const char* kPrefRemindDays = "exchange.remind_days";
// When this register first held activities in this browser (written once by the reminder):
// a never-exported register is counted from here, not from its activities' creation dates,
// which an imported or example register brings from elsewhere.
inline constexpr const char* kPrefKeptSince = "exchange.kept_since";

// Whole days from the date of `from` to the date of `to` (RFC 3339 or YYYY-MM-DD, UTC dates);
// nullopt when either cannot be read.
std::optional<int> daysBetween(std::string_view from, std::string_view to);

// Days since the last export (or, never exported, since `keptSince`, or without it since the
// first activity was created) when that is more than `remindDays`; nullopt when no reminder is
// due (remindDays <= 0, an empty register, or recent enough).
std::optional<int> exportOverdueDays(std::string_view lastExport, const std::vector<Activity>& activities,
                                     int remindDays, std::string_view now, std::string_view keptSince = "");

// The reminder setting, as stored in the user's settings (Workspace::setting(kPrefRemindDays);
// default 14 when empty or unreadable, 0 = never, at most 365).
int remindDays(std::string_view stored);

}  // namespace air::app::exchange
