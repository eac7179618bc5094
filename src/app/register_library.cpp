// RegisterLibrary: one SQLite file per register in one folder (see app_model.hpp).
// These functions write files outside AppModel: the page calls them through app::Workspace,
// which saves the folder afterwards and renames the open register through
// AppModel::setRegisterName instead (it keeps the in-memory copy and undo in step).
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "app/app_model.hpp"
#include "app/app_model_impl.hpp"
#include "core/file.hpp"
#include "core/text.hpp"
#include "rules/rules.hpp"
#include "store/repository.hpp"
#include "store/schema.hpp"

namespace air::app {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSuffix = ".sqlite";
constexpr const char* kLastFile = "last";
constexpr const char* kTrash = ".trash";
constexpr const char* kCompanions[] = {"", ".linked-base.json"};  // the register, its linked file's base

// A plain file name inside the folder ("reg-<uuid>.sqlite"): no folders, no "..".
Status checkFileName(const std::string& file) {
    const bool ok = file.size() > kSuffix.size() &&
                    file.compare(file.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0 &&
                    file.find('/') == std::string::npos && file.find('\\') == std::string::npos &&
                    file.front() != '.';
    if (ok) return okStatus();
    return Error{file, ErrorCode::NotRegisterFileName};
}

// Sets the display name inside the database file at `path` (creating/migrating as needed).
Status writeName(const std::string& path, const std::string& name, bool isNew = false) {
    Result<store::Db> db = store::openRegisterDb(path);
    if (!db) return db.error();
    return writeRegisterName(*db, name, isNew);
}

}  // namespace

Status writeRegisterName(store::Db& db, const std::string& name, bool isNew) {
    Result<store::Tx> tx = store::Tx::begin(db, "naming the register");
    if (!tx) return tx.error();
    Status s = store::setMeta(db, store::kMetaRegisterName, name);
    if (!s) return s;
    // A new register starts under the newest rule set: there is no earlier verdict to compare.
    if (isNew) s = store::setMeta(db, store::kMetaRulesVersion, rules::kRulesVersion);
    if (!s) return s;
    return tx->commit();
}

RegisterLibrary::RegisterLibrary(std::string folder) : m_folder(std::move(folder)) {}

std::string RegisterLibrary::pathOf(const std::string& file) const {
    if (m_folder.empty()) return file;
    if (m_folder.back() == '/') return m_folder + file;
    return m_folder + "/" + file;
}

std::vector<RegisterEntry> RegisterLibrary::list() const {
    // Every *.sqlite file in the folder, by display name; an unreadable or foreign file is
    // listed under its file name, so the user can still see and remove it.
    std::vector<RegisterEntry> out;
    std::error_code ec;
    fs::directory_iterator it(m_folder.empty() ? "." : m_folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const std::string file = it->path().filename().string();
        if (!checkFileName(file).ok() || !it->is_regular_file(ec)) continue;
        RegisterEntry e{file, file};
        if (Result<store::Db> db = store::openRegisterDbReadOnly(pathOf(file))) {
            Result<std::int64_t> v = db->queryInt("PRAGMA user_version", "reading the schema version");
            if (v && *v >= 1) {
                Result<std::string> name = store::getMeta(*db, store::kMetaRegisterName);
                if (name && !name->empty()) e.name = *name;
            }
        }
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const RegisterEntry& a, const RegisterEntry& b) {
        const std::string x = text::lowerAscii(a.name), y = text::lowerAscii(b.name);
        return x != y ? x < y : a.file < b.file;
    });
    return out;
}

Result<std::string> RegisterLibrary::newFileName() const {
    std::error_code ec;
    if (!m_folder.empty()) fs::create_directories(m_folder, ec);
    if (ec) return Error{m_folder, ErrorCode::CannotCreateFolder, {ec.message()}};
    std::string file;
    do {
        file = "reg-" + newUuid() + std::string(kSuffix);
    } while (fs::exists(pathOf(file), ec));
    return file;
}

Result<std::string> RegisterLibrary::create(const std::string& name) {
    Result<std::string> file = newFileName();
    if (!file) return file;
    Status s = writeName(pathOf(*file), name, true);
    if (!s) {
        std::error_code ec;
        fs::remove(pathOf(*file), ec);
        return s.error();
    }
    return file;
}

Status RegisterLibrary::rename(const std::string& file, const std::string& name) {
    Status s = checkFileName(file);
    if (!s) return s;
    std::error_code ec;
    if (!fs::exists(pathOf(file), ec)) return Error{file, ErrorCode::NoSuchRegister};
    return writeName(pathOf(file), name);
}

Status RegisterLibrary::remove(const std::string& file) {
    Status s = checkFileName(file);
    if (!s) return s;
    std::error_code ec;
    if (!fs::remove(pathOf(file), ec)) {
        if (ec) return Error{file, ErrorCode::CannotRemoveRegister, {ec.message()}};
        return Error{file, ErrorCode::NoSuchRegister};
    }
    fs::remove(pathOf(file) + "-journal", ec);  // none with journal_mode=MEMORY; old files may have one
    fs::remove(pathOf(file) + ".linked-base.json", ec);  // a linked file's merge base (ui/linked_file)
    if (lastOpened().empty()) fs::remove(pathOf(kLastFile), ec);
    return okStatus();
}

Status RegisterLibrary::trash(const std::string& file) {
    Status s = checkFileName(file);
    if (!s) return s;
    std::error_code ec;
    if (!fs::is_regular_file(pathOf(file), ec)) return Error{file, ErrorCode::NoSuchRegister};
    emptyTrash();
    const std::string bin = pathOf(kTrash);
    fs::create_directories(bin, ec);
    if (ec) return Error{file, ErrorCode::CannotRemoveRegister, {ec.message()}};
    for (const char* suffix : kCompanions) {
        const std::string from = pathOf(file) + suffix;
        if (!fs::exists(from, ec)) continue;
        fs::rename(from, bin + "/" + file + suffix, ec);
        if (ec && *suffix == 0) return Error{file, ErrorCode::CannotRemoveRegister, {ec.message()}};
    }
    fs::remove(pathOf(file) + "-journal", ec);  // none with journal_mode=MEMORY; old files may have one
    if (lastOpened().empty()) fs::remove(pathOf(kLastFile), ec);
    return okStatus();
}

Status RegisterLibrary::restore(const std::string& file) {
    Status s = checkFileName(file);
    if (!s) return s;
    std::error_code ec;
    const std::string bin = pathOf(kTrash);
    if (!fs::is_regular_file(bin + "/" + file, ec)) return Error{file, ErrorCode::NotInTrash};
    if (fs::exists(pathOf(file), ec)) return Error{file, ErrorCode::RegisterFileExists};
    for (const char* suffix : kCompanions) {
        const std::string from = bin + "/" + file + suffix;
        if (!fs::exists(from, ec)) continue;
        fs::rename(from, pathOf(file) + suffix, ec);
        if (ec && *suffix == 0) return Error{file, ErrorCode::CannotRestoreRegister, {ec.message()}};
    }
    return okStatus();
}

void RegisterLibrary::emptyTrash() {
    std::error_code ec;
    fs::remove_all(pathOf(kTrash), ec);
}

std::string RegisterLibrary::lastOpened() const {
    const std::string file = file::firstWord(pathOf(kLastFile));
    if (file.empty()) return "";
    std::error_code ec;
    if (!checkFileName(file).ok() || !fs::exists(pathOf(file), ec)) return "";
    return file;
}

void RegisterLibrary::setLastOpened(const std::string& file) {
    std::error_code ec;
    if (!m_folder.empty()) fs::create_directories(m_folder, ec);
    (void)file::write(pathOf(kLastFile), file + "\n");
}

}  // namespace air::app
