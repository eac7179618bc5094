// `air`: reading input files and writing outputs atomically (cli.hpp).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>

#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.hpp"
#include "core/result.hpp"
#include "io/register_json.hpp"

namespace air::cli {
namespace {

// Reads a whole file ("-" = stdin) within the register size limit.
// The Error's `where` is empty; the caller puts the file name in front.
Result<std::string> readInput(const std::string& path) {
    std::string text;
    if (path == "-") {
        char buf[65536];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
            text.append(buf, n);
            if (text.size() > io::kMaxRegisterBytes) return io::checkRegisterSize(text.size()).error();
        }
        if (std::ferror(stdin)) return Error{"", ErrorCode::StdinUnreadable};
        return text;
    }
    std::error_code ec;
    auto st = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(st))
        return ec && ec != std::errc::no_such_file_or_directory
                   ? Error{"", ErrorCode::CannotRead, {ec.message()}}
                   : Error{"", ErrorCode::NoSuchFile};
    if (std::filesystem::is_directory(st)) return Error{"", ErrorCode::IsDirectory};
    if (std::filesystem::is_regular_file(st)) {
        auto size = std::filesystem::file_size(path, ec);
        if (!ec) {
            if (Status s = io::checkRegisterSize(size); !s.ok()) return s.error();
        }
    }
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Error{"", ErrorCode::CannotRead, {std::string(std::strerror(errno))}};
    char buf[65536];
    std::size_t n;
    bool tooBig = false;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        text.append(buf, n);
        if (text.size() > io::kMaxRegisterBytes) {  // a pipe or a file that grew
            tooBig = true;
            break;
        }
    }
    bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (tooBig) return io::checkRegisterSize(text.size()).error();
    if (failed) return Error{"", ErrorCode::ReadError};
    return text;
}

}  // namespace

// Reads and parses a register file; on failure prints "FILE: path: reason" to stderr.
// `textOut` (optional) receives the file's text; with `emptyIsEmpty` a file of only white
// space reads as an empty register (Git's %O when both sides added the file).
std::optional<Register> loadRegister(const std::string& path, Lang lang, std::string* textOut,
                                     bool emptyIsEmpty) {
    Result<std::string> text = readInput(path);
    if (!text.ok()) {
        std::cerr << path << ": " << text.error().text(lang) << "\n";
        return std::nullopt;
    }
    if (emptyIsEmpty && text->find_first_not_of(" \t\r\n") == std::string::npos) return Register{};
    if (textOut) *textOut = *text;
    Result<Register> reg = io::parseRegister(*text);
    if (!reg.ok()) {
        std::cerr << path << ": " << reg.error().text(lang) << "\n";
        return std::nullopt;
    }
    return std::move(*reg);
}

namespace {

// Writes all of `data` to the open descriptor; false with errno set on the first failure.
bool writeAll(int fd, const std::string& data) {
    const char* p = data.data();
    std::size_t left = data.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            return false;
        }
        p += n;
        left -= std::size_t(n);
    }
    return true;
}

}  // namespace

// Writes `data` to `path` ("-" = stdout) atomically: a temporary file in the target's folder
// is written, flushed to disk and closed with every step checked, then renamed over `path`.
// On any failure the temporary file is removed, `path` is untouched and stderr says what
// failed and where ("PATH: cannot write: STEP TEMP: reason"); returns false.
bool writeOutput(const std::string& path, const std::string& data) {
    if (path == "-" || path.empty()) {
        std::cout.write(data.data(), std::streamsize(data.size()));
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "air: cannot write to standard output\n";
            return false;
        }
        return true;
    }
    namespace fs = std::filesystem;
    // Write through a symbolic link to the file it names, so the link stays a link.
    std::error_code ec;
    fs::path target = path;
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        fs::path resolved = fs::canonical(target, ec);
        if (!ec) target = resolved;
    }
    fs::path dir = target.parent_path();
    std::string tmp = (dir.empty() ? fs::path(".") : dir).string() + "/." +
                      target.filename().string() + ".air-XXXXXX";
    auto fail = [&](const char* step, const std::string& where, int err) {
        std::cerr << path << ": cannot write: " << step << " " << where << ": " << std::strerror(err) << "\n";
        return false;
    };
    errno = 0;
    int fd = ::mkstemp(tmp.data());
    if (fd < 0) return fail("create a temporary file in", (dir.empty() ? fs::path(".") : dir).string(), errno);
    // A new file gets 0666 minus the umask, an existing one keeps its permissions.
    struct stat st {};
    mode_t mode;
    if (::stat(target.c_str(), &st) == 0) {
        mode = st.st_mode & 07777;
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    auto abandon = [&](const char* step, int err) {
        if (fd >= 0) ::close(fd);
        ::unlink(tmp.c_str());
        return fail(step, tmp, err);
    };
    if (::fchmod(fd, mode) != 0) return abandon("set permissions of", errno);
    if (!writeAll(fd, data)) return abandon("write to", errno);
    if (::fsync(fd) != 0) return abandon("flush", errno);
    int closed = ::close(fd);
    fd = -1;
    if (closed != 0) return abandon("close", errno);
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        int err = errno;
        ::unlink(tmp.c_str());
        std::cerr << path << ": cannot write: rename " << tmp << " to " << target.string() << ": "
                  << std::strerror(err) << "\n";
        return false;
    }
    return true;
}

}  // namespace air::cli
