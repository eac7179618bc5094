#include "ui/shell.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "air_version.hpp"
#include "imgui_internal.h"
#include "ui/editor_fields.hpp"
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
    if (m_navOpen) {  // a narrow window where the user opened the full navigation: a way back
        ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::GetFrameHeight());
        if (smallButton(icon::kChevronLeft)) m_navOpen = false;
        edit::accessibleLabel(tr("shell.nav_collapse"));
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("shell.nav_collapse"));
    }
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
        if (ImGui::Selectable(text.c_str(), sel, 0, ImVec2(0, touchable(em(1.9f))))) m_ctx.page = n.page;
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

// The navigation in a narrow window (below about 1000 CSS pixels): one icon per page with its
// name as tooltip and accessible name, a button that shows the full navigation, and the
// language as a two-letter switch.
void Shell::drawNavCompact(float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.35f), em(0.9f)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::panel());
    ImGui::BeginChild("nav", ImVec2(width, 0), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    const float inner = ImGui::GetContentRegionAvail().x;
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.5f, 0.5f));
    auto iconItem = [&](const char* glyph, const char* name, bool selected, const char* id) {
        const std::string label = std::string(glyph) + "##" + id;
        const bool r = ImGui::Selectable(label.c_str(), selected, 0, ImVec2(inner, touchable(em(2.2f))));
        edit::accessibleLabel(name);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", name);
        return r;
    };
    if (iconItem(icon::kBars, tr("shell.nav_expand"), false, "nav_expand")) m_navOpen = true;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    for (const NavItem& n : kNav)
        if (iconItem(n.icon, tr(n.key), m_ctx.page == n.page, n.key)) m_ctx.page = n.page;
    ImGui::PopStyleVar();

    // Bottom: the other language, as "EN" / "NL".
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), ImGui::GetWindowHeight() - ImGui::GetFrameHeight() - em(1.2f)));
    const Lang other = lang() == Lang::Nl ? Lang::En : Lang::Nl;
    if (ImGui::Button(other == Lang::En ? "EN" : "NL", ImVec2(inner, 0))) settings::setLanguage(m_ctx, other);
    edit::accessibleLabel(other == Lang::En ? "English" : "Nederlands");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", other == Lang::En ? "English" : "Nederlands");
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
        if (smallButton(tr("shell.take_over"))) m_platform.takeOver();
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
        if (smallButton(tr("shell.persist_export"))) m_ctx.page = Page::Exchange;
        ImGui::SameLine();
        if (smallButton(tr("shell.persist_ok"))) m_ws.markNoticeSeen("persist");
        end();
    }
    // Open conflicts of a three-way merge (air merge --base, a linked file): resolved on the
    // Import / export page.
    if (const std::size_t n = m_linked->openConflictCount(); n > 0) {
        line(color::tint(color::Tint::Warning), icon::kExclamation, trn("shell.open_conflicts", static_cast<long long>(n)));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::CalcTextSize(icon::kExclamation).x + ImGui::GetStyle().ItemSpacing.x);
        if (smallButton(tr("shell.resolve"))) m_ctx.page = Page::Exchange;
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
    // What fits: the saved state, the blockers and undo / redo always; then, as room allows, the
    // number of activities, the register's name and the version (narrow windows drop them in
    // the reverse order instead of drawing over each other).
    const std::string saveText = std::string(ic) + " " + tr(key);
    const std::string name = m_ws.model().registerName();
    const std::string count = trn("shell.activities_count", static_cast<long long>(m_ws.model().activities().size()));
    const int blockers = m_ws.model().openBlockers();
    const std::string blockText = blockers > 0 ? std::string(icon::kBan) + " " + trn("shell.open_blockers", blockers)
                                               : std::string(icon::kCheck) + " " + tr("shell.no_blockers");
    const std::string ver = "v" + std::string(kAppVersion);
    auto w = [](const std::string& t) { return ImGui::CalcTextSize(t.c_str()).x; };
    const float sep = w("|") + em(2.0f);
    const float button = w(icon::kUndo) + ImGui::GetStyle().FramePadding.x * 2;
    const float undoW = button * 2 + ImGui::GetStyle().ItemSpacing.x + em(1.0f);
    const float room = ImGui::GetContentRegionAvail().x - em(0.5f);
    float used = w(saveText) + sep + w(blockText) + undoW;
    auto fits = [&](float more) {
        if (used + more > room) return false;
        used += more;
        return true;
    };
    const bool showCount = fits(w(count) + em(1.0f));
    const bool showName = !name.empty() && fits(w(name) + sep);
    const bool showVersion = fits(w(ver) + em(1.0f));

    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(ImColor(col), "%s", saveText.c_str());
    items::node(items::Role::Text, tr(key));
    items::live(tr(key), st == SaveState::Failed && !m_platform.readOnly());  // announced (aria-live)
    auto separator = [&] {
        ImGui::SameLine(0, em(1.0f));
        ImGui::TextDisabled("|");
        ImGui::SameLine(0, em(1.0f));
    };
    separator();
    if (showName) {
        ImGui::TextUnformatted(name.c_str());
        separator();
    }
    if (showCount) {
        ImGui::TextUnformatted(count.c_str());
        ImGui::SameLine(0, em(1.0f));
    }
    ImGui::TextColored(ImColor(blockers > 0 ? color::severity(Severity::Blocker) : color::success()), "%s", blockText.c_str());
    if (blockers > 0) {
        if (ImGui::IsItemClicked()) m_ctx.page = Page::Findings;
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    // Right side: undo / redo and version.
    const float right = undoW + (showVersion ? w(ver) + em(1.0f) : 0.0f) + em(0.3f);
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - right));
    ImGui::BeginDisabled(!m_ws.model().canUndo() || !m_ctx.canEdit());
    if (smallButton(icon::kUndo)) m_ctx.check(m_ws.model().undo());
    edit::accessibleLabel(tr("shell.undo"));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", trf("shell.undo_tip", m_ws.model().undoLabel()).c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!m_ws.model().canRedo() || !m_ctx.canEdit());
    if (smallButton(icon::kRedo)) m_ctx.check(m_ws.model().redo());
    edit::accessibleLabel(tr("shell.redo"));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", trf("shell.redo_tip", m_ws.model().redoLabel()).c_str());
    ImGui::EndDisabled();
    if (showVersion) {
        ImGui::SameLine(0, em(1.0f));
        ImGui::TextDisabled("%s", ver.c_str());
    }
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
    // Toasts stack up from the bottom right, above the status bar, unless the control just
    // used (the last click or touch, or the keyboard focus) is there: then they hang from the top right,
    // so a message never covers what the user is working with (issue #15).
    const ImVec2 corner(vp->WorkPos.x + vp->WorkSize.x, vp->WorkPos.y + vp->WorkSize.y);
    auto inZone = [&](ImVec2 p) { return p.x > corner.x - em(30) && p.y > corner.y - em(14) && p.y < corner.y; };
    ImGuiContext& g = *GImGui;
    const bool keyboard = g.NavWindow && g.NavId != 0 && !g.NavDisableHighlight;
    if (ImGui::IsMouseClicked(0)) m_lastPress = ImGui::GetIO().MouseClickedPos[0];
    const ImVec2 focus = keyboard ? ImVec2(g.NavWindow->Pos.x + g.NavWindow->NavRectRel[0].Max.x,
                                           g.NavWindow->Pos.y + g.NavWindow->NavRectRel[0].Max.y)
                                  : m_lastPress;
    const bool fromTop = inZone(focus);
    float y = fromTop ? vp->WorkPos.y + em(1.0f) : corner.y - em(3.2f);
    int i = 0;
    for (auto it = m_ctx.toasts.rbegin(); it != m_ctx.toasts.rend(); ++it, ++i) {
        ImGui::SetNextWindowPos(ImVec2(corner.x - em(1), y), ImGuiCond_Always, ImVec2(1, fromTop ? 0.0f : 1.0f));
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
        y += (fromTop ? 1.0f : -1.0f) * (ImGui::GetWindowHeight() + em(0.5f));
        ImGui::End();
        ImGui::PopStyleColor(2);
    }
}

void Shell::touch(int phase, float x, float y) {
    const double t = m_platform.now();
    const ImVec2 p(x, y);
    if (phase == 0) {
        m_lastPress = p;  // a finger that drags is no click, but toasts keep away from it too
        requestTouchSizes(true);  // every control at least 44 px high while fingers are in use
        m_touch.down(p, t);
        m_platform.wakeAfter(TouchScroll::kLongPress + 0.02);  // a long press needs a frame then
    } else if (phase == 1) {
        m_touch.move(p, t);
    } else {
        m_touch.up(p, t);
    }
    m_platform.requestFrame();
}

void Shell::frame() {
    m_ws.model().setLanguage(lang());  // undo/redo tooltips name the step in the UI's language
    if (m_touch.frame(m_platform.now())) m_platform.requestFrame();  // coasting, or a long press pending
    m_ctx.swipe = m_touch.takeSwipe();
    // Touch or mouse sizes change only once the press that asked was handled (the layout under
    // a finger must not move before its tap lands).
    bool settled = GImGui->InputEventsQueue.empty() && !ImGui::IsAnyMouseDown() && !m_touch.active();
    for (int b = 0; b < ImGuiMouseButton_COUNT; ++b) settled = settled && !ImGui::IsMouseReleased(b);
    if (settled) applyRequestedTouchSizes();
    else if (touchSizesRequested() != touchSizes()) m_platform.requestFrame();
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

    // Below about 1000 CSS pixels (64 em) the navigation collapses to icons unless the user
    // opened it; from there up it is its full width again.
    const bool narrow = vp->WorkSize.x < em(64.0f);
    if (!narrow) m_navOpen = false;
    if (narrow && !m_navOpen) {
        drawNavCompact(em(3.4f));
    } else {
        drawNav(std::clamp(em(14.0f), em(11.0f), std::max(em(11.0f), vp->WorkSize.x * 0.28f)));
    }
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
    keepCaretVisible();

    if (auto sw = m_ctx.requests.take<req::SwitchRegister>()) m_ctx.check(m_ws.open(sw->file));
}

// An on-screen keyboard (or a page it shrank) must not hide the field being edited. When a field
// becomes active, the keyboard's height or the window's size changes, the text cursor's line is
// scrolled into view in every window around it (ImGui's ScrollToRectEx goes up the parents), then
// lifted above the keyboard by the nearest window with room. Only then: a finger that scrolls
// away while typing is not pulled back. (A multi-line field's own child keeps its cursor in view.)
void Shell::keepCaretVisible() {
    ImGuiContext& g = *GImGui;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec4 now(float(g.ActiveId), m_keyboardInset, vp->Size.x, vp->Size.y);
    if (now.x != m_caretKey.x || now.y != m_caretKey.y || now.z != m_caretKey.z || now.w != m_caretKey.w) m_caretFrames = 3;
    m_caretKey = now;
    ImGuiWindow* win = g.ActiveIdWindow;
    if (win && win->ChildId == g.ActiveId && win->ParentWindow) win = win->ParentWindow;
    const bool drawn = g.PlatformImeData.WantVisible && g.ActiveId && win;
    if (drawn) {  // where the cursor sits in its window, for a frame in which the window is hidden
        m_caretId = g.ActiveId;
        m_caretOffset = ImVec2(g.PlatformImeData.InputPos.x - win->Pos.x, g.PlatformImeData.InputPos.y - win->Pos.y);
        m_caretLine = g.PlatformImeData.InputLineHeight;
    } else if (g.ActiveId && g.ActiveId == m_caretId && g.ActiveIdIsAlive != g.ActiveId && win && win->ParentWindow) {
        // The keyboard shrank the page so far that the field's panel was clipped away: keep the
        // edit alive and scroll the panel back into view.
        ImGui::KeepAliveID(g.ActiveId);
        m_caretFrames = std::max(m_caretFrames, 2);
    } else {
        return;
    }
    if (m_caretFrames == 0) return;
    --m_caretFrames;
    const ImVec2 caret(win->Pos.x + m_caretOffset.x, win->Pos.y + m_caretOffset.y);
    const float lineH = m_caretLine;
    if (!drawn) win = win->ParentWindow;
    const ImVec2 moved = ImGui::ScrollToRectEx(win, ImRect(caret, ImVec2(caret.x + 1, caret.y + lineH)),
                                               ImGuiScrollFlags_KeepVisibleEdgeY);
    // Above a keyboard with a little air; without one, the window's edge (nothing moves then).
    const float bottom = vp->Pos.y + vp->Size.y - (m_keyboardInset > 0 ? m_keyboardInset + em(0.75f) : 0.0f);
    float over = caret.y - moved.y + lineH - bottom;
    for (ImGuiWindow* w = win; w && over > 0.5f; w = w->ParentWindow) {
        const float y = w->ScrollTarget.y < FLT_MAX ? w->ScrollTarget.y : w->Scroll.y;
        const float step = std::min(w->ScrollMax.y - y, over);
        if (step <= 0.5f) continue;
        ImGui::SetScrollY(w, y + step);
        over -= step;
    }
    m_platform.requestFrame();
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
