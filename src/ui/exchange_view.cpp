// The Import / export page: export cards (register file, CSV, review report as HTML and
// Markdown) with "Export everything" and the last export time, the export reminder, and the
// import panel (exchange_import.cpp). Also drawExportReminder() for the shell's banner area,
// which routes files dropped anywhere on the page to the import panel.
// [SECTIONS] [REMINDER] the reminder line · [VIEW] export cards and the page · [BANNER]
#include <optional>
#include <set>
#include <string>

#include "app/exchange.hpp"
#include "ui/exchange_import.hpp"
#include "ui/linked_file.hpp"
#include "ui/i18n.hpp"
#include "ui/icons.hpp"
#include "ui/settings_prefs.hpp"
#include "ui/theme.hpp"
#include "ui/views.hpp"
#include "ui/widgets.hpp"

namespace air::ui {

namespace exchange = app::exchange;  // the page's work without drawing (app/exchange.hpp)

// =========================================================================== [REMINDER]
namespace {

// The reminder's state for one window (the Import / export page keeps it).
struct Reminder {
    std::set<std::string> snoozed;  // registers put off with "Later" in this session
    std::string key;                // what `days` was computed from
    std::optional<int> days;
};

// Days since the last export when the reminder is due; cached per register, revision, the
// workspace's changes (preferences and settings) and the date, since the shell asks every frame.
std::optional<int> overdue(const UiContext& ctx, Reminder& cache) {
    const app::AppModel& m = *ctx.model;
    if (!m.isOpen()) return std::nullopt;
    const std::string now = app::nowRfc3339();
    const std::string last = m.pref(exchange::kPrefLastExport, "");
    // The first time this register holds activities here, remember the day (once; a
    // read-only tab leaves it to the writer).
    if (last.empty() && !m.activities().empty() && ctx.canEdit() && m.pref(exchange::kPrefKeptSince, "").empty())
        (void)ctx.model->setPref(exchange::kPrefKeptSince, now);
    const std::string key = m.path() + "|" + std::to_string(m.revision()) + "|" + std::to_string(ctx.changes) + "|" +
                            now.substr(0, 10);
    if (key != cache.key) {
        cache.key = key;
        const int remind = exchange::remindDays(ctx.setting(exchange::kPrefRemindDays));
        cache.days = exchange::exportOverdueDays(last, m.activities(), remind, now, m.pref(exchange::kPrefKeptSince, ""));
    }
    return cache.days;
}

// "Not exported for 23 days" or, never exported, "never exported; first activity 23 days ago".
std::string reminderText(const app::AppModel& m, int days) {
    const bool never = m.pref(exchange::kPrefLastExport, "").empty();
    return trf(never ? "ex.reminder_never" : "ex.reminder", num(days));
}

std::string lastExportText(const app::AppModel& m) {
    const std::string last = m.pref(exchange::kPrefLastExport, "");
    return last.empty() ? tr("ex.never_exported") : trf("ex.last_export", showTimestamp(last));
}

}  // namespace

// =========================================================================== [VIEW]
namespace {

class ExchangeView;
ExchangeView* g_view = nullptr;  // the live page, for the drop handler and the banner

class ExchangeView final : public View {
public:
    ExchangeView() { g_view = this; }
    ~ExchangeView() override {
        if (g_view == this) g_view = nullptr;
        if (m_dropPlatform) m_dropPlatform->setDropHandler(nullptr);
    }

    // Routes files dropped anywhere on the page to the import panel (once per shell).
    void ensureDropHandler(UiContext& ctx) {
        if (m_dropPlatform || !ctx.platform) return;
        m_dropPlatform = ctx.platform;
        UiContext* c = &ctx;
        ctx.platform->setDropHandler([this, c](std::string name, std::string bytes) {
            m_import.offer(*c, std::move(name), std::move(bytes));
            c->page = Page::Exchange;
            if (c->platform) c->platform->requestFrame();
        });
    }

    void draw(UiContext& ctx) override {
        ensureDropHandler(ctx);
        ImGui::BeginChild("exchangepage", ImVec2(0, 0), ImGuiChildFlags_None);
        ImGui::PushTextWrapPos(0.0f);
        pageTitle(tr("nav.exchange"), tr("ex.subtitle"));
        if (auto d = overdue(ctx, m_reminder)) drawReminder(ctx, *d);
        if (ctx.linked) ctx.linked->drawConflicts();
        drawExport(ctx);
        sectionHeading(tr("ex.import_title"));
        m_import.draw(ctx);
        if (ctx.linked) ctx.linked->drawCard();
        ImGui::Dummy(ImVec2(0, em(1)));
        ImGui::PopTextWrapPos();
        ImGui::EndChild();
    }

    // The reminder on this page: text and "Export everything".
    void drawReminder(UiContext& ctx, int days) {
        ImGui::PushStyleColor(ImGuiCol_ChildBg, color::tint(color::Tint::Info));
        ImGui::PushStyleColor(ImGuiCol_Text, color::tintText(color::Tint::Info));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), em(0.5f)));
        ImGui::BeginChild("reminder", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
        ImGui::TextUnformatted(icon::kClock);
        ImGui::SameLine();
        ImGui::TextWrapped("%s", reminderText(*ctx.model, days).c_str());
        if (smallButton(tr("ex.export_all_now"))) exportFiles(ctx, exchange::kFormats);
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor(2);
        ImGui::Spacing();
    }

    // Builds and downloads the given formats; remembers the time (not in a read-only tab).
    template <std::size_t N>
    void exportFiles(UiContext& ctx, const exchange::Format (&formats)[N]) {
        if (!ctx.platform) return;
        const std::string now = app::nowRfc3339();
        const std::string date = exchange::localDate();
        std::string last;
        for (exchange::Format f : formats) {
            exchange::ExportFile file =
                exchange::buildExport(*ctx.model, f, lang(), separator(), now, date, tr("ex.file_report"));
            ctx.platform->download(file.name, file.mime, file.bytes);
            last = file.name;
        }
        if (ctx.canEdit()) ctx.check(ctx.model->setPref(exchange::kPrefLastExport, now));
        ctx.toast(N == 1 ? trf("ex.toast_downloaded", last) : trf("ex.toast_downloaded_n", num(N)));
    }

    char separator() const { return m_sep ? m_sep : (lang() == Lang::Nl ? ';' : ','); }

    // One export card: icon, title, a plain-language line, options, and its Download button.
    void card(UiContext& ctx, exchange::Format f, const char* ic, const char* titleKey, const char* textKey,
              const char* buttonLabel, float h) {
        ImGui::PushID(int(f));
        ImGui::PushStyleColor(ImGuiCol_ChildBg, color::panel());
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.9f), em(0.8f)));
        ImGui::BeginChild("card", ImVec2(0, h), ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
        ImGui::PushFont(fonts().bold);
        ImGui::TextColored(ImColor(color::accent()), "%s", ic);
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(titleKey));
        ImGui::PopFont();
        helpText(tr(textKey));
        if (f == exchange::Format::Csv) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(tr("ex.csv_separator"));
            ImGui::SameLine();
            const char sep = separator();
            if (radio(tr("ex.sep_semicolon"), sep == ';')) m_sep = ';';
            ImGui::SameLine();
            if (radio(tr("ex.sep_comma"), sep == ',')) m_sep = ',';
        }
        ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), h - ImGui::GetFrameHeight() - em(0.8f)));
        const exchange::Format one[] = {f};
        if (ImGui::Button((std::string(icon::kDownload) + "  " + buttonLabel).c_str())) exportFiles(ctx, one);
        ImGui::EndChild();
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        ImGui::PopID();
    }

    void drawExport(UiContext& ctx) {
        sectionHeading(tr("ex.export_title"));
        const float h = em(9.4f);
        if (ImGui::BeginTable("cards", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoPadOuterX)) {
            ImGui::TableNextColumn();
            card(ctx, exchange::Format::Json, icon::kFileCode, "ex.json_title", "ex.json_text", tr("ex.download_json"), h);
            ImGui::TableNextColumn();
            card(ctx, exchange::Format::Csv, icon::kTable, "ex.csv_title", "ex.csv_text", tr("ex.download_csv"), h);
            ImGui::TableNextColumn();
            card(ctx, exchange::Format::Html, icon::kPrint, "ex.html_title", "ex.html_text", tr("ex.download_html"), h);
            ImGui::TableNextColumn();
            card(ctx, exchange::Format::Markdown, icon::kFile, "ex.md_title", "ex.md_text", tr("ex.download_md"), h);
            ImGui::EndTable();
        }
        ImGui::Spacing();
        if (primaryButton((std::string(icon::kDownload) + "  " + tr("ex.export_all")).c_str()))
            exportFiles(ctx, exchange::kFormats);
        ImGui::SameLine(0, em(1.2f));
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, color::textMuted());
        ImGui::TextUnformatted((std::string(icon::kHistory) + "  " + lastExportText(*ctx.model)).c_str());
        ImGui::PopStyleColor();
    }

    Reminder m_reminder;  // also drawn in the banner (drawExportReminder)

private:
    ImportPanel m_import;
    char m_sep = 0;  // 0 = by language (';' Dutch, ',' English)
    PlatformApi* m_dropPlatform = nullptr;
};

}  // namespace

std::unique_ptr<View> makeExchangeView() { return std::make_unique<ExchangeView>(); }

// =========================================================================== [BANNER]
void drawExportReminder(UiContext& ctx) {
    if (!g_view) return;
    g_view->ensureDropHandler(ctx);
    if (ctx.page == Page::Exchange || !ctx.model) return;  // the page shows its own line
    Reminder& reminder = g_view->m_reminder;
    const auto days = overdue(ctx, reminder);
    if (!days || reminder.snoozed.count(ctx.model->path())) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, color::tint(color::Tint::Info));
    ImGui::PushStyleColor(ImGuiCol_Text, color::tintText(color::Tint::Info));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), em(0.45f)));
    ImGui::BeginChild("exportreminder", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
    ImGui::TextUnformatted(icon::kClock);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", reminderText(*ctx.model, *days).c_str());
    if (smallButton(tr("ex.go_export"))) ctx.page = Page::Exchange;
    ImGui::SameLine();
    if (smallButton(tr("ex.later"))) reminder.snoozed.insert(ctx.model->path());
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

}  // namespace air::ui
