// AppModel: commands, undo/redo, change history and the in-memory copy (app_model.hpp). The
// state and the undo step are in app_model_impl.hpp; running a step is app_model_steps.cpp,
// importing a file app_model_import.cpp.
// [SECTIONS]
//   [open]      open and the reads
//   [commands]  add, update, delete, duplicate, organisation, register name, workshops
//   [undo]      undo / redo, limits
//   [prefs]     preferences and wiring
#include "app/app_model.hpp"

#include "app/app_model_impl.hpp"
#include "app/history_text.hpp"
#include "core/text.hpp"
#include "store/repository.hpp"
#include "store/schema.hpp"

namespace air::app {

// ---- [open] --------------------------------------------------------------------------------

AppModel::AppModel() : m(std::make_unique<Impl>()) {}
AppModel::~AppModel() = default;

Status AppModel::open(const std::string& path) { return openWith(path, nullptr); }
Status AppModel::openNew(const std::string& path, const std::string& name) { return openWith(path, &name); }

Status AppModel::openWith(const std::string& path, const std::string* newName) {
    // Everything is read before anything is replaced: a failed open leaves the current
    // register open and unchanged.
    Result<store::Db> db = store::openRegisterDb(path);
    if (!db) return db.error();
    if (newName) {
        Status named = writeRegisterName(*db, *newName, true);
        if (!named) return named;
    }
    std::vector<std::int64_t> apos, wpos;
    Result<Register> r = store::loadRegister(*db, &apos, &wpos);
    if (!r) return r.error();
    Result<std::string> name = store::getMeta(*db, store::kMetaRegisterName);
    if (!name) return name.error();
    auto prefs = store::allPrefs(*db);
    if (!prefs) return prefs.error();

    Impl& x = *m;
    x.db = std::move(*db);
    x.path = path;
    x.acts = std::move(r->activities);
    x.actPos = std::move(apos);
    x.assess.clear();
    x.assess.reserve(x.acts.size());
    for (const Activity& a : x.acts) x.assess.push_back(rules::assess(a));
    x.stamps.resize(x.acts.size());
    for (std::uint64_t& st : x.stamps) st = ++x.lastStamp;
    x.rebuildIndex();
    x.ws = std::move(r->workshops);
    x.wsPos = std::move(wpos);
    x.organisation = std::move(r->organisation);
    x.extra = std::move(r->extra);
    x.controller = std::move(r->controller);
    x.framework = std::move(r->framework);
    x.rulesVersion = std::move(r->rules_version);
    x.tombs.clear();
    for (Tombstone& t : r->deleted) {
        std::string id = t.id;
        x.tombs.emplace(std::move(id), std::move(t));
    }
    x.registerName = std::move(*name);
    x.prefs.clear();
    for (auto& [k, v] : *prefs) x.prefs.emplace(std::move(k), std::move(v));
    x.undo.clear();
    x.redo.clear();
    x.stackBytes = 0;
    ++x.revision;
    return okStatus();
}

bool AppModel::isOpen() const { return m->db.isOpen(); }
const std::string& AppModel::path() const { return m->path; }
std::uint64_t AppModel::revision() const { return m->revision; }
const std::vector<Activity>& AppModel::activities() const { return m->acts; }
const std::vector<rules::Assessment>& AppModel::assessments() const { return m->assess; }
const std::vector<std::uint64_t>& AppModel::activityStamps() const { return m->stamps; }
int AppModel::openBlockers() const {
    if (!m->blockers || m->blockers->first != m->revision) {
        int n = 0;
        for (const rules::Assessment& as : m->assess) n += as.blockers();
        m->blockers = std::pair{m->revision, n};
    }
    return m->blockers->second;
}
const std::vector<Workshop>& AppModel::workshops() const { return m->ws; }
const std::string& AppModel::organisation() const { return m->organisation; }
const std::string& AppModel::registerName() const { return m->registerName; }
const std::string& AppModel::extra() const { return m->extra; }

const Activity* AppModel::find(std::string_view id) const {
    std::optional<std::size_t> at = m->actAt(id);
    return at ? &m->acts[*at] : nullptr;
}

const rules::Assessment* AppModel::assessment(std::string_view id) const {
    std::optional<std::size_t> at = m->actAt(id);
    return at ? &m->assess[*at] : nullptr;
}

std::vector<HistoryEntry> AppModel::history(std::string_view activityId, int limit) const {
    // Newest first. Read from the database (history is not kept in memory).
    std::vector<HistoryEntry> out;
    if (!m->db.isOpen()) return out;
    Result<std::vector<store::HistoryRow>> rows = store::listHistory(m->db, activityId, limit);
    if (!rows) return out;
    out.reserve(rows->size());
    for (store::HistoryRow& r : *rows)
        out.push_back({r.id, std::move(r.activity_id), std::move(r.at), std::move(r.user),
                       std::move(r.field), std::move(r.old_value), std::move(r.new_value)});
    return out;
}

Register AppModel::toRegister() const {
    Register r;
    r.organisation = m->organisation;
    r.activities = m->acts;
    r.workshops = m->ws;
    r.extra = m->extra;
    r.controller = m->controller;
    r.framework = m->framework;
    r.rules_version = m->rulesVersion;
    r.deleted.reserve(m->tombs.size());
    for (const auto& [id, t] : m->tombs) r.deleted.push_back(t);
    return r;
}

// ---- [commands] ----------------------------------------------------------------------------

Result<std::string> AppModel::addActivity(Activity a) {
    if (!isOpen()) return notOpen();
    if (a.id.empty()) a.id = m->ids();
    if (m->actAt(a.id)) return Error{Location{Place::Activity, {a.id}}, ErrorCode::ActivityExists};
    const std::string now = m->clock();
    a.created_at = a.updated_at = now;
    const std::string id = a.id;
    Step step{StepKind::Add, a.name, {}, {}, {}, 0, {}, {}};
    step.acts.push_back({id, std::nullopt, ActState{std::move(a), m->nextActPos()}, {}});
    Status s = m->runCommand(std::move(step), now);
    if (!s) return s.error();
    return id;
}

Status AppModel::updateActivity(const Activity& after) {
    if (!isOpen()) return notOpen();
    std::optional<std::size_t> at = m->actAt(after.id);
    if (!at) return Error{Location{Place::Activity, {after.id}}, ErrorCode::NoSuchActivity};
    const Activity& cur = m->acts[*at];
    if (diffActivity(cur, after).empty()) return okStatus();  // nothing changed: no step
    Activity next = after;
    const std::string now = m->clock();
    next.updated_at = now;
    const std::int64_t pos = m->actPos[*at];
    Step step{StepKind::Edit, next.name, {}, {}, {}, 0, {}, {}};
    step.acts.push_back({next.id, ActState{cur, pos}, ActState{std::move(next), pos}, {}});
    return m->runCommand(std::move(step), now);
}

Status AppModel::deleteActivity(std::string_view id) {
    if (!isOpen()) return notOpen();
    std::optional<std::size_t> at = m->actAt(id);
    if (!at) return Error{Location{Place::Activity, {std::string(id)}}, ErrorCode::NoSuchActivity};
    // Leaves a tombstone dated now in the same transaction, so that a merge with an older
    // file does not bring the activity back.
    const std::string now = m->clock();
    Step step{StepKind::Delete, m->acts[*at].name, {}, {}, {}, 0, {}, {}};
    step.acts.push_back({std::string(id), ActState{m->acts[*at], m->actPos[*at]}, std::nullopt, {}});
    std::optional<Tombstone> before;
    if (const Tombstone* t = m->tombOf(id)) before = *t;
    step.tombs.push_back({std::string(id), std::move(before), Tombstone{std::string(id), now, ""}});
    return m->runCommand(std::move(step), now);
}

Result<std::string> AppModel::duplicateActivity(std::string_view id) {
    // The copy is a new activity: fresh id and timestamps, review back to draft, placed last.
    if (!isOpen()) return notOpen();
    std::optional<std::size_t> at = m->actAt(id);
    if (!at) return Error{Location{Place::Activity, {std::string(id)}}, ErrorCode::NoSuchActivity};
    Activity copy = m->acts[*at];
    copy.id = m->ids();
    if (m->actAt(copy.id)) return Error{Location{Place::Activity, {copy.id}}, ErrorCode::ActivityExists};
    copy.name += m->lang == Lang::Nl ? " (kopie)" : " (copy)";
    copy.review = Review{};
    const std::string now = m->clock();
    copy.created_at = copy.updated_at = now;
    const std::string newId = copy.id;
    Step step{StepKind::Duplicate, m->acts[*at].name, {}, {}, {}, 0, {}, {}};
    step.acts.push_back({newId, std::nullopt, ActState{std::move(copy), m->nextActPos()}, {}});
    Status s = m->runCommand(std::move(step), now);
    if (!s) return s.error();
    return newId;
}

Status AppModel::setOrganisation(const std::string& organisation) {
    if (!isOpen()) return notOpen();
    if (organisation == m->organisation) return okStatus();
    Step step{StepKind::Organisation, organisation, {}, {}, {}, 0, {}, {}};
    step.meta.push_back({store::kMetaOrganisation, m->organisation, organisation});
    return m->runCommand(std::move(step), m->clock());
}

const std::optional<Controller>& AppModel::controller() const { return m->controller; }

const std::string& AppModel::rulesVersion() const { return m->rulesVersion; }

Status AppModel::setRulesVersion(const std::string& version) {
    if (!isOpen()) return notOpen();
    if (version == m->rulesVersion) return okStatus();
    Step step{StepKind::RulesSeen, version, {}, {}, {}, 0, {}, {}};
    step.meta.push_back({store::kMetaRulesVersion, m->rulesVersion, version});
    return m->runCommand(std::move(step), m->clock());
}

Status AppModel::setController(const std::optional<Controller>& controller) {
    if (!isOpen()) return notOpen();
    if (controller == m->controller) return okStatus();
    Step step{StepKind::Controller, controller ? controller->name : std::string(), {}, {}, {}, 0, {}, {}};
    controllerChanges(step, m->controller, controller);
    return m->runCommand(std::move(step), m->clock());
}

Status AppModel::setRegisterName(const std::string& name) {
    if (!isOpen()) return notOpen();
    if (name == m->registerName) return okStatus();
    Step step{StepKind::RegisterName, name, {}, {}, {}, 0, {}, {}};
    step.meta.push_back({store::kMetaRegisterName, m->registerName, name});
    return m->runCommand(std::move(step), m->clock());
}

Status AppModel::upsertWorkshop(const Workshop& w) {
    if (!isOpen()) return notOpen();
    Workshop next = w;
    if (next.id.empty()) next.id = m->ids();
    std::optional<std::size_t> at = m->wsAt(next.id);
    if (at && m->ws[*at] == next) return okStatus();
    Step step{at ? StepKind::EditWorkshop : StepKind::AddWorkshop, next.title, {}, {}, {}, 0, {}, {}};
    std::optional<WsState> before;
    if (at) before = WsState{m->ws[*at], m->wsPos[*at]};
    const std::int64_t pos = at ? m->wsPos[*at] : m->nextWsPos();
    const std::string id = next.id;
    step.workshops.push_back({id, std::move(before), WsState{std::move(next), pos}});
    return m->runCommand(std::move(step), m->clock());
}

Status AppModel::deleteWorkshop(std::string_view id) {
    if (!isOpen()) return notOpen();
    std::optional<std::size_t> at = m->wsAt(id);
    if (!at) return Error{Location{Place::Workshop, {std::string(id)}}, ErrorCode::NoSuchWorkshop};
    Step step{StepKind::DeleteWorkshop, m->ws[*at].title, {}, {}, {}, 0, {}, {}};
    step.workshops.push_back({std::string(id), WsState{m->ws[*at], m->wsPos[*at]}, std::nullopt});
    return m->runCommand(std::move(step), m->clock());
}

const std::vector<FrameworkItem>& AppModel::framework() const { return m->framework; }

Result<std::string> AppModel::upsertFrameworkItem(const FrameworkItem& item) {
    if (!isOpen()) return notOpen();
    FrameworkItem next = item;
    if (next.id.empty()) next.id = m->ids();
    if (text::isBlank(next.text)) return Error{"framework", ErrorCode::EmptyValue};
    FrameworkChange change{m->framework, m->framework};
    auto it = std::find_if(change.after.begin(), change.after.end(),
                           [&](const FrameworkItem& f) { return f.id == next.id; });
    if (it != change.after.end() && *it == next) return next.id;
    const std::string id = next.id;
    Step step{StepKind::Framework, next.text, {}, {}, {}, 0, {}, {}};
    if (it != change.after.end()) *it = std::move(next);
    else change.after.push_back(std::move(next));
    step.framework = std::move(change);
    Status s = m->runCommand(std::move(step), m->clock());
    if (!s) return s.error();
    return id;
}

Status AppModel::deleteFrameworkItem(std::string_view id) {
    if (!isOpen()) return notOpen();
    FrameworkChange change{m->framework, m->framework};
    auto it = std::find_if(change.after.begin(), change.after.end(), [&](const FrameworkItem& f) { return f.id == id; });
    if (it == change.after.end()) return okStatus();
    Step step{StepKind::Framework, it->text, {}, {}, {}, 0, {}, {}};
    change.after.erase(it);
    step.framework = std::move(change);
    return m->runCommand(std::move(step), m->clock());
}

// ---- [undo] --------------------------------------------------------------------------------

bool AppModel::canUndo() const { return !m->undo.empty(); }
bool AppModel::canRedo() const { return !m->redo.empty(); }
std::string AppModel::undoLabel() const { return m->undo.empty() ? "" : stepLabel(m->undo.back(), m->lang); }
std::string AppModel::redoLabel() const { return m->redo.empty() ? "" : stepLabel(m->redo.back(), m->lang); }

Status AppModel::undo() {
    // Writes the newest step's "before" state in one transaction (with history entries for
    // what changes back), then moves the step to the redo stack.
    if (!isOpen()) return notOpen();
    if (m->undo.empty()) return Error{"undo", ErrorCode::NothingToUndo};
    Status s = m->execute(m->undo.back(), false, false, m->clock());
    if (!s) return s;
    Step step = std::move(m->undo.back());
    m->undo.pop_back();
    m->stackBytes -= step.bytes;
    step.bytes = bytesOf(step);  // it may now carry the history of a removed activity
    m->stackBytes += step.bytes;
    m->redo.push_back(std::move(step));
    m->committed();
    return okStatus();
}

Status AppModel::redo() {
    if (!isOpen()) return notOpen();
    if (m->redo.empty()) return Error{"redo", ErrorCode::NothingToRedo};
    Status s = m->execute(m->redo.back(), true, false, m->clock());
    if (!s) return s;
    Step step = std::move(m->redo.back());
    m->redo.pop_back();
    m->stackBytes -= step.bytes;
    step.bytes = bytesOf(step);
    m->stackBytes += step.bytes;
    m->undo.push_back(std::move(step));
    m->trim();
    m->committed();
    return okStatus();
}

void AppModel::setUndoLimits(std::size_t maxSteps, std::size_t maxBytes) {
    m->maxSteps = maxSteps;
    m->maxBytes = maxBytes;
    m->trim();
}

// ---- [prefs] -------------------------------------------------------------------------------

std::string AppModel::pref(std::string_view key, std::string_view fallback) const {
    return m->prefOr(key, fallback);
}

Status AppModel::setPref(std::string_view key, std::string_view value) {
    // Stored at once (its own small write, not undoable), then the commit hook.
    if (!isOpen()) return notOpen();
    auto it = m->prefs.find(key);
    if (it != m->prefs.end() && it->second == value) return okStatus();
    Status s = store::setPref(m->db, key, value);
    if (!s) return s;
    m->prefs.insert_or_assign(std::string(key), std::string(value));
    m->committed();
    return okStatus();
}

void AppModel::setCommitHook(std::function<void()> hook) { m->hook = std::move(hook); }
void AppModel::setUserName(std::string name) { m->userName = std::move(name); }
void AppModel::setClock(std::function<std::string()> now) { m->clock = std::move(now); }
void AppModel::setIdGenerator(std::function<std::string()> gen) { m->ids = std::move(gen); }
void AppModel::setLanguage(Lang lang) { m->lang = lang; }

}  // namespace air::app
