#include "ui/catalogue_picker.hpp"

#include <algorithm>
#include <cfloat>

#include "app/register_query.hpp"
#include "core/catalogue.hpp"
#include "rules/rules.hpp"
#include "imgui_internal.h"
#include "ui/editor_fields.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

using app::foldCase;  // search folds case and accents as the register table does

namespace {
constexpr const char* kPopup = "##catalogue_picker";

// The search field: a growing std::string, and Up/Down (reported by ImGui as "history" keys)
// move the highlighted entry.
struct SearchData {
    std::string* text;
    int step;
};
int searchCallback(ImGuiInputTextCallbackData* d) {
    auto* data = static_cast<SearchData*>(d->UserData);
    if (d->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        data->text->resize(std::size_t(d->BufTextLen));
        d->Buf = data->text->data();
    } else if (d->EventFlag == ImGuiInputTextFlags_CallbackHistory) {
        data->step += d->EventKey == ImGuiKey_UpArrow ? -1 : 1;
    }
    return 0;
}

std::string joinCategories(const CatalogueEntry& e) {
    std::string out;
    for (std::size_t i = 0; i < e.data_categories.size() && i < 5; ++i) {
        if (i) out += ", ";
        out += label(e.data_categories[i]);
    }
    if (e.data_categories.size() > 5) out += ", \xE2\x80\xA6";
    return out;
}
}  // namespace

void CataloguePicker::open() {
    m_wantOpen = true;
    m_search.clear();
    m_cursor = 0;
    m_focusSearch = true;
}

// Keys of the entries whose names (both languages), description or key hold every word.
std::vector<std::string> CataloguePicker::matching(const std::string& search, Lang lang) {
    std::vector<std::string> words;
    const std::string folded = foldCase(search);
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && folded[i] == ' ') ++i;
        std::size_t j = folded.find(' ', i);
        if (j == std::string::npos) j = folded.size();
        if (j > i) words.push_back(folded.substr(i, j - i));
        i = j;
    }
    std::vector<std::string> out;
    for (const CatalogueEntry& e : catalogue()) {
        const std::string hay = foldCase(std::string(e.name(lang)) + "\n" + std::string(e.description(lang)) + "\n" +
                                         std::string(e.name(lang == Lang::Nl ? Lang::En : Lang::Nl)) + "\n" + std::string(e.key));
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) { return hay.find(w) != std::string::npos; }))
            out.emplace_back(e.key);
    }
    return out;
}

// The modal: search (arrows move, Enter picks, Esc closes), the entries as cards with their
// start tier, and Cancel.
std::string CataloguePicker::draw() {
    if (m_tiers.empty())
        for (const CatalogueEntry& e : catalogue()) m_tiers.push_back(rules::tierOf(activityFromCatalogue(e.key, Lang::En)));
    if (m_wantOpen) {
        ImGui::OpenPopup(kPopup);
        m_wantOpen = false;
        m_open = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImVec2 size(std::min(em(48), vp->WorkSize.x - em(2)), std::min(em(40), vp->WorkSize.y - em(2)));
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.2f), em(1.0f)));
    std::string chosen;
    const bool shown = ImGui::BeginPopupModal(kPopup, nullptr,
                                              ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                                  ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    if (!shown) {
        m_open = false;
        return chosen;
    }
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr("cat.title"));
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::GetFrameHeight());
    bool close = ImGui::Button(icon::kTimes, ImVec2(ImGui::GetFrameHeight(), 0));
    edit::accessibleLabel(tr("cat.close"));
    helpText(tr("cat.subtitle"));
    ImGui::Spacing();

    const std::vector<std::string> keys = matching(m_search, lang());
    if (m_focusSearch) {
        edit::focusNextItem();
        m_focusSearch = false;
    }
    SearchData sd{&m_search, 0};
    ImGui::SetNextItemWidth(-FLT_MIN);
    const std::string hint = std::string(icon::kSearch) + "  " + tr("cat.search_hint");
    const bool enter = ImGui::InputTextWithHint(
        "##catsearch", hint.c_str(), m_search.data(), m_search.capacity() + 1,
        ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackHistory | ImGuiInputTextFlags_EnterReturnsTrue,
        searchCallback, &sd);
    edit::accessibleLabel(tr("cat.search_hint"));
    if (ImGui::IsItemEdited()) m_cursor = 0;
    if (sd.step != 0 && !keys.empty()) {
        m_cursor = std::clamp(m_cursor + sd.step, 0, int(keys.size()) - 1);
        m_scrollToCursor = true;
    }
    if (!keys.empty()) m_cursor = std::clamp(m_cursor, 0, int(keys.size()) - 1);
    if (enter && !keys.empty()) chosen = keys[std::size_t(m_cursor)];
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) close = true;
    ImGui::Spacing();

    // The list: one card per entry. Cards are drawn over a full-width selectable.
    const float footerH = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.y * 2 + em(0.3f);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::panel());
    ImGui::BeginChild("entries", ImVec2(0, -footerH), ImGuiChildFlags_Border);
    if (keys.empty()) {
        ImGui::Dummy(ImVec2(0, em(1)));
        ImGui::TextDisabled("%s", tr("cat.no_match"));
    }
    const float pad = em(0.55f);
    const ImGuiStyle& st = ImGui::GetStyle();
    for (std::size_t k = 0; k < keys.size(); ++k) {
        const CatalogueEntry* e = catalogueEntry(keys[k]);
        if (!e) continue;
        const std::size_t idx = std::size_t(e - catalogue().data());
        const Tier tier = idx < m_tiers.size() ? m_tiers[idx] : Tier::Unassessed;
        const float w = ImGui::GetContentRegionAvail().x;
        const float tierW = ImGui::CalcTextSize(label(tier)).x + em(1.2f);
        const float wrapW = w - pad * 2 - tierW - em(0.5f);
        const std::string desc(e->description(lang()));
        const std::string cats = joinCategories(*e);
        const float descH = ImGui::CalcTextSize(desc.c_str(), nullptr, false, wrapW).y;
        const float catsH = cats.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing();
        const float h = pad * 2 + ImGui::GetTextLineHeightWithSpacing() + descH + catsH + em(0.2f);
        ImGui::PushID(e->key.data(), e->key.data() + e->key.size());
        const ImVec2 p = ImGui::GetCursorPos();
        const std::string name(e->name(lang()));
        const bool sel = int(k) == m_cursor;
        if (ImGui::Selectable(("##" + name).c_str(), sel, ImGuiSelectableFlags_None, ImVec2(0, h))) chosen = keys[k];
        edit::accessibleLabel(name.c_str());
        if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (sel && m_scrollToCursor) {
            ImGui::SetScrollHereY(0.5f);
            m_scrollToCursor = false;
        }
        ImGui::SetCursorPos(ImVec2(p.x + pad, p.y + pad));
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(name.c_str());
        ImGui::PopFont();
        ImGui::SetCursorPos(ImVec2(p.x + w - tierW, p.y + pad - (ImGui::GetFrameHeight() - ImGui::GetTextLineHeight()) * 0.5f));
        tierBadge(tier);
        ImGui::SetCursorPos(ImVec2(p.x + pad, p.y + pad + ImGui::GetTextLineHeightWithSpacing()));
        ImGui::PushTextWrapPos(p.x + pad + wrapW);
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextUnformatted(desc.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
        if (!cats.empty()) {
            ImGui::SetCursorPosX(p.x + pad);
            ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
            ImGui::TextUnformatted(icon::kDatabase);
            ImGui::PopStyleColor();
            ImGui::SameLine(0, em(0.4f));
            const ImVec2 cp = ImGui::GetCursorScreenPos();
            const float right = ImGui::GetWindowPos().x + p.x + w - pad;
            ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), cp, ImVec2(right, cp.y + ImGui::GetTextLineHeight()), right,
                                      right, cats.c_str(), nullptr, nullptr);
            ImGui::Dummy(ImVec2(std::max(0.0f, right - cp.x), ImGui::GetTextLineHeight()));
        }
        ImGui::SetCursorPos(ImVec2(p.x, p.y + h + st.ItemSpacing.y * 0.5f));
        if (k + 1 < keys.size()) {
            const ImVec2 sp = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddLine(ImVec2(sp.x, sp.y - st.ItemSpacing.y * 0.25f),
                                                ImVec2(sp.x + w, sp.y - st.ItemSpacing.y * 0.25f), color::border());
        }
        ImGui::Dummy(ImVec2(0, 0));
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();

    ImGui::Spacing();
    ImGui::TextDisabled("%s", trn("cat.count", static_cast<long long>(keys.size())).c_str());
    ImGui::SameLine(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(tr("cat.cancel")).x - st.FramePadding.x * 2);
    if (ImGui::Button(tr("cat.cancel"))) close = true;

    if (!chosen.empty() || close) {
        ImGui::CloseCurrentPopup();
        m_open = false;
    }
    ImGui::EndPopup();
    return chosen;
}

}  // namespace air::ui
