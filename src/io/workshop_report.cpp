// The workshop session report as HTML and Markdown (see workshop_report.hpp for guarantees).
//
// Index:
//   [SECTION] texts          — every fixed word of the report, English and Dutch
//   [SECTION] gathering      — sections per activity: votes summed per principle, notes, actions
//   [SECTION] escaping       — HTML and Markdown escaping, dates
//   [SECTION] HTML
//   [SECTION] Markdown
//   [SECTION] file names
#include "io/workshop_report.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "core/framework.hpp"
#include "core/text.hpp"
#include "rules/rules.hpp"

namespace air::io {
namespace {

// ---- [SECTION] texts ----------------------------------------------------------------------
struct Text {
    const char* en;
    const char* nl;
};
enum class T {
    DocTitle, Date, Facilitator, Organisation, Activities, VotesCast, ActionsSummary, Overview,
    Activity, Tier, Green, Amber, Red, OpenActions, Votes, NoVotes, Notes, NoNotes, Actions,
    NoActions, Action, Owner, Due, Status, Done, Open, Principle, UnknownActivity, General,
    GeneralText, NoActivities, Footer, Distribution, Purpose, NotSet,
    Framework, FrameworkSession, FrameworkEarlier, FrameworkNone, Kind, Text, AppliesTo, ShowOfHands, COUNT
};
constexpr Text kTexts[] = {
    {"Workshop session report", "Verslag van de workshop"},
    {"Date", "Datum"},
    {"Facilitator", "Gespreksleider"},
    {"Organisation", "Organisatie"},
    {"Activities discussed", "Besproken activiteiten"},
    {"Votes cast", "Uitgebrachte stemmen"},
    {"Agreed actions", "Afgesproken acties"},
    {"Overview", "Overzicht"},
    {"Activity", "Activiteit"},
    {"AI Act tier", "Risiconiveau AI-verordening"},
    {"Green", "Groen"},
    {"Amber", "Oranje"},
    {"Red", "Rood"},
    {"Open actions", "Open acties"},
    {"Votes per principle", "Stemmen per principe"},
    {"No votes were recorded for this activity.", "Voor deze activiteit zijn geen stemmen vastgelegd."},
    {"Notes", "Aantekeningen"},
    {"No notes were taken for this activity.", "Bij deze activiteit zijn geen aantekeningen gemaakt."},
    {"Agreed actions", "Afgesproken acties"},
    {"No actions were agreed for this activity.", "Voor deze activiteit zijn geen acties afgesproken."},
    {"Action", "Actie"},
    {"Owner", "Eigenaar"},
    {"Due", "Uiterlijk"},
    {"Status", "Status"},
    {"Done", "Afgerond"},
    {"Open", "Open"},
    {"Principle", "Principe"},
    {"Activity no longer in the register", "Activiteit staat niet meer in het register"},
    {"General", "Algemeen"},
    {"Votes, notes and actions not tied to one activity.",
     "Stemmen, aantekeningen en acties die niet bij één activiteit horen."},
    {"No activities were chosen for this workshop.", "Voor deze workshop zijn geen activiteiten gekozen."},
    {"Made with the AI Activity Register (rule set {rules}). This report helps you keep track; it is not legal advice.",
     "Gemaakt met het AI-activiteitenregister (regelset {rules}). Dit verslag helpt u overzicht te houden; het is geen juridisch advies."},
    {"Distribution", "Verdeling"},
    {"Purpose", "Doel"},
    {"(not set)", "(niet ingevuld)"},
    {"Our framework", "Ons kader"},
    {"Proposed or decided in this session", "Voorgesteld of besloten in deze sessie"},
    {"Adopted earlier", "Eerder vastgesteld"},
    {"No principles or red lines were proposed in this session.", "In deze sessie zijn geen principes of rode lijnen voorgesteld."},
    {"Kind", "Soort"},
    {"Principle or red line", "Principe of rode lijn"},
    {"Applies to", "Van toepassing op"},
    {"For / against / abstain", "Voor / tegen / onthouding"},
};
static_assert(std::size(kTexts) == std::size_t(T::COUNT), "report texts and their keys differ");

const char* tx(T t, Lang lang) {
    const Text& x = kTexts[std::size_t(t)];
    return lang == Lang::Nl ? x.nl : x.en;
}

// ---- [SECTION] gathering ------------------------------------------------------------------
struct VoteRow {
    Principle principle;
    int green = 0, amber = 0, red = 0;
    int total() const { return green + amber + red; }
};
struct Section {
    std::string activityId;
    const Activity* activity = nullptr;  // nullptr: unknown id, or the general section ("")
    std::vector<VoteRow> votes;          // principle order, one row per principle voted on
    std::vector<const WorkshopNote*> notes;    // principle order, then file order
    std::vector<const WorkshopAction*> actions;  // file order
    int green = 0, amber = 0, red = 0, openActions = 0;
};

const Activity* findActivity(const Register& reg, std::string_view id) {
    for (const Activity& a : reg.activities)
        if (a.id == id) return &a;
    return nullptr;
}

// One section per activity of the workshop (in its order), then one per other activity id a
// vote, note or action refers to, then the general section ("" id) when anything has no id.
std::vector<Section> gather(const Register& reg, const Workshop& w) {
    std::vector<std::string> ids;
    auto addId = [&](const std::string& id) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    };
    for (const auto& id : w.activity_ids)
        if (!id.empty()) addId(id);
    bool general = false;
    for (const auto& v : w.votes) v.activity_id.empty() ? void(general = true) : addId(v.activity_id);
    for (const auto& n : w.notes) n.activity_id.empty() ? void(general = true) : addId(n.activity_id);
    for (const auto& a : w.actions) a.activity_id.empty() ? void(general = true) : addId(a.activity_id);
    if (general) ids.push_back("");

    std::vector<Section> out;
    for (const auto& id : ids) {
        Section s;
        s.activityId = id;
        s.activity = id.empty() ? nullptr : findActivity(reg, id);
        for (Principle p : allOf<Principle>()) {
            VoteRow row{p};
            bool any = false;
            for (const Vote& v : w.votes) {
                if (v.activity_id != id || v.principle != p) continue;
                any = true;
                row.green += v.green, row.amber += v.amber, row.red += v.red;
            }
            if (any) {
                s.votes.push_back(row);
                s.green += row.green, s.amber += row.amber, s.red += row.red;
            }
            for (const WorkshopNote& n : w.notes)
                if (n.activity_id == id && n.principle == p) s.notes.push_back(&n);
        }
        for (const WorkshopAction& a : w.actions) {
            if (a.activity_id != id) continue;
            s.actions.push_back(&a);
            if (!a.done) ++s.openActions;
        }
        out.push_back(std::move(s));
    }
    return out;
}

Tier tierOfSection(const Section& s) {
    return s.activity ? rules::tierOf(*s.activity) : Tier::Unassessed;
}

// ---- [SECTION] escaping -------------------------------------------------------------------
// HTML text and attribute escaping: & < > " '.
std::string html(std::string_view s) {
    std::string o;
    o.reserve(s.size() + 16);
    for (char c : s) {
        switch (c) {
        case '&': o += "&amp;"; break;
        case '<': o += "&lt;"; break;
        case '>': o += "&gt;"; break;
        case '"': o += "&quot;"; break;
        case '\'': o += "&#39;"; break;
        case '\r': break;
        default: o += c;
        }
    }
    return o;
}

// Markdown: backslash-escapes every character that could start markup inline, and at the start
// of each line the characters that would start a list, heading or rule. Line breaks become
// `lineBreak` ("<br>" in table cells, "\n> " in block quotes, " " in headings).
std::string md(std::string_view s, std::string_view lineBreak) {
    std::string o;
    o.reserve(s.size() + 16);
    bool lineStart = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\r') continue;
        if (c == '\n') {
            o += lineBreak;
            lineStart = true;
            continue;
        }
        if (lineStart && (c == ' ' || c == '\t')) continue;  // leading blanks would indent code
        if (lineStart) {
            lineStart = false;
            if (c == '-' || c == '+' || c == '=') {
                o += '\\';
                o += c;
                continue;
            }
            if (c >= '0' && c <= '9') {  // "1." or "1)" would start an ordered list
                std::size_t j = i;
                while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
                if (j < s.size() && (s[j] == '.' || s[j] == ')')) {
                    o.append(s.substr(i, j - i));
                    o += '\\';
                    o += s[j];
                    i = j;
                    continue;
                }
            }
        }
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '|': case '#': case '~': case '!': case '&': case '(': case ')': case '{': case '}':
            o += '\\';
            o += c;
            break;
        default: o += c;
        }
    }
    return o;
}

// "2026-10-14" as "14-10-2026" (Dutch) or "14 Oct 2026" (English); other text as is.
std::string showDate(std::string_view iso, Lang lang) {
    if (!rules::isIsoDate(iso)) return std::string(iso);
    const std::string y(iso.substr(0, 4)), m(iso.substr(5, 2)), d(iso.substr(8, 2));
    if (lang == Lang::Nl) return d + "-" + m + "-" + y;
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int mi = (m[0] - '0') * 10 + (m[1] - '0');
    const std::string day = d[0] == '0' ? d.substr(1) : d;
    return day + " " + kMonths[mi - 1] + " " + y;
}

std::string activityTitle(const Section& s, Lang lang) {
    if (s.activityId.empty()) return tx(T::General, lang);
    if (s.activity) return s.activity->name;
    return std::string(tx(T::UnknownActivity, lang)) + " (" + s.activityId + ")";
}

// The team's framework in this report: the items this session proposed or decided, then the
// ones adopted earlier (elsewhere). Each row: kind, text (and why), status with its date, votes, scope.
struct FrameworkLine {
    std::string kind, text, status, votes, scope;
};
std::vector<FrameworkLine> frameworkLines(const Register& reg, const Workshop& w, bool session, Lang lang) {
    std::vector<FrameworkLine> out;
    for (const FrameworkItem& f : reg.framework) {
        const bool here = !w.id.empty() && f.workshop_id == w.id;
        if (session ? !here : (here || f.status != FrameworkStatus::Adopted)) continue;
        std::string status(labelOf(f.status, lang));
        if (!f.decided_at.empty() && f.status != FrameworkStatus::Proposed) status += " " + showDate(f.decided_at, lang);
        out.push_back({std::string(labelOf(f.kind, lang)),
                       f.explanation.empty() ? f.text : f.text + " — " + f.explanation, status,
                       std::to_string(f.votes_for) + " / " + std::to_string(f.votes_against) + " / " +
                           std::to_string(f.votes_abstain),
                       scopeText(f.applies_to, lang)});
    }
    return out;
}

std::string footerText(Lang lang) {
    std::string f = tx(T::Footer, lang);
    const auto p = f.find("{rules}");
    if (p != std::string::npos) f.replace(p, 7, rules::kRulesVersion);
    return f;
}

int totalVotes(const std::vector<Section>& secs) {
    int n = 0;
    for (const auto& s : secs) n += s.green + s.amber + s.red;
    return n;
}

// ---- [SECTION] HTML -----------------------------------------------------------------------
// Tier colours of DESIGN.md (the same as the app's badges), always printed with the word.
const char* tierHex(Tier t) {
    switch (t) {
    case Tier::Prohibited: return "#b91c1c";
    case Tier::High: return "#c2410c";
    case Tier::Limited: return "#1d4ed8";
    case Tier::Minimal: return "#15803d";
    default: return "#525b69";
    }
}

constexpr const char* kCss = R"css(
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Inter", "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1f2937;
  font-size: 10.5pt; line-height: 1.45; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 2mm 0; line-height: 1.2; }
h2 { font-size: 14pt; margin: 9mm 0 2mm 0; padding-top: 2mm; border-top: 2px solid #e5e7eb; }
h3 { font-size: 11pt; margin: 5mm 0 1.5mm 0; color: #374151; }
h4 { font-size: 10.5pt; margin: 3mm 0 1mm 0; }
p { margin: 1mm 0 2mm 0; }
.muted { color: #5f6875; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; }
th, td { border: 1px solid #dee2e8; padding: 1.4mm 2mm; text-align: left; vertical-align: top; }
th { background: #f3f5f8; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { page-break-inside: avoid; break-inside: avoid; }
table.meta { width: auto; }
table.meta th { background: none; border: none; padding: 0.6mm 6mm 0.6mm 0; color: #5f6875; font-weight: normal; }
table.meta td { border: none; padding: 0.6mm 0; }
.badge { display: inline-block; color: #fff; border-radius: 3px; padding: 0 2mm; font-size: 9pt;
  font-weight: 600; white-space: nowrap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.dot { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; margin-right: 1.2mm;
  vertical-align: baseline; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.g { background: #15803d; } .a { background: #b45309; } .r { background: #b91c1c; }
.bar { display: flex; height: 3mm; min-width: 30mm; border-radius: 2px; overflow: hidden; background: #eef0f3;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.bar span { display: block; height: 100%; }
.reason { margin: 1mm 0 2mm 0; }
.note { white-space: pre-wrap; margin: 0 0 2mm 0; padding: 1.5mm 3mm; border-left: 3px solid #dbe7fe; background: #f8fafc; }
.done { color: #15803d; font-weight: 600; }
.open { color: #b45309; font-weight: 600; }
section.activity { page-break-inside: auto; }
section.activity h2 { page-break-after: avoid; break-after: avoid; }
h3, h4 { page-break-after: avoid; break-after: avoid; }
footer { margin-top: 10mm; padding-top: 2mm; border-top: 1px solid #e5e7eb; font-size: 9pt; color: #5f6875; }
@media print { body { padding: 0; max-width: none; } h2 { margin-top: 7mm; } }
)css";

std::string tierBadgeHtml(Tier t, Lang lang) {
    return std::string("<span class=\"badge\" style=\"background:") + tierHex(t) + "\">" +
           html(labelOf(t, lang)) + "</span>";
}

std::string countCell(int n, const char* cls) {
    return std::string("<td class=\"num\"><span class=\"dot ") + cls + "\"></span>" + std::to_string(n) + "</td>";
}

// A stacked bar of the three counts (widths in whole percent); empty bar for no votes.
std::string barHtml(int g, int a, int r) {
    const int total = g + a + r;
    std::string o = "<div class=\"bar\">";
    if (total > 0) {
        auto seg = [&](int n, const char* cls) {
            if (n > 0) o += std::string("<span class=\"") + cls + "\" style=\"width:" +
                            std::to_string(n * 100 / total) + "%\"></span>";
        };
        seg(g, "g"), seg(a, "a"), seg(r, "r");
    }
    return o + "</div>";
}

std::string voteHeaderHtml(Lang lang) {
    return std::string("<th class=\"num\"><span class=\"dot g\"></span>") + tx(T::Green, lang) +
           "</th><th class=\"num\"><span class=\"dot a\"></span>" + tx(T::Amber, lang) +
           "</th><th class=\"num\"><span class=\"dot r\"></span>" + tx(T::Red, lang) + "</th>";
}

void sectionHtml(std::string& o, const Section& s, int number, Lang lang) {
    o += "<section class=\"activity\">\n<h2>";
    if (number > 0) o += std::to_string(number) + ". ";
    o += html(activityTitle(s, lang)) + "</h2>\n";
    if (s.activity) {
        const Tier t = tierOfSection(s);
        o += "<p class=\"reason\">" + tierBadgeHtml(t, lang) + " " + html(rules::tierReason(*s.activity, lang)) + "</p>\n";
        if (!s.activity->purpose.empty())
            o += std::string("<p><strong>") + tx(T::Purpose, lang) + ":</strong> " + html(s.activity->purpose) + "</p>\n";
    } else if (s.activityId.empty()) {
        o += std::string("<p class=\"muted\">") + tx(T::GeneralText, lang) + "</p>\n";
    }

    o += std::string("<h3>") + tx(T::Votes, lang) + "</h3>\n";
    if (s.votes.empty()) {
        o += std::string("<p class=\"muted\">") + tx(T::NoVotes, lang) + "</p>\n";
    } else {
        o += std::string("<table class=\"votes\"><thead><tr><th>") + tx(T::Principle, lang) + "</th>" +
             voteHeaderHtml(lang) + "<th>" + tx(T::Distribution, lang) + "</th></tr></thead><tbody>\n";
        for (const VoteRow& v : s.votes) {
            o += "<tr><td>" + html(labelOf(v.principle, lang)) + "</td>" + countCell(v.green, "g") +
                 countCell(v.amber, "a") + countCell(v.red, "r") + "<td>" + barHtml(v.green, v.amber, v.red) +
                 "</td></tr>\n";
        }
        o += "</tbody></table>\n";
    }

    o += std::string("<h3>") + tx(T::Notes, lang) + "</h3>\n";
    if (s.notes.empty()) {
        o += std::string("<p class=\"muted\">") + tx(T::NoNotes, lang) + "</p>\n";
    } else {
        bool first = true;
        Principle last = Principle::COUNT;
        for (const WorkshopNote* n : s.notes) {
            if (first || n->principle != last) o += "<h4>" + html(labelOf(n->principle, lang)) + "</h4>\n";
            first = false;
            last = n->principle;
            o += "<p class=\"note\">" + html(n->text) + "</p>\n";
        }
    }

    o += std::string("<h3>") + tx(T::Actions, lang) + "</h3>\n";
    if (s.actions.empty()) {
        o += std::string("<p class=\"muted\">") + tx(T::NoActions, lang) + "</p>\n";
    } else {
        o += std::string("<table class=\"actions\"><thead><tr><th>") + tx(T::Action, lang) + "</th><th>" +
             tx(T::Owner, lang) + "</th><th>" + tx(T::Due, lang) + "</th><th>" + tx(T::Status, lang) +
             "</th></tr></thead><tbody>\n";
        for (const WorkshopAction* a : s.actions) {
            o += "<tr><td class=\"note-text\" style=\"white-space:pre-wrap\">" + html(a->text) + "</td><td>" +
                 html(a->owner) + "</td><td style=\"white-space:nowrap\">" + html(showDate(a->due, lang)) +
                 "</td><td>" +
                 (a->done ? std::string("<span class=\"done\">&#10003; ") + tx(T::Done, lang) + "</span>"
                          : std::string("<span class=\"open\">&#9675; ") + tx(T::Open, lang) + "</span>") +
                 "</td></tr>\n";
        }
        o += "</tbody></table>\n";
    }
    o += "</section>\n";
}

// ---- [SECTION] Markdown -------------------------------------------------------------------
void sectionMarkdown(std::string& o, const Section& s, int number, Lang lang) {
    o += "\n## ";
    if (number > 0) o += std::to_string(number) + "\\. ";
    o += md(activityTitle(s, lang), " ") + "\n\n";
    if (s.activity) {
        const Tier t = tierOfSection(s);
        o += std::string("**") + std::string(labelOf(t, lang)) + "** — " + md(rules::tierReason(*s.activity, lang), " ") +
             "\n\n";
        if (!s.activity->purpose.empty())
            o += std::string("**") + tx(T::Purpose, lang) + ":** " + md(s.activity->purpose, " ") + "\n\n";
    } else if (s.activityId.empty()) {
        o += std::string("*") + tx(T::GeneralText, lang) + "*\n\n";
    }

    o += std::string("### ") + tx(T::Votes, lang) + "\n\n";
    if (s.votes.empty()) {
        o += std::string("*") + tx(T::NoVotes, lang) + "*\n\n";
    } else {
        o += std::string("| ") + tx(T::Principle, lang) + " | " + tx(T::Green, lang) + " | " + tx(T::Amber, lang) +
             " | " + tx(T::Red, lang) + " |\n| --- | ---: | ---: | ---: |\n";
        for (const VoteRow& v : s.votes)
            o += "| " + md(labelOf(v.principle, lang), "<br>") + " | " + std::to_string(v.green) + " | " +
                 std::to_string(v.amber) + " | " + std::to_string(v.red) + " |\n";
        o += "\n";
    }

    o += std::string("### ") + tx(T::Notes, lang) + "\n\n";
    if (s.notes.empty()) {
        o += std::string("*") + tx(T::NoNotes, lang) + "*\n\n";
    } else {
        bool first = true;
        Principle last = Principle::COUNT;
        for (const WorkshopNote* n : s.notes) {
            if (first || n->principle != last) o += "**" + md(labelOf(n->principle, lang), " ") + "**\n\n";
            first = false;
            last = n->principle;
            o += "> " + md(n->text, "  \n> ") + "\n\n";
        }
    }

    o += std::string("### ") + tx(T::Actions, lang) + "\n\n";
    if (s.actions.empty()) {
        o += std::string("*") + tx(T::NoActions, lang) + "*\n\n";
    } else {
        o += std::string("| ") + tx(T::Action, lang) + " | " + tx(T::Owner, lang) + " | " + tx(T::Due, lang) + " | " +
             tx(T::Status, lang) + " |\n| --- | --- | --- | --- |\n";
        for (const WorkshopAction* a : s.actions)
            o += "| " + md(a->text, "<br>") + " | " + md(a->owner, "<br>") + " | " + md(showDate(a->due, lang), " ") +
                 " | " + (a->done ? std::string("✓ ") + tx(T::Done, lang) : std::string(tx(T::Open, lang))) + " |\n";
        o += "\n";
    }
}

}  // namespace

std::string workshopReportHtml(const Register& reg, const Workshop& w, Lang lang) {
    const auto secs = gather(reg, w);
    int open = 0, done = 0;
    for (const auto& a : w.actions) (a.done ? done : open) += 1;

    std::string o;
    o.reserve(16384);
    o += std::string("<!DOCTYPE html>\n<html lang=\"") + (lang == Lang::Nl ? "nl" : "en") + "\">\n<head>\n";
    o += "<meta charset=\"utf-8\">\n";
    o += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
         "img-src 'none'; form-action 'none'; base-uri 'none'\">\n";
    o += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    o += "<title>" + html(w.title.empty() ? std::string(tx(T::DocTitle, lang)) : w.title) + " – " +
         tx(T::DocTitle, lang) + "</title>\n";
    o += std::string("<style>") + kCss + "</style>\n</head>\n<body>\n<header>\n";
    o += std::string("<p class=\"muted\">") + tx(T::DocTitle, lang) + "</p>\n";
    o += "<h1>" + html(w.title) + "</h1>\n<table class=\"meta\">\n";
    auto meta = [&](T label, const std::string& value) {
        o += std::string("<tr><th>") + tx(label, lang) + "</th><td>" + value + "</td></tr>\n";
    };
    meta(T::Date, w.date.empty() ? tx(T::NotSet, lang) : html(showDate(w.date, lang)));
    meta(T::Facilitator, w.facilitator.empty() ? tx(T::NotSet, lang) : html(w.facilitator));
    if (!reg.organisation.empty()) meta(T::Organisation, html(reg.organisation));
    meta(T::Activities, std::to_string(w.activity_ids.size()));
    meta(T::VotesCast, std::to_string(totalVotes(secs)));
    meta(T::ActionsSummary, std::to_string(open) + " " + tx(T::Open, lang) + " · " + std::to_string(done) + " " +
                                tx(T::Done, lang));
    o += "</table>\n</header>\n";

    // Overview of the activities discussed.
    o += std::string("<h2>") + tx(T::Overview, lang) + "</h2>\n";
    if (secs.empty()) {
        o += std::string("<p class=\"muted\">") + tx(T::NoActivities, lang) + "</p>\n";
    } else {
        o += std::string("<table class=\"overview\"><thead><tr><th>#</th><th>") + tx(T::Activity, lang) + "</th><th>" +
             tx(T::Tier, lang) + "</th>" + voteHeaderHtml(lang) + "<th class=\"num\">" + tx(T::OpenActions, lang) +
             "</th></tr></thead><tbody>\n";
        int i = 0;
        for (const auto& s : secs) {
            ++i;
            o += "<tr><td class=\"num\">" + std::to_string(i) + "</td><td>" + html(activityTitle(s, lang)) + "</td><td>" +
                 (s.activity ? tierBadgeHtml(tierOfSection(s), lang) : std::string("–")) + "</td>" +
                 countCell(s.green, "g") + countCell(s.amber, "a") + countCell(s.red, "r") + "<td class=\"num\">" +
                 std::to_string(s.openActions) + "</td></tr>\n";
        }
        o += "</tbody></table>\n";
    }

    int i = 0;
    for (const auto& s : secs) sectionHtml(o, s, ++i, lang);

    // The team's framework: what this session proposed or decided, and what was adopted earlier.
    o += std::string("<h2>") + tx(T::Framework, lang) + "</h2>\n";
    for (bool session : {true, false}) {
        const std::vector<FrameworkLine> lines = frameworkLines(reg, w, session, lang);
        if (lines.empty() && !session) continue;
        o += std::string("<h3>") + tx(session ? T::FrameworkSession : T::FrameworkEarlier, lang) + "</h3>\n";
        if (lines.empty()) {
            o += std::string("<p class=\"muted\">") + tx(T::FrameworkNone, lang) + "</p>\n";
            continue;
        }
        o += std::string("<table class=\"overview\"><thead><tr><th>") + tx(T::Kind, lang) + "</th><th>" +
             tx(T::Text, lang) + "</th><th>" + tx(T::Status, lang) + "</th><th class=\"num\">" +
             tx(T::ShowOfHands, lang) + "</th><th>" + tx(T::AppliesTo, lang) + "</th></tr></thead><tbody>\n";
        for (const FrameworkLine& l : lines)
            o += "<tr><td>" + html(l.kind) + "</td><td>" + html(l.text) + "</td><td>" + html(l.status) +
                 "</td><td class=\"num\">" + html(l.votes) + "</td><td>" + html(l.scope) + "</td></tr>\n";
        o += "</tbody></table>\n";
    }
    o += "<footer>" + html(footerText(lang)) + "</footer>\n</body>\n</html>\n";
    return o;
}

std::string workshopReportMarkdown(const Register& reg, const Workshop& w, Lang lang) {
    const auto secs = gather(reg, w);
    int open = 0, done = 0;
    for (const auto& a : w.actions) (a.done ? done : open) += 1;

    std::string o;
    o.reserve(8192);
    o += "# " + md(w.title.empty() ? std::string(tx(T::DocTitle, lang)) : w.title, " ") + "\n\n";
    o += std::string("*") + tx(T::DocTitle, lang) + "*\n\n";
    auto meta = [&](T label, const std::string& value) {
        o += std::string("- **") + tx(label, lang) + ":** " + value + "\n";
    };
    meta(T::Date, w.date.empty() ? tx(T::NotSet, lang) : md(showDate(w.date, lang), " "));
    meta(T::Facilitator, w.facilitator.empty() ? tx(T::NotSet, lang) : md(w.facilitator, " "));
    if (!reg.organisation.empty()) meta(T::Organisation, md(reg.organisation, " "));
    meta(T::Activities, std::to_string(w.activity_ids.size()));
    meta(T::VotesCast, std::to_string(totalVotes(secs)));
    meta(T::ActionsSummary, std::to_string(open) + " " + tx(T::Open, lang) + " · " + std::to_string(done) + " " +
                                tx(T::Done, lang));

    o += std::string("\n## ") + tx(T::Overview, lang) + "\n\n";
    if (secs.empty()) {
        o += std::string("*") + tx(T::NoActivities, lang) + "*\n";
    } else {
        o += std::string("| # | ") + tx(T::Activity, lang) + " | " + tx(T::Tier, lang) + " | " + tx(T::Green, lang) +
             " | " + tx(T::Amber, lang) + " | " + tx(T::Red, lang) + " | " + tx(T::OpenActions, lang) +
             " |\n| ---: | --- | --- | ---: | ---: | ---: | ---: |\n";
        int i = 0;
        for (const auto& s : secs) {
            o += "| " + std::to_string(++i) + " | " + md(activityTitle(s, lang), "<br>") + " | " +
                 (s.activity ? std::string(labelOf(tierOfSection(s), lang)) : std::string("–")) + " | " +
                 std::to_string(s.green) + " | " + std::to_string(s.amber) + " | " + std::to_string(s.red) + " | " +
                 std::to_string(s.openActions) + " |\n";
        }
    }
    int i = 0;
    for (const auto& s : secs) sectionMarkdown(o, s, ++i, lang);

    o += std::string("\n## ") + tx(T::Framework, lang) + "\n";
    for (bool session : {true, false}) {
        const std::vector<FrameworkLine> lines = frameworkLines(reg, w, session, lang);
        if (lines.empty() && !session) continue;
        o += std::string("\n### ") + tx(session ? T::FrameworkSession : T::FrameworkEarlier, lang) + "\n\n";
        if (lines.empty()) {
            o += std::string("*") + tx(T::FrameworkNone, lang) + "*\n";
            continue;
        }
        o += std::string("| ") + tx(T::Kind, lang) + " | " + tx(T::Text, lang) + " | " + tx(T::Status, lang) + " | " +
             tx(T::ShowOfHands, lang) + " | " + tx(T::AppliesTo, lang) + " |\n| --- | --- | --- | ---: | --- |\n";
        for (const FrameworkLine& l : lines)
            o += "| " + md(l.kind, "<br>") + " | " + md(l.text, "<br>") + " | " + md(l.status, "<br>") + " | " +
                 md(l.votes, "<br>") + " | " + md(l.scope, "<br>") + " |\n";
    }
    o += "\n---\n\n*" + md(footerText(lang), " ") + "*\n";
    return o;
}

// ---- [SECTION] file names -----------------------------------------------------------------
std::string workshopSlug(std::string_view title) {
    // Latin-1 letters U+00C0..U+00FF folded to ASCII ('\0' = separator).
    static constexpr char kFold[] = "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo\0ouuuuyty";
    std::string o;
    bool sep = false;
    auto put = [&](char c) {
        if (sep && !o.empty()) o += '-';
        sep = false;
        o += c;
    };
    for (std::size_t i = 0; i < title.size(); ++i) {
        const auto c = static_cast<unsigned char>(title[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            put(char(c));
        } else if (c >= 'A' && c <= 'Z') {
            put(text::lowerAscii(char(c)));
        } else if (c == 0xC3 && i + 1 < title.size()) {
            const auto c2 = static_cast<unsigned char>(title[i + 1]);
            ++i;
            const int cp = 0xC0 + (c2 & 0x3F);
            const char f = (cp >= 0xC0 && cp <= 0xFF) ? kFold[cp - 0xC0] : '\0';
            if (f) {
                put(text::lowerAscii(f));
                if (cp == 0xDF) o += 's';  // ß -> ss
            } else {
                sep = true;
            }
        } else {
            // Other bytes (punctuation, other scripts, continuation bytes) separate words.
            sep = true;
        }
        if (o.size() >= 60) break;
    }
    if (o.size() > 60) o.resize(60);
    while (!o.empty() && o.back() == '-') o.pop_back();
    return o.empty() ? std::string("workshop") : o;
}

std::string workshopReportFileName(const Workshop& w, std::string_view extension) {
    std::string slug = workshopSlug(w.title);
    std::string name = slug.rfind("workshop", 0) == 0 ? slug : "workshop-" + slug;
    if (rules::isIsoDate(w.date)) name += "-" + w.date;
    name += ".";
    name += extension;
    return name;
}

}  // namespace air::io
