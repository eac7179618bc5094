// Minimal register page (foundation): add an activity by name and see the list. The full
// table and editor replace this file.
#include <cstring>
#include <string>

#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {
namespace {
class RegisterView final : public View {
public:
    void draw(UiContext& ctx) override {
        pageTitle(tr("nav.register"));
        ImGui::BeginDisabled(!ctx.canEdit());
        ImGui::SetNextItemWidth(em(20));
        const bool enter = ImGui::InputTextWithHint("##newname", tr("reg0.name_hint"), m_name, sizeof m_name,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        ImGui::SameLine();
        if ((primaryButton((std::string(icon::kPlus) + "  " + tr("reg0.add")).c_str()) || enter) && m_name[0]) {
            Activity a;
            a.name = m_name;
            auto r = ctx.model->addActivity(a);
            if (r.ok()) m_name[0] = 0;
            else ctx.toast(r.error().text(), true);
        }
        ImGui::EndDisabled();
        ImGui::Spacing();
        if (ctx.model->activities().empty()) {
            emptyState(icon::kList, tr("reg0.empty_title"), tr("reg0.empty_text"));
            return;
        }
        if (ImGui::BeginTable("acts", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_Borders | ImGuiTableFlags_ScrollY)) {
            ImGui::TableSetupColumn(tr("reg0.col_name"));
            ImGui::TableSetupColumn(tr("reg0.col_tier"));
            ImGui::TableSetupColumn(tr("reg0.col_updated"));
            ImGui::TableHeadersRow();
            for (const Activity& a : ctx.model->activities()) {
                ImGui::PushID(a.id.c_str());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(a.name.c_str());
                ImGui::TableNextColumn();
                if (const auto* as = ctx.model->assessment(a.id)) tierBadge(as->tier);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(showTimestamp(a.updated_at).c_str());
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }

private:
    char m_name[256] = {};
};
}  // namespace
std::unique_ptr<View> makeRegisterView() { return std::make_unique<RegisterView>(); }
}  // namespace air::ui
