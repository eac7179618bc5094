// sources: src/io/register_json.cpp src/io/merge.cpp src/io/import_preview.cpp
// libFuzzer target for the register file reader (src/io/register_json.hpp). Any input must
// parse or fail cleanly with a message; an input that parses must survive write + re-parse
// unchanged (pretty and compact), writing must be stable, and merging or previewing a
// register against itself must find nothing to do.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/import_preview.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "fuzz_register_json: invariant broken: %s\n", what);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    air::Result<air::Register> first = air::io::parseRegister(text);
    if (!first.ok()) {
        if (first.error().message().empty()) fail("an error without a message");
        const std::string nl = first.error().text(air::Lang::Nl);
        if (nl.empty()) fail("an empty Dutch rendering");
        if (!air::io::isValidUtf8(first.error().text()) || !air::io::isValidUtf8(nl))
            fail("an error text that is not valid UTF-8");
        return 0;
    }
    const air::Register& reg = first.value();
    for (bool pretty : {true, false}) {
        const std::string written = air::io::writeRegister(reg, pretty);
        air::Result<air::Register> again = air::io::parseRegister(written);
        if (!again.ok()) {
            std::fprintf(stderr, "%s\n", again.error().text().c_str());
            fail("written register does not parse");
        }
        if (!(again.value() == reg)) fail("write + parse changed the register");
        if (air::io::writeRegister(again.value(), pretty) != written) fail("writing is not stable");
    }
    air::io::MergeResult self = air::io::merge(reg, reg);
    if (!self.conflicts.empty()) fail("a register conflicts with itself");
    if (self.merged.activities != reg.activities || self.merged.workshops != reg.workshops)
        fail("merging a register with itself changed it");
    air::io::ImportPreview p = air::io::previewImport(reg, reg);
    if (p.unchanged != int(reg.activities.size())) fail("a register previews as changed against itself");
    return 0;
}
