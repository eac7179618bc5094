// The team's own framework in the UI (framework_board.hpp).
//
// Index:
//   [SECTION] helpers
//   [SECTION] board      — list on the left, the chosen item on the right
//   [SECTION] item       — text, why, scope, show of hands, decision
//   [SECTION] touches    — the box beside an activity's findings
#include "ui/framework_board.hpp"

#include <algorithm>

#include "core/catalogue.hpp"
#include "core/clock.hpp"
#include "core/fields.hpp"
#include "core/framework.hpp"
#include "core/text.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

// ---- [SECTION] helpers ----------------------------------------------------------------------
namespace {

std::string kindTagText(FrameworkKind k) {
    return std::string(k == FrameworkKind::RedLine ? icon::kBan : icon::kFlag) + " " + label(k);
}
// Width of the kind's tag as kindTag draws it.
float kindTagWidth(FrameworkKind k) { return ImGui::CalcTextSize(kindTagText(k).c_str()).x + em(0.9f); }

// The kind's tag: a red line in the error tint with a ban icon, a principle neutral.
void kindTag(FrameworkKind k) {
    const bool red = k == FrameworkKind::RedLine;
    const std::string text = kindTagText(k);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str());
    const ImVec2 pad(em(0.45f), em(0.12f));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImVec2 b(p.x + ts.x + pad.x * 2, p.y + ts.y + pad.y * 2);
    const color::Tint t = red ? color::Tint::Error : color::Tint::Neutral;
    dl->AddRectFilled(p, b, color::tint(t), em(0.35f));
    dl->AddRect(p, b, color::tintEdge(t), em(0.35f));
    dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), color::tintText(t), text.c_str());
    ImGui::Dummy(ImVec2(b.x - p.x, b.y - p.y));
}

std::string votesLine(const FrameworkItem& f) {
    return trf("fw.votes_line", num(f.votes_for), num(f.votes_against), num(f.votes_abstain));
}

std::string statusLine(const FrameworkItem& f) {
    if (f.decided_at.empty() || f.status == FrameworkStatus::Proposed) return label(f.status);
    return trf("fw.decided", label(f.status), showDate(f.decided_at));
}

// A combo of checkboxes over `all` (value, its label) whose chosen ones are in `chosen`;
// returns true with `chosen` changed when the user toggles one.
template <class T, class LabelFn>
bool multiPick(const char* id, const char* title, const std::vector<T>& all, std::vector<T>& chosen, LabelFn name) {
    const std::string preview = chosen.empty() ? std::string(tr("fw.scope_none"))
                                : chosen.size() == 1 ? std::string(name(chosen[0]))
                                                     : trf("fw.scope_n", num(chosen.size()));
    bool changed = false;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title);
    ImGui::SameLine(em(11));
    ImGui::SetNextItemWidth(-1);
    const bool open = beginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLarge);
    if (!open) ws::accessibleName(title);  // while open, the last item is the popup's window
    if (open) {
        for (const T& v : all) {
            auto it = std::find(chosen.begin(), chosen.end(), v);
            bool on = it != chosen.end();
            const std::string itemLabel = std::string(name(v));
            if (ImGui::Checkbox(itemLabel.c_str(), &on)) {
                if (on) chosen.push_back(v);
                else chosen.erase(std::find(chosen.begin(), chosen.end(), v));
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}

template <class E>
std::vector<E> allValues() {
    auto a = allOf<E>();
    return std::vector<E>(a.begin(), a.end());
}

}  // namespace

void FrameworkBoard::save(UiContext& ctx, const FrameworkItem& item) {
    Result<std::string> r = ctx.model->upsertFrameworkItem(item);
    if (!r) ctx.check(r.error());
}

// ---- [SECTION] board ------------------------------------------------------------------------
void FrameworkBoard::draw(UiContext& ctx, const Workshop* workshop, bool large) {
    const std::vector<FrameworkItem>& fw = ctx.model->framework();
    if (!m_selected.empty() &&
        std::none_of(fw.begin(), fw.end(), [&](const FrameworkItem& f) { return f.id == m_selected; }))
        m_selected.clear();

    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = em(1.2f);
    const float leftW = std::max(em(14), (avail.x - gap) * 0.42f);
    const float rightW = std::max(em(14), avail.x - gap - leftW);
    const float h = std::max(em(12), avail.y);
    ImGui::PushFont(fonts().body);
    ImGui::BeginChild("##fw_list", ImVec2(leftW, h), ImGuiChildFlags_None);
    drawList(ctx, workshop, leftW, h);
    ImGui::EndChild();
    ImGui::SameLine(0, gap);
    ImGui::BeginChild("##fw_item", ImVec2(rightW, h), ImGuiChildFlags_None);
    const FrameworkItem* chosen = nullptr;
    for (const FrameworkItem& f : fw)
        if (f.id == m_selected) chosen = &f;
    if (chosen) {
        const FrameworkItem copy = *chosen;  // commands below refresh the model's list
        drawItem(ctx, workshop, copy, large);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(tr(fw.empty() ? "fw.empty" : "fw.select_hint"));
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
    ImGui::PopFont();
}

void FrameworkBoard::drawList(UiContext& ctx, const Workshop* workshop, float width, float) {
    ImGui::PushTextWrapPos(width - em(0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(tr("fw.intro"));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    // Propose: one line and a button; Enter works too.
    ImGui::BeginDisabled(!ctx.canEdit());
    const std::string btn = std::string(icon::kPlus) + "  " + tr("fw.propose");
    const float btnW = ImGui::CalcTextSize(btn.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(std::max(em(6), width - btnW - em(1.0f)));
    const bool enter = ws::inputString("##fw_new", m_newText, tr("fw.propose_hint"), ImGuiInputTextFlags_EnterReturnsTrue);
    ws::accessibleName(tr("fw.propose_hint"));
    ImGui::SameLine(0, em(0.4f));
    ImGui::BeginDisabled(text::isBlank(m_newText));
    const bool click = ImGui::Button(btn.c_str());
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr("fw.propose_tip"));
    ImGui::EndDisabled();
    if ((enter || click) && !text::isBlank(m_newText)) {
        FrameworkItem f;
        f.text = std::string(text::trim(m_newText));
        f.workshop_id = workshop ? workshop->id : std::string();
        Result<std::string> id = ctx.model->upsertFrameworkItem(f);
        if (id) {
            m_selected = *id;
            m_newText.clear();
        } else {
            ctx.check(id.error());
        }
    }
    ImGui::Spacing();

    struct Group {
        const char* title;
        bool (*in)(FrameworkStatus);
    };
    const Group groups[] = {
        {"fw.group_adopted", [](FrameworkStatus s) { return s == FrameworkStatus::Adopted; }},
        {"fw.group_proposed", [](FrameworkStatus s) { return s == FrameworkStatus::Proposed; }},
        {"fw.group_closed",
         [](FrameworkStatus s) { return s == FrameworkStatus::Rejected || s == FrameworkStatus::Retired; }},
    };
    const std::vector<FrameworkItem>& fw = ctx.model->framework();
    for (const Group& g : groups) {
        int n = 0;
        for (const FrameworkItem& f : fw) n += g.in(f.status) ? 1 : 0;
        if (n == 0) continue;
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(trf(g.title, num(n)).c_str());
        ImGui::PopFont();
        // Red lines first within each group, then principles, in framework order.
        for (FrameworkKind kind : {FrameworkKind::RedLine, FrameworkKind::Principle})
            for (const FrameworkItem& f : fw) {
                if (f.kind != kind || !g.in(f.status)) continue;
                ImGui::PushID(f.id.c_str());
                const float wrap = width - em(1.2f);
                const float textH = ImGui::CalcTextSize(f.text.c_str(), nullptr, false, wrap).y;
                const float rowH = em(0.2f) + ImGui::GetTextLineHeight() + em(0.25f) + ImGui::GetStyle().ItemSpacing.y +
                                   textH + em(0.3f);
                const ImVec2 p = ImGui::GetCursorPos();
                if (ImGui::Selectable("##row", m_selected == f.id, ImGuiSelectableFlags_None, ImVec2(0, rowH)))
                    m_selected = f.id;
                const std::string name = std::string(label(f.kind)) + ": " + f.text;
                ws::accessibleName(name.c_str());
                ImGui::SetCursorPos(ImVec2(p.x + em(0.3f), p.y + em(0.2f)));
                kindTag(f.kind);
                ImGui::SameLine(0, em(0.5f));
                ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
                ImGui::TextUnformatted(f.status == FrameworkStatus::Proposed ? votesLine(f).c_str() : statusLine(f).c_str());
                ImGui::PopStyleColor();
                ImGui::SetCursorPosX(p.x + em(0.3f));
                ImGui::PushTextWrapPos(p.x + wrap);
                ImGui::TextUnformatted(f.text.c_str());
                ImGui::PopTextWrapPos();
                ImGui::SetCursorPos(ImVec2(p.x, p.y + rowH + em(0.2f)));
                ImGui::Dummy(ImVec2(0, 0));
                ImGui::PopID();
            }
        ImGui::Spacing();
    }
}

// ---- [SECTION] item -------------------------------------------------------------------------
void FrameworkBoard::drawItem(UiContext& ctx, const Workshop* workshop, const FrameworkItem& item, bool large) {
    ImGui::PushID(item.id.c_str());
    ImGui::BeginDisabled(!ctx.canEdit());
    // What the room works on first: the text, the show of hands and the decision; then the
    // details (kind, why, what it applies to).
    if (large) ImGui::PushFont(fonts().heading);
    ImGui::SetNextItemWidth(-1);
    std::string out;
    if (m_text.single("##fw_text", item.text, out) && !text::isBlank(out)) {
        FrameworkItem next = item;
        next.text = std::string(text::trim(out));
        save(ctx, next);
    }
    ws::accessibleName(tr("fw.text"));
    if (large) ImGui::PopFont();
    for (FrameworkKind k : allOf<FrameworkKind>()) {
        if (radio(label(k), item.kind == k) && item.kind != k) {
            FrameworkItem next = item;
            next.kind = k;
            save(ctx, next);
        }
        ImGui::SameLine(0, em(1.2f));
    }
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(statusLine(item).c_str());
    ImGui::PopStyleColor();
    ImGui::Spacing();
    drawVotes(ctx, item, large);
    drawDecision(ctx, workshop, item);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    ImGui::TextUnformatted(tr("fw.explanation"));
    if (m_explanation.multiline("##fw_why", item.explanation, out, ImVec2(-1, em(3.2f)))) {
        FrameworkItem next = item;
        next.explanation = out;
        save(ctx, next);
    }
    ws::accessibleName(tr("fw.explanation"));
    ImGui::Spacing();
    drawScope(ctx, item);
    ImGui::EndDisabled();
    ImGui::PopID();
}

void FrameworkBoard::drawScope(UiContext& ctx, const FrameworkItem& item) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("fw.applies_to"));
    ImGui::PopFont();
    helpMarker(tr("fw.applies_help"));

    FrameworkItem next = item;
    std::vector<std::string> apps(kCatalogueKeys.begin(), kCatalogueKeys.end() - 1);  // all but "other"
    std::vector<std::string> facts;
    for (const ScreeningFlag& f : kScreeningFlags) facts.emplace_back(f.key);
    bool changed = multiPick("##fw_apps", tr("fw.scope_applications"), apps, next.applies_to.applications,
                             [](const std::string& k) {
                                 const CatalogueEntry* e = catalogueEntry(k);
                                 return e ? std::string(e->name(lang())) : k;
                             });
    changed |= multiPick("##fw_data", tr("fw.scope_data"), allValues<DataCategory>(), next.applies_to.data_categories,
                         [](DataCategory c) { return std::string(label(c)); });
    changed |= multiPick("##fw_subjects", tr("fw.scope_subjects"), allValues<DataSubject>(),
                         next.applies_to.data_subjects, [](DataSubject d) { return std::string(label(d)); });
    changed |= multiPick("##fw_facts", tr("fw.scope_facts"), facts, next.applies_to.screening,
                         [](const std::string& k) { return std::string(screeningFlagName(k, lang())); });
    if (changed) save(ctx, next);

    // What it touches now: a count and the first names.
    std::vector<std::string> names;
    std::size_t n = 0;
    for (const Activity& a : ctx.model->activities())
        if (touches(item, a)) {
            ++n;
            if (names.size() < 4) names.push_back(a.name);
        }
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::PushTextWrapPos(0.0f);
    std::string line = trf("fw.touches", num(n), num(ctx.model->activities().size()));
    for (std::size_t i = 0; i < names.size(); ++i) line += (i ? ", " : ": ") + names[i];
    if (n > names.size()) line += " " + trf("fw.touches_more", num(n - names.size()));
    ImGui::TextUnformatted(line.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void FrameworkBoard::drawVotes(UiContext& ctx, const FrameworkItem& item, bool large) {
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("fw.votes"));
    ImGui::PopFont();
    helpMarker(tr("fw.votes_help"));
    struct Tile {
        const char* word;
        ws::VoteColor color;
        int FrameworkItem::*count;
    };
    const Tile tiles[] = {{"fw.vote_for", ws::VoteColor::Green, &FrameworkItem::votes_for},
                          {"fw.vote_against", ws::VoteColor::Red, &FrameworkItem::votes_against},
                          {"fw.vote_abstain", ws::VoteColor::Amber, &FrameworkItem::votes_abstain}};
    const float gap = em(0.5f);
    const float tileW = (ImGui::GetContentRegionAvail().x - 2 * gap) / 3.0f;
    const float btnH = ImGui::GetFrameHeight() * (large ? 1.4f : 1.1f);
    const float tileH = ImGui::GetTextLineHeight() * 2.2f + btnH + em(0.9f);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int k = 0; k < 3; ++k) {
        const Tile& t = tiles[k];
        const int n = item.*(t.count);
        const ImVec2 a(p0.x + float(k) * (tileW + gap), p0.y);
        const ImVec2 b(a.x + tileW, a.y + tileH);
        dl->AddRectFilled(a, b, ws::voteTint(t.color), em(0.4f));
        dl->AddRectFilled(a, ImVec2(a.x + em(0.3f), b.y), ws::voteColor(t.color), em(0.4f), ImDrawFlags_RoundCornersLeft);
        ImGui::PushFont(fonts().bold);
        dl->AddText(ImVec2(a.x + em(0.8f), a.y + em(0.45f)), IM_COL32(31, 41, 55, 255), tr(t.word));
        ImGui::PopFont();
        ImGui::PushFont(fonts().heading);
        const std::string count = std::to_string(n);
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                    ImVec2(b.x - em(0.6f) - ImGui::CalcTextSize(count.c_str()).x, a.y + em(0.3f)), IM_COL32(17, 24, 39, 255),
                    count.c_str());
        ImGui::PopFont();
        ImGui::PushID(k);
        ImGui::SetCursorScreenPos(ImVec2(a.x + em(0.6f), b.y - btnH - em(0.4f)));
        ImGui::BeginDisabled(n == 0);
        const std::string minus = std::string("\xe2\x88\x92##minus");
        const bool less = ImGui::Button(minus.c_str(), ImVec2(btnH * 1.2f, btnH));
        ImGui::EndDisabled();
        const std::string lessName = std::string("-1 ") + tr(t.word);
        ws::accessibleName(lessName.c_str());
        ImGui::SameLine(0, em(0.3f));
        const std::string plus = std::string(icon::kPlus) + "##plus";
        const bool more = ws::filledButton(plus.c_str(), ws::voteColor(t.color),
                                           ImVec2(b.x - em(0.5f) - ImGui::GetCursorScreenPos().x, btnH));
        const std::string moreName = std::string("+1 ") + tr(t.word);
        ws::accessibleName(moreName.c_str());
        ImGui::PopID();
        if (less || more) {
            FrameworkItem next = item;
            next.*(t.count) = std::max(0, n + (more ? 1 : -1));
            save(ctx, next);
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(p0.x, p0.y + tileH));
    ImGui::Dummy(ImVec2(0, em(0.2f)));
}

void FrameworkBoard::drawDecision(UiContext& ctx, const Workshop* workshop, const FrameworkItem& item) {
    auto decide = [&](FrameworkStatus s) {
        FrameworkItem next = item;
        next.status = s;
        next.decided_at = s == FrameworkStatus::Proposed ? std::string()
                          : workshop && !workshop->date.empty() && s != FrameworkStatus::Retired
                              ? workshop->date
                              : currentClock().today();
        if (workshop && s != FrameworkStatus::Proposed) next.workshop_id = workshop->id;
        save(ctx, next);
    };
    switch (item.status) {
    case FrameworkStatus::Proposed: {
        const std::string adopt = std::string(icon::kCheck) + "  " + tr("fw.adopt");
        if (ws::filledButton(adopt.c_str(), ws::voteColor(ws::VoteColor::Green))) decide(FrameworkStatus::Adopted);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("fw.adopt_tip"));
        ImGui::SameLine(0, em(0.5f));
        if (ImGui::Button(tr("fw.reject"))) decide(FrameworkStatus::Rejected);
        ImGui::SameLine(0, em(0.5f));
        const std::string del = std::string(icon::kTrash) + "  " + tr("fw.delete");
        if (ws::quietButton(del.c_str())) ctx.check(ctx.model->deleteFrameworkItem(item.id));
        break;
    }
    case FrameworkStatus::Adopted:
        if (ImGui::Button(tr("fw.retire"))) decide(FrameworkStatus::Retired);
        break;
    default:
        if (ImGui::Button(tr("fw.reopen"))) decide(FrameworkStatus::Proposed);
        break;
    }
}

// ---- [SECTION] touches ----------------------------------------------------------------------
std::string drawFrameworkTouches(UiContext& ctx, const Activity& a) {
    const std::vector<const FrameworkItem*> items = adoptedTouching(ctx.model->framework(), a);
    if (items.empty()) return {};
    std::string clicked;
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(trf("fw.on_activity", num(items.size())).c_str());
    ImGui::PopFont();
    helpMarker(tr("fw.on_activity_help"));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.5f), em(0.35f)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::tint(color::Tint::Info));
    ImGui::PushStyleColor(ImGuiCol_Border, color::tintEdge(color::Tint::Info));
    ImGui::BeginChild("##fw_touches", ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    const float wrapW = ImGui::GetContentRegionAvail().x;
    for (const FrameworkItem* f : items) {
        ImGui::PushID(f->id.c_str());
        std::string why;
        for (const std::string& r : touchReasons(*f, a, lang())) why += (why.empty() ? "" : ", ") + r;
        why = trf("fw.because", why);
        // One row per item: a selectable the height of its tag, text and reason (a click shows
        // the item in "Our framework"), then those drawn over it.
        const float tagW = kindTagWidth(f->kind) + em(0.5f);
        const float textW = std::max(em(6), wrapW - tagW);
        const float h = ImGui::CalcTextSize(f->text.c_str(), nullptr, false, textW).y +
                        ImGui::CalcTextSize(why.c_str(), nullptr, false, textW).y + em(0.3f);
        const ImVec2 p = ImGui::GetCursorPos();
        if (ImGui::Selectable("##fw_touch", false, ImGuiSelectableFlags_None, ImVec2(0, h))) clicked = f->id;
        const std::string name = std::string(label(f->kind)) + ": " + f->text;
        ws::accessibleName(name.c_str());
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) ImGui::SetTooltip("%s", tr("fw.show_item_tip"));
        ImGui::SetCursorPos(ImVec2(p.x, p.y + em(0.1f)));
        kindTag(f->kind);
        ImGui::SetCursorPos(ImVec2(p.x + tagW, p.y + em(0.1f)));
        ImGui::PushTextWrapPos(p.x + tagW + textW);
        ImGui::PushStyleColor(ImGuiCol_Text, color::tintText(color::Tint::Info));
        ImGui::TextUnformatted(f->text.c_str());
        ImGui::PopStyleColor();
        ImGui::SetCursorPosX(p.x + tagW);
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextUnformatted(why.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        ImGui::SetCursorPos(ImVec2(p.x, p.y + h + em(0.15f)));
        ImGui::Dummy(ImVec2(0, 0));
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    ImGui::Spacing();
    return clicked;
}

}  // namespace air::ui
