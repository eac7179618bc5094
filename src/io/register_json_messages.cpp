// Register file messages: every error text the reader produces, as English and Dutch templates
// with {0} {1} arguments, and describe(), which words an Error in Dutch by matching its English
// text against the templates (see register_json_internal.hpp for the other files).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "io/register_json_internal.hpp"

namespace air::io {
namespace json {
namespace {

struct MsgText {
    std::string_view en, nl;
};

// {0}, {1} are the arguments. Keep each English template unambiguous: describe() matches them.
constexpr MsgText kMsgs[] = {
    {"file is {0} MB; the limit is {1} MB", "bestand is {0} MB; de limiet is {1} MB"},
    {"the file is empty", "het bestand is leeg"},
    {"invalid UTF-8 (byte 0x{0}); save the file as UTF-8",
     "ongeldige UTF-8 (byte 0x{0}); sla het bestand op als UTF-8"},
    {"not valid JSON: {0}", "geen geldige JSON: {0}"},
    {"the file ends too early, it looks truncated: {0}",
     "het bestand houdt te vroeg op, het lijkt afgekapt: {0}"},
    {"nested more than {0} levels deep", "meer dan {0} niveaus diep genest"},
    {"this key appears more than once in the same object",
     "deze sleutel komt meer dan eens voor in hetzelfde object"},
    {"expected an object, got {0}", "verwacht een object, maar kreeg {0}"},
    {"expected an array, got {0}", "verwacht een lijst (array), maar kreeg {0}"},
    {"expected a string, got {0}", "verwacht een tekst (string), maar kreeg {0}"},
    {"expected true or false, got {0}", "verwacht true of false, maar kreeg {0}"},
    {"expected a whole number, got {0}", "verwacht een geheel getal, maar kreeg {0}"},
    {"expected a whole number from 0 to {0}, got {1}",
     "verwacht een geheel getal van 0 tot en met {0}, maar kreeg {1}"},
    {"expected one of {0}, got {1}", "verwacht een van {0}, maar kreeg {1}"},
    {"unknown value {0}; allowed: {1}", "onbekende waarde {0}; toegestaan: {1}"},
    {"missing; this field is required", "ontbreekt; dit veld is verplicht"},
    {"must not be empty", "mag niet leeg zijn"},
    {"is {0} characters long; the limit is {1}", "is {0} tekens lang; de limiet is {1}"},
    {"duplicate id {0}: {1} has the same id", "dubbele id {0}: {1} heeft dezelfde id"},
    {"expected a date as YYYY-MM-DD, got {0}", "verwacht een datum als JJJJ-MM-DD, maar kreeg {0}"},
    {"{0} is not a day in the calendar", "{0} bestaat niet in de kalender"},
    {"expected an RFC 3339 timestamp such as \"2026-11-25T09:00:00Z\", got {0}",
     "verwacht een RFC 3339-tijdstip zoals \"2026-11-25T09:00:00Z\", maar kreeg {0}"},
    {"missing; a register file has \"format\": \"ai-activity-register\" (this is not a register file)",
     "ontbreekt; een registerbestand heeft \"format\": \"ai-activity-register\" (dit is geen registerbestand)"},
    {"expected \"ai-activity-register\", got {0} (this is not a register file)",
     "verwacht \"ai-activity-register\", maar kreeg {0} (dit is geen registerbestand)"},
    {"format_version {0} is not supported; this program reads format_version 1",
     "format_version {0} wordt niet ondersteund; dit programma leest format_version 1"},
    {"unknown key; allowed: {0}", "onbekende sleutel; toegestaan: {0}"},
    {"{0} is listed more than once", "{0} staat er meer dan eens in"},
};
static_assert(std::size(kMsgs) == std::size_t(Msg::COUNT), "kMsgs and Msg differ");

// Where-texts that are positions rather than JSON paths, in Where order.
constexpr MsgText kWheres[] = {
    {"line {0}, column {1}", "regel {0}, kolom {1}"},
    {"byte {0}", "byte {0}"},
    {"top level", "hoofdniveau"},
};
static_assert(std::size(kWheres) == std::size_t(Where::TopLevel) + 1, "kWheres and Where differ");

// Fills a template's {0}, {1} ... with args.
std::string fill(std::string_view tpl, const std::vector<std::string>& args) {
    std::string out;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        if (tpl[i] == '{' && i + 2 < tpl.size() && tpl[i + 2] == '}' && tpl[i + 1] >= '0' &&
            tpl[i + 1] <= '9') {
            std::size_t k = std::size_t(tpl[i + 1] - '0');
            if (k < args.size()) out += args[k];
            i += 2;
        } else {
            out += tpl[i];
        }
    }
    return out;
}

// Matches `text` against a template; on success fills `args` with what the {n} stood for.
bool matchTemplate(std::string_view tpl, std::string_view text, std::vector<std::string>& args) {
    // Split the template into literal pieces around the placeholders.
    std::vector<std::string_view> lits;
    std::vector<int> slots;
    std::size_t start = 0;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        if (i + 2 < tpl.size() && tpl[i] == '{' && tpl[i + 2] == '}' && tpl[i + 1] >= '0' && tpl[i + 1] <= '9') {
            lits.push_back(tpl.substr(start, i - start));
            slots.push_back(tpl[i + 1] - '0');
            i += 2;
            start = i + 1;
        }
    }
    lits.push_back(tpl.substr(start));
    if (text.substr(0, lits[0].size()) != lits[0]) return false;
    std::size_t pos = lits[0].size();
    args.assign(slots.size(), std::string());
    for (std::size_t k = 0; k < slots.size(); ++k) {
        std::string_view next = lits[k + 1];
        std::size_t end;
        if (k + 1 == slots.size()) {  // the last placeholder runs to the final literal
            if (text.size() < pos + next.size() || text.substr(text.size() - next.size()) != next) return false;
            end = text.size() - next.size();
        } else {
            end = text.find(next, pos);
            if (end == std::string_view::npos) return false;
        }
        if (std::size_t(slots[k]) >= args.size()) args.resize(std::size_t(slots[k]) + 1);
        args[std::size_t(slots[k])] = std::string(text.substr(pos, end - pos));
        pos = end + next.size();
    }
    return slots.empty() ? text.size() == lits[0].size() : true;
}

std::string toDutch(std::string_view text, const MsgText* table, std::size_t n, bool decimalComma) {
    std::vector<std::string> args;
    for (std::size_t t = 0; t < n; ++t) {
        if (!matchTemplate(table[t].en, text, args)) continue;
        for (std::string& a : args) {
            if (a == "the last character is cut off") a = "het laatste teken is afgebroken";
            if (a == "an object") a = "een object";
            else if (a == "an array") a = "een lijst";
            if (decimalComma && t == std::size_t(Msg::TooBig))
                std::replace(a.begin(), a.end(), '.', ',');
        }
        return fill(table[t].nl, args);
    }
    return std::string(text);
}

}  // namespace

std::string msg(Msg m, std::initializer_list<std::string> args) {
    return fill(kMsgs[std::size_t(m)].en, std::vector<std::string>(args));
}

std::string whereText(Where w, std::initializer_list<std::string> args) {
    return fill(kWheres[std::size_t(w)].en, std::vector<std::string>(args));
}

}  // namespace json

std::string describe(const Error& error, Lang lang) {
    if (lang == Lang::En) return error.text();
    std::string where = json::toDutch(error.where, json::kWheres, std::size(json::kWheres), false);
    std::string message = json::toDutch(error.message, json::kMsgs, std::size(json::kMsgs), true);
    return where.empty() ? message : where + ": " + message;
}

}  // namespace air::io
