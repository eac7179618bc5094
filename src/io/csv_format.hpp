// Low-level CSV text handling for csv.cpp: RFC 4180 cells and records, separator detection,
// formula neutralisation and Windows-1252 decoding. Internal to air_io. UTF-8 checks, trimming
// and ASCII case folding are core/text.hpp's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace air::io::csvfmt {

inline constexpr std::string_view kBom = "\xEF\xBB\xBF";

// True when `c` makes a spreadsheet treat a cell as a formula (OWASP CSV injection).
constexpr bool isFormulaTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// Export: one leading apostrophe added when the text starts with a trigger, or with
// apostrophes followed by a trigger (so that `unneutralise` is its exact inverse).
std::string neutralise(std::string_view text);
// Import: removes exactly one leading apostrophe when the cell starts with apostrophes
// followed by a trigger; any other text is returned unchanged.
std::string unneutralise(std::string_view cell);

// Appends one cell, quoted when it holds `sep`, a quote, CR or LF (quotes doubled).
void appendCell(std::string& out, std::string_view cell, char sep);

// One parsed record with its 1-based row number (the header is row 1).
struct Record {
    int row = 0;
    std::vector<std::string> cells;
};

// Where parsing stopped: row and 0-based cell index, and what went wrong.
struct ParseProblem {
    int row = 0;
    int cell = -1;  // -1: the row as a whole
    ErrorCode code = ErrorCode::None;
};

// Splits `text` into records. Records end in CRLF, LF or CR outside quotes; a final line
// end is optional. Returns false and fills `problem` on an unclosed quote or text after a
// closing quote.
bool parseRecords(std::string_view text, char sep, std::vector<Record>& out,
                  ParseProblem& problem);

// The separator of the first record: whichever of `fallback`, `;`, `,` and TAB occurs most
// outside quotes; a tie prefers `fallback`.
char detectSeparator(std::string_view text, char fallback);

// Windows-1252 bytes as UTF-8 (the five unassigned bytes map to U+0081 etc.).
std::string cp1252ToUtf8(std::string_view text);

}  // namespace air::io::csvfmt
