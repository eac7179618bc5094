// The review report as one self-contained HTML file (report.hpp). Content comes from
// report_view.cpp; this file only lays it out and escapes it.
//
// [SECTIONS]
//   [ESCAPE]  HTML text and CSS string escaping
//   [STYLE]   the inline style sheet (screen and A4 print)
//   [PARTS]   badges, key/value tables, summary, contents
//   [ACTIVITY] one activity section
//   [PAGE]    reportHtml
#include "io/report.hpp"

#include <cstdio>

#include "io/report_view.hpp"

namespace air::io {

namespace {

using namespace reportview;

// =========================================================================== [ESCAPE]

// User or report text as HTML text: & < > " ' escaped, line breaks as <br>.
std::string esc(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 16);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\r':
                if (i + 1 < s.size() && s[i + 1] == '\n') break;
                out += "<br>";
                break;
            case '\n': out += "<br>"; break;
            default: out += c;
        }
    }
    return out;
}

// Text as a CSS string literal for @page margin boxes: everything but letters, digits,
// spaces, UTF-8 bytes and . , - & : as a hex escape, so no text can end the string or the
// style sheet (no quote, backslash, "<" or line break survives).
std::string cssString(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ||
            c == '.' || c == ',' || c == '-' || c == '&' || c == ':' || u >= 0x80) {
            out += c;
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%x ", unsigned(u));
            out += buf;
        }
    }
    return out + "\"";
}

// ============================================================================ [STYLE]

constexpr std::string_view kFontStack =
    "Inter, \"DejaVu Sans\", \"Segoe UI\", \"Helvetica Neue\", Arial, sans-serif";

constexpr std::string_view kStyle = R"CSS(
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --accent: #1d4ed8; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; background: #fbfbfa; }
body { font-family: Inter, "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
       font-size: 10.5pt; line-height: 1.45; color: var(--ink); background: #fff;
       max-width: 54rem; margin: 0 auto; padding: 2.5rem 2rem; }
h1 { font-size: 21pt; line-height: 1.2; margin: .1em 0 .5em; }
h2 { font-size: 15pt; line-height: 1.25; margin: 0 0 .5em; }
h3 { font-size: 11.5pt; margin: 1.5em 0 .45em; padding-bottom: .2em; border-bottom: 2px solid var(--line); }
h4 { font-size: 10.5pt; margin: 1.1em 0 .35em; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: .35em 0; }
a { color: var(--accent); }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 8.5pt; color: var(--muted); margin: 0; }
.disclaimer { border-left: 4px solid var(--accent); background: var(--panel); padding: .55em .9em; margin: 1em 0 1.5em; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 .9em; }
th, td { text-align: left; vertical-align: top; padding: .32em .55em; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); font-weight: 600; border-bottom: 2px solid var(--line); }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.kv th { width: 32%; font-weight: 600; color: #3b434c; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
.badge { display: inline-block; padding: .08em .6em; border-radius: 5px; font-size: .86em; font-weight: 600;
         white-space: nowrap; border: 1px solid transparent; }
.tier-prohibited { background: #b42318; color: #fff; }
.tier-high { background: #c2410c; color: #fff; }
.tier-limited { background: #1d4ed8; color: #fff; }
.tier-minimal { background: #067647; color: #fff; }
.tier-unassessed { background: #5d6b7a; color: #fff; }
.sev-blocker { background: #b42318; color: #fff; }
.sev-warning { background: #fdf1cf; color: #6f4600; border-color: #e0b34f; }
.sev-info { background: #eef1f4; color: #3b434c; border-color: #c9d1d9; }
.dpia-required { background: #fdf1cf; color: #6f4600; border-color: #e0b34f; }
.dpia-recommended { background: #eef1f4; color: #3b434c; border-color: #c9d1d9; }
.dpia-not_required { background: #eaf6ef; color: #07522f; border-color: #9fd3b5; }
.badge.wrap { white-space: normal; }
.tag { display: inline-block; font-size: .78em; font-weight: 600; padding: 0 .4em; margin-left: .25em;
       border-radius: 4px; border: 1px solid #b42318; color: #b42318; white-space: nowrap; }
.missing { color: var(--muted); font-style: italic; }
.alert { color: #b42318; font-weight: 600; }
.reason { margin: .4em 0 .7em; }
.summary { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.summary > div { flex: 1 1 15rem; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: .5rem; margin: .2em 0 1em; }
.figure { border: 1px solid var(--line); border-radius: 6px; padding: .35em .7em; break-inside: avoid; }
.figure b { display: block; font-size: 15pt; line-height: 1.2; }
.figure.alert b { color: #b42318; }
.bar { display: flex; height: .7rem; border-radius: 4px; overflow: hidden; margin: .2em 0 .8em; background: var(--panel); }
.bar span { display: block; height: 100%; }
.activity { break-before: page; page-break-before: always; padding-top: .5rem; }
.activity > h2 .num { color: var(--muted); font-weight: 600; }
.back { font-size: 9pt; margin-top: 1.5em; }
ul { margin: .3em 0 .6em; padding-left: 1.3em; }
footer { margin-top: 2.5em; padding-top: .6em; border-top: 1px solid var(--line); color: var(--muted); font-size: 9pt; }
@media print {
  html { background: #fff; }
  body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
  th, td { padding: .25em .5em; }
  h3 { margin-top: 1.2em; }
  a { color: inherit; text-decoration: none; }
  .back { display: none; }
}
)CSS";

// ============================================================================ [PARTS]

std::string badge(std::string_view cls, std::string_view word) {
    return "<span class=\"badge " + std::string(cls) + "\">" + esc(word) + "</span>";
}

std::string tierBadge(Tier t, Lang lang) {
    return badge("tier-" + std::string(keyOf(t)), labelOf(t, lang));
}

std::string cellText(const Row& r, Lang lang) {
    if (r.missing) return "<span class=\"missing\">" + esc(word(W::NotFilled, lang)) + "</span>";
    if (r.alert) return "<span class=\"alert\">" + esc(r.text) + "</span>";
    return esc(r.text);
}

std::string kvRow(const Row& r, Lang lang) {
    return "<tr><th scope=\"row\">" + esc(r.label) + "</th><td>" + cellText(r, lang) + "</td></tr>\n";
}

std::string kvRowHtml(std::string_view label, const std::string& html) {
    return "<tr><th scope=\"row\">" + esc(label) + "</th><td>" + html + "</td></tr>\n";
}

std::string th(std::string_view text, std::string_view cls = {}) {
    return cls.empty() ? "<th>" + esc(text) + "</th>"
                       : "<th class=\"" + std::string(cls) + "\">" + esc(text) + "</th>";
}

std::string countRow(const std::string& labelHtml, int n) {
    return "<tr><td>" + labelHtml + "</td><td class=\"n\">" + std::to_string(n) + "</td></tr>\n";
}

std::string findingsTable(const std::vector<FindingRow>& findings, Lang lang) {
    std::string h = "<table>\n<thead><tr>" + th(word(W::ColSeverity, lang)) + th(word(W::ColRule, lang)) +
                    th(word(W::ColArticle, lang)) + th(word(W::ColMessage, lang)) + "</tr></thead>\n<tbody>\n";
    for (const FindingRow& f : findings)
        h += "<tr><td>" + badge("sev-" + std::string(keyOf(f.severity)), labelOf(f.severity, lang)) +
             "</td><td class=\"nowrap\">" + esc(f.id) + "</td><td>" + esc(f.article) + "</td><td>" +
             esc(f.message) + "</td></tr>\n";
    return h + "</tbody></table>\n";
}

// The team's adopted principles and red lines (register level).
std::string frameworkHtml(const ReportView& rv) {
    const Lang lang = rv.lang;
    std::string h = "<section id=\"framework\">\n<h2>" + esc(word(W::OurFramework, lang)) + "</h2>\n";
    if (rv.framework.empty()) {
        h += "<p>" + esc(word(W::NoFramework, lang)) + "</p>\n";
    } else {
        h += "<p>" + esc(word(W::FrameworkIntro, lang)) + "</p>\n<table>\n<thead><tr>" + th(word(W::ColKind, lang)) +
             th(word(W::ColText, lang)) + th(word(W::ColAppliesTo, lang)) + th(word(W::ColAdopted, lang)) +
             th(word(W::ColVotes, lang), "n") + "</tr></thead>\n<tbody>\n";
        for (const FrameworkRow& f : rv.framework) {
            h += "<tr><td class=\"nowrap\">" + badge(f.redLine ? "sev-blocker" : "sev-info", f.kind) + "</td><td><strong>" +
                 esc(f.text) + "</strong>";
            if (!f.explanation.empty()) h += "<br>" + esc(f.explanation);
            h += "</td><td>" + esc(f.scope) + "</td><td class=\"nowrap\">" + esc(f.adopted) + "</td><td class=\"n\">" +
                 esc(f.votes) + "</td></tr>\n";
        }
        h += "</tbody></table>\n";
    }
    if (rv.frameworkProposed > 0)
        h += "<p>" + esc(word(W::FrameworkProposed, lang)) + ": " + std::to_string(rv.frameworkProposed) + "</p>\n";
    return h + "</section>\n";
}

// The adopted items one activity touches.
std::string frameworkTouchesHtml(const ActivityView& v, Lang lang) {
    if (v.framework.empty()) return {};
    std::string h = "<h3>" + esc(word(W::FrameworkTouches, lang)) + "</h3>\n<p>" +
                    esc(word(W::FrameworkTouchesIntro, lang)) + "</p>\n<ul>\n";
    for (const FrameworkTouch& t : v.framework)
        h += "<li>" + badge(t.redLine ? "sev-blocker" : "sev-info", t.kind) + " <strong>" + esc(t.text) +
             "</strong> (" + esc(word(W::Because, lang)) + ": " + esc(t.because) + ")</li>\n";
    return h + "</ul>\n";
}

std::string summaryHtml(const ReportView& rv) {
    const Lang lang = rv.lang;
    const Summary& s = rv.summary;
    std::string h = "<section id=\"summary\">\n<h2>" + esc(word(W::Summary, lang)) + "</h2>\n";
    // A bar of the tier distribution (decoration only; the table below carries the numbers).
    if (s.activities > 0) {
        h += "<div class=\"bar\" aria-hidden=\"true\">";
        for (Tier t : allOf<Tier>()) {
            const int n = s.tiers[std::size_t(t)];
            if (n == 0) continue;
            const int tenths = n * 1000 / s.activities;  // locale-free "33.3"
            h += "<span class=\"tier-" + std::string(keyOf(t)) + "\" style=\"width:" +
                 std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%\"></span>";
        }
        h += "</div>\n";
    }
    h += "<div class=\"summary\">\n<div><table>\n<thead><tr>" + th(word(W::ByTier, lang)) +
         th(word(W::Count, lang), "n") + "</tr></thead>\n<tbody>\n";
    for (Tier t : allOf<Tier>()) h += countRow(tierBadge(t, lang), s.tiers[std::size_t(t)]);
    h += "</tbody></table></div>\n<div><table>\n<thead><tr>" + th(word(W::ByReview, lang)) +
         th(word(W::Count, lang), "n") + "</tr></thead>\n<tbody>\n";
    for (ReviewStatus r : allOf<ReviewStatus>())
        h += countRow(esc(labelOf(r, lang)), s.reviews[std::size_t(r)]);
    h += "</tbody></table></div>\n</div>\n<div class=\"figures\">\n";
    const std::pair<W, int> keyFigures[] = {
        {W::Activities, s.activities},        {W::OpenBlockers, s.blockers},
        {W::ActivitiesWithBlockers, s.activitiesWithBlockers}, {W::DpiaRequired, s.dpiaMandatory},
        {W::DpiaRuleOfThumb, s.dpiaRuleOfThumb}, {W::DpiaRecommended, s.dpiaRecommended},
        {W::ReviewsDue, s.reviewsDue}};
    for (const auto& [w, n] : keyFigures) {
        const bool alert = n > 0 && (w == W::OpenBlockers || w == W::ActivitiesWithBlockers);
        h += "<div class=\"figure" + std::string(alert ? " alert" : "") + "\"><b>" + std::to_string(n) +
             "</b>" + esc(word(w, lang)) + "</div>\n";
    }
    h += "</div>\n";
    // Findings about the register as a whole (GDPR-30: the controller of the Art. 30 record).
    h += "<h3>" + esc(word(W::RegisterLevel, lang)) + "</h3>\n";
    h += rv.registerFindings.empty() ? "<p>" + esc(word(W::NoRegisterFindings, lang)) + "</p>\n"
                                     : findingsTable(rv.registerFindings, lang);
    h += "</section>\n";
    return h;
}

std::string contentsHtml(const ReportView& rv) {
    const Lang lang = rv.lang;
    std::string h = "<nav id=\"contents\">\n<h2>" + esc(word(W::Contents, lang)) + "</h2>\n";
    if (rv.activities.empty()) return h + "<p>" + esc(word(W::NoActivities, lang)) + "</p>\n</nav>\n";
    h += "<table>\n<thead><tr>" + th("#", "n") + th(word(W::ColActivity, lang)) + th(word(W::ColTier, lang)) +
         th(word(W::ColReview, lang)) + th(word(W::ColBlockers, lang), "n") + th(word(W::ColDpia, lang)) +
         "</tr></thead>\n<tbody>\n";
    for (const ActivityView& v : rv.activities) {
        h += "<tr><td class=\"n\">" + std::to_string(v.number) + "</td><td><a href=\"#" + v.anchor + "\">" +
             esc(v.name) + "</a></td><td>" + tierBadge(v.tier, lang) + "</td><td>" +
             esc(labelOf(v.reviewStatus, lang)) + "</td><td class=\"n" + std::string(v.blockers ? " alert" : "") +
             "\">" + std::to_string(v.blockers) + "</td><td class=\"nowrap\">" + esc(v.dpiaLabel) +
             "</td></tr>\n";
    }
    return h + "</tbody></table>\n</nav>\n";
}

// ========================================================================= [ACTIVITY]

std::string categoriesHtml(const ActivityView& v, Lang lang) {
    if (v.categories.empty()) return cellText(Row{"", "", true}, lang);
    std::string h;
    for (std::size_t i = 0; i < v.categories.size(); ++i) {
        const CategoryItem& c = v.categories[i];
        if (i) h += ", ";
        h += esc(c.label);
        if (c.article == 9) h += "<span class=\"tag\">" + esc(word(W::Art9Tag, lang)) + "</span>";
        if (c.article == 10) h += "<span class=\"tag\">" + esc(word(W::Art10Tag, lang)) + "</span>";
    }
    return h;
}

std::string processorsHtml(const ActivityView& v, Lang lang) {
    std::string h = "<h4>" + esc(word(W::Recipients, lang)) + "</h4>\n";
    if (v.processors.empty()) return h + "<p>" + esc(word(W::NoneWord, lang)) + "</p>\n";
    h += "<table>\n<thead><tr>" + th(word(W::ProcName, lang)) + th(word(W::ProcRole, lang)) +
         th(word(W::ProcCountry, lang)) + th(word(W::ProcDpa, lang)) + th(word(W::ProcOutside, lang)) +
         th(word(W::ProcSafeguard, lang)) + th(word(W::ProcCerts, lang)) + th(word(W::ProcReuse, lang)) +
         "</tr></thead>\n<tbody>\n";
    for (const ProcessorRow& p : v.processors) {
        h += "<tr><td>" + (p.name.empty() ? cellText(Row{"", "", true}, lang) : esc(p.name)) + "</td><td>" +
             esc(p.role) + "</td><td" + (p.countryMissing ? " class=\"alert\"" : "") + ">" + esc(p.country) +
             "</td><td" + (p.dpaMissing ? " class=\"alert\"" : "") + ">" + esc(p.dpa) + "</td><td>" +
             esc(p.outside) + "</td><td" + (p.safeguardMissing ? " class=\"alert\"" : "") + ">" +
             esc(p.safeguard) + "</td><td>" + esc(p.certs) + "</td><td>" + esc(p.reuse) + "</td></tr>\n";
    }
    return h + "</tbody></table>\n";
}

std::string obligationTable(const std::vector<ObligationRow>& rows, Lang lang) {
    std::string h = "<table>\n<thead><tr>" + th(word(W::ColRule, lang)) + th(word(W::ColObligation, lang)) +
                    th(word(W::ColArticle, lang)) + th(word(W::ColAppliesFrom, lang)) + "</tr></thead>\n<tbody>\n";
    for (const ObligationRow& o : rows)
        h += "<tr><td class=\"nowrap\">" + esc(o.id) + "</td><td><strong>" + esc(o.title) + "</strong><br>" +
             esc(o.fix) + "</td><td>" + esc(o.article) + "</td><td class=\"nowrap\">" + esc(o.appliesFrom) +
             "</td></tr>\n";
    return h + "</tbody></table>\n";
}

// Who owes what: the duties of the organisation itself, then the provider's duties to check.
std::string obligationsHtml(const ActivityView& v, Lang lang) {
    std::string h = "<h4>" + esc(word(W::YourDuties, lang)) + "</h4>\n";
    h += v.obligations.empty() ? "<p>" + esc(word(W::NoObligations, lang)) + "</p>\n" : obligationTable(v.obligations, lang);
    h += "<h4>" + esc(word(W::ProviderDuties, lang)) + "</h4>\n";
    if (v.providerDuties.empty()) {
        const W none = v.role == AiActRole::Provider && !v.obligations.empty() ? W::NoProviderDutiesProvider
                                                                                 : W::NoProviderDuties;
        return h + "<p>" + esc(word(none, lang)) + "</p>\n";
    }
    return h + "<p>" + esc(word(W::ProviderDutiesIntro, lang)) + "</p>\n" + obligationTable(v.providerDuties, lang);
}

std::string dpiaHtml(const ActivityView& v, Lang lang) {
    // The verdict in the words of rules::dpiaReason ("verplicht" only for a statutory basis).
    std::string h = "<h3>" + esc(word(W::DpiaScreen, lang)) + "</h3>\n<p class=\"reason\">" +
                    badge("dpia-" + std::string(keyOf(v.dpia)) + " wrap", v.dpiaReason) + "</p>\n";
    if (v.dpiaBasis.empty()) {
        h += "<p>" + esc(word(W::NoCriteria, lang)) + "</p>\n";
    } else {
        h += "<h4>" + esc(word(W::DpiaBasis, lang)) + "</h4>\n<table>\n<thead><tr>" + th(word(W::ColRule, lang)) +
             th(word(W::ColBasis, lang)) + th(word(W::ColSource, lang)) + "</tr></thead>\n<tbody>\n";
        for (const ObligationRow& b : v.dpiaBasis)
            h += "<tr><td class=\"nowrap\">" + esc(b.id) + "</td><td>" + esc(b.title) + "</td><td>" + esc(b.article) +
                 "</td></tr>\n";
        h += "</tbody></table>\n";
    }
    return h + "<table class=\"kv\">\n<tbody>\n" + kvRow(v.dpiaStatus, lang) + "</tbody></table>\n";
}

std::string findingsHtml(const ActivityView& v, Lang lang) {
    std::string h = "<h3>" + esc(word(W::Findings, lang)) + "</h3>\n";
    if (v.findings.empty()) return h + "<p>" + esc(word(W::NoFindings, lang)) + "</p>\n";
    return h + findingsTable(v.findings, lang);
}

std::string workshopsHtml(const ActivityView& v, Lang lang) {
    if (v.workshops.empty()) return {};
    std::string h = "<h3>" + esc(word(W::Workshops, lang)) + "</h3>\n";
    for (const WorkshopBlock& b : v.workshops) {
        h += "<h4>" + esc(b.title);
        if (!b.date.empty()) h += " &#183; " + esc(b.date);
        h += "</h4>\n";
        if (!b.facilitator.empty())
            h += "<p>" + esc(word(W::Facilitator, lang)) + ": " + esc(b.facilitator) + "</p>\n";
        if (!b.votes.empty()) {
            h += "<table>\n<thead><tr>" + th(word(W::ColPrinciple, lang)) + th(word(W::Green, lang), "n") +
                 th(word(W::Amber, lang), "n") + th(word(W::Red, lang), "n") + "</tr></thead>\n<tbody>\n";
            for (const VoteRow& r : b.votes)
                h += "<tr><td>" + esc(r.principle) + "</td><td class=\"n\">" + std::to_string(r.green) +
                     "</td><td class=\"n\">" + std::to_string(r.amber) + "</td><td class=\"n\">" +
                     std::to_string(r.red) + "</td></tr>\n";
            h += "</tbody></table>\n";
        }
        if (!b.notes.empty()) {
            h += "<p><strong>" + esc(word(W::Notes, lang)) + "</strong></p>\n<ul>\n";
            for (const NoteRow& n : b.notes) h += "<li>" + esc(n.principle) + ": " + esc(n.text) + "</li>\n";
            h += "</ul>\n";
        }
        if (!b.actions.empty()) {
            h += "<table>\n<thead><tr>" + th(word(W::ColAction, lang)) + th(word(W::Owner, lang)) +
                 th(word(W::ColDue, lang)) + th(word(W::ColDone, lang)) + "</tr></thead>\n<tbody>\n";
            for (const ActionRow& r : b.actions)
                h += "<tr><td>" + esc(r.text) + "</td><td>" + esc(r.owner) + "</td><td class=\"nowrap\">" +
                     esc(r.due) + "</td><td>" + esc(word(r.done ? W::Yes : W::No, lang)) + "</td></tr>\n";
            h += "</tbody></table>\n";
        }
    }
    return h;
}

std::string recentHtml(const ActivityView& v, Lang lang) {
    if (v.recent.empty()) return {};
    std::string h = "<h3>" + esc(word(W::RecentChanges, lang)) + "</h3>\n<table>\n<thead><tr>" +
                    th(word(W::ColWhen, lang)) + th(word(W::ColWho, lang)) + th(word(W::ColWhat, lang)) +
                    "</tr></thead>\n<tbody>\n";
    for (const RecentChange& c : v.recent)
        h += "<tr><td class=\"nowrap\">" + esc(formatTimestamp(c.at, lang)) + "</td><td>" + esc(c.who) +
             "</td><td>" + esc(c.what) + "</td></tr>\n";
    return h + "</tbody></table>\n";
}

std::string activityHtml(const ActivityView& v, Lang lang) {
    std::string h = "<section class=\"activity\" id=\"" + v.anchor + "\">\n<h2><span class=\"num\">" +
                    std::to_string(v.number) + ".</span> " + esc(v.name) + "</h2>\n";
    h += "<p class=\"reason\">" + tierBadge(v.tier, lang) + " " + esc(v.tierReasonShort) + "</p>\n";
    h += "<table class=\"kv\">\n<tbody>\n";
    for (const Row& r : v.meta) h += kvRow(r, lang);
    h += "</tbody></table>\n";

    // GDPR Art. 30(1)(b)-(g): purposes, subjects and data, recipients, transfers, erasure, security.
    h += "<h3>" + esc(word(W::Art30, lang)) + "</h3>\n<table class=\"kv\">\n<tbody>\n";
    h += kvRow(v.purpose, lang) + kvRow(v.description, lang);
    if (!v.personalData) {
        h += kvRowHtml(word(W::DataCategories, lang), esc(word(W::NoPersonalData, lang))) + kvRow(v.retention, lang);
    } else {
        h += kvRow(v.subjects, lang);
        h += kvRowHtml(word(W::DataCategories, lang), categoriesHtml(v, lang));
        h += kvRow(v.legalBasis, lang);
        if (v.showArt9) h += kvRow(v.art9, lang);
        h += kvRow(v.recipients, lang) + kvRow(v.transfers, lang) + kvRow(v.retention, lang) + kvRow(v.security, lang);
        if (!v.processors.empty()) h += kvRow(v.certifications, lang);
        h += kvRow(v.transparency, lang) + kvRow(v.optOut, lang);
    }
    h += "</tbody></table>\n";
    h += processorsHtml(v, lang);

    h += "<h3>" + esc(word(W::AiAct, lang)) + "</h3>\n<table class=\"kv\">\n<tbody>\n";
    h += kvRowHtml(word(W::Tier, lang), tierBadge(v.tier, lang));
    for (const Row& r : v.aiAct) h += kvRow(r, lang);
    h += "</tbody></table>\n";
    h += obligationsHtml(v, lang);

    h += dpiaHtml(v, lang);

    h += findingsHtml(v, lang);
    h += frameworkTouchesHtml(v, lang);

    h += "<h3>" + esc(word(W::Review, lang)) + "</h3>\n<table class=\"kv\">\n<tbody>\n";
    for (const Row& r : v.review) h += kvRow(r, lang);
    h += kvRow(v.notes, lang);
    h += "</tbody></table>\n";

    h += workshopsHtml(v, lang);
    h += recentHtml(v, lang);
    h += "<p class=\"back\"><a href=\"#contents\">" + esc(word(W::BackToContents, lang)) + "</a></p>\n";
    return h + "</section>\n";
}

}  // namespace

// ============================================================================= [PAGE]

std::string reportHtml(const Register& reg, const ReportOptions& opt) {
    const ReportView rv = buildView(reg, opt);
    const Lang lang = rv.lang;

    // Print header and footer: organisation and title, date, rule set, page numbers.
    std::string running = rv.title;
    if (!rv.organisation.empty()) running = rv.organisation + " - " + running;
    const std::string box = "; font-size: 8pt; color: #59636e; font-family: " + std::string(kFontStack) + "; }\n";
    std::string pageRules = "@page { size: A4; margin: 18mm 16mm 18mm 16mm;\n";
    pageRules += "  @top-left { content: " + cssString(running) + box;
    if (!rv.date.empty()) pageRules += "  @top-right { content: " + cssString(rv.date) + box;
    pageRules += "  @bottom-left { content: " +
                 cssString(std::string(word(W::RuleSet, lang)) + " " + rv.rulesVersion) + box;
    pageRules += "  @bottom-right { content: " + cssString(std::string(word(W::Page, lang)) + " ") +
                 " counter(page) " + cssString(" " + std::string(word(W::PageOf, lang)) + " ") +
                 " counter(pages)" + box + "}\n";

    std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == Lang::Nl ? "nl" : "en") + "\">\n<head>\n";
    h += "<meta charset=\"utf-8\">\n";
    // Nothing may load: no scripts, fonts, images or connections (defence in depth).
    h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    h += "<title>" + esc(rv.organisation.empty() ? rv.title : rv.title + " - " + rv.organisation) + "</title>\n";
    h += "<style>\n" + pageRules + std::string(kStyle) + "</style>\n</head>\n<body>\n";

    h += "<header>\n<p class=\"kicker\">" + esc(word(W::Subtitle, lang)) + "</p>\n<h1>" + esc(rv.title) + "</h1>\n";
    h += "<table class=\"kv\">\n<tbody>\n";
    h += kvRow(Row{std::string(word(W::Organisation, lang)), rv.organisation, rv.organisation.empty()}, lang);
    h += kvRow(rv.controller, lang) + kvRow(rv.dpo, lang);
    if (!rv.date.empty()) h += kvRow(Row{std::string(word(W::ReportDate, lang)), rv.date, false}, lang);
    h += kvRow(Row{std::string(word(W::RuleSet, lang)), rv.rulesVersion, false}, lang);
    h += "</tbody></table>\n<p class=\"disclaimer\">" + esc(word(W::NotLegalAdvice, lang)) + "</p>\n</header>\n";

    h += summaryHtml(rv);
    h += frameworkHtml(rv);
    h += contentsHtml(rv);
    for (const ActivityView& v : rv.activities) h += activityHtml(v, lang);
    h += "<footer>" + esc(footerText(rv)) + "</footer>\n</body>\n</html>\n";
    return h;
}

}  // namespace air::io
