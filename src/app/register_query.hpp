// The register table's data side, without any drawing: the columns, the filters, the layout
// that is remembered in the database (pref "ui.register.layout"), and the cached row index
// (habit 2): filtered, sorted and grouped rows, rebuilt only when the model's revision, the
// language, the date or the query changes. 10,000 activities rebuild in a few milliseconds and
// cost nothing per frame after that. The register page (ui/register_view.hpp) draws it; column
// headers and the "(no owner)" / "(no application)" group titles are worded there.
#pragma once

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_model.hpp"
#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::app {

// The table's columns in their default order; keys are stable (layout pref, tests).
enum class Column { Name, Application, Owner, Lifecycle, Tier, Blockers, LegalBasis, Review, Updated, COUNT };
inline constexpr std::size_t kColumnCount = std::size_t(Column::COUNT);
std::string_view columnKey(Column c);

enum class GroupBy { None, Owner, Application, COUNT };
std::string_view groupByKey(GroupBy g);

struct SortKey {
    Column column = Column::Name;
    bool descending = false;
    bool operator==(const SortKey&) const = default;
};

// The filters of the toolbar. Enum filters are bit masks (bit = enum value); within one kind
// the values are alternatives (OR), the kinds combine (AND). `search` is not remembered.
struct RegisterFilter {
    std::uint32_t tiers = 0;
    std::uint32_t lifecycles = 0;
    std::uint32_t reviews = 0;
    std::uint32_t dataCategories = 0;  // the activity has at least one of these
    std::uint32_t legalBases = 0;
    std::vector<std::string> owners;   // exact owner texts ("" = no owner)
    bool hasBlockers = false;
    bool reviewsDue = false;
    std::string search;

    // True when no filter (and no search) narrows the rows.
    bool empty() const;
    void clear();
    bool operator==(const RegisterFilter&) const = default;
};

template <class E>
constexpr std::uint32_t bitOf(E e) { return std::uint32_t(1) << unsigned(e); }
template <class E>
constexpr bool hasBit(std::uint32_t mask, E e) { return (mask & bitOf(e)) != 0; }

// What the user arranged, remembered per register (not undoable).
struct RegisterLayout {
    std::array<bool, kColumnCount> visible{};
    std::vector<SortKey> sort;  // first key first; empty = creation order
    GroupBy group = GroupBy::None;
    RegisterFilter filter;      // search is never stored

    RegisterLayout();  // every column visible, creation order, no grouping, no filter
    // JSON text for the pref; parse() returns the defaults for anything it cannot read.
    std::string toJson() const;
    static RegisterLayout parse(std::string_view json);
    bool operator==(const RegisterLayout&) const = default;
};

// What the table derives once per activity (per revision), for filtering, sorting, drawing.
struct RowFacts {
    Tier tier = Tier::Unassessed;
    int blockers = 0;
    int warnings = 0;
    bool reviewDue = false;
    std::string appName;   // catalogue name in the UI language; "" when no application
    std::string nameKey;   // lower-case name, for sorting
    std::string haystack;  // lower-case name, description, purpose, owner, vendor
};

// Due for review on `today` (YYYY-MM-DD): a next-review date on or before today, or an
// approved activity without a next-review date.
bool reviewDue(const Activity& a, std::string_view today);

// Lower-case for search: ASCII letters and the common Latin-1 / Latin Extended-A capitals.
std::string foldCase(std::string_view utf8);

class RegisterIndex {
public:
    struct Row {
        int activity = -1;  // index into AppModel::activities(); -1 = group header
        int group = -1;     // index into groups()
    };
    struct Group {
        std::string key;    // owner text or application key ("" = none)
        std::string label;  // owner text or application name in the language; "" for the "none" group
        int count = 0;      // matching activities in the group (also when collapsed)
        int blockers = 0;
        bool collapsed = false;
    };
    struct Query {
        RegisterFilter filter;
        std::vector<SortKey> sort;
        GroupBy group = GroupBy::None;
        std::set<std::string> collapsed;  // group keys
        bool operator==(const Query&) const = default;
    };

    // Brings the index up to date; returns true when the rows were rebuilt. Cheap when
    // nothing changed (compares the revision, language, date and the query).
    bool update(const AppModel& model, const Query& q, Lang lang, std::string_view today);
    void invalidate() { m_valid = false; }

    const std::vector<Row>& rows() const { return m_rows; }
    const std::vector<Group>& groups() const { return m_groups; }
    const RowFacts& facts(int activity) const { return m_facts[std::size_t(activity)]; }
    int matching() const { return m_matching; }           // activities passing the filter
    int reviewsDueCount() const { return m_reviewsDue; }  // in the whole register
    // Distinct owners of the register, sorted ("" included when some activity has none).
    const std::vector<std::string>& owners() const { return m_owners; }
    // Position of the activity's row in rows(); -1 when not shown.
    int rowOf(std::string_view id) const;
    // Ids of the activity rows, in order (tests and keyboard navigation).
    std::vector<std::string> ids(const AppModel& model) const;
    int rebuilds() const { return m_rebuilds; }

private:
    // True when every activity kept its place and only m_changedFacts were recomputed.
    bool rebuildFacts(const AppModel& model, Lang lang, std::string_view today);
    void patchBase(const AppModel& model, Lang lang);
    void rebuildRows(const AppModel& model, const Query& q, Lang lang);
    void sortBase(const AppModel& model, const Query& base, Lang lang);
    static bool onlyExtendsSearch(const Query& prev, const Query& next);
    void narrowRows(const AppModel& model, const Query& q, Lang lang);
    void withWords(const std::vector<int>& from, const std::vector<std::string>& words, std::vector<int>& out) const;
    void layoutRows(const AppModel& model, const Query& q, Lang lang);

    bool m_valid = false;
    std::uint64_t m_revision = 0;
    const AppModel* m_model = nullptr;
    Lang m_lang = Lang::En;
    std::string m_today;
    Query m_query;
    std::vector<RowFacts> m_facts;
    std::vector<std::uint64_t> m_factStamps;  // the activity stamps m_facts were made from
    std::vector<int> m_changedFacts;           // activities the last rebuildFacts recomputed
    std::vector<int> m_order;  // the matching activities, sorted (rows before grouping)
    // Every activity that passes the query without its search, sorted: a search (typed,
    // shortened or cleared) filters this list and never sorts again (issue #13).
    Query m_base;
    bool m_baseValid = false;
    std::vector<int> m_baseOrder;
    std::vector<Row> m_rows;
    std::vector<Group> m_groups;
    std::vector<std::string> m_owners;
    int m_matching = 0;
    int m_reviewsDue = 0;
    int m_rebuilds = 0;
};

}  // namespace air::app
