// The application model: the one place the UI reads the open register from and changes it.
// Every change is a command: one SQLite transaction, one undo step, one history entry per
// changed field, then one call of the commit hook (the workspace's, app/workspace.hpp: it asks
// the platform to save the folder to IndexedDB).
// Reads come from an in-memory copy that is refreshed after each command (revision() bumps).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/result.hpp"
#include "rules/rules.hpp"

namespace air::app {

struct HistoryEntry {
    std::int64_t id = 0;
    std::string activity_id;
    std::string at;     // RFC 3339 UTC
    std::string user;   // setUserName() (the workspace's "user_name"); "" when not set
    std::string field;  // register-file field key ("name", "screening.profiling", "processors", ...)
    std::string old_value;  // display text (lists joined with " | ", JSON for objects)
    std::string new_value;
};

// How an import treats activities whose id already exists.
enum class ImportMode { Replace /* the whole register becomes the file */, Merge /* upsert by id */ };

class AppModel {
public:
    AppModel();
    ~AppModel();
    AppModel(const AppModel&) = delete;
    AppModel& operator=(const AppModel&) = delete;

    // Opens (creating and migrating when needed) the register database at `path`;
    // ":memory:" for tests. Closes the register that was open.
    Status open(const std::string& path);
    // Creates the register database at `path` (a new file), names it `name`, puts it under the
    // newest rule set (there is no earlier verdict to compare) and opens it: one connection where
    // RegisterLibrary::create and then open() take two (the page's first start, issue #13).
    Status openNew(const std::string& path, const std::string& name);
    bool isOpen() const;
    const std::string& path() const;

    // ---- reads (in-memory, cheap) ------------------------------------------------
    // References and pointers returned here stay valid until the next command, undo, redo or open.
    std::uint64_t revision() const;  // bumps on every successful command, undo or redo
    const std::vector<Activity>& activities() const;   // in creation order
    const Activity* find(std::string_view id) const;   // nullptr when absent
    const rules::Assessment* assessment(std::string_view id) const;  // cached, same order
    const std::vector<rules::Assessment>& assessments() const;  // parallel to activities()
    // Parallel to activities(): a number that changes whenever the activity does and is never
    // given twice, so a view can keep what it derived from an activity until its stamp changes.
    const std::vector<std::uint64_t>& activityStamps() const;
    // Blocker findings over all activities (counted once per revision: cheap every frame).
    int openBlockers() const;
    const std::vector<Workshop>& workshops() const;
    const std::string& organisation() const;
    const std::string& registerName() const;  // display name of this register
    const std::string& extra() const;  // the register file's unknown top-level keys (JSON object text)
    std::vector<HistoryEntry> history(std::string_view activityId, int limit = 200) const;
    Register toRegister() const;  // the whole register, for export

    // ---- commands (each one transaction, one undo step) ---------------------------
    // Adds an activity; an empty id gets a fresh UUID v4; created_at/updated_at are set.
    Result<std::string> addActivity(Activity a);
    // Replaces the activity with the same id; writes one history entry per changed field;
    // sets updated_at. No-op (no undo step) when nothing changed.
    Status updateActivity(const Activity& after);
    // Deletes the activity and leaves a tombstone {id, deleted_at = now} (toRegister()'s
    // `deleted`) in the same transaction; undo removes the tombstone, redo puts it back.
    Status deleteActivity(std::string_view id);
    Result<std::string> duplicateActivity(std::string_view id);  // copy named "<name> (copy)"
    Status setOrganisation(const std::string& organisation);
    // The organisation as controller, with its DPO (Art. 30(1)(a)); nullopt = not recorded.
    const std::optional<Controller>& controller() const;
    Status setController(const std::optional<Controller>& controller);
    // The rule set whose changes the team has seen for this register ("" = before 2026.12,
    // counts as "2026.11"); set when the user marks "what changed" as seen.
    const std::string& rulesVersion() const;
    Status setRulesVersion(const std::string& version);
    Status setRegisterName(const std::string& name);
    Status upsertWorkshop(const Workshop& w);  // empty id gets a fresh UUID
    Status deleteWorkshop(std::string_view id);
    // The team's own framework: principles and red lines (core/framework.hpp), in file order.
    const std::vector<FrameworkItem>& framework() const;
    // Adds (empty id: a fresh UUID, appended) or replaces the item with the same id.
    Result<std::string> upsertFrameworkItem(const FrameworkItem& item);
    Status deleteFrameworkItem(std::string_view id);
    // Imports a whole register file in one transaction (all or nothing), one undo step.
    // Tombstones: Replace takes the file's; Merge applies them by the merge rule (io/merge.hpp,
    // docs/FILE_FORMAT.md). Writing an activity whose id has a tombstone removes the tombstone.
    Status importRegister(const Register& r, ImportMode mode);

    bool canUndo() const;
    bool canRedo() const;
    std::string undoLabel() const;  // e.g. "edit Lead scoring"; "" when nothing to undo
    std::string redoLabel() const;
    // Undo and redo count as the newest change: the activities they write get updated_at = now
    // (and a tombstone they put back deleted_at = now), so a later merge never re-applies what
    // was undone.
    Status undo();
    Status redo();

    // ---- preferences of this register (stored in its database; not undoable) -------
    // The user's personal settings (name, theme, reminder) live in the workspace instead;
    // registers of earlier versions hold copies, which the workspace reads once.
    std::string pref(std::string_view key, std::string_view fallback = "") const;
    Status setPref(std::string_view key, std::string_view value);

    // ---- wiring ----------------------------------------------------------------------
    void setCommitHook(std::function<void()> hook);       // after every committed write
    // Who the history names: the user's name from the workspace's settings (app/workspace.hpp).
    // Until it is set, the register's own "user_name" preference (registers of earlier versions).
    void setUserName(std::string name);
    // Where history and updated_at stamps come from; default nowRfc3339() (the process clock,
    // core/clock.hpp). Tests pin or step the time.
    void setClock(std::function<std::string()> nowRfc3339);
    void setIdGenerator(std::function<std::string()> gen);   // tests pin ids
    // Language of undoLabel()/redoLabel() and of the " (copy)"/" (kopie)" suffix; default En.
    void setLanguage(Lang lang);
    // Undo keeps at most `maxSteps` steps and about `maxBytes` of snapshots (the oldest steps
    // go first; the newest step is always kept). Defaults: 100 steps, 32 MiB.
    void setUndoLimits(std::size_t maxSteps, std::size_t maxBytes);

private:
    Status openWith(const std::string& path, const std::string* newName);
    struct Impl;
    std::unique_ptr<Impl> m;
};

// Several registers (one SQLite file each) in one folder: the IndexedDB-backed folder in the
// browser, any folder natively. The last one opened is remembered in `<folder>/last`.
struct RegisterEntry {
    std::string file;  // file name inside the folder, e.g. "reg-<uuid>.sqlite"
    std::string name;  // display name stored inside the database
};
class RegisterLibrary {
public:
    explicit RegisterLibrary(std::string folder);
    std::vector<RegisterEntry> list() const;
    Result<std::string> create(const std::string& name);  // returns the new file name
    // A free file name for a new register ("reg-<uuid>.sqlite"), the folder made; no file yet.
    Result<std::string> newFileName() const;
    Status rename(const std::string& file, const std::string& name);
    Status remove(const std::string& file);
    // Moves a register and its companion files (`<file>.linked-base.json`) into the hidden
    // folder `.trash` (emptied first: it keeps one register); restore() moves them back.
    // The page store keeps only the folder's own files, so a trashed register is gone from
    // IndexedDB at the next save, and back after a restore.
    Status trash(const std::string& file);
    Status restore(const std::string& file);
    void emptyTrash();
    std::string lastOpened() const;  // "" when none
    void setLastOpened(const std::string& file);
    std::string pathOf(const std::string& file) const;

private:
    std::string m_folder;
};

// Fresh UUID v4 text.
std::string newUuid();
// Current time as RFC 3339 UTC ("2026-11-25T09:00:00Z"), from air::currentClock() (core/clock.hpp).
std::string nowRfc3339();

}  // namespace air::app
