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
#include "core/enums.hpp"
#include "core/model.hpp"
#include "core/result.hpp"
#include "io/csv.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"
#include "io/report.hpp"
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
};

constexpr std::string_view kHelp = R"(air - check, convert and merge AI activity register files (format v1)

Usage:
  air check FILE [--lang en|nl]
      Prints the assessment of every activity as JSON on stdout: rules_version, and per
      activity its id, ai_act_tier, obligations, dpia and findings (rule, severity, message).
      Messages are English unless --lang nl.
  air convert FILE --to json|csv|md|html [--lang nl|en] [--sep ';'|','] [--date YYYY-MM-DD] [-o OUT]
      Writes the export to stdout (or OUT). --lang (default nl) sets the language of CSV
      headers and reports; --sep the CSV separator (default ';' for nl, ',' for en);
      --date the report date (default today).
  air merge A B -o OUT
      Merges two register files by activity id into OUT ('-' = stdout). Activities changed
      in both files are conflicts: they are listed on stderr and the newer updated_at wins.
      Deletions ("deleted") are kept: an activity deleted in one file stays deleted unless
      the other file changed it after the deletion (then it is kept and listed as a conflict).
  air --help | air --version

FILE may be '-' for stdin.

Exit codes:
  0  success (check: the file is valid, whatever its findings)
  1  usage error
  2  an input file is missing, unreadable, larger than 20 MB or not a valid register file;
     stderr says "FILE: path: reason"
  3  merge: OUT was written, but there were conflicts (listed on stderr)
  4  the output could not be written; OUT is left as it was (it is replaced in one step,
     through a temporary file in its folder, only once the whole output is on disk)
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
std::optional<Register> loadRegister(const std::string& path, Lang lang) {
    Result<std::string> text = readInput(path);
    if (!text.ok()) {
        std::cerr << path << ": " << io::describe(text.error(), lang) << "\n";
        return std::nullopt;
    }
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

// PRODUCT.md: {"rules_version", "activities": [{"id", "ai_act_tier", "obligations", "dpia",
// "findings": [{"rule", "severity", "message"}]}]}, keys in that order.
std::string checkJson(const Register& reg, Lang lang) {
    using J = nlohmann::ordered_json;
    J out = J::object();
    out["rules_version"] = std::string(rules::kRulesVersion);
    J acts = J::array();
    for (const Activity& a : reg.activities) {
        rules::Assessment as = rules::assess(a);
        J j = J::object();
        j["id"] = a.id;
        j["ai_act_tier"] = std::string(keyOf(as.tier));
        j["obligations"] = as.obligations;
        j["dpia"] = std::string(keyOf(as.dpia));
        J fs = J::array();
        for (const rules::Finding& f : as.findings) {
            J fj = J::object();
            fj["rule"] = f.rule;
            fj["severity"] = std::string(keyOf(f.severity));
            fj["message"] = f.message(lang);
            fs.push_back(std::move(fj));
        }
        j["findings"] = std::move(fs);
        acts.push_back(std::move(j));
    }
    out["activities"] = std::move(acts);
    return out.dump(2, ' ', false, J::error_handler_t::replace) + "\n";
}

int cmdCheck(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"--lang"}, args)) return usageError("check: " + *err);
    if (args.positional.size() != 1) return usageError("check needs exactly one FILE");
    Lang lang = Lang::En;
    if (args.options.count("--lang")) {
        auto l = parseLang(args.options["--lang"]);
        if (!l) return usageError("check: --lang must be en or nl");
        lang = *l;
    }
    std::optional<Register> reg = loadRegister(args.positional[0], lang);
    if (!reg) return kBadInput;
    return writeOutput("-", checkJson(*reg, lang)) ? kOk : kWriteFail;
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
    io::CsvOptions csv = io::csvDefaults(lang);
    if (args.options.count("--sep")) {
        const std::string& s = args.options["--sep"];
        if (s != ";" && s != ",") return usageError("convert: --sep must be ';' or ','");
        if (to != "csv") return usageError("convert: --sep only applies to --to csv");
        csv.separator = s[0];
    }
    std::string date = utcNow(true);
    if (args.options.count("--date")) {
        date = args.options["--date"];
        if (!io::isValidDate(date)) return usageError("convert: --date must be a date as YYYY-MM-DD");
        if (to != "md" && to != "html") return usageError("convert: --date only applies to --to md or html");
    }
    if (args.options.count("-o") && args.options.count("--output"))
        return usageError("convert: give -o or --output, not both");
    std::string out = args.options.count("-o") ? args.options["-o"]
                      : args.options.count("--output") ? args.options["--output"] : "-";

    std::optional<Register> reg = loadRegister(args.positional[0], Lang::En);
    if (!reg) return kBadInput;
    std::string text;
    if (to == "json") {
        text = io::writeRegister(*reg, true);
    } else if (to == "csv") {
        text = io::toCsv(*reg, csv);
    } else {
        io::ReportOptions ro;
        ro.lang = lang;
        ro.date = date;
        text = to == "md" ? io::reportMarkdown(*reg, ro) : io::reportHtml(*reg, ro);
    }
    return writeOutput(out, text) ? kOk : kWriteFail;
}

// ============================================================================
// [SECTION] merge
// ============================================================================

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
}

int cmdMerge(int argc, char** argv) {
    Args args;
    if (auto err = parseArgs(argc, argv, 2, {"-o", "--output"}, args)) return usageError("merge: " + *err);
    if (args.positional.size() != 2) return usageError("merge needs two files: air merge A B -o OUT");
    if (args.options.count("-o") && args.options.count("--output"))
        return usageError("merge: give -o or --output, not both");
    if (!args.options.count("-o") && !args.options.count("--output"))
        return usageError("merge needs -o OUT (use -o - for stdout)");
    std::string out = args.options.count("-o") ? args.options["-o"] : args.options["--output"];
    const std::string& pa = args.positional[0];
    const std::string& pb = args.positional[1];
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
