// Placeholder until the exchange page is built; replaced by the real view.
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {
namespace {
class ExchangeView final : public View {
public:
    void draw(UiContext&) override {
        emptyState(icon::kClock, tr("nav.exchange"), tr("shell.page_not_ready"));
    }
};
}  // namespace
std::unique_ptr<View> makeExchangeView() { return std::make_unique<ExchangeView>(); }
}  // namespace air::ui
