// Import preview: new / updated / unchanged / conflicting per incoming activity.
#include <catch_amalgamated.hpp>

#include "io/import_preview.hpp"

using namespace air;
using namespace air::io;

namespace {

Activity act(std::string id, std::string updated, std::string notes = "") {
    Activity a;
    a.id = id;
    a.name = "Activiteit " + id;
    a.updated_at = std::move(updated);
    a.notes = std::move(notes);
    return a;
}

}  // namespace

TEST_CASE("previewImport puts every incoming activity in one category", "[io][preview]") {
    Register current, incoming;
    current.activities = {
        act("same", "2026-10-01T09:00:00Z"),
        act("older-here", "2026-10-01T09:00:00Z", "oud"),
        act("newer-here", "2026-10-05T09:00:00Z", "lokaal"),
        act("tie", "2026-10-01T09:00:00Z", "hier"),
        act("only-here", "2026-10-01T09:00:00Z"),
    };
    incoming.activities = {
        act("fresh", "2026-10-01T09:00:00Z"),
        act("same", "2026-10-09T09:00:00Z"),  // clock differs, content does not
        act("older-here", "2026-10-02T09:00:00Z", "nieuw"),
        act("newer-here", "2026-10-03T09:00:00Z", "bestand"),
        act("tie", "2026-10-01T09:00:00Z", "daar"),
    };
    Workshop w;
    w.id = "w";
    current.workshops = {w};
    Workshop w2;
    w2.id = "w2";
    incoming.workshops = {w, w2};

    ImportPreview p = previewImport(current, incoming);
    REQUIRE(p.items.size() == 5);
    CHECK(p.items[0].status == ImportStatus::New);
    CHECK(p.items[1].status == ImportStatus::Unchanged);
    CHECK(p.items[2].status == ImportStatus::Updated);
    CHECK(p.items[2].fields == std::vector<std::string>{"notes"});
    CHECK(p.items[3].status == ImportStatus::Conflicting);
    CHECK(p.items[3].current_updated_at == "2026-10-05T09:00:00Z");
    CHECK(p.items[3].incoming_updated_at == "2026-10-03T09:00:00Z");
    CHECK(p.items[4].status == ImportStatus::Conflicting);
    CHECK(p.added == 1);
    CHECK(p.unchanged == 1);
    CHECK(p.updated == 1);
    CHECK(p.conflicting == 2);
    CHECK(p.only_in_current == 1);
    CHECK(p.workshops_new == 1);
    CHECK(p.workshops_existing == 1);
    CHECK(p.items[0].name == "Activiteit fresh");
}

TEST_CASE("previewImport into an empty register: everything is new", "[io][preview]") {
    Register incoming;
    incoming.activities = {act("a", ""), act("b", "")};
    ImportPreview p = previewImport(Register{}, incoming);
    CHECK(p.added == 2);
    CHECK(p.updated + p.unchanged + p.conflicting == 0);
}

TEST_CASE("import status labels exist in both languages", "[io][preview]") {
    for (ImportStatus s : {ImportStatus::New, ImportStatus::Updated, ImportStatus::Unchanged, ImportStatus::Conflicting}) {
        CHECK_FALSE(importStatusLabel(s, Lang::En).empty());
        CHECK_FALSE(importStatusLabel(s, Lang::Nl).empty());
    }
    CHECK(importStatusLabel(ImportStatus::Unchanged, Lang::Nl) == "Ongewijzigd");
}
