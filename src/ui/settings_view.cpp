// Placeholder until the settings page is built; replaced by the real view.
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {
namespace {
class SettingsView final : public View {
public:
    void draw(UiContext&) override {
        emptyState(icon::kClock, tr("nav.settings"), tr("shell.page_not_ready"));
    }
};
}  // namespace
std::unique_ptr<View> makeSettingsView() { return std::make_unique<SettingsView>(); }
}  // namespace air::ui
