// The CSV column table and cell codecs (csv_columns.hpp), shared by export and import.
//
// [SECTION] words    bilingual message pieces; cell encoders and decoders for booleans, enums,
//                    lists, dates and timestamps
// [SECTION] columns  the column table: scalar fields, screening, processor groups; header lookup
#include "io/csv_columns.hpp"

#include <algorithm>
#include <map>

#include "core/fields.hpp"
#include "core/text.hpp"
#include "io/register_json.hpp"

namespace air::io::csvcol {

using text::equalsNoCase;
using text::lowerAscii;
using text::trim;

// ============================================================================ [SECTION] words

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

namespace {

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

}  // namespace

std::string readAnnex(std::string_view cell, AnnexIII& out, Lang lang) { return readEnum(cell, out, lang); }

// ========================================================================== [SECTION] columns

namespace {

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

}  // namespace

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

namespace {

// Headers of earlier versions that name a column differently, so that older sheets import.
constexpr std::pair<std::string_view, std::string_view> kOldHeaders[] = {
    {"reviewer", "review_reviewer"},
    {"reviewed_at", "review_reviewed_at"},
    {"next_review", "review_next_review"},
    {"Omschrijving", "description"},
    {"Bewaking op bias", "bias_monitoring"},
    {"Controle op vooringenomenheid", "bias_monitoring"},
    {"Rol AI-verordening", "ai_act_role"},
    {"Gegevenscategorieën", "data_categories"},
    {"Uitzondering art. 9", "art9_condition"},
    {"Bezwaar of opt-out mogelijk", "opt_out"},
    {"DPIA", "dpia"},
};

constexpr std::string_view kProcKey[] = {"name", "role", "dpa_signed", "outside_eu", "country",
                                         "transfer_safeguard", "certifications",
                                         "reuses_data_for_training"};
constexpr std::string_view kProcNl[] = {"naam", "rol", "verwerkersovereenkomst getekend", "buiten EER",
                                        "land", "doorgiftewaarborg", "certificeringen",
                                        "traint met onze data"};
static_assert(std::size(kProcKey) == kProcFields && std::size(kProcNl) == kProcFields);

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

}  // namespace

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

}  // namespace air::io::csvcol
