// The legal-review report (PRODUCT.md, Exchange): one self-contained, printable HTML file and
// the same content as Markdown, organised per activity.
//
// Content: title, organisation, the controller and its DPO (Art. 30(1)(a)), report date, the
// rule set (header, print footer and closing line), the "not legal advice" line; summary
// counts (per tier, per review status, open blockers, DPIA mandatory by law or the Dutch DPA
// list, DPIA required by the WP248 rule of thumb, reviews due) and the findings about the
// register as a whole (GDPR-30); a table of contents linking every activity; per activity the
// GDPR Art. 30 fields, owner, vendor, lifecycle, AI Act role, tier with its reason, "your
// duties" and "check that your provider does this" (rule id, title, what to do, article,
// application date), the DPIA screen as rules::dpiaReason words it with every basis (WP248
// criterion, Art. 35(3) case, AP list type) and its source, findings (severity, rule id,
// article, message), review status and dates, workshop outcomes and recent changes when any.
//
// HTML guarantees (tests/io/report_*.cpp): inline CSS only, no script, no external URL of
// any kind (links are "#act-N" anchors only; a CSP meta tag forbids loading anything), every
// piece of user text escaped (& < > " '), A4 print styles with a page break before each
// activity and rows that do not split. Tier colours (DESIGN.md) always come with the word.
// Markdown: user text is escaped so it cannot start headings, lists, links, HTML or break
// table cells (`|` escaped, line breaks as <br>).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::io {

// One entry of an activity's change history, as the app's history table knows it.
struct RecentChange {
    std::string at;    // RFC 3339 timestamp or YYYY-MM-DD
    std::string who;   // who made the change ("" = unknown)
    std::string what;  // what changed, in words
};

struct ReportOptions {
    Lang lang = Lang::Nl;
    std::string date;  // YYYY-MM-DD, the report date; "" = the date of reg.exported_at, if any
    // Hook for the app: recent changes per activity id (Register has no history). Activities
    // without an entry show no "recent changes" part.
    std::map<std::string, std::vector<RecentChange>> recent_changes;
    std::string title;  // "" = "Legal review report" / "Rapport voor juridische beoordeling"
};

// The report as one self-contained HTML document (UTF-8).
std::string reportHtml(const Register& reg, const ReportOptions& opt);

// The same content as CommonMark/GitHub-flavoured Markdown (UTF-8).
std::string reportMarkdown(const Register& reg, const ReportOptions& opt);

}  // namespace air::io
