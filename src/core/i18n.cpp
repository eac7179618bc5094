// The language layer: see i18n.hpp.
#include "core/i18n.hpp"

#include <algorithm>
#include <vector>

namespace air::i18n {
namespace {

template <class Get>
std::string fill(std::string_view tpl, std::size_t count, Get get) {
    std::string out;
    out.reserve(tpl.size());
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        if (tpl[i] == '{' && i + 2 < tpl.size() && tpl[i + 2] == '}' && tpl[i + 1] >= '0' &&
            tpl[i + 1] <= '9') {
            const std::size_t n = std::size_t(tpl[i + 1] - '0');
            if (n < count) out += get(n);
            i += 2;
        } else {
            out += tpl[i];
        }
    }
    return out;
}

}  // namespace

std::string format(std::string_view tpl, std::span<const std::string> args) {
    return fill(tpl, args.size(), [&](std::size_t n) -> std::string_view { return args[n]; });
}

std::string format(std::string_view tpl, std::initializer_list<std::string_view> args) {
    return fill(tpl, args.size(), [&](std::size_t n) { return *(args.begin() + n); });
}

const Entry* find(std::span<const Entry> table, std::string_view key) {
    for (const Entry& e : table)
        if (e.key == key) return &e;
    return nullptr;
}

std::string_view tr(std::span<const Entry> table, std::string_view key, Lang lang) {
    const Entry* e = find(table, key);
    return e ? e->text.in(lang) : key;
}

std::string trf(std::span<const Entry> table, std::string_view key, Lang lang,
                std::initializer_list<std::string_view> args) {
    return format(tr(table, key, lang), args);
}

std::string decimal(std::string_view pointText, Lang lang) {
    std::string out(pointText);
    if (lang == Lang::Nl) std::replace(out.begin(), out.end(), '.', ',');
    return out;
}

}  // namespace air::i18n
