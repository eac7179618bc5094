// The register table's row index on 10,000 generated activities: filters, search, sorting,
// grouping, rebuild-only-on-change, and the layout JSON remembered in the database.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "app/register_query.hpp"
#include "core/catalogue.hpp"
#include "support/register_generator.hpp"

using namespace air;
using app::Column;
using app::RegisterIndex;

namespace {

struct Big {
    app::AppModel model;
    Big() {
        REQUIRE(model.open(":memory:").ok());
        REQUIRE(model.importRegister(test::generateRegister(10000), app::ImportMode::Replace).ok());
        REQUIRE(model.activities().size() == 10000);
    }
    Tier tier(const Activity& a) const { return model.assessment(a.id)->tier; }
    int blockers(const Activity& a) const { return model.assessment(a.id)->blockers(); }
};

Big& big() {
    static Big b;
    return b;
}

std::vector<std::string> idsWhere(const app::AppModel& m, const std::function<bool(const Activity&)>& pred) {
    std::vector<std::string> out;
    for (const Activity& a : m.activities())
        if (pred(a)) out.push_back(a.id);
    return out;
}

}  // namespace

TEST_CASE("no filter: every activity in creation order", "[app][register][index]") {
    RegisterIndex idx;
    RegisterIndex::Query q;
    REQUIRE(idx.update(big().model, q, Lang::En, "2026-11-25"));
    CHECK(idx.matching() == 10000);
    CHECK(idx.ids(big().model) == idsWhere(big().model, [](const Activity&) { return true; }));
    CHECK(idx.groups().empty());
}

TEST_CASE("each filter narrows the rows to exactly the matching ids", "[app][register][index]") {
    const auto& m = big().model;
    RegisterIndex idx;
    RegisterIndex::Query q;

    SECTION("tier") {
        q.filter.tiers = app::bitOf(Tier::High) | app::bitOf(Tier::Prohibited);
        idx.update(m, q, Lang::En, "2026-11-25");
        const auto want = idsWhere(m, [](const Activity& a) {
            const Tier t = big().tier(a);
            return t == Tier::High || t == Tier::Prohibited;
        });
        REQUIRE(!want.empty());
        CHECK(idx.ids(m) == want);
    }
    SECTION("lifecycle and review status combine (AND across kinds, OR within)") {
        q.filter.lifecycles = app::bitOf(Lifecycle::Pilot) | app::bitOf(Lifecycle::Production);
        q.filter.reviews = app::bitOf(ReviewStatus::Approved);
        idx.update(m, q, Lang::En, "2026-11-25");
        const auto want = idsWhere(m, [](const Activity& a) {
            return (a.lifecycle == Lifecycle::Pilot || a.lifecycle == Lifecycle::Production) &&
                   a.review.status == ReviewStatus::Approved;
        });
        REQUIRE(!want.empty());
        CHECK(idx.ids(m) == want);
    }
    SECTION("owner (including no owner) and has blockers") {
        q.filter.owners = {"Sanne de Vries", ""};
        q.filter.hasBlockers = true;
        idx.update(m, q, Lang::En, "2026-11-25");
        const auto want = idsWhere(m, [](const Activity& a) {
            return (a.owner == "Sanne de Vries" || a.owner.empty()) && big().blockers(a) > 0;
        });
        REQUIRE(!want.empty());
        CHECK(idx.ids(m) == want);
    }
    SECTION("data category and legal basis (including not chosen)") {
        q.filter.dataCategories = app::bitOf(DataCategory::Health) | app::bitOf(DataCategory::Biometric);
        q.filter.legalBases = app::bitOf(LegalBasis::None) | app::bitOf(LegalBasis::Consent);
        idx.update(m, q, Lang::En, "2026-11-25");
        const auto want = idsWhere(m, [](const Activity& a) {
            const bool data = std::any_of(a.data_categories.begin(), a.data_categories.end(), [](DataCategory c) {
                return c == DataCategory::Health || c == DataCategory::Biometric;
            });
            return data && (a.legal_basis == LegalBasis::None || a.legal_basis == LegalBasis::Consent);
        });
        REQUIRE(!want.empty());
        CHECK(idx.ids(m) == want);
    }
    SECTION("reviews due: next review on or before today, or approved without a date") {
        q.filter.reviewsDue = true;
        idx.update(m, q, Lang::En, "2026-11-25");
        const auto want = idsWhere(m, [](const Activity& a) {
            if (!a.review.next_review.empty()) return a.review.next_review <= "2026-11-25";
            return a.review.status == ReviewStatus::Approved;
        });
        REQUIRE(!want.empty());
        CHECK(idx.ids(m) == want);
        CHECK(idx.reviewsDueCount() == int(want.size()));
        // On a later day the 2027 dates are due as well.
        idx.update(m, q, Lang::En, "2027-07-01");
        CHECK(idx.matching() > int(want.size()));
    }
    SECTION("search: every word, case and accents folded, across name/description/purpose/owner/vendor") {
        q.filter.search = "  CHURN   42 ";
        idx.update(m, q, Lang::En, "2026-11-25");
        const auto want = idsWhere(m, [](const Activity& a) {
            const std::string hay = app::foldCase(a.name + "\n" + a.description + "\n" + a.purpose + "\n" + a.owner + "\n" + a.vendor);
            return hay.find("churn") != std::string::npos && hay.find("42") != std::string::npos;
        });
        REQUIRE(!want.empty());
        CHECK(idx.ids(m) == want);
        q.filter.search = "polderdata";  // vendor only
        idx.update(m, q, Lang::En, "2026-11-25");
        CHECK(idx.matching() == int(idsWhere(m, [](const Activity& a) { return !a.vendor.empty(); }).size()));
        q.filter.search = "fatima EL amrani";  // owner
        idx.update(m, q, Lang::En, "2026-11-25");
        CHECK(idx.matching() == 1000);
        q.filter.search = "no such words anywhere";
        idx.update(m, q, Lang::En, "2026-11-25");
        CHECK(idx.matching() == 0);
        CHECK(idx.rows().empty());
    }
}

TEST_CASE("case folding strips accents so that a plain search finds Dutch words", "[app][register][index]") {
    CHECK(app::foldCase("Financiële SITUATIE") == "financiele situatie");
    CHECK(app::foldCase("Ééntje ÇA") == "eentje ca");
    CHECK(app::foldCase("ŁÓDŹ") == "łodź");  // outside Latin-1 only the case changes
    CHECK(app::foldCase("\xE2\x82\xAC 10") == "\xE2\x82\xAC 10");
}

TEST_CASE("sorting by one or several columns, empty values last", "[app][register][index]") {
    const auto& m = big().model;
    RegisterIndex idx;
    RegisterIndex::Query q;
    const auto& acts = m.activities();
    std::map<std::string, int> order;
    for (std::size_t i = 0; i < acts.size(); ++i) order[acts[i].id] = int(i);
    auto pos = [&](const std::string& id) { return order.at(id); };

    SECTION("name ascending, creation order breaking ties") {
        q.sort = {{Column::Name, false}};
        idx.update(m, q, Lang::En, "2026-11-25");
        const auto ids = idx.ids(m);
        REQUIRE(ids.size() == 10000);
        for (std::size_t i = 1; i < ids.size(); ++i) {
            const Activity& a = *m.find(ids[i - 1]);
            const Activity& b = *m.find(ids[i]);
            const std::string ka = app::foldCase(a.name), kb = app::foldCase(b.name);
            INFO(a.name << " / " << b.name);
            REQUIRE((ka < kb || (ka == kb && pos(a.id) < pos(b.id))));
        }
    }
    SECTION("blockers descending, then tier (worst first), then updated descending") {
        q.sort = {{Column::Blockers, true}, {Column::Tier, false}, {Column::Updated, true}};
        idx.update(m, q, Lang::En, "2026-11-25");
        const auto ids = idx.ids(m);
        for (std::size_t i = 1; i < ids.size(); ++i) {
            const Activity& a = *m.find(ids[i - 1]);
            const Activity& b = *m.find(ids[i]);
            const int ba = big().blockers(a), bb = big().blockers(b);
            REQUIRE(ba >= bb);
            if (ba == bb) {
                REQUIRE(int(big().tier(a)) <= int(big().tier(b)));
                if (big().tier(a) == big().tier(b)) REQUIRE(a.updated_at >= b.updated_at);
            }
        }
        CHECK(big().blockers(*m.find(ids.front())) > big().blockers(*m.find(ids.back())));
    }
    SECTION("owner: empty owners last in both directions") {
        for (bool desc : {false, true}) {
            q.sort = {{Column::Owner, desc}};
            idx.update(m, q, Lang::En, "2026-11-25");
            const auto ids = idx.ids(m);
            CHECK(m.find(ids.back())->owner.empty());
            CHECK_FALSE(m.find(ids.front())->owner.empty());
            CHECK(m.find(ids.front())->owner == (desc ? "Webshop" : "Customer Care"));
        }
    }
}

TEST_CASE("grouping by owner and by application, with counts and collapsing", "[app][register][index]") {
    const auto& m = big().model;
    RegisterIndex idx;
    RegisterIndex::Query q;
    q.group = app::GroupBy::Owner;
    q.sort = {{Column::Name, false}};
    idx.update(m, q, Lang::En, "2026-11-25");
    REQUIRE(idx.groups().size() == 10);  // nine owners and "no owner"
    CHECK(idx.groups().back().key.empty());
    CHECK(idx.groups().back().label.empty());  // the page words "(no owner)"
    CHECK(idx.groups().front().label == "Customer Care");
    int total = 0;
    for (const auto& g : idx.groups()) {
        CHECK(g.count == 1000);
        total += g.count;
    }
    CHECK(total == 10000);
    CHECK(idx.rows().size() == 10010);
    // Every header is followed by exactly its members.
    std::size_t r = 0;
    for (std::size_t g = 0; g < idx.groups().size(); ++g) {
        REQUIRE(idx.rows()[r].activity < 0);
        REQUIRE(idx.rows()[r].group == int(g));
        ++r;
        for (int k = 0; k < idx.groups()[g].count; ++k, ++r)
            REQUIRE(m.activities()[std::size_t(idx.rows()[r].activity)].owner == idx.groups()[g].key);
    }
    // A collapsed group keeps its header and count but hides its rows.
    q.collapsed = {"Webshop"};
    idx.update(m, q, Lang::En, "2026-11-25");
    CHECK(idx.rows().size() == 9010);
    CHECK(idx.matching() == 10000);

    // Grouped by application, filtered: the groups only hold what matches.
    q = {};
    q.group = app::GroupBy::Application;
    q.filter.tiers = app::bitOf(Tier::Limited);
    idx.update(m, q, Lang::En, "2026-11-25");
    std::set<std::string> apps;
    for (const Activity& a : m.activities())
        if (big().tier(a) == Tier::Limited) apps.insert(a.application);
    CHECK(idx.groups().size() == apps.size());
    int sum = 0;
    for (const auto& g : idx.groups()) {
        CHECK(apps.count(g.key) == 1);
        CHECK(g.label == std::string(catalogueEntry(g.key)->name_en));
        sum += g.count;
    }
    CHECK(sum == idx.matching());
}

TEST_CASE("the index is rebuilt only when the revision, the language or the query changes", "[app][register][index]") {
    const auto& m = big().model;
    RegisterIndex idx;
    RegisterIndex::Query q;
    REQUIRE(idx.update(m, q, Lang::En, "2026-11-25"));
    for (int i = 0; i < 50; ++i) CHECK_FALSE(idx.update(m, q, Lang::En, "2026-11-25"));
    CHECK(idx.rebuilds() == 1);
    q.filter.search = "lead";
    CHECK(idx.update(m, q, Lang::En, "2026-11-25"));
    CHECK(idx.update(m, q, Lang::Nl, "2026-11-25"));
    CHECK(idx.update(m, q, Lang::Nl, "2026-11-26"));
    CHECK_FALSE(idx.update(m, q, Lang::Nl, "2026-11-26"));
    // A change in the model bumps the revision.
    app::AppModel small;
    REQUIRE(small.open(":memory:").ok());
    Activity a;
    a.name = "One";
    REQUIRE(small.addActivity(a).ok());
    REQUIRE(idx.update(small, q, Lang::En, "2026-11-25"));
    Activity b = small.activities().front();
    b.owner = "Someone";
    REQUIRE(small.updateActivity(b).ok());
    CHECK(idx.update(small, q, Lang::En, "2026-11-25"));
    CHECK_FALSE(idx.update(small, q, Lang::En, "2026-11-25"));
}

TEST_CASE("the layout survives its JSON and ignores what it cannot read", "[app][register][layout]") {
    app::RegisterLayout l;
    l.visible[std::size_t(Column::Updated)] = false;
    l.visible[std::size_t(Column::LegalBasis)] = false;
    l.sort = {{Column::Tier, false}, {Column::Updated, true}};
    l.group = app::GroupBy::Application;
    l.filter.tiers = app::bitOf(Tier::High);
    l.filter.legalBases = app::bitOf(LegalBasis::None) | app::bitOf(LegalBasis::Consent);
    l.filter.dataCategories = app::bitOf(DataCategory::Health);
    l.filter.owners = {"Sanne", ""};
    l.filter.hasBlockers = true;
    l.filter.reviewsDue = true;
    l.filter.search = "not stored";
    const app::RegisterLayout back = app::RegisterLayout::parse(l.toJson());
    app::RegisterLayout want = l;
    want.filter.search.clear();
    CHECK(back == want);
    CHECK(l.toJson().find("not stored") == std::string::npos);

    CHECK(app::RegisterLayout::parse("") == app::RegisterLayout{});
    CHECK(app::RegisterLayout::parse("[1,2]") == app::RegisterLayout{});
    CHECK(app::RegisterLayout::parse("{\"columns\": {\"name\": false}}").visible[0]);  // name cannot be hidden
    const auto odd = app::RegisterLayout::parse(
        R"({"sort":[{"column":"nope"},{"column":"owner","dir":"desc"},{"column":"owner"}],"group":"x",)"
        R"("filter":{"tier":["high",3,"nope"],"owner":[1,"A"],"has_blockers":"yes"}})");
    CHECK(odd.sort == std::vector<app::SortKey>{{Column::Owner, true}});
    CHECK(odd.group == app::GroupBy::None);
    CHECK(odd.filter.tiers == app::bitOf(Tier::High));
    CHECK(odd.filter.owners == std::vector<std::string>{"A"});
    CHECK_FALSE(odd.filter.hasBlockers);
}

TEST_CASE("a search typed one character at a time gives the rows of a fresh index at every step", "[app][register][index]") {
    // Keystrokes that only extend the search filter the previous rows (RegisterIndex::narrowRows);
    // deleting or changing a character rebuilds from all activities. Either way: the same rows.
    const auto& m = big().model;
    const auto same = [&](const RegisterIndex& a, const RegisterIndex::Query& q) {
        RegisterIndex fresh;
        REQUIRE(fresh.update(m, q, Lang::En, "2026-11-25"));
        REQUIRE(a.matching() == fresh.matching());
        REQUIRE(a.rows().size() == fresh.rows().size());
        for (std::size_t r = 0; r < a.rows().size(); ++r) {
            REQUIRE(a.rows()[r].activity == fresh.rows()[r].activity);
            REQUIRE(a.rows()[r].group == fresh.rows()[r].group);
        }
        REQUIRE(a.groups().size() == fresh.groups().size());
        for (std::size_t g = 0; g < a.groups().size(); ++g) {
            CHECK(a.groups()[g].key == fresh.groups()[g].key);
            CHECK(a.groups()[g].count == fresh.groups()[g].count);
            CHECK(a.groups()[g].blockers == fresh.groups()[g].blockers);
        }
    };
    for (app::GroupBy group : {app::GroupBy::None, app::GroupBy::Owner, app::GroupBy::Application}) {
        RegisterIndex idx;
        RegisterIndex::Query q;
        q.group = group;
        q.sort = {{Column::Owner, true}, {Column::Updated, false}};
        q.filter.tiers = app::bitOf(Tier::Limited) | app::bitOf(Tier::Minimal) | app::bitOf(Tier::High);
        q.collapsed = {"Webshop"};
        idx.update(m, q, Lang::En, "2026-11-25");
        std::string typed;
        for (char c : std::string("Fatima el AMR 4")) {
            typed += c;
            q.filter.search = typed;
            REQUIRE(idx.update(m, q, Lang::En, "2026-11-25"));
            same(idx, q);
        }
        for (const char* s : {"Fatima el AMR", "Fatima el AMRX", "atima", "", "c", "ch", "chu", "chx"}) {
            q.filter.search = s;
            idx.update(m, q, Lang::En, "2026-11-25");
            same(idx, q);
        }
        // The sorted list without the search is kept while only the search changes; another
        // sort, filter or fold, or another language, must not reuse it.
        q.filter.search = "a";
        q.sort = {{Column::Name, false}};
        idx.update(m, q, Lang::En, "2026-11-25");
        same(idx, q);
        q.collapsed.clear();
        idx.update(m, q, Lang::En, "2026-11-25");
        same(idx, q);
        q.filter.tiers = 0;
        q.filter.search = "";
        idx.update(m, q, Lang::En, "2026-11-25");
        same(idx, q);
        q.sort = {{Column::Application, true}};
        q.filter.search = "e";
        idx.update(m, q, Lang::Nl, "2026-11-25");
        RegisterIndex freshNl;
        freshNl.update(m, q, Lang::Nl, "2026-11-25");
        REQUIRE(idx.rows().size() == freshNl.rows().size());
        for (std::size_t r = 0; r < idx.rows().size(); ++r) CHECK(idx.rows()[r].activity == freshNl.rows()[r].activity);
        if (!idx.rows().empty() && idx.rows().back().activity >= 0)
            CHECK(idx.rowOf(m.activities()[std::size_t(idx.rows().back().activity)].id) == int(idx.rows().size()) - 1);
        CHECK(idx.rowOf("no-such-id") == -1);
    }
}

namespace {
// Adds activities "id-0".. "id-<n-1>" to an open model, each shaped by `shape(activity, i)`.
template <class Shape>
void addNumbered(app::AppModel& m, int n, Shape&& shape) {
    for (int i = 0; i < n; ++i) {
        Activity a;
        a.id = "id-" + std::to_string(i);
        shape(a, i);
        REQUIRE(m.addActivity(a).ok());
    }
}
}  // namespace

TEST_CASE("after an edit the index keeps the facts of unchanged activities and equals a fresh one", "[app][register][index]") {
    // RegisterIndex::rebuildFacts reuses the facts of activities whose stamp did not change.
    app::AppModel m;
    REQUIRE(m.open(":memory:").ok());
    addNumbered(m, 40, [](Activity& a, int i) {
        a.name = "Activiteit " + std::to_string(i);
        a.owner = i % 3 ? "Marketing" : "Sales";
    });
    RegisterIndex idx;
    RegisterIndex::Query q;
    q.sort = {{Column::Owner, false}, {Column::Name, false}};
    REQUIRE(idx.update(m, q, Lang::Nl, "2026-11-25"));
    Activity edited = *m.find("id-7");
    edited.name = "Zoekwoord kassa";
    edited.owner = "Aardappel";
    REQUIRE(m.updateActivity(edited).ok());
    REQUIRE(m.deleteActivity("id-3").ok());
    REQUIRE(idx.update(m, q, Lang::Nl, "2026-11-25"));
    RegisterIndex fresh;
    REQUIRE(fresh.update(m, q, Lang::Nl, "2026-11-25"));
    REQUIRE(idx.rows().size() == fresh.rows().size());
    for (std::size_t r = 0; r < idx.rows().size(); ++r) {
        REQUIRE(idx.rows()[r].activity == fresh.rows()[r].activity);
        const int a = idx.rows()[r].activity;
        CHECK(idx.facts(a).haystack == fresh.facts(a).haystack);
        CHECK(idx.facts(a).nameKey == fresh.facts(a).nameKey);
        CHECK(idx.facts(a).tier == fresh.facts(a).tier);
        CHECK(idx.facts(a).blockers == fresh.facts(a).blockers);
    }
    CHECK(idx.owners() == fresh.owners());
    CHECK(idx.owners().front() == "Aardappel");
    q.filter.search = "kassa";
    idx.update(m, q, Lang::Nl, "2026-11-25");
    REQUIRE(idx.rows().size() == 1);
    CHECK(m.activities()[std::size_t(idx.rows()[0].activity)].id == "id-7");
}

TEST_CASE("an edit moves the edited row to its sorted place, as a fresh index orders it", "[app][register][index]") {
    // RegisterIndex::patchBase: after an edit that keeps every activity in its place, only the
    // edited activity is taken out of the sorted order and put back where it now sorts.
    app::AppModel m;
    REQUIRE(m.open(":memory:").ok());
    addNumbered(m, 60, [](Activity& a, int i) {
        a.name = "Activiteit " + std::to_string((i * 37) % 60);
        a.owner = i % 4 == 0 ? "" : (i % 3 ? "Marketing" : "Sales");
        a.lifecycle = i % 2 ? Lifecycle::Pilot : Lifecycle::Production;
    });
    const std::vector<std::vector<app::SortKey>> sorts = {
        {}, {{Column::Name, false}}, {{Column::Owner, true}, {Column::Name, false}}, {{Column::Updated, true}}};
    for (std::size_t si = 0; si < sorts.size(); ++si) {
        const auto& sort = sorts[si];
        RegisterIndex idx;
        RegisterIndex::Query q;
        q.sort = sort;
        q.filter.lifecycles = app::bitOf(Lifecycle::Pilot);
        q.filter.search = "activiteit";
        REQUIRE(idx.update(m, q, Lang::En, "2026-11-25"));
        for (int step = 0; step < 6; ++step) {
            Activity a = *m.find("id-" + std::to_string(step * 7 + 1));
            a.name = (step % 2 ? "Aaa eerste " : "Zzz laatste activiteit ") + std::to_string(si);
            a.owner = step % 3 ? "" : "Bureau";
            if (step == 4) a.lifecycle = Lifecycle::Production;  // leaves the filter
            REQUIRE(m.updateActivity(a).ok());
            REQUIRE(idx.update(m, q, Lang::En, "2026-11-25"));
            RegisterIndex fresh;
            REQUIRE(fresh.update(m, q, Lang::En, "2026-11-25"));
            REQUIRE(idx.rows().size() == fresh.rows().size());
            for (std::size_t r = 0; r < idx.rows().size(); ++r) CHECK(idx.rows()[r].activity == fresh.rows()[r].activity);
            CHECK(idx.matching() == fresh.matching());
        }
    }
}
