// The activity's field table (core/fields.hpp) reaches every consumer: for each field of the
// table, a change of that field alone survives the register file, the CSV, the store, both
// merges, the history diff, and has a name for people. A consumer that misses a field (a new
// one added to the table, a kind handled nowhere) fails here naming the field.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "app/history_text.hpp"
#include "core/fields.hpp"
#include "io/csv.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"
#include "store/repository.hpp"
#include "store/schema.hpp"

using namespace air;

namespace {

Activity baseActivity() {
    Activity a;
    a.id = "act-1";
    a.name = "Lead scoring";
    a.created_at = "2026-11-01T09:00:00Z";
    a.updated_at = "2026-11-01T09:00:00Z";
    return a;
}

Register registerOf(const Activity& a) {
    Register r;
    r.organisation = "Org";
    r.activities.push_back(a);
    return r;
}

// The key a merge or a conflict names for `f` (the file's "review" object holds four fields).
std::string mergeKey(const ActivityField& f) {
    return f.key.starts_with("review.") ? std::string("review") : std::string(f.key);
}

}  // namespace

TEST_CASE("every field of the table is carried by the file, CSV, store, merges, history and names",
          "[app][fields]") {
    REQUIRE(activityFields().size() == kActivityFieldCount);
    for (const ActivityField& f : activityFields()) {
        INFO("field " << f.key);
        const Activity base = baseActivity();
        Activity changed = base;
        f.sample(changed);
        REQUIRE_FALSE(f.same(base, changed));
        Activity copied = base;
        f.copy(copied, changed);
        CHECK(copied == changed);
        CHECK(f.text(base) != f.text(changed));

        // Register file: written and read back whole.
        Result<Register> json = io::parseRegister(io::writeRegister(registerOf(changed), false));
        REQUIRE(json.ok());
        REQUIRE(json->activities.size() == 1);
        CHECK(json->activities[0] == changed);
        const std::vector<std::string_view> keys = io::activityKeys();
        CHECK(std::find(keys.begin(), keys.end(), mergeKey(f)) != keys.end());

        // CSV, in both languages.
        for (Lang lang : {Lang::En, Lang::Nl}) {
            Result<Register> csv = io::fromCsv(io::toCsv(registerOf(changed), io::csvDefaults(lang)), io::csvDefaults(lang));
            REQUIRE(csv.ok());
            REQUIRE(csv->activities.size() == 1);
            CHECK(csv->activities[0] == changed);
        }

        // Store.
        Result<store::Db> db = store::openRegisterDb(":memory:");
        REQUIRE(db.ok());
        {
            Result<store::Tx> tx = store::Tx::begin(*db, "test");
            REQUIRE(tx.ok());
            REQUIRE(store::saveActivity(*db, changed).ok());
            REQUIRE(tx->commit().ok());
        }
        auto loaded = store::loadActivity(*db, changed.id);
        REQUIRE(loaded.ok());
        REQUIRE(loaded->has_value());
        CHECK((*loaded)->first == changed);

        // Merges: the field is compared, and a change on one side is taken.
        if (f.kind != FieldKind::Id && f.key != "updated_at") {
            const std::vector<std::string> differing = io::differingFields(base, changed);
            CHECK(differing == std::vector<std::string>{std::string(f.key)});  // one vocabulary: the table's keys
            io::Merge3Result m = io::merge3(registerOf(base), registerOf(base), registerOf(changed));
            REQUIRE(m.merged.activities.size() == 1);
            CHECK(f.same(m.merged.activities[0], changed));
            CHECK(m.conflicts.empty());
        }

        // History: one entry naming the field (screening facts are named one by one when the
        // activity was screened before and after), and a name for people in both languages.
        if (f.kind != FieldKind::Id && f.key != "updated_at") {
            const std::vector<app::FieldChange> diff = app::diffActivity(base, changed);
            REQUIRE(diff.size() == 1);
            CHECK(diff[0].field == f.key);
            CHECK(diff[0].new_value == f.text(changed));
            CHECK(app::historyFieldLabel(f.key, Lang::En) == std::string(f.en));
            CHECK(app::historyFieldLabel(f.key, Lang::Nl) == std::string(f.nl));
        }
        CHECK_FALSE(f.en.empty());
        CHECK_FALSE(f.nl.empty());
    }
}

TEST_CASE("every screening fact has a name for people and a history name in both languages", "[app][fields]") {
    for (const ScreeningFlag& flag : kScreeningFlags) {
        INFO("flag " << flag.key);
        CHECK_FALSE(screeningFlagName(flag.key, Lang::En).empty());
        CHECK_FALSE(screeningFlagName(flag.key, Lang::Nl).empty());
        const std::string key = std::string("screening.") + flag.key;
        CHECK(app::historyFieldLabel(key, Lang::Nl) != key);
        CHECK(app::historyFieldLabel(key, Lang::En) != key);
    }
}
