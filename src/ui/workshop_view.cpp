// Placeholder until the workshop page is built; replaced by the real view.
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {
namespace {
class WorkshopView final : public View {
public:
    void draw(UiContext&) override {
        emptyState(icon::kClock, tr("nav.workshops"), tr("shell.page_not_ready"));
    }
};
}  // namespace
std::unique_ptr<View> makeWorkshopView() { return std::make_unique<WorkshopView>(); }
}  // namespace air::ui
