// Whole-file reads and writes through C stdio. The app's small files (settings, "last",
// companions) go through these rather than <fstream>: std::ifstream/std::ofstream pulled
// libc++'s iostream and locale machinery (~55 KiB of code) into the page (issue #13).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace air::file {

// The file's bytes, or nullopt when it cannot be opened or a read fails.
std::optional<std::string> read(const std::string& path);
// The file's bytes, or "" when it cannot be read (a missing file reads as empty).
inline std::string readOrEmpty(const std::string& path) { return read(path).value_or(std::string()); }
// The first word of the file (leading white space skipped; ends at white space), or "".
std::string firstWord(const std::string& path);
// Replaces the file's content with `bytes`; false when it cannot be opened, written or closed.
bool write(const std::string& path, std::string_view bytes);

}  // namespace air::file
