// The Settings page: the registers in this browser (create, rename, open, delete, load the
// example), this register's organisation, your name for the change history, language and
// theme, the export reminder, and "About & privacy". Every edit is disabled in a read-only tab.
// [SECTIONS] [REGISTERS] list and modals · [FIELDS] organisation, name, display, reminder ·
// [ABOUT] rules version, privacy, storage
#include <algorithm>
#include <cstring>
#include <string>

#include "air_version.hpp"
#include "app/exchange.hpp"
#include "core/text.hpp"
#include "rules/rules.hpp"
#include "ui/editor_fields.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/settings_prefs.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {
namespace {

void copyTo(char* buf, std::size_t size, const std::string& s) {
    const std::size_t n = std::min(size - 1, s.size());
    std::memcpy(buf, s.data(), n);
    buf[n] = 0;
}

std::string trimmed(const char* s) { return std::string(text::trim(s, text::kJsonSpace)); }

class SettingsView final : public View {
public:
    void draw(UiContext& ctx) override {
        ImGui::BeginChild("settingspage", ImVec2(0, 0), ImGuiChildFlags_None);
        pageTitle(tr("nav.settings"), tr("set.subtitle"));
        const float w = std::min(ImGui::GetContentRegionAvail().x, em(46));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
        if (!ctx.canEdit()) helpText(tr("set.readonly"));
        drawRegisters(ctx, w);
        drawOrganisation(ctx);
        drawYou(ctx);
        drawDisplay(ctx);
        drawReminder(ctx);
        drawAbout(ctx);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::Dummy(ImVec2(0, em(1)));
        drawModals(ctx);
        ImGui::EndChild();
    }

private:
    // ======================================================================= [REGISTERS]
    void drawRegisters(UiContext& ctx, float w) {
        sectionHeading(tr("set.registers_title"));
        helpText(tr("set.registers_help"));
        ImGui::Spacing();
        const auto regs = ctx.library->list();
        const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
        if (ImGui::BeginTable("registers", 2, flags, ImVec2(w, 0))) {
            ImGui::TableSetupColumn(tr("set.col_register"), ImGuiTableColumnFlags_WidthStretch);
            const ImGuiStyle& st = ImGui::GetStyle();
            const float actionsW = ImGui::CalcTextSize(tr("set.switch")).x + ImGui::CalcTextSize(tr("set.rename")).x +
                                   ImGui::CalcTextSize(tr("set.delete")).x + ImGui::CalcTextSize(icon::kTrash).x +
                                   ImGui::CalcTextSize(" ").x + st.FramePadding.x * 6 + st.ItemSpacing.x * 2 + em(0.4f);
            ImGui::TableSetupColumn(tr("set.col_actions"), ImGuiTableColumnFlags_WidthFixed, actionsW);
            ImGui::TableHeadersRow();
            for (const app::RegisterEntry& r : regs) {
                const bool open = ctx.library->pathOf(r.file) == ctx.model->path();
                const std::string name = r.name.empty() ? tr("shell.unnamed") : r.name;
                ImGui::PushID(r.file.c_str());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                if (open) ImGui::PushFont(fonts().bold);
                ImGui::TextUnformatted((std::string(open ? icon::kFolderOpen : icon::kFolder) + "  " + name).c_str());
                if (open) ImGui::PopFont();
                if (open) {
                    ImGui::SameLine();
                    badge(tr("set.open_badge"), color::accent());
                }
                ImGui::TableNextColumn();
                ImGui::BeginDisabled(open);
                if (smallButton((std::string(tr("set.switch")) + "##sw").c_str()))
                    ctx.requests.push(req::SwitchRegister{r.file});
                ImGui::EndDisabled();
                ImGui::SameLine();
                ImGui::BeginDisabled(!ctx.canEdit());
                if (smallButton((std::string(tr("set.rename")) + "##rn").c_str())) {
                    m_target = r.file;
                    m_targetName = name;
                    copyTo(m_nameBuf, sizeof m_nameBuf, r.name);
                    m_openRename = true;
                }
                ImGui::SameLine();
                ImGui::BeginDisabled(open);
                if (smallButton((std::string(icon::kTrash) + " " + tr("set.delete") + "##rm").c_str())) {
                    m_target = r.file;
                    m_targetName = name;
                    m_openDelete = true;
                }
                ImGui::EndDisabled();
                if (open && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                    ImGui::SetTooltip("%s", tr("set.cannot_delete_open"));
                ImGui::EndDisabled();
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
        ImGui::BeginDisabled(!ctx.canEdit());
        if (ImGui::Button((std::string(icon::kPlus) + "  " + tr("set.new_register")).c_str())) {
            m_nameBuf[0] = 0;
            m_openCreate = true;
        }
        ImGui::SameLine();
        if (ImGui::Button((std::string(icon::kLightbulb) + "  " + tr("set.load_example")).c_str())) {
            auto r = settings::createExampleRegister(ctx);
            if (r.ok()) {
                ctx.requests.push(req::SwitchRegister{r.value()});
                ctx.toast(tr("set.example_loaded"));
            } else {
                ctx.toast(r.error().text(lang()), true);
            }
        }
        ImGui::EndDisabled();
        helpText(tr("set.load_example_help"));
        drawDeleted(ctx);
    }

    // A modal asking for a register name; returns true when confirmed with a non-empty name.
    bool nameModal(const char* id, const char* prompt, const char* okLabel) {
        bool ok = false;
        ImGui::SetNextWindowSize(ImVec2(em(26), 0));
        if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
            ImGui::TextWrapped("%s", prompt);
            if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
            ImGui::SetNextItemWidth(-1);
            const bool enter = ImGui::InputText("##regname", m_nameBuf, sizeof m_nameBuf, ImGuiInputTextFlags_EnterReturnsTrue);
            const bool valid = !trimmed(m_nameBuf).empty();
            ImGui::Spacing();
            ImGui::BeginDisabled(!valid);
            if (primaryButton(okLabel) || (enter && valid)) {
                ok = true;
                ImGui::CloseCurrentPopup();
            }
            ImGui::EndDisabled();
            ImGui::SameLine();
            if (ImGui::Button(tr("set.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
        return ok;
    }

    void drawModals(UiContext& ctx) {
        const std::string createId = std::string(tr("set.new_register_title")) + "###createreg";
        const std::string renameId = std::string(tr("set.rename_title")) + "###renamereg";
        const std::string deleteId = std::string(tr("set.delete_title")) + "###deletereg";
        if (m_openCreate) ImGui::OpenPopup(createId.c_str());
        if (m_openRename) ImGui::OpenPopup(renameId.c_str());
        if (m_openDelete) ImGui::OpenPopup(deleteId.c_str());
        m_openCreate = m_openRename = m_openDelete = false;

        if (nameModal(createId.c_str(), tr("set.new_register_prompt"), tr("set.create")) && ctx.canEdit()) {
            auto r = ctx.workspace->create(trimmed(m_nameBuf));
            if (r.ok()) {
                ctx.requests.push(req::SwitchRegister{r.value()});
                ctx.toast(trf("set.created", trimmed(m_nameBuf)));
            } else {
                ctx.toast(r.error().text(lang()), true);
            }
        }
        if (nameModal(renameId.c_str(), trf("set.rename_prompt", m_targetName).c_str(), tr("set.rename")) &&
            ctx.canEdit()) {
            ctx.check(ctx.workspace->rename(m_target, trimmed(m_nameBuf)));
        }

        ImGui::SetNextWindowSize(ImVec2(em(28), 0));
        if (ImGui::BeginPopupModal(deleteId.c_str(), nullptr,
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
            ImGui::TextWrapped("%s", trf("set.delete_text", m_targetName).c_str());
            ImGui::Spacing();
            helpText(tr("set.delete_hint"));
            ImGui::Spacing();
            if (dangerButton((std::string(icon::kTrash) + "  " + tr("set.delete_confirm")).c_str())) {
                if (ctx.canEdit() && ctx.library->pathOf(m_target) != ctx.model->path()) deleteRegister(ctx);
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ImGui::Button(tr("set.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    }

    // Deletes register m_target into the workspace's trash, so that "Restore" can bring it back.
    void deleteRegister(UiContext& ctx) {
        if (!ctx.check(ctx.workspace->remove(m_target))) return;
        m_deletedName = m_targetName;
        ctx.toast(trf("set.deleted", m_targetName));
    }

    // "Register X was deleted. [Restore]" after a delete, until another one is deleted.
    void drawDeleted(UiContext& ctx) {
        const auto& removed = ctx.workspace->removed();
        if (!removed) return;
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImColor(color::textMuted()), "%s", icon::kTrash);
        ImGui::SameLine();
        ImGui::TextUnformatted(trf("set.deleted_line", m_deletedName).c_str());
        ImGui::SameLine();
        ImGui::BeginDisabled(!ctx.canEdit());
        if (smallButton((std::string(icon::kUndo) + "  " + tr("set.undo_delete")).c_str())) {
            const std::string name = m_deletedName;
            if (ctx.workspace->restoreRemoved().ok()) ctx.toast(trf("set.restored", name));
        }
        ImGui::EndDisabled();
    }

    // ======================================================================= [FIELDS]
    // A text field bound to a stored value, committed when the user leaves it after editing.
    bool boundText(const char* id, const char* hint, char* buf, std::size_t size, bool& active,
                   const std::string& stored) {
        if (!active) copyTo(buf, size, stored);
        ImGui::SetNextItemWidth(em(22));
        ImGui::InputTextWithHint(id, hint, buf, size);
        active = ImGui::IsItemActive();
        return ImGui::IsItemDeactivatedAfterEdit() && trimmed(buf) != stored;
    }

    void drawOrganisation(UiContext& ctx) {
        sectionHeading(tr("set.org_title"));
        ImGui::BeginDisabled(!ctx.canEdit());
        ImGui::TextUnformatted(tr("set.org_label"));
        items::nameNext(tr("set.org_label"));  // the label above names the field
        if (boundText("##org", tr("set.org_hint"), m_org, sizeof m_org, m_orgActive, ctx.model->organisation()))
            ctx.check(ctx.model->setOrganisation(trimmed(m_org)));
        ImGui::EndDisabled();
        helpText(tr("set.org_help"));
        drawController(ctx);
    }

    // The controller and its DPO (GDPR Art. 30(1)(a)), printed at the top of the legal-review
    // report. Each text is committed on its own; all five empty = not recorded.
    void drawController(UiContext& ctx) {
        if (ctx.requests.take<req::ShowControllerSettings>()) {
            ImGui::SetScrollHereY(0.0f);  // the section's heading at the top of the page
            m_ctlFocus = 6;               // frames to try giving the first empty field the cursor
        }
        bool focus = m_ctlFocus > 0;
        sectionHeading(tr("set.ctl_title"));
        helpText(tr("set.ctl_help"));
        const Controller stored = ctx.model->controller().value_or(Controller{});
        struct Row {
            const char* id;
            const char* label;
            const char* hint;
            std::string Controller::*member;
            std::string Dpo::*dpoMember;
        };
        static constexpr Row kRows[] = {
            {"##ctl_name", "set.ctl_name", "set.ctl_name_hint", &Controller::name, nullptr},
            {"##ctl_address", "set.ctl_address", "set.ctl_address_hint", &Controller::address, nullptr},
            {"##ctl_contact", "set.ctl_contact", "set.ctl_contact_hint", &Controller::contact, nullptr},
            {"##dpo_name", "set.dpo_name", "set.dpo_name_hint", nullptr, &Dpo::name},
            {"##dpo_contact", "set.dpo_contact", "set.dpo_contact_hint", nullptr, &Dpo::contact},
        };
        ImGui::BeginDisabled(!ctx.canEdit());
        for (std::size_t i = 0; i < std::size(kRows); ++i) {
            const Row& r = kRows[i];
            if (i == 3) ImGui::Spacing();
            ImGui::TextUnformatted(tr(r.label));
            const std::string& value = r.member ? stored.*(r.member) : stored.dpo.*(r.dpoMember);
            const bool focusHere = focus && value.empty();  // the cursor goes to the first empty field
            if (focusHere) {
                edit::focusNextItem();
                focus = false;
            }
            const bool edited = boundText(r.id, tr(r.hint), m_ctl[i], sizeof m_ctl[i], m_ctlActive[i], value);
            edit::accessibleLabel(tr(r.label));  // the field's name (screen readers, tests)
            if (focusHere && ImGui::IsItemActive()) m_ctlFocus = 0;
            if (edited) {
                Controller next = stored;
                (r.member ? next.*(r.member) : next.dpo.*(r.dpoMember)) = trimmed(m_ctl[i]);
                const bool empty = next.name.empty() && next.address.empty() && next.contact.empty() &&
                                   next.dpo.name.empty() && next.dpo.contact.empty();
                ctx.check(ctx.model->setController(empty ? std::nullopt : std::optional<Controller>(next)));
            }
        }
        ImGui::EndDisabled();
        if (m_ctlFocus > 0) --m_ctlFocus;
    }

    void drawYou(UiContext& ctx) {
        sectionHeading(tr("set.you_title"));
        ImGui::BeginDisabled(!ctx.canEdit());
        ImGui::TextUnformatted(tr("set.user_label"));
        if (boundText("##user", tr("set.user_hint"), m_user, sizeof m_user, m_userActive,
                      ctx.setting(app::settings::kPrefUserName)))
            ctx.check(settings::setPersonalPref(ctx, app::settings::kPrefUserName, trimmed(m_user)));
        ImGui::EndDisabled();
        helpText(tr("set.user_help"));
    }

    void drawDisplay(UiContext& ctx) {
        sectionHeading(tr("set.display_title"));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("set.language"));
        ImGui::SameLine(em(8));
        for (Lang l : {Lang::Nl, Lang::En}) {
            if (radio(l == Lang::Nl ? "Nederlands##setnl" : "English##seten", lang() == l) && lang() != l)
                settings::setLanguage(ctx, l);
            ImGui::SameLine();
        }
        ImGui::NewLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("set.theme"));
        ImGui::SameLine(em(8));
        ImGui::BeginDisabled(!ctx.canEdit());
        if (radio(tr("set.theme_light"), !darkTheme()) && darkTheme()) settings::setTheme(ctx, false);
        ImGui::SameLine();
        if (radio(tr("set.theme_dark"), darkTheme()) && !darkTheme()) settings::setTheme(ctx, true);
        ImGui::EndDisabled();
    }

    void drawReminder(UiContext& ctx) {
        sectionHeading(tr("set.reminder_title"));
        const int stored = app::exchange::remindDays(ctx.setting(app::exchange::kPrefRemindDays));
        if (!m_daysDirty) m_days = stored;
        ImGui::BeginDisabled(!ctx.canEdit());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("set.remind_before"));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(7));
        if (ImGui::InputInt("##remind", &m_days, 1, 7)) {
            m_days = std::clamp(m_days, 0, 365);
            m_daysDirty = true;
        }
        ImGui::SameLine();
        ImGui::TextUnformatted(tr("set.remind_after"));
        ImGui::EndDisabled();
        if (m_daysDirty && !ImGui::IsAnyItemActive()) {
            m_daysDirty = false;
            if (m_days != stored)
                ctx.check(settings::setPersonalPref(ctx, app::exchange::kPrefRemindDays, std::to_string(m_days)));
        }
        helpText(tr("set.remind_help"));
    }

    // ======================================================================= [ABOUT]
    void drawAbout(UiContext& ctx) {
        sectionHeading(tr("set.about_title"));
        auto line = [](const char* ic, const std::string& text) {
            ImGui::TextColored(ImColor(color::accent()), "%s", ic);
            ImGui::SameLine(em(1.8f));
            ImGui::TextWrapped("%s", text.c_str());
        };
        line(icon::kLock, tr("set.privacy"));
        line(icon::kBook, trf("set.rules_version", std::string(rules::kRulesVersion)));
        line(icon::kInfo, tr("app.disclaimer"));
        const std::string warn = ctx.platform ? ctx.platform->storageWarning() : std::string();
        if (ctx.platform && ctx.platform->saveState() == SaveState::Failed)
            line(icon::kExclamation, trf("set.storage_failed", storageErrorText(ctx.platform->saveError())));
        else if (!warn.empty()) line(icon::kWarning, trf("set.storage_warn", warn));
        else if (ctx.platform && !ctx.platform->storagePersistent())
            line(icon::kWarning, trf("set.storage_warn", std::string(tr("shell.storage_not_persistent"))));
        else if (ctx.platform) line(icon::kDatabase, tr("set.storage_persistent"));
        else line(icon::kDatabase, tr("set.storage_ok"));
        line(icon::kShield, trf("set.version", kAppVersion));
    }

    std::string m_deletedName;  // as shown when it was deleted ("Unnamed" for no name)
    char m_nameBuf[256] = {};
    std::string m_target, m_targetName;
    bool m_openCreate = false, m_openRename = false, m_openDelete = false;
    char m_org[256] = {};
    bool m_orgActive = false;
    char m_ctl[5][256] = {};
    bool m_ctlActive[5] = {};
    int m_ctlFocus = 0;  // frames left to give the controller section's first empty field the cursor
    char m_user[128] = {};
    bool m_userActive = false;
    int m_days = app::exchange::kDefaultRemindDays;
    bool m_daysDirty = false;
};

}  // namespace
std::unique_ptr<View> makeSettingsView() { return std::make_unique<SettingsView>(); }
}  // namespace air::ui
