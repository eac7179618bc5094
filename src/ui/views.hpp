// The pages of the left navigation. Each is a class with UI-only state (habit 9); the shell
// creates one of each through these factories, implemented in the view's own file.
#pragma once

#include <memory>

#include "rules/rules.hpp"
#include "ui/context.hpp"

namespace air::ui {

class View {
public:
    virtual ~View() = default;
    virtual void draw(UiContext& ctx) = 0;
};

std::unique_ptr<View> makeRegisterView();   // register_view.cpp: table + editor panel
std::unique_ptr<View> makeDashboardView();  // dashboard_view.cpp
std::unique_ptr<View> makeFindingsView();   // findings_view.cpp
std::unique_ptr<View> makeWorkshopView();   // workshop_view.cpp
std::unique_ptr<View> makeExchangeView();   // exchange_view.cpp
std::unique_ptr<View> makeSettingsView();   // settings_view.cpp

// exchange_view.cpp: the gentle "export a copy" line for the banner area, shown when the last
// export (or, never exported, the first activity) is older than the reminder setting; not on
// the Import / export page, which shows its own. The shell calls it every frame, so it also
// routes files dropped anywhere on the page to the import panel.
void drawExportReminder(UiContext& ctx);

// The AI Act screening wizard (wizard_view.cpp): a modal that opens on a req::OpenWizard for
// the activity ctx.selectedId and stays open until it is closed or the activity goes. Call every frame from the register page (drawing it
// twice in one frame is harmless: the second call does nothing).
void drawScreeningWizard(UiContext& ctx);
// The wizard is asked for or open (the register page keeps frames coming while it changes).
bool screeningWizardOpen(const UiContext& ctx);
// Closes the wizard without saving (and drops a request to open it).
void closeScreeningWizard(UiContext& ctx);

// The findings of one activity as a compact list (findings_view.cpp), for the top of the
// editor: severity, plain-language message with its article, and a link to the field.
void drawFindingsList(UiContext& ctx, const Activity& activity, const rules::Assessment& assessment);

}  // namespace air::ui
