// The register page (see register_view.hpp): layout of list and editor, header bar and quick
// add, empty states, keyboard, confirmations. The toolbar, filter menu and chips:
// register_toolbar.cpp; the table: register_table.cpp.
//
// [SECTION] factory and frame
// [SECTION] layout pref
// [SECTION] keyboard
// [SECTION] header bar and quick add
// [SECTION] empty states
// [SECTION] modals (delete, example)
// [SECTION] commands
#include "ui/register_view.hpp"

#include <algorithm>
#include <cfloat>

#include "app/example_register.hpp"
#include "core/catalogue.hpp"
#include "core/text.hpp"
#include "imgui_internal.h"
#include "ui/editor_fields.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

namespace {
using reg::buttonWidth;

constexpr const char* kLayoutPref = "ui.register.layout";
constexpr const char* kDeletePopup = "##confirm_delete";
constexpr const char* kExamplePopup = "##confirm_example";

}  // namespace

// ---- [SECTION] factory and frame ------------------------------------------------------------
std::unique_ptr<View> makeRegisterView() { return std::make_unique<RegisterView>(); }

std::string RegisterView::today() const { return m_today.empty() ? air::ui::today() : m_today; }

// One frame of the page: list (and editor beside or over it), keys, modals, the picker and the
// wizard; selections made while drawing apply at the end.
void RegisterView::draw(UiContext& ctx) {
    if (!ctx.model || !ctx.model->isOpen()) return;
    app::AppModel& model = *ctx.model;
    loadLayout(ctx);
    if (auto only = ctx.requests.take<req::ShowOnly>()) {  // "show these" from the dashboard: exactly that filter
        m_layout.filter.clear();
        if (only->tier) m_layout.filter.tiers = bitOf(*only->tier);
        if (only->review) m_layout.filter.reviews = bitOf(*only->review);
        m_layout.filter.hasBlockers = only->blockers;
        m_layoutDirty = true;
        m_cursorId.clear();
        ctx.selectedId.clear();
    }
    // What this frame changes often shows only a frame or two later (a popup appears, the
    // editor lays out its tabs, a focus request lands): the platform renders on demand, so
    // ask for more frames whenever the page's state moved.
    const std::string selectedBefore = ctx.selectedId, cursorBefore = m_cursorId;
    const bool pickerBefore = m_picker.isOpen(), wizardBefore = screeningWizardOpen(ctx);
    m_tableDrawn = false;
    const int popupsBefore = GImGui->OpenPopupStack.Size;

    // An activity opened from elsewhere (findings, duplicate): put the cursor on it.
    if (ctx.selectedId != m_lastSelected) {
        if (!ctx.selectedId.empty()) {
            m_cursorId = ctx.selectedId;
            m_scrollToCursor = true;
        }
        m_lastSelected = ctx.selectedId;
    }
    const bool editorOpen = !ctx.selectedId.empty() && model.find(ctx.selectedId) != nullptr;
    if (!ctx.selectedId.empty() && !editorOpen) ctx.selectedId.clear();

    // The row index is rebuilt only when the data, the language, the date or the query change.
    RegisterIndex::Query q{m_layout.filter, m_layout.sort, m_layout.group, m_collapsed};
    m_index.update(model, q, lang(), today());
    if (m_cursorRowRebuild != m_index.rebuilds() || m_cursorRowId != m_cursorId) {
        m_cursorRow = m_index.rowOf(m_cursorId);
        m_cursorRowRebuild = m_index.rebuilds();
        m_cursorRowId = m_cursorId;
    }

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const bool narrow = vp->WorkSize.x < em(70);
    const float avail = ImGui::GetContentRegionAvail().x;
    bool tableHasKeys = false;
    EditorPanel::Action action = EditorPanel::Action::None;
    m_editorFullWidth = editorOpen && narrow;
    if (editorOpen && narrow) {
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.1f), em(0.9f)));
        ImGui::BeginChild("editor", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
        ImGui::PopStyleVar();
        action = m_editor.draw(ctx, true);
        ImGui::EndChild();
    } else {
        const float editorW = editorOpen ? std::clamp(avail * 0.55f, em(31), em(46)) : 0.0f;
        const float gap = em(0.9f);
        ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
        ImGui::BeginChild("list", ImVec2(editorOpen ? avail - editorW - gap : 0, 0), ImGuiChildFlags_None,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        ImGui::PopStyleColor();
        m_listWindow = ImGui::GetCurrentWindow();
        drawList(ctx);
        ImGui::EndChild();
        if (editorOpen) {
            ImGui::SameLine(0, gap);
            ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.1f), em(0.9f)));
            ImGui::BeginChild("editor", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
            ImGui::PopStyleVar();
            action = m_editor.draw(ctx, false);
            ImGui::EndChild();
        }
        // The table owns the arrow keys while the list has keyboard focus (or nothing else has).
        const ImGuiWindow* nav = GImGui->NavWindow;
        tableHasKeys = nav == nullptr || (m_listWindow && (nav == m_listWindow || ImGui::IsWindowChildOf(const_cast<ImGuiWindow*>(nav), m_listWindow, false))) ||
                       nav == nav->RootWindow;
    }
    if (action == EditorPanel::Action::Close) ctx.selectedId.clear();
    if (action == EditorPanel::Action::Delete) askDelete(ctx.selectedId);

    handleKeys(ctx, tableHasKeys && !(editorOpen && narrow));
    drawModals(ctx);
    const std::string chosen = m_picker.draw();
    if (!chosen.empty()) createFromCatalogue(ctx, chosen);
    drawScreeningWizard(ctx);

    // Selections made while drawing take effect now, after the editor had its chance to
    // commit a field that lost focus.
    if (m_pendingOpen) {
        ctx.selectedId = m_pendingSelect;
        m_lastSelected = ctx.selectedId;
        m_pendingOpen = false;
    }
    saveLayout(ctx);
    // ImGui takes queued input one step per frame (trickling): fast typing must not stall
    // in the queue when the platform stops rendering.
    const bool pending = m_deleteAsked || m_exampleAsked || m_clearQuick || m_focusSearch || (m_scrollToCursor && m_tableDrawn) ||
                         m_editor.busy() || ctx.requests.has<req::FocusField>() || !GImGui->InputEventsQueue.empty();
    if (ctx.platform && (pending || selectedBefore != ctx.selectedId || cursorBefore != m_cursorId ||
                         pickerBefore != m_picker.isOpen() || wizardBefore != screeningWizardOpen(ctx) ||
                         popupsBefore != GImGui->OpenPopupStack.Size))
        ctx.platform->requestFrame();
}

// The list side: header bar, then the empty state, or toolbar, chips and the table.
void RegisterView::drawList(UiContext& ctx) {
    drawHeaderBar(ctx);
    if (ctx.model->activities().empty()) {
        drawEmpty(ctx);
        return;
    }
    drawToolbar(ctx);
    drawChips(ctx);
    if (m_index.matching() == 0) {
        drawNoMatch();
        return;
    }
    drawTable(ctx);
}

// ---- [SECTION] layout pref ---------------------------------------------------------------------
// Reads the remembered layout once per opened register (the search text is kept).
void RegisterView::loadLayout(UiContext& ctx) {
    if (m_layoutPath == ctx.model->path() && !m_layoutPath.empty()) return;
    m_layoutPath = ctx.model->path();
    const std::string search = m_layout.filter.search;
    m_layout = RegisterLayout::parse(ctx.model->pref(kLayoutPref));
    m_layout.filter.search = search;
    m_layoutDirty = false;
    m_applySort = m_applyVisibility = true;
    m_collapsed.clear();
    m_cursorId.clear();
    m_index.invalidate();
}

// Stores a changed layout in the register (not undoable); a read-only tab keeps it to itself.
void RegisterView::saveLayout(UiContext& ctx) {
    if (!m_layoutDirty) return;
    m_layoutDirty = false;
    if (!ctx.canEdit()) return;  // a read-only tab keeps its layout for itself
    const std::string json = m_layout.toJson();
    if (json != ctx.model->pref(kLayoutPref)) ctx.check(ctx.model->setPref(kLayoutPref, json));
}

// ---- [SECTION] keyboard -------------------------------------------------------------------------
// Row index of the activity `delta` activity rows from the cursor, clamped to the ends.
int RegisterView::rowAfter(int delta) const {
    const auto& rows = m_index.rows();
    const int n = int(rows.size());
    if (n == 0 || delta == 0) return m_cursorRow;
    const int step = delta > 0 ? 1 : -1;
    int r = m_cursorRow >= 0 ? m_cursorRow : (delta > 0 ? -1 : n);
    int found = m_cursorRow;
    for (int i = r + step, left = std::abs(delta); i >= 0 && i < n && left > 0; i += step) {
        if (rows[std::size_t(i)].activity < 0) continue;  // group headers are skipped
        found = i;
        --left;
    }
    return found;
}

// Ctrl+N (or Alt+N), Ctrl+F and Esc on the page; arrows, Page Up/Down, Home/End, Enter and Delete while
// the table has the keyboard (claimed from ImGui's own navigation).
void RegisterView::handleKeys(UiContext& ctx, bool tableHasKeys) {
    ImGuiIO& io = ImGui::GetIO();
    const bool anyPopup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    const bool ctrl = io.KeyCtrl || io.KeySuper;
    // Browsers keep Ctrl+N for a new window, so Alt+N does the same (not Ctrl+Alt: AltGr).
    const bool altN = io.KeyAlt && !io.KeyCtrl;
    if (!anyPopup && (ctrl || altN) && !io.KeyShift && ImGui::IsKeyPressed(ImGuiKey_N, false) && ctx.canEdit())
        m_picker.open();
    if (!anyPopup && ctrl && ImGui::IsKeyPressed(ImGuiKey_F, false)) {
        m_focusSearch = true;
        if (m_editorFullWidth) ctx.selectedId.clear();  // the search is on the list, behind the editor
    }
    if (anyPopup || io.WantTextInput) return;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ctx.selectedId.empty()) {
        ctx.selectedId.clear();
        return;
    }
    if (!tableHasKeys || ctrl) return;

    // Claim the table keys from ImGui's own keyboard navigation while the table has them.
    const ImGuiID owner = ImGui::GetID("##register_keys");
    for (ImGuiKey k : {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_PageUp, ImGuiKey_PageDown, ImGuiKey_Home,
                       ImGuiKey_End, ImGuiKey_Enter, ImGuiKey_KeypadEnter, ImGuiKey_Delete})
        ImGui::SetKeyOwner(k, owner);
    const auto pressed = [&](ImGuiKey k) { return ImGui::IsKeyPressed(k, owner, ImGuiInputFlags_Repeat); };
    const int page = std::max(1, int(ImGui::GetMainViewport()->WorkSize.y / em(2.2f)) - 4);
    int delta = 0;
    if (pressed(ImGuiKey_DownArrow)) delta = 1;
    if (pressed(ImGuiKey_UpArrow)) delta = -1;
    if (pressed(ImGuiKey_PageDown)) delta = page;
    if (pressed(ImGuiKey_PageUp)) delta = -page;
    if (pressed(ImGuiKey_Home)) delta = -int(m_index.rows().size());
    if (pressed(ImGuiKey_End)) delta = int(m_index.rows().size());
    const int to = rowAfter(delta);
    if (to >= 0 && to != m_cursorRow) {
        m_cursorRow = to;
        m_cursorId = ctx.model->activities()[std::size_t(m_index.rows()[std::size_t(to)].activity)].id;
        m_cursorRowId = m_cursorId;
        m_scrollToCursor = true;
        // With the editor open, it follows the cursor (like a mail client's reading pane).
        if (!ctx.selectedId.empty()) {
            m_pendingSelect = m_cursorId;
            m_pendingOpen = true;
        }
    }
    if (!m_cursorId.empty() && ctx.model->find(m_cursorId)) {
        if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter)) {
            m_pendingSelect = m_cursorId;
            m_pendingOpen = true;
        }
        if (ImGui::IsKeyPressed(ImGuiKey_Delete, owner) && ctx.canEdit()) askDelete(m_cursorId);
    }
}

// ---- [SECTION] header bar and quick add -----------------------------------------------------------
// Title with counts, the quick-add field, "New" and "New from catalogue".
void RegisterView::drawHeaderBar(UiContext& ctx) {
    const app::AppModel& model = *ctx.model;
    const ImGuiStyle& st = ImGui::GetStyle();
    const float startX = ImGui::GetCursorPosX();
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr("nav.register"));
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    const int total = int(model.activities().size());
    if (total == 0) {
        ImGui::TextUnformatted(tr("reg.subtitle_empty"));
    } else {
        const int blockers = model.openBlockers();
        std::string line = total == 1 && m_index.matching() == 1 ? std::string(tr("reg.count_one"))
                           : m_index.matching() == total   ? trf("reg.count_all", num(total))
                                                       : trf("reg.count_some", num(m_index.matching()), num(total));
        if (blockers == 1) line += std::string("  \xC2\xB7  ") + tr("reg.count_blocker_one");
        else if (blockers > 1) line += "  \xC2\xB7  " + trf("reg.count_blockers", num(blockers));
        ImGui::TextUnformatted(line.c_str());
    }
    ImGui::PopStyleColor();
    ImGui::EndGroup();
    const float titleW = ImGui::GetItemRectSize().x;

    // Right side: quick add (name + Enter), "New" and "New from catalogue" (primary).
    const std::string fromCat = std::string(icon::kBook) + "  " + tr("reg.new_from_catalogue");
    const std::string newLabel = std::string(icon::kPlus) + "  " + tr("reg.new");
    const float quickW = std::clamp(ImGui::GetContentRegionAvail().x * 0.32f, em(12), em(20));
    const float actionsW = quickW + buttonWidth(newLabel.c_str()) + buttonWidth(fromCat.c_str()) + st.ItemSpacing.x * 2;
    const float full = ImGui::GetContentRegionAvail().x;
    if (full - titleW - em(1) >= actionsW) {
        ImGui::SameLine(startX + full - actionsW);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.35f));
    }
    ImGui::BeginDisabled(!ctx.canEdit());
    // The field stays active after Enter (the next name can be typed at once, nothing typed
    // in between is lost) and is emptied from inside ImGui on the next frame.
    struct QuickData {
        std::string* text;
        bool* clear;
    };
    QuickData qd{&m_quickName, &m_clearQuick};
    const auto quickCallback = [](ImGuiInputTextCallbackData* d) {
        auto* q = static_cast<QuickData*>(d->UserData);
        if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
            q->text->resize(std::size_t(d->BufTextLen));
            d->Buf = q->text->data();
        } else if (d->EventFlag == ImGuiInputTextFlags_CallbackAlways && *q->clear) {
            d->DeleteChars(0, d->BufTextLen);
            *q->clear = false;
        }
        return 0;
    };
    ImGui::SetNextItemWidth(quickW);
    ImGuiIO& io = ImGui::GetIO();
    const bool keepActive = io.ConfigInputTextEnterKeepActive;
    io.ConfigInputTextEnterKeepActive = true;
    const bool enter = ImGui::InputTextWithHint(
        "##quickadd", tr("reg.quick_hint"), m_quickName.data(), m_quickName.capacity() + 1,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways,
        quickCallback, &qd);
    io.ConfigInputTextEnterKeepActive = keepActive;
    if (m_clearQuick && !ImGui::IsItemActive()) {
        m_quickName.clear();
        m_clearQuick = false;
    }
    // Found by its hint text and by its id (tests/e2e/foundation.test.mjs clicks "##quickadd").
    edit::accessibleLabel((std::string(tr("reg.quick_hint")) + "##quickadd").c_str());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr("reg.quick_tip"));
    if (enter) addQuick(ctx, false);
    ImGui::SameLine();
    if (ImGui::Button(newLabel.c_str())) addQuick(ctx, true);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr("reg.new_tip"));
    ImGui::SameLine();
    if (primaryButton(fromCat.c_str())) m_picker.open();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr("reg.new_from_catalogue_tip"));
    ImGui::EndDisabled();
    ImGui::Dummy(ImVec2(0, em(0.2f)));
}

// ---- [SECTION] empty states ---------------------------------------------------------------------
// No activities: what to do next, with the catalogue and the example register.
void RegisterView::drawEmpty(UiContext& ctx) {
    ImGui::Spacing();
    emptyState(icon::kList, tr("reg.empty_title"), tr("reg.empty_text"));
    const std::string fromCat = std::string(icon::kBook) + "  " + tr("reg.new_from_catalogue") + "##empty";
    const std::string example = std::string(icon::kFolderOpen) + "  " + tr("reg.load_example");
    const float w = buttonWidth(fromCat.c_str()) + buttonWidth(example.c_str()) + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - w) * 0.5f));
    ImGui::BeginDisabled(!ctx.canEdit());
    if (primaryButton(fromCat.c_str())) m_picker.open();
    ImGui::SameLine();
    if (ImGui::Button(example.c_str())) m_exampleAsked = true;
    ImGui::EndDisabled();
    ImGui::Spacing();
    const char* tip = tr("reg.empty_quick_tip");
    const float tw = std::min(ImGui::CalcTextSize(tip).x, em(30));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - tw) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + tw);
    ImGui::TextDisabled("%s", tip);
    ImGui::PopTextWrapPos();
}

// Nothing matches the search and filters: say so and offer to clear them.
void RegisterView::drawNoMatch() {
    emptyState(icon::kSearch, tr("reg.nomatch_title"), tr("reg.nomatch_text"));
    const std::string text = std::string(icon::kTimes) + "  " + tr("reg.clear_filters");
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (ImGui::GetContentRegionAvail().x - buttonWidth(text.c_str())) * 0.5f));
    if (ImGui::Button(text.c_str())) {
        m_layout.filter.clear();
        m_layoutDirty = true;
    }
}

// ---- [SECTION] modals (delete, example) ------------------------------------------------------------
// The delete confirmation (Enter confirms, Esc cancels) and the example confirmation.
void RegisterView::drawModals(UiContext& ctx) {
    if (m_deleteAsked) {
        ImGui::OpenPopup(kDeletePopup);
        m_deleteAsked = false;
    }
    if (m_exampleAsked) {
        m_exampleAsked = false;
        if (ctx.model->activities().empty()) loadExample(ctx);
        else ImGui::OpenPopup(kExamplePopup);
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    auto centre = [&] {
        ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.4f),
                                ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(std::min(em(30), vp->WorkSize.x - em(2)), 0));
    };
    const ImGuiWindowFlags mf = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                ImGuiWindowFlags_AlwaysAutoResize;
    centre();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.2f), em(1.0f)));
    if (ImGui::BeginPopupModal(kDeletePopup, nullptr, mf)) {
        const Activity* a = ctx.model->find(m_deleteId);
        if (!a) {
            ImGui::CloseCurrentPopup();
        } else {
            ImGui::PushFont(fonts().bold);
            ImGui::TextWrapped("%s", trf("reg.delete_title", a->name).c_str());
            ImGui::PopFont();
            helpText(tr("reg.delete_text"));
            ImGui::Spacing();
            const bool enter = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
            if (dangerButton((std::string(icon::kTrash) + "  " + tr("reg.delete_confirm")).c_str()) || enter) {
                const std::string id = m_deleteId, name = a->name;
                // The cursor moves to the next row, as in a mail client.
                const auto ids = m_index.ids(*ctx.model);
                auto it = std::find(ids.begin(), ids.end(), id);
                std::string next;
                if (it != ids.end()) {
                    if (it + 1 != ids.end()) next = *(it + 1);
                    else if (it != ids.begin()) next = *(it - 1);
                }
                if (ctx.check(ctx.model->deleteActivity(id))) {
                    if (ctx.selectedId == id) ctx.selectedId.clear();
                    m_lastSelected = ctx.selectedId;
                    m_cursorId = next;
                    ctx.toast(trf("reg.deleted_toast", name));
                    m_undoText = trf("reg.deleted_strip", name);
                    m_undoUntil = (ctx.platform ? ctx.platform->now() : 0) + 10.0;
                    if (ctx.platform) ctx.platform->wakeAfter(10.1);
                }
                m_deleteId.clear();
                ImGui::CloseCurrentPopup();
            }
            ImGui::SameLine();
            if (ImGui::Button(tr("reg.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
                m_deleteId.clear();
                ImGui::CloseCurrentPopup();
            }
        }
        ImGui::EndPopup();
    }
    centre();
    if (ImGui::BeginPopupModal(kExamplePopup, nullptr, mf)) {
        ImGui::PushFont(fonts().bold);
        ImGui::TextWrapped("%s", tr("reg.example_title"));
        ImGui::PopFont();
        helpText(tr("reg.example_text"));
        ImGui::Spacing();
        if (primaryButton(tr("reg.example_confirm"))) {
            loadExample(ctx);
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("reg.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
}

// ---- [SECTION] commands ------------------------------------------------------------------------------
// Adds an activity named by the quick-add field (or a default name for "New"); "New" opens
// it in the editor, Enter keeps the field for the next name.
void RegisterView::addQuick(UiContext& ctx, bool openEditor) {
    if (!ctx.canEdit()) return;
    std::string name(text::trim(m_quickName, " \t"));
    if (name.empty()) {
        if (!openEditor) return;  // Enter on an empty field does nothing
        name = tr("reg.new_activity_name");
    }
    Activity a;
    a.name = name;
    auto r = ctx.model->addActivity(a);
    if (!r.ok()) {
        ctx.toast(r.error().text(lang()), true);
        return;
    }
    if (openEditor) m_quickName.clear();
    m_cursorId = r.value();
    m_scrollToCursor = true;
    if (openEditor) {
        m_pendingSelect = r.value();
        m_pendingOpen = true;
        ctx.requests.push(req::FocusField{"name"});
    } else {
        m_clearQuick = true;  // the field stays active for the next one
        RegisterIndex::Query q{m_layout.filter, m_layout.sort, m_layout.group, m_collapsed};
        m_index.update(*ctx.model, q, lang(), today());
        if (m_index.rowOf(r.value()) < 0) ctx.toast(trf("reg.added_hidden", name));
    }
}

// Merges the embedded example register into this one (one undo step).
void RegisterView::loadExample(UiContext& ctx) {
    if (!ctx.canEdit()) return;
    auto reg = app::exampleRegister();
    if (!reg.ok()) {
        ctx.toast(reg.error().text(lang()), true);
        return;
    }
    const std::size_t before = ctx.model->activities().size();
    if (ctx.check(ctx.model->importRegister(reg.value(), app::ImportMode::Merge)))
        ctx.toast(trf("reg.example_loaded", num(ctx.model->activities().size() - before)));
}

// Adds the catalogue entry's pre-filled activity and opens it with the "check every field" banner.
void RegisterView::createFromCatalogue(UiContext& ctx, const std::string& key) {
    if (!ctx.canEdit()) return;
    auto r = ctx.model->addActivity(activityFromCatalogue(key, lang()));
    if (!r.ok()) {
        ctx.toast(r.error().text(lang()), true);
        return;
    }
    m_cursorId = r.value();
    m_scrollToCursor = true;
    m_pendingSelect = r.value();
    m_pendingOpen = true;
    m_editor.markPrefilled(r.value());
}

}  // namespace air::ui
