// Cross-view requests (ui/requests.hpp) and the shell's wiring of the workspace: one save
// request per committed change, whoever makes it, and "register opened" clearing what belonged
// to the register before.
// GCC 12 warns "may be used uninitialized" inside std::variant's move for the temporaries
// below (a known false positive at -O2 with -fno-exceptions builds of the test); the queue's
// own code in ui/ is not affected.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <catch_amalgamated.hpp>

#include "harness.hpp"
#include "ui/i18n.hpp"
#include "ui/requests.hpp"

using namespace air;
namespace req = air::ui::req;

TEST_CASE("requests: taken once, the newer of a kind wins", "[ui][requests]") {
    req::Queue q;
    CHECK(q.empty());
    CHECK_FALSE(q.take<req::OpenWizard>());
    q.push(req::FocusField{"name"});
    q.push(req::OpenWizard{});
    q.push(req::FocusField{"purpose"});
    REQUIRE(q.peek<req::FocusField>());
    CHECK(q.peek<req::FocusField>()->field == "purpose");
    auto f = q.take<req::FocusField>();
    REQUIRE(f);
    CHECK(f->field == "purpose");
    CHECK_FALSE(q.has<req::FocusField>());
    CHECK(q.has<req::OpenWizard>());
    q.drop<req::OpenWizard>();
    CHECK(q.empty());
    q.push(req::SwitchRegister{"reg-a.sqlite"});
    q.clear();
    CHECK(q.empty());
}

TEST_CASE("shell: one save request per committed change, from the workspace alone", "[ui][requests]") {
    ui::setLang(Lang::En);
    test::App app;
    int saves = app.platform.flushes;
    Activity a;
    a.name = "Chatbot";
    REQUIRE(app.model().addActivity(a).ok());
    CHECK(app.platform.flushes == saves + 1);
    app.frames(3);  // the export reminder notes the day the register first held activities
    saves = app.platform.flushes;
    app.frames(3);  // drawing asks for nothing
    CHECK(app.platform.flushes == saves);
    const std::uint64_t changes = app.ctx().changes;
    REQUIRE(app.shell->workspace().setSetting("user_name", "Sanne").ok());
    CHECK(app.platform.flushes == saves + 1);
    CHECK(app.ctx().changes == changes + 1);

    // Another register: opened after the frame; the selection and requests of the old one go.
    const auto other = app.shell->workspace().create("Other");
    REQUIRE(other.ok());
    app.ctx().selectedId = app.model().activities()[0].id;
    app.ctx().requests.push(ui::req::FocusField{"name"});
    saves = app.platform.flushes;
    app.ctx().requests.push(ui::req::SwitchRegister{*other});
    app.frame();
    CHECK(app.shell->workspace().isOpenFile(*other));
    CHECK(app.platform.flushes == saves + 1);
    CHECK(app.ctx().selectedId.empty());
    CHECK(app.ctx().requests.empty());
}
