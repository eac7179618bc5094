// `air merge`: two-way by activity id, three-way against a base (--base) (cli.hpp).
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli.hpp"
#include "core/clock.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"

namespace air::cli {

namespace {

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
    m.merged.exported_at = currentClock().nowRfc3339();
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

}  // namespace

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
    m.merged.exported_at = currentClock().nowRfc3339();
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
        else if (c.kind == "framework")
            std::cerr << " (framework items have no updated_at: A's copy is kept)";
        else
            std::cerr << " (workshops have no updated_at: A's copy is kept)";
        std::cerr << "\n";
    }
    return kConflicts;
}

}  // namespace air::cli
