// The team's own framework: scope matching and its words (framework.hpp).
#include "core/framework.hpp"

#include <algorithm>

#include "core/catalogue.hpp"
#include "core/fields.hpp"

namespace air {

namespace {

bool hasFlag(const Activity& a, std::string_view key) {
    if (!a.screening) return false;
    for (const ScreeningFlag& f : kScreeningFlags)
        if (key == f.key) return (*a.screening).*(f.member);
    return false;
}

template <class T>
bool contains(const std::vector<T>& v, const T& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

std::string applicationName(std::string_view key, Lang lang) {
    const CatalogueEntry* e = catalogueEntry(key);
    return e ? std::string(e->name(lang)) : std::string(key);
}

constexpr i18n::Text kEvery{"every activity", "elke activiteit"};
constexpr i18n::Text kNamed{"named for this activity", "voor deze activiteit genoemd"};
constexpr i18n::Text kNamedCount{"{0} named activities", "{0} genoemde activiteiten"};
constexpr i18n::Text kNamedOne{"1 named activity", "1 genoemde activiteit"};

}  // namespace

bool isScreeningFlagKey(std::string_view key) {
    for (const ScreeningFlag& f : kScreeningFlags)
        if (key == f.key) return true;
    return false;
}

bool touches(const FrameworkItem& item, const Activity& a) {
    const FrameworkScope& s = item.applies_to;
    if (s.empty()) return true;
    if (contains(s.activity_ids, a.id)) return true;
    if (!a.application.empty() && contains(s.applications, a.application)) return true;
    for (DataCategory c : a.data_categories)
        if (contains(s.data_categories, c)) return true;
    for (DataSubject d : a.data_subjects)
        if (contains(s.data_subjects, d)) return true;
    for (const std::string& k : s.screening)
        if (hasFlag(a, k)) return true;
    return false;
}

std::vector<std::string> touchReasons(const FrameworkItem& item, const Activity& a, Lang lang) {
    const FrameworkScope& s = item.applies_to;
    std::vector<std::string> out;
    if (s.empty()) {
        out.emplace_back(kEvery.in(lang));
        return out;
    }
    if (contains(s.activity_ids, a.id)) out.emplace_back(kNamed.in(lang));
    if (!a.application.empty() && contains(s.applications, a.application))
        out.push_back(applicationName(a.application, lang));
    for (DataCategory c : a.data_categories)
        if (contains(s.data_categories, c)) out.emplace_back(labelOf(c, lang));
    for (DataSubject d : a.data_subjects)
        if (contains(s.data_subjects, d)) out.emplace_back(labelOf(d, lang));
    for (const std::string& k : s.screening)
        if (hasFlag(a, k)) out.emplace_back(screeningFlagName(k, lang));
    return out;
}

std::vector<const FrameworkItem*> adoptedTouching(const std::vector<FrameworkItem>& framework, const Activity& a) {
    std::vector<const FrameworkItem*> out;
    for (FrameworkKind kind : {FrameworkKind::RedLine, FrameworkKind::Principle})
        for (const FrameworkItem& f : framework)
            if (f.kind == kind && f.status == FrameworkStatus::Adopted && touches(f, a)) out.push_back(&f);
    return out;
}

std::string scopeText(const FrameworkScope& s, Lang lang) {
    if (s.empty()) return std::string(kEvery.in(lang));
    std::vector<std::string> groups;
    auto group = [&](std::vector<std::string> names) {
        if (names.empty()) return;
        std::string g;
        for (std::size_t i = 0; i < names.size(); ++i) g += (i ? ", " : "") + names[i];
        groups.push_back(std::move(g));
    };
    std::vector<std::string> names;
    for (const std::string& k : s.applications) names.push_back(applicationName(k, lang));
    group(std::move(names));
    names = {};
    for (DataCategory c : s.data_categories) names.emplace_back(labelOf(c, lang));
    group(std::move(names));
    names = {};
    for (DataSubject d : s.data_subjects) names.emplace_back(labelOf(d, lang));
    group(std::move(names));
    names = {};
    for (const std::string& k : s.screening) names.emplace_back(screeningFlagName(k, lang));
    group(std::move(names));
    if (s.activity_ids.size() == 1) groups.emplace_back(kNamedOne.in(lang));
    else if (!s.activity_ids.empty())
        groups.push_back(i18n::format(kNamedCount.in(lang), {std::string_view(std::to_string(s.activity_ids.size()))}));
    std::string out;
    for (std::size_t i = 0; i < groups.size(); ++i) out += (i ? " · " : "") + groups[i];
    return out;
}

FrameworkCounts countFramework(const std::vector<FrameworkItem>& framework) {
    FrameworkCounts c;
    for (const FrameworkItem& f : framework) {
        if (f.status == FrameworkStatus::Adopted) {
            ++c.adopted;
            if (f.kind == FrameworkKind::RedLine) ++c.redLinesAdopted;
        } else if (f.status == FrameworkStatus::Proposed) {
            ++c.proposed;
        }
    }
    return c;
}

}  // namespace air
