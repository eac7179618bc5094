// Touch gestures for Dear ImGui (touch_scroll.hpp).
#include "ui/touch_scroll.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "imgui_internal.h"

namespace air::ui {

namespace {

// The window under `p` that can scroll (itself or the nearest parent with room to scroll).
ImGuiWindow* scrollableAt(ImVec2 p) {
    ImGuiContext& g = *GImGui;
    ImGuiWindow* hit = nullptr;
    for (int i = g.Windows.Size - 1; i >= 0 && !hit; --i) {  // front to back
        ImGuiWindow* w = g.Windows[i];
        if (!w->WasActive || w->Hidden || (w->Flags & ImGuiWindowFlags_NoMouseInputs)) continue;
        if (w->OuterRectClipped.Contains(p)) hit = w;
    }
    // The deepest child under p: children come after their parents in g.Windows, so walk down.
    for (ImGuiWindow* w = hit; w;) {
        ImGuiWindow* deeper = nullptr;
        for (ImGuiWindow* c : w->DC.ChildWindows)
            if (c->WasActive && !c->Hidden && c->OuterRectClipped.Contains(p)) deeper = c;
        if (!deeper) break;
        hit = w = deeper;
    }
    for (ImGuiWindow* w = hit; w; w = w->ParentWindow)
        if (w->ScrollMax.y > 0.0f || w->ScrollMax.x > 0.0f) return w;
    return nullptr;
}

float len(ImVec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }

}  // namespace

void TouchScroll::down(ImVec2 p, double t) {
    m_state = State::Pressed;
    m_start = m_last = p;
    m_t0 = m_tLast = t;
    m_velocity = ImVec2(0, 0);
    m_target = 0;
    ImGui::GetIO().AddMousePosEvent(p.x, p.y);  // hover only: no press until it is a tap
}

void TouchScroll::move(ImVec2 p, double t) {
    if (m_state == State::Pressed && len(ImVec2(p.x - m_start.x, p.y - m_start.y)) > kSlop) {
        m_state = State::Dragging;
        ImGuiWindow* w = scrollableAt(m_start);
        m_target = w ? w->ID : 0;
        m_last = m_start;
    }
    if (m_state == State::Dragging) {
        const ImVec2 d(p.x - m_last.x, p.y - m_last.y);
        scrollBy(d);
        const double dt = std::max(1e-3, t - m_tLast);
        const float a = 0.6f;  // smoothing: the last moves count most
        m_velocity = ImVec2(a * float(d.x / dt) + (1 - a) * m_velocity.x, a * float(d.y / dt) + (1 - a) * m_velocity.y);
    }
    if (m_state != State::Idle && m_state != State::LongPressed) {
        m_last = p;
        m_tLast = t;
    }
}

void TouchScroll::up(ImVec2 p, double t) {
    switch (m_state) {
    case State::Pressed:
        ImGui::GetIO().AddMousePosEvent(p.x, p.y);
        click(0);
        m_state = State::Idle;
        break;
    case State::Dragging: {
        const float dx = p.x - m_start.x, dy = p.y - m_start.y;
        if (std::fabs(dx) >= kSwipe && std::fabs(dx) > 2.0f * std::fabs(dy) && t - m_t0 <= kSwipeTime)
            m_swipe = dx < 0 ? -1 : 1;
        // A finger that stopped before lifting does not coast.
        m_state = t - m_tLast < 0.1 && len(m_velocity) > 60.0f ? State::Coasting : State::Idle;
        m_tLast = t;
        break;
    }
    default: m_state = State::Idle; break;
    }
}

bool TouchScroll::frame(double t) {
    if (m_state == State::Pressed && t - m_t0 >= kLongPress) {
        click(1);  // the context menu, while the finger is still down
        m_state = State::LongPressed;
        return true;
    }
    if (m_state == State::Pressed) return true;  // waiting to see a long press
    if (m_state != State::Coasting) return false;
    const double dt = std::min(0.1, std::max(0.0, t - m_tLast));
    m_tLast = t;
    scrollBy(ImVec2(float(m_velocity.x * dt), float(m_velocity.y * dt)));
    const float decay = float(std::exp(-dt * 3.5));  // about a second of coasting
    m_velocity = ImVec2(m_velocity.x * decay, m_velocity.y * decay);
    if (len(m_velocity) < 30.0f) m_state = State::Idle;
    return m_state == State::Coasting;
}

void TouchScroll::scrollBy(ImVec2 d) {
    ImGuiWindow* w = m_target ? ImGui::FindWindowByID(m_target) : nullptr;
    if (!w) return;
    // The content follows the finger: moving up scrolls down.
    // Several moves can arrive before the next frame applies the first: start from the target.
    const float y = w->ScrollTarget.y < FLT_MAX ? w->ScrollTarget.y : w->Scroll.y;
    const float x = w->ScrollTarget.x < FLT_MAX ? w->ScrollTarget.x : w->Scroll.x;
    if (w->ScrollMax.y > 0.0f) ImGui::SetScrollY(w, std::clamp(y - d.y, 0.0f, w->ScrollMax.y));
    if (w->ScrollMax.x > 0.0f) ImGui::SetScrollX(w, std::clamp(x - d.x, 0.0f, w->ScrollMax.x));
}

void TouchScroll::click(int button) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMouseButtonEvent(button, true);
    io.AddMouseButtonEvent(button, false);
}

}  // namespace air::ui
