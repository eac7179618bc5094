// The import part of the Import / export page: the drop zone and file chooser, the red error
// panel, the preview (counts, activity table, merge or replace, conflicts resolved field by
// field) and the one importRegister call with its undo. UI-only state; owned by the view.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/exchange.hpp"
#include "ui/context.hpp"

namespace air::ui {

class ImportPanel {
public:
    // Takes a dropped or chosen file: reads it at once and shows the error or the preview.
    void offer(UiContext& ctx, std::string name, std::string bytes);
    // Draws the drop zone and, below it, the error, the preview or the last import's result.
    void draw(UiContext& ctx);

    // For tests and the view: what is shown now.
    bool hasPreview() const { return m_file.has_value(); }
    const std::string& error() const { return m_error; }
    const app::exchange::ImportPreview& preview() const { return m_preview; }
    const app::exchange::Resolutions& picks() const { return m_picks; }
    const app::exchange::WorkshopPicks& workshopPicks() const { return m_wsPicks; }

private:
    void drawDropZone(UiContext& ctx);
    void drawError();
    void drawPreview(UiContext& ctx);
    void drawCounts();
    void drawConflicts(UiContext& ctx);
    void drawConflict(UiContext& ctx, const app::exchange::ImportItem& item);
    void drawDeletion(const app::exchange::ImportItem& item);
    void drawWorkshopDiff(const app::exchange::WorkshopDiff& diff);
    void drawTable();
    void drawDone(UiContext& ctx);
    void drawReplaceModal(UiContext& ctx);
    void refreshPreview(UiContext& ctx);
    int mergeCount() const;
    bool mergeHasChanges() const;
    void runImport(UiContext& ctx, bool replace);
    void clear();
    void scrollHere();

    std::optional<app::exchange::ImportFile> m_file;  // the file being previewed
    std::string m_errorFile, m_error;                  // the last file that could not be read
    Register m_current;                                // the register the preview compares with
    app::exchange::ImportPreview m_preview;
    app::exchange::Resolutions m_picks;
    app::exchange::WorkshopPicks m_wsPicks;
    std::uint64_t m_previewRevision = 0;
    std::string m_previewPath;
    bool m_replace = false;
    bool m_openReplaceModal = false;
    int m_scroll = 0;  // frames left to bring the new error, preview or result into view
    // The last import, for "Undo import" while nothing else has changed since.
    std::string m_doneText;
    std::uint64_t m_doneRevision = 0;
};

}  // namespace air::ui
