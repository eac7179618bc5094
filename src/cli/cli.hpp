// Internals of `air` shared by its files (src/cli):
//   main.cpp      the help text and the command dispatch
//   options.cpp   command-line arguments, usage errors
//   files.cpp     reading inputs (size limit, "-" = stdin) and writing outputs atomically
//   check.cpp     `air check`: JSON, GitHub annotations, JUnit; --fail-on
//   convert.cpp   `air convert`: the page's export code (app/exchange)
//   merge.cpp     `air merge`: two-way and three-way (--base)
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::cli {

enum Exit : int {
    kOk = 0,
    kUsage = 1,      // wrong command line
    kBadInput = 2,   // an input file is missing, unreadable, too big or not a valid register
    kConflicts = 3,  // merge: written, but some activities were changed on both sides
    kWriteFail = 4,  // the output could not be written
    kGate = 5,       // check --fail-on: a finding of that severity or worse is open
};

// Prints "air: MESSAGE" and the help hint to stderr; returns kUsage.
int usageError(const std::string& message);

// Positional arguments and --options of one command; options take one value each.
struct Args {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // "--to" -> "csv"; "-o" is stored as "-o"
};

// Splits argv[first..] into positionals and the allowed options ("--x v", "--x=v").
// Returns an error text for an unknown option, a missing value or a repeated option.
std::optional<std::string> parseArgs(int argc, char** argv, int first,
                                     const std::vector<std::string>& allowed, Args& out);
std::optional<Lang> parseLang(const std::string& s);  // "nl" or "en"

// Reads and parses a register file; on failure prints "FILE: path: reason" to stderr (in
// `lang`). `textOut` (optional) receives the file's text; with `emptyIsEmpty` a file of only
// white space reads as an empty register (Git's %O when both sides added the file).
std::optional<Register> loadRegister(const std::string& path, Lang lang, std::string* textOut = nullptr,
                                     bool emptyIsEmpty = false);
// Writes `data` to `path` ("-" = stdout) atomically; on failure says what on stderr and
// returns false.
bool writeOutput(const std::string& path, const std::string& data);

// The commands: argv[1] is the command; each returns an Exit code.
int cmdCheck(int argc, char** argv);
int cmdConvert(int argc, char** argv);
int cmdMerge(int argc, char** argv);

}  // namespace air::cli
