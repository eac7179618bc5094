// `air convert`: the export the page downloads, from the same app code (cli.hpp).
#include <optional>
#include <string>

#include "app/exchange.hpp"
#include "cli/cli.hpp"
#include "core/clock.hpp"
#include "io/register_json.hpp"

namespace air::cli {

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
    opt.date = currentClock().today();  // UTC, the injected clock (core/clock.hpp)
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

}  // namespace air::cli
