// The team's own framework in the register file: the optional top-level "framework" array
// (docs/FILE_FORMAT.md). Each item has a required, unique `id` and a required, non-blank
// `text`; `kind` and `status` are enum keys; `applies_to` lists catalogue keys, data
// categories and subjects, screening fact keys and activity ids. Unknown item keys travel in
// the item's extra; unknown keys inside `votes` and `applies_to` are errors.
#include <algorithm>

#include "core/catalogue.hpp"
#include "core/framework.hpp"
#include "io/register_json_internal.hpp"
#include "io/register_json_machinery.hpp"

namespace air::io {
namespace json {
namespace {

// An array of distinct strings; with `allowed` set, each must be one of its keys.
template <class Keys>
bool readKeyList(Ctx& c, const J& v, const std::string& p, std::vector<std::string>& out, const Keys* allowed) {
    if (!v.is_array()) return c.fail(p, Msg::ExpArray, {got(v)});
    out.clear();
    std::size_t i = 0;
    for (const J& x : v) {
        std::string s;
        const std::string ip = item(p, i++);
        if (!readRequired(c, x, ip, s)) return false;
        if (allowed && std::find(std::begin(*allowed), std::end(*allowed), s) == std::end(*allowed)) {
            std::string list;
            for (std::string_view k : *allowed) list += (list.empty() ? "" : ", ") + quotedKey(k);
            return c.fail(ip, Msg::UnknownValue, {got(x), list});
        }
        if (std::find(out.begin(), out.end(), s) != out.end()) return c.fail(ip, Msg::ListedTwice, {quotedKey(s)});
        out.push_back(std::move(s));
    }
    return true;
}

J stringList(const std::vector<std::string>& v) {
    if (v.empty()) return J(J::value_t::discarded);  // an empty list is written as no key
    J out = J::array();
    for (const std::string& s : v) out.push_back(s);
    return out;
}

const std::vector<std::string_view> kFlagKeys = [] {
    std::vector<std::string_view> v;
    for (const ScreeningFlag& f : kScreeningFlags) v.emplace_back(f.key);
    return v;
}();
const std::vector<std::string_view>* const kAnyId = nullptr;

const Field<FrameworkScope> kScopeFields[] = {
    {"applications",
     [](Ctx& c, const J& v, const std::string& p, FrameworkScope& s) {
         return readKeyList(c, v, p, s.applications, &kCatalogueKeys);
     },
     [](const FrameworkScope& s) { return stringList(s.applications); }},
    {"data_categories",
     [](Ctx& c, const J& v, const std::string& p, FrameworkScope& s) {
         return readEnumList(c, v, p, s.data_categories);
     },
     [](const FrameworkScope& s) { return s.data_categories.empty() ? J(J::value_t::discarded) : enumList(s.data_categories); }},
    {"data_subjects",
     [](Ctx& c, const J& v, const std::string& p, FrameworkScope& s) {
         return readEnumList(c, v, p, s.data_subjects);
     },
     [](const FrameworkScope& s) { return s.data_subjects.empty() ? J(J::value_t::discarded) : enumList(s.data_subjects); }},
    {"screening",
     [](Ctx& c, const J& v, const std::string& p, FrameworkScope& s) {
         return readKeyList(c, v, p, s.screening, &kFlagKeys);
     },
     [](const FrameworkScope& s) { return stringList(s.screening); }},
    {"activity_ids",
     [](Ctx& c, const J& v, const std::string& p, FrameworkScope& s) {
         return readKeyList(c, v, p, s.activity_ids, kAnyId);
     },
     [](const FrameworkScope& s) { return stringList(s.activity_ids); }},
};

struct Votes {
    int for_ = 0, against = 0, abstain = 0;
};
const Field<Votes> kVotesFields[] = {
    {"for", [](Ctx& c, const J& v, const std::string& p, Votes& x) { return readCount(c, v, p, x.for_); },
     [](const Votes& x) { return J(x.for_); }},
    AIR_COUNT(Votes, against),
    AIR_COUNT(Votes, abstain),
};

const Field<FrameworkItem> kFrameworkFields[] = {
    {"id", [](Ctx& c, const J& v, const std::string& p, FrameworkItem& f) { return readRequired(c, v, p, f.id); },
     [](const FrameworkItem& f) { return J(f.id); }},
    AIR_ENUM(FrameworkItem, kind),
    {"text", [](Ctx& c, const J& v, const std::string& p, FrameworkItem& f) { return readRequired(c, v, p, f.text); },
     [](const FrameworkItem& f) { return J(f.text); }},
    AIR_STR(FrameworkItem, explanation),
    AIR_ENUM(FrameworkItem, status),
    AIR_STR(FrameworkItem, workshop_id),
    AIR_DATE(FrameworkItem, decided_at),
    {"votes",
     [](Ctx& c, const J& v, const std::string& p, FrameworkItem& f) {
         Votes x;
         if (!readRecord(c, v, p, kVotesFields, x, nullptr)) return false;
         f.votes_for = x.for_, f.votes_against = x.against, f.votes_abstain = x.abstain;
         return true;
     },
     [](const FrameworkItem& f) {
         return writeRecord(Votes{f.votes_for, f.votes_against, f.votes_abstain}, kVotesFields, nullptr);
     }},
    {"applies_to",
     [](Ctx& c, const J& v, const std::string& p, FrameworkItem& f) {
         f.applies_to = FrameworkScope{};
         return readRecord(c, v, p, kScopeFields, f.applies_to, nullptr);
     },
     [](const FrameworkItem& f) { return writeRecord(f.applies_to, kScopeFields, nullptr); }},
};

}  // namespace

bool readFramework(Ctx& c, const J& v, const std::string& p, std::vector<FrameworkItem>& out) {
    if (!readIdentified(c, v, p, kFrameworkFields, out, false)) return false;
    for (std::size_t i = 0; i < out.size(); ++i)  // the text is what the item is: never absent
        if (!requireKey(c, v[i], item(p, i), "text")) return false;
    return true;
}

J writeFrameworkItem(const FrameworkItem& f) { return writeRecord(f, kFrameworkFields, &f.extra); }

}  // namespace json

std::string jsonOf(const FrameworkItem& f) { return json::dumpCompact(json::writeFrameworkItem(f)); }

std::string jsonOf(const std::vector<FrameworkItem>& framework) {
    json::J out = json::J::array();
    for (const FrameworkItem& f : framework) out.push_back(json::writeFrameworkItem(f));
    return json::dumpCompact(out);
}

}  // namespace air::io
