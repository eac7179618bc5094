#include "ui/shell.hpp"

#include <algorithm>
#include <cstdio>

#include "air_version.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/settings_prefs.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

// ---- UiContext ----------------------------------------------------------------------
void UiContext::toast(std::string text, bool error) {
    const double t = platform ? platform->now() : 0.0;
    toasts.push_back({std::move(text), error, t + (error ? 8.0 : 3.5)});
    if (platform) {
        platform->requestFrame();
        platform->wakeAfter(error ? 8.1 : 3.6);
    }
}

bool UiContext::check(const Status& s) {
    if (!s.ok()) toast(s.error().text(lang()), true);
    return s.ok();
}

void UiContext::openActivity(const std::string& id, const std::string& field) {
    selectedId = id;
    if (field.empty()) requests.drop<req::FocusField>();
    else requests.push(req::FocusField{field});
    page = Page::Register;
}

std::string UiContext::setting(std::string_view key) const {
    return workspace ? workspace->setting(key) : std::string();
}

// ---- Shell --------------------------------------------------------------------------
namespace {
struct NavItem {
    Page page;
    const char* icon;
    const char* key;
};
const NavItem kNav[] = {
    {Page::Register, icon::kList, "nav.register"},
    {Page::Dashboard, icon::kDashboard, "nav.dashboard"},
    {Page::Findings, icon::kWarning, "nav.findings"},
    {Page::Workshops, icon::kUsers, "nav.workshops"},
    {Page::Exchange, icon::kExchange, "nav.exchange"},
    {Page::Settings, icon::kCog, "nav.settings"},
};
static_assert(std::size(kNav) == std::size_t(Page::COUNT));
}  // namespace

Shell::Shell(PlatformApi& platform, std::string dataDir) : m_platform(platform), m_ws(std::move(dataDir)) {
    m_ctx.workspace = &m_ws;
    m_ctx.model = &m_ws.model();
    m_ctx.library = &m_ws.library();
    m_ctx.platform = &m_platform;
    m_views[std::size_t(Page::Register)] = makeRegisterView();
    m_views[std::size_t(Page::Dashboard)] = makeDashboardView();
    m_views[std::size_t(Page::Findings)] = makeFindingsView();
    m_views[std::size_t(Page::Workshops)] = makeWorkshopView();
    m_views[std::size_t(Page::Exchange)] = makeExchangeView();
    m_views[std::size_t(Page::Settings)] = makeSettingsView();
    // The one persistence hook: every committed change of the workspace asks for a save.
    m_ws.setPersistHook([this] { m_platform.requestFlush(); });
    m_ws.setReadOnly([this] { return m_platform.readOnly(); });
    m_ws.onChanged([this](app::Change) { ++m_ctx.changes; });
    m_ws.onRegisterOpened([this](const std::string& file) { registerOpened(file); });
    m_linked = std::make_unique<LinkedFileSync>(m_platform, m_ws, m_ctx);
    m_ctx.linked = m_linked.get();
}

Shell::~Shell() = default;

void Shell::registerOpened(const std::string& file) {
    m_linked->registerOpened(file);
    m_ctx.selectedId.clear();
    m_ctx.presentWorkshopId.clear();
    m_ctx.requests.clear();
    settings::applyStoredTheme(m_ctx);
}

Status Shell::openRegister(const std::string& file) { return m_ws.open(file); }

Status Shell::start() {
    m_ws.readSettings();
    if (const auto l = m_ws.language()) setLang(*l);
    m_platform.setDocumentLanguage(lang() == Lang::En ? "en" : "nl");
    Status s = m_ws.start(tr("shell.first_register_name"));
    if (!s.ok()) m_startError = s.error().text(lang());
    return s;
}

void Shell::handleShortcuts() {
    ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || !m_ctx.canEdit()) return;  // text fields keep their own undo
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    if (ctrl && ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
        if (io.KeyShift) {
            if (m_ws.model().canRedo()) m_ctx.check(m_ws.model().redo());
        } else if (m_ws.model().canUndo()) {
            m_ctx.check(m_ws.model().undo());
        }
    }
    if (ctrl && ImGui::IsKeyPressed(ImGuiKey_Y, false) && m_ws.model().canRedo()) m_ctx.check(m_ws.model().redo());
}

void Shell::drawNav(float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), em(0.9f)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::panel());
    ImGui::BeginChild("nav", ImVec2(width, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);

    ImGui::PushFont(fonts().bold);
    ImGui::TextColored(ImColor(color::accent()), "%s", icon::kShield);
    ImGui::SameLine();
    ImGui::TextUnformatted(tr("app.title_short"));
    ImGui::PopFont();
    ImGui::Spacing();

    // Register switcher and organisation.
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(tr("shell.register"));
    ImGui::PopStyleColor();
    items::nameNext(tr("shell.register"));
    ImGui::SetNextItemWidth(-1);
    const app::AppModel& model = m_ws.model();
    const std::string current = model.registerName().empty() ? tr("shell.unnamed") : model.registerName();
    if (beginCombo("##register", current.c_str())) {
        for (const auto& r : m_ws.library().list()) {
            const bool sel = m_ws.library().pathOf(r.file) == model.path();
            ImGui::PushID(r.file.c_str());
            if (ImGui::Selectable(r.name.empty() ? tr("shell.unnamed") : r.name.c_str(), sel) && !sel)
                m_ctx.requests.push(req::SwitchRegister{r.file});
            ImGui::PopID();
        }
        ImGui::Separator();
        if (ImGui::Selectable((std::string(icon::kCog) + "  " + tr("shell.manage_registers")).c_str()))
            m_ctx.page = Page::Settings;
        ImGui::EndCombo();
    }
    if (!model.organisation().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextWrapped("%s", model.organisation().c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    // Pages.
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    for (const NavItem& n : kNav) {
        const bool sel = m_ctx.page == n.page;
        std::string text = std::string(n.icon) + "   " + tr(n.key);
        if (sel) ImGui::PushFont(fonts().bold);
        if (ImGui::Selectable(text.c_str(), sel, 0, ImVec2(0, em(1.9f)))) m_ctx.page = n.page;
        if (sel) ImGui::PopFont();
    }
    ImGui::PopStyleVar();

    // Bottom: language switch.
    const float bottomH = ImGui::GetFrameHeightWithSpacing() * 2 + em(0.5f);
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), ImGui::GetWindowHeight() - bottomH - em(0.6f)));
    ImGui::Separator();
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(tr("shell.language"));
    ImGui::PopStyleColor();
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    for (Lang l : {Lang::Nl, Lang::En}) {
        const bool on = lang() == l;
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_Header));
            ImGui::PushStyleColor(ImGuiCol_Border, color::accent());
        }
        if (ImGui::Button(l == Lang::Nl ? "Nederlands" : "English", ImVec2(half, 0)) && !on) settings::setLanguage(m_ctx, l);
        if (on) ImGui::PopStyleColor(2);
        if (l == Lang::Nl) ImGui::SameLine();
    }

    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
}

void Shell::drawBanner() {
    auto line = [](ImU32 bg, const char* ic, const std::string& text) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, bg);
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), em(0.45f)));
        ImGui::BeginChild(text.c_str(), ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
        ImGui::TextUnformatted(ic);
        ImGui::SameLine();
        ImGui::TextWrapped("%s", text.c_str());
    };
    auto end = [] {
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    };
    if (m_platform.readOnly()) {
        line(color::tint(color::Tint::Warning), icon::kLock, tr("shell.readonly_banner"));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("shell.take_over"))) m_platform.takeOver();
        end();
    }
    if (m_platform.saveState() == SaveState::Failed) {
        line(color::tint(color::Tint::Error), icon::kExclamation,
             trf("shell.save_failed_banner", storageErrorText(m_platform.saveError())));
        end();
    }
    if (!m_startError.empty()) {
        line(color::tint(color::Tint::Error), icon::kExclamation, trf("shell.open_failed", m_startError));
        end();
    }
    const std::string warn = m_platform.storageWarning();
    if (!warn.empty()) {
        line(color::tint(color::Tint::Info), icon::kInfo, warn);
        end();
    }
    // Storage the browser may clear: said once per browser (and in Settings for good), with
    // what to do about it.
    if (!m_platform.readOnly() && !m_platform.storagePersistent() && !m_ws.noticeSeen("persist")) {
        line(color::tint(color::Tint::Info), icon::kInfo, tr("shell.storage_not_persistent"));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::CalcTextSize(icon::kInfo).x + ImGui::GetStyle().ItemSpacing.x);
        if (ImGui::SmallButton(tr("shell.persist_export"))) m_ctx.page = Page::Exchange;
        ImGui::SameLine();
        if (ImGui::SmallButton(tr("shell.persist_ok"))) m_ws.markNoticeSeen("persist");
        end();
    }
    // Open conflicts of a three-way merge (air merge --base, a linked file): resolved on the
    // Import / export page.
    if (const std::size_t n = m_linked->openConflictCount(); n > 0) {
        line(color::tint(color::Tint::Warning), icon::kExclamation, trn("shell.open_conflicts", static_cast<long long>(n)));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::CalcTextSize(icon::kExclamation).x + ImGui::GetStyle().ItemSpacing.x);
        if (ImGui::SmallButton(tr("shell.resolve"))) m_ctx.page = Page::Exchange;
        end();
    }
    drawExportReminder(m_ctx);
}

void Shell::drawStatusBar() {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::panel());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), em(0.3f)));
    ImGui::BeginChild("status", ImVec2(0, ImGui::GetFrameHeight() + em(0.6f)), ImGuiChildFlags_Border,
                      ImGuiWindowFlags_NoScrollbar);
    // Saved state.
    const SaveState st = m_platform.saveState();
    const char* ic = icon::kCheckCircle;
    ImU32 col = color::success();
    const char* key = "shell.saved";
    if (m_platform.readOnly()) {
        ic = icon::kLock, col = color::textMuted(), key = "shell.readonly";
    } else if (st == SaveState::Saving || st == SaveState::Unsaved) {
        ic = icon::kRefresh, col = color::textMuted(), key = "shell.saving";
    } else if (st == SaveState::Failed) {
        ic = icon::kExclamation, col = color::danger(), key = "shell.save_failed";
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImColor(col), "%s %s", ic, tr(key));
    items::node(items::Role::Text, tr(key));
    items::live(tr(key), st == SaveState::Failed && !m_platform.readOnly());  // announced (aria-live)
    ImGui::SameLine(0, em(1.5f));
    ImGui::TextDisabled("|");
    ImGui::SameLine(0, em(1.0f));
    ImGui::TextUnformatted(m_ws.model().registerName().c_str());
    ImGui::SameLine(0, em(1.0f));
    ImGui::TextDisabled("|");
    ImGui::SameLine(0, em(1.0f));
    const int blockers = m_ws.model().openBlockers();
    ImGui::TextUnformatted(trn("shell.activities_count", static_cast<long long>(m_ws.model().activities().size())).c_str());
    ImGui::SameLine(0, em(1.0f));
    if (blockers > 0) {
        ImGui::TextColored(ImColor(color::severity(Severity::Blocker)), "%s %s", icon::kBan,
                           trn("shell.open_blockers", blockers).c_str());
        if (ImGui::IsItemClicked()) m_ctx.page = Page::Findings;
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    } else {
        ImGui::TextColored(ImColor(color::success()), "%s %s", icon::kCheck, tr("shell.no_blockers"));
    }
    // Right side: undo / redo and version.
    const std::string ver = "v" + std::string(kAppVersion);
    const float right = ImGui::CalcTextSize(ver.c_str()).x + em(8.5f);
    ImGui::SameLine(ImGui::GetWindowWidth() - right);
    ImGui::BeginDisabled(!m_ws.model().canUndo() || !m_ctx.canEdit());
    if (ImGui::SmallButton(icon::kUndo)) m_ctx.check(m_ws.model().undo());
    items::mark(items::Role::Button, 0, trf("shell.undo_tip", m_ws.model().undoLabel()));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", trf("shell.undo_tip", m_ws.model().undoLabel()).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!m_ws.model().canRedo() || !m_ctx.canEdit());
    if (ImGui::SmallButton(icon::kRedo)) m_ctx.check(m_ws.model().redo());
    items::mark(items::Role::Button, 0, trf("shell.redo_tip", m_ws.model().redoLabel()));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", trf("shell.redo_tip", m_ws.model().redoLabel()).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine(0, em(1.0f));
    ImGui::TextDisabled("%s", ver.c_str());
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void Shell::drawToasts() {
    const double t = m_platform.now();
    m_ctx.toasts.erase(std::remove_if(m_ctx.toasts.begin(), m_ctx.toasts.end(),
                                      [t](const Toast& x) { return x.until <= t; }),
                       m_ctx.toasts.end());
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    float y = vp->WorkPos.y + vp->WorkSize.y - em(3.2f);
    int i = 0;
    for (auto it = m_ctx.toasts.rbegin(); it != m_ctx.toasts.rend(); ++it, ++i) {
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x - em(1), y), ImGuiCond_Always, ImVec2(1, 1));
        ImGui::SetNextWindowBgAlpha(1.0f);
        ImGui::PushStyleColor(ImGuiCol_WindowBg, it->error ? IM_COL32(127, 29, 29, 245) : IM_COL32(31, 41, 55, 245));
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
        char name[32];
        std::snprintf(name, sizeof name, "##toast%d", i);
        ImGui::Begin(name, nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
        ImGui::PushTextWrapPos(em(28));
        ImGui::TextUnformatted(it->error ? icon::kExclamation : icon::kInfo);
        ImGui::SameLine();
        ImGui::TextUnformatted(it->text.c_str());
        items::node(items::Role::Text, it->text);
        items::live(it->text, it->error);  // announced: errors at once (aria-live assertive)
        ImGui::PopTextWrapPos();
        y -= ImGui::GetWindowHeight() + em(0.5f);
        ImGui::End();
        ImGui::PopStyleColor(2);
    }
}

void Shell::frame() {
    handleShortcuts();
    m_linked->frame();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
    ImGui::Begin("##host", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(2);

    const float navW = std::clamp(em(14.0f), em(11.0f), vp->WorkSize.x * 0.28f);
    drawNav(navW);
    ImGui::SameLine(0, 0);
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.3f), em(1.0f)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::background());
    const float statusH = ImGui::GetFrameHeight() + em(0.6f);
    ImGui::BeginChild("main", ImVec2(0, ImGui::GetContentRegionAvail().y - statusH), ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    drawBanner();
    m_rulesChange.drawBanner(m_ctx);
    m_views[std::size_t(m_ctx.page)]->draw(m_ctx);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    drawStatusBar();
    ImGui::EndGroup();
    ImGui::End();
    m_rulesChange.drawDialog(m_ctx);
    drawToasts();

    if (auto sw = m_ctx.requests.take<req::SwitchRegister>()) m_ctx.check(m_ws.open(sw->file));
}

std::string storageErrorText(std::string_view raw) {
    if (raw == "quota") return tr("shell.err_quota");
    if (raw == "timeout") return tr("shell.err_timeout");
    if (raw == "not_writer") return tr("shell.err_not_writer");
    if (raw == "changed") return tr("shell.err_changed");
    constexpr std::string_view kUnreadable = "unreadable|";
    if (raw.substr(0, kUnreadable.size()) == kUnreadable) return trf("shell.err_unreadable", raw.substr(kUnreadable.size()));
    constexpr std::string_view kIdb = "idb|";
    if (raw.substr(0, kIdb.size()) == kIdb) return trf("shell.err_idb", raw.substr(kIdb.size()));
    return std::string(raw);
}

}  // namespace air::ui
