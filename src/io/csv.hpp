// CSV export and import of the register's activities, made to survive Excel (PRODUCT.md,
// Exchange). One row per activity, one column per field of register file format v1.
//
// The format, exactly (tests/io/csv_*.cpp pin every rule):
// - Encoding: UTF-8, with a byte-order mark by default (Excel needs it to read UTF-8).
//   Import strips a BOM; text without a BOM that is not valid UTF-8 is read as Windows-1252
//   (what "CSV" without "UTF-8" in Excel's save dialog writes) unless accept_cp1252 is off.
// - Separator: `;` (Dutch Excel) or `,` (English), chosen by CsvOptions::separator. Import
//   detects it from the header line (`;`, `,` or tab, whichever occurs most; a tie keeps the
//   option) and skips an Excel `sep=X` first line.
// - Quoting: RFC 4180. A cell is quoted when it holds the separator, a quote, CR or LF;
//   quotes are doubled. Records end in CRLF; import accepts CRLF, LF or CR.
// - Header: English mode writes the register-file keys (`id`, `name`, `data_subjects`, ...);
//   Dutch mode writes Dutch headers ("Naam", "Betrokkenen", ...). Import accepts either
//   spelling per column, case-insensitively, with spaces, hyphens and underscores alike.
// - Columns, in order: the scalar fields; `data_subjects` and `data_categories` (keys joined
//   with " | "); the four booleans; `dpia`; `review_status`, `reviewer`, `reviewed_at`,
//   `next_review`; `created_at`, `updated_at`; `screening` (yes/no: is there a screening
//   object) followed by one column per screening flag and `annex_iii` (all empty when there is
//   no screening); then six columns per processor, `processor_N_name`, `_dpa_signed`,
//   `_outside_eu`, `_transfer_safeguard`, `_certifications` (keys joined with " | "),
//   `_reuses_data_for_training`, for N = 1 up to the largest processor count in the register.
//   A processor group whose cells are all empty is no processor.
// - Values: enums as their register-file keys (import also accepts the English or Dutch label);
//   booleans `true`/`false` in English mode and `ja`/`nee` in Dutch mode (import accepts
//   true/false, yes/no, ja/nee, waar/onwaar, 1/0 in any case). An empty cell means the field's
//   default, as an absent key does in the JSON file. Review dates are YYYY-MM-DD (import also
//   accepts the D-M-YYYY that Dutch Excel writes back and normalises it; slashes, a time or
//   free text are errors: the day/month order is never guessed). `created_at`/`updated_at`
//   are RFC 3339 timestamps or empty. A list value named twice ("customers | Klanten") is
//   kept once, in first-seen order.
// - Round trip (issue #11): import accepts nothing the register file reader (parseRegister)
//   would refuse, so the JSON export of an imported register always reads back equal. Every
//   value is normalised to what the file holds or refused with its row and column.
// - Formula neutralisation (OWASP "CSV injection"): on export a cell whose text starts with
//   `=`, `+`, `-`, `@`, TAB or CR, or with one or more apostrophes followed by one of those,
//   gets one extra leading apostrophe. Import removes exactly one leading apostrophe from a
//   cell that starts with apostrophes followed by one of those characters. So every text
//   round-trips exactly, and "'abc" (no trigger after the apostrophe) is left alone.
// - Import is all-or-nothing: the first problem is returned as an Error whose `where` names
//   the row (the header is row 1, as in the spreadsheet) and the column. Required columns:
//   `id` and `name`; other columns may be left out (defaults). Unknown or duplicate columns,
//   a missing or duplicate id, an empty name and rows with a different cell count are errors.
//   A missing id is an error rather than a generated one: the id is the merge key, and an id
//   made up on every import would duplicate activities when the same sheet is imported twice.
// - Not in the CSV: the organisation, workshops and unknown (`extra`) keys; fromCsv returns a
//   Register with only `activities` filled.
#pragma once

#include <string>
#include <string_view>

#include "core/enums.hpp"
#include "core/model.hpp"
#include "core/result.hpp"

namespace air::io {

struct CsvOptions {
    char separator = ';';       // `;` for Dutch Excel, `,` for English; export uses it, import
                                // falls back to it when the header does not decide
    Lang lang = Lang::Nl;       // header language and boolean words on export
    bool bom = true;            // write a UTF-8 byte-order mark
    bool accept_cp1252 = true;  // import: read non-UTF-8 text without BOM as Windows-1252
};

// The usual options for a language: Dutch `;`, English `,`; both with BOM.
CsvOptions csvDefaults(Lang lang);

// The register's activities as CSV text (rules above). Never fails.
std::string toCsv(const Register& reg, const CsvOptions& opt);

// Parses CSV text written by toCsv or edited in a spreadsheet. Either every row is valid and
// the Register holds them all, or the first problem comes back (row and column named).
Result<Register> fromCsv(std::string_view text, const CsvOptions& opt);

}  // namespace air::io
