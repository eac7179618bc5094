// Workshop presenter mode (see workshop_presenter.hpp): the frame and the top bar. The two
// cards (activity, principle) are drawn by workshop_presenter_cards.cpp.
//
// Index:
//   [SECTION] helpers
//   [SECTION] frame      — the full-window host, keys, the tier band and the two columns
//   [SECTION] top bar    — workshop title, timer, leave
#include "ui/workshop_presenter.hpp"

#include <algorithm>

#include "core/principles.hpp"
#include "imgui_internal.h"
#include "rules/rules.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/workshop_presenter_parts.hpp"

namespace air::ui {

// ---- [SECTION] helpers ----------------------------------------------------------------------
namespace presenter {

void overline(const char* text) {
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

std::string ellipsize(const std::string& text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    std::string s = text;
    while (!s.empty()) {
        s.pop_back();
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80) s.pop_back();
        if (!s.empty() && static_cast<unsigned char>(s.back()) >= 0xC0) s.pop_back();
        if (ImGui::CalcTextSize((s + "…").c_str()).x <= width) return s + "…";
    }
    return "…";
}

bool iconButton(const char* icon, const char* id, const char* name, float size, const char* shortcut) {
    const std::string label = std::string(icon) + "##" + id;
    const bool r = ws::quietButton(label.c_str(), ImVec2(size, size));
    ws::accessibleName(name);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
        if (shortcut) ImGui::SetTooltip("%s (%s)", name, shortcut);
        else ImGui::SetTooltip("%s", name);
    }
    return r;
}

void wrapped(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace presenter

using namespace presenter;

namespace {

const Workshop* findWorkshop(const app::AppModel& m, std::string_view id) {
    for (const Workshop& w : m.workshops())
        if (w.id == id) return &w;
    return nullptr;
}

}  // namespace

void WorkshopPresenter::save(UiContext& ctx, const Workshop& w) { ctx.check(ctx.model->upsertWorkshop(w)); }

void WorkshopPresenter::leave(UiContext& ctx) {
    ctx.presentWorkshopId.clear();
    if (ctx.platform) ctx.platform->requestFrame();
}

// ---- [SECTION] frame ------------------------------------------------------------------------
void WorkshopPresenter::handleKeys(UiContext& ctx, std::size_t activityCount) {
    if (ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive()) return;  // typing: keys belong to the field
    // Esc that closed a list (ImGui closes it before this runs) does not also leave the mode.
    const bool popup = m_popupOpen || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    m_popupOpen = false;
    if (popup) return;
    // These keys are ours while presenting: keyboard navigation must not also move its focus
    // frame with them (Up/Down, Tab and Space still move and press it).
    const ImGuiID owner = ImGui::GetID("##presenter_keys");
    for (ImGuiKey k : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_PageUp, ImGuiKey_PageDown, ImGuiKey_Escape})
        ImGui::SetKeyOwner(k, owner);
    const int deck = int(principleDeck().size());
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) m_principle = std::max(0, m_principle - 1);
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow)) m_principle = std::min(deck - 1, m_principle + 1);
    if (ImGui::IsKeyPressed(ImGuiKey_PageUp) && m_activity > 0) {
        --m_activity;
        m_principle = 0;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_PageDown) && m_activity + 1 < activityCount) {
        ++m_activity;
        m_principle = 0;
    }
    // A finger's swipe turns the page: to the left the next principle, after the last one the
    // next activity; to the right back (issue #15: a facilitator with a tablet).
    if (ctx.swipe < 0 && !m_framework) {
        if (m_principle + 1 < deck) ++m_principle;
        else if (m_activity + 1 < activityCount) ++m_activity, m_principle = 0;
    } else if (ctx.swipe > 0 && !m_framework) {
        if (m_principle > 0) --m_principle;
        else if (m_activity > 0) --m_activity, m_principle = deck - 1;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_F, false)) m_framework = !m_framework;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) leave(ctx);
}

void WorkshopPresenter::draw(UiContext& ctx) {
    const Workshop* found = findWorkshop(*ctx.model, ctx.presentWorkshopId);
    if (!found) {
        ctx.presentWorkshopId.clear();
        return;
    }
    if (m_workshopId != found->id) {
        m_workshopId = found->id;
        m_activity = 0;
        m_principle = 0;
        m_focus = true;
        m_newText.clear(), m_newOwner.clear(), m_newDue.clear();
    }
    const Workshop w = *found;  // a copy: commands below refresh the model's list
    if (m_activity >= w.activity_ids.size()) m_activity = w.activity_ids.empty() ? 0 : w.activity_ids.size() - 1;
    handleKeys(ctx, w.activity_ids.size());
    if (ctx.presentWorkshopId.empty()) return;

    const std::string activityId = w.activity_ids.empty() ? std::string() : w.activity_ids[m_activity];
    const rules::Assessment* as = activityId.empty() ? nullptr : ctx.model->assessment(activityId);
    const Tier tier = as ? as->tier : Tier::Unassessed;

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    if (m_focus) {
        ImGui::SetNextWindowFocus();
        m_focus = false;
    }
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, color::panel());
    ImGui::Begin("##presenter", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(3);
    ImGui::PushFont(fonts().heading);

    const ImVec2 origin = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    // A projector-sized window (about 1500 x 900 CSS pixels and up) gets larger type throughout.
    m_large = size.x >= em(66) && size.y >= em(38);
    const float pad = em(1.1f);
    const float band = em(0.35f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The tier colour as an accent band across the top (the tier word is on the badge below).
    dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + band), color::tier(tier));

    ImGui::SetCursorPos(ImVec2(pad, band + em(0.5f)));
    drawTopBar(ctx, w);
    const float barBottom = ImGui::GetCursorPosY() + em(0.3f);
    dl->AddLine(ImVec2(origin.x, origin.y + barBottom), ImVec2(origin.x + size.x, origin.y + barBottom), color::border());

    // Two columns. Left: the activity (scrolls) above its agreed actions (pinned). Right: the
    // principle card (scrolls) above the capture strip: quick vote and notes (pinned).
    const float top = barBottom + em(0.9f);
    const float bodyH = std::max(em(6), size.y - top - em(0.8f));
    const float gap = em(1.8f);
    const float leftW = std::max(em(12), (size.x - 2 * pad - gap) * 0.40f);
    const float rightW = std::max(em(12), size.x - 2 * pad - gap - leftW);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));

    if (m_framework) {  // the team's framework across the whole body
        ImGui::SetCursorPos(ImVec2(pad, top));
        ImGui::BeginChild("##p_framework", ImVec2(size.x - 2 * pad, bodyH), ImGuiChildFlags_None);
        m_board.draw(ctx, &w, m_large);
        ImGui::EndChild();
        m_popupOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::End();
        ImGui::PopStyleColor();
        return;
    }

    // A portrait tablet (below about 870 CSS pixels): one column. The activity and its actions
    // on top (scrolling together), the principle card, then the vote tiles and the notes below
    // each other across the whole width (issue #15).
    m_narrow = size.x < emBody(56);
    ImVec2 principlePos, capturePos;  // where the principle card and the capture strip go
    float columnW = 0, captureH = 0, principleH = 0;
    if (m_narrow) {
        columnW = size.x - 2 * pad;
        captureH = activityId.empty() ? 0.0f : std::min(bodyH * 0.45f, captureHeight(true));
        const float activityH = std::max(em(6), (bodyH - captureH) * 0.38f);
        ImGui::SetCursorPos(ImVec2(pad, top));
        ImGui::BeginChild("##p_activity", ImVec2(columnW, activityH), ImGuiChildFlags_None);
        drawActivity(ctx, w, activityId);
        drawActions(ctx, w, activityId);
        ImGui::EndChild();
        const float lineY = origin.y + top + activityH + em(0.4f);
        dl->AddLine(ImVec2(origin.x + pad, lineY), ImVec2(origin.x + size.x - pad, lineY), color::border());
        principlePos = ImVec2(pad, top + activityH + em(0.8f));
        principleH = bodyH - activityH - em(0.8f) - captureH;
        capturePos = ImVec2(pad, top + bodyH - captureH);
    } else {
        const float actionsH = std::min(bodyH * 0.5f, actionsHeight(w, activityId));
        ImGui::SetCursorPos(ImVec2(pad, top));
        ImGui::BeginChild("##p_activity", ImVec2(leftW, bodyH - actionsH), ImGuiChildFlags_None);
        drawActivity(ctx, w, activityId);
        ImGui::EndChild();
        ImGui::SetCursorPos(ImVec2(pad, top + bodyH - actionsH));
        ImGui::BeginChild("##p_actions", ImVec2(leftW, actionsH), ImGuiChildFlags_None);
        drawActions(ctx, w, activityId);
        ImGui::EndChild();
        const float lineX = origin.x + pad + leftW + gap * 0.5f;
        dl->AddLine(ImVec2(lineX, origin.y + top), ImVec2(lineX, origin.y + top + bodyH), color::border());
        columnW = rightW;
        captureH = activityId.empty() ? 0.0f : std::min(bodyH * 0.5f, captureHeight(false));
        principlePos = ImVec2(pad + leftW + gap, top);
        principleH = bodyH - captureH;
        capturePos = ImVec2(pad + leftW + gap, top + bodyH - captureH);
    }
    ImGui::SetCursorPos(principlePos);
    ImGui::BeginChild("##p_principle", ImVec2(columnW, principleH), ImGuiChildFlags_None);
    drawPrinciple(ctx);
    ImGui::EndChild();
    if (!activityId.empty()) {
        ImGui::SetCursorPos(capturePos);
        ImGui::BeginChild("##p_capture", ImVec2(columnW, captureH), ImGuiChildFlags_None,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        drawCapture(ctx, w, activityId);
        ImGui::EndChild();
    }
    ImGui::PopStyleColor();

    ImGui::PopFont();
    m_popupOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    ImGui::End();
    ImGui::PopStyleColor();
}

// ---- [SECTION] top bar ----------------------------------------------------------------------
void WorkshopPresenter::drawTopBar(UiContext& ctx, const Workshop& w) {
    const float winW = ImGui::GetWindowWidth();
    const float pad = em(1.1f);
    const float y0 = ImGui::GetCursorPosY();
    ImGui::PushFont(fonts().presenter);
    const float barH = ImGui::GetFrameHeight();
    ImGui::PopFont();

    // Left: the workshop title and date, vertically centred in the bar.
    const float textY = y0 + (barH - ImGui::GetFontSize()) * 0.5f;
    ImGui::SetCursorPos(ImVec2(pad, textY));
    const float titleRoom = winW - 2 * pad - m_barRightW - em(1.5f);
    const std::string title = std::string(icon::kUsers) + "  " + w.title;
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(ellipsize(title, std::max(em(4), titleRoom)).c_str());
    ImGui::PopStyleColor();

    // Right: the timer and "leave".
    ImGui::SetCursorPos(ImVec2(std::max(pad, winW - pad - m_barRightW), y0));
    ImGui::BeginGroup();
    drawModeSwitch(ctx);
    const float sep = winW < emBody(56) ? em(0.5f) : em(1.2f);  // a narrow window: the bar must fit
    ImGui::SameLine(0, sep);
    ImGui::SetCursorPosY(y0);
    drawTimer(ctx);
    ImGui::SameLine(0, sep);
    ImGui::SetCursorPosY(y0 + (barH - ImGui::GetFrameHeight()) * 0.5f);
    // In a narrow window the icon alone (its name stays for screen readers and the tooltip).
    const std::string leaveLabel = winW < emBody(56) ? std::string(icon::kTimes) + "###leave"
                                                 : std::string(icon::kTimes) + "  " + tr("ws.p_leave") + "###leave";
    if (ImGui::Button(leaveLabel.c_str())) leave(ctx);
    ws::accessibleName(tr("ws.p_leave"));
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("ws.p_leave_tip"));
    ImGui::EndGroup();
    m_barRightW = ImGui::GetItemRectSize().x;
    ImGui::SetCursorPosY(y0 + barH);
    ImGui::Dummy(ImVec2(0, 0));
}

// Two joined buttons: the activities or the team's framework; the shown one is filled.
void WorkshopPresenter::drawModeSwitch(UiContext& ctx) {
    const float y0 = ImGui::GetCursorPosY();
    ImGui::PushFont(fonts().presenter);
    const float barH = ImGui::GetFrameHeight();
    ImGui::PopFont();
    ImGui::SetCursorPosY(y0 + (barH - ImGui::GetFrameHeight()) * 0.5f);
    const int n = int(ctx.model->framework().size());
    const std::string fwLabel = n > 0 ? trf("fw.title_count", num(n)) : std::string(tr("fw.mode_framework"));
    const char* labels[] = {tr("fw.mode_activities"), fwLabel.c_str()};
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    for (int i = 0; i < 2; ++i) {
        const bool on = m_framework == (i == 1);
        ImGui::PushID(i);
        if (on) {
            ImGui::PushStyleColor(ImGuiCol_Button, color::accent());
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, color::accent());
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
        }
        if (ImGui::Button(labels[i])) m_framework = i == 1;
        ws::accessibleName(tr(i == 1 ? "fw.show_framework" : "fw.show_activities"));
        if (on) ImGui::PopStyleColor(3);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("fw.mode_tip"));
        ImGui::PopID();
        if (i == 0) ImGui::SameLine();
    }
    ImGui::PopStyleVar();
}

void WorkshopPresenter::drawTimer(UiContext& ctx) {
    const double now = ctx.platform ? ctx.platform->now() : 0.0;
    // Keep the countdown moving without continuous rendering: one wake-up per shown second.
    // At most one wake-up is pending: every frame renders several times per request, and each
    // of those frames asking for its own wake-up would multiply them.
    if (m_timer.running()) {
        if (m_timer.phase(now) == ws::Timer::Phase::Done) {
            m_timer.pause(now);
        } else if (ctx.platform && now >= m_nextWake) {
            const double dt = m_timer.untilNextTick(now);
            ctx.platform->wakeAfter(dt);
            m_nextWake = now + dt - 0.005;
        }
    }
    const ws::Timer::Phase phase = m_timer.phase(now);
    const float y0 = ImGui::GetCursorPosY();
    ImGui::PushFont(fonts().presenter);
    const float barH = ImGui::GetFrameHeight();
    ImGui::PopFont();
    const float midY = [&] { return y0 + (barH - ImGui::GetFrameHeight()) * 0.5f; }();

    // Minutes stepper (while the timer is not running).
    ImGui::PushFont(fonts().body);
    const float small = ImGui::GetFrameHeight();
    ImGui::SetCursorPosY(y0 + (barH - small) * 0.5f);
    ImGui::BeginDisabled(m_timer.running());
    if (iconButton(kMinusIcon, "timer_less", tr("ws.timer_less"), small)) m_timer.setMinutes(m_timer.minutes() - 1);
    ImGui::SameLine(0, em(0.2f));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(trf("ws.timer_minutes", num(m_timer.minutes())).c_str());
    ImGui::SameLine(0, em(0.2f));
    if (iconButton(icon::kPlus, "timer_more", tr("ws.timer_more"), small)) m_timer.setMinutes(m_timer.minutes() + 1);
    ImGui::EndDisabled();
    ImGui::PopFont();
    ImGui::SameLine(0, em(0.6f));

    // The time itself: large; amber in the last minute, red at 0 (with the word for the name).
    ImGui::SetCursorPosY(y0);
    ImGui::PushFont(fonts().presenter);
    ImU32 bg = IM_COL32(0, 0, 0, 0);
    ImU32 fg = ImGui::GetColorU32(ImGuiCol_Text);
    const char* stateKey = "ws.timer_state_idle";
    switch (phase) {
    case ws::Timer::Phase::LastMinute:
        bg = ws::voteColor(ws::VoteColor::Amber), fg = IM_COL32_WHITE, stateKey = "ws.timer_state_last";
        break;
    case ws::Timer::Phase::Done:
        bg = ws::voteColor(ws::VoteColor::Red), fg = IM_COL32_WHITE, stateKey = "ws.timer_state_done";
        break;
    case ws::Timer::Phase::Running: stateKey = "ws.timer_state_running"; break;
    case ws::Timer::Phase::Paused: stateKey = "ws.timer_state_paused"; break;
    default: break;
    }
    const std::string shown = ws::Timer::format(m_timer.shownSeconds(now));
    ImGui::PushStyleColor(ImGuiCol_Button, bg);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, bg == IM_COL32(0, 0, 0, 0) ? ImGui::GetColorU32(ImGuiCol_ButtonHovered) : bg);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, bg == IM_COL32(0, 0, 0, 0) ? ImGui::GetColorU32(ImGuiCol_ButtonActive) : bg);
    ImGui::PushStyleColor(ImGuiCol_Border, bg);
    ImGui::PushStyleColor(ImGuiCol_Text, fg);
    const std::string timeLabel = std::string(icon::kClock) + " " + shown + "###timer";
    const bool toggle = ImGui::Button(timeLabel.c_str());
    ImGui::PopStyleColor(5);
    ImGui::PopFont();
    const std::string name = trf("ws.timer_name", shown, tr(stateKey));
    ws::accessibleName(name.c_str());
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", name.c_str());
    if (toggle) m_timer.running() ? m_timer.pause(now) : m_timer.start(now);

    // Start/pause and reset.
    ImGui::SameLine(0, em(0.3f));
    ImGui::SetCursorPosY(midY);
    const float btn = ImGui::GetFrameHeight();
    if (m_timer.running()) {
        if (iconButton(icon::kPause, "timer_pause", tr("ws.timer_pause"), btn)) m_timer.pause(now);
    } else if (iconButton(icon::kPlay, "timer_start", tr("ws.timer_start"), btn)) {
        m_timer.start(now);
    }
    ImGui::SameLine(0, em(0.1f));
    ImGui::SetCursorPosY(midY);
    if (iconButton(icon::kUndo, "timer_reset", tr("ws.timer_reset"), btn)) m_timer.reset();
}

}  // namespace air::ui
