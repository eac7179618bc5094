// "What changed under rules 2026.12": a register from before 2026.12 shows the banner, the
// dialog lists each changed activity with its changes, and "Mark as seen" records the newer
// rule set (one undo step) so the banner goes; a new register never shows it.
#include <catch_amalgamated.hpp>

#include "harness.hpp"
#include "rules/rules.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"

using namespace air;

namespace {
struct EnGuard {
    EnGuard() { ui::setLang(Lang::En); }
    ~EnGuard() { ui::setLang(Lang::Nl); }
};

// A content generator run by a deployer: under 2026.11 it owes AIA-50-2 itself, under 2026.12
// it is the provider's duty to check (DOMAIN.md 3a).
Register olderRegister() {
    Register r;
    r.organisation = "Voorbeeld B.V.";
    Activity a;
    a.id = "gen-1";
    a.name = "Product texts by AI";
    a.created_at = a.updated_at = "2026-11-01T09:00:00Z";
    a.screening = Screening{};
    a.screening->generates_content = true;
    r.activities.push_back(a);
    return r;  // no rules_version: written before 2026.12
}
}  // namespace

TEST_CASE("rules change: banner, the list old -> new with why, mark as seen", "[ui][rules_change]") {
    EnGuard en;
    test::App app;
    app.frames(2);
    CHECK_FALSE(app.ui.find("See what changed"));  // a new register starts under the newest rules
    REQUIRE(app.model().rulesVersion() == std::string(rules::kRulesVersion));

    REQUIRE(app.model().importRegister(olderRegister(), app::ImportMode::Replace).ok());
    CHECK(app.model().rulesVersion().empty());
    app.frames(3);
    REQUIRE(app.ui.find("See what changed"));
    REQUIRE(app.click("See what changed"));
    app.frames(3);
    CHECK(app.ui.find("Mark as seen"));         // the dialog is open
    CHECK(app.ui.find("Product texts by AI"));  // with the changed activity (a link to it)

    REQUIRE(app.click("Mark as seen"));
    app.frames(3);
    CHECK(app.model().rulesVersion() == "2026.12");
    CHECK_FALSE(app.ui.find("Mark as seen"));
    CHECK_FALSE(app.ui.find("See what changed"));
    // One undo step brings the banner back; the exported file carries the seen rule set.
    CHECK(app.model().toRegister().rules_version == "2026.12");
    REQUIRE(app.model().undo().ok());
    app.frames(3);
    CHECK(app.ui.find("See what changed"));
    // The activity's name in the dialog opens it in the editor.
    REQUIRE(app.click("See what changed"));
    app.frames(3);
    REQUIRE(app.click(std::string("Product texts by AI  ") + ui::icon::kChevronRight));
    app.frames(3);
    CHECK(app.ctx().selectedId == "gen-1");
    CHECK_FALSE(app.ui.find("Mark as seen"));
}
