// `air check`: the assessment as JSON, GitHub annotations or JUnit XML; --fail-on (cli.hpp).
#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/cli.hpp"
#include "core/result.hpp"
#include "io/register_json.hpp"
#include "rules/compare.hpp"
#include "rules/rules.hpp"

namespace air::cli {

namespace {

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

}  // namespace

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

}  // namespace air::cli
