// `air`: the companion CLI (PRODUCT.md, "Companion CLI"): check, convert and merge register
// files with the same core, rules and io code the page uses.
//
// [SECTION] texts and exit codes
// [SECTION] arguments
// [SECTION] files
// [SECTION] check
// [SECTION] convert
// [SECTION] merge
// [SECTION] main
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include "air_version.hpp"
#include "app/exchange.hpp"
#include "core/enums.hpp"
#include "core/model.hpp"
#include "core/result.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"
#include "rules/compare.hpp"
#include "rules/rules.hpp"

namespace air::cli {
namespace {

// ============================================================================
// [SECTION] texts and exit codes
// ============================================================================

enum Exit : int {
    kOk = 0,
    kUsage = 1,      // wrong command line
    kBadInput = 2,   // an input file is missing, unreadable, too big or not a valid register
    kConflicts = 3,  // merge: written, but some activities were changed on both sides
    kWriteFail = 4,  // the output could not be written
    kGate = 5,       // check --fail-on: a finding of that severity or worse is open
};

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

int usageError(const std::string& message) {
    std::cerr << "air: " << message << "\n(see air --help)\n";
    return kUsage;
}

// ============================================================================
// [SECTION] arguments
// ============================================================================

// Positional arguments and --options of one command; options take one value each.
struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // "--to" -> "csv"; "-o" is stored as "-o"
};

// Splits argv[first..] into positionals and the allowed options ("--x v", "--x=v").
// Returns an error text for an unknown option, a missing value or a repeated option.
std::optional<std::string> parseArgs(int argc, char** argv, int first,
                                     const std::vector<std::string>& allowed, Args& out) {
    for (int i = first; i < argc; ++i) {
        std::string a = argv[i];
        if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::string name = a, value;
            bool inline_value = false;
            if (auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
                name = a.substr(0, eq);
                value = a.substr(eq + 1);
                inline_value = true;
            }
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
                return "unknown option " + name;
            if (!inline_value) {
                if (i + 1 >= argc) return "option " + name + " needs a value";
                value = argv[++i];
            }
            if (out.options.count(name)) return "option " + name + " given twice";
            out.options[name] = value;
        } else {
            out.positional.push_back(a);
        }
    }
    return std::nullopt;
}

std::optional<Lang> parseLang(const std::string& s) {
    if (s == "nl") return Lang::Nl;
    if (s == "en") return Lang::En;
    return std::nullopt;
}

// ============================================================================
// [SECTION] files
// ============================================================================

// Reads a whole file ("-" = stdin) within the register size limit.
// The Error's `where` is empty; the caller puts the file name in front.
Result<std::string> readInput(const std::string& path) {
    std::string text;
    if (path == "-") {
        char buf[65536];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
            text.append(buf, n);
            if (text.size() > io::kMaxRegisterBytes) return io::checkRegisterSize(text.size()).error();
        }
        if (std::ferror(stdin)) return Error{"", "cannot read standard input"};
        return text;
    }
    std::error_code ec;
    auto st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st))
        return Error{"", "cannot read: " + (ec && ec != std::errc::no_such_file_or_directory
                                                ? ec.message() : std::string("no such file"))};
    if (std::filesystem::is_directory(st)) return Error{"", "cannot read: it is a directory"};
    if (std::filesystem::is_regular_file(st)) {
        auto size = std::filesystem::file_size(path, ec);
        if (!ec) {
            if (Status s = io::checkRegisterSize(size); !s.ok()) return s.error();
        }
    }
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Error{"", std::string("cannot read: ") + std::strerror(errno)};
    char buf[65536];
    std::size_t n;
    bool tooBig = false;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        text.append(buf, n);
        if (text.size() > io::kMaxRegisterBytes) {  // a pipe or a file that grew
            tooBig = true;
            break;
        }
    }
    bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (tooBig) return io::checkRegisterSize(text.size()).error();
    if (failed) return Error{"", "cannot read: read error"};
    return text;
}

// Reads and parses a register file; on failure prints "FILE: path: reason" to stderr.
// `textOut` (optional) receives the file's text; with `emptyIsEmpty` a file of only white
// space reads as an empty register (Git's %O when both sides added the file).
std::optional<Register> loadRegister(const std::string& path, Lang lang, std::string* textOut = nullptr,
                                     bool emptyIsEmpty = false) {
    Result<std::string> text = readInput(path);
    if (!text.ok()) {
        std::cerr << path << ": " << io::describe(text.error(), lang) << "\n";
        return std::nullopt;
    }
    if (emptyIsEmpty && text->find_first_not_of(" \t\r\n") == std::string::npos) return Register{};
    if (textOut) *textOut = *text;
    Result<Register> reg = io::parseRegister(*text);
    if (!reg.ok()) {
        std::cerr << path << ": " << io::describe(reg.error(), lang) << "\n";
        return std::nullopt;
    }
    return std::move(*reg);
}

// Writes all of `data` to the open descriptor; false with errno set on the first failure.
bool writeAll(int fd, const std::string& data) {
    const char* p = data.data();
    std::size_t left = data.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            return false;
        }
        p += n;
        left -= std::size_t(n);
    }
    return true;
}

// Writes `data` to `path` ("-" = stdout) atomically: a temporary file in the target's folder
// is written, flushed to disk and closed with every step checked, then renamed over `path`.
// On any failure the temporary file is removed, `path` is untouched and stderr says what
// failed and where ("PATH: cannot write: STEP TEMP: reason"); returns false.
bool writeOutput(const std::string& path, const std::string& data) {
    if (path == "-" || path.empty()) {
        std::cout.write(data.data(), std::streamsize(data.size()));
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "air: cannot write to standard output\n";
            return false;
        }
        return true;
    }
    namespace fs = std::filesystem;
    // Write through a symbolic link to the file it names, so the link stays a link.
    std::error_code ec;
    fs::path target = path;
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        fs::path resolved = fs::canonical(target, ec);
        if (!ec) target = resolved;
    }
    fs::path dir = target.parent_path();
    std::string tmp = (dir.empty() ? fs::path(".") : dir).string() + "/." +
                      target.filename().string() + ".air-XXXXXX";
    auto fail = [&](const char* step, const std::string& where, int err) {
        std::cerr << path << ": cannot write: " << step << " " << where << ": " << std::strerror(err) << "\n";
        return false;
    };
    errno = 0;
    int fd = ::mkstemp(tmp.data());
    if (fd < 0) return fail("create a temporary file in", (dir.empty() ? fs::path(".") : dir).string(), errno);
    // A new file gets 0666 minus the umask, an existing one keeps its permissions.
    struct stat st {};
    mode_t mode;
    if (::stat(target.c_str(), &st) == 0) {
        mode = st.st_mode & 07777;
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    auto abandon = [&](const char* step, int err) {
        if (fd >= 0) ::close(fd);
        ::unlink(tmp.c_str());
        return fail(step, tmp, err);
    };
    if (::fchmod(fd, mode) != 0) return abandon("set permissions of", errno);
    if (!writeAll(fd, data)) return abandon("write to", errno);
    if (::fsync(fd) != 0) return abandon("flush", errno);
    int closed = ::close(fd);
    fd = -1;
    if (closed != 0) return abandon("close", errno);
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        int err = errno;
        ::unlink(tmp.c_str());
        std::cerr << path << ": cannot write: rename " << tmp << " to " << target.string() << ": "
                  << std::strerror(err) << "\n";
        return false;
    }
    return true;
}

std::string utcNow(bool dateOnly) {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, dateOnly ? "%Y-%m-%d" : "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// ============================================================================
// [SECTION] check
// ============================================================================

using J = nlohmann::ordered_json;

// [{"rule", "severity", "message"}, ...]
J findingsJson(const std::vector<rules::Finding>& findings, Lang lang) {
    J fs = J::array();
    for (const rules::Finding& f : findings) {
        J fj = J::object();
        fj["rule"] = f.rule;
        fj["severity"] = std::string(keyOf(f.severity));
        fj["message"] = f.message(lang);
        fs.push_back(std::move(fj));
    }
    return fs;
}

// The "changes" object of --compare: only the keys that differ (PRODUCT.md, DOMAIN.md 3a).
J changesJson(const rules::Comparison& c, Lang lang) {
    J j = J::object();
    if (c.tier_changed) j["tier"] = J::array({std::string(keyOf(c.tier_from)), std::string(keyOf(c.tier_to))});
    if (c.dpia_changed) j["dpia"] = J::array({std::string(keyOf(c.dpia_from)), std::string(keyOf(c.dpia_to))});
    if (!c.obligations_added.empty()) j["obligations_added"] = c.obligations_added;
    if (!c.obligations_removed.empty()) j["obligations_removed"] = c.obligations_removed;
    if (!c.obligations_moved_to_provider.empty()) j["obligations_moved_to_provider"] = c.obligations_moved_to_provider;
    if (!c.findings_added.empty()) j["findings_added"] = findingsJson(c.findings_added, lang);
    if (!c.findings_removed.empty()) j["findings_removed"] = findingsJson(c.findings_removed, lang);
    return j;
}

// PRODUCT.md: {"rules_version", "activities": [{"id", "ai_act_tier", "obligations", "dpia",
// "findings": [{"rule", "severity", "message"}]}]}, keys in that order. From rule set 2026.12
// also "provider_duties" (after "obligations"), "dpia_basis" (after "dpia") and the top-level
// "register_findings". With `compareWith`: "changes" per activity, "register_changes" last.
std::string checkJson(const Register& reg, Lang lang, rules::RuleSet rs, std::optional<rules::RuleSet> compareWith) {
    const bool v12 = rs != rules::RuleSet::R2026_11;
    J out = J::object();
    out["rules_version"] = std::string(rules::ruleSetKey(rs));
    J acts = J::array();
    for (const Activity& a : reg.activities) {
        rules::Assessment as = rules::assess(a, rs);
        J j = J::object();
        j["id"] = a.id;
        j["ai_act_tier"] = std::string(keyOf(as.tier));
        j["obligations"] = as.obligations;
        if (v12) j["provider_duties"] = as.provider_duties;
        j["dpia"] = std::string(keyOf(as.dpia));
        if (v12) j["dpia_basis"] = as.dpia_basis;
        j["findings"] = findingsJson(as.findings, lang);
        if (compareWith) j["changes"] = changesJson(rules::compare(rules::assess(a, *compareWith), as), lang);
        acts.push_back(std::move(j));
    }
    out["activities"] = std::move(acts);
    const std::vector<rules::Finding> regFindings = rules::registerFindings(reg, rs);
    if (v12) out["register_findings"] = findingsJson(regFindings, lang);
    if (compareWith)
        out["register_changes"] = changesJson(
            rules::compareFindings(rules::registerFindings(reg, *compareWith), regFindings, *compareWith, rs), lang);
    return out.dump(2, ' ', false, J::error_handler_t::replace) + "\n";
}

// Line (1-based) of the first `"id": "..."` member of each id in a register file's text:
// where an annotation points. One pass; ids compare as their JSON-escaped text.
std::map<std::string, int> idLines(const std::string& text) {
    std::map<std::string, int> out;
    int line = 1;
    std::size_t counted = 0;
    for (std::size_t at = text.find("\"id\""); at != std::string::npos; at = text.find("\"id\"", at + 4)) {
        std::size_t i = at + 4;
        while (i < text.size() && std::strchr(" \t\r\n", text[i])) ++i;
        if (i >= text.size() || text[i] != ':') continue;
        ++i;
        while (i < text.size() && std::strchr(" \t\r\n", text[i])) ++i;
        if (i >= text.size() || text[i] != '"') continue;
        std::size_t end = ++i;
        while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
        if (end >= text.size()) break;
        line += int(std::count(text.begin() + std::ptrdiff_t(counted), text.begin() + std::ptrdiff_t(at), '\n'));
        counted = at;
        out.emplace(text.substr(i, end - i), line);
    }
    return out;
}

// GitHub Actions workflow-command escaping: the message, and (`property`) a key=value value.
std::string ghEscape(std::string_view s, bool property) {
    std::string out;
    for (char ch : s) {
        if (ch == '%') out += "%25";
        else if (ch == '\r') out += "%0D";
        else if (ch == '\n') out += "%0A";
        else if (property && ch == ':') out += "%3A";
        else if (property && ch == ',') out += "%2C";
        else out += ch;
    }
    return out;
}

// The JSON-escaped text of a string without its quotes (how idLines keys them).
std::string jsonInner(const std::string& s) {
    std::string q = nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return q.substr(1, q.size() - 2);
}

// Open conflicts of an earlier three-way merge (the "conflicts" key), one English sentence
// each: "activity ID "NAME": field owner". The CI formats and --fail-on count them as blockers.
std::vector<std::string> openConflicts(const Register& reg) {
    std::vector<std::string> out;
    Result<std::vector<io::FieldConflict>> cs = io::conflictsOf(reg);
    if (!cs.ok()) return out;
    std::map<std::string, std::string> names;
    for (const Activity& a : reg.activities) names.emplace("activity\x1f" + a.id, a.name);
    for (const Workshop& w : reg.workshops) names.emplace("workshop\x1f" + w.id, w.title);
    for (const io::FieldConflict& c : *cs) {
        std::string s = c.kind;
        if (c.kind != "register") {
            s += " " + c.id;
            if (auto it = names.find(c.kind + "\x1f" + c.id); it != names.end()) s += " \"" + it->second + "\"";
        }
        s += ": " + (c.field == "*" ? std::string("deleted on one side, changed on the other") : "field " + c.field);
        out.push_back("open merge conflict, " + s + "; resolve it and remove it from \"conflicts\"");
    }
    return out;
}

// Line (1-based) of the last "conflicts" key in the text (the top-level one comes last), or 0.
int conflictsLine(const std::string& text) {
    std::size_t at = text.rfind("\"conflicts\"");
    return at == std::string::npos ? 0 : 1 + int(std::count(text.begin(), text.begin() + std::ptrdiff_t(at), '\n'));
}

// One line per finding: "::error file=F,line=L,title=RULE::NAME (ID): message", after one
// ::error per open merge conflict and one line per register finding ("register: message",
// without a line).
std::string checkGithub(const Register& reg, Lang lang, const std::string& file, const std::string& text,
                        rules::RuleSet rs) {
    std::map<std::string, int> lines = idLines(text);
    std::string out;
    const std::string where = "file=" + ghEscape(file == "-" ? "stdin" : file, true);
    if (std::vector<std::string> open = openConflicts(reg); !open.empty()) {
        const int line = conflictsLine(text);
        for (const std::string& c : open)
            out += "::error " + where + (line > 0 ? ",line=" + std::to_string(line) : "") + ",title=merge conflict::" +
                   ghEscape(c, false) + "\n";
    }
    auto command = [](Severity sev) {
        return sev == Severity::Blocker ? "error" : sev == Severity::Warning ? "warning" : "notice";
    };
    for (const rules::Finding& f : rules::registerFindings(reg, rs))  // about the register: no line
        out += std::string("::") + command(f.severity) + " " + where + ",title=" + ghEscape(f.rule, true) +
               "::" + ghEscape("register: " + f.message(lang), false) + "\n";
    for (const Activity& a : reg.activities) {
        rules::Assessment as = rules::assess(a, rs);
        for (const rules::Finding& f : as.findings) {
            const char* cmd = command(f.severity);
            out += std::string("::") + cmd + " " + where;
            if (auto it = lines.find(jsonInner(a.id)); it != lines.end()) out += ",line=" + std::to_string(it->second);
            out += ",title=" + ghEscape(f.rule, true) + "::" +
                   ghEscape(a.name + " (" + a.id + "): " + f.message(lang), false) + "\n";
        }
    }
    return out;
}

// Text for XML content and attribute values: markup characters escaped, characters XML 1.0
// does not allow (control characters but tab and line breaks) replaced by U+FFFD.
std::string xmlEscape(std::string_view s) {
    std::string out;
    for (char ch : s) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if (static_cast<unsigned char>(ch) < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
                    out += "\xEF\xBF\xBD";
                else
                    out += ch;
        }
    }
    return out;
}

// JUnit XML: one testsuite for the file, one testcase per activity, one failure per blocker
// or warning finding; info findings go to the testcase's system-out. Open merge conflicts
// add a first testcase "open merge conflicts" with a failure each; register findings
// (2026.12) a testcase "register" after it.
std::string checkJunit(const Register& reg, Lang lang, const std::string& file, rules::RuleSet rs) {
    std::string cases;
    int failed = 0, tests = int(reg.activities.size());
    const std::string suite = xmlEscape(file == "-" ? "stdin" : file);
    if (std::vector<std::string> open = openConflicts(reg); !open.empty()) {
        ++tests;
        ++failed;
        cases += "    <testcase classname=\"" + suite + "\" name=\"open merge conflicts\">\n";
        for (const std::string& c : open)
            cases += "      <failure type=\"blocker\" message=\"" + xmlEscape(c) + "\">" + xmlEscape(c) + "</failure>\n";
        cases += "    </testcase>\n";
    }
    // One testcase "register" for the register's own findings (2026.12: GDPR-30), like an activity's.
    auto testcase = [&](const std::string& name, const std::vector<rules::Finding>& findings) {
        std::string body, info;
        for (const rules::Finding& f : findings) {
            const std::string sev(keyOf(f.severity));
            const std::string m = f.message(lang);
            if (f.severity == Severity::Info) {
                info += xmlEscape(f.rule + " (info): " + m) + "\n";
                continue;
            }
            body += "      <failure type=\"" + sev + "\" message=\"" + xmlEscape(f.rule + ": " + m) + "\">" +
                    xmlEscape(f.rule + " (" + sev + "): " + m) + "</failure>\n";
        }
        if (!body.empty()) ++failed;
        if (!info.empty()) body += "      <system-out>" + info + "</system-out>\n";
        cases += "    <testcase classname=\"" + suite + "\" name=\"" + xmlEscape(name) + "\"";
        cases += body.empty() ? "/>\n" : ">\n" + body + "    </testcase>\n";
    };
    if (std::vector<rules::Finding> rf = rules::registerFindings(reg, rs); !rf.empty()) {
        ++tests;
        testcase("register", rf);
    }
    for (const Activity& a : reg.activities) testcase(a.id + " " + a.name, rules::assess(a, rs).findings);
    const std::string n = std::to_string(tests), f = std::to_string(failed);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"air check\" tests=\"" + n +
           "\" failures=\"" + f + "\">\n  <testsuite name=\"" + suite + "\" tests=\"" + n + "\" failures=\"" + f +
           "\" errors=\"0\" skipped=\"0\">\n" + cases + "  </testsuite>\n</testsuites>\n";
}

int cmdCheck(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"--lang", "--format", "--fail-on", "--rules", "--compare"}, args))
        return usageError("check: " + *err);
    if (args.positional.size() != 1) return usageError("check needs exactly one FILE");
    Lang lang = Lang::En;
    if (args.options.count("--lang")) {
        auto l = parseLang(args.options["--lang"]);
        if (!l) return usageError("check: --lang must be en or nl");
        lang = *l;
    }
    const std::string format = args.options.count("--format") ? args.options["--format"] : "json";
    if (format != "json" && format != "github" && format != "junit")
        return usageError("check: --format must be json, github or junit (not '" + format + "')");
    std::optional<Severity> failOn;
    if (args.options.count("--fail-on")) {
        failOn = parseKey<Severity>(args.options["--fail-on"]);
        if (!failOn) return usageError("check: --fail-on must be blocker, warning or info");
    }
    // An unknown rule set is bad input (exit 2), named with the ones that exist.
    auto ruleSet = [&args](const char* option) -> std::optional<rules::RuleSet> {
        const std::string& key = args.options[option];
        if (auto rs = rules::parseRuleSet(key)) return rs;
        std::string allowed;
        for (rules::RuleSet r : rules::allRuleSets())
            allowed += (allowed.empty() ? "\"" : ", \"") + std::string(rules::ruleSetKey(r)) + "\"";
        std::cerr << "air check: " << option << ": unknown rule set \"" << key << "\"; allowed: " << allowed << "\n";
        return std::nullopt;
    };
    rules::RuleSet rs = rules::kLatestRuleSet;
    if (args.options.count("--rules")) {
        auto r = ruleSet("--rules");
        if (!r) return kBadInput;
        rs = *r;
    }
    std::optional<rules::RuleSet> compareWith;
    if (args.options.count("--compare")) {
        if (format != "json") return usageError("check: --compare only applies to --format json");
        compareWith = ruleSet("--compare");
        if (!compareWith) return kBadInput;
    }
    const std::string& file = args.positional[0];
    std::string text;
    std::optional<Register> reg = loadRegister(file, lang, format == "github" ? &text : nullptr);
    if (!reg) return kBadInput;
    std::string out = format == "github" ? checkGithub(*reg, lang, file, text, rs)
                      : format == "junit" ? checkJunit(*reg, lang, file, rs)
                                          : checkJson(*reg, lang, rs, compareWith);
    if (!writeOutput("-", out)) return kWriteFail;
    const std::vector<std::string> open = openConflicts(*reg);
    if (format == "json" && !open.empty())  // stdout stays as PRODUCT.md says; a note on stderr
        std::cerr << file << ": " << open.size()
                  << (open.size() == 1 ? " open merge conflict" : " open merge conflicts")
                  << " (its \"conflicts\" key): the register holds one side's values there\n";
    if (failOn && !open.empty()) return kGate;  // an open conflict counts as a blocker
    if (failOn) {  // Severity's order is blocker, warning, info: "or worse" is "not after"
        for (const rules::Finding& f : rules::registerFindings(*reg, rs))
            if (f.severity <= *failOn) return kGate;
        for (const Activity& a : reg->activities)
            for (const rules::Finding& f : rules::assess(a, rs).findings)
                if (f.severity <= *failOn) return kGate;
    }
    return kOk;
}

// ============================================================================
// [SECTION] convert
// ============================================================================

int cmdConvert(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"--to", "--lang", "--sep", "--date", "-o", "--output"}, args))
        return usageError("convert: " + *err);
    if (args.positional.size() != 1) return usageError("convert needs exactly one FILE");
    if (!args.options.count("--to")) return usageError("convert needs --to json|csv|md|html");
    const std::string to = args.options["--to"];
    if (to != "json" && to != "csv" && to != "md" && to != "html")
        return usageError("convert: --to must be json, csv, md or html (not '" + to + "')");
    Lang lang = Lang::Nl;
    if (args.options.count("--lang")) {
        auto l = parseLang(args.options["--lang"]);
        if (!l) return usageError("convert: --lang must be nl or en");
        lang = *l;
    }
    // The same export code as the page's Import / export downloads (app/exchange.hpp).
    app::exchange::ExportOptions opt;
    opt.lang = lang;
    if (args.options.count("--sep")) {
        const std::string& s = args.options["--sep"];
        if (s != ";" && s != ",") return usageError("convert: --sep must be ';' or ','");
        if (to != "csv") return usageError("convert: --sep only applies to --to csv");
        opt.csvSeparator = s[0];
    }
    opt.date = utcNow(true);
    if (args.options.count("--date")) {
        opt.date = args.options["--date"];
        if (!io::isValidDate(opt.date)) return usageError("convert: --date must be a date as YYYY-MM-DD");
        if (to != "md" && to != "html") return usageError("convert: --date only applies to --to md or html");
    }
    if (args.options.count("-o") && args.options.count("--output"))
        return usageError("convert: give -o or --output, not both");
    std::string out = args.options.count("-o") ? args.options["-o"]
                      : args.options.count("--output") ? args.options["--output"] : "-";

    std::optional<Register> reg = loadRegister(args.positional[0], Lang::En);
    if (!reg) return kBadInput;
    using app::exchange::Format;
    const Format format = to == "json" ? Format::Json
                          : to == "csv" ? Format::Csv
                          : to == "md"  ? Format::Markdown
                                        : Format::Html;
    // The register as read: no exported_at stamp and no change history (a file has none).
    return writeOutput(out, app::exchange::exportText(*reg, format, opt)) ? kOk : kWriteFail;
}

// ============================================================================
// [SECTION] merge
// ============================================================================

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
}

// `air merge --base BASE OURS THEIRS -o OUT`: io::merge3, OUT written atomically with the
// conflicts under its "conflicts" key, one stderr line per new conflict; exit 3 when any.
int cmdMerge3(const std::string& pbase, const std::string& po, const std::string& pt, const std::string& out) {
    std::optional<Register> base = loadRegister(pbase, Lang::En, nullptr, true);
    std::optional<Register> ours = loadRegister(po, Lang::En);
    std::optional<Register> theirs = loadRegister(pt, Lang::En);
    if (!base || !ours || !theirs) return kBadInput;

    io::Merge3Result m = io::merge3(*base, *ours, *theirs);
    m.merged.exported_at = utcNow(false);
    if (!writeOutput(out, io::writeRegister(m.merged, true))) return kWriteFail;
    if (m.carried > 0)
        std::cerr << "air merge: " << m.carried << (m.carried == 1 ? " conflict" : " conflicts")
                  << " from earlier merges still open (kept under \"conflicts\")\n";
    if (m.conflicts.empty()) return kOk;
    std::cerr << "air merge: " << m.conflicts.size() << (m.conflicts.size() == 1 ? " conflict" : " conflicts")
              << " (changed differently in " << po << " (ours) and " << pt << " (theirs) since " << pbase
              << "); kept ours, listed under \"conflicts\" in " << (out == "-" ? "the output" : out) << ":\n";
    for (const io::Merge3Conflict& c : m.conflicts) {
        const io::FieldConflict& e = c.entry;
        if (e.kind == "register") {
            std::cerr << "  register: " << e.field << "\n";
            continue;
        }
        std::cerr << "  " << e.kind << " " << e.id << " \"" << c.name << "\": ";
        if (e.field == "*")
            std::cerr << (e.ours == "null" ? "deleted in ours, changed in theirs"
                                           : "changed in ours, deleted in theirs");
        else
            std::cerr << e.field;
        std::cerr << "\n";
    }
    return kConflicts;
}

int cmdMerge(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"-o", "--output", "--base"}, args)) return usageError("merge: " + *err);
    if (args.positional.size() != 2)
        return usageError(args.options.count("--base")
                              ? "merge --base needs two files: air merge --base BASE OURS THEIRS -o OUT"
                              : "merge needs two files: air merge A B -o OUT");
    if (args.options.count("-o") && args.options.count("--output"))
        return usageError("merge: give -o or --output, not both");
    if (!args.options.count("-o") && !args.options.count("--output"))
        return usageError("merge needs -o OUT (use -o - for stdout)");
    std::string out = args.options.count("-o") ? args.options["-o"] : args.options["--output"];
    const std::string& pa = args.positional[0];
    const std::string& pb = args.positional[1];
    if (args.options.count("--base")) {
        const std::string& base = args.options["--base"];
        if (int(pa == "-") + int(pb == "-") + int(base == "-") > 1)
            return usageError("merge: only one input can be stdin");
        return cmdMerge3(base, pa, pb, out);
    }
    if (pa == "-" && pb == "-") return usageError("merge: only one input can be stdin");

    std::optional<Register> a = loadRegister(pa, Lang::En);
    std::optional<Register> b = loadRegister(pb, Lang::En);
    if (!a || !b) return kBadInput;

    io::MergeResult m = io::merge(*a, *b);
    m.merged.exported_at = utcNow(false);
    if (!writeOutput(out, io::writeRegister(m.merged, true))) return kWriteFail;
    if (m.conflicts.empty()) return kOk;

    std::cerr << "air merge: " << m.conflicts.size()
              << (m.conflicts.size() == 1 ? " conflict" : " conflicts")
              << " (same id, different content in " << pa << " (A) and " << pb << " (B)):\n";
    for (const io::MergeConflict& c : m.conflicts) {
        if (c.kind == "deletion") {  // deleted on one side, changed on the other afterwards
            const bool inA = c.winner == io::Side::A;
            std::cerr << "  activity " << c.id << " \"" << c.name << "\": deleted in " << (inA ? "B" : "A")
                      << " (deleted_at " << c.deleted_at << ") but changed in " << (inA ? "A" : "B")
                      << " after that (updated_at " << (inA ? c.a_updated_at : c.b_updated_at) << "); kept "
                      << (inA ? "A" : "B") << "'s copy\n";
            continue;
        }
        std::cerr << "  " << c.kind << " " << c.id << " \"" << c.name << "\": " << joined(c.fields)
                  << " differ; kept " << (c.winner == io::Side::A ? "A" : "B");
        if (c.kind == "activity")
            std::cerr << " (updated_at A " << (c.a_updated_at.empty() ? "none" : c.a_updated_at) << ", B "
                      << (c.b_updated_at.empty() ? "none" : c.b_updated_at) << ")";
        else
            std::cerr << " (workshops have no updated_at: A's copy is kept)";
        std::cerr << "\n";
    }
    return kConflicts;
}

}  // namespace
}  // namespace air::cli

// ============================================================================
// [SECTION] main
// ============================================================================

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
