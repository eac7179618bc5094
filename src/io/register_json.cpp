// Register file format v1 (register_json.hpp): the file as a whole. parseRegister checks what
// lies below JSON (size, emptiness, encoding), parses the tree, checks the envelope (format,
// format_version) and reads the top-level keys in file order; writeRegister writes them in the
// documented order. The messages, the tree and typed values, and the record tables live in
// register_json_messages.cpp, register_json_tree.cpp and register_json_records.cpp
// (register_json_internal.hpp).
#include "io/register_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/date.hpp"
#include "core/text.hpp"
#include "io/register_json_internal.hpp"

namespace air::io {

using namespace json;

// The checks of core/text.hpp and core/date.hpp, kept as io's API for the callers of io.
bool isValidUtf8(std::string_view s) { return text::isValidUtf8(s); }
bool isValidDate(std::string_view s) { return air::isValidDate(s); }
bool isValidTimestamp(std::string_view s) { return air::isValidTimestamp(s); }

Status checkRegisterSize(std::uintmax_t bytes) {
    if (bytes <= kMaxRegisterBytes) return okStatus();
    // Rounded up, so a file just over the limit never reads "20.0 MB; the limit is 20 MB".
    double mb = std::ceil(double(bytes) * 10.0 / (1024.0 * 1024.0)) / 10.0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", mb);
    return Error{"", Msg::TooBig, {Arg::decimal(buf), std::to_string(kMaxRegisterBytes / (1024 * 1024))}};
}

// ============================================================================
// parseRegister
// ============================================================================

Result<Register> parseRegister(std::string_view text) {
    // 1. Below JSON: size, emptiness, encoding, syntax.
    if (Status s = checkRegisterSize(text.size()); !s.ok()) return s.error();
    if (text::isBlank(text, text::kJsonSpace)) return Error{"", Msg::Empty};
    if (std::size_t bad = text::firstInvalidUtf8(text); bad != std::string_view::npos) {
        if (text::cutShortAtEnd(text, bad))
            return Error{lineColumn(text, bad), Msg::Truncated, {Term::LastCharCutOff}};
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02X", unsigned(static_cast<unsigned char>(text[bad])));
        return Error{Location{Place::Byte, {std::to_string(bad)}}, Msg::BadUtf8, {hex}};
    }
    Result<J> tree = parseTree(text);
    if (!tree.ok()) return tree.error();
    const J& root = *tree;

    // 2. The envelope: an object that says it is a register file of a version we read.
    Ctx c;
    if (!root.is_object()) return Error{Location{Place::TopLevel, {}}, Msg::ExpObject, {got(root)}};
    auto fmt = root.find("format");
    if (fmt == root.end()) return Error{"format", Msg::FormatMissing};
    if (!fmt->is_string() || fmt->get_ref<const std::string&>() != kFormatName)
        return Error{"format", Msg::FormatWrong, {got(*fmt)}};
    auto ver = root.find("format_version");
    if (ver == root.end()) return Error{"format_version", Msg::Missing};
    if (!ver->is_number_integer()) return Error{"format_version", Msg::ExpInteger, {got(*ver)}};
    if (!(ver->is_number_unsigned() && ver->get<std::uint64_t>() == std::uint64_t(kFormatVersion)))
        return Error{"format_version", Msg::VersionUnsupported, {dumpCompact(*ver)}};

    // 3. Everything else, in file order.
    Register reg;
    J unknown = J::object();
    auto& unk = unknown.get_ref<J::object_t&>();
    for (const auto& [k, val] : members(root)) {
        bool ok = true;
        if (k == "format" || k == "format_version") continue;
        if (k == "organisation") ok = readString(c, val, k, reg.organisation);
        else if (k == "exported_at") ok = readTimestamp(c, val, k, reg.exported_at);
        else if (k == "activities") ok = readActivities(c, val, k, reg.activities);
        else if (k == "workshops") ok = readWorkshops(c, val, k, reg.workshops);
        else if (k == "deleted") ok = readTombstones(c, val, k, reg.deleted);
        else if (k == "rules_version") ok = readString(c, val, k, reg.rules_version);
        else if (k == "framework") ok = readFramework(c, val, k, reg.framework);
        else if (k == "controller") {
            Controller ctl;
            ok = readController(c, val, k, ctl);
            if (ok) reg.controller = std::move(ctl);
        }
        else if (k == kConflictsKey) {  // validated here, kept with the extra keys (see the header)
            std::vector<FieldConflict> conflicts;
            ok = readConflicts(c, val, k, conflicts);
            if (ok) unk.emplace_back(k, val);
        } else unk.emplace_back(k, val);
        if (!ok) return *c.error;
    }
    reg.extra = unk.empty() ? std::string() : dumpCompact(unknown);
    return reg;
}

// ============================================================================
// writeRegister
// ============================================================================

std::string writeRegister(const Register& reg, bool pretty) {
    static constexpr std::string_view kTopKeys[] = {"format", "format_version", "organisation",
                                                    "exported_at", "rules_version", "controller", "framework", "activities", "workshops", "deleted"};
    J out = J::object();
    auto& obj = out.get_ref<J::object_t&>();
    obj.emplace_back("format", J(kFormatName));
    obj.emplace_back("format_version", J(kFormatVersion));
    obj.emplace_back("organisation", J(reg.organisation));
    obj.emplace_back("exported_at", J(reg.exported_at));
    if (!reg.rules_version.empty()) obj.emplace_back("rules_version", J(reg.rules_version));
    if (reg.controller) obj.emplace_back("controller", writeController(*reg.controller));
    if (!reg.framework.empty()) {  // optional: a register without a framework is written as before
        J fw = J::array();
        for (const FrameworkItem& f : reg.framework) fw.push_back(writeFrameworkItem(f));
        obj.emplace_back("framework", std::move(fw));
    }
    J acts = J::array();
    for (const Activity& a : reg.activities) acts.push_back(writeActivity(a));
    obj.emplace_back("activities", std::move(acts));
    J ws = J::array();
    for (const Workshop& w : reg.workshops) ws.push_back(writeWorkshop(w));
    obj.emplace_back("workshops", std::move(ws));
    if (!reg.deleted.empty()) {  // optional: a register without deletions is written as before
        J del = J::array();
        for (const Tombstone& t : reg.deleted) del.push_back(writeTombstone(t));
        obj.emplace_back("deleted", std::move(del));
    }
    J ex = parseExtra(reg.extra);
    for (auto& [k, val] : ex.get_ref<J::object_t&>())
        if (std::find(std::begin(kTopKeys), std::end(kTopKeys), k) == std::end(kTopKeys))
            obj.emplace_back(k, std::move(val));
    std::string text = out.dump(pretty ? 2 : -1, ' ', false, J::error_handler_t::replace);
    if (pretty) text += '\n';
    return text;
}

}  // namespace air::io
