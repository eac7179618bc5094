// History values and their display: see history_text.hpp.
#include "app/history_text.hpp"

#include "core/fields.hpp"
#include "core/i18n.hpp"
#include "core/text.hpp"

namespace air::app {

// History texts and labels come from the activity's field table (core/fields.hpp).
std::string screeningText(const std::optional<Screening>& s) { return air::screeningText(s); }
std::string processorsText(const std::vector<Processor>& ps) { return air::processorsText(ps); }

std::vector<FieldChange> diffActivity(const Activity& b, const Activity& a) {
    // Register-file order; every field of the table except id and updated_at, then extra.
    std::vector<FieldChange> out;
    for (const ActivityField& f : activityFields()) {
        if (f.kind == FieldKind::Id || f.key == "updated_at" || f.same(b, a)) continue;
        if (f.kind == FieldKind::Screening && b.screening && a.screening) {
            // Screened before and after: one entry per fact that changed.
            for (const ScreeningFlag& flag : kScreeningFlags) {
                const bool x = *b.screening.*(flag.member), y = *a.screening.*(flag.member);
                if (x != y) out.push_back({std::string("screening.") + flag.key, x ? "yes" : "no", y ? "yes" : "no"});
            }
            if (b.screening->annex_iii != a.screening->annex_iii)
                out.push_back({"screening.annex_iii", std::string(keyOf(b.screening->annex_iii)),
                               std::string(keyOf(a.screening->annex_iii))});
            continue;
        }
        out.push_back({std::string(f.key), f.text(b), f.text(a)});
    }
    if (b.extra != a.extra) out.push_back({"extra", b.extra, a.extra});
    return out;
}

namespace {

// History keys that are not fields of the table: app's string table (core/i18n).
constexpr i18n::Entry kEvents[] = {
    {"screening.annex_iii", {"Screening: Annex III area", "Screening: gebied uit bijlage III"}},
    {"extra", {"Other fields from the file", "Overige velden uit het bestand"}},
    {"created", {"Created", "Aangemaakt"}},
    {"imported", {"Imported", "Geïmporteerd"}},
};
static_assert(i18n::complete(kEvents), "a history event without its English or Dutch name");

}  // namespace

std::string historyValueLabel(std::string_view field, std::string_view value, Lang lang) {
    if (field.substr(0, 10) == "screening.") {
        if (field == "screening.annex_iii") return enumKeyLabel<AnnexIII>(value, lang);
        return yesNoLabel(value, lang);
    }
    if (field == "screening" && value.empty()) return std::string(labelOf(Tier::Unassessed, lang));
    if (const ActivityField* f = findActivityField(field)) return f->label(value, lang);
    return std::string(value);
}

std::string historyFieldLabel(std::string_view field, Lang lang) {
    if (const i18n::Entry* e = i18n::find(kEvents, field)) return std::string(e->text.in(lang));
    if (field.substr(0, 10) == "screening.") {
        std::string_view flag = screeningFlagName(field.substr(10), lang);
        if (!flag.empty()) {  // "Screening: profiling" (the flag's name starts a sentence elsewhere)
            std::string name(flag);
            name[0] = text::lowerAscii(name[0]);
            return "Screening: " + name;
        }
    }
    if (const ActivityField* f = findActivityField(field)) return std::string(f->name(lang));
    return std::string(field);
}

}  // namespace air::app
