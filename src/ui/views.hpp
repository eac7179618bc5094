// The pages of the left navigation. Each is a class with UI-only state (habit 9); the shell
// creates one of each through these factories, implemented in the view's own file.
#pragma once

#include <memory>

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

}  // namespace air::ui
