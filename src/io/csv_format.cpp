// Low-level CSV text handling: see csv_format.hpp.
#include "io/csv_format.hpp"

#include <array>
#include <cstdint>

namespace air::io::csvfmt {

namespace {

// Index of the first character that is not an apostrophe (text.size() if none).
std::size_t skipApostrophes(std::string_view text) {
    std::size_t p = 0;
    while (p < text.size() && text[p] == '\'') ++p;
    return p;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

}  // namespace

std::string neutralise(std::string_view text) {
    const std::size_t p = skipApostrophes(text);
    if (p < text.size() && isFormulaTrigger(text[p])) return "'" + std::string(text);
    return std::string(text);
}

std::string unneutralise(std::string_view cell) {
    if (cell.empty() || cell[0] != '\'') return std::string(cell);
    const std::size_t p = skipApostrophes(cell);
    if (p < cell.size() && isFormulaTrigger(cell[p])) return std::string(cell.substr(1));
    return std::string(cell);
}

void appendCell(std::string& out, std::string_view cell, char sep) {
    const bool quote = cell.find_first_of(std::string{sep, '"', '\r', '\n'}) != cell.npos;
    if (!quote) {
        out += cell;
        return;
    }
    out += '"';
    for (char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

bool parseRecords(std::string_view text, char sep, std::vector<Record>& out,
                  ParseProblem& problem) {
    std::size_t i = 0;
    const std::size_t n = text.size();
    int row = 1;
    while (i < n) {
        Record rec;
        rec.row = row;
        for (;;) {
            std::string cell;
            if (i < n && text[i] == '"') {
                ++i;
                for (;;) {
                    if (i >= n) {
                        problem = {row, int(rec.cells.size()), ErrorCode::CsvUnclosedQuote};
                        return false;
                    }
                    if (text[i] == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    cell += text[i++];
                }
                if (i < n && text[i] != sep && text[i] != '\r' && text[i] != '\n') {
                    problem = {row, int(rec.cells.size()), ErrorCode::CsvTextAfterQuote};
                    return false;
                }
            } else {
                while (i < n && text[i] != sep && text[i] != '\r' && text[i] != '\n')
                    cell += text[i++];
            }
            rec.cells.push_back(std::move(cell));
            if (i < n && text[i] == sep) {
                ++i;
                continue;
            }
            break;
        }
        if (i < n && text[i] == '\r') {
            ++i;
            if (i < n && text[i] == '\n') ++i;
        } else if (i < n && text[i] == '\n') {
            ++i;
        }
        out.push_back(std::move(rec));
        ++row;
    }
    return true;
}

char detectSeparator(std::string_view text, char fallback) {
    const std::array<char, 4> candidates{fallback, ';', ',', '\t'};
    std::array<int, 4> counts{};
    bool quoted = false;
    for (char c : text) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (quoted) continue;
        if (c == '\r' || c == '\n') break;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            if (c == candidates[k]) ++counts[k];
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k)
        if (counts[k] > counts[best]) best = k;
    return candidates[best];
}

std::string cp1252ToUtf8(std::string_view text) {
    // Windows-1252 0x80..0x9F; 0 = unassigned (kept as the C1 control of the same number).
    static constexpr std::uint16_t k80[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        std::uint32_t cp = c;
        if (c >= 0x80 && c <= 0x9F && k80[c - 0x80] != 0) cp = k80[c - 0x80];
        appendUtf8(out, cp);
    }
    return out;
}

}  // namespace air::io::csvfmt
