// Internals of AppModel (app_model.hpp), shared by its three files (internal to air_app):
//   app_model.cpp          open and the reads, the commands, undo/redo, preferences and wiring
//   app_model_steps.cpp    an undo step: its size and label; running it in one transaction
//                          with its history entries; bringing the in-memory copy up to date
//   app_model_import.cpp   importing a register file (Replace / Merge) as one step
// and writeRegisterName, which register_library.cpp implements and AppModel::openNew shares.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/app_model.hpp"
#include "store/db.hpp"
#include "store/repository.hpp"

namespace air::app {

// Sets the register's display name in `db` in one transaction; a new register (`isNew`) also
// starts under the newest rule set (register_library.cpp).
Status writeRegisterName(store::Db& db, const std::string& name, bool isNew);

// ---- an undo step: snapshots (before/after) of what it touches -------------------------------
struct ActState {
    Activity a;
    std::int64_t pos = 0;
};
struct WsState {
    Workshop w;
    std::int64_t pos = 0;
};

// One activity before and after a step; nullopt = absent. `history` holds the activity's
// history rows taken when a step removed it, to put back when a later undo/redo re-creates it.
struct ActChange {
    std::string id;
    std::optional<ActState> before, after;
    std::vector<store::HistoryRow> history;
};
struct WsChange {
    std::string id;
    std::optional<WsState> before, after;
};
// A tombstone before and after a step; nullopt = none for that id.
struct TombChange {
    std::string id;
    std::optional<Tombstone> before, after;
};
struct MetaChange {
    std::string_view key;  // one of store::kMeta*
    std::string before, after;
};

enum class StepKind {
    Add, Edit, Delete, Duplicate, Organisation, Controller, RulesSeen, RegisterName, AddWorkshop, EditWorkshop,
    DeleteWorkshop, Import, Framework
};
// The framework before and after a step (replaced whole: it is small).
struct FrameworkChange {
    std::vector<FrameworkItem> before, after;
};

struct Step {
    StepKind kind = StepKind::Edit;
    std::string subject;  // the activity's name, the workshop's title, ...
    std::vector<ActChange> acts;
    std::vector<WsChange> workshops;
    std::vector<MetaChange> meta;
    std::size_t bytes = 0;  // estimate, for the undo budget
    std::vector<TombChange> tombs;
    std::optional<FrameworkChange> framework;
};

// The step's size estimate (for the undo budget) and what undo/redo would do, for menus and
// tooltips: "edit Lead scoring" / "Lead scoring bewerken".
std::size_t bytesOf(const Step& s);
std::string stepLabel(const Step& s, Lang lang);

// The controller text a meta key names (store::kMetaControllerKeys order); nullptr otherwise.
std::string* controllerField(Controller& c, std::string_view key);
// Meta changes that turn controller `before` into `after`: presence first, then every text,
// so that applying them in order (either way) leaves exactly the target.
void controllerChanges(Step& step, const std::optional<Controller>& before, const std::optional<Controller>& after);

inline Error notOpen() { return Error{"register", ErrorCode::NotOpen}; }

// ---- the state -----------------------------------------------------------------------------
struct AppModel::Impl {
    store::Db db;
    std::string path;

    // In-memory copy, activities in register order (ascending pos), three parallel vectors.
    std::vector<Activity> acts;
    std::vector<std::int64_t> actPos;
    std::vector<rules::Assessment> assess;
    // Parallel too: a number given to an activity each time it is (re)assessed, never reused
    // (AppModel::activityStamps).
    std::vector<std::uint64_t> stamps;
    std::uint64_t lastStamp = 0;
    std::unordered_map<std::string, std::size_t> actIndex;
    std::vector<Workshop> ws;
    std::vector<std::int64_t> wsPos;
    std::string organisation, registerName, extra;
    std::optional<Controller> controller;  // the top-level "controller" (meta rows in the store)
    std::vector<FrameworkItem> framework;  // the team's principles and red lines
    std::string rulesVersion;              // Register::rules_version
    std::map<std::string, Tombstone, std::less<>> tombs;  // deleted activities, by id
    std::map<std::string, std::string, std::less<>> prefs;
    std::uint64_t revision = 0;
    mutable std::optional<std::pair<std::uint64_t, int>> blockers;  // {revision, count}

    std::deque<Step> undo, redo;
    std::size_t stackBytes = 0;  // undo + redo
    std::size_t maxSteps = 100;
    std::size_t maxBytes = std::size_t(32) << 20;

    std::function<void()> hook;
    std::optional<std::string> userName;  // setUserName(); unset: the register's "user_name" preference
    std::function<std::string()> clock = nowRfc3339;
    std::function<std::string()> ids = newUuid;
    Lang lang = Lang::En;

    std::optional<std::size_t> actAt(std::string_view id) const {
        auto it = actIndex.find(std::string(id));
        if (it == actIndex.end()) return std::nullopt;
        return it->second;
    }
    const Tombstone* tombOf(std::string_view id) const {
        auto it = tombs.find(id);
        return it == tombs.end() ? nullptr : &it->second;
    }
    std::optional<std::size_t> wsAt(std::string_view id) const {
        for (std::size_t i = 0; i < ws.size(); ++i)
            if (ws[i].id == id) return i;
        return std::nullopt;
    }
    std::int64_t nextActPos() const { return actPos.empty() ? 1 : actPos.back() + 1; }
    std::int64_t nextWsPos() const {
        std::int64_t p = 0;
        for (std::int64_t x : wsPos) p = std::max(p, x);
        return p + 1;
    }
    std::string prefOr(std::string_view key, std::string_view fallback) const {
        auto it = prefs.find(key);
        return it == prefs.end() ? std::string(fallback) : it->second;
    }
    void committed() {
        if (hook) hook();
    }
    void rebuildIndex() {
        actIndex.clear();
        actIndex.reserve(acts.size());
        for (std::size_t i = 0; i < acts.size(); ++i) actIndex.emplace(acts[i].id, i);
    }

    void refresh(const Step& step, bool forward);      // activities
    void refreshRest(const Step& step, bool forward);  // workshops and meta
    Status execute(Step& step, bool forward, bool isCommand, const std::string& now);
    Status runCommand(Step step, const std::string& now);
    void pushUndo(Step step);
    void trim();
};

}  // namespace air::app
