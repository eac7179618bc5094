// Placeholder until the dashboard page is built; replaced by the real view.
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {
namespace {
class DashboardView final : public View {
public:
    void draw(UiContext&) override {
        emptyState(icon::kClock, tr("nav.dashboard"), tr("shell.page_not_ready"));
    }
};
}  // namespace
std::unique_ptr<View> makeDashboardView() { return std::make_unique<DashboardView>(); }
}  // namespace air::ui
