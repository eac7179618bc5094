// CSV export and import of the register (format and rules: csv.hpp). The column table and
// the cell codecs are csv_columns.cpp's; RFC 4180 records, separators and encodings
// csv_format.cpp's.
//
// [SECTION] export   toCsv
// [SECTION] import   fromCsv: decoding, header, rows, all-or-nothing
#include "io/csv.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/fields.hpp"
#include "core/text.hpp"
#include "io/csv_columns.hpp"
#include "io/csv_format.hpp"
#include "io/register_json.hpp"

namespace air::io {

namespace {

using namespace csvfmt;
using namespace csvcol;
using text::equalsNoCase;
using text::trim;

// =========================================================================== [SECTION] export

void appendRow(std::string& out, const std::vector<std::string>& cells, char sep) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += sep;
        appendCell(out, neutralise(cells[i]), sep);
    }
    out += "\r\n";
}

}  // namespace

CsvOptions csvDefaults(Lang lang) {
    CsvOptions o;
    o.lang = lang;
    o.separator = lang == Lang::Nl ? ';' : ',';
    return o;
}

std::string toCsv(const Register& reg, const CsvOptions& opt) {
    const char sep = usableSeparator(opt.separator) ? opt.separator : ';';
    const Lang lang = opt.lang;
    int maxProc = 0;
    for (const Activity& a : reg.activities) maxProc = std::max(maxProc, int(a.processors.size()));

    std::string out = opt.bom ? std::string(kBom) : std::string();
    std::vector<std::string> cells;
    for (const ScalarColumn& c : kScalarColumns)
        cells.emplace_back(lang == Lang::Nl ? c.nl : c.key);
    cells.emplace_back(lang == Lang::Nl ? kScreeningNl : kScreeningKey);
    for (std::size_t i = 0; i < kFlagCount; ++i)
        cells.emplace_back(lang == Lang::Nl ? kFlagNl[i] : std::string_view(kScreeningFlags[i].key));
    cells.emplace_back(lang == Lang::Nl ? kAnnexNl : kAnnexKey);
    for (int p = 1; p <= maxProc; ++p)
        for (std::size_t f = 0; f < kProcFields; ++f) cells.push_back(procHeader(p, ProcField(f), lang));
    appendRow(out, cells, sep);

    for (const Activity& a : reg.activities) {
        cells.clear();
        for (const ScalarColumn& c : kScalarColumns) cells.push_back(c.get(a, lang));
        cells.push_back(yesNoCell(a.screening.has_value(), lang));
        for (const ScreeningFlag& f : kScreeningFlags)
            cells.push_back(a.screening ? boolCell((*a.screening).*(f.member), lang) : std::string());
        cells.push_back(a.screening ? std::string(keyOf(a.screening->annex_iii)) : std::string());
        for (int p = 0; p < maxProc; ++p)
            for (std::size_t f = 0; f < kProcFields; ++f)
                cells.push_back(p < int(a.processors.size())
                                    ? procCell(a.processors[std::size_t(p)], ProcField(f), lang)
                                    : std::string());
        appendRow(out, cells, sep);
    }
    return out;
}

// =========================================================================== [SECTION] import

namespace {

// Error builders: "row 4, column lifecycle: ..." (worded at the edge).
Error cellError(int row, std::string_view column, Problem problem) {
    std::string col(column);  // a header as written: keep the message valid UTF-8
    if (!text::isValidUtf8(col))
        for (char& c : col)
            if (static_cast<unsigned char>(c) >= 0x80) c = '?';
    return Error{Location{Place::RowColumn, {std::to_string(row), col}}, problem.code, std::move(problem.args)};
}
Error cellError(int row, std::string_view column, ErrorCode code, std::vector<Arg> args = {}) {
    return cellError(row, column, Problem{code, std::move(args)});
}
Error rowError(int row, ErrorCode code, std::vector<Arg> args = {}) {
    return Error{Location{Place::Row, {std::to_string(row)}}, code, std::move(args)};
}

bool blank(const Record& r) {
    return std::all_of(r.cells.begin(), r.cells.end(),
                       [](const std::string& c) { return trim(c).empty(); });
}

// The header's columns, checked: known, unique, id and name present.
struct Header {
    std::vector<ColRef> refs;
    std::vector<std::string> names;  // as written, trimmed (for messages)
};

Result<Header> readHeader(const Record& rec, const std::vector<Record>& rows, Lang lang) {
    Header h;
    std::vector<std::string> unknown;
    std::map<std::string, std::size_t> seen;  // canonical column -> first position
    for (std::size_t i = 0; i < rec.cells.size(); ++i) {
        const std::string name(trim(rec.cells[i]));
        h.names.push_back(name.empty() ? std::to_string(i + 1) : name);
        if (name.empty()) {
            // Excel leaves stray separators behind; an unnamed column must stay empty.
            for (const Record& r : rows)
                if (i < r.cells.size() && !trim(r.cells[i]).empty())
                    return cellError(r.row, std::to_string(i + 1), ErrorCode::CsvNoHeaderName);
            h.refs.push_back(ColRef{});
            continue;
        }
        const auto ref = lookupHeader(name);
        if (!ref) {
            unknown.push_back(quoted(name));
            h.refs.push_back(ColRef{});
            continue;
        }
        const std::string canonical = std::to_string(int(ref->type)) + ":" +
                                      std::to_string(ref->index) + ":" + std::to_string(ref->procNo);
        if (auto it = seen.find(canonical); it != seen.end())
            return cellError(rec.row, name, ErrorCode::CsvColumnTwice,
                             {std::to_string(it->second + 1), std::to_string(i + 1)});
        seen[canonical] = i;
        h.refs.push_back(*ref);
    }
    if (!unknown.empty()) {
        std::string list;
        for (const std::string& u : unknown) list += (list.empty() ? "" : ", ") + u;
        return rowError(rec.row, unknown.size() == 1 ? ErrorCode::CsvUnknownColumn : ErrorCode::CsvUnknownColumns,
                        {list});
    }
    for (std::size_t required : {kIdColumn, kNameColumn}) {
        const std::string canonical = std::to_string(int(ColRef::Type::Scalar)) + ":" +
                                      std::to_string(required) + ":0";
        if (!seen.count(canonical)) {
            const ScalarColumn& c = kScalarColumns[required];
            return rowError(rec.row, ErrorCode::CsvColumnMissing, {quoted(lang == Lang::Nl ? c.nl : c.key)});
        }
    }
    return h;
}

// One data row as an Activity, or the first problem in it.
Result<Activity> readRow(const Record& rec, const Header& h, bool checkUtf8) {
    Activity a;
    std::optional<bool> screeningSaid;  // the `screening` column, when filled in
    std::size_t screeningCol = 0;
    std::vector<std::pair<std::size_t, std::string>> flagCells;  // (column, cell)
    std::map<int, std::array<std::optional<std::pair<std::size_t, std::string>>, kProcFields>> groups;

    for (std::size_t i = 0; i < rec.cells.size(); ++i) {
        const ColRef& ref = h.refs[i];
        if (ref.type == ColRef::Type::Ignored) continue;
        if (checkUtf8 && !io::isValidUtf8(rec.cells[i]))
            return cellError(rec.row, h.names[i], ErrorCode::CsvBadUtf8);
        std::string cell = unneutralise(rec.cells[i]);
        Problem problem;
        switch (ref.type) {
            case ColRef::Type::Scalar: problem = kScalarColumns[ref.index].set(a, cell); break;
            case ColRef::Type::Screening:
                if (!trim(cell).empty()) {
                    bool b = false;
                    problem = readBool(cell, b);
                    screeningSaid = b;
                    screeningCol = i;
                }
                break;
            case ColRef::Type::Flag:
            case ColRef::Type::Annex: flagCells.emplace_back(i, std::move(cell)); break;
            case ColRef::Type::Proc: groups[ref.procNo][ref.index] = std::pair(i, std::move(cell)); break;
            case ColRef::Type::Ignored: break;
        }
        if (!problem.empty()) return cellError(rec.row, h.names[i], std::move(problem));
    }

    // Screening: "yes" makes one, "no" allows only empty or false answers, empty column:
    // there is a screening when any answer is filled in.
    const bool anyAnswer = std::any_of(flagCells.begin(), flagCells.end(),
                                       [](const auto& fc) { return !trim(fc.second).empty(); });
    if (screeningSaid.value_or(anyAnswer)) {
        Screening s;
        for (const auto& [col, cell] : flagCells) {
            const ColRef& ref = h.refs[col];
            Problem problem = ref.type == ColRef::Type::Annex
                                  ? readAnnex(cell, s.annex_iii)
                                  : readBool(cell, s.*(kScreeningFlags[ref.index].member));
            if (!problem.empty()) return cellError(rec.row, h.names[col], std::move(problem));
        }
        a.screening = s;
    } else {
        for (const auto& [col, cell] : flagCells) {
            Screening s;
            const ColRef& ref = h.refs[col];
            Problem problem = ref.type == ColRef::Type::Annex
                                  ? readAnnex(cell, s.annex_iii)
                                  : readBool(cell, s.*(kScreeningFlags[ref.index].member));
            if (problem.empty() && !(s == Screening{}))
                problem = {ErrorCode::CsvScreeningWithoutFlag, {quoted(h.names[screeningCol])}};
            if (!problem.empty()) return cellError(rec.row, h.names[col], std::move(problem));
        }
    }

    // Processors, by group number; a group with only empty cells is no processor.
    for (const auto& [no, cells] : groups) {
        const bool empty = std::all_of(cells.begin(), cells.end(), [](const auto& c) {
            return !c || trim(c->second).empty();
        });
        if (empty) continue;
        Processor p;
        for (std::size_t f = 0; f < kProcFields; ++f) {
            if (!cells[f]) continue;
            Problem problem = readProcCell(p, ProcField(f), cells[f]->second);
            if (!problem.empty()) return cellError(rec.row, h.names[cells[f]->first], std::move(problem));
        }
        a.processors.push_back(std::move(p));
    }
    return a;
}

// The register file reader refuses a file over kMaxRegisterBytes, so a sheet whose register
// file would be larger must not come in: the page's export of it could not be read back
// (issue #11). A CSV can be far smaller than its register file (every activity writes all of
// its keys; a control character takes six bytes as \u0001), so its own size says nothing.
// Measured on the page's export (pretty JSON) with room for what export adds (exported_at,
// an organisation name). Only a too-big sheet pays for finding the row it outgrows the limit.
Status fitsRegisterFile(const Register& reg, const std::vector<int>& rows) {
    constexpr std::size_t kRoom = 1024;
    constexpr std::size_t kLimit = kMaxRegisterBytes - kRoom;
    if (writeRegister(reg, true).size() <= kLimit) return okStatus();
    const std::size_t envelope = writeRegister(Register{}, true).size();
    std::size_t total = envelope, i = 0;
    for (; i + 1 < reg.activities.size(); ++i) {
        Register one;
        one.activities.push_back(reg.activities[i]);
        total += writeRegister(one, true).size() - envelope;
        if (total > kLimit) break;
    }
    const std::string mb = std::to_string(kMaxRegisterBytes / (1024 * 1024));
    return rowError(rows[i], ErrorCode::CsvTooBig, {mb});
}

// Position of a scalar column in the header (for messages about id and name).
std::string columnName(const Header& h, std::size_t scalar) {
    for (std::size_t i = 0; i < h.refs.size(); ++i)
        if (h.refs[i].type == ColRef::Type::Scalar && h.refs[i].index == scalar) return h.names[i];
    return std::string(kScalarColumns[scalar].key);
}

}  // namespace

Result<Register> fromCsv(std::string_view text, const CsvOptions& opt) {
    const Lang lang = opt.lang;
    // Encoding: a BOM promises UTF-8; without one, text that is not UTF-8 is Windows-1252.
    bool checkUtf8 = true;
    std::string decoded;
    if (text.substr(0, kBom.size()) == kBom) {
        text.remove_prefix(kBom.size());
    } else if (opt.accept_cp1252 && !text::isValidUtf8(text)) {
        decoded = cp1252ToUtf8(text);
        text = decoded;
        checkUtf8 = false;
    }

    // Excel's "sep=;" hint line, else detection from the header line.
    char sep = usableSeparator(opt.separator) ? opt.separator : ';';
    if (text.size() >= 5 && equalsNoCase(text.substr(0, 4), "sep=") && usableSeparator(text[4]) &&
        (text.size() == 5 || text[5] == '\r' || text[5] == '\n')) {
        sep = text[4];
        text.remove_prefix(5);
        if (!text.empty() && text[0] == '\r') text.remove_prefix(1);
        if (!text.empty() && text[0] == '\n') text.remove_prefix(1);
    } else {
        sep = detectSeparator(text, sep);
    }

    std::vector<Record> records;
    ParseProblem pp;
    if (!parseRecords(text, sep, records, pp)) {
        std::string col = std::to_string(pp.cell + 1);
        if (pp.row > 1 && !records.empty() && std::size_t(pp.cell) < records[0].cells.size() &&
            !trim(records[0].cells[std::size_t(pp.cell)]).empty())
            col = std::string(trim(records[0].cells[std::size_t(pp.cell)]));
        return cellError(pp.row, col, pp.code);
    }
    if (records.empty() || blank(records[0]))
        return rowError(1, ErrorCode::CsvNoHeader);

    const std::vector<Record> dataRows(records.begin() + 1, records.end());
    auto header = readHeader(records[0], dataRows, lang);
    if (!header) return header.error();
    const Header& h = header.value();

    Register reg;
    std::vector<int> rows;  // the row of each activity
    std::map<std::string, int> idRows;
    for (const Record& rec : dataRows) {
        if (blank(rec)) continue;  // Excel writes empty rows as ";;;;"
        if (rec.cells.size() != h.refs.size())
            return rowError(rec.row, ErrorCode::CsvCellCount,
                            {std::to_string(rec.cells.size()), std::to_string(h.refs.size())});
        auto act = readRow(rec, h, checkUtf8);
        if (!act) return act.error();
        Activity& a = act.value();
        if (trim(a.id).empty())
            return cellError(rec.row, columnName(h, kIdColumn), ErrorCode::CsvIdEmpty);
        if (auto [it, fresh] = idRows.emplace(a.id, rec.row); !fresh)
            return cellError(rec.row, columnName(h, kIdColumn), ErrorCode::CsvIdTwice,
                             {quoted(a.id), std::to_string(it->second)});
        if (trim(a.name).empty())
            return cellError(rec.row, columnName(h, kNameColumn), ErrorCode::CsvNameEmpty);
        if (text::codePointCount(a.name) > kMaxNameChars)
            return cellError(rec.row, columnName(h, kNameColumn), ErrorCode::CsvNameTooLong,
                             {std::to_string(kMaxNameChars)});
        reg.activities.push_back(std::move(a));
        rows.push_back(rec.row);
    }
    if (Status s = fitsRegisterFile(reg, rows); !s) return s.error();
    return reg;
}

}  // namespace air::io
