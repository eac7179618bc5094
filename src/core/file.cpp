// Whole-file reads and writes: see file.hpp.
#include "core/file.hpp"

#include <cstdio>

#include "core/text.hpp"

namespace air::file {

std::optional<std::string> read(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return std::nullopt;
    std::string bytes;
    char buf[16384];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return std::nullopt;
    return bytes;
}

std::string firstWord(const std::string& path) {
    const std::string bytes = readOrEmpty(path);
    const std::size_t from = bytes.find_first_not_of(text::kSpace);
    if (from == std::string::npos) return "";
    const std::size_t to = bytes.find_first_of(text::kSpace, from);
    return bytes.substr(from, to == std::string::npos ? std::string::npos : to - from);
}

bool write(const std::string& path, std::string_view bytes) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    const bool written = bytes.empty() || std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    const bool closed = std::fclose(f) == 0;
    return written && closed;
}

}  // namespace air::file
