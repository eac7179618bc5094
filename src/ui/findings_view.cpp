// Placeholder until the findings page is built; replaced by the real view.
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {
namespace {
class FindingsView final : public View {
public:
    void draw(UiContext&) override {
        emptyState(icon::kClock, tr("nav.findings"), tr("shell.page_not_ready"));
    }
};
}  // namespace
std::unique_ptr<View> makeFindingsView() { return std::make_unique<FindingsView>(); }
}  // namespace air::ui
