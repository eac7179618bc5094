// The activity's field table: generic operations generated from AIR_ACTIVITY_FIELDS.
#include "core/fields.hpp"

#include <cstdio>
#include <type_traits>

namespace air {
namespace {

template <class E>
std::string keyText(E e) {
    if (std::size_t(e) >= enumCount<E>()) return "?";
    return std::string(keyOf(e));
}

// ---- [text] the language-neutral history text of each member type ----------------------
std::string textOf(const std::string& s) { return s; }
std::string textOf(bool b) { return b ? "yes" : "no"; }
std::string textOf(const std::optional<Screening>& s) { return screeningText(s); }
std::string textOf(const std::vector<Processor>& ps) { return processorsText(ps); }
template <class E>
    requires std::is_enum_v<E>
std::string textOf(E e) {
    return keyText(e);
}
template <class E>
    requires std::is_enum_v<E>
std::string textOf(const std::vector<E>& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) out += " | ";
        out += keyText(v[i]);
    }
    return out;
}

// ---- [label] a stored text for people, by member type -----------------------------------
template <class T>
struct Labeller {  // text fields, screening, processors: verbatim
    static std::string of(std::string_view text, Lang) { return std::string(text); }
};
template <>
struct Labeller<bool> {
    static std::string of(std::string_view text, Lang lang) { return yesNoLabel(text, lang); }
};
template <class E>
    requires std::is_enum_v<E>
struct Labeller<E> {
    static std::string of(std::string_view key, Lang lang) { return enumKeyLabel<E>(key, lang); }
};
template <class E>
    requires std::is_enum_v<E>
struct Labeller<std::vector<E>> {
    static std::string of(std::string_view value, Lang lang) {
        std::string out;
        std::size_t start = 0;
        while (!value.empty()) {
            std::size_t end = value.find(" | ", start);
            std::string_view part = value.substr(start, end == std::string_view::npos ? value.npos : end - start);
            if (!out.empty()) out += ", ";
            out += enumKeyLabel<E>(part, lang);
            if (end == std::string_view::npos) break;
            start = end + 3;
        }
        return out;
    }
};

// ---- [bytes] heap bytes held by a value (an estimate for the undo budget) --------------
std::size_t bytesOf(const std::string& s) { return s.size(); }
std::size_t bytesOf(bool) { return 0; }
std::size_t bytesOf(const std::optional<Screening>&) { return 0; }
std::size_t bytesOf(const std::vector<Processor>& ps) {
    std::size_t n = 0;
    for (const Processor& p : ps)
        n += sizeof(Processor) + p.name.size() + p.country.size() + p.extra.size() +
             p.certifications.size() * sizeof(Certification);
    return n;
}
template <class E>
    requires std::is_enum_v<E>
std::size_t bytesOf(E) {
    return 0;
}
template <class E>
    requires std::is_enum_v<E>
std::size_t bytesOf(const std::vector<E>& v) {
    return v.size() * sizeof(E);
}

// ---- [sample] a value other than the default, for tests --------------------------------
void sampleOf(std::string& s, FieldKind kind) {
    s = kind == FieldKind::Date ? "2026-12-04" : kind == FieldKind::Timestamp ? "2026-12-04T10:00:00Z" : "sample";
}
void sampleOf(bool& b, FieldKind) { b = !b; }
void sampleOf(std::optional<Screening>& s, FieldKind) {
    Screening x;
    x.profiling = true;
    s = x;
}
void sampleOf(std::vector<Processor>& ps, FieldKind) {
    Processor p;
    p.name = "Sample vendor";
    ps = {p};
}
template <class E>
    requires std::is_enum_v<E>
void sampleOf(E& e, FieldKind) {
    e = E((std::size_t(e) + 1) % enumCount<E>());
}
template <class E>
    requires std::is_enum_v<E>
void sampleOf(std::vector<E>& v, FieldKind) {
    v = {E(enumCount<E>() - 1)};
}

#define AIR_FIELD_ENTRY(key, member, kind, group, en, nl)                          \
    ActivityField{key,                                                              \
                  FieldKind::kind,                                                  \
                  FieldGroup::group,                                                \
                  en,                                                               \
                  nl,                                                               \
                  [](const Activity& x, const Activity& y) { return x.member == y.member; }, \
                  [](Activity& to, const Activity& from) { to.member = from.member; }, \
                  [](const Activity& a) { return textOf(a.member); },               \
                  [](std::string_view t, Lang l) {                                  \
                      return Labeller<std::remove_cvref_t<decltype(Activity{}.member)>>::of(t, l); \
                  },                                                                \
                  [](const Activity& a) { return bytesOf(a.member); },              \
                  [](Activity& a) { sampleOf(a.member, FieldKind::kind); }},

constexpr ActivityField kFields[] = {AIR_ACTIVITY_FIELDS(AIR_FIELD_ENTRY)};  // constant-initialised: other files read it during their static initialisation
#undef AIR_FIELD_ENTRY
static_assert(std::size(kFields) == kActivityFieldCount);

}  // namespace

std::span<const ActivityField> activityFields() { return kFields; }

std::string_view fileKeyOf(std::string_view key) {
    return key.starts_with("review.") ? std::string_view("review") : key;
}

const ActivityField* findActivityField(std::string_view key) {
    for (const ActivityField& f : kFields)
        if (f.key == key) return &f;
    return nullptr;
}

std::string_view screeningFlagName(std::string_view key, Lang lang) {
    for (const ScreeningFlag& f : kScreeningFlags)
        if (key == f.key) return lang == Lang::Nl ? f.nl : f.en;
    return {};
}

std::string yesNoLabel(std::string_view text, Lang lang) {
    if (text == "yes") return lang == Lang::Nl ? "Ja" : "Yes";
    if (text == "no") return lang == Lang::Nl ? "Nee" : "No";
    return std::string(text);
}

std::string jsonQuoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string screeningText(const std::optional<Screening>& s) {
    if (!s) return "";
    std::string out = "{";
    bool first = true;
    for (const ScreeningFlag& f : kScreeningFlags) {
        if (!(*s.*(f.member))) continue;
        if (!first) out += ", ";
        out += jsonQuoted(f.key) + ": true";
        first = false;
    }
    if (s->annex_iii != AnnexIII::None) {
        if (!first) out += ", ";
        out += "\"annex_iii\": " + jsonQuoted(keyText(s->annex_iii));
    }
    return out + "}";
}

std::string processorsText(const std::vector<Processor>& ps) {
    std::string out = "[";
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Processor& p = ps[i];
        if (i) out += ", ";
        out += "{\"name\": " + jsonQuoted(p.name);
        out += ", \"role\": " + jsonQuoted(keyText(p.role));
        out += std::string(", \"dpa_signed\": ") + (p.dpa_signed ? "true" : "false");
        out += std::string(", \"outside_eu\": ") + (p.outside_eu ? "true" : "false");
        out += ", \"country\": " + jsonQuoted(p.country);
        out += ", \"transfer_safeguard\": " + jsonQuoted(keyText(p.transfer_safeguard));
        out += ", \"certifications\": [";
        for (std::size_t j = 0; j < p.certifications.size(); ++j)
            out += (j ? ", " : "") + jsonQuoted(keyText(p.certifications[j]));
        out += "], \"reuses_data_for_training\": " + jsonQuoted(keyText(p.reuses_data_for_training));
        if (!p.extra.empty()) out += ", \"extra\": " + p.extra;
        out += "}";
    }
    return out + "]";
}

}  // namespace air
