// The workspace: the data folder and everything in it. It owns the register library, the open
// register (AppModel) and the user's own settings (language, name, theme, export reminder),
// which are stored once, in `settings.json`, instead of in every register. Every committed
// change, whether a command on the open register, a register created, renamed, deleted,
// restored or opened, or a setting, ends in one call of the persistence hook (the shell sets
// it: the page flushes the folder to IndexedDB there) and one "changed" event. Views listen to
// the events instead of polling for a register switch.
//
// Registers of earlier versions carry the personal settings in their own preferences: when the
// workspace has none of a kind, it takes the open register's (migrated without loss).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_model.hpp"
#include "core/enums.hpp"
#include "core/result.hpp"

namespace air::app {

// What a committed change touched; the "changed" event says which.
enum class Change {
    Register,  // the open register's data: a command, undo or redo, one of its preferences
    Library,   // a register created, renamed, deleted or restored, or another one opened
    Settings,  // the user's settings (language, name, theme, reminder, a notice seen)
};

class Workspace {
public:
    // `folder`: the data folder (IndexedDB-backed in the browser). Nothing is read yet.
    explicit Workspace(std::string folder);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    AppModel& model() { return m_model; }
    const AppModel& model() const { return m_model; }
    RegisterLibrary& library() { return m_library; }
    const RegisterLibrary& library() const { return m_library; }
    const std::string& folder() const { return m_folder; }
    // File name of the open register in the library ("" before start or for an in-memory one).
    const std::string& openFile() const { return m_open; }
    bool isOpenFile(const std::string& file) const { return !m_open.empty() && file == m_open; }

    // ---- wiring ------------------------------------------------------------------------
    // Called once after every committed change (the page requests its save there).
    void setPersistHook(std::function<void()> hook) { m_persist = std::move(hook); }
    // While this says true (another tab is the writer), nothing is written to the folder;
    // settings change in memory only.
    void setReadOnly(std::function<bool()> readOnly) { m_readOnly = std::move(readOnly); }
    // Subscribers, called in the order they subscribed, after the persistence hook.
    void onChanged(std::function<void(Change)> fn) { m_changed.push_back(std::move(fn)); }
    void onRegisterOpened(std::function<void(const std::string& file)> fn) { m_opened.push_back(std::move(fn)); }

    // ---- registers -------------------------------------------------------------------------
    // Reads the user's settings from the folder (start() does too; the shell reads them
    // first, to name a first register in the user's language).
    void readSettings();
    // Reads the settings, empties the trash, and opens the last register (or the first by
    // name); an empty library gets a first register named `firstName`. A read-only tab with
    // no register yet shows an empty one in memory. Saves once.
    Status start(const std::string& firstName);
    // Opens register `file` of the library: "register opened", remembered as the last one.
    Status open(const std::string& file);
    // A new register (not opened); its file name.
    Result<std::string> create(const std::string& name);
    // Renames a register; the open one through the model (one undo step).
    Status rename(const std::string& file, const std::string& name);
    // Deletes a register other than the open one. It stays in the trash (a hidden folder the
    // page does not store) until restoreRemoved(), the next remove or the next start.
    Status remove(const std::string& file);
    // The register removed last, while it can be restored.
    const std::optional<RegisterEntry>& removed() const { return m_removed; }
    Status restoreRemoved();
    // A new register holding the embedded example register (not opened); its file name.
    Result<std::string> createExample();
    // Another tab saved (this one is read-only): reads the settings and the open register
    // again. No save, no "register opened".
    Status reload();

    // ---- the user's settings ---------------------------------------------------------------
    std::optional<Lang> language() const;  // nullopt: never chosen (the page's default holds)
    void setLanguage(Lang lang);
    // Personal settings by key (app/settings.hpp: kPrefUserName, kPrefTheme; the export
    // reminder's exchange::kPrefRemindDays). The user's name also goes to the model's history.
    std::string setting(std::string_view key, std::string_view fallback = "") const;
    Status setSetting(std::string_view key, std::string_view value);
    // A notice the user dismissed for good ("persist": storage the browser may clear).
    bool noticeSeen(std::string_view name) const;
    void markNoticeSeen(std::string_view name);

    // ---- the open register's companion files ------------------------------------------------
    // `<register file><suffix>` beside the open register (e.g. a linked file's merge base);
    // they go with the register when it is deleted or restored.
    std::string readCompanion(std::string_view suffix) const;
    Status writeCompanion(std::string_view suffix, const std::string& bytes);

private:
    bool readOnly() const { return m_readOnly && m_readOnly(); }
    void committed(Change what);  // persistence hook, then the "changed" event
    Status saveSettings();
    void adoptRegisterPrefs();  // personal settings an earlier version kept in the register
    Status openPath(const std::string& file);
    Status opened(const std::string& file);  // the model has `file` open: remember it, the open hooks

    std::string m_folder;
    RegisterLibrary m_library;
    AppModel m_model;
    std::string m_open;
    std::map<std::string, std::string, std::less<>> m_settings;
    std::optional<RegisterEntry> m_removed;
    std::function<void()> m_persist;
    std::function<bool()> m_readOnly;
    std::vector<std::function<void(Change)>> m_changed;
    std::vector<std::function<void(const std::string&)>> m_opened;
};

// The file of the user's settings in the data folder, and the companion suffix of a linked
// file's merge base.
inline constexpr const char* kSettingsFile = "settings.json";
inline constexpr const char* kLinkedBaseSuffix = ".linked-base.json";

}  // namespace air::app
