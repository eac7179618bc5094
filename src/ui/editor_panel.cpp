// The activity editor's frame: draft syncing, committing, the header, the findings list, the
// tab bar, focusing a field, and the shared field helpers. Sections: editor_sections.cpp,
// editor_screening.cpp.
//
// [SECTION] field -> tab
// [SECTION] draw (frame, tab bar)
// [SECTION] draft and commit
// [SECTION] header and findings
// [SECTION] focus
// [SECTION] field helpers
#include "ui/editor_panel.hpp"

#include <algorithm>
#include <cfloat>

#include "imgui_internal.h"
#include "rules/rules.hpp"
#include "ui/editor_fields.hpp"
#include "ui/framework_board.hpp"
#include "ui/i18n.hpp"
#include "core/fields.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

// ---- [SECTION] field -> tab ----------------------------------------------------------------
EditorTab tabOfField(std::string_view f) {
    // "processors[2].dpa_signed" and "screening.profiling" belong to their record's field.
    std::string_view key = f.substr(0, f.find('['));
    if (!key.starts_with("review.")) key = key.substr(0, key.find('.'));
    const ActivityField* field = findActivityField(key == "review" ? "review.status" : key);
    switch (field ? field->group : FieldGroup::Basics) {
    case FieldGroup::Data: return EditorTab::Data;
    case FieldGroup::Vendors: return EditorTab::Vendors;
    case FieldGroup::Screening: return EditorTab::Screening;
    case FieldGroup::Safeguards: return EditorTab::Safeguards;
    case FieldGroup::Review: return EditorTab::Review;
    case FieldGroup::Basics:
    case FieldGroup::Meta:
    case FieldGroup::COUNT: break;
    }
    return EditorTab::Basics;
}

namespace {
const char* tabKey(EditorTab t) {
    switch (t) {
    case EditorTab::Basics: return "ed.tab.basics";
    case EditorTab::Data: return "ed.tab.data";
    case EditorTab::Vendors: return "ed.tab.vendors";
    case EditorTab::Screening: return "ed.tab.screening";
    case EditorTab::Safeguards: return "ed.tab.safeguards";
    case EditorTab::Review: return "ed.tab.review";
    default: return "ed.tab.history";
    }
}
// tr() of the tab names, with literal keys for the string check.
const char* tabLabel(EditorTab t) {
    switch (t) {
    case EditorTab::Basics: return tr("ed.tab.basics");
    case EditorTab::Data: return tr("ed.tab.data");
    case EditorTab::Vendors: return tr("ed.tab.vendors");
    case EditorTab::Screening: return tr("ed.tab.screening");
    case EditorTab::Safeguards: return tr("ed.tab.safeguards");
    case EditorTab::Review: return tr("ed.tab.review");
    default: return tr("ed.tab.history");
    }
}
}  // namespace

// ---- [SECTION] draw (frame, tab bar) ---------------------------------------------------------
// Header, banner, findings, tabs and the current tab's fields for ctx.selectedId; takes over
// a req::FocusField. Returns Close when the activity is gone.
EditorPanel::Action EditorPanel::draw(UiContext& ctx, bool fullWidth) {
    const Activity* cur = ctx.model->find(ctx.selectedId);
    if (!cur) return Action::Close;
    sync(ctx, *cur);
    if (auto focus = ctx.requests.take<req::FocusField>(); focus && !focus->field.empty()) {
        m_focus = std::move(focus->field);
        m_focusText = false;
        m_selectTab = tabOfField(m_focus);
        m_focusFrames = 8;
    }

    ImGui::PushID(m_id.c_str());
    Action action = drawHeader(ctx, *cur, fullWidth);
    cur = ctx.model->find(m_id);  // a command in the header menu may have moved or removed it
    if (!cur) {
        ImGui::PopID();
        return Action::Close;
    }

    if (m_prefilledId == m_id) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, color::tint(color::Tint::Info));
        ImGui::PushStyleColor(ImGuiCol_Border, color::tintEdge(color::Tint::Info));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.7f), em(0.45f)));
        ImGui::BeginChild("prefilled", ImVec2(0, 0),
                          ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
        ImGui::TextColored(ImColor(color::accent()), "%s", icon::kInfo);
        ImGui::SameLine();
        const float closeW = ImGui::GetFrameHeight();
        ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - closeW - em(0.3f));
        ImGui::TextUnformatted(tr("ed.prefilled_banner"));
        ImGui::PopTextWrapPos();
        ImGui::SameLine(ImGui::GetContentRegionMax().x - closeW);
        ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_Border, IM_COL32(0, 0, 0, 0));
        if (smallButton(icon::kTimes)) m_prefilledId.clear();
        ImGui::PopStyleColor(2);
        edit::accessibleLabel(tr("ed.dismiss"));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("ed.dismiss"));
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
    }

    announceFindings(ctx, *cur);
    drawFindings(ctx, *cur);
    // The team's adopted principles and red lines it touches; a click shows one in its tab.
    if (std::string fw = drawFrameworkTouches(ctx, *cur); !fw.empty()) {
        ctx.requests.push(req::ShowFrameworkItem{std::move(fw)});
        ctx.page = Page::Workshops;
    }

    // Tabs only select; the content goes into its own scrolling region below them.
    const rules::Assessment* as = ctx.model->assessment(m_id);
    // Compact tabs (they must fit a narrow panel); a red dot marks a section with findings,
    // its tooltip says how many. History is an icon.
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(em(0.45f), ImGui::GetStyle().FramePadding.y));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemInnerSpacing, ImVec2(em(0.2f), ImGui::GetStyle().ItemInnerSpacing.y));
    if (ImGui::BeginTabBar("tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
        for (int t = 0; t < int(EditorTab::COUNT); ++t) {
            const EditorTab tab = EditorTab(t);
            int problems = 0;
            if (as)
                for (const rules::Finding& f : as->findings)
                    if (f.severity != Severity::Info && tabOfField(f.field) == tab) ++problems;
            const std::string name = tabLabel(tab);
            std::string text = tab == EditorTab::History ? std::string(icon::kHistory) : name;
            if (problems > 0) text += "  ";  // room for the dot
            text += "###";
            text += tabKey(tab);
            const ImGuiTabItemFlags flags = m_selectTab == tab ? ImGuiTabItemFlags_SetSelected : 0;
            const bool selected = ImGui::BeginTabItem(text.c_str(), nullptr, flags);
            edit::accessibleLabel(name.c_str());
            if (problems > 0) {
                const ImVec2 mx = ImGui::GetItemRectMax(), mn = ImGui::GetItemRectMin();
                ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(mx.x - em(0.55f), mn.y + (mx.y - mn.y) * 0.5f), em(0.2f),
                                                            color::severity(Severity::Blocker));
            }
            if ((problems > 0 || tab == EditorTab::History) && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort))
                ImGui::SetTooltip("%s", problems > 0 ? trf("ed.tab_problems", name, num(problems)).c_str() : name.c_str());
            if (selected) {
                if (m_tab != tab) m_editingLong.clear();
                m_tab = tab;
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    ImGui::PopStyleVar(2);
    m_selectTab = EditorTab::COUNT;

    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    // The fields' own scrolling region; on a short page (a tablet with its keyboard up) it keeps a
    // usable height and the editor scrolls around it instead.
    ImGui::BeginChild("body", ImVec2(0, std::max(ImGui::GetContentRegionAvail().y, em(18.0f))), ImGuiChildFlags_None);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(em(0.6f), em(0.45f)));
    ImGui::PushItemWidth(-FLT_MIN);
    ImGui::BeginDisabled(!ctx.canEdit());
    switch (m_tab) {
    case EditorTab::Basics: drawBasics(ctx); break;
    case EditorTab::Data: drawData(ctx); break;
    case EditorTab::Vendors: drawVendors(ctx); break;
    case EditorTab::Screening: drawScreening(ctx, *cur); break;
    case EditorTab::Safeguards: drawSafeguards(ctx); break;
    case EditorTab::Review: drawReview(ctx, *cur); break;
    default: break;
    }
    ImGui::EndDisabled();
    if (m_tab == EditorTab::History) drawHistory(ctx);  // read-only anyway; keeps its scroll usable
    ImGui::PopItemWidth();
    ImGui::Dummy(ImVec2(0, em(1.0f)));
    ImGui::PopStyleVar();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopID();

    if (!m_focus.empty() && --m_focusFrames <= 0) m_focus.clear();
    return action;
}

// ---- [SECTION] draft and commit --------------------------------------------------------------
// Loads the draft when another activity opens, and refreshes it after any change of the model
// while no field is being edited (invalid input the user typed is kept).
void EditorPanel::sync(UiContext& ctx, const Activity& current) {
    const std::uint64_t rev = ctx.model->revision();
    if (current.id != m_id) {
        m_id = current.id;
        m_draft = current;
        m_revision = rev;
        m_invalid.clear();
        m_editingLong.clear();
        return;
    }
    if (rev == m_revision || ImGui::IsAnyItemActive()) return;
    // Take the model's values, but keep what the user typed and we refused (invalid input).
    Activity fresh = current;
    for (const std::string& f : m_invalid) {
        if (f == "name") fresh.name = m_draft.name;
        else if (f == "review.reviewed_at") fresh.review.reviewed_at = m_draft.review.reviewed_at;
        else if (f == "review.next_review") fresh.review.next_review = m_draft.review.next_review;
    }
    m_draft = std::move(fresh);
    m_revision = rev;
}

// Applies one change to a fresh copy of the stored activity and updates it (one undo step);
// false when read-only, unchanged or refused.
bool EditorPanel::commit(UiContext& ctx, const std::function<void(Activity&)>& apply) {
    if (!ctx.canEdit()) return false;
    const Activity* cur = ctx.model->find(m_id);
    if (!cur) return false;
    Activity copy = *cur;
    apply(copy);
    if (copy == *cur) return false;
    return ctx.check(ctx.model->updateActivity(copy));
}

// ---- [SECTION] header and findings -----------------------------------------------------------
// Name, actions (more, close), tier badge, DPIA verdict, lifecycle and the tier's reason.
EditorPanel::Action EditorPanel::drawHeader(UiContext& ctx, const Activity& a, bool fullWidth) {
    Action action = Action::None;
    if (fullWidth) {
        if (ImGui::Button((std::string(icon::kArrowLeft) + "  " + tr("ed.back")).c_str())) action = Action::Close;
        ImGui::Spacing();
    }
    const ImVec2 start = ImGui::GetCursorPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float btn = ImGui::GetFrameHeight();
    const float btnsW = btn * 2 + ImGui::GetStyle().ItemSpacing.x;

    ImGui::PushFont(fonts().heading);
    ImGui::PushTextWrapPos(start.x + w - btnsW - em(0.6f));
    ImGui::TextUnformatted(a.name.empty() ? tr("ed.unnamed") : a.name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const ImVec2 after = ImGui::GetCursorPos();

    ImGui::SetCursorPos(ImVec2(start.x + w - btnsW, start.y));
    if (ImGui::Button(icon::kEllipsisH, ImVec2(btn, btn))) ImGui::OpenPopup("more");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("ed.more"));
    edit::accessibleLabel(tr("ed.more"));
    ImGui::SameLine();
    if (ImGui::Button(icon::kTimes, ImVec2(btn, btn))) action = Action::Close;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("ed.close_tip"));
    edit::accessibleLabel(tr("ed.close"));
    ImGui::SetCursorPos(after);

    // Tier, DPIA screen and the sentence that explains the tier.
    if (const rules::Assessment* as = ctx.model->assessment(m_id)) {
        tierBadge(as->tier);
        ImGui::SameLine(0, em(0.6f));
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextUnformatted(label(as->dpia));
        ImGui::SameLine(0, em(0.6f));
        ImGui::TextUnformatted("\xC2\xB7");
        ImGui::SameLine(0, em(0.6f));
        ImGui::TextUnformatted(label(a.lifecycle));
        ImGui::PopStyleColor();
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextWrapped("%s", rules::tierReason(a, lang()).c_str());
        ImGui::PopStyleColor();
    }
    // The menu last: a command in it (duplicate) may move the activity `a` refers to.
    const bool retired = a.lifecycle == Lifecycle::Retired;
    if (ImGui::BeginPopup("more")) {
        ImGui::BeginDisabled(!ctx.canEdit());
        if (ImGui::MenuItem((std::string(icon::kCopy) + "  " + tr("reg.duplicate")).c_str())) {
            auto r = ctx.model->duplicateActivity(m_id);
            if (r.ok()) {
                ctx.selectedId = r.value();
                ctx.toast(tr("reg.duplicated_toast"));
            } else {
                ctx.toast(r.error().text(lang()), true);
            }
        }
        if (ImGui::MenuItem((std::string(icon::kArchive) + "  " + tr("reg.retire")).c_str(), nullptr, false,
                            !retired)) {
            if (commit(ctx, [](Activity& x) { x.lifecycle = Lifecycle::Retired; })) ctx.toast(tr("reg.retired_toast"));
        }
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, color::danger());
        if (ImGui::MenuItem((std::string(icon::kTrash) + "  " + tr("reg.delete_menu")).c_str())) action = Action::Delete;
        ImGui::PopStyleColor();
        ImGui::EndDisabled();
        ImGui::EndPopup();
    }
    ImGui::Spacing();
    return action;
}

// The activity's findings, blockers first, in a box of limited height; a click jumps to the
// field that fixes one.
void EditorPanel::drawFindings(UiContext& ctx, const Activity& a) {
    const rules::Assessment* as = ctx.model->assessment(a.id);
    if (!as) return;
    if (as->findings.empty()) {
        ImGui::TextColored(ImColor(color::success()), "%s  %s", icon::kCheckCircle, tr("ed.no_findings"));
        ImGui::Spacing();
        return;
    }
    // Blockers first, then warnings, then info; rule-table order within a severity.
    std::vector<const rules::Finding*> list;
    for (const rules::Finding& f : as->findings) list.push_back(&f);
    std::stable_sort(list.begin(), list.end(), [](auto* x, auto* y) { return x->severity < y->severity; });

    float badgeW = 0;
    for (Severity s : allOf<Severity>()) badgeW = std::max(badgeW, ImGui::CalcTextSize(label(s)).x);
    badgeW += em(0.9f) + em(0.6f);
    const float pad = em(0.35f);
    const float avail = ImGui::GetContentRegionAvail().x - em(1.6f);
    const float wrapW = std::max(em(8), avail - badgeW - ImGui::GetStyle().ScrollbarSize);
    std::vector<std::string> texts;
    float total = 0;
    for (const rules::Finding* f : list) {
        texts.push_back(f->message(lang()));
        total += std::max(ImGui::GetFrameHeight(), ImGui::CalcTextSize(texts.back().c_str(), nullptr, false, wrapW).y) + pad * 2;
    }
    const int blockers = as->blockers();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(blockers > 0 ? trf("ed.findings_head_blockers", num(list.size()), num(blockers)).c_str()
                                        : trf("ed.findings_head", num(list.size())).c_str());
    ImGui::PopFont();
    helpMarker(tr("ed.findings_help"));

    const float maxH = em(9.5f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.4f), em(0.3f)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, darkTheme()         ? color::tint(color::Tint::Neutral)
                                            : blockers > 0 ? IM_COL32(254, 246, 246, 255)
                                                           : IM_COL32(255, 251, 240, 255));
    ImGui::BeginChild("findings", ImVec2(0, std::min(total + em(0.6f), maxH)),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(em(0.4f), 0));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const rules::Finding& f = *list[i];
        const float h = std::max(ImGui::GetFrameHeight(), ImGui::CalcTextSize(texts[i].c_str(), nullptr, false, wrapW).y) + pad * 2;
        ImGui::PushID(int(i));
        const ImVec2 p = ImGui::GetCursorPos();
        if (ImGui::Selectable("##finding", false, ImGuiSelectableFlags_None, ImVec2(0, h)))
            ctx.requests.push(req::FocusField{f.field.empty() ? std::string("name") : f.field});
        edit::accessibleLabel(texts[i].c_str());
        if (ImGui::IsItemHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (const rules::RuleInfo* info = rules::ruleInfo(f.rule))
                ImGui::SetTooltip("%s  \xC2\xB7  %s", std::string(info->id).c_str(), std::string(info->articleText(lang())).c_str());
        }
        ImGui::SetCursorPos(ImVec2(p.x, p.y + pad));
        severityBadge(f.severity);
        ImGui::SetCursorPos(ImVec2(p.x + badgeW, p.y + pad + (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f));
        ImGui::PushTextWrapPos(p.x + badgeW + wrapW);
        ImGui::TextUnformatted(texts[i].c_str());
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPos(ImVec2(p.x, p.y + h));
        ImGui::Dummy(ImVec2(0, 0));
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImGui::Spacing();
}

// A finding that an edit (or undo, or a saved screening) adds to the open activity, or takes
// away, is announced politely in the UI language; opening another activity announces nothing.
void EditorPanel::announceFindings(UiContext& ctx, const Activity& a) {
    const rules::Assessment* as = ctx.model->assessment(a.id);
    std::vector<std::string> now;
    if (as)
        for (const rules::Finding& f : as->findings) now.push_back(f.rule + '\x1f' + f.detail);
    if (m_findingsFor != a.id) {
        m_findingsFor = a.id;
        m_findingsSeen = std::move(now);
        m_findingsSaid.clear();
        return;
    }
    if (now != m_findingsSeen) {
        std::string said;
        const auto sentence = [&said](std::string text) {  // "." between sentences
            if (!text.empty() && text.back() != '.') text += '.';
            said += text + ' ';
        };
        const auto has = [](const std::vector<std::string>& v, const std::string& k) {
            return std::find(v.begin(), v.end(), k) != v.end();
        };
        if (as)
            for (const rules::Finding& f : as->findings)
                if (!has(m_findingsSeen, f.rule + '\x1f' + f.detail))
                    sentence(trf("ed.finding_new", label(f.severity), f.message(lang())));
        for (const std::string& k : m_findingsSeen)
            if (!has(now, k)) {
                const std::size_t cut = k.find('\x1f');
                const rules::RuleInfo* info = rules::ruleInfo(k.substr(0, cut));
                sentence(trf("ed.finding_gone", info ? info->title(lang(), k.substr(cut + 1)) : k.substr(0, cut)));
            }
        if (!said.empty()) said.pop_back();
        if (!said.empty()) m_findingsSaid = std::move(said);
        m_findingsSeen = std::move(now);
    }
    items::live(m_findingsSaid, false);
}

// ---- [SECTION] focus -------------------------------------------------------------------------
void EditorPanel::focusBefore(std::string_view field) {
    // Text inputs take the keyboard focus (and the typing) through ImGui's focus request.
    if (!m_focus.empty() && m_focus == field) {
        edit::focusNextItem();
        m_focusText = true;
    }
}

void EditorPanel::focusAfter(std::string_view field) {
    if (!m_focus.empty() && m_focus == field) {
        // Other widgets only get the (visible) keyboard focus: activating them through the
        // focus request would tick a checkbox or open a combo.
        if (!m_focusText && ImGui::GetItemID() != 0) {
            ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
            GImGui->NavDisableHighlight = false;
        }
        ImGui::SetScrollHereY(0.3f);
        m_flash = m_focus;
        m_flashUntil = ImGui::GetTime() + 1.8;
        m_lastFocused = m_focus;
        m_focus.clear();
        m_focusText = false;
    }
    if (!m_flash.empty() && m_flash == field) {
        const double left = m_flashUntil - ImGui::GetTime();
        if (left <= 0) {
            m_flash.clear();
        } else {
            const float alpha = float(std::min(1.0, left / 0.6));
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            const ImU32 c = ImGui::GetColorU32(ImVec4(0.15f, 0.39f, 0.92f, alpha));
            ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), c,
                                                ImGui::GetStyle().FrameRounding + 2, 0, 2.0f);
        }
    }
}

// ---- [SECTION] field helpers -----------------------------------------------------------------
// A one-line text field with label and help; committed when left after an edit. The name is
// validated (1-200 characters) and not committed while invalid.
void EditorPanel::textField(UiContext& ctx, const char* field, const char* labelKey, const char* helpKey,
                            std::string Activity::*member, const char* hintKey) {
    const bool isName = std::string_view(field) == "name";
    edit::fieldLabel(tr(labelKey), helpKey ? tr(helpKey) : nullptr, isName);
    ImGui::PushID(field);
    focusBefore(field);
    ImGui::SetNextItemWidth(-FLT_MIN);
    edit::inputText("##input", m_draft.*member, hintKey ? tr(hintKey) : nullptr);
    edit::accessibleLabel(tr(labelKey));
    const bool done = ImGui::IsItemDeactivatedAfterEdit();
    focusAfter(field);
    bool ok = true;
    if (isName) {
        const char* problem = edit::nameProblem(m_draft.name);
        ok = *problem == 0;
        if (!ok) {
            edit::markInvalid();
            edit::errorText(tr(problem));
        }
        if (ok) m_invalid.erase(field);
        else m_invalid.insert(field);
    }
    if (done && ok) {
        const std::string v = m_draft.*member;
        commit(ctx, [&](Activity& a) { a.*member = v; });
    }
    ImGui::PopID();
}

// A longer text shown wrapped in a frame; a click (or Enter) turns it into a multi-line input,
// committed when left.
void EditorPanel::longTextField(UiContext& ctx, const char* field, const char* labelKey, const char* helpKey,
                                std::string Activity::*member, const char* hintKey) {
    edit::fieldLabel(tr(labelKey), helpKey ? tr(helpKey) : nullptr);
    ImGui::PushID(field);
    std::string& value = m_draft.*member;
    const ImGuiStyle& st = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    const float wrapW = w - st.FramePadding.x * 2;
    const float lineH = ImGui::GetTextLineHeight();
    const float textH = value.empty() ? lineH : ImGui::CalcTextSize(value.c_str(), nullptr, false, wrapW).y;
    const float h = std::max(textH, lineH * 2) + st.FramePadding.y * 2;

    if (m_focus == field && m_editingLong != field && ctx.canEdit()) {
        m_editingLong = field;
        m_editingLongActive = false;
        m_editingLongWait = 0;
    }
    if (m_editingLong == field) {
        // Editing: a multi-line input (Enter starts a new line; click elsewhere to finish).
        if (!m_editingLongActive) edit::focusNextItem();
        edit::inputMultiline("##input", value, ImVec2(-FLT_MIN, std::max(h + lineH, lineH * 4 + st.FramePadding.y * 2)));
        edit::accessibleLabel(tr(labelKey));
        // A frame in which the panel was clipped away (a tablet's keyboard shrank the page) did not
        // draw the field: that says nothing about the edit, which goes on (the shell keeps it alive).
        const bool drawn = !ImGui::GetCurrentWindowRead()->SkipItems;
        if (drawn && ImGui::IsItemActive()) m_editingLongActive = true;
        else if (drawn && !m_editingLongActive && ++m_editingLongWait > 10) m_editingLong.clear();  // the focus never came
        if (drawn && ImGui::IsItemDeactivatedAfterEdit()) {
            const std::string v = value;
            commit(ctx, [&](Activity& a) { a.*member = v; });
        }
        if (drawn && m_editingLongActive && !ImGui::IsItemActive()) m_editingLong.clear();
        focusAfter(field);
    } else {
        // At rest: the text wrapped in a frame; a click (or Enter on it) starts editing.
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const bool clicked = ImGui::InvisibleButton("##view", ImVec2(w, h));
        edit::accessibleLabel(tr(labelKey));
        items::mark(items::Role::TextField, items::kMultiline, tr(labelKey), value);  // a text field to screen readers
        const bool hovered = ImGui::IsItemHovered();
        const bool startByKey = ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGuiKey_Enter, false);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 q(p.x + w, p.y + h);
        dl->AddRectFilled(p, q, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), st.FrameRounding);
        dl->AddRect(p, q, ImGui::GetColorU32(ImGuiCol_Border), st.FrameRounding);
        const ImVec2 tp(p.x + st.FramePadding.x, p.y + st.FramePadding.y);
        if (value.empty())
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), tp, ImGui::GetColorU32(ImGuiCol_TextDisabled),
                        hintKey ? tr(hintKey) : tr("ed.click_to_write"));
        else
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), tp, ImGui::GetColorU32(ImGuiCol_Text), value.c_str(),
                        value.c_str() + value.size(), wrapW);
        if (hovered && ctx.canEdit()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        if ((clicked || startByKey) && ctx.canEdit()) {
            m_editingLong = field;
            m_editingLongActive = false;
            m_editingLongWait = 0;
        }
        focusAfter(field);
    }
    ImGui::PopID();
}

// A checkbox committed on click.
void EditorPanel::checkField(UiContext& ctx, const char* field, const char* labelKey, const char* helpKey,
                             bool Activity::*member) {
    ImGui::PushID(field);
    if (edit::checkbox(tr(labelKey), &(m_draft.*member))) {
        const bool v = m_draft.*member;
        commit(ctx, [&](Activity& a) { a.*member = v; });
    }
    focusAfter(field);
    if (helpKey) helpMarker(tr(helpKey));
    ImGui::PopID();
}

// A YYYY-MM-DD input (dd-mm-yyyy is read as well) with the distance to today; true when a
// valid value should be committed. Invalid text is marked and remembered, not committed.
bool EditorPanel::dateInput(const char* field, const char* name, std::string& value) {
    ImGui::PushID(field);
    focusBefore(field);
    ImGui::SetNextItemWidth(em(9));
    edit::inputText("##date", value, tr("ed.date_hint"));
    edit::accessibleLabel(name);
    const bool done = ImGui::IsItemDeactivatedAfterEdit();
    focusAfter(field);
    // Dutch users may type 25-11-2026: read it as the same day.
    if (done && value.size() == 10 && value[2] == '-' && value[5] == '-') {
        const std::string iso = value.substr(6, 4) + "-" + value.substr(3, 2) + "-" + value.substr(0, 2);
        if (edit::dateOk(iso)) value = iso;
    }
    const bool ok = edit::dateOk(value);
    if (!ok) {
        edit::markInvalid();
        m_invalid.insert(field);
    } else {
        m_invalid.erase(field);
    }
    if (ok && !value.empty() && !ImGui::IsItemActive()) {
        // How far away the date is, which the bare date does not say at a glance.
        const int days = rules::daysUntil(today(), value);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        if (days == 0) ImGui::TextDisabled("%s", tr("ed.date_today"));
        else if (days > 0) ImGui::TextDisabled("%s", trf("ed.date_in_days", num(days)).c_str());
        else ImGui::TextDisabled("%s", trf("ed.date_days_ago", num(-days)).c_str());
    }
    if (!ok) edit::errorText(tr("ed.err.date"));
    ImGui::PopID();
    return done && ok;
}

}  // namespace air::ui
