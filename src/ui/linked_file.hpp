// The open register's linked file (File System Access, web/linked.js): writes the register to
// the file a moment after each change, takes in what changed on disk (app/linked_sync), keeps
// the merge base beside the register in the data folder, and draws the Import / export card.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/merge_conflicts.hpp"  // app::FieldConflict

namespace air::app {
class AppModel;
class Workspace;
}

namespace air::ui {

class PlatformApi;
struct UiContext;

class LinkedFileSync {
public:
    LinkedFileSync(PlatformApi& platform, app::Workspace& workspace, UiContext& ctx);
    // The register `file` is now open (its merge base is its companion file, app::kLinkedBaseSuffix).
    void registerOpened(const std::string& file);
    // Every frame: writes the register to the file once changes have settled.
    void frame();
    // The card on the Import / export page.
    void drawCard();
    // The open merge conflicts, each with both values and a choice (nothing when none).
    void drawConflicts();
    // Open conflicts of a three-way merge in the register (cached per model revision).
    std::size_t openConflictCount();

private:
    void refreshConflicts();
    void onEvent(const std::string& kind, const std::string& text);
    void setBase(const std::string& text);

    PlatformApi& m_platform;
    app::Workspace& m_ws;
    app::AppModel& m_model;
    UiContext& m_ctx;
    std::string m_base, m_pendingBase;
    std::uint64_t m_writtenRevision = 0;  // the model revision the file holds
    std::uint64_t m_seenRevision = 0;
    double m_changedAt = 0;               // when the model last changed (platform time)
    std::uint64_t m_conflictsRevision = ~std::uint64_t(0);
    std::vector<app::FieldConflict> m_conflicts;
};

}  // namespace air::ui
