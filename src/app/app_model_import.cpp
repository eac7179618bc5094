// AppModel::importRegister (app_model.hpp): a register file taken in as one undo step, by
// Replace or Merge (see the function's contract below).
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "app/app_model_impl.hpp"
#include "io/merge.hpp"

namespace air::app {

namespace {

// Ids must be present and unique within the file; the error names the JSON path.
template <class T>
Status checkIds(const std::vector<T>& items, const char* array) {
    std::unordered_map<std::string_view, std::size_t> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string where = std::string(array) + "[" + std::to_string(i) + "].id";
        if (items[i].id.empty()) return Error{where, ErrorCode::IdMissing};
        auto [it, fresh] = seen.emplace(items[i].id, i);
        if (!fresh)
            return Error{where, ErrorCode::DuplicateIdAlso,
                         {items[i].id, std::string(array) + "[" + std::to_string(it->second) + "]"}};
    }
    return okStatus();
}

}  // namespace

Status AppModel::importRegister(const Register& r, ImportMode mode) {
    // Replace: the register becomes the file (its order, organisation, extra keys and
    // tombstones; what is not in the file is deleted without a tombstone). Merge: activities
    // and workshops are upserted by id (new ones appended), organisation and extra only filled
    // in when empty here, and tombstones applied (io/merge.hpp's rule): a file's tombstone
    // deletes this register's activity when not earlier than its updated_at, and a file's
    // activity is skipped when this register deleted it at or after the file's updated_at
    // (a deliberate restore sends it with a newer updated_at). One transaction, one undo
    // step; unchanged activities are not touched (no history entries).
    if (!isOpen()) return notOpen();
    Status s = checkIds(r.activities, "activities");
    if (s) s = checkIds(r.workshops, "workshops");
    if (s) s = checkIds(r.deleted, "deleted");
    if (!s) return s;

    Impl& x = *m;
    Step step{StepKind::Import, mode == ImportMode::Replace ? "replace" : "merge", {}, {}, {}, 0, {}, {}};
    const bool replace = mode == ImportMode::Replace;

    // Tombstones of the file, without those of ids the file lists as activities.
    std::unordered_set<std::string_view> fileIds;
    for (const Activity& a : r.activities) fileIds.insert(a.id);
    std::vector<Tombstone> fileTombs;
    for (const Tombstone& t : r.deleted)
        if (!fileIds.count(t.id)) fileTombs.push_back(t);

    std::int64_t next = x.nextActPos();
    std::unordered_set<std::string_view> inFile;
    if (!replace)
        for (const Tombstone& t : fileTombs) {
            const Tombstone* mine = x.tombOf(t.id);
            if (std::optional<std::size_t> at = x.actAt(t.id)) {
                if (io::compareTimestamps(t.deleted_at, x.acts[*at].updated_at) < 0) continue;  // changed later
                step.acts.push_back({t.id, ActState{x.acts[*at], x.actPos[*at]}, std::nullopt, {}});
            } else if (mine && io::compareTimestamps(mine->deleted_at, t.deleted_at) >= 0) {
                continue;  // ours is as late or later
            }
            step.tombs.push_back({t.id, mine ? std::optional<Tombstone>(*mine) : std::nullopt, t});
        }
    for (std::size_t i = 0; i < r.activities.size(); ++i) {
        const Activity& a = r.activities[i];
        inFile.insert(a.id);
        const Tombstone* gone = x.tombOf(a.id);
        if (!replace && gone && io::compareTimestamps(gone->deleted_at, a.updated_at) >= 0) continue;
        std::optional<std::size_t> at = x.actAt(a.id);
        std::int64_t pos = replace ? std::int64_t(i + 1) : (at ? x.actPos[*at] : next++);
        if (at && x.acts[*at] == a && x.actPos[*at] == pos) continue;
        std::optional<ActState> before;
        if (at) before = ActState{x.acts[*at], x.actPos[*at]};
        step.acts.push_back({a.id, std::move(before), ActState{a, pos}, {}});
    }
    if (replace) {
        for (std::size_t i = 0; i < x.acts.size(); ++i)
            if (!inFile.count(x.acts[i].id))
                step.acts.push_back({x.acts[i].id, ActState{x.acts[i], x.actPos[i]}, std::nullopt, {}});
        // The tombstones become the file's (ids the file lists as activities lose theirs in
        // runCommand).
        std::unordered_set<std::string_view> tombInFile;
        for (const Tombstone& t : fileTombs) {
            tombInFile.insert(t.id);
            const Tombstone* mine = x.tombOf(t.id);
            if (mine && *mine == t) continue;
            step.tombs.push_back({t.id, mine ? std::optional<Tombstone>(*mine) : std::nullopt, t});
        }
        for (const auto& [id, t] : x.tombs)
            if (!tombInFile.count(id) && !fileIds.count(id)) step.tombs.push_back({id, t, std::nullopt});
    }

    std::int64_t nextWs = x.nextWsPos();
    std::unordered_set<std::string_view> wsInFile;
    for (std::size_t i = 0; i < r.workshops.size(); ++i) {
        const Workshop& w = r.workshops[i];
        wsInFile.insert(w.id);
        std::optional<std::size_t> at = x.wsAt(w.id);
        std::int64_t pos = replace ? std::int64_t(i + 1) : (at ? x.wsPos[*at] : nextWs++);
        if (at && x.ws[*at] == w && x.wsPos[*at] == pos) continue;
        std::optional<WsState> before;
        if (at) before = WsState{x.ws[*at], x.wsPos[*at]};
        step.workshops.push_back({w.id, std::move(before), WsState{w, pos}});
    }
    if (replace)
        for (std::size_t i = 0; i < x.ws.size(); ++i)
            if (!wsInFile.count(x.ws[i].id))
                step.workshops.push_back({x.ws[i].id, WsState{x.ws[i], x.wsPos[i]}, std::nullopt});

    auto meta = [&](std::string_view key, const std::string& cur, const std::string& file) {
        const bool take = replace ? file != cur : (cur.empty() && !file.empty());
        if (take) step.meta.push_back({key, cur, file});
    };
    meta(store::kMetaOrganisation, x.organisation, r.organisation);
    meta(store::kMetaExtra, x.extra, r.extra);
    // Replace takes the file's; after a merge the register counts as seen under a rule set
    // only when both were (the file's activities were not reviewed here). A register with no
    // activities has seen nothing: merging into it takes the file's rule set too.
    const std::string seen =
        replace || x.acts.empty() ? r.rules_version : std::min(x.rulesVersion, r.rules_version);
    if (seen != x.rulesVersion) step.meta.push_back({store::kMetaRulesVersion, x.rulesVersion, seen});
    if (replace ? r.controller != x.controller : (!x.controller && r.controller))
        controllerChanges(step, x.controller, r.controller);

    // The framework: Replace takes the file's; Merge takes the file's copy of an item with the
    // same id (like workshops) and appends the file's new items.
    std::vector<FrameworkItem> fw = replace ? r.framework : x.framework;
    if (!replace)
        for (const FrameworkItem& f : r.framework) {
            auto it = std::find_if(fw.begin(), fw.end(), [&](const FrameworkItem& g) { return g.id == f.id; });
            if (it != fw.end()) *it = f;
            else fw.push_back(f);
        }
    if (fw != x.framework) step.framework = FrameworkChange{x.framework, std::move(fw)};

    if (step.acts.empty() && step.workshops.empty() && step.meta.empty() && step.tombs.empty() && !step.framework)
        return okStatus();
    return x.runCommand(std::move(step), x.clock());
}

}  // namespace air::app
