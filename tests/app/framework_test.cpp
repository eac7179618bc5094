// The team's own framework: which activities an item touches (core/framework), and the
// commands that propose, vote on and adopt items (AppModel), with undo, persistence and import.
#include <catch_amalgamated.hpp>

#include "app/app_model.hpp"
#include "core/framework.hpp"
#include "store/store_fixtures.hpp"

using namespace air;
using namespace air::app;
using air::testing::TempDir;

namespace {

Activity creditOffers() {
    Activity a;
    a.id = "a-credit";
    a.name = "Kredietaanbod";
    a.application = "credit_offer_targeting";
    a.data_categories = {DataCategory::Financial, DataCategory::Contact};
    a.data_subjects = {DataSubject::Customers};
    Screening s;
    s.profiling = true;
    a.screening = s;
    return a;
}

Activity chatbot() {
    Activity a;
    a.id = "a-chat";
    a.name = "Chatbot";
    a.application = "chatbot";
    a.data_categories = {DataCategory::Communications};
    return a;
}

FrameworkItem item(FrameworkKind kind, const std::string& text, FrameworkScope scope,
                   FrameworkStatus status = FrameworkStatus::Adopted) {
    FrameworkItem f;
    f.kind = kind;
    f.text = text;
    f.applies_to = std::move(scope);
    f.status = status;
    return f;
}

}  // namespace

TEST_CASE("framework: an item touches an activity when any listed value matches", "[app][framework]") {
    FrameworkScope byApp;
    byApp.applications = {"credit_offer_targeting"};
    FrameworkScope byData;
    byData.data_categories = {DataCategory::Financial, DataCategory::Health};
    FrameworkScope byFact;
    byFact.screening = {"profiling"};
    FrameworkScope byId;
    byId.activity_ids = {"a-chat"};
    FrameworkScope bySubject;
    bySubject.data_subjects = {DataSubject::Children};

    const Activity credit = creditOffers(), chat = chatbot();
    for (const FrameworkScope& s : {byApp, byData, byFact}) {
        CHECK(touches(item(FrameworkKind::RedLine, "x", s), credit));
        CHECK_FALSE(touches(item(FrameworkKind::RedLine, "x", s), chat));
    }
    CHECK(touches(item(FrameworkKind::Principle, "x", byId), chat));
    CHECK_FALSE(touches(item(FrameworkKind::Principle, "x", byId), credit));
    CHECK_FALSE(touches(item(FrameworkKind::Principle, "x", bySubject), credit));
    CHECK(touches(item(FrameworkKind::Principle, "x", {}), chat));  // empty scope: every activity

    FrameworkScope several = byApp;
    several.data_categories = {DataCategory::Financial};
    several.screening = {"profiling", "emotion_recognition"};
    CHECK(touchReasons(item(FrameworkKind::RedLine, "x", several), credit, Lang::Nl) ==
          std::vector<std::string>{"Aanbod van krediet en achteraf betalen op basis van een score", "Financiële situatie", "Profilering"});
    CHECK(touchReasons(item(FrameworkKind::RedLine, "x", {}), credit, Lang::En) ==
          std::vector<std::string>{"every activity"});
    CHECK(touchReasons(item(FrameworkKind::RedLine, "x", several), chat, Lang::En).empty());
    CHECK(scopeText(several, Lang::En) == "Credit and buy-now-pay-later offers by score · Financial situation · Profiling, Emotion recognition");
}

TEST_CASE("framework: only adopted items show on an activity, red lines first", "[app][framework]") {
    FrameworkScope financial;
    financial.data_categories = {DataCategory::Financial};
    std::vector<FrameworkItem> fw = {
        item(FrameworkKind::Principle, "Uitlegbaar", {}),
        item(FrameworkKind::RedLine, "Geen krediet als suggestie", financial),
        item(FrameworkKind::RedLine, "Voorstel", {}, FrameworkStatus::Proposed),
        item(FrameworkKind::Principle, "Oud", {}, FrameworkStatus::Retired),
    };
    std::vector<const FrameworkItem*> shown = adoptedTouching(fw, creditOffers());
    REQUIRE(shown.size() == 2);
    CHECK(shown[0]->text == "Geen krediet als suggestie");
    CHECK(shown[1]->text == "Uitlegbaar");
    CHECK(adoptedTouching(fw, chatbot()).size() == 1);
    FrameworkCounts c = countFramework(fw);
    CHECK(c.adopted == 2);
    CHECK(c.proposed == 1);
    CHECK(c.redLinesAdopted == 1);
}

TEST_CASE("framework: propose, vote and adopt are commands with undo, kept on reopen", "[app][framework]") {
    TempDir dir;
    const std::string path = dir.file("fw.sqlite");
    {
        AppModel m;
        REQUIRE(m.open(path).ok());
        int hooks = 0;
        m.setCommitHook([&] { ++hooks; });
        FrameworkScope late;
        late.screening = {"direct_marketing"};
        Result<std::string> id =
            m.upsertFrameworkItem(item(FrameworkKind::RedLine, "Geen aanbiedingen na 22:00", late, FrameworkStatus::Proposed));
        REQUIRE(id.ok());
        CHECK_FALSE(id->empty());
        REQUIRE(m.framework().size() == 1);
        CHECK(hooks == 1);
        CHECK(m.undoLabel() == "change our framework: Geen aanbiedingen na 22:00");

        FrameworkItem voted = m.framework()[0];
        voted.votes_for = 6, voted.votes_against = 1;
        REQUIRE(m.upsertFrameworkItem(voted).ok());
        FrameworkItem adopted = m.framework()[0];
        adopted.status = FrameworkStatus::Adopted;
        adopted.decided_at = "2026-12-05";
        REQUIRE(m.upsertFrameworkItem(adopted).ok());
        CHECK(m.upsertFrameworkItem(adopted).ok());  // unchanged: no step
        CHECK(hooks == 3);

        REQUIRE(m.undo().ok());
        CHECK(m.framework()[0].status == FrameworkStatus::Proposed);
        CHECK(m.framework()[0].votes_for == 6);
        REQUIRE(m.redo().ok());
        CHECK(m.framework()[0] == adopted);

        FrameworkItem blank;
        blank.text = "  ";
        CHECK_FALSE(m.upsertFrameworkItem(blank).ok());  // an item is its text
        CHECK(m.framework().size() == 1);

        REQUIRE(m.upsertFrameworkItem(item(FrameworkKind::Principle, "Tweede", {})).ok());
        REQUIRE(m.deleteFrameworkItem(m.framework()[1].id).ok());
        CHECK(m.framework().size() == 1);
        REQUIRE(m.undo().ok());
        CHECK(m.framework().size() == 2);
        REQUIRE(m.deleteFrameworkItem(m.framework()[1].id).ok());
    }
    AppModel again;
    REQUIRE(again.open(path).ok());
    REQUIRE(again.framework().size() == 1);
    CHECK(again.framework()[0].status == FrameworkStatus::Adopted);
    CHECK(again.framework()[0].applies_to.screening == std::vector<std::string>{"direct_marketing"});
    CHECK(again.toRegister().framework == again.framework());
}

TEST_CASE("framework: import replaces or merges the framework in the same undo step", "[app][framework]") {
    AppModel m;
    REQUIRE(m.open(":memory:").ok());
    FrameworkItem mine = item(FrameworkKind::Principle, "Mijn principe", {});
    mine.id = "fw-mine";
    REQUIRE(m.upsertFrameworkItem(mine).ok());

    Register file;
    FrameworkItem theirs = item(FrameworkKind::RedLine, "Hun rode lijn", {});
    theirs.id = "fw-theirs";
    FrameworkItem mineChanged = mine;
    mineChanged.status = FrameworkStatus::Retired;
    file.framework = {mineChanged, theirs};
    REQUIRE(m.importRegister(file, ImportMode::Merge).ok());
    REQUIRE(m.framework().size() == 2);
    CHECK(m.framework()[0].status == FrameworkStatus::Retired);  // the file's copy of the same id
    CHECK(m.framework()[1].id == "fw-theirs");
    REQUIRE(m.undo().ok());
    REQUIRE(m.framework().size() == 1);
    CHECK(m.framework()[0] == mine);

    file.framework = {theirs};
    REQUIRE(m.importRegister(file, ImportMode::Replace).ok());
    REQUIRE(m.framework().size() == 1);
    CHECK(m.framework()[0].id == "fw-theirs");
}
