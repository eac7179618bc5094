// The flush queue: after every committed change the data folder is written to IndexedDB,
// never two writes at once; changes that arrive during a write cause exactly one more write.
// Pure logic (no emscripten) so that it is tested natively.
#pragma once

#include <string>

namespace air::platform {

class FlushQueue {
public:
    enum class State { Saved, Saving, Failed };

    // A change was committed. Returns true when the caller must start a flush now; false when
    // one is running (the change is then written by the follow-up flush).
    bool request() {
        if (m_running) {
            m_pending = true;
            return false;
        }
        m_running = true;
        m_pending = false;
        ++m_started;
        return true;
    }

    // The running flush ended. Returns true when the caller must start another one now
    // (changes came in while it ran). A failure is remembered until a later flush succeeds.
    bool finished(bool ok, std::string error = {}) {
        m_running = false;
        m_ok = ok;
        m_error = ok ? std::string() : std::move(error);
        if (m_pending) {
            m_pending = false;
            m_running = true;
            ++m_started;
            return true;
        }
        return false;
    }

    State state() const {
        if (m_running || m_pending) return State::Saving;
        return m_ok ? State::Saved : State::Failed;
    }
    bool running() const { return m_running; }
    bool pending() const { return m_pending; }
    const std::string& error() const { return m_error; }
    int started() const { return m_started; }  // flushes started so far (tests)

private:
    bool m_running = false;
    bool m_pending = false;
    bool m_ok = true;
    std::string m_error;
    int m_started = 0;
};

}  // namespace air::platform
