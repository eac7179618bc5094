// The register table's data side: columns, filters, layout JSON and the cached row index
// (see register_query.hpp).
//
// [SECTION] columns and keys
// [SECTION] filter and layout (JSON)
// [SECTION] facts: review due, case folding
// [SECTION] RegisterIndex
#include "app/register_query.hpp"

#include <algorithm>
#include <unordered_map>
#include <nlohmann/json.hpp>

#include "core/catalogue.hpp"
#include "rules/rules.hpp"

namespace air::app {

// ---- [SECTION] columns and keys ---------------------------------------------------------
namespace {
constexpr std::string_view kColumnKeys[] = {"name",   "application", "owner",  "lifecycle", "tier",
                                            "blockers", "legal_basis", "review", "updated"};
static_assert(std::size(kColumnKeys) == kColumnCount);
constexpr std::string_view kGroupKeys[] = {"", "owner", "application"};
static_assert(std::size(kGroupKeys) == std::size_t(GroupBy::COUNT));
}  // namespace

std::string_view columnKey(Column c) { return kColumnKeys[std::size_t(c)]; }
std::string_view groupByKey(GroupBy g) { return kGroupKeys[std::size_t(g)]; }

// ---- [SECTION] filter and layout (JSON) ---------------------------------------------------
bool RegisterFilter::empty() const {
    return tiers == 0 && lifecycles == 0 && reviews == 0 && dataCategories == 0 && legalBases == 0 &&
           owners.empty() && !hasBlockers && !reviewsDue && search.find_first_not_of(" \t") == std::string::npos;
}

void RegisterFilter::clear() { *this = RegisterFilter{}; }

RegisterLayout::RegisterLayout() { visible.fill(true); }

namespace {
using nlohmann::json;

template <class E>
json maskToJson(std::uint32_t mask) {
    json out = json::array();
    for (E e : allOf<E>())
        if (hasBit(mask, e)) out.push_back(std::string(keyOf(e)));
    return out;
}

// Reads an array of enum keys into a mask; unknown keys are skipped.
template <class E>
std::uint32_t maskFromJson(const json& obj, const char* name) {
    std::uint32_t mask = 0;
    auto it = obj.find(name);
    if (it == obj.end() || !it->is_array()) return 0;
    for (const json& v : *it) {
        if (!v.is_string()) continue;
        if (auto e = parseKey<E>(v.get_ref<const std::string&>())) mask |= bitOf(*e);
    }
    return mask;
}
}  // namespace

// The layout as compact JSON: columns, sort keys, grouping and filters (never the search).
std::string RegisterLayout::toJson() const {
    json j;
    j["v"] = 1;
    json cols = json::object();
    for (std::size_t i = 0; i < kColumnCount; ++i) cols[std::string(kColumnKeys[i])] = visible[i];
    j["columns"] = cols;
    json sorts = json::array();
    for (const SortKey& k : sort)
        sorts.push_back({{"column", std::string(columnKey(k.column))}, {"dir", k.descending ? "desc" : "asc"}});
    j["sort"] = sorts;
    j["group"] = std::string(groupByKey(group));
    json f = json::object();
    f["tier"] = maskToJson<Tier>(filter.tiers);
    f["lifecycle"] = maskToJson<Lifecycle>(filter.lifecycles);
    f["review"] = maskToJson<ReviewStatus>(filter.reviews);
    f["data_category"] = maskToJson<DataCategory>(filter.dataCategories);
    json bases = json::array();
    for (LegalBasis b : allOf<LegalBasis>())
        if (hasBit(filter.legalBases, b)) bases.push_back(b == LegalBasis::None ? "none" : std::string(keyOf(b)));
    f["legal_basis"] = bases;
    f["owner"] = filter.owners;
    f["has_blockers"] = filter.hasBlockers;
    f["reviews_due"] = filter.reviewsDue;
    j["filter"] = f;
    return j.dump();
}

// Reads toJson() text; anything missing, unknown or of the wrong type keeps its default.
RegisterLayout RegisterLayout::parse(std::string_view text) {
    RegisterLayout out;
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return out;
    if (auto c = j.find("columns"); c != j.end() && c->is_object())
        for (std::size_t i = 0; i < kColumnCount; ++i)
            if (auto v = c->find(std::string(kColumnKeys[i])); v != c->end() && v->is_boolean())
                out.visible[i] = v->get<bool>();
    out.visible[std::size_t(Column::Name)] = true;  // the name column cannot be hidden
    if (auto s = j.find("sort"); s != j.end() && s->is_array()) {
        for (const json& k : *s) {
            if (!k.is_object()) continue;
            const std::string col = k.value("column", std::string());
            for (std::size_t i = 0; i < kColumnCount; ++i) {
                if (kColumnKeys[i] != col) continue;
                const bool dup = std::any_of(out.sort.begin(), out.sort.end(),
                                             [&](const SortKey& x) { return x.column == Column(i); });
                if (!dup) out.sort.push_back({Column(i), k.value("dir", std::string()) == "desc"});
            }
        }
    }
    const std::string g = j.value("group", std::string());
    for (std::size_t i = 0; i < std::size_t(GroupBy::COUNT); ++i)
        if (kGroupKeys[i] == g) out.group = GroupBy(i);
    if (auto f = j.find("filter"); f != j.end() && f->is_object()) {
        out.filter.tiers = maskFromJson<Tier>(*f, "tier");
        out.filter.lifecycles = maskFromJson<Lifecycle>(*f, "lifecycle");
        out.filter.reviews = maskFromJson<ReviewStatus>(*f, "review");
        out.filter.dataCategories = maskFromJson<DataCategory>(*f, "data_category");
        if (auto b = f->find("legal_basis"); b != f->end() && b->is_array())
            for (const json& v : *b) {
                if (!v.is_string()) continue;
                const std::string& k = v.get_ref<const std::string&>();
                if (k == "none") out.filter.legalBases |= bitOf(LegalBasis::None);
                else if (auto e = parseKey<LegalBasis>(k); e && *e != LegalBasis::None)
                    out.filter.legalBases |= bitOf(*e);
            }
        if (auto o = f->find("owner"); o != f->end() && o->is_array())
            for (const json& v : *o)
                if (v.is_string()) out.filter.owners.push_back(v.get<std::string>());
        if (auto b = f->find("has_blockers"); b != f->end() && b->is_boolean()) out.filter.hasBlockers = b->get<bool>();
        if (auto b = f->find("reviews_due"); b != f->end() && b->is_boolean()) out.filter.reviewsDue = b->get<bool>();
    }
    return out;
}

// ---- [SECTION] facts: review due, case folding --------------------------------------------
bool reviewDue(const Activity& a, std::string_view today) {
    const std::string& next = a.review.next_review;
    if (!next.empty() && rules::isIsoDate(next)) return std::string_view(next) <= today;
    return a.review.status == ReviewStatus::Approved;
}

namespace {
// Base letter of a lower-case Latin-1 letter (U+00E0..U+00FF), 0 when it has none.
char latin1Base(unsigned cp) {
    static constexpr const char kBase[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyby";  // U+00E0..U+00FF
    if (cp >= 0xE0 && cp <= 0xFF) {
        const char c = kBase[cp - 0xE0];
        return (c == '/' || c == 'd' || c == 'b') ? 0 : c;
    }
    return 0;
}
// Latin Extended-A capitals: the letter pairs are upper/lower from U+0100, shift by one at
// U+0139 and U+0179, and U+0130/U+0131 (dotted/dotless i) and U+0138 (kra) are left alone.
bool isLatinExtAUpper(unsigned cp) {
    if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0 && cp != 0x130;
    if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
    if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
    if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
    return false;
}

void appendUtf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}
}  // namespace

std::string foldCase(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += (c >= 'A' && c <= 'Z') ? char(c + 32) : char(c);
            ++i;
            continue;
        }
        // Decode one code point (invalid bytes pass through unchanged).
        unsigned cp = 0;
        std::size_t n = 0;
        if ((c & 0xE0) == 0xC0) cp = c & 0x1Fu, n = 2;
        else if ((c & 0xF0) == 0xE0) cp = c & 0x0Fu, n = 3;
        else if ((c & 0xF8) == 0xF0) cp = c & 0x07u, n = 4;
        if (n == 0 || i + n > s.size()) {
            out += char(c);
            ++i;
            continue;
        }
        for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
        i += n;
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) cp += 0x20;                    // Latin-1 capitals
        else if (isLatinExtAUpper(cp)) cp += 1;
        if (const char base = latin1Base(cp)) out += base;
        else appendUtf8(out, cp);
    }
    return out;
}

// ---- [SECTION] RegisterIndex --------------------------------------------------------------
// Rebuilds the per-activity facts when the model, language or date changed, and the rows when
// those or the query changed; otherwise does nothing.
bool RegisterIndex::update(const AppModel& model, const Query& q, Lang lang, std::string_view today) {
    const bool factsStale = !m_valid || m_model != &model || m_revision != model.revision() || m_lang != lang ||
                            m_today != today || m_facts.size() != model.activities().size();
    if (!factsStale && q == m_query) return false;
    if (factsStale) {
        // After an edit every activity is where it was and only the edited ones changed: their
        // place in the sorted order is looked up again instead of sorting all (issue #13).
        const bool placesKept = rebuildFacts(model, lang, today);
        Query base = q;
        base.filter.search.clear();
        base.collapsed.clear();
        if (placesKept && m_baseValid && base == m_base) patchBase(model, lang);
        else m_baseValid = false;
    }
    // A search that only grew (a keystroke at the end) can only narrow the rows: filter the
    // previous rows' order instead of all activities, and keep their sort.
    const bool narrowing = !factsStale && m_valid && onlyExtendsSearch(m_query, q);
    m_query = q;
    if (narrowing) narrowRows(model, q, lang);
    else rebuildRows(model, q, lang);
    m_model = &model;
    m_revision = model.revision();
    m_lang = lang;
    m_today = std::string(today);
    m_valid = true;
    ++m_rebuilds;
    return true;
}

// Tier, finding counts, review due, catalogue name and folded search text of every activity;
// the distinct owners. An activity whose stamp (AppModel::activityStamps) is unchanged since
// the last rebuild, in the same model, language and date, keeps its facts: an edit recomputes
// one activity's, not 10,000 (issue #13).
bool RegisterIndex::rebuildFacts(const AppModel& model, Lang lang, std::string_view today) {
    const auto& acts = model.activities();
    const auto& stamps = model.activityStamps();
    const auto& assessed = model.assessments();
    const bool reuse = m_valid && m_model == &model && m_lang == lang && m_today == today &&
                       m_factStamps.size() == m_facts.size();
    std::unordered_map<std::uint64_t, std::size_t> was;
    if (reuse) {
        was.reserve(m_factStamps.size());
        for (std::size_t i = 0; i < m_factStamps.size(); ++i) was.emplace(m_factStamps[i], i);
    }
    std::vector<RowFacts> facts(acts.size());
    m_reviewsDue = 0;
    m_changedFacts.clear();
    bool placesKept = reuse && acts.size() == m_facts.size();
    std::set<std::string> owners;
    for (std::size_t i = 0; i < acts.size(); ++i) {
        const Activity& a = acts[i];
        RowFacts& f = facts[i];
        owners.insert(a.owner);
        if (reuse && i < stamps.size()) {
            const auto known = was.find(stamps[i]);
            if (known != was.end()) {
                placesKept = placesKept && known->second == i;
                f = std::move(m_facts[known->second]);
                if (f.reviewDue) ++m_reviewsDue;
                continue;
            }
        }
        m_changedFacts.push_back(int(i));
        if (const rules::Assessment* as = i < assessed.size() ? &assessed[i] : model.assessment(a.id)) {
            f.tier = as->tier;
            for (const rules::Finding& x : as->findings) {
                if (x.severity == Severity::Blocker) ++f.blockers;
                else if (x.severity == Severity::Warning) ++f.warnings;
            }
        }
        f.reviewDue = reviewDue(a, today);
        if (f.reviewDue) ++m_reviewsDue;
        if (!a.application.empty()) {
            const CatalogueEntry* e = catalogueEntry(a.application);
            f.appName = e ? std::string(e->name(lang)) : a.application;
        }
        f.nameKey = foldCase(a.name);
        std::string hay;
        hay.reserve(a.name.size() + a.description.size() + a.purpose.size() + a.owner.size() + a.vendor.size() + 5);
        for (const std::string* part : {&a.name, &a.description, &a.purpose, &a.owner, &a.vendor}) {
            hay += *part;
            hay += '\n';
        }
        f.haystack = foldCase(hay);
    }
    m_facts = std::move(facts);
    m_factStamps.assign(stamps.begin(), stamps.end());
    if (m_factStamps.size() != m_facts.size()) m_factStamps.clear();  // no reuse next time
    m_owners.assign(owners.begin(), owners.end());
    // Owners sort by folded text, "" (no owner) last.
    std::stable_sort(m_owners.begin(), m_owners.end(), [](const std::string& x, const std::string& y) {
        if (x.empty() != y.empty()) return y.empty();
        return foldCase(x) < foldCase(y);
    });
    return placesKept;
}

namespace {
// Splits a folded search text into words; every word must occur in the haystack.
std::vector<std::string> searchWords(std::string_view search) {
    std::vector<std::string> out;
    const std::string folded = foldCase(search);
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && (folded[i] == ' ' || folded[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < folded.size() && folded[j] != ' ' && folded[j] != '\t') ++j;
        if (j > i) out.push_back(folded.substr(i, j - i));
        i = j;
    }
    return out;
}

bool passes(const Activity& a, const RowFacts& f, const RegisterFilter& flt, const std::vector<std::string>& words) {
    if (flt.tiers && !hasBit(flt.tiers, f.tier)) return false;
    if (flt.lifecycles && !hasBit(flt.lifecycles, a.lifecycle)) return false;
    if (flt.reviews && !hasBit(flt.reviews, a.review.status)) return false;
    if (flt.legalBases && !hasBit(flt.legalBases, a.legal_basis)) return false;
    if (flt.dataCategories &&
        std::none_of(a.data_categories.begin(), a.data_categories.end(),
                     [&](DataCategory c) { return hasBit(flt.dataCategories, c); }))
        return false;
    if (!flt.owners.empty() && std::find(flt.owners.begin(), flt.owners.end(), a.owner) == flt.owners.end())
        return false;
    if (flt.hasBlockers && f.blockers == 0) return false;
    if (flt.reviewsDue && !f.reviewDue) return false;
    for (const std::string& w : words)
        if (f.haystack.find(w) == std::string::npos) return false;
    return true;
}

// Three-way comparison of two activities on one column; empty texts sort last in both directions
// (handled by the caller through `emptyLast`).
int compareOn(Column c, Lang lang, const Activity& a, const RowFacts& fa, const Activity& b, const RowFacts& fb) {
    auto cmp = [](const auto& x, const auto& y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (c) {
    case Column::Name: return cmp(fa.nameKey, fb.nameKey);
    case Column::Application: return cmp(foldCase(fa.appName), foldCase(fb.appName));
    case Column::Owner: return cmp(foldCase(a.owner), foldCase(b.owner));
    case Column::Lifecycle: return cmp(int(a.lifecycle), int(b.lifecycle));
    case Column::Tier: return cmp(int(fa.tier), int(fb.tier));
    case Column::Blockers: return cmp(fa.blockers, fb.blockers);
    case Column::LegalBasis: return cmp(std::string_view(labelOf(a.legal_basis, lang)),
                                        std::string_view(labelOf(b.legal_basis, lang)));
    case Column::Review: return cmp(int(a.review.status), int(b.review.status));
    case Column::Updated: return cmp(a.updated_at, b.updated_at);
    default: return 0;
    }
}

bool isEmptyFor(Column c, const Activity& a, const RowFacts& f) {
    switch (c) {
    case Column::Application: return f.appName.empty();
    case Column::Owner: return a.owner.find_first_not_of(" \t") == std::string::npos;
    case Column::LegalBasis: return a.legal_basis == LegalBasis::None;
    case Column::Updated: return a.updated_at.empty();
    default: return false;
    }
}
}  // namespace

// True when `next` differs from `prev` only in a search whose folded text starts with the
// previous one's: every word of the old search is then part of a word of the new one, so a
// row that matches the new search matched the old one (the rows can only narrow).
bool RegisterIndex::onlyExtendsSearch(const Query& prev, const Query& next) {
    if (prev.filter.search == next.filter.search) return false;
    Query same = next;
    same.filter.search = prev.filter.search;
    if (!(same == prev)) return false;
    const std::string before = foldCase(prev.filter.search), after = foldCase(next.filter.search);
    return after.size() > before.size() && after.compare(0, before.size(), before) == 0;
}

// The activities of `from`, in its order, whose folded search text contains every word.
void RegisterIndex::withWords(const std::vector<int>& from, const std::vector<std::string>& words,
                              std::vector<int>& out) const {
    out.clear();
    out.reserve(from.size());
    for (int i : from) {
        const std::string& hay = m_facts[std::size_t(i)].haystack;
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return hay.find(w) != std::string::npos; }))
            out.push_back(i);
    }
}

// The rows after a search that only grew: the previous matching rows, in their sorted order,
// that also contain every word of the new search; then grouped as in rebuildRows.
void RegisterIndex::narrowRows(const AppModel& model, const Query& q, Lang lang) {
    std::vector<int> order;
    withWords(m_order, searchWords(q.filter.search), order);
    m_order = std::move(order);
    m_matching = int(m_order.size());
    layoutRows(model, q, lang);
}

namespace {
// Whether activity x sorts before y under `sort` (empty values last in both directions, ties
// in creation order); `folded(column, i)` gives the folded Application / Owner text.
template <class Folded>
bool sortsBefore(const std::vector<SortKey>& sort, Lang lang, const std::vector<Activity>& acts,
                 const std::vector<RowFacts>& facts, const Folded& folded, int x, int y) {
    const Activity& a = acts[std::size_t(x)];
    const Activity& b = acts[std::size_t(y)];
    const RowFacts& fa = facts[std::size_t(x)];
    const RowFacts& fb = facts[std::size_t(y)];
    for (const SortKey& k : sort) {
        const bool ea = isEmptyFor(k.column, a, fa), eb = isEmptyFor(k.column, b, fb);
        if (ea != eb) return eb;
        int r = 0;
        if (k.column == Column::Application || k.column == Column::Owner) r = folded(k.column, x).compare(folded(k.column, y));
        else r = compareOn(k.column, lang, a, fa, b, fb);
        if (r != 0) return k.descending ? r > 0 : r < 0;
    }
    return x < y;
}
}  // namespace

// The rows for `q`: the activities that pass its search, taken in order from the sorted list
// of those that pass the rest of the query (sortBase, kept while only the search changes).
void RegisterIndex::rebuildRows(const AppModel& model, const Query& q, Lang lang) {
    Query base = q;
    base.filter.search.clear();
    base.collapsed.clear();  // folding a group changes the rows, not the order
    if (!m_baseValid || !(base == m_base)) {
        sortBase(model, base, lang);
        m_base = std::move(base);
        m_baseValid = true;
    }
    withWords(m_baseOrder, searchWords(q.filter.search), m_order);
    m_matching = int(m_order.size());
    layoutRows(model, q, lang);
}

// Filters all activities by `base` (a query without search) and sorts them (ties in creation
// order) into m_baseOrder.
void RegisterIndex::sortBase(const AppModel& model, const Query& q, Lang lang) {
    const auto& acts = model.activities();
    const std::vector<std::string> words;
    std::vector<int>& order = m_baseOrder;
    order.clear();
    order.reserve(acts.size());
    for (std::size_t i = 0; i < acts.size(); ++i)
        if (passes(acts[i], m_facts[i], q.filter, words)) order.push_back(int(i));

    // Sort keys that need folding are folded once here rather than in every comparison.
    std::vector<std::string> appKeys, ownerKeys;
    const bool byApp = std::any_of(q.sort.begin(), q.sort.end(), [](auto& k) { return k.column == Column::Application; });
    const bool byOwner = std::any_of(q.sort.begin(), q.sort.end(), [](auto& k) { return k.column == Column::Owner; });
    if (byApp) {
        appKeys.resize(acts.size());
        for (int i : order) appKeys[std::size_t(i)] = foldCase(m_facts[std::size_t(i)].appName);
    }
    if (byOwner) {
        ownerKeys.resize(acts.size());
        for (int i : order) ownerKeys[std::size_t(i)] = foldCase(acts[std::size_t(i)].owner);
    }
    const auto folded = [&](Column c, int i) -> const std::string& {
        return c == Column::Application ? appKeys[std::size_t(i)] : ownerKeys[std::size_t(i)];
    };
    auto less = [&](int x, int y) { return sortsBefore(q.sort, lang, acts, m_facts, folded, x, y); };
    if (!q.sort.empty()) std::sort(order.begin(), order.end(), less);
}

// m_baseOrder after an edit that kept every activity in its place: the activities whose facts
// were recomputed (m_changedFacts) leave the order and go back where they now sort.
void RegisterIndex::patchBase(const AppModel& model, Lang lang) {
    const auto& acts = model.activities();
    const Query& q = m_base;
    std::vector<char> changed(acts.size(), 0);
    for (int i : m_changedFacts) changed[std::size_t(i)] = 1;
    m_baseOrder.erase(std::remove_if(m_baseOrder.begin(), m_baseOrder.end(), [&](int i) { return changed[std::size_t(i)] != 0; }),
                      m_baseOrder.end());
    const auto folded = [&](Column c, int i) -> std::string {
        return foldCase(c == Column::Application ? std::string_view(m_facts[std::size_t(i)].appName)
                                                 : std::string_view(acts[std::size_t(i)].owner));
    };
    auto less = [&](int x, int y) { return sortsBefore(q.sort, lang, acts, m_facts, folded, x, y); };
    const std::vector<std::string> none;
    for (int i : m_changedFacts) {
        if (!passes(acts[std::size_t(i)], m_facts[std::size_t(i)], q.filter, none)) continue;
        const auto at = q.sort.empty() ? std::lower_bound(m_baseOrder.begin(), m_baseOrder.end(), i)
                                       : std::lower_bound(m_baseOrder.begin(), m_baseOrder.end(), i, less);
        m_baseOrder.insert(at, i);
    }
}

// The rows from the sorted matching activities (m_order): one per activity, or, when
// grouping, the groups by label ("none" last), each a header row and its members.
void RegisterIndex::layoutRows(const AppModel& model, const Query& q, Lang lang) {
    const auto& acts = model.activities();
    const std::vector<int>& order = m_order;
    m_rows.clear();
    m_groups.clear();
    if (q.group == GroupBy::None) {
        m_rows.reserve(order.size());
        for (int i : order) m_rows.push_back({i, -1});
    } else {
        // Group keys: the owner text, or the application key; groups sorted by label, "none" last.
        std::vector<std::string> keyOf(acts.size());
        std::vector<std::pair<std::string, std::string>> groups;  // (sort key, group key)
        std::set<std::string> seen;
        for (int i : order) {
            const Activity& a = acts[std::size_t(i)];
            std::string key = q.group == GroupBy::Owner ? a.owner : a.application;
            if (key.find_first_not_of(" \t") == std::string::npos) key.clear();
            keyOf[std::size_t(i)] = key;
            if (seen.insert(key).second)
                groups.push_back({foldCase(q.group == GroupBy::Owner ? a.owner : m_facts[std::size_t(i)].appName), key});
        }
        std::sort(groups.begin(), groups.end(), [](const auto& x, const auto& y) {
            if (x.second.empty() != y.second.empty()) return y.second.empty();
            return x.first != y.first ? x.first < y.first : x.second < y.second;
        });
        std::vector<std::vector<int>> members(groups.size());
        for (std::size_t g = 0; g < groups.size(); ++g) {
            Group grp;
            grp.key = groups[g].second;
            if (grp.key.empty()) {
                // "(no owner)" / "(no application)": worded by the page
            } else if (q.group == GroupBy::Owner) {
                grp.label = grp.key;
            } else {
                const CatalogueEntry* e = catalogueEntry(grp.key);
                grp.label = e ? std::string(e->name(lang)) : grp.key;
            }
            grp.collapsed = q.collapsed.count(grp.key) != 0;
            m_groups.push_back(std::move(grp));
        }
        std::vector<std::size_t> slot(acts.size());
        {
            std::vector<std::pair<std::string, std::size_t>> lookup;
            for (std::size_t g = 0; g < groups.size(); ++g) lookup.push_back({groups[g].second, g});
            std::sort(lookup.begin(), lookup.end());
            for (int i : order) {
                auto it = std::lower_bound(lookup.begin(), lookup.end(), std::make_pair(keyOf[std::size_t(i)], std::size_t(0)));
                slot[std::size_t(i)] = it->second;
            }
        }
        for (int i : order) {
            const std::size_t g = slot[std::size_t(i)];
            members[g].push_back(i);
            ++m_groups[g].count;
            m_groups[g].blockers += m_facts[std::size_t(i)].blockers;
        }
        m_rows.reserve(order.size() + groups.size());
        for (std::size_t g = 0; g < groups.size(); ++g) {
            m_rows.push_back({-1, int(g)});
            if (m_groups[g].collapsed) continue;
            for (int i : members[g]) m_rows.push_back({i, int(g)});
        }
    }
}

int RegisterIndex::rowOf(std::string_view id) const {
    if (id.empty() || !m_model) return -1;
    const auto& acts = m_model->activities();  // rows index the model they were built from
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const int a = m_rows[i].activity;
        if (a >= 0 && std::size_t(a) < acts.size() && acts[std::size_t(a)].id == id) return int(i);
    }
    return -1;
}

std::vector<std::string> RegisterIndex::ids(const AppModel& model) const {
    std::vector<std::string> out;
    out.reserve(m_rows.size());
    for (const Row& r : m_rows)
        if (r.activity >= 0) out.push_back(model.activities()[std::size_t(r.activity)].id);
    return out;
}

}  // namespace air::app
