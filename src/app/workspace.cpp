// The workspace (see workspace.hpp). [SECTIONS] wiring · registers · settings · companions
#include "app/workspace.hpp"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "app/example_register.hpp"
#include "app/settings.hpp"
#include "core/file.hpp"

namespace air::app {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kLanguageKey = "language";  // "nl" | "en"
constexpr const char* kOldLanguageFile = "lang";  // earlier versions: the language alone
constexpr std::string_view kNoticePrefix = "notice.";

}  // namespace

// ============================================================================ [wiring]

Workspace::Workspace(std::string folder) : m_folder(std::move(folder)), m_library(m_folder) {
    m_model.setCommitHook([this] { committed(Change::Register); });
}

Workspace::~Workspace() = default;

void Workspace::committed(Change what) {
    if (m_persist) m_persist();
    for (const auto& fn : m_changed) fn(what);
}

// ============================================================================ [registers]

Status Workspace::start(const std::string& firstName) {
    readSettings();
    m_library.emptyTrash();  // a register deleted in an earlier session is gone for good
    std::string file = m_library.lastOpened();
    const auto regs = m_library.list();
    if (file.empty() || std::none_of(regs.begin(), regs.end(), [&](const RegisterEntry& r) { return r.file == file; })) {
        if (!regs.empty()) {
            file = regs.front().file;
        } else if (!readOnly()) {
            // The first register: created and opened on one connection (openNew).
            Result<std::string> created = m_library.newFileName();
            if (!created) return created.error();
            Status s = m_model.openNew(m_library.pathOf(*created), firstName);
            if (!s) {
                std::error_code ec;
                fs::remove(m_library.pathOf(*created), ec);
                return s;
            }
            s = opened(*created);
            committed(Change::Library);
            return s;
        } else {
            // Another tab is the writer and has not saved a register yet: show an empty one.
            m_open.clear();
            return m_model.open(":memory:");
        }
    }
    Status s = openPath(file);
    committed(Change::Library);
    return s;
}

Status Workspace::openPath(const std::string& file) {
    std::error_code ec;  // opening a missing file would create an empty register
    if (!fs::is_regular_file(m_library.pathOf(file), ec)) return Error{file, ErrorCode::NoSuchRegister};
    Status s = m_model.open(m_library.pathOf(file));
    if (!s) return s;
    return opened(file);
}

Status Workspace::opened(const std::string& file) {
    m_open = file;
    if (!readOnly()) m_library.setLastOpened(file);
    adoptRegisterPrefs();
    for (const auto& fn : m_opened) fn(file);
    return okStatus();
}

Status Workspace::open(const std::string& file) {
    Status s = openPath(file);
    if (s) committed(Change::Library);
    return s;
}

Result<std::string> Workspace::create(const std::string& name) {
    Result<std::string> r = m_library.create(name);
    if (r) committed(Change::Library);
    return r;
}

Status Workspace::rename(const std::string& file, const std::string& name) {
    if (isOpenFile(file)) return m_model.setRegisterName(name);  // its commit hook saves
    Status s = m_library.rename(file, name);
    if (s) committed(Change::Library);
    return s;
}

Status Workspace::remove(const std::string& file) {
    if (isOpenFile(file)) return Error{file, ErrorCode::OpenRegisterUndeletable};
    std::string name = file;
    for (const RegisterEntry& r : m_library.list())
        if (r.file == file) name = r.name;
    Status s = m_library.trash(file);
    if (!s) return s;
    m_removed = RegisterEntry{file, std::move(name)};
    committed(Change::Library);
    return s;
}

Status Workspace::restoreRemoved() {
    if (!m_removed) return Error{"", ErrorCode::NothingToRestore};
    Status s = m_library.restore(m_removed->file);
    m_removed.reset();
    if (s) committed(Change::Library);
    return s;
}

Result<std::string> Workspace::createExample() {
    Result<std::string> r = createExampleRegister(m_library);
    if (r) committed(Change::Library);
    return r;
}

Status Workspace::reload() {
    readSettings();
    if (m_open.empty()) return okStatus();
    return m_model.open(m_library.pathOf(m_open));
}

// ============================================================================ [settings]

void Workspace::readSettings() {
    m_settings.clear();
    const json j = json::parse(file::readOrEmpty(m_library.pathOf(kSettingsFile)), nullptr, false);
    if (j.is_object())
        for (const auto& [k, v] : j.items())
            if (v.is_string()) m_settings.insert_or_assign(k, v.get<std::string>());
    if (!m_settings.count(kLanguageKey)) {  // earlier versions kept the language in "lang"
        const std::string l = file::firstWord(m_library.pathOf(kOldLanguageFile));
        if (l == "en" || l == "nl") m_settings.insert_or_assign(kLanguageKey, l);
    }
    // Earlier versions: a dismissed notice was a file "notice-<name>".
    std::error_code ec;
    fs::directory_iterator it(m_folder.empty() ? "." : m_folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.rfind("notice-", 0) == 0)
            m_settings.emplace(std::string(kNoticePrefix) + name.substr(7), "seen");
    }
    m_model.setUserName(setting(settings::kPrefUserName));
}

Status Workspace::saveSettings() {
    if (readOnly()) return okStatus();
    json j = json::object();
    for (const auto& [k, v] : m_settings) j[k] = v;
    std::error_code ec;
    if (!m_folder.empty()) fs::create_directories(m_folder, ec);
    const std::string path = m_library.pathOf(kSettingsFile);
    if (!file::write(path, j.dump(2) + "\n")) return Error{path, ErrorCode::CannotWriteSettings};
    return okStatus();
}

void Workspace::adoptRegisterPrefs() {
    bool adopted = false;
    for (std::string_view key : settings::kPersonalPrefs) {
        if (m_settings.count(key)) continue;
        const std::string v = m_model.pref(key, "");
        if (v.empty()) continue;
        m_settings.insert_or_assign(std::string(key), v);
        adopted = true;
    }
    m_model.setUserName(setting(settings::kPrefUserName));
    if (adopted) (void)saveSettings();  // saved with the open that found them
}

std::optional<Lang> Workspace::language() const {
    const std::string l = setting(kLanguageKey);
    if (l == "en") return Lang::En;
    if (l == "nl") return Lang::Nl;
    return std::nullopt;
}

void Workspace::setLanguage(Lang lang) {
    // Remembered even when it cannot be stored (a read-only tab): this tab shows it.
    (void)setSetting(kLanguageKey, lang == Lang::En ? "en" : "nl");
}

std::string Workspace::setting(std::string_view key, std::string_view fallback) const {
    auto it = m_settings.find(key);
    return it == m_settings.end() ? std::string(fallback) : it->second;
}

Status Workspace::setSetting(std::string_view key, std::string_view value) {
    auto it = m_settings.find(key);
    if (it != m_settings.end() && it->second == value) return okStatus();
    m_settings.insert_or_assign(std::string(key), std::string(value));
    if (key == settings::kPrefUserName) m_model.setUserName(std::string(value));
    if (readOnly()) return okStatus();
    Status s = saveSettings();
    if (s) committed(Change::Settings);
    return s;
}

bool Workspace::noticeSeen(std::string_view name) const {
    return !setting(std::string(kNoticePrefix) + std::string(name)).empty();
}

void Workspace::markNoticeSeen(std::string_view name) {
    (void)setSetting(std::string(kNoticePrefix) + std::string(name), "seen");
}

// ============================================================================ [companions]

std::string Workspace::readCompanion(std::string_view suffix) const {
    if (m_open.empty()) return {};
    return file::readOrEmpty(m_library.pathOf(m_open) + std::string(suffix));
}

Status Workspace::writeCompanion(std::string_view suffix, const std::string& bytes) {
    if (m_open.empty() || readOnly()) return okStatus();
    const std::string path = m_library.pathOf(m_open) + std::string(suffix);
    if (!file::write(path, bytes)) return Error{path, ErrorCode::CannotWriteFile};
    committed(Change::Register);
    return okStatus();
}

}  // namespace air::app
