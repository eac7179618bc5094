// The Findings page: every finding of the register in one table (activity, severity, rule,
// article, message in the UI language), counts per severity on top (they double as severity
// filters), a rule filter, sorting by severity, rule or activity, and a click on a row opens
// the activity at the field that fixes it. Above the table, findings about the register as a
// whole (GDPR-30, with a button to Settings); beside it, a tab with each activity's duties
// ("your duties" / "check that your provider does this", with dates) and its DPIA reason.
// Also drawFindingsList() for the editor.
//
// [SECTION] rows (cached per revision, language, filter and sort)
// [SECTION] page
// [SECTION] drawFindingsList
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "imgui_internal.h"
#include "rules/rules.hpp"
#include "ui/duty_lists.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/item_registry.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"
#include "ui/wizard_view.hpp"

namespace air::ui {

namespace {

// ---- [SECTION] rows ---------------------------------------------------------------------

struct Row {
    std::string activityId, activityName;
    Severity severity = Severity::Info;
    std::string rule, article, message, field;
    int ruleOrder = 0;  // position in the rule table, for a stable rule sort
};

enum Col { ColActivity, ColSeverity, ColRule, ColArticle, ColMessage };

// Dear ImGui 1.90 reports a tab's label to the item hooks before it adds the tab, so the item
// registry never sees it: name the tab once it is added (as the editor's accessibleLabel does).
void nameLastItem(const std::string& label) {
    ImGuiContext& g = *GImGui;
    if (g.TestEngineHookItems && g.LastItemData.ID != 0)
        ImGuiTestEngineHook_ItemInfo(&g, g.LastItemData.ID, label.c_str(), g.LastItemData.StatusFlags);
}

// A tab of the page's tab bar, findable by its label.
bool tabItem(const std::string& label) {
    const bool open = ImGui::BeginTabItem(label.c_str());
    nameLastItem(label);
    return open;
}

int ruleOrder(std::string_view id) {
    const auto& all = rules::allRules();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].id == id) return int(i);
    return int(all.size());
}

class FindingsView final : public View {
public:
    void draw(UiContext& ctx) override;

private:
    void rebuild(UiContext& ctx);
    void drawCounts();
    void drawRuleFilter();
    void drawTable(UiContext& ctx);
    void drawFindingsTab(UiContext& ctx);
    void drawRegisterFindings(UiContext& ctx);
    void drawDuties(UiContext& ctx);

    // All findings of the register (unfiltered) and the visible, sorted subset.
    std::vector<Row> m_all;
    std::vector<int> m_visible;
    std::array<int, std::size_t(Severity::COUNT)> m_counts{};
    std::map<std::string, int> m_ruleCounts;
    std::vector<rules::Finding> m_register;  // rules::registerFindings (GDPR-30)
    // Filters and sort (UI state).
    std::array<bool, std::size_t(Severity::COUNT)> m_sevOn{};  // all false = every severity
    std::string m_rule;                                       // "" = every rule
    int m_sortCol = ColSeverity;
    bool m_sortAsc = true;
    // Row heights for the current column widths (drawTable).
    std::vector<float> m_rowH;
    float m_wName = 0, m_wArticle = 0, m_wMessage = 0;
    // Cache key.
    std::uint64_t m_revision = ~0ull;
    Lang m_lang = Lang::En;
    const void* m_model = nullptr;
    bool m_dirty = true;
};

// Collects every finding and applies the filters and the sort.
void FindingsView::rebuild(UiContext& ctx) {
    const Lang l = lang();
    m_all.clear();
    m_counts.fill(0);
    m_ruleCounts.clear();
    for (const Activity& a : ctx.model->activities()) {
        const rules::Assessment* as = ctx.model->assessment(a.id);
        if (!as) continue;
        for (const rules::Finding& f : as->findings) {
            Row r;
            r.activityId = a.id;
            r.activityName = a.name;
            r.severity = f.severity;
            r.rule = f.rule;
            if (const rules::RuleInfo* ri = rules::ruleInfo(f.rule)) r.article = std::string(ri->articleText(l));
            r.message = f.message(l);
            r.field = f.field;
            r.ruleOrder = ruleOrder(f.rule);
            ++m_counts[std::size_t(f.severity)];
            ++m_ruleCounts[f.rule];
            m_all.push_back(std::move(r));
        }
    }
    if (!m_rule.empty() && !m_ruleCounts.count(m_rule)) m_rule.clear();
    if (m_model != ctx.model || m_revision != ctx.model->revision())
        m_register = rules::registerFindings(ctx.model->toRegister());

    const bool anySev = std::any_of(m_sevOn.begin(), m_sevOn.end(), [](bool b) { return b; });
    m_visible.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        const Row& r = m_all[std::size_t(i)];
        if (anySev && !m_sevOn[std::size_t(r.severity)]) continue;
        if (!m_rule.empty() && r.rule != m_rule) continue;
        m_visible.push_back(i);
    }
    auto key = [&](const Row& a, const Row& b) -> int {  // <0, 0, >0
        switch (m_sortCol) {
        case ColActivity: {
            const int c = a.activityName.compare(b.activityName);
            return c != 0 ? c : a.activityId.compare(b.activityId);
        }
        case ColRule: return a.ruleOrder - b.ruleOrder;
        default: return int(a.severity) - int(b.severity);
        }
    };
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](int ia, int ib) {
        const Row& a = m_all[std::size_t(ia)];
        const Row& b = m_all[std::size_t(ib)];
        int c = key(a, b);
        if (c == 0 && m_sortCol != ColSeverity) c = int(a.severity) - int(b.severity);
        if (c == 0 && m_sortCol != ColActivity) c = a.activityName.compare(b.activityName);
        if (c == 0) c = a.ruleOrder - b.ruleOrder;
        return m_sortAsc ? c < 0 : c > 0;
    });
    m_revision = ctx.model->revision();
    m_lang = l;
    m_model = ctx.model;
    m_dirty = false;
    m_rowH.clear();
}

// ---- [SECTION] page -----------------------------------------------------------------------

// One toggle per severity with its count; toggles filter the table.
void FindingsView::drawCounts() {
    for (Severity s : allOf<Severity>()) {
        const std::size_t i = std::size_t(s);
        const bool on = m_sevOn[i];
        const std::string lbl = std::string(label(s)) + "  " + std::to_string(m_counts[i]) + "##sev" + std::string(keyOf(s));
        const ImU32 c = color::severity(s);
        ImGui::PushStyleColor(ImGuiCol_Button, on ? c : ImGui::GetColorU32(ImGuiCol_FrameBg));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, on ? c : ImGui::GetColorU32(ImGuiCol_FrameBgHovered));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, c);
        ImGui::PushStyleColor(ImGuiCol_Border, c);
        ImGui::PushStyleColor(ImGuiCol_Text, on ? IM_COL32_WHITE : ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, em(0.1f)));
        if (ImGui::Button(lbl.c_str())) {
            m_sevOn[i] = !on;
            m_dirty = true;
        }
        if (!on) {  // a coloured dot keeps the severity colour visible when off
            const ImVec2 mn = ImGui::GetItemRectMin(), mx = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRectFilled(mn, ImVec2(mn.x + em(0.3f), mx.y), c,
                                                      ImGui::GetStyle().FrameRounding, ImDrawFlags_RoundCornersLeft);
        }
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(5);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(on ? "fnd.sev_filter_off" : "fnd.sev_filter_on"));
        ImGui::SameLine();
    }
}

void FindingsView::drawRuleFilter() {
    const std::string current = m_rule.empty() ? std::string(tr("fnd.all_rules")) : m_rule;
    ImGui::SetNextItemWidth(em(16));
    items::nameNext(tr("fnd.rule_filter_tip"));
    if (beginCombo("##rulefilter", current.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(tr("fnd.all_rules"), m_rule.empty())) {
            m_rule.clear();
            m_dirty = true;
        }
        for (const rules::RuleInfo& ri : rules::allRules()) {
            auto it = m_ruleCounts.find(std::string(ri.id));
            if (it == m_ruleCounts.end()) continue;
            const std::string lbl = std::string(ri.id) + "  (" + std::to_string(it->second) + ")  " + ri.heading(lang());
            if (ImGui::Selectable(lbl.c_str(), m_rule == ri.id)) {
                m_rule = std::string(ri.id);
                m_dirty = true;
            }
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("fnd.rule_filter_tip"));
}

void FindingsView::drawTable(UiContext& ctx) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##findings", 5, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr("fnd.col_activity"), ImGuiTableColumnFlags_WidthStretch, 1.7f, ColActivity);
    ImGui::TableSetupColumn(tr("fnd.col_severity"), ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort,
                            em(7.5f), ColSeverity);
    ImGui::TableSetupColumn(tr("fnd.col_rule"), ImGuiTableColumnFlags_WidthFixed, em(8.5f), ColRule);
    ImGui::TableSetupColumn(tr("fnd.col_article"), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 0.8f,
                            ColArticle);
    ImGui::TableSetupColumn(tr("fnd.col_message"), ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 2.8f,
                            ColMessage);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
        if (specs->SpecsDirty && specs->SpecsCount > 0) {
            m_sortCol = int(specs->Specs[0].ColumnUserID);
            m_sortAsc = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
            specs->SpecsDirty = false;
            rebuild(ctx);
        }
    }

    // Rows are as tall as their wrapped texts. Their heights are measured once per column
    // width (habit 2: a cached index), and only the rows in view are drawn; the rows above
    // and below become one or two empty spacer rows of the same total height.
    const ImGuiStyle& st = ImGui::GetStyle();
    if (m_rowH.size() != m_visible.size()) {
        m_rowH.clear();
        for (int idx : m_visible) {
            const Row& r = m_all[std::size_t(idx)];
            // Texts start at the frame padding, in line with the badge and the rule id.
            float h = 0;
            if (m_wName > 0) h = std::max(h, ImGui::CalcTextSize(r.activityName.c_str(), nullptr, false, m_wName).y);
            if (m_wArticle > 0) h = std::max(h, ImGui::CalcTextSize(r.article.c_str(), nullptr, false, m_wArticle).y);
            if (m_wMessage > 0) h = std::max(h, ImGui::CalcTextSize(r.message.c_str(), nullptr, false, m_wMessage).y);
            h = std::max(ImGui::GetFrameHeight(), h + st.FramePadding.y * 2);
            m_rowH.push_back(h + st.CellPadding.y * 2);
        }
    }
    const int n = int(m_visible.size());
    const float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
    int first = 0;
    float above = 0;
    while (first < n && above + m_rowH[std::size_t(first)] < top) above += m_rowH[std::size_t(first++)];
    int last = first;
    float y = above;
    while (last < n && y < bottom) y += m_rowH[std::size_t(last++)];
    float below = 0;
    for (int i = last; i < n; ++i) below += m_rowH[std::size_t(i)];
    // Spacer rows keep the striping stable: data row i is always the table's row i parity.
    if (first > 0) {
        if (first % 2 == 0) {
            ImGui::TableNextRow(0, m_rowH[0]);
            ImGui::TableNextRow(0, above - m_rowH[0]);
        } else {
            ImGui::TableNextRow(0, above);
        }
    }
    std::string open, openField;
    float wName = 0, wArticle = 0, wMessage = 0;
    for (int i = first; i < last; ++i) {
        const Row& r = m_all[std::size_t(m_visible[std::size_t(i)])];
        const float rowH = m_rowH[std::size_t(i)];
        ImGui::TableNextRow(0, rowH);
        ImGui::PushID((r.activityId + "|" + r.rule + "|" + r.field).c_str());
        ImGui::TableNextColumn();
        wName = ImGui::GetContentRegionAvail().x;
        // The row is one selectable across all columns, labelled with the activity name (drawn
        // wrapped on top of it).
        const ImVec2 start = ImGui::GetCursorPos();
        ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0));
        if (ImGui::Selectable((r.activityName + "##row").c_str(), false,
                              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                              ImVec2(0, rowH - st.CellPadding.y * 2))) {
            open = r.activityId;
            openField = r.field;
        }
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(em(30));
            ImGui::PushFont(fonts().bold);
            ImGui::TextUnformatted(r.activityName.c_str());
            ImGui::PopFont();
            ImGui::TextUnformatted(r.message.c_str());
            ImGui::TextDisabled("%s", tr("fnd.row_tip"));
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        ImGui::SetCursorPos(start);
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(r.activityName.c_str());
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        severityBadge(r.severity);
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(r.rule.c_str());
        ImGui::TableNextColumn();
        wArticle = ImGui::GetContentRegionAvail().x;
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(r.article.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        wMessage = ImGui::GetContentRegionAvail().x;
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(r.message.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopID();
    }
    if (below > 0) ImGui::TableNextRow(0, below);
    // Column widths changed (first frame, window or column resized): measure again.
    auto moved = [](float a, float b) { return b > 0 && std::abs(a - b) > 0.5f; };
    if (moved(m_wName, wName) || moved(m_wArticle, wArticle) || moved(m_wMessage, wMessage)) {
        m_wName = wName, m_wArticle = wArticle, m_wMessage = wMessage;
        m_rowH.clear();
    }
    ImGui::EndTable();
    if (!open.empty()) ctx.openActivity(open, openField);
}

// Findings about the register as a whole: GDPR-30 asks for the controller and its DPO, which
// are recorded in Settings.
void FindingsView::drawRegisterFindings(UiContext& ctx) {
    if (m_register.empty()) return;
    ImGui::PushID("register_findings");
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(tr("fnd.register_title"));
    ImGui::PopFont();
    for (const rules::Finding& f : m_register) {
        ImGui::PushID(f.rule.c_str());
        severityBadge(f.severity);
        ImGui::SameLine();
        const char* btn = tr("fnd.open_settings");
        const float btnW = ImGui::CalcTextSize(btn).x + ImGui::GetStyle().FramePadding.x * 2 + em(1.6f);
        const float textW = ImGui::GetContentRegionAvail().x - btnW - em(0.6f);
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(textW, em(8)));
        findableText(f.message(lang()), "register." + f.rule);
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - btnW);
        if (smallButton((std::string(icon::kCog) + "  " + btn + "##register." + f.rule).c_str())) {
            ctx.requests.push(req::ShowControllerSettings{});
            ctx.page = Page::Settings;
        }
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("fnd.open_settings_tip"));
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::Spacing();
}

void FindingsView::drawFindingsTab(UiContext& ctx) {
    if (m_all.empty()) {
        emptyState(icon::kCheckCircle, tr("fnd.empty_title"), trf("fnd.empty_text", std::string(rules::kRulesVersion)).c_str());
        return;
    }
    drawCounts();
    ImGui::SameLine(0, em(1.2f));
    drawRuleFilter();
    const bool filtered = std::any_of(m_sevOn.begin(), m_sevOn.end(), [](bool b) { return b; }) || !m_rule.empty();
    if (filtered) {
        ImGui::SameLine();
        if (ImGui::Button((std::string(icon::kTimes) + "  " + tr("fnd.clear_filters")).c_str())) {
            m_sevOn.fill(false);
            m_rule.clear();
            m_dirty = true;
        }
    }
    ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
    ImGui::TextUnformatted(trf("fnd.showing", num(m_visible.size()), num(m_all.size())).c_str());
    ImGui::PopStyleColor();
    if (m_dirty) rebuild(ctx);
    if (m_visible.empty()) {
        emptyState(icon::kFilter, tr("fnd.none_match_title"), tr("fnd.none_match_text"));
        return;
    }
    drawTable(ctx);
}

// Per activity (collapsed until opened): the tier and why, the two duty lists with their
// dates and the DPIA reason with its basis.
void FindingsView::drawDuties(UiContext& ctx) {
    ImGui::BeginChild("##duties", ImVec2(0, 0));
    helpText(trf("fnd.duties_help", std::string(rules::kRulesVersion)).c_str());
    const std::string now = today();
    for (const Activity& a : ctx.model->activities()) {
        const rules::Assessment* as = ctx.model->assessment(a.id);
        if (!as) continue;
        ImGui::PushID(a.id.c_str());
        const std::string head = (a.name.empty() ? a.id : a.name) + "##duties." + a.id;
        if (ImGui::CollapsingHeader(head.c_str())) {
            ImGui::Indent(em(0.6f));
            tierBadge(as->tier);
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ImGui::TextWrapped("%s", rules::tierReason(a, lang(), as->rule_set).c_str());
            drawDutyLists(*as, now);
            sectionHeading(tr("wiz.dpia"));
            drawDpiaReason(*as, false);
            ImGui::Unindent(em(0.6f));
            ImGui::Spacing();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void FindingsView::draw(UiContext& ctx) {
    if (m_dirty || m_model != ctx.model || m_revision != ctx.model->revision() || m_lang != lang()) rebuild(ctx);
    pageTitle(tr("nav.findings"), trf("fnd.subtitle", std::string(rules::kRulesVersion)).c_str());
    if (ctx.model->activities().empty()) {
        emptyState(icon::kList, tr("fnd.no_activities_title"), tr("fnd.no_activities_text"));
        return;
    }
    drawRegisterFindings(ctx);
    if (ImGui::BeginTabBar("##findings_tabs")) {
        if (tabItem(trf("fnd.tab_findings", num(m_all.size())) + "###tab_findings")) {
            drawFindingsTab(ctx);
            ImGui::EndTabItem();
        }
        if (tabItem(std::string(tr("fnd.tab_duties")) + "###tab_duties")) {
            drawDuties(ctx);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
}

}  // namespace

std::unique_ptr<View> makeFindingsView() { return std::make_unique<FindingsView>(); }

// ---- [SECTION] drawFindingsList ---------------------------------------------------------------

// Compact: one line per finding (badge, message with its article, a button to the field).
// Screening answers are fixed in the wizard, so those findings open it.
void drawFindingsList(UiContext& ctx, const Activity& a, const rules::Assessment& as) {
    ImGui::PushID("findings_list");
    ImGui::PushID(a.id.c_str());
    if (as.findings.empty()) {
        ImGui::TextColored(ImColor(color::success()), "%s %s", icon::kCheckCircle,
                           trf("fnd.list_none", std::string(rules::kRulesVersion)).c_str());
        ImGui::PopID();
        ImGui::PopID();
        return;
    }
    int counts[std::size_t(Severity::COUNT)] = {};
    for (const rules::Finding& f : as.findings) ++counts[std::size_t(f.severity)];
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(trf("fnd.list_title", num(as.findings.size())).c_str());
    ImGui::PopFont();
    for (Severity s : allOf<Severity>()) {
        if (counts[std::size_t(s)] == 0) continue;
        ImGui::SameLine();
        ImGui::TextColored(ImColor(color::severity(s)), "%s %d", label(s), counts[std::size_t(s)]);
    }
    for (std::size_t i = 0; i < as.findings.size(); ++i) {
        const rules::Finding& f = as.findings[i];
        ImGui::PushID(int(i));
        severityBadge(f.severity);
        ImGui::SameLine();
        const bool inWizard = f.field.rfind("screening", 0) == 0;
        const char* btn = inWizard ? tr("fnd.open_wizard") : tr("fnd.go_to_field");
        const float btnW = ImGui::CalcTextSize(btn).x + ImGui::GetStyle().FramePadding.x * 2 + em(1.6f);
        const float textW = ImGui::GetContentRegionAvail().x - btnW - em(0.6f);
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(textW, em(8)));
        ImGui::TextUnformatted(f.message(lang()).c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - btnW);
        const std::string lbl = std::string(inWizard ? icon::kMagic : icon::kPencil) + "  " + btn + "##" + f.rule;
        if (smallButton(lbl.c_str())) {
            ctx.openActivity(a.id, f.field);
            if (inWizard && ctx.canEdit()) ctx.requests.push(req::OpenWizard{});
        }
        ImGui::PopID();
    }
    ImGui::PopID();
    ImGui::PopID();
}

}  // namespace air::ui
