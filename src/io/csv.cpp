// CSV export and import of the register (format and rules: csv.hpp).
//
// [SECTIONS]
//   [WORDS]    bilingual message pieces and cell encoders/decoders for booleans, enums, lists
//   [COLUMNS]  the column table: scalar fields, screening, processor groups; header lookup
//   [EXPORT]   toCsv
//   [IMPORT]   fromCsv: decoding, header, rows, all-or-nothing
#include "io/csv.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include "core/fields.hpp"
#include "core/text.hpp"
#include "io/csv_format.hpp"
#include "io/register_json.hpp"

namespace air::io {

namespace {

using namespace csvfmt;
using text::equalsNoCase;
using text::lowerAscii;
using text::trim;

// ============================================================================ [WORDS]

std::string_view tr(Lang lang, std::string_view en, std::string_view nl) {
    return lang == Lang::Nl ? nl : en;
}

// A user value quoted for a message, cut to a readable length on a code-point boundary.
std::string quoted(std::string_view v) {
    constexpr std::size_t kMax = 60;
    std::string safe;
    if (!text::isValidUtf8(v)) {  // messages are shown and logged: keep them valid UTF-8
        for (char c : v) safe += (static_cast<unsigned char>(c) < 0x80) ? c : '?';
        v = safe;
    }
    std::string out = "\"";
    if (v.size() <= kMax) {
        out += v;
    } else {
        out += v.substr(0, text::codePointStart(v, kMax));
        out += "...";
    }
    return out + "\"";
}

std::string boolCell(bool b, Lang lang) {
    if (lang == Lang::Nl) return b ? "ja" : "nee";
    return b ? "true" : "false";
}

std::string yesNoCell(bool b, Lang lang) {
    if (lang == Lang::Nl) return b ? "ja" : "nee";
    return b ? "yes" : "no";
}

// Reads a boolean cell; empty means false. Returns a problem text ("" = fine).
std::string readBool(std::string_view cell, bool& out, Lang lang) {
    const std::string v = lowerAscii(trim(cell));
    static constexpr std::string_view kTrue[] = {"true", "yes", "ja", "waar", "1", "y", "j"};
    static constexpr std::string_view kFalse[] = {"false", "no", "nee", "onwaar", "0", "n", ""};
    for (auto t : kTrue)
        if (v == t) return out = true, std::string();
    for (auto f : kFalse)
        if (v == f) return out = false, std::string();
    return quoted(cell) +
           std::string(tr(lang, " is not yes or no (use true/false or ja/nee)",
                          " is geen ja of nee (gebruik ja/nee of true/false)"));
}

// Finds an enum value by key (exact, then any case) or by its English or Dutch label.
template <class E>
bool parseEnumValue(std::string_view v, E& out) {
    for (E e : allOf<E>())
        if (keyOf(e) == v) return out = e, true;
    for (E e : allOf<E>())
        if (equalsNoCase(keyOf(e), v) || equalsNoCase(labelOf(e, Lang::En), v) ||
            equalsNoCase(labelOf(e, Lang::Nl), v))
            return out = e, true;
    return false;
}

template <class E>
std::string unknownValue(std::string_view v, Lang lang) {
    std::string allowed;
    bool hasEmpty = false;
    for (E e : allOf<E>()) {
        if (keyOf(e).empty()) {
            hasEmpty = true;
            continue;
        }
        if (!allowed.empty()) allowed += ", ";
        allowed += keyOf(e);
    }
    if (hasEmpty) allowed += tr(lang, ", or empty", ", of leeg");
    return std::string(tr(lang, "unknown value ", "onbekende waarde ")) + quoted(v) +
           std::string(tr(lang, " (allowed: ", " (toegestaan: ")) + allowed + ")";
}

// Reads an enum cell; empty keeps the default already in `out`.
template <class E>
std::string readEnum(std::string_view cell, E& out, Lang lang) {
    const std::string_view v = trim(cell);
    if (v.empty()) return {};
    if (!parseEnumValue(v, out)) return unknownValue<E>(v, lang);
    return {};
}

template <class E>
std::string listCell(const std::vector<E>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += " | ";
        out += keyOf(values[i]);
    }
    return out;
}

// Reads a " | "-joined list; empty items are skipped, order is kept and a value named again
// is dropped. The register file lists each value at most once (PRODUCT.md; parseRegister
// rejects a repeat), so a repeat must not get in. Dropping rather than rejecting: in a sheet
// a repeat is harmless and easy to make ("customers | Klanten" names one value by its key and
// its Dutch label, a filled-down cell doubles up), the meaning is unambiguous (a list of
// categories is a set) and nothing is lost, so an error would only send the user back to fix
// what the importer can see is meant.
template <class E>
std::string readList(std::string_view cell, std::vector<E>& out, Lang lang) {
    out.clear();
    std::size_t start = 0;
    for (;;) {
        const std::size_t bar = cell.find('|', start);
        const std::string_view item =
            trim(cell.substr(start, bar == cell.npos ? cell.npos : bar - start));
        if (!item.empty()) {
            E e{};
            if (!parseEnumValue(item, e)) return unknownValue<E>(item, lang);
            if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
        }
        if (bar == cell.npos) break;
        start = bar + 1;
    }
    return {};
}

bool allDigits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int toInt(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

std::string twoDigits(int v) { return std::string{char('0' + v / 10), char('0' + v % 10)}; }

// Reads a date cell into what the register file holds: "" or YYYY-MM-DD naming a real day
// (io::isValidDate, the JSON reader's own rule, decides). Accepted and normalised:
// - YYYY-MM-DD as it stands;
// - D-M-YYYY and DD-MM-YYYY, which Dutch Excel writes back for a date it recognised (day
//   first is the only order with hyphens and the year last; documented in csv.hpp).
// Rejected, never guessed:
// - slashes ("11/25/2026", "25/11/2026"): English Excel writes month first, others day
//   first, and "03/04/2026" reads both ways;
// - a date with a time ("2026-11-25T09:00:00Z", "2026-11-25 09:00"): a review date is a
//   calendar day, and which day a time with an offset falls on depends on the time zone;
//   taking the first ten characters would silently pick one, so the user chooses;
// - anything else (free text such as "next spring", "Q3", "2026-02-30").
std::string readDate(std::string_view cell, std::string& out, Lang lang) {
    const std::string_view v = trim(cell);
    out.clear();
    if (v.empty()) return {};
    if (isValidDate(v)) {
        out = std::string(v);
        return {};
    }
    const std::size_t d1 = v.find('-');
    const std::size_t d2 = d1 == v.npos ? v.npos : v.find('-', d1 + 1);
    if (d2 != v.npos && v.find('-', d2 + 1) == v.npos) {
        const std::string_view a = v.substr(0, d1), b = v.substr(d1 + 1, d2 - d1 - 1),
                               c = v.substr(d2 + 1);
        if (allDigits(a) && allDigits(b) && allDigits(c) && a.size() <= 2 && b.size() <= 2 &&
            c.size() == 4) {
            std::string iso = std::string(c) + "-" + twoDigits(toInt(b)) + "-" + twoDigits(toInt(a));
            if (isValidDate(iso)) {
                out = std::move(iso);
                return {};
            }
        }
    }
    if (v.size() > 10 && isValidDate(v.substr(0, 10)) &&
        (v[10] == 'T' || v[10] == 't' || v[10] == ' '))
        return quoted(v) + std::string(tr(lang, " is a date with a time; this column holds a day only (use YYYY-MM-DD)",
                                          " is een datum met tijd; deze kolom bevat alleen een dag (gebruik JJJJ-MM-DD)"));
    return quoted(v) + std::string(tr(lang, " is not a date (use YYYY-MM-DD)",
                                      " is geen datum (gebruik JJJJ-MM-DD)"));
}

// Reads a timestamp cell (created_at, updated_at): "" or RFC 3339 as the register file holds
// it (io::isValidTimestamp decides), surrounding spaces removed. Nothing is normalised: a
// time without an offset ("2026-11-25 09:00") names no instant, and free text names none.
std::string readTimestamp(std::string_view cell, std::string& out, Lang lang) {
    const std::string_view v = trim(cell);
    out.clear();
    if (v.empty()) return {};
    if (isValidTimestamp(v)) {
        out = std::string(v);
        return {};
    }
    return quoted(v) + std::string(tr(lang, " is not a timestamp (use RFC 3339, e.g. 2026-11-25T09:00:00Z)",
                                      " is geen tijdstip (gebruik RFC 3339, bijv. 2026-11-25T09:00:00Z)"));
}

// ========================================================================== [COLUMNS]

using Getter = std::string (*)(const Activity&, Lang);
using Setter = std::string (*)(Activity&, std::string_view, Lang);  // "" = fine

struct ScalarColumn {
    std::string key;  // English header: the register-file key, "." written as "_"
    std::string nl;   // Dutch header: the field's Dutch name
    Getter get;
    Setter set;
};

// One column per field of the table (core/fields.hpp) except the screening and the
// processors, which have column groups of their own (below).
#define AIR_CSV_COLUMN(m, getExpr, setExpr)                                                        \
    std::pair<Getter, Setter>{[](const Activity& a, Lang l) -> std::string { (void)l; return getExpr; }, \
                              [](Activity& a, std::string_view c, Lang l) -> std::string { (void)l; return setExpr; }},
#define AIR_CSV_Id(m) AIR_CSV_COLUMN(m, a.m, (a.m = c, std::string()))
#define AIR_CSV_Text(m) AIR_CSV_COLUMN(m, a.m, (a.m = c, std::string()))
#define AIR_CSV_Bool(m) AIR_CSV_COLUMN(m, boolCell(a.m, l), readBool(c, a.m, l))
#define AIR_CSV_Enum(m) AIR_CSV_COLUMN(m, std::string(keyOf(a.m)), readEnum(c, a.m, l))
#define AIR_CSV_EnumList(m) AIR_CSV_COLUMN(m, listCell(a.m), readList(c, a.m, l))
#define AIR_CSV_Date(m) AIR_CSV_COLUMN(m, a.m, readDate(c, a.m, l))
#define AIR_CSV_Timestamp(m) AIR_CSV_COLUMN(m, a.m, readTimestamp(c, a.m, l))
#define AIR_CSV_Screening(m) std::pair<Getter, Setter>{nullptr, nullptr},
#define AIR_CSV_Processors(m) std::pair<Getter, Setter>{nullptr, nullptr},
#define AIR_CSV_FIELD(key, member, kind, ...) AIR_CSV_##kind(member)
const std::pair<Getter, Setter> kFieldCodecs[] = {AIR_ACTIVITY_FIELDS(AIR_CSV_FIELD)};
#undef AIR_CSV_FIELD
#undef AIR_CSV_COLUMN
#undef AIR_CSV_Id
#undef AIR_CSV_Text
#undef AIR_CSV_Bool
#undef AIR_CSV_Enum
#undef AIR_CSV_EnumList
#undef AIR_CSV_Date
#undef AIR_CSV_Timestamp
#undef AIR_CSV_Screening
#undef AIR_CSV_Processors
static_assert(std::size(kFieldCodecs) == kActivityFieldCount);

const std::vector<ScalarColumn> kScalarColumns = [] {
    std::vector<ScalarColumn> out;
    std::size_t i = 0;
    for (const ActivityField& f : activityFields()) {
        const auto [get, set] = kFieldCodecs[i++];
        if (!get) continue;
        std::string en(f.key);
        std::replace(en.begin(), en.end(), '.', '_');
        out.push_back({std::move(en), std::string(f.nl), get, set});
    }
    return out;
}();

// Headers of earlier versions that name a column differently, so that older sheets import.
constexpr std::pair<std::string_view, std::string_view> kOldHeaders[] = {
    {"reviewer", "review_reviewer"},
    {"reviewed_at", "review_reviewed_at"},
    {"next_review", "review_next_review"},
    {"Omschrijving", "description"},
    {"Bewaking op bias", "bias_monitoring"},
    {"Rol AI-verordening", "ai_act_role"},
    {"Gegevenscategorieën", "data_categories"},
    {"Uitzondering art. 9", "art9_condition"},
    {"Bezwaar of opt-out mogelijk", "opt_out"},
    {"DPIA", "dpia"},
};

constexpr std::size_t kIdColumn = 0;
constexpr std::size_t kNameColumn = 1;

constexpr std::string_view kScreeningKey = "screening";
constexpr std::string_view kScreeningNl = "Screening";
constexpr std::string_view kAnnexKey = "annex_iii";
constexpr std::string_view kAnnexNl = "Bijlage III-gebied";

// Dutch headers of the screening flags, in kScreeningFlags order.
constexpr std::string_view kFlagNl[] = {
    "Communiceert met mensen", "Genereert content", "Deepfake", "Tekst over publieke zaken",
    "Emotieherkenning", "Biometrische categorisering", "Leidt gevoelige kenmerken af",
    "Werkplek of onderwijs", "Medische of veiligheidsreden", "Manipulatieve technieken",
    "Misbruikt kwetsbaarheden", "Sociale scoring", "Beperkte procedurele taak", "Profilering",
    "Geautomatiseerd besluit", "Menselijke beoordeling", "Grote schaal",
    "Stelselmatige monitoring", "Combineert datasets", "Innovatieve technologie",
    "Kwetsbare betrokkenen", "Blokkeert dienst of recht", "Evaluatie of scoring",
    "Direct marketing", "Intieme beelden zonder toestemming", "Redactionele verantwoordelijkheid",
    "Openbaar toegankelijke ruimte"};
constexpr std::size_t kFlagCount = std::size(kScreeningFlags);
static_assert(std::size(kFlagNl) == kFlagCount, "a Dutch header per screening flag");

// Processor group fields: `processor_N_<key>` / `Verwerker N <nl>`.
enum class ProcField { Name, Role, DpaSigned, OutsideEu, Country, Safeguard, Certifications, Reuse, COUNT };
constexpr std::string_view kProcKey[] = {"name", "role", "dpa_signed", "outside_eu", "country",
                                         "transfer_safeguard", "certifications",
                                         "reuses_data_for_training"};
constexpr std::string_view kProcNl[] = {"naam", "rol", "verwerkersovereenkomst getekend", "buiten EER",
                                        "land", "doorgiftewaarborg", "certificeringen",
                                        "traint met onze data"};
constexpr std::size_t kProcFields = std::size_t(ProcField::COUNT);
static_assert(std::size(kProcKey) == kProcFields && std::size(kProcNl) == kProcFields);

std::string procHeader(int no, ProcField f, Lang lang) {
    if (lang == Lang::Nl)
        return "Verwerker " + std::to_string(no) + " " + std::string(kProcNl[std::size_t(f)]);
    return "processor_" + std::to_string(no) + "_" + std::string(kProcKey[std::size_t(f)]);
}

std::string procCell(const Processor& p, ProcField f, Lang lang) {
    switch (f) {
        case ProcField::Name: return p.name;
        case ProcField::Role: return std::string(keyOf(p.role));
        case ProcField::Country: return p.country;
        case ProcField::DpaSigned: return boolCell(p.dpa_signed, lang);
        case ProcField::OutsideEu: return boolCell(p.outside_eu, lang);
        case ProcField::Safeguard: return std::string(keyOf(p.transfer_safeguard));
        case ProcField::Certifications: return listCell(p.certifications);
        case ProcField::Reuse: return std::string(keyOf(p.reuses_data_for_training));
        case ProcField::COUNT: break;
    }
    return {};
}

std::string readProcCell(Processor& p, ProcField f, std::string_view cell, Lang lang) {
    switch (f) {
        case ProcField::Name: p.name = std::string(cell); return {};
        case ProcField::Role: return readEnum(cell, p.role, lang);
        case ProcField::Country: p.country = std::string(cell); return {};
        case ProcField::DpaSigned: return readBool(cell, p.dpa_signed, lang);
        case ProcField::OutsideEu: return readBool(cell, p.outside_eu, lang);
        case ProcField::Safeguard: return readEnum(cell, p.transfer_safeguard, lang);
        case ProcField::Certifications: return readList(cell, p.certifications, lang);
        case ProcField::Reuse: return readEnum(cell, p.reuses_data_for_training, lang);
        case ProcField::COUNT: break;
    }
    return {};
}

// What a header cell names.
struct ColRef {
    enum class Type { Scalar, Screening, Flag, Annex, Proc, Ignored } type = Type::Ignored;
    std::size_t index = 0;  // scalar column, flag or processor field
    int procNo = 0;         // processor group number (1-based)
};

// Header comparison form: ASCII lower case, trimmed, runs of space/hyphen/underscore as "_".
std::string normHeader(std::string_view s) {
    s = trim(s);
    std::string out;
    bool gap = false;
    for (char c : s) {
        if (c == ' ' || c == '-' || c == '_') {
            gap = !out.empty();
            continue;
        }
        if (gap) out += '_';
        gap = false;
        out += lowerAscii(c);
    }
    return out;
}

const std::map<std::string, ColRef>& headerTable() {
    static const std::map<std::string, ColRef> table = [] {
        std::map<std::string, ColRef> t;
        for (std::size_t i = 0; i < kScalarColumns.size(); ++i) {
            t[normHeader(kScalarColumns[i].key)] = {ColRef::Type::Scalar, i, 0};
            t[normHeader(kScalarColumns[i].nl)] = {ColRef::Type::Scalar, i, 0};
        }
        for (const auto& [old, now] : kOldHeaders) {
            const std::string n = normHeader(now);
            for (std::size_t i = 0; i < kScalarColumns.size(); ++i)
                if (normHeader(kScalarColumns[i].key) == n) t.emplace(normHeader(old), ColRef{ColRef::Type::Scalar, i, 0});
        }
        t[normHeader(kScreeningKey)] = {ColRef::Type::Screening, 0, 0};
        t[normHeader(kScreeningNl)] = {ColRef::Type::Screening, 0, 0};
        for (std::size_t i = 0; i < kFlagCount; ++i) {
            t[normHeader(kScreeningFlags[i].key)] = {ColRef::Type::Flag, i, 0};
            t[normHeader(kFlagNl[i])] = {ColRef::Type::Flag, i, 0};
        }
        t[normHeader(kAnnexKey)] = {ColRef::Type::Annex, 0, 0};
        t[normHeader(kAnnexNl)] = {ColRef::Type::Annex, 0, 0};
        return t;
    }();
    return table;
}

// Finds the column a header names; nullopt for an unknown header.
std::optional<ColRef> lookupHeader(std::string_view header) {
    const std::string n = normHeader(header);
    const auto& table = headerTable();
    if (auto it = table.find(n); it != table.end()) return it->second;
    for (std::string_view prefix : {std::string_view("processor_"), std::string_view("verwerker_")}) {
        if (n.compare(0, prefix.size(), prefix) != 0) continue;
        const std::size_t us = n.find('_', prefix.size());
        if (us == n.npos) return std::nullopt;
        const std::string_view digits = std::string_view(n).substr(prefix.size(), us - prefix.size());
        if (!allDigits(digits) || digits.size() > 4 || digits[0] == '0') return std::nullopt;
        const std::string_view rest = std::string_view(n).substr(us + 1);
        for (std::size_t f = 0; f < kProcFields; ++f)
            if (rest == normHeader(kProcKey[f]) || rest == normHeader(kProcNl[f]))
                return ColRef{ColRef::Type::Proc, f, toInt(digits)};
        if (rest == "buiten_eu")  // the Dutch header before rule set 2026.12 said EU, not EER
            return ColRef{ColRef::Type::Proc, std::size_t(ProcField::OutsideEu), toInt(digits)};
        return std::nullopt;
    }
    return std::nullopt;
}

// =========================================================================== [EXPORT]

void appendRow(std::string& out, const std::vector<std::string>& cells, char sep) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += sep;
        appendCell(out, neutralise(cells[i]), sep);
    }
    out += "\r\n";
}

bool usableSeparator(char c) {
    return c != '"' && c != '\r' && c != '\n' && c != '\0' && c != '\'';
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

// =========================================================================== [IMPORT]

namespace {

// Error builders: "row 4, column lifecycle: ..." in the options' language.
Error cellError(Lang lang, int row, std::string_view column, std::string message) {
    std::string col(column);  // a header as written: keep the message valid UTF-8
    if (!text::isValidUtf8(col))
        for (char& c : col)
            if (static_cast<unsigned char>(c) >= 0x80) c = '?';
    return Error{std::string(tr(lang, "row ", "rij ")) + std::to_string(row) +
                     std::string(tr(lang, ", column ", ", kolom ")) + col,
                 std::move(message)};
}
Error rowError(Lang lang, int row, std::string message) {
    return Error{std::string(tr(lang, "row ", "rij ")) + std::to_string(row), std::move(message)};
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
                    return cellError(lang, r.row, std::to_string(i + 1),
                                     std::string(tr(lang, "this column has no header but holds data",
                                                    "deze kolom heeft geen kop maar wel inhoud")));
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
            return cellError(lang, rec.row, name,
                             std::string(tr(lang, "the column appears twice (columns ",
                                            "de kolom staat er twee keer in (kolom ")) +
                                 std::to_string(it->second + 1) + std::string(tr(lang, " and ", " en ")) +
                                 std::to_string(i + 1) + ")");
        seen[canonical] = i;
        h.refs.push_back(*ref);
    }
    if (!unknown.empty()) {
        std::string list;
        for (const std::string& u : unknown) list += (list.empty() ? "" : ", ") + u;
        return rowError(lang, rec.row,
                        std::string(unknown.size() == 1 ? tr(lang, "unknown column ", "onbekende kolom ")
                                                        : tr(lang, "unknown columns ", "onbekende kolommen ")) +
                            list);
    }
    for (std::size_t required : {kIdColumn, kNameColumn}) {
        const std::string canonical = std::to_string(int(ColRef::Type::Scalar)) + ":" +
                                      std::to_string(required) + ":0";
        if (!seen.count(canonical)) {
            const ScalarColumn& c = kScalarColumns[required];
            return rowError(lang, rec.row,
                            std::string(tr(lang, "the column ", "de kolom ")) +
                                quoted(lang == Lang::Nl ? c.nl : c.key) +
                                std::string(tr(lang, " is missing", " ontbreekt")));
        }
    }
    return h;
}

// One data row as an Activity, or the first problem in it.
Result<Activity> readRow(const Record& rec, const Header& h, bool checkUtf8, Lang lang) {
    Activity a;
    std::optional<bool> screeningSaid;  // the `screening` column, when filled in
    std::size_t screeningCol = 0;
    std::vector<std::pair<std::size_t, std::string>> flagCells;  // (column, cell)
    std::map<int, std::array<std::optional<std::pair<std::size_t, std::string>>, kProcFields>> groups;

    for (std::size_t i = 0; i < rec.cells.size(); ++i) {
        const ColRef& ref = h.refs[i];
        if (ref.type == ColRef::Type::Ignored) continue;
        if (checkUtf8 && !io::isValidUtf8(rec.cells[i]))
            return cellError(lang, rec.row, h.names[i],
                             std::string(tr(lang, "the text is not valid UTF-8 (save the sheet as \"CSV UTF-8\")",
                                            "de tekst is geen geldige UTF-8 (sla het blad op als \"CSV UTF-8\")")));
        std::string cell = unneutralise(rec.cells[i]);
        std::string problem;
        switch (ref.type) {
            case ColRef::Type::Scalar: problem = kScalarColumns[ref.index].set(a, cell, lang); break;
            case ColRef::Type::Screening:
                if (!trim(cell).empty()) {
                    bool b = false;
                    problem = readBool(cell, b, lang);
                    screeningSaid = b;
                    screeningCol = i;
                }
                break;
            case ColRef::Type::Flag:
            case ColRef::Type::Annex: flagCells.emplace_back(i, std::move(cell)); break;
            case ColRef::Type::Proc: groups[ref.procNo][ref.index] = std::pair(i, std::move(cell)); break;
            case ColRef::Type::Ignored: break;
        }
        if (!problem.empty()) return cellError(lang, rec.row, h.names[i], std::move(problem));
    }

    // Screening: "yes" makes one, "no" allows only empty or false answers, empty column:
    // there is a screening when any answer is filled in.
    const bool anyAnswer = std::any_of(flagCells.begin(), flagCells.end(),
                                       [](const auto& fc) { return !trim(fc.second).empty(); });
    if (screeningSaid.value_or(anyAnswer)) {
        Screening s;
        for (const auto& [col, cell] : flagCells) {
            const ColRef& ref = h.refs[col];
            const std::string problem = ref.type == ColRef::Type::Annex
                                            ? readEnum(cell, s.annex_iii, lang)
                                            : readBool(cell, s.*(kScreeningFlags[ref.index].member), lang);
            if (!problem.empty()) return cellError(lang, rec.row, h.names[col], problem);
        }
        a.screening = s;
    } else {
        for (const auto& [col, cell] : flagCells) {
            Screening s;
            const ColRef& ref = h.refs[col];
            std::string problem = ref.type == ColRef::Type::Annex
                                      ? readEnum(cell, s.annex_iii, lang)
                                      : readBool(cell, s.*(kScreeningFlags[ref.index].member), lang);
            if (problem.empty() && !(s == Screening{}))
                problem = std::string(tr(lang, "a screening answer is filled in, but column ",
                                         "er is een screeningsantwoord ingevuld, maar kolom ")) +
                          quoted(h.names[screeningCol]) +
                          std::string(tr(lang, " says there is no screening",
                                         " zegt dat er geen screening is"));
            if (!problem.empty()) return cellError(lang, rec.row, h.names[col], problem);
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
            const std::string problem = readProcCell(p, ProcField(f), cells[f]->second, lang);
            if (!problem.empty()) return cellError(lang, rec.row, h.names[cells[f]->first], problem);
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
Status fitsRegisterFile(const Register& reg, const std::vector<int>& rows, Lang lang) {
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
    return rowError(lang, rows[i],
                    std::string(tr(lang, "from this row on the register file would be larger than ",
                                   "vanaf deze rij zou het registerbestand groter worden dan ")) +
                        mb +
                        std::string(tr(lang, " MB, the most a register file may hold; split the sheet into smaller registers",
                                       " MB, het maximum voor een registerbestand; verdeel het blad over kleinere registers")));
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
        return cellError(lang, pp.row, col, std::string(tr(lang, pp.en, pp.nl)));
    }
    if (records.empty() || blank(records[0]))
        return rowError(lang, 1, std::string(tr(lang, "no header row: the file is empty or starts with an empty line",
                                                "geen kopregel: het bestand is leeg of begint met een lege regel")));

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
            return rowError(lang, rec.row,
                            std::to_string(rec.cells.size()) +
                                std::string(tr(lang, " cells where the header has ", " cellen, de kopregel heeft er ")) +
                                std::to_string(h.refs.size()));
        auto act = readRow(rec, h, checkUtf8, lang);
        if (!act) return act.error();
        Activity& a = act.value();
        if (trim(a.id).empty())
            return cellError(lang, rec.row, columnName(h, kIdColumn),
                             std::string(tr(lang, "the id is empty (every activity needs its own id)",
                                            "het ID is leeg (elke activiteit heeft een eigen ID nodig)")));
        if (auto [it, fresh] = idRows.emplace(a.id, rec.row); !fresh)
            return cellError(lang, rec.row, columnName(h, kIdColumn),
                             std::string(tr(lang, "the id ", "het ID ")) + quoted(a.id) +
                                 std::string(tr(lang, " is also used on row ", " staat ook op rij ")) +
                                 std::to_string(it->second));
        if (trim(a.name).empty())
            return cellError(lang, rec.row, columnName(h, kNameColumn),
                             std::string(tr(lang, "the name is empty (every activity needs a name)",
                                            "de naam is leeg (elke activiteit heeft een naam nodig)")));
        if (text::codePointCount(a.name) > kMaxNameChars)
            return cellError(lang, rec.row, columnName(h, kNameColumn),
                             std::string(tr(lang, "the name is longer than ", "de naam is langer dan ")) +
                                 std::to_string(kMaxNameChars) +
                                 std::string(tr(lang, " characters", " tekens")));
        reg.activities.push_back(std::move(a));
        rows.push_back(rec.row);
    }
    if (Status s = fitsRegisterFile(reg, rows, lang); !s) return s.error();
    return reg;
}

}  // namespace air::io
