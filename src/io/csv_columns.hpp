// The CSV column table and cell codecs shared by export and import (csv.cpp); internal to
// air_io. One column per scalar field of the field table (core/fields.hpp) with its English
// header (the register-file key) and Dutch header (the field's name), the screening as a
// yes/no column plus one column per flag and annex_iii, and numbered processor groups.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/error.hpp"
#include "core/model.hpp"

namespace air::io::csvcol {

// ---- cell codecs (problems are codes: core/error.hpp, worded at the edge) ---------------------
// A user value quoted for a message, cut to a readable length on a code-point boundary.
std::string quoted(std::string_view v);
std::string boolCell(bool b, Lang lang);   // true/false, ja/nee
std::string yesNoCell(bool b, Lang lang);  // yes/no, ja/nee
// Cell readers return what is wrong (an empty Problem = fine).
Problem readBool(std::string_view cell, bool& out);  // empty = false
Problem readAnnex(std::string_view cell, AnnexIII& out);  // empty keeps `out`

// ---- columns ---------------------------------------------------------------------------------
using Getter = std::string (*)(const Activity&, Lang);
using Setter = Problem (*)(Activity&, std::string_view);  // empty = fine

struct ScalarColumn {
    std::string key;  // English header: the register-file key, "." written as "_"
    std::string nl;   // Dutch header: the field's Dutch name
    Getter get;
    Setter set;
};
// The scalar columns, in field-table order (kIdColumn and kNameColumn first).
extern const std::vector<ScalarColumn> kScalarColumns;

inline constexpr std::size_t kIdColumn = 0;
inline constexpr std::size_t kNameColumn = 1;

inline constexpr std::string_view kScreeningKey = "screening";
inline constexpr std::string_view kScreeningNl = "Screening";
inline constexpr std::string_view kAnnexKey = "annex_iii";
inline constexpr std::string_view kAnnexNl = "Bijlage III-gebied";

// Dutch headers of the screening flags, in kScreeningFlags order.
inline constexpr std::string_view kFlagNl[] = {
    "Communiceert met mensen", "Genereert content", "Deepfake", "Tekst over publieke zaken",
    "Emotieherkenning", "Biometrische categorisering", "Leidt gevoelige kenmerken af",
    "Werkplek of onderwijs", "Medische of veiligheidsreden", "Manipulatieve technieken",
    "Misbruikt kwetsbaarheden", "Sociale scoring", "Beperkte procedurele taak", "Profilering",
    "Geautomatiseerd besluit", "Menselijke beoordeling", "Grote schaal",
    "Stelselmatige monitoring", "Combineert datasets", "Innovatieve technologie",
    "Kwetsbare betrokkenen", "Blokkeert dienst of recht", "Evaluatie of scoring",
    "Direct marketing", "Intieme beelden zonder toestemming", "Redactionele verantwoordelijkheid",
    "Openbaar toegankelijke ruimte"};
inline constexpr std::size_t kFlagCount = std::size(kScreeningFlags);
static_assert(std::size(kFlagNl) == kFlagCount, "a Dutch header per screening flag");

// Processor group fields: `processor_N_<key>` / `Verwerker N <nl>`.
enum class ProcField { Name, Role, DpaSigned, OutsideEu, Country, Safeguard, Certifications, Reuse, COUNT };
inline constexpr std::size_t kProcFields = std::size_t(ProcField::COUNT);
std::string procHeader(int no, ProcField f, Lang lang);
std::string procCell(const Processor& p, ProcField f, Lang lang);
Problem readProcCell(Processor& p, ProcField f, std::string_view cell);

// What a header cell names.
struct ColRef {
    enum class Type { Scalar, Screening, Flag, Annex, Proc, Ignored } type = Type::Ignored;
    std::size_t index = 0;  // scalar column, flag or processor field
    int procNo = 0;         // processor group number (1-based)
};
// Finds the column a header names (English or Dutch, any case, spaces, hyphens or underscores;
// older names too); nullopt for an unknown header.
std::optional<ColRef> lookupHeader(std::string_view header);

// A separator the CSV can use (not a quote, line end, NUL or apostrophe).
inline bool usableSeparator(char c) {
    return c != '"' && c != '\r' && c != '\n' && c != '\0' && c != '\'';
}

}  // namespace air::io::csvcol
