// The linked file (see linked_file.hpp). [SECTIONS] events, writing, card.
#include "ui/linked_file.hpp"

#include <optional>
#include <utility>

#include "app/app_model.hpp"
#include "app/workspace.hpp"
#include "app/exchange.hpp"
#include "app/linked_sync.hpp"
#include "app/history_text.hpp"
#include "app/merge_conflicts.hpp"
#include "imgui.h"
#include "ui/context.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/platform_api.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

namespace {
constexpr double kSettleSeconds = 1.0;  // changes are written once they stop for this long
}

LinkedFileSync::LinkedFileSync(PlatformApi& platform, app::Workspace& workspace, UiContext& ctx)
    : m_platform(platform), m_ws(workspace), m_model(workspace.model()), m_ctx(ctx) {
    m_platform.setLinkedHandler([this](std::string kind, std::string text) { onEvent(kind, text); });
}

void LinkedFileSync::registerOpened(const std::string& file) {
    m_base = m_ws.readCompanion(app::kLinkedBaseSuffix);
    m_writtenRevision = m_seenRevision = m_model.revision();
    m_platform.openLinks(file);
}

void LinkedFileSync::setBase(const std::string& text) {
    m_base = text;
    (void)m_ws.writeCompanion(app::kLinkedBaseSuffix, text);  // saved with the register
}

// ============================================================================ [events]
void LinkedFileSync::onEvent(const std::string& kind, const std::string& text) {
    if (kind == "written") {
        setBase(m_pendingBase);
        return;
    }
    if (kind == "linked") {
        if (text.empty()) {  // created: the file holds what we wrote
            setBase(m_pendingBase);
            m_ctx.toast(trf("link.linked_toast", m_platform.linkedFile().name));
            return;
        }
        // An existing file: an empty register becomes the file; one with content is merged
        // with it (there is no common base yet) and the result written back.
        const std::string base = m_model.activities().empty() ? app::linkedFileText(m_model, "") : std::string();
        Result<app::LinkedMerge> m = app::mergeLinked(base, m_model.toRegister(), text);
        if (!m) {
            m_ctx.toast(trf("link.unreadable", m_platform.linkedFile().name, m.error().text(lang())), true);
            m_platform.unlinkFile();
            return;
        }
        if (m->changed && !m_ctx.check(m_model.importRegister(m->merged, app::ImportMode::Replace))) return;
        setBase(text);
        m_seenRevision = m_model.revision();
        m_writtenRevision = m->fastForward ? m_model.revision() : 0;  // a merge is written back
        m_ctx.toast(trf("link.linked_toast", m_platform.linkedFile().name));
        return;
    }
    if (kind == "changed") {
        if (!m_ctx.canEdit()) return;  // the writer tab takes it in
        Result<app::LinkedMerge> m = app::mergeLinked(m_base, m_model.toRegister(), text);
        if (!m) {
            m_ctx.toast(trf("link.unreadable", m_platform.linkedFile().name, m.error().text(lang())), true);
            return;
        }
        if (m->changed && !m_ctx.check(m_model.importRegister(m->merged, app::ImportMode::Replace))) return;
        setBase(text);
        m_seenRevision = m_model.revision();
        // The file already holds the result after a fast-forward; after a merge it gets it
        // (also when a write of ours was held back because the file had changed first).
        m_writtenRevision = m->fastForward ? m_model.revision() : 0;
        if (m->conflicts.empty())
            m_ctx.toast(trf("link.changed_toast", m_platform.linkedFile().name));
        else
            m_ctx.toast(trf(m->conflicts.size() == 1 ? "link.conflicts_toast_one" : "link.conflicts_toast",
                            m_platform.linkedFile().name, num(static_cast<long long>(m->conflicts.size()))));
    }
}

// =========================================================================== [writing]
void LinkedFileSync::frame() {
    const PlatformApi::LinkedFile lf = m_platform.linkedFile();
    const double now = m_platform.now();
    if (m_model.revision() != m_seenRevision) {
        m_seenRevision = m_model.revision();
        m_changedAt = now;
    }
    if (!lf.linked || lf.needsPermission || !m_ctx.canEdit() || m_model.revision() == m_writtenRevision) return;
    if (now - m_changedAt < kSettleSeconds) {
        m_platform.wakeAfter(kSettleSeconds - (now - m_changedAt) + 0.05);
        return;
    }
    m_pendingBase = app::linkedFileText(m_model, app::nowRfc3339());
    m_writtenRevision = m_model.revision();
    m_platform.writeLinkedFile(m_pendingBase);
}

// ============================================================================== [card]
void LinkedFileSync::drawCard() {
    const PlatformApi::LinkedFile lf = m_platform.linkedFile();
    sectionHeading(tr("link.title"));
    if (!lf.supported) {
        ImGui::TextWrapped("%s", tr("link.unsupported"));
        return;
    }
    if (!lf.linked) {
        ImGui::TextWrapped("%s", tr("link.explain"));
        ImGui::BeginDisabled(!m_ctx.canEdit());
        if (ImGui::Button((std::string(icon::kFile) + "  " + tr("link.create")).c_str())) {
            m_pendingBase = app::linkedFileText(m_model, app::nowRfc3339());
            m_writtenRevision = m_model.revision();
            const std::string stem = app::exchange::fileStem(m_model.organisation(), m_model.registerName());
            m_platform.linkFile(true, stem + ".air.json", m_pendingBase);
        }
        ImGui::SameLine();
        if (ImGui::Button((std::string(icon::kFolderOpen) + "  " + tr("link.open")).c_str())) m_platform.linkFile(false, "", "");
        ImGui::EndDisabled();
    } else {
        ImGui::TextColored(ImColor(color::accent()), "%s", icon::kLink);
        ImGui::SameLine();
        ImGui::TextWrapped("%s", trf("link.linked", lf.name).c_str());
        if (lf.needsPermission) {
            ImGui::TextWrapped("%s", tr("link.permission"));
            if (ImGui::Button(tr("link.reconnect"))) m_platform.reconnectLinkedFile();
            ImGui::SameLine();
        }
        if (ImGui::Button(tr("link.unlink"))) m_platform.unlinkFile();
    }
    if (!lf.error.empty()) ImGui::TextColored(ImColor(color::danger()), "%s", trf("link.error", lf.error).c_str());
}

// ========================================================================= [conflicts]
void LinkedFileSync::refreshConflicts() {
    if (m_conflictsRevision == m_model.revision()) return;
    m_conflictsRevision = m_model.revision();
    m_conflicts = app::openConflicts(m_model);
}

std::size_t LinkedFileSync::openConflictCount() {
    refreshConflicts();
    return m_conflicts.size();
}

namespace {
// A conflict's side for people: the value's JSON, shortened; "(none)" for a missing one.
std::string sideText(const std::string& json) {
    if (json == "null") return tr("link.none");
    std::string t = json.size() > 2 && json.front() == '"' && json.back() == '"' ? json.substr(1, json.size() - 2) : json;
    if (t.size() > 160) t = t.substr(0, 157) + "...";
    return t;
}
}  // namespace

// Each open conflict with both values and a choice; resolving one is one undo step.
void LinkedFileSync::drawConflicts() {
    refreshConflicts();
    if (m_conflicts.empty()) return;
    sectionHeading(trf("link.conflicts_title", num(static_cast<long long>(m_conflicts.size()))).c_str());
    ImGui::TextWrapped("%s", tr("link.conflicts_explain"));
    std::optional<std::pair<std::size_t, bool>> pick;
    for (std::size_t i = 0; i < m_conflicts.size(); ++i) {
        const app::FieldConflict& c = m_conflicts[i];
        ImGui::PushID(int(i));
        const Activity* a = c.kind == "activity" ? m_model.find(c.id) : nullptr;
        const std::string who = a ? a->name : c.id.empty() ? std::string(tr("link.register_level")) : c.id;
        const std::string field = c.field == "*"            ? std::string(tr("link.whole_record"))
                                  : c.kind == "activity" ? app::historyFieldLabel(c.field, lang())
                                                         : c.field;
        ImGui::Separator();
        ImGui::TextWrapped("%s", (who + "  ·  " + field).c_str());
        ImGui::TextWrapped("%s", trf("link.here", sideText(c.ours)).c_str());
        ImGui::TextWrapped("%s", trf("link.there", sideText(c.theirs)).c_str());
        ImGui::BeginDisabled(!m_ctx.canEdit());
        if (smallButton(tr("link.keep_here"))) pick = std::make_pair(i, false);
        ImGui::SameLine();
        if (smallButton(tr("link.take_there"))) pick = std::make_pair(i, true);
        ImGui::EndDisabled();
        ImGui::PopID();
    }
    if (pick) m_ctx.check(app::resolveConflict(m_model, pick->first, pick->second));
}

}  // namespace air::ui
