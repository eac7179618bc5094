// Touch for a Dear ImGui page (issue #15): Dear ImGui has no touch scrolling, so touches are
// turned into gestures here before ImGui sees them.
//  - drag: scrolls the scrollable window under the finger (table, editor, findings, presenter),
//    and keeps coasting with momentum after the finger lifts; nothing is clicked or edited;
//  - tap: a left click where the finger was;
//  - long press (0.5 s without moving): a right click, for the context menus;
//  - swipe: a quick, mostly horizontal drag (presenter mode turns the page with it).
// The button is only pressed once the gesture is known to be a tap, so a scroll that starts on
// a checkbox or a field never changes it. Platform-neutral: the page feeds touches, the shell
// calls frame() every frame; the native tests drive it directly.
#pragma once

#include "imgui.h"

namespace air::ui {

class TouchScroll {
public:
    static constexpr float kSlop = 10.0f;       // movement (px) that turns a press into a drag
    static constexpr double kLongPress = 0.5;   // seconds without moving: a right click
    static constexpr float kSwipe = 80.0f;      // horizontal travel (px) of a swipe...
    static constexpr double kSwipeTime = 1.5;   // ...within this many seconds (a slow drag is no swipe)

    void down(ImVec2 p, double t);
    void move(ImVec2 p, double t);
    void up(ImVec2 p, double t);
    // Applies momentum and a pending long press; true while it needs more frames.
    bool frame(double t);
    bool active() const { return m_state != State::Idle; }
    // The swipe that ended since the last call: -1 to the left (next), +1 to the right (back), 0 none.
    int takeSwipe() { const int s = m_swipe; m_swipe = 0; return s; }

private:
    enum class State { Idle, Pressed, Dragging, Coasting, LongPressed };
    void scrollBy(ImVec2 d);
    void click(int button);

    State m_state = State::Idle;
    ImVec2 m_start{}, m_last{};
    double m_t0 = 0, m_tLast = 0;
    ImVec2 m_velocity{};  // px per second, smoothed
    unsigned m_target = 0;  // ImGuiID of the window being scrolled
    int m_swipe = 0;
};

}  // namespace air::ui
