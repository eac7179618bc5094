// The review report as Markdown (report.hpp): the same content as the HTML report, laid out
// with headings, lists and GitHub-flavoured tables. Tier and severity colours become a
// coloured circle before the word.
#include <string>

#include "io/report.hpp"
#include "io/report_view.hpp"

namespace air::io {

namespace {

using namespace reportview;

// Text safe inside a line or a table cell: characters that start inline markup (emphasis,
// code, links, strikethrough, cell borders) are backslash-escaped, < > & become entities (no
// HTML, no user entities), line breaks become <br> and leading blanks are dropped (no code
// block). `lineStart`: the text begins a line, so a leading #, +, -, = or "1." is escaped too.
std::string md(std::string_view s, bool lineStart = false) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    std::string out;
    out.reserve(s.size() + 8);
    std::size_t digits = 0;
    while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool blockStart = lineStart && ((i == 0 && (c == '#' || c == '+' || c == '-' || c == '=')) ||
                                              (digits > 0 && i == digits && (c == '.' || c == ')')));
        switch (c) {
            case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
                out += '\\';
                out += c;
                break;
            // As entities, so that no renderer can see a tag or an entity of the user's.
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '\r':
                if (i + 1 < s.size() && s[i + 1] == '\n') break;
                out += "<br>";
                break;
            case '\n': out += "<br>"; break;
            default:
                if (blockStart) out += '\\';
                out += c;
        }
    }
    return out;
}

std::string_view tierDot(Tier t) {
    switch (t) {
        case Tier::Prohibited: return "\xF0\x9F\x94\xB4";  // red circle
        case Tier::High: return "\xF0\x9F\x9F\xA0";        // orange circle
        case Tier::Limited: return "\xF0\x9F\x94\xB5";     // blue circle
        case Tier::Minimal: return "\xF0\x9F\x9F\xA2";     // green circle
        default: return "\xE2\x9A\xAA";                    // grey (white) circle
    }
}

std::string_view severityDot(Severity s) {
    switch (s) {
        case Severity::Blocker: return "\xF0\x9F\x94\xB4";  // red
        case Severity::Warning: return "\xF0\x9F\x9F\xA1";  // amber (yellow circle)
        default: return "\xE2\x9A\xAA";                     // grey
    }
}

std::string tierWord(Tier t, Lang lang) {
    return std::string(tierDot(t)) + " " + md(labelOf(t, lang));
}

std::string value(const Row& r, Lang lang) {
    if (r.missing) return "_" + md(word(W::NotFilled, lang)) + "_";
    return r.alert ? "**" + md(r.text) + "**" : md(r.text);
}

std::string item(const Row& r, Lang lang) {
    return "- **" + md(r.label) + ":** " + value(r, lang) + "\n";
}

// "| a | b |" plus the delimiter row; `numeric` columns align right.
std::string tableHead(std::initializer_list<std::string_view> heads, std::initializer_list<bool> numeric = {}) {
    std::string h = "|", d = "|";
    auto num = numeric.begin();
    for (std::string_view x : heads) {
        const bool right = num != numeric.end() && *num;
        if (num != numeric.end()) ++num;
        h += " " + md(x) + " |";
        d += right ? " ---: |" : " --- |";
    }
    return h + "\n" + d + "\n";
}

std::string cells(std::initializer_list<std::string> values) {
    std::string r = "|";
    for (const std::string& v : values) r += " " + v + " |";
    return r + "\n";
}

std::string findingsTable(const std::vector<FindingRow>& findings, Lang lang) {
    std::string m = tableHead({word(W::ColSeverity, lang), word(W::ColRule, lang), word(W::ColArticle, lang),
                               word(W::ColMessage, lang)});
    for (const FindingRow& f : findings)
        m += cells({std::string(severityDot(f.severity)) + " " + md(labelOf(f.severity, lang)), md(f.id),
                    md(f.article), md(f.message)});
    return m;
}

std::string obligationTable(const std::vector<ObligationRow>& rows, Lang lang) {
    std::string m = tableHead({word(W::ColRule, lang), word(W::ColObligation, lang), word(W::ColArticle, lang),
                               word(W::ColAppliesFrom, lang)});
    for (const ObligationRow& o : rows)
        m += cells({md(o.id), "**" + md(o.title) + "**<br>" + md(o.fix), md(o.article), md(o.appliesFrom)});
    return m;
}

std::string summaryMd(const ReportView& rv) {
    const Lang lang = rv.lang;
    const Summary& s = rv.summary;
    std::string m = "<a id=\"summary\"></a>\n\n## " + md(word(W::Summary, lang)) + "\n\n";
    m += tableHead({word(W::ByTier, lang), word(W::Count, lang)}, {false, true});
    for (Tier t : allOf<Tier>()) m += cells({tierWord(t, lang), std::to_string(s.tiers[std::size_t(t)])});
    m += "\n" + tableHead({word(W::ByReview, lang), word(W::Count, lang)}, {false, true});
    for (ReviewStatus r : allOf<ReviewStatus>())
        m += cells({md(labelOf(r, lang)), std::to_string(s.reviews[std::size_t(r)])});
    m += "\n";
    const std::pair<W, int> keyFigures[] = {
        {W::Activities, s.activities},        {W::OpenBlockers, s.blockers},
        {W::ActivitiesWithBlockers, s.activitiesWithBlockers}, {W::DpiaRequired, s.dpiaMandatory},
        {W::DpiaRuleOfThumb, s.dpiaRuleOfThumb}, {W::DpiaRecommended, s.dpiaRecommended},
        {W::ReviewsDue, s.reviewsDue}};
    for (const auto& [w, n] : keyFigures) m += "- **" + md(word(w, lang)) + ":** " + std::to_string(n) + "\n";
    // Findings about the register as a whole (GDPR-30).
    m += "\n### " + md(word(W::RegisterLevel, lang)) + "\n\n";
    m += rv.registerFindings.empty() ? md(word(W::NoRegisterFindings, lang)) + "\n" : findingsTable(rv.registerFindings, lang);
    return m + "\n";
}

// The team's adopted principles and red lines (register level).
std::string frameworkMd(const ReportView& rv) {
    const Lang lang = rv.lang;
    std::string m = "## " + md(word(W::OurFramework, lang)) + "\n\n";
    if (rv.framework.empty()) {
        m += md(word(W::NoFramework, lang)) + "\n";
    } else {
        m += md(word(W::FrameworkIntro, lang)) + "\n\n" +
             tableHead({word(W::ColKind, lang), word(W::ColText, lang), word(W::ColAppliesTo, lang),
                        word(W::ColAdopted, lang), word(W::ColVotes, lang)},
                       {false, false, false, false, true});
        for (const FrameworkRow& f : rv.framework)
            m += cells({md(f.kind), "**" + md(f.text) + "**" + (f.explanation.empty() ? "" : " " + md(f.explanation)),
                        md(f.scope), md(f.adopted), md(f.votes)});
    }
    if (rv.frameworkProposed > 0)
        m += "\n" + md(word(W::FrameworkProposed, lang)) + ": " + std::to_string(rv.frameworkProposed) + "\n";
    return m + "\n";
}

std::string contentsMd(const ReportView& rv) {
    const Lang lang = rv.lang;
    std::string m = "<a id=\"contents\"></a>\n\n## " + md(word(W::Contents, lang)) + "\n\n";
    if (rv.activities.empty()) return m + md(word(W::NoActivities, lang)) + "\n\n";
    m += tableHead({"#", word(W::ColActivity, lang), word(W::ColTier, lang), word(W::ColReview, lang),
                    word(W::ColBlockers, lang), word(W::ColDpia, lang)},
                   {true, false, false, false, true, false});
    for (const ActivityView& v : rv.activities)
        m += cells({std::to_string(v.number), "[" + md(v.name) + "](#" + v.anchor + ")", tierWord(v.tier, lang),
                    md(labelOf(v.reviewStatus, lang)), std::to_string(v.blockers), md(v.dpiaLabel)});
    return m + "\n";
}

std::string activityMd(const ActivityView& v, Lang lang) {
    std::string m = "---\n\n<a id=\"" + v.anchor + "\"></a>\n\n## " + std::to_string(v.number) + ". " +
                    md(v.name) + "\n\n";
    m += "**" + tierWord(v.tier, lang) + "** \xE2\x80\x94 " + md(v.tierReasonShort) + "\n\n";
    for (const Row& r : v.meta) m += item(r, lang);

    // GDPR Art. 30(1)(b)-(g).
    m += "\n### " + md(word(W::Art30, lang)) + "\n\n";
    m += item(v.purpose, lang) + item(v.description, lang);
    if (!v.personalData) {
        m += "- " + md(word(W::NoPersonalData, lang)) + "\n" + item(v.retention, lang);
    } else {
        m += item(v.subjects, lang);
        m += "- **" + md(word(W::DataCategories, lang)) + ":** ";
        if (v.categories.empty()) m += "_" + md(word(W::NotFilled, lang)) + "_";
        for (std::size_t i = 0; i < v.categories.size(); ++i) {
            if (i) m += ", ";
            m += md(v.categories[i].label);
            if (v.categories[i].article == 9) m += " _(" + md(word(W::Art9Tag, lang)) + ")_";
            if (v.categories[i].article == 10) m += " _(" + md(word(W::Art10Tag, lang)) + ")_";
        }
        m += "\n" + item(v.legalBasis, lang);
        if (v.showArt9) m += item(v.art9, lang);
        m += item(v.recipients, lang) + item(v.transfers, lang) + item(v.retention, lang) + item(v.security, lang);
        if (!v.processors.empty()) m += item(v.certifications, lang);
        m += item(v.transparency, lang) + item(v.optOut, lang);
    }

    m += "\n#### " + md(word(W::Recipients, lang)) + "\n\n";
    if (v.processors.empty()) {
        m += md(word(W::NoneWord, lang)) + "\n";
    } else {
        m += tableHead({word(W::ProcName, lang), word(W::ProcRole, lang), word(W::ProcCountry, lang),
                        word(W::ProcDpa, lang), word(W::ProcOutside, lang), word(W::ProcSafeguard, lang),
                        word(W::ProcCerts, lang), word(W::ProcReuse, lang)});
        for (const ProcessorRow& p : v.processors)
            m += cells({p.name.empty() ? "_" + md(word(W::NotFilled, lang)) + "_" : md(p.name), md(p.role),
                        p.countryMissing ? "**" + md(p.country) + "**" : md(p.country),
                        p.dpaMissing ? "**" + md(p.dpa) + "**" : md(p.dpa), md(p.outside),
                        p.safeguardMissing ? "**" + md(p.safeguard) + "**" : md(p.safeguard), md(p.certs),
                        md(p.reuse)});
    }

    m += "\n### " + md(word(W::AiAct, lang)) + "\n\n";
    m += "- **" + md(word(W::Tier, lang)) + ":** " + tierWord(v.tier, lang) + "\n";
    for (const Row& r : v.aiAct) m += item(r, lang);
    // Who owes what: the organisation's own duties, then the provider's duties to check.
    m += "\n#### " + md(word(W::YourDuties, lang)) + "\n\n";
    m += v.obligations.empty() ? md(word(W::NoObligations, lang)) + "\n" : obligationTable(v.obligations, lang);
    m += "\n#### " + md(word(W::ProviderDuties, lang)) + "\n\n";
    if (v.providerDuties.empty()) {
        const W none = v.role == AiActRole::Provider && !v.obligations.empty() ? W::NoProviderDutiesProvider
                                                                                 : W::NoProviderDuties;
        m += md(word(none, lang)) + "\n";
    } else {
        m += md(word(W::ProviderDutiesIntro, lang)) + "\n\n" + obligationTable(v.providerDuties, lang);
    }

    m += "\n### " + md(word(W::DpiaScreen, lang)) + "\n\n**" + md(v.dpiaReason) + "**\n\n";
    if (v.dpiaBasis.empty()) {
        m += md(word(W::NoCriteria, lang)) + "\n";
    } else {
        m += "#### " + md(word(W::DpiaBasis, lang)) + "\n\n" +
             tableHead({word(W::ColRule, lang), word(W::ColBasis, lang), word(W::ColSource, lang)});
        for (const ObligationRow& b : v.dpiaBasis) m += cells({md(b.id), md(b.title), md(b.article)});
    }
    m += "\n**" + md(v.dpiaStatus.label) + ":** " + value(v.dpiaStatus, lang) + "\n";

    m += "\n### " + md(word(W::Findings, lang)) + "\n\n";
    m += v.findings.empty() ? md(word(W::NoFindings, lang)) + "\n" : findingsTable(v.findings, lang);
    if (!v.framework.empty()) {
        m += "\n### " + md(word(W::FrameworkTouches, lang)) + "\n\n" + md(word(W::FrameworkTouchesIntro, lang)) + "\n\n";
        for (const FrameworkTouch& t : v.framework)
            m += "- **" + md(t.kind) + ": " + md(t.text) + "** (" + md(word(W::Because, lang)) + ": " + md(t.because) + ")\n";
    }

    m += "\n### " + md(word(W::Review, lang)) + "\n\n";
    for (const Row& r : v.review) m += item(r, lang);
    m += item(v.notes, lang);

    if (!v.workshops.empty()) {
        m += "\n### " + md(word(W::Workshops, lang)) + "\n";
        for (const WorkshopBlock& b : v.workshops) {
            m += "\n#### " + md(b.title);
            if (!b.date.empty()) m += " \xC2\xB7 " + md(b.date);
            m += "\n\n";
            if (!b.facilitator.empty()) m += md(word(W::Facilitator, lang)) + ": " + md(b.facilitator) + "\n\n";
            if (!b.votes.empty()) {
                m += tableHead({word(W::ColPrinciple, lang), word(W::Green, lang), word(W::Amber, lang),
                                word(W::Red, lang)},
                               {false, true, true, true});
                for (const VoteRow& r : b.votes)
                    m += cells({md(r.principle), std::to_string(r.green), std::to_string(r.amber),
                                std::to_string(r.red)});
                m += "\n";
            }
            if (!b.notes.empty()) {
                m += "**" + md(word(W::Notes, lang)) + "**\n\n";
                for (const NoteRow& n : b.notes) m += "- " + md(n.principle, true) + ": " + md(n.text) + "\n";
                m += "\n";
            }
            if (!b.actions.empty()) {
                m += tableHead({word(W::ColAction, lang), word(W::Owner, lang), word(W::ColDue, lang),
                                word(W::ColDone, lang)});
                for (const ActionRow& r : b.actions)
                    m += cells({md(r.text), md(r.owner), md(r.due), md(word(r.done ? W::Yes : W::No, lang))});
                m += "\n";
            }
        }
    }

    if (!v.recent.empty()) {
        m += "\n### " + md(word(W::RecentChanges, lang)) + "\n\n";
        m += tableHead({word(W::ColWhen, lang), word(W::ColWho, lang), word(W::ColWhat, lang)});
        for (const RecentChange& c : v.recent) m += cells({md(formatTimestamp(c.at, lang)), md(c.who), md(c.what)});
    }
    m += "\n[" + md(word(W::BackToContents, lang)) + "](#contents)\n\n";
    return m;
}

}  // namespace

std::string reportMarkdown(const Register& reg, const ReportOptions& opt) {
    const ReportView rv = buildView(reg, opt);
    const Lang lang = rv.lang;
    std::string m = "# " + md(rv.title) + "\n\n_" + md(word(W::Subtitle, lang)) + "_\n\n";
    m += item(Row{std::string(word(W::Organisation, lang)), rv.organisation, rv.organisation.empty()}, lang);
    m += item(rv.controller, lang) + item(rv.dpo, lang);
    if (!rv.date.empty()) m += item(Row{std::string(word(W::ReportDate, lang)), rv.date, false}, lang);
    m += item(Row{std::string(word(W::RuleSet, lang)), rv.rulesVersion, false}, lang);
    m += "\n> " + md(word(W::NotLegalAdvice, lang)) + "\n\n";
    m += summaryMd(rv);
    m += frameworkMd(rv);
    m += contentsMd(rv);
    for (const ActivityView& v : rv.activities) m += activityMd(v, lang);
    m += "---\n\n_" + md(footerText(rv)) + "_\n";
    return m;
}

}  // namespace air::io
