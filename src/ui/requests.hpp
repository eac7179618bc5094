// Requests one view makes of another (the findings page opens the editor on a field, the
// dashboard filters the register table, the settings page switches registers, ...): a small
// typed queue in UiContext instead of fields that views write for each other. The view that
// acts on a request takes it (once); the shell drops what is left when another register opens.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/model.hpp"

namespace air::ui::req {

// The editor of the selected activity jumps to this register-file field once ("name",
// "screening.annex_iii", "processors[0].dpa_signed", ...). Taken by the editor.
struct FocusField {
    std::string field;
};
// The screening wizard opens for the selected activity. Taken by the wizard (register page).
struct OpenWizard {};
// The register table shows only these activities (a dashboard bar was clicked): its filter is
// replaced once. Taken by the register page.
struct ShowOnly {
    std::optional<Tier> tier;
    std::optional<ReviewStatus> review;
    bool blockers = false;
};
// Another register of the library is opened after this frame. Taken by the shell.
struct SwitchRegister {
    std::string file;
};

// The settings page scrolls to the controller section and puts the cursor in its first empty
// field (a GDPR-30 finding's "Open Settings"). Taken by the settings page.
struct ShowControllerSettings {};
// The workshops page shows its "Our framework" tab with this item chosen. Taken by that page.
struct ShowFrameworkItem {
    std::string id;
};

using Request = std::variant<FocusField, OpenWizard, ShowOnly, SwitchRegister, ShowFrameworkItem, ShowControllerSettings>;

class Queue {
public:
    // Adds a request; one of the same kind still waiting is replaced (the newer one wins).
    // (Per kind, so no variant is moved: GCC 12 warns falsely about a variant's move with
    // -fno-exceptions.)
    template <class T>
    void push(T r) {
        for (Request& q : m_queue)
            if (T* t = std::get_if<T>(&q)) {
                *t = std::move(r);
                return;
            }
        m_queue.emplace_back(std::in_place_type<T>, std::move(r));
    }
    // The waiting request of kind T, removed from the queue; nullopt when none.
    template <class T>
    std::optional<T> take() {
        for (auto it = m_queue.begin(); it != m_queue.end(); ++it)
            if (T* t = std::get_if<T>(&*it)) {
                T out = std::move(*t);
                m_queue.erase(it);
                return out;
            }
        return std::nullopt;
    }
    // The waiting request of kind T, left in the queue; nullptr when none.
    template <class T>
    const T* peek() const {
        for (const Request& q : m_queue)
            if (const T* t = std::get_if<T>(&q)) return t;
        return nullptr;
    }
    template <class T>
    bool has() const {
        return peek<T>() != nullptr;
    }
    template <class T>
    void drop() {
        (void)take<T>();
    }
    bool empty() const { return m_queue.empty(); }
    void clear() { m_queue.clear(); }

private:
    std::vector<Request> m_queue;
};

}  // namespace air::ui::req
