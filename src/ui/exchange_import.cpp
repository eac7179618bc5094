// The import part of the Import / export page (see exchange_import.hpp).
// [SECTIONS] [HELPERS] value texts, badges, panels · [FLOW] offer, refresh, import, undo ·
// [DRAW] drop zone, error, preview, counts, conflicts, table, replace modal
#include "ui/exchange_import.hpp"

#include <algorithm>
#include <cstdio>

#include "app/history_text.hpp"
#include "core/catalogue.hpp"
#include "core/text.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

namespace exchange = app::exchange;  // the page's work without drawing (app/exchange.hpp)

// =========================================================================== [HELPERS]
namespace {

constexpr ImU32 kOkBg = IM_COL32(220, 252, 231, 255);
constexpr ImU32 kOkText = IM_COL32(20, 83, 45, 255);

ImU32 statusColor(exchange::ImportStatus s) {
    switch (s) {
    case exchange::ImportStatus::New: return IM_COL32(21, 128, 61, 255);
    case exchange::ImportStatus::Updated: return IM_COL32(29, 78, 216, 255);
    case exchange::ImportStatus::Unchanged: return IM_COL32(82, 91, 105, 255);
    case exchange::ImportStatus::Conflicting: return IM_COL32(161, 98, 7, 255);
    case exchange::ImportStatus::Deleted: return IM_COL32(185, 28, 28, 255);
    }
    return IM_COL32(82, 91, 105, 255);
}

void statusBadge(exchange::ImportStatus s) { badge(exchange::importStatusLabel(s, lang()), statusColor(s)); }

std::string categoryOf(const std::string& application) {
    if (application.empty()) return "—";
    if (const CatalogueEntry* e = catalogueEntry(application)) return std::string(e->name(lang()));
    return application;
}

std::string clip(std::string s, std::size_t max = 240) {
    if (s.size() <= max) return s;
    s.resize(text::codePointStart(s, max));
    return s + "…";
}

// The label of a field (a key of the field table, or "extra") for the conflict table.
std::string fieldLabel(const std::string& field) { return app::historyFieldLabel(field, lang()); }

// What one side holds for a top-level field, in words: the sub-fields that differ from the
// other side (the screening's facts) or the value itself. Fields are the field table's keys
// in both the preview and the diff (core/fields.hpp).
std::string sideText(const Activity& side, const std::vector<app::FieldChange>& changes, const std::string& field,
                     bool mine) {
    if (field == "processors") {
        std::string out;
        for (const Processor& p : side.processors) out += (out.empty() ? "" : ", ") + p.name;
        return out.empty() ? "—" : out;
    }
    if (field == "screening" && changes.size() == 1 && changes[0].field == "screening")
        return side.screening ? tr("ex.screened") : tr("ex.not_screened");
    std::string out;
    for (const app::FieldChange& c : changes) {
        const bool whole = c.field == field;
        if (!whole && c.field.rfind(field + ".", 0) != 0) continue;
        std::string v = app::historyValueLabel(c.field, mine ? c.old_value : c.new_value, lang());
        if (v.empty()) v = "—";
        if (whole) return clip(v);
        std::string sub = app::historyFieldLabel(c.field, lang());
        if (const auto colon = sub.find(": "); colon != std::string::npos) sub = sub.substr(colon + 2);
        if (!out.empty()) out += "\n";
        out += sub + ": " + v;
    }
    return out.empty() ? "—" : clip(out, 600);
}

// The label of a workshop field for the workshop differences.
std::string workshopFieldLabel(const std::string& field) {
    static constexpr std::pair<const char*, const char*> kKeys[] = {
        {"title", "ex.ws_title"}, {"date", "ex.ws_date"}, {"facilitator", "ex.ws_facilitator"},
        {"activity_ids", "ex.ws_activities"}, {"votes", "ex.ws_votes"}, {"notes", "ex.ws_notes"},
        {"actions", "ex.ws_actions"}, {"extra", "ex.ws_extra"},
    };
    for (const auto& [f, key] : kKeys)
        if (field == f) return tr(key);
    return field;
}

// "1.5" MB (Dutch "1,5"), for the too-big message.
std::string megabytes(std::size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", double(bytes) / (1024.0 * 1024.0));
    return i18n::decimal(buf, lang());
}

// Why a file could not be read, in the UI language.
std::string readError(const exchange::ImportRead& r) {
    switch (r.problem) {
    case exchange::ImportRead::Problem::TooBig:
        return trf("ex.err_too_big", megabytes(r.bytes), std::to_string(exchange::kMaxImportBytes / (1024 * 1024)));
    case exchange::ImportRead::Problem::Empty: return tr("ex.err_empty");
    case exchange::ImportRead::Problem::Unreadable:
    case exchange::ImportRead::Problem::None: break;
    }
    return r.error.text(lang());
}

// A coloured panel with dark text that stays readable in the dark theme too.
void beginPanel(const char* id, ImU32 bg, ImU32 text) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, bg);
    ImGui::PushStyleColor(ImGuiCol_Text, text);
    ImGui::PushStyleColor(ImGuiCol_Border, text);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.9f), em(0.7f)));
    ImGui::BeginChild(id, ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Border);
}
void endPanel() {
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(3);
}

}  // namespace

// =========================================================================== [FLOW]
void ImportPanel::clear() {
    m_file.reset();
    m_preview = {};
    m_picks.clear();
    m_wsPicks.clear();
    m_current = {};
    m_replace = false;
}

void ImportPanel::scrollHere() {
    // A few frames: the page's scroll range only grows once the new panel has been measured.
    if (m_scroll <= 0) return;
    ImGui::SetScrollHereY(0.05f);
    --m_scroll;
}

void ImportPanel::offer(UiContext& ctx, std::string name, std::string bytes) {
    m_scroll = 3;
    m_doneText.clear();
    m_doneRevision = 0;
    exchange::ImportRead r = exchange::readImportFile(name, bytes, lang());
    if (!r.ok()) {
        clear();
        m_errorFile = std::move(name);
        m_error = readError(r);
        return;
    }
    m_error.clear();
    m_errorFile.clear();
    m_file = std::move(r.file);
    m_picks.clear();
    m_wsPicks.clear();
    m_replace = false;
    refreshPreview(ctx);
    if (ctx.platform) ctx.platform->requestFrame();
}

void ImportPanel::refreshPreview(UiContext& ctx) {
    if (!m_file) return;
    m_current = ctx.model->toRegister();
    m_preview = exchange::previewImport(m_current, m_file->reg);
    m_previewRevision = ctx.model->revision();
    m_previewPath = ctx.model->path();
    // Keep the user's picks for fields that still conflict; the rest start at "keep mine"
    // (a deletion at the newer side, a workshop at this register's copy).
    exchange::WorkshopPicks freshWs = exchange::workshopPicks(m_preview, exchange::Pick::Mine);
    for (auto& [id, pick] : freshWs)
        if (auto o = m_wsPicks.find(id); o != m_wsPicks.end()) pick = o->second;
    m_wsPicks = std::move(freshWs);
    exchange::Resolutions fresh = exchange::defaultResolutions(m_preview);
    for (auto& [id, fields] : fresh) {
        auto old = m_picks.find(id);
        if (old == m_picks.end()) continue;
        for (auto& [f, pick] : fields)
            if (auto o = old->second.find(f); o != old->second.end()) pick = o->second;
    }
    m_picks = std::move(fresh);
}

int ImportPanel::mergeCount() const { return exchange::mergeCount(m_preview, m_picks); }

bool ImportPanel::mergeHasChanges() const {
    // Besides the counted activities: new workshops, workshops picked "theirs", and deletions
    // decided against the newer side (that choice is written, so the next merge of this file
    // does not ask again).
    if (mergeCount() > 0 || m_preview.workshops_new > 0) return true;
    if (std::any_of(m_wsPicks.begin(), m_wsPicks.end(),
                    [](const auto& w) { return w.second == exchange::Pick::Theirs; }))
        return true;
    for (const exchange::ImportItem& it : m_preview.items)
        // "Mine" against the newer side: a fresh tombstone, or our copy stamped now.
        if (it.status == exchange::ImportStatus::Deleted && it.deleted_here == it.live_newer &&
            exchange::pickOf(m_picks, it.id, exchange::kDeletionField, exchange::Pick::Theirs) == exchange::Pick::Mine)
            return true;
    return false;
}

void ImportPanel::runImport(UiContext& ctx, bool replace) {
    if (!m_file || !ctx.canEdit()) return;
    Register reg;
    int n = 0;
    if (replace) {
        reg = exchange::replacePlan(m_current, *m_file);
        n = int(reg.activities.size());
    } else {
        exchange::MergePlan plan =
            exchange::mergePlan(m_current, *m_file, m_preview, m_picks, app::nowRfc3339(), m_wsPicks);
        reg = std::move(plan.reg);
        n = plan.count;
    }
    const Status s = ctx.model->importRegister(reg, replace ? app::ImportMode::Replace : app::ImportMode::Merge);
    if (!ctx.check(s)) return;
    if (replace) m_doneText = trf("ex.done_replace", num(n), m_file->name);
    else if (n == 1) m_doneText = trf("ex.done_merge_one", m_file->name);
    else m_doneText = trf("ex.done_merge", num(n), m_file->name);
    m_doneRevision = ctx.model->revision();
    m_previewPath = ctx.model->path();
    m_scroll = 3;
    ctx.toast(trn("ex.toast_imported", n));
    clear();
}

// =========================================================================== [DRAW]
void ImportPanel::draw(UiContext& ctx) {
    if (!m_file && m_error.empty() && m_doneText.empty()) m_scroll = 0;
    if (m_scroll > 0 && ctx.platform) ctx.platform->requestFrame();
    if (m_file && (ctx.model->revision() != m_previewRevision || ctx.model->path() != m_previewPath))
        refreshPreview(ctx);
    drawDropZone(ctx);
    if (!m_error.empty()) drawError();
    if (!m_doneText.empty()) drawDone(ctx);
    if (m_file) drawPreview(ctx);
    drawReplaceModal(ctx);
}

void ImportPanel::drawDropZone(UiContext& ctx) {
    const float h = em(7.2f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::panel());
    ImGui::BeginChild("dropzone", ImVec2(0, h), ImGuiChildFlags_None, ImGuiWindowFlags_NoScrollbar);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p0 = ImGui::GetWindowPos();
    const ImVec2 p1(p0.x + ImGui::GetWindowWidth(), p0.y + h);
    // Dashed border: short segments along the rounded-rect's straight edges.
    const ImU32 c = color::accent();
    const float dash = em(0.5f), gap = em(0.35f), t = std::max(1.0f, em(0.09f)), inset = t;
    for (float x = p0.x + em(0.4f); x < p1.x - em(0.4f); x += dash + gap) {
        const float x2 = std::min(x + dash, p1.x - em(0.4f));
        dl->AddLine(ImVec2(x, p0.y + inset), ImVec2(x2, p0.y + inset), c, t);
        dl->AddLine(ImVec2(x, p1.y - inset), ImVec2(x2, p1.y - inset), c, t);
    }
    for (float y = p0.y + em(0.4f); y < p1.y - em(0.4f); y += dash + gap) {
        const float y2 = std::min(y + dash, p1.y - em(0.4f));
        dl->AddLine(ImVec2(p0.x + inset, y), ImVec2(p0.x + inset, y2), c, t);
        dl->AddLine(ImVec2(p1.x - inset, y), ImVec2(p1.x - inset, y2), c, t);
    }
    const float w = ImGui::GetWindowWidth();
    const char* text = tr("ex.drop_here");
    const std::string button = std::string(icon::kFolderOpen) + "  " + tr("ex.choose_file");
    const float textW = std::min(ImGui::CalcTextSize(text).x, w - em(2));
    ImGui::SetCursorPosY(em(1.0f));
    ImGui::PushFont(fonts().heading);
    ImGui::SetCursorPosX((w - ImGui::CalcTextSize(icon::kUpload).x) * 0.5f);
    ImGui::TextColored(ImColor(color::accent()), "%s", icon::kUpload);
    ImGui::PopFont();
    ImGui::SetCursorPosX((w - textW) * 0.5f);
    ImGui::PushTextWrapPos((w + textW) * 0.5f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    const float bw = ImGui::CalcTextSize(button.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX((w - bw) * 0.5f);
    if (ImGui::Button(button.c_str()) && ctx.platform) {
        PlatformApi* platform = ctx.platform;
        UiContext* c2 = &ctx;
        ctx.platform->pickFile(".json,.csv,application/json,text/csv",
                               [this, c2, platform](std::string name, std::string bytes) {
                                   offer(*c2, std::move(name), std::move(bytes));
                                   platform->requestFrame();
                               });
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
    helpText(tr("ex.import_help"));
}

void ImportPanel::drawError() {
    ImGui::Spacing();
    scrollHere();
    beginPanel("importerror", color::tint(color::Tint::Error), color::tintText(color::Tint::Error));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(icon::kTimesCircle);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", trf("ex.err_title", m_errorFile).c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", m_error.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr("ex.err_hint"));
    if (smallButton(tr("ex.dismiss"))) {
        m_error.clear();
        m_errorFile.clear();
    }
    endPanel();
}

void ImportPanel::drawDone(UiContext& ctx) {
    ImGui::Spacing();
    scrollHere();
    beginPanel("importdone", kOkBg, kOkText);
    ImGui::TextUnformatted(icon::kCheckCircle);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", m_doneText.c_str());
    const bool canUndo = m_doneRevision != 0 && ctx.model->revision() == m_doneRevision &&
                         ctx.model->path() == m_previewPath && ctx.model->canUndo();
    if (canUndo) {
        ImGui::BeginDisabled(!ctx.canEdit());
        if (smallButton((std::string(icon::kUndo) + "  " + tr("ex.undo_import")).c_str())) {
            if (ctx.check(ctx.model->undo())) {
                m_doneText = tr("ex.undone");
                m_doneRevision = 0;
            }
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    if (smallButton(tr("ex.dismiss"))) {
        m_doneText.clear();
        m_doneRevision = 0;
    }
    endPanel();
}

void ImportPanel::drawCounts() {
    struct Stat {
        const char* key;
        int value;
        exchange::ImportStatus status;
    };
    const Stat stats[] = {
        {"ex.count_new", m_preview.added, exchange::ImportStatus::New},
        {"ex.count_updated", m_preview.updated, exchange::ImportStatus::Updated},
        {"ex.count_unchanged", m_preview.unchanged, exchange::ImportStatus::Unchanged},
        {"ex.count_conflicting", m_preview.conflicting, exchange::ImportStatus::Conflicting},
    };
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ImGui::GetContentRegionAvail().x - spacing * 3) / 4;
    for (std::size_t i = 0; i < std::size(stats); ++i) {
        if (i) ImGui::SameLine();
        ImGui::PushID(int(i));
        ImGui::PushFont(fonts().heading);
        const float numberH = ImGui::GetTextLineHeight();
        ImGui::PopFont();
        const float h = numberH + ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.y +
                        ImGui::GetStyle().WindowPadding.y * 2 + em(0.2f);
        ImGui::BeginChild("stat", ImVec2(w, h), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
        ImGui::PushFont(fonts().heading);
        ImGui::TextColored(ImColor(stats[i].value ? statusColor(stats[i].status) : color::textMuted()), "%d",
                           stats[i].value);
        ImGui::PopFont();
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextUnformatted(tr(stats[i].key));
        ImGui::PopStyleColor();
        ImGui::EndChild();
        ImGui::PopID();
    }
}

void ImportPanel::drawPreview(UiContext& ctx) {
    ImGui::Spacing();
    scrollHere();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::panel());
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.0f), em(0.9f)));
    ImGui::BeginChild("preview", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Border);

    // Heading: which file, what kind, from whom.
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(m_file->csv ? icon::kTable : icon::kFileCode);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", trf("ex.preview_title", m_file->name).c_str());
    ImGui::PopFont();
    std::string meta = m_file->csv ? tr("ex.kind_csv") : tr("ex.kind_json");
    if (!m_file->reg.organisation.empty()) meta += " · " + m_file->reg.organisation;
    if (!m_file->reg.exported_at.empty())
        meta += " · " + trf("ex.exported_on", showTimestamp(m_file->reg.exported_at));
    meta += " · " + trf("ex.activities_in_file", num(m_file->reg.activities.size()));
    helpText(meta.c_str());
    ImGui::Spacing();

    drawCounts();
    if (m_preview.only_in_current > 0)
        helpText(trf("ex.only_in_current", num(m_preview.only_in_current)).c_str());
    if (m_preview.workshops_new + m_preview.workshops_existing > 0)
        helpText(trf("ex.workshops_line", num(m_preview.workshops_new),
                     std::to_string(m_preview.workshops_existing))
                     .c_str());
    if (m_preview.deleted > 0) helpText(trn("ex.deleted_line", m_preview.deleted).c_str());

    // Merge or replace.
    sectionHeading(tr("ex.how_title"));
    ImGui::BeginDisabled(!ctx.canEdit());
    if (radio(tr("ex.mode_merge"), !m_replace)) m_replace = false;
    ImGui::Indent(em(1.6f));
    helpText(tr("ex.mode_merge_help"));
    ImGui::Unindent(em(1.6f));
    if (radio(tr("ex.mode_replace"), m_replace)) m_replace = true;
    ImGui::Indent(em(1.6f));
    helpText(m_file->csv ? tr("ex.mode_replace_help_csv") : tr("ex.mode_replace_help"));
    ImGui::Unindent(em(1.6f));
    ImGui::EndDisabled();

    if (!m_replace && (m_preview.conflicting > 0 || m_preview.deleted > 0 || !m_preview.workshop_diffs.empty()))
        drawConflicts(ctx);

    // Actions, before the table so that they are in reach without scrolling past every row.
    ImGui::Spacing();
    ImGui::BeginDisabled(!ctx.canEdit());
    if (m_replace) {
        if (dangerButton((std::string(icon::kRefresh) + "  " + tr("ex.replace_button")).c_str()))
            m_openReplaceModal = true;
    } else {
        const int n = mergeCount();
        const bool anything = mergeHasChanges();
        ImGui::BeginDisabled(!anything);
        const std::string label = trn("ex.import_button", n);
        if (primaryButton((std::string(icon::kDownload) + "  " + label + "##import").c_str()))
            runImport(ctx, false);
        ImGui::EndDisabled();
        if (!anything) {
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            helpText(tr("ex.nothing_to_import"));
        }
    }
    ImGui::EndDisabled();
    if (m_file) {  // runImport may have cleared it
        ImGui::SameLine();
        if (ImGui::Button(tr("ex.cancel_import"))) clear();
    }
    if (!ctx.canEdit()) helpText(tr("ex.readonly"));

    if (m_file) {
        sectionHeading(tr("ex.table_title"));
        drawTable();
    }

    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void ImportPanel::drawConflicts(UiContext& ctx) {
    // Conflicting activities (field by field), deletions and differing workshops, each with
    // "keep mine" / "take theirs"; three buttons decide them all at once.
    const int total = m_preview.conflicting + m_preview.deleted + int(m_preview.workshop_diffs.size());
    sectionHeading(m_preview.conflicting == total ? trn("ex.conflicts_title", m_preview.conflicting).c_str()
                                                  : trn("ex.differences_title", total).c_str());
    helpText(tr(m_preview.conflicting > 0 ? "ex.conflicts_help" : "ex.differences_help"));
    ImGui::BeginDisabled(!ctx.canEdit());
    if (ImGui::Button(tr("ex.take_newer_all"))) {
        m_picks = exchange::newerResolutions(m_preview);
        m_wsPicks = exchange::workshopPicks(m_preview, exchange::Pick::Mine);  // no clock: ours
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("ex.keep_mine_all"))) {
        m_picks = exchange::allMine(m_preview);
        m_wsPicks = exchange::workshopPicks(m_preview, exchange::Pick::Mine);
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("ex.take_theirs_all"))) {
        m_picks = exchange::allTheirs(m_preview);
        m_wsPicks = exchange::workshopPicks(m_preview, exchange::Pick::Theirs);
    }
    for (const exchange::ImportItem& it : m_preview.items) {
        if (it.status == exchange::ImportStatus::Conflicting) drawConflict(ctx, it);
        else if (it.status == exchange::ImportStatus::Deleted) drawDeletion(it);
    }
    for (const exchange::WorkshopDiff& d : m_preview.workshop_diffs) drawWorkshopDiff(d);
    ImGui::EndDisabled();
}

void ImportPanel::drawDeletion(const exchange::ImportItem& it) {
    // One activity deleted on one side: keep this register's state or take the file's.
    ImGui::PushID(("del." + it.id).c_str());
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(icon::kTrash);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", it.name.c_str());
    ImGui::PopFont();
    const std::string when = showTimestamp(it.deleted_at);
    const std::string changed = showTimestamp(it.deleted_here ? it.incoming_updated_at : it.current_updated_at);
    const char* key = it.deleted_here ? (it.live_newer ? "ex.deleted_here_changed" : "ex.deleted_here")
                                      : (it.live_newer ? "ex.deleted_there_changed" : "ex.deleted_there");
    helpText(trf(key, when, changed).c_str());
    exchange::Pick& pick = m_picks[it.id][exchange::kDeletionField];
    const char* mineLabel = it.deleted_here ? "ex.keep_deleted" : "ex.keep_activity";
    const char* theirsLabel = it.deleted_here ? "ex.restore_activity" : "ex.delete_activity";
    if (radio(tr(mineLabel), pick == exchange::Pick::Mine)) pick = exchange::Pick::Mine;
    ImGui::SameLine();
    if (radio(tr(theirsLabel), pick == exchange::Pick::Theirs)) pick = exchange::Pick::Theirs;
    ImGui::PopID();
}

void ImportPanel::drawWorkshopDiff(const exchange::WorkshopDiff& d) {
    // One workshop both sides have with different content: the whole copy, mine or theirs.
    ImGui::PushID(("ws." + d.id).c_str());
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(icon::kCodeFork);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", trf("ex.workshop_differs", d.title).c_str());
    ImGui::PopFont();
    std::string fs;
    for (const std::string& f : d.fields) fs += (fs.empty() ? "" : ", ") + workshopFieldLabel(f);
    helpText(trf("ex.workshop_fields", fs).c_str());
    exchange::Pick& pick = m_wsPicks[d.id];
    if (radio(tr("ex.keep_mine"), pick == exchange::Pick::Mine)) pick = exchange::Pick::Mine;
    ImGui::SameLine();
    if (radio(tr("ex.take_theirs"), pick == exchange::Pick::Theirs)) pick = exchange::Pick::Theirs;
    ImGui::PopID();
}

void ImportPanel::drawConflict(UiContext&, const exchange::ImportItem& it) {
    const Activity* mine = nullptr;
    const Activity* theirs = nullptr;
    for (const Activity& a : m_current.activities)
        if (a.id == it.id) mine = &a;
    for (const Activity& a : m_file->reg.activities)
        if (a.id == it.id) theirs = &a;
    if (!mine || !theirs) return;
    ImGui::PushID(it.id.c_str());
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(icon::kCodeFork);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", it.name.c_str());
    ImGui::PopFont();
    helpText(trf("ex.conflict_dates", showTimestamp(it.current_updated_at), showTimestamp(it.incoming_updated_at))
                 .c_str());
    const auto changes = app::diffActivity(*mine, *theirs);
    auto& picks = m_picks[it.id];
    // The whole activity one way, then (below) field by field.
    if (smallButton(tr("ex.conflict_keep_mine"))) {
        for (const std::string& f : it.fields) picks[f] = exchange::Pick::Mine;
    }
    ImGui::SameLine();
    if (smallButton(tr("ex.conflict_take_theirs"))) {
        for (const std::string& f : it.fields) picks[f] = exchange::Pick::Theirs;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("fields", 3, flags)) {
        ImGui::TableSetupColumn(tr("ex.col_field"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn(tr("ex.col_mine"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableSetupColumn(tr("ex.col_theirs"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
        ImGui::TableHeadersRow();
        for (const std::string& f : it.fields) {
            ImGui::PushID(f.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextWrapped("%s", fieldLabel(f).c_str());
            exchange::Pick& pick = picks[f];
            for (int side = 0; side < 2; ++side) {
                ImGui::TableNextColumn();
                const bool isMine = side == 0;
                const std::string label = std::string(tr(isMine ? "ex.keep_mine" : "ex.take_theirs")) +
                                          (isMine ? "##mine." : "##theirs.") + f;
                const exchange::Pick want = isMine ? exchange::Pick::Mine : exchange::Pick::Theirs;
                if (radio(label.c_str(), pick == want)) pick = want;
                ImGui::TextWrapped("%s", sideText(isMine ? *mine : *theirs, changes, f, isMine).c_str());
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
}

void ImportPanel::drawTable() {
    const int rows = int(m_preview.items.size());
    if (rows == 0) {
        helpText(tr("ex.file_has_no_activities"));
        return;
    }
    const float rowH = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float h = rowH * float(std::min(rows, 12) + 1) + em(0.3f);
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("importtable", 4, flags, ImVec2(0, h))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("ex.col_status"), ImGuiTableColumnFlags_WidthFixed, em(7.5f));
    ImGui::TableSetupColumn(tr("ex.col_name"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(tr("ex.col_category"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(tr("ex.col_changes"), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(rows, rowH);
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const exchange::ImportItem& it = m_preview.items[std::size_t(i)];
            const Activity* a = nullptr;
            // Items come in the file's order, so the same index normally matches.
            if (std::size_t(i) < m_file->reg.activities.size() && m_file->reg.activities[std::size_t(i)].id == it.id)
                a = &m_file->reg.activities[std::size_t(i)];
            ImGui::PushID(it.id.c_str());
            ImGui::TableNextRow(0, rowH - ImGui::GetStyle().CellPadding.y * 2);
            ImGui::TableNextColumn();
            statusBadge(it.status);
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(it.name.c_str());
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(a ? categoryOf(a->application).c_str() : "");
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (!it.fields.empty()) {
                std::string fs;
                for (const std::string& f : it.fields) fs += (fs.empty() ? "" : ", ") + fieldLabel(f);
                ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
                ImGui::TextUnformatted(clip(fs, 120).c_str());
                ImGui::PopStyleColor();
                if (ImGui::IsItemHovered() && fs.size() > 120) ImGui::SetTooltip("%s", fs.c_str());
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void ImportPanel::drawReplaceModal(UiContext& ctx) {
    const char* title = tr("ex.replace_title");
    const std::string id = std::string(title) + "###replacemodal";
    if (m_openReplaceModal) {
        ImGui::OpenPopup(id.c_str());
        m_openReplaceModal = false;
    }
    ImGui::SetNextWindowSize(ImVec2(em(30), 0));
    if (!ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;
    if (!m_file) {
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const std::string name = ctx.model->registerName().empty() ? tr("shell.unnamed") : ctx.model->registerName();
    ImGui::TextWrapped("%s", trf("ex.replace_text", num(m_current.activities.size()), name,
                                 std::to_string(m_file->reg.activities.size()))
                                 .c_str());
    ImGui::Spacing();
    helpText(tr("ex.replace_undo"));
    ImGui::Spacing();
    if (dangerButton(tr("ex.replace_confirm"))) {
        runImport(ctx, true);
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("ex.cancel")) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace air::ui
