// What the UI needs from the platform (browser or a test double). The UI never includes
// emscripten; src/platform/ implements this for the web, tests implement it with fakes.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace air::ui {

enum class SaveState { Saved, Saving, Unsaved, Failed };

class GpuHeatmap;  // ui/heatmap.hpp

class PlatformApi {
public:
    virtual ~PlatformApi() = default;

    // ---- persistence ---------------------------------------------------------------
    virtual SaveState saveState() const = 0;
    virtual std::string saveError() const = 0;  // last storage error, "" when none
    virtual bool readOnly() const = 0;          // another tab holds the writer lock
    virtual void takeOver() = 0;                // become the writer (reloads this tab)
    virtual std::string storageWarning() const = 0;  // e.g. "another tab took over"
    // Whether the browser promised to keep the data (navigator.storage.persist()).
    virtual bool storagePersistent() const { return true; }
    // Writes the data folder to durable storage soon (queued; never two flushes at once).
    // Only the workspace's persistence hook calls it (the shell sets it: app/workspace.hpp).
    virtual void requestFlush() = 0;

    // ---- files ---------------------------------------------------------------------
    // Offers `bytes` as a download named `fileName` (a Blob; no network).
    virtual void download(const std::string& fileName, const std::string& mime,
                          const std::string& bytes) = 0;
    // Opens the file picker; `done(name, bytes)` is called later with the chosen file.
    virtual void pickFile(const std::string& accept,
                          std::function<void(std::string name, std::string bytes)> done) = 0;

    // Files dropped on the page arrive here (one handler; the import view sets it).
    virtual void setDropHandler(std::function<void(std::string name, std::string bytes)> fn) = 0;

    // ---- linked file (File System Access: Chromium-based browsers) -----------------------
    struct LinkedFile {
        bool supported = false;        // the browser can link a register to a file on disk
        bool linked = false;           // the open register is linked
        bool needsPermission = false;  // after a reload: one click ("Reconnect") restores it
        std::string name;              // the file's name
        std::string error;             // the last error, "" when none
    };
    virtual LinkedFile linkedFile() const { return {}; }
    // The open register is now `registerFile` (start, switch): its link, if any, is restored.
    virtual void openLinks(const std::string& /*registerFile*/) {}
    // Links the open register: `create` saves `text` to a new file the user picks, otherwise
    // the user picks an existing file. Answers with the event "linked".
    virtual void linkFile(bool /*create*/, const std::string& /*suggestedName*/, const std::string& /*text*/) {}
    virtual void writeLinkedFile(const std::string& /*text*/) {}  // answers "written" or "state"
    virtual void reconnectLinkedFile() {}
    virtual void unlinkFile() {}
    // Events: "linked" (text: the opened file's content; "" when created), "changed" (the file
    // changed on disk: its new content), "written", "state" (permission or error changed).
    virtual void setLinkedHandler(std::function<void(std::string kind, std::string text)> /*fn*/) {}

    // ---- frames ----------------------------------------------------------------------
    virtual void requestFrame() = 0;           // render at least one more frame
    virtual void wakeAfter(double seconds) = 0;  // render again after this time (timers)
    virtual double now() const = 0;            // seconds, monotonic
    virtual void setDocumentLanguage(std::string_view lang) = 0;  // <html lang> and title

    // ---- graphics --------------------------------------------------------------------
    // The dashboard heat map drawn on the GPU (WebGL2 shader); nullptr: the UI uses the CPU one.
    virtual GpuHeatmap* gpuHeatmap() { return nullptr; }
};

// A storage error from the platform in the reader's language: the page reports the kinds it
// knows as codes ("quota", "timeout", "not_writer", "changed", "idb|<browser message>",
// "unreadable|<browser message>"), anything else comes as it is.
std::string storageErrorText(std::string_view raw);

}  // namespace air::ui
