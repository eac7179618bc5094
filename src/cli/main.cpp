// `air`: the companion CLI (PRODUCT.md, "Companion CLI"): check, convert and merge register
// files with the same core, rules, io and app code the page uses. This file holds the help
// text and the dispatch; the commands live beside it (cli.hpp lists the files).
#include <iostream>
#include <string>
#include <string_view>

#include "air_version.hpp"
#include "cli/cli.hpp"
#include "rules/rules.hpp"

namespace air::cli {
namespace {

constexpr std::string_view kHelp = R"(air - check, convert and merge AI activity register files (format v1)

Usage:
  air check FILE [--rules 2026.11|2026.12] [--compare 2026.11] [--lang en|nl]
                 [--format json|github|junit] [--fail-on blocker|warning|info]
      Prints the assessment of every activity as JSON on stdout: rules_version, and per
      activity its id, ai_act_tier, obligations, dpia and findings (rule, severity, message).
      Under rule set 2026.12 each activity also has provider_duties (duties of the provider
      that you check it meets) and dpia_basis (the WP248 criteria, Art. 35(3) GDPR cases and
      Dutch DPA list types behind the DPIA verdict), and the top level register_findings
      (findings about the register as a whole, such as GDPR-30).
      Messages are English unless --lang nl.
      --rules checks under that rule set (default: the newest, 2026.12); 2026.11 gives
      exactly the verdicts it always gave.
      --compare OLD adds per activity "changes" with only what differs from rule set OLD:
      tier and dpia as [old, new], obligations_added, obligations_removed,
      obligations_moved_to_provider, findings_added and findings_removed (findings as
      {rule, severity, message}); and the top level "register_changes" (findings_added,
      findings_removed). JSON only.
      --format github prints the findings as GitHub Actions annotations instead (::error for
      blockers, ::warning for warnings, ::notice for info; register findings without a line);
      --format junit as a JUnit XML report (one testcase per activity and one "register",
      a failure per blocker or warning).
      --fail-on exits 5 when a finding of that severity or worse is open
      (blocker > warning > info), register findings included: a gate for CI pipelines.
      Open conflicts of a three-way merge (the file's "conflicts" key) count as blockers;
      they are also noted on stderr.
  air convert FILE --to json|csv|md|html [--lang nl|en] [--sep ';'|','] [--date YYYY-MM-DD] [-o OUT]
      Writes the export to stdout (or OUT). --lang (default nl) sets the language of CSV
      headers and reports; --sep the CSV separator (default ';' for nl, ',' for en);
      --date the report date (default today).
  air merge A B -o OUT
      Merges two register files by activity id into OUT ('-' = stdout). Activities changed
      in both files are conflicts: they are listed on stderr and the newer updated_at wins.
      Deletions ("deleted") are kept: an activity deleted in one file stays deleted unless
      the other file changed it after the deletion (then it is kept and listed as a conflict).
  air merge --base BASE OURS THEIRS -o OUT
      Three-way merge against the common ancestor BASE, field by field: a change on one side
      is taken, a deletion on one side wins over no change on the other, only a field changed
      differently on both sides is a conflict. OUT keeps OURS's value for it and lists it in
      its "conflicts" key (the page opens such a file to resolve them); stderr lists each one.
      An empty BASE file counts as an empty register. As a Git merge driver:
        git config merge.air-register.driver "air merge --base %O %A %B -o %A"
  air --help | air --version

FILE may be '-' for stdin.

Exit codes:
  0  success (check: the file is valid, whatever its findings, unless --fail-on)
  1  usage error
  2  an input file is missing, unreadable, larger than 20 MB or not a valid register file;
     stderr says "FILE: path: reason"; check: an unknown rule set for --rules or --compare
  3  merge: OUT was written, but there were conflicts (listed on stderr)
  4  the output could not be written; OUT is left as it was (it is replaced in one step,
     through a temporary file in its folder, only once the whole output is on disk)
  5  check --fail-on: a finding of that severity or worse is open
)";

}  // namespace
}  // namespace air::cli

int main(int argc, char** argv) {
    using namespace air::cli;
    if (argc < 2) return usageError("no command given");
    const std::string cmd = argv[1];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::cout << kHelp;
        return kOk;
    }
    if (cmd == "--version") {
        std::cout << "air " << air::kAppVersion << " (rules " << air::rules::kRulesVersion << ", register file format "
                  << air::kFormatVersion << ")\n";
        return kOk;
    }
    for (int i = 2; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--help" || a == "-h") {
            std::cout << kHelp;
            return kOk;
        }
    }
    if (cmd == "check") return cmdCheck(argc, argv);
    if (cmd == "convert") return cmdConvert(argc, argv);
    if (cmd == "merge") return cmdMerge(argc, argv);
    return usageError("unknown command '" + cmd + "'");
}
