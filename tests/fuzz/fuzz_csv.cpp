// sources: src/io/csv.cpp src/io/csv_format.cpp src/io/register_json.cpp
// libFuzzer target for the CSV importer (src/io/csv.hpp). Any input must import or fail
// cleanly; an input that imports must survive export and re-import unchanged, in both
// languages and with both separators.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io/csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (char sep : {';', ','}) {
        air::io::CsvOptions in;
        in.separator = sep;
        auto first = air::io::fromCsv(text, in);
        if (!first.ok()) {
            if (first.error().where.empty()) std::abort();  // every error names a row
            continue;
        }
        for (air::Lang lang : {air::Lang::Nl, air::Lang::En}) {
            const air::io::CsvOptions out = air::io::csvDefaults(lang);
            const std::string csv = air::io::toCsv(first.value(), out);
            auto again = air::io::fromCsv(csv, out);
            if (!again.ok() || !(again.value() == first.value())) std::abort();
        }
    }
    return 0;
}
