// sources: src/io/register_json.cpp src/io/csv.cpp src/io/csv_format.cpp src/rules/rules.cpp src/rules/rule_table.cpp
// libFuzzer target for the round-trip invariant (issue #11): whatever an importer accepts,
// the JSON export of the result reads back. The input goes to both importers, the JSON reader
// (io::parseRegister) and the CSV importer (io::fromCsv, both separators, with and without
// Windows-1252 fallback); for each one that accepts:
// - writeRegister (pretty and compact) parses again with parseRegister, giving an equal
//   Register, and writing that is stable (same text again);
// - the rules run on every activity (what `air check` does after reading).
// A rejected input must come back with a non-empty message and position in valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/csv.hpp"
#include "io/register_json.hpp"
#include "rules/rules.hpp"

namespace {

[[noreturn]] void fail(const char* from, const char* what, const std::string& detail = {}) {
    std::fprintf(stderr, "fuzz_roundtrip: %s: invariant broken: %s\n", from, what);
    if (!detail.empty()) std::fprintf(stderr, "%s\n", detail.c_str());
    __builtin_trap();
}

// The invariant for one accepted register.
void checkExport(const char* from, const air::Register& reg) {
    for (bool pretty : {true, false}) {
        const std::string written = air::io::writeRegister(reg, pretty);
        air::Result<air::Register> again = air::io::parseRegister(written);
        if (!again.ok()) fail(from, "the JSON export does not read back", again.error().text());
        if (!(again.value() == reg)) fail(from, "the JSON export reads back as a different register");
        if (air::io::writeRegister(again.value(), pretty) != written) fail(from, "writing is not stable");
    }
    for (const air::Activity& a : reg.activities) (void)air::rules::assess(a);  // `air check`
}

void checkRejection(const char* from, const air::Error& e, bool needsWhere) {
    if (e.message().empty()) fail(from, "an error without a message");
    if (needsWhere && e.where.empty()) fail(from, "a CSV error that names no row");
    if (!air::io::isValidUtf8(e.text())) fail(from, "an error text that is not valid UTF-8", e.text());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    air::Result<air::Register> json = air::io::parseRegister(text);
    if (json.ok()) checkExport("json", json.value());
    else checkRejection("json", json.error(), false);

    for (char sep : {';', ','}) {
        for (bool cp1252 : {true, false}) {
            air::io::CsvOptions opt = air::io::csvDefaults(sep == ';' ? air::Lang::Nl : air::Lang::En);
            opt.separator = sep;
            opt.accept_cp1252 = cp1252;
            air::Result<air::Register> csv = air::io::fromCsv(text, opt);
            if (csv.ok()) checkExport("csv", csv.value());
            else checkRejection("csv", csv.error(), true);
        }
    }
    return 0;
}
