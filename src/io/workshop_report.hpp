// The workshop session report (PRODUCT.md "Workshop mode"): what a facilitator hands out after
// an AI-ethics session: title, date, facilitator, the activities discussed (with their AI Act
// tier), the quick-vote results per activity and principle (green / amber / red counts), the
// notes per principle and the agreed actions (owner, due date, done), in Dutch or English.
//
// HTML guarantees (tests/io/workshop_report_test.cpp): one self-contained document with inline
// CSS only, no script, no external URL (a CSP meta tag forbids loading anything), A4 print
// styles, every piece of user text escaped (& < > " '), colours always with the word or number.
// Markdown: user text is backslash-escaped so it cannot start headings, lists, links or HTML,
// and cannot break table cells (`|` escaped, line breaks as <br>).
//
// Every vote, note and action of the workshop appears in the report, also when it refers to an
// activity that is not (or no longer) in the register or not in the workshop's activity list.
#pragma once

#include <string>
#include <string_view>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::io {

// The session report as one self-contained HTML document (UTF-8).
std::string workshopReportHtml(const Register& reg, const Workshop& w, Lang lang);

// The same content as CommonMark / GitHub-flavoured Markdown (UTF-8).
std::string workshopReportMarkdown(const Register& reg, const Workshop& w, Lang lang);

// A file-name-safe slug of a title: lower-case ASCII letters and digits separated by single
// hyphens, accents folded ("Ethiekworkshop – najaar" -> "ethiekworkshop-najaar"), at most 60
// characters; "workshop" when nothing is left.
std::string workshopSlug(std::string_view title);

// The download name of the report: "workshop-<slug>-<date>.<extension>" (the date part is
// left out when the workshop has no valid date), e.g. "workshop-ethiek-2026-10-14.html".
std::string workshopReportFileName(const Workshop& w, std::string_view extension);

}  // namespace air::io
