// Workshop presenter mode (see workshop_presenter.hpp): the two cards side by side. The frame,
// keys and top bar are in workshop_presenter.cpp.
//
// Index:
//   [SECTION] activity   — the activity card and its agreed actions
//   [SECTION] principle  — the principle card, quick vote and notes
#include "ui/workshop_presenter.hpp"
#include "ui/framework_board.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/principles.hpp"
#include "imgui_internal.h"
#include "rules/rules.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/workshop_presenter_parts.hpp"

namespace air::ui {

using namespace presenter;

// ---- [SECTION] activity ---------------------------------------------------------------------
void WorkshopPresenter::drawActivity(UiContext& ctx, const Workshop& w, const std::string& activityId) {
    const std::size_t count = w.activity_ids.size();
    const float navBtn = ImGui::GetFrameHeight();
    overline(count ? trf("ws.p_activity_of", num(m_activity + 1), num(count)).c_str()
                   : tr("ws.p_activity"));
    ImGui::SameLine();
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - navBtn * 2 - em(0.2f));
    ImGui::BeginDisabled(m_activity == 0);
    if (iconButton(icon::kChevronLeft, "prev_activity", tr("ws.p_prev_activity"), navBtn, tr("ws.key_pageup")) &&
        m_activity > 0) {
        --m_activity;
        m_principle = 0;
    }
    ImGui::EndDisabled();
    ImGui::SameLine(0, em(0.2f));
    ImGui::BeginDisabled(m_activity + 1 >= count);
    if (iconButton(icon::kChevronRight, "next_activity", tr("ws.p_next_activity"), navBtn, tr("ws.key_pagedown")) &&
        m_activity + 1 < count) {
        ++m_activity;
        m_principle = 0;
    }
    ImGui::EndDisabled();

    if (count == 0) {
        ImGui::Spacing();
        wrapped(tr("ws.p_no_activities"));
        return;
    }
    const Activity* a = ctx.model->find(activityId);
    const rules::Assessment* as = ctx.model->assessment(activityId);

    ImGui::PushFont(fonts().presenter);
    wrapped(a ? a->name : std::string(tr("ws.activity_gone")));
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, em(0.1f)));

    const Tier tier = as ? as->tier : Tier::Unassessed;
    tierBadge(tier);
    if (a) {
        ImGui::PushFont(m_large ? fonts().heading : fonts().body);
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        wrapped(rules::tierReason(*a, lang()));
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0, em(0.4f)));

    if (a) {
        overline(tr("ws.p_purpose"));
        if (a->purpose.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
            wrapped(tr("ws.p_purpose_empty"));
            ImGui::PopStyleColor();
        } else {
            wrapped(a->purpose);
        }
        ImGui::Dummy(ImVec2(0, em(0.3f)));

        overline(tr("ws.p_data"));
        ImGui::PushFont(fonts().body);
        if (a->data_categories.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
            ImGui::TextUnformatted(tr("ws.p_data_empty"));
            ImGui::PopStyleColor();
        }
        const float right = ImGui::GetWindowContentRegionMax().x;
        bool first = true;
        for (DataCategory c : a->data_categories) {
            const char* text = label(c);
            const float w0 = ImGui::CalcTextSize(text).x + em(1.0f);
            if (!first) {
                ImGui::SameLine(0, em(0.35f));
                if (ImGui::GetCursorPosX() + w0 > right) ImGui::NewLine();
            }
            first = false;
            ws::tag(text, isSpecial(c));
        }
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(0, em(0.3f)));

        // Key findings: blockers first, at most three, the rest counted.
        overline(tr("ws.p_findings"));
        ImGui::PushFont(m_large ? fonts().heading : fonts().body);
        std::vector<const rules::Finding*> fs;
        if (as)
            for (const auto& f : as->findings) fs.push_back(&f);
        std::stable_sort(fs.begin(), fs.end(), [](auto* x, auto* y) { return int(x->severity) < int(y->severity); });
        if (fs.empty()) {
            ImGui::TextColored(ImColor(color::success()), "%s %s", icon::kCheck, tr("ws.p_no_findings"));
        }
        for (std::size_t i = 0; i < fs.size() && i < 3; ++i) {
            severityBadge(fs[i]->severity);
            ImGui::SameLine(0, em(0.4f));
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y);
            wrapped(fs[i]->message(lang()));
        }
        if (fs.size() > 3) {
            ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
            ImGui::TextUnformatted(trf("ws.p_more_findings", num(fs.size() - 3)).c_str());
            ImGui::PopStyleColor();
        }
        ImGui::PopFont();
        // The team's adopted principles and red lines this activity touches.
        if (const Activity* act = ctx.model->find(activityId)) {
            ImGui::Dummy(ImVec2(0, em(0.3f)));
            ImGui::PushFont(m_large ? fonts().heading : fonts().body);
            if (std::string fw = drawFrameworkTouches(ctx, *act); !fw.empty()) {
                m_board.select(std::move(fw));
                m_framework = true;
            }
            ImGui::PopFont();
        }
    }
}

// Height the agreed-actions block needs: its heading, two lines per action and the add row.
float WorkshopPresenter::actionsHeight(const Workshop& w, const std::string& activityId) const {
    if (activityId.empty()) return 0.0f;
    const float line = ImGui::GetFrameHeightWithSpacing();
    ImGui::PushFont(fonts().body);
    const float small = ImGui::GetFrameHeightWithSpacing();
    ImGui::PopFont();
    const float n = float(ws::actionsFor(w, activityId).size());
    return em(1.0f) + line + n * (line + small + em(0.15f) + ImGui::GetStyle().ItemSpacing.y) + line + small * 2;
}

void WorkshopPresenter::drawActions(UiContext& ctx, const Workshop& w, const std::string& activityId) {
    if (activityId.empty()) return;
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    const auto idx = ws::actionsFor(w, activityId);
    int open = 0;
    for (auto i : idx) open += w.actions[i].done ? 0 : 1;
    ImGui::PushFont(fonts().bold);
    ImGui::SeparatorText(trf("ws.p_actions", num(open)).c_str());
    ImGui::PopFont();

    ImGui::BeginDisabled(!ctx.canEdit());
    for (std::size_t i : idx) {
        const WorkshopAction& act = w.actions[i];
        ImGui::PushID(int(i));  // the action's place in the workshop file is its identity
        bool done = act.done;
        if (ImGui::Checkbox("##done", &done)) {
            Workshop c = w;
            c.actions[i].done = done;
            save(ctx, c);
        }
        ws::accessibleName(trf("ws.p_action_done", act.text).c_str());
        const float indent = ImGui::GetItemRectSize().x + ImGui::GetStyle().ItemSpacing.x;
        ImGui::SameLine();
        // The text reads as text (wrapped, so the room sees all of it); a click edits it.
        std::string out;
        if (m_editAction == i) {
            ImGui::SetNextItemWidth(-FLT_MIN);
            if (m_editFrames > 0) {
                if (m_editFrames == 3) ImGui::SetKeyboardFocusHere();
                --m_editFrames;
            }
            if (m_field.single("##text", act.text, out) && !ws::trimmed(out).empty() && out != act.text) {
                Workshop c = w;
                c.actions[i].text = ws::trimmed(out);
                save(ctx, c);
            }
            ws::accessibleName(tr("ws.p_action_text"));
            if (!ImGui::IsItemActive() && m_editFrames == 0) m_editAction = kNone;
        } else {
            ImGui::BeginGroup();
            if (act.done) ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ImGui::GetStyle().FramePadding.y * 0.5f);
            wrapped(act.text);
            if (act.done) ImGui::PopStyleColor();
            ImGui::EndGroup();
            if (ctx.canEdit() && ImGui::IsItemHovered()) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
                ImGui::SetTooltip("%s", tr("ws.p_action_edit_tip"));
                if (ImGui::IsMouseClicked(0)) m_editAction = i, m_editFrames = 3;
            }
        }

        ImGui::PushFont(fonts().body);
        ImGui::Indent(indent);
        ImGui::SetNextItemWidth(em(11));
        if (m_field.single("##owner", act.owner, out, tr("ws.owner_hint")) && out != act.owner) {
            Workshop c = w;
            c.actions[i].owner = ws::trimmed(out);
            save(ctx, c);
        }
        ws::accessibleName(trf("ws.p_action_owner", act.text).c_str());
        ImGui::SameLine();
        ImGui::SetNextItemWidth(em(7.5f));
        if (m_field.single("##due", act.due, out, tr("ws.due_hint"))) {
            const std::string due = ws::trimmed(out);
            if (!ws::optionalDateOk(due)) {
                ctx.toast(tr("ws.due_invalid"), true);
            } else if (due != act.due) {
                Workshop c = w;
                c.actions[i].due = due;
                save(ctx, c);
            }
        }
        ws::accessibleName(trf("ws.p_action_due", act.text).c_str());
        if (!ws::optionalDateOk(act.due)) {
            ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), color::danger(),
                                                ImGui::GetStyle().FrameRounding, 0, 1.5f);
        }
        ImGui::SameLine();
        if (iconButton(icon::kPencil, "edit", tr("ws.p_action_edit"), ImGui::GetFrameHeight()))
            m_editAction = i, m_editFrames = 3;
        ImGui::SameLine(0, 0);
        if (iconButton(icon::kTrash, "delete", tr("ws.p_action_delete"), ImGui::GetFrameHeight())) {
            Workshop c = w;
            c.actions.erase(c.actions.begin() + std::ptrdiff_t(i));
            save(ctx, c);
            ctx.toast(tr("ws.p_action_deleted"));
        }
        ImGui::Unindent(indent);
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(0, em(0.15f)));
        ImGui::PopID();
    }

    // A new action for this activity: one line; owner and due date are filled in on its row.
    if (!activityId.empty()) {
        const float addW = ImGui::GetFrameHeight() * 1.4f;
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - addW - ImGui::GetStyle().ItemSpacing.x);
        const bool enter = ws::inputString("##new_action", m_newText, tr("ws.p_new_action_hint"),
                                           ImGuiInputTextFlags_EnterReturnsTrue);
        ws::accessibleName(tr("ws.p_new_action_hint"));
        ImGui::SameLine();
        const bool can = !ws::trimmed(m_newText).empty();
        ImGui::BeginDisabled(!can);
        const std::string addLabel = std::string(icon::kPlus) + "##add_action";
        const bool add = primaryButton(addLabel.c_str(), ImVec2(addW, 0));
        ws::accessibleName(tr("ws.p_add_action"));
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", tr("ws.p_add_action_tip"));
        ImGui::EndDisabled();
        if ((add || enter) && can) {
            Workshop c = w;
            c.actions.push_back({activityId, ws::trimmed(m_newText), "", "", false});
            save(ctx, c);
            m_newText.clear();
        }
    }
    ImGui::EndDisabled();
}

// ---- [SECTION] principle ------------------------------------------------------------------
void WorkshopPresenter::drawPrinciple(UiContext&) {
    const auto& deck = principleDeck();
    m_principle = std::clamp(m_principle, 0, int(deck.size()) - 1);
    const PrincipleCard& card = deck[std::size_t(m_principle)];
    const float navBtn = ImGui::GetFrameHeight();

    // "Principle 2 of 8", a dot per card (click to jump) and previous / next.
    overline(trf("ws.p_principle_of", num(m_principle + 1), num(deck.size())).c_str());
    ImGui::SameLine(0, em(0.8f));
    {
        const float r = em(0.22f), step = em(0.75f);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        for (int i = 0; i < int(deck.size()); ++i) {
            if (i > 0) ImGui::SameLine(0, 0);
            ImGui::PushID(i);
            if (ImGui::InvisibleButton("##dot", ImVec2(step, ImGui::GetFrameHeight()))) m_principle = i;
            ws::accessibleName(deck[std::size_t(i)].title(lang()).data());
            const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
            const ImVec2 c((mn.x + mx.x) * 0.5f, (mn.y + mx.y) * 0.5f);
            if (i == m_principle) dl->AddCircleFilled(c, r * 1.3f, color::accent());
            else dl->AddCircle(c, r, color::textMuted(), 0, 1.5f);
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", deck[std::size_t(i)].title(lang()).data());
            ImGui::PopID();
        }
        ImGui::SameLine();
    }
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - navBtn * 2 - em(0.2f));
    ImGui::BeginDisabled(m_principle == 0);
    if (iconButton(icon::kChevronLeft, "prev_principle", tr("ws.p_prev_principle"), navBtn, tr("ws.key_left")))
        m_principle = std::max(0, m_principle - 1);
    ImGui::EndDisabled();
    ImGui::SameLine(0, em(0.2f));
    ImGui::BeginDisabled(m_principle + 1 >= int(deck.size()));
    if (iconButton(icon::kChevronRight, "next_principle", tr("ws.p_next_principle"), navBtn, tr("ws.key_right")))
        m_principle = std::min(int(deck.size()) - 1, m_principle + 1);
    ImGui::EndDisabled();

    ImGui::PushFont(fonts().presenter);
    wrapped(std::string(card.title(lang())));
    ImGui::PopFont();
    // The summary is for the facilitator to introduce the card: a step quieter than the questions.
    ImGui::PushFont(m_large ? fonts().heading : fonts().body);
    if (m_large) ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    wrapped(std::string(card.summary(lang())));
    if (m_large) ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, em(0.3f)));

    // The questions are what the room discusses: the largest type that fits the window.
    overline(tr("ws.p_questions"));
    if (m_large) ImGui::PushFont(fonts().presenter);
    for (std::size_t i = 0; i < card.questions.size(); ++i) {
        ImGui::TextColored(ImColor(color::accent()), "%zu", i + 1);
        ImGui::SameLine(em(1.2f));
        wrapped(std::string(card.question(i, lang())));
        ImGui::Dummy(ImVec2(0, em(0.1f)));
    }
    if (m_large) ImGui::PopFont();
}

// Height of one vote tile: the word and count line (presenter size) above the -/+ buttons.
float WorkshopPresenter::tileHeight() const {
    ImGui::PushFont(fonts().presenter);
    const float big = ImGui::GetFontSize();
    ImGui::PopFont();
    return em(0.55f) * 2 + big + em(0.3f) + voteButtonHeight();
}

// The -/+ buttons of a vote tile: a thumb's size on touch.
float WorkshopPresenter::voteButtonHeight() {
    return std::max(ImGui::GetFrameHeight() * 1.1f, touchSizes() ? 56.0f : 0.0f);
}

// Height of the capture strip: air and a rule, a label line, the tiles, a margin.
float WorkshopPresenter::captureHeight(bool stacked) const {
    const float sp = ImGui::GetStyle().ItemSpacing.y;
    ImGui::PushFont(fonts().body);
    const float label = ImGui::GetFrameHeight();
    ImGui::PopFont();
    const float one = label + tileHeight() + sp;
    return em(0.3f) + 1.0f + 3 * sp + one + (stacked ? one : 0.0f) + em(0.4f);
}

void WorkshopPresenter::drawCapture(UiContext& ctx, const Workshop& w, const std::string& activityId) {
    const Principle p = principleDeck()[std::size_t(m_principle)].principle;
    ImGui::Dummy(ImVec2(0, em(0.2f)));
    ImGui::Separator();
    ImGui::Dummy(ImVec2(0, em(0.1f)));
    const float gap = em(1.0f);
    const bool stacked = m_narrow;  // a portrait tablet: the notes below the tiles
    const float votesW = stacked ? ImGui::GetContentRegionAvail().x : (ImGui::GetContentRegionAvail().x - gap) * 0.62f;
    const ImVec2 start = ImGui::GetCursorPos();

    ImGui::BeginGroup();
    drawVotes(ctx, w, activityId, p, votesW);
    ImGui::EndGroup();

    // Notes on this principle for this activity, next to the vote (below it when narrow). Shown
    // as wrapped text (so the room can read all of it); a click turns the box into a text field.
    if (!stacked) ImGui::SetCursorPos(ImVec2(start.x + votesW + gap, start.y));
    ImGui::BeginGroup();
    overline(tr("ws.p_notes"));
    ImGui::BeginDisabled(!ctx.canEdit());
    ImGui::PushID(keyOf(p).data());
    const std::string note = ws::noteFor(w, activityId, p);
    const std::string key = activityId + "/" + std::string(keyOf(p));
    const std::string name = trf("ws.p_notes_name", labelOf(p, lang()));
    const float noteH = tileHeight();
    ImGui::PushFont(m_large ? fonts().heading : fonts().body);
    if (m_noteKey == key) {
        if (m_noteFrames == 3) ImGui::SetKeyboardFocusHere();
        if (m_noteFrames > 0) --m_noteFrames;
        std::string out;
        if (m_field.multiline("##note", note, out, ImVec2(-FLT_MIN, noteH))) {
            Workshop c = w;
            if (ws::setNote(c, activityId, p, out)) save(ctx, c);
        }
        ws::accessibleName(name.c_str());
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) ImGui::SetTooltip("%s", tr("ws.p_notes_help"));
        if (!ImGui::IsItemActive() && m_noteFrames == 0) m_noteKey.clear();
    } else {
        const ImVec2 a = ImGui::GetCursorScreenPos();
        const ImVec2 size(ImGui::GetContentRegionAvail().x, noteH);
        if (ImGui::InvisibleButton("##note_view", size) && ctx.canEdit()) m_noteKey = key, m_noteFrames = 3;
        ws::accessibleName(name.c_str());
        const bool hover = ImGui::IsItemHovered();
        if (hover && ctx.canEdit()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
        const ImVec2 b(a.x + size.x, a.y + size.y);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float rounding = ImGui::GetStyle().FrameRounding;
        dl->AddRectFilled(a, b, ImGui::GetColorU32(hover ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg), rounding);
        dl->AddRect(a, b, hover ? color::accent() : color::border(), rounding);
        const ImVec2 pad = ImGui::GetStyle().FramePadding;
        const float wrapW = size.x - pad.x * 2;
        const char* text = note.empty() ? tr("ws.p_notes_empty") : note.c_str();
        const float textH = ImGui::CalcTextSize(text, nullptr, false, wrapW).y;
        // When the note is longer than the box, its end stays in view (whole lines only).
        const float lineH = ImGui::GetTextLineHeight();
        const float over = std::max(0.0f, textH - (size.y - pad.y * 2));
        const float y = a.y + pad.y - (over > 0 ? std::ceil(over / lineH) * lineH : 0.0f);
        const ImVec4 clip(a.x + 1, a.y + 1, b.x - 1, b.y - 1);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + pad.x, y),
                    note.empty() ? color::textMuted() : ImGui::GetColorU32(ImGuiCol_Text), text, nullptr, wrapW, &clip);
    }
    ImGui::PopFont();
    ImGui::PopID();
    ImGui::EndDisabled();
    ImGui::EndGroup();
}

void WorkshopPresenter::drawVotes(UiContext& ctx, const Workshop& w, const std::string& activityId, Principle p,
                                  float width) {
    overline(tr("ws.p_vote"));
    ImGui::PushFont(fonts().body);
    helpMarker(tr("ws.p_vote_help"));
    ImGui::PopFont();
    const Vote v = ws::votesFor(w, activityId, p);
    const float gap = em(0.5f);
    const float tileW = (width - 2 * gap) / 3.0f;
    const float padIn = em(0.55f);
    ImGui::PushFont(fonts().presenter);
    const float bigH = ImGui::GetFontSize();
    ImGui::PopFont();
    const float btnH = voteButtonHeight();
    const float tileH = tileHeight();
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();

    ImGui::BeginDisabled(!ctx.canEdit());
    const ws::VoteColor colors[] = {ws::VoteColor::Green, ws::VoteColor::Amber, ws::VoteColor::Red};
    for (int k = 0; k < 3; ++k) {
        const ws::VoteColor c = colors[k];
        const int n = c == ws::VoteColor::Green ? v.green : c == ws::VoteColor::Amber ? v.amber : v.red;
        const ImVec2 a(p0.x + float(k) * (tileW + gap), p0.y);
        const ImVec2 b(a.x + tileW, a.y + tileH);
        dl->AddRectFilled(a, b, ws::voteTint(c), em(0.4f));
        dl->AddRectFilled(a, ImVec2(a.x + em(0.3f), b.y), ws::voteColor(c), em(0.4f), ImDrawFlags_RoundCornersLeft);

        // The colour's word (with a dot) and its count, large.
        const char* word = ws::voteWord(c);
        ImGui::PushFont(fonts().bold);
        const float wordY = a.y + padIn + (bigH - ImGui::GetFontSize()) * 0.5f;
        dl->AddCircleFilled(ImVec2(a.x + padIn + em(0.5f), wordY + ImGui::GetFontSize() * 0.55f), em(0.4f),
                            ws::voteColor(c));
        dl->AddText(ImVec2(a.x + padIn + em(1.3f), wordY), IM_COL32(31, 41, 55, 255), word);
        ImGui::PopFont();
        ImGui::PushFont(fonts().presenter);
        const std::string num = std::to_string(n);
        const float numW = ImGui::CalcTextSize(num.c_str()).x;
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(b.x - padIn - numW, a.y + padIn),
                    IM_COL32(17, 24, 39, 255), num.c_str());
        ImGui::PopFont();

        // Big - and + buttons: each click is one command (one undo step).
        ImGui::PushID(int(k));
        const float by = a.y + padIn + bigH + em(0.3f);
        ImGui::SetCursorScreenPos(ImVec2(a.x + em(0.3f) + padIn * 0.6f, by));
        const std::string minusLabel = std::string(kMinusIcon) + "##minus";
        ImGui::BeginDisabled(n == 0);
        const bool minus = ImGui::Button(minusLabel.c_str(), ImVec2(btnH * 1.25f, btnH));
        ImGui::EndDisabled();
        const std::string minusName = std::string("-1 ") + word;
        ws::accessibleName(minusName.c_str());
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenDisabled))
            ImGui::SetTooltip("%s", trf("ws.vote_minus_tip", word).c_str());
        ImGui::SameLine(0, em(0.3f));
        const std::string plusLabel = std::string(icon::kPlus) + "##plus";
        const bool plus = ws::filledButton(plusLabel.c_str(), ws::voteColor(c),
                                           ImVec2(b.x - padIn * 0.6f - ImGui::GetCursorScreenPos().x, btnH));
        const std::string plusName = std::string("+1 ") + word;
        ws::accessibleName(plusName.c_str());
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", trf("ws.vote_plus_tip", word).c_str());
        ImGui::PopID();
        if (plus || minus) {
            Workshop copy = w;
            if (ws::addVote(copy, activityId, p, c, plus ? 1 : -1)) save(ctx, copy);
        }
    }
    ImGui::EndDisabled();
    ImGui::SetCursorScreenPos(ImVec2(p0.x, p0.y + tileH));
    ImGui::Dummy(ImVec2(width, 0));
}

}  // namespace air::ui
