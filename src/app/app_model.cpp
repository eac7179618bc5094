// AppModel: commands, undo/redo, change history and the in-memory copy (app_model.hpp).
// [SECTIONS]
//   [steps]     an undo step = snapshots (before/after) of the touched activities, workshops
//               and meta values; its size estimate and its label
//   [impl]      the state: database, in-memory copy with positions and assessments, undo stacks
//   [refresh]   bringing the in-memory copy up to date after a commit (touched rows only)
//   [execute]   writing a step in one transaction, with its history entries
//   [open]      open and the reads
//   [commands]  add, update, delete, duplicate, organisation, register name, workshops
//   [import]    import Replace / Merge as one step
//   [undo]      undo / redo, limits
//   [prefs]     preferences and wiring
#include "app/app_model.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <unordered_map>
#include <cstddef>
#include <unordered_set>

#include "core/fields.hpp"
#include "app/history_text.hpp"
#include "io/merge.hpp"
#include "store/repository.hpp"
#include "store/schema.hpp"

namespace air::app {

// ---- [steps] -------------------------------------------------------------------------------
namespace {

struct ActState {
    Activity a;
    std::int64_t pos = 0;
};
struct WsState {
    Workshop w;
    std::int64_t pos = 0;
};

// One activity before and after a step; nullopt = absent. `history` holds the activity's
// history rows taken when a step removed it, to put back when a later undo/redo re-creates it.
struct ActChange {
    std::string id;
    std::optional<ActState> before, after;
    std::vector<store::HistoryRow> history;
};
struct WsChange {
    std::string id;
    std::optional<WsState> before, after;
};
// A tombstone before and after a step; nullopt = none for that id.
struct TombChange {
    std::string id;
    std::optional<Tombstone> before, after;
};
struct MetaChange {
    std::string_view key;  // one of store::kMeta*
    std::string before, after;
};

enum class StepKind {
    Add, Edit, Delete, Duplicate, Organisation, Controller, RulesSeen, RegisterName, AddWorkshop, EditWorkshop,
    DeleteWorkshop, Import
};

struct Step {
    StepKind kind = StepKind::Edit;
    std::string subject;  // the activity's name, the workshop's title, ...
    std::vector<ActChange> acts;
    std::vector<WsChange> workshops;
    std::vector<MetaChange> meta;
    std::size_t bytes = 0;  // estimate, for the undo budget
    std::vector<TombChange> tombs;
};

// The controller text a meta key names (store::kMetaControllerKeys order); nullptr otherwise.
std::string* controllerField(Controller& c, std::string_view key) {
    std::string* fields[] = {&c.name, &c.address, &c.contact, &c.dpo.name, &c.dpo.contact};
    for (std::size_t i = 0; i < std::size(fields); ++i)
        if (store::kMetaControllerKeys[i] == key) return fields[i];
    return nullptr;
}

// Meta changes that turn controller `before` into `after`: presence first, then every text,
// so that applying them in order (either way) leaves exactly the target.
void controllerChanges(Step& step, const std::optional<Controller>& before, const std::optional<Controller>& after) {
    step.meta.push_back({store::kMetaController, before ? "1" : "", after ? "1" : ""});
    Controller b = before.value_or(Controller{}), a = after.value_or(Controller{});
    for (std::string_view key : store::kMetaControllerKeys)
        step.meta.push_back({key, *controllerField(b, key), *controllerField(a, key)});
}

std::size_t bytesOf(const Activity& a) {
    std::size_t n = sizeof(Activity) + a.extra.size();
    for (const ActivityField& f : activityFields()) n += f.bytes(a);
    return n;
}

std::size_t bytesOf(const Workshop& w) {
    std::size_t n = sizeof(Workshop) + w.id.size() + w.title.size() + w.date.size() +
                    w.facilitator.size() + w.extra.size();
    for (const std::string& id : w.activity_ids) n += sizeof(std::string) + id.size();
    for (const Vote& v : w.votes) n += sizeof(Vote) + v.activity_id.size();
    for (const WorkshopNote& x : w.notes) n += sizeof(WorkshopNote) + x.activity_id.size() + x.text.size();
    for (const WorkshopAction& x : w.actions)
        n += sizeof(WorkshopAction) + x.activity_id.size() + x.text.size() + x.owner.size() + x.due.size();
    return n;
}

std::size_t bytesOf(const Step& s) {
    std::size_t n = sizeof(Step) + s.subject.size();
    for (const ActChange& c : s.acts) {
        n += sizeof(ActChange) + c.id.size();
        if (c.before) n += bytesOf(c.before->a);
        if (c.after) n += bytesOf(c.after->a);
        for (const store::HistoryRow& h : c.history)
            n += sizeof(h) + h.activity_id.size() + h.at.size() + h.user.size() + h.field.size() +
                 h.old_value.size() + h.new_value.size();
    }
    for (const WsChange& c : s.workshops) {
        n += sizeof(WsChange) + c.id.size();
        if (c.before) n += bytesOf(c.before->w);
        if (c.after) n += bytesOf(c.after->w);
    }
    for (const MetaChange& c : s.meta) n += sizeof(MetaChange) + c.before.size() + c.after.size();
    for (const TombChange& c : s.tombs) {
        n += sizeof(TombChange) + c.id.size();
        for (const std::optional<Tombstone>* t : {&c.before, &c.after})
            if (*t) n += sizeof(Tombstone) + (*t)->id.size() + (*t)->deleted_at.size() + (*t)->extra.size();
    }
    return n;
}

// "edit Lead scoring" / "Lead scoring bewerken": what undo/redo would do, for menus and tooltips.
std::string stepLabel(const Step& s, Lang lang) {
    const bool nl = lang == Lang::Nl;
    const std::string& x = s.subject;
    switch (s.kind) {
        case StepKind::Add: return nl ? x + " toevoegen" : "add " + x;
        case StepKind::Edit: return nl ? x + " bewerken" : "edit " + x;
        case StepKind::Delete: return nl ? x + " verwijderen" : "delete " + x;
        case StepKind::Duplicate: return nl ? x + " dupliceren" : "duplicate " + x;
        case StepKind::Organisation: return nl ? "organisatie wijzigen" : "change organisation";
        case StepKind::Controller: return nl ? "verwerkingsverantwoordelijke wijzigen" : "change controller";
        case StepKind::RulesSeen: return nl ? "wijzigingen van de regelset gezien" : "rule set changes seen";
        case StepKind::RegisterName: return nl ? "register hernoemen" : "rename register";
        case StepKind::AddWorkshop: return nl ? "workshop " + x + " toevoegen" : "add workshop " + x;
        case StepKind::EditWorkshop: return nl ? "workshop " + x + " bewerken" : "edit workshop " + x;
        case StepKind::DeleteWorkshop:
            return nl ? "workshop " + x + " verwijderen" : "delete workshop " + x;
        case StepKind::Import: return nl ? "registerbestand importeren" : "import register file";
    }
    return x;
}

Error notOpen() { return Error{"register", "no register is open"}; }

}  // namespace

// ---- [impl] --------------------------------------------------------------------------------

struct AppModel::Impl {
    store::Db db;
    std::string path;

    // In-memory copy, activities in register order (ascending pos), three parallel vectors.
    std::vector<Activity> acts;
    std::vector<std::int64_t> actPos;
    std::vector<rules::Assessment> assess;
    std::unordered_map<std::string, std::size_t> actIndex;
    std::vector<Workshop> ws;
    std::vector<std::int64_t> wsPos;
    std::string organisation, registerName, extra;
    std::optional<Controller> controller;  // the top-level "controller" (meta rows in the store)
    std::string rulesVersion;              // Register::rules_version
    std::map<std::string, Tombstone, std::less<>> tombs;  // deleted activities, by id
    std::map<std::string, std::string, std::less<>> prefs;
    std::uint64_t revision = 0;
    mutable std::optional<std::pair<std::uint64_t, int>> blockers;  // {revision, count}

    std::deque<Step> undo, redo;
    std::size_t stackBytes = 0;  // undo + redo
    std::size_t maxSteps = 100;
    std::size_t maxBytes = std::size_t(32) << 20;

    std::function<void()> hook;
    std::function<std::string()> clock = nowRfc3339;
    std::function<std::string()> ids = newUuid;
    Lang lang = Lang::En;

    std::optional<std::size_t> actAt(std::string_view id) const {
        auto it = actIndex.find(std::string(id));
        if (it == actIndex.end()) return std::nullopt;
        return it->second;
    }
    const Tombstone* tombOf(std::string_view id) const {
        auto it = tombs.find(id);
        return it == tombs.end() ? nullptr : &it->second;
    }
    std::optional<std::size_t> wsAt(std::string_view id) const {
        for (std::size_t i = 0; i < ws.size(); ++i)
            if (ws[i].id == id) return i;
        return std::nullopt;
    }
    std::int64_t nextActPos() const { return actPos.empty() ? 1 : actPos.back() + 1; }
    std::int64_t nextWsPos() const {
        std::int64_t p = 0;
        for (std::int64_t x : wsPos) p = std::max(p, x);
        return p + 1;
    }
    std::string prefOr(std::string_view key, std::string_view fallback) const {
        auto it = prefs.find(key);
        return it == prefs.end() ? std::string(fallback) : it->second;
    }
    void committed() {
        if (hook) hook();
    }
    void rebuildIndex() {
        actIndex.clear();
        actIndex.reserve(acts.size());
        for (std::size_t i = 0; i < acts.size(); ++i) actIndex.emplace(acts[i].id, i);
    }

    void refresh(const Step& step, bool forward);      // activities
    void refreshRest(const Step& step, bool forward);  // workshops and meta
    Status execute(Step& step, bool forward, bool isCommand, const std::string& now);
    Status runCommand(Step step, const std::string& now);
    void pushUndo(Step step);
    void trim();
};

// ---- [refresh] -----------------------------------------------------------------------------

void AppModel::Impl::refresh(const Step& step, bool forward) {
    // Applies the step's target states to the in-memory copy and re-assesses only the touched
    // activities. A few removals/insertions are done in place (one shift of the vectors); many
    // (imports) rebuild the order once through a sorted permutation. Order = ascending pos;
    // an inserted activity goes after those with the same pos.
    std::vector<std::size_t> removeAt;
    std::vector<const ActState*> insert;
    for (const ActChange& c : step.acts) {
        const std::optional<ActState>& target = forward ? c.after : c.before;
        const std::optional<std::size_t> at = actAt(c.id);
        if (!target) {
            if (at) removeAt.push_back(*at);
        } else if (at && actPos[*at] == target->pos) {
            acts[*at] = target->a;
            assess[*at] = rules::assess(acts[*at]);
        } else {
            if (at) removeAt.push_back(*at);  // moved: out and back in at its new place
            insert.push_back(&*target);
        }
    }
    if (removeAt.empty() && insert.empty()) return;

    constexpr std::size_t kInPlaceLimit = 16;
    if (removeAt.size() + insert.size() <= kInPlaceLimit) {
        std::sort(removeAt.begin(), removeAt.end());
        std::size_t lowest = acts.size();
        for (auto it = removeAt.rbegin(); it != removeAt.rend(); ++it) {
            actIndex.erase(acts[*it].id);
            acts.erase(acts.begin() + std::ptrdiff_t(*it));
            actPos.erase(actPos.begin() + std::ptrdiff_t(*it));
            assess.erase(assess.begin() + std::ptrdiff_t(*it));
            lowest = *it;
        }
        for (const ActState* st : insert) {
            const std::size_t i =
                std::size_t(std::upper_bound(actPos.begin(), actPos.end(), st->pos) - actPos.begin());
            acts.insert(acts.begin() + std::ptrdiff_t(i), st->a);
            actPos.insert(actPos.begin() + std::ptrdiff_t(i), st->pos);
            assess.insert(assess.begin() + std::ptrdiff_t(i), rules::assess(st->a));
            actIndex.emplace(st->a.id, i);
            lowest = std::min(lowest, i);
        }
        for (std::size_t i = lowest; i < acts.size(); ++i) actIndex[acts[i].id] = i;
        return;
    }

    // Many changes: keep the survivors, add the new ones, sort a permutation, move once.
    std::vector<char> gone(acts.size(), 0);
    for (std::size_t i : removeAt) gone[i] = 1;
    std::vector<Activity> a2;
    std::vector<std::int64_t> p2;
    std::vector<rules::Assessment> s2;
    for (std::size_t i = 0; i < acts.size(); ++i) {
        if (gone[i]) continue;
        a2.push_back(std::move(acts[i]));
        p2.push_back(actPos[i]);
        s2.push_back(std::move(assess[i]));
    }
    for (const ActState* st : insert) {
        a2.push_back(st->a);
        p2.push_back(st->pos);
        s2.push_back(rules::assess(st->a));
    }
    std::vector<std::size_t> order(a2.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return p2[x] < p2[y]; });
    acts.clear();
    actPos.clear();
    assess.clear();
    acts.reserve(order.size());
    actPos.reserve(order.size());
    assess.reserve(order.size());
    for (std::size_t i : order) {
        acts.push_back(std::move(a2[i]));
        actPos.push_back(p2[i]);
        assess.push_back(std::move(s2[i]));
    }
    rebuildIndex();
}

void AppModel::Impl::refreshRest(const Step& step, bool forward) {
    if (!step.workshops.empty()) {
        struct WRow {
            Workshop w;
            std::int64_t pos;
        };
        std::vector<WRow> rows;
        for (std::size_t i = 0; i < ws.size(); ++i) rows.push_back({std::move(ws[i]), wsPos[i]});
        for (const WsChange& c : step.workshops) {
            const std::optional<WsState>& target = forward ? c.after : c.before;
            auto it = std::find_if(rows.begin(), rows.end(), [&](const WRow& r) { return r.w.id == c.id; });
            if (it != rows.end()) rows.erase(it);
            if (target) rows.push_back({target->w, target->pos});
        }
        std::stable_sort(rows.begin(), rows.end(), [](const WRow& x, const WRow& y) { return x.pos < y.pos; });
        ws.clear();
        wsPos.clear();
        for (WRow& r : rows) {
            ws.push_back(std::move(r.w));
            wsPos.push_back(r.pos);
        }
    }

    for (const MetaChange& c : step.meta) {
        const std::string& v = forward ? c.after : c.before;
        if (c.key == store::kMetaOrganisation) organisation = v;
        else if (c.key == store::kMetaRegisterName) registerName = v;
        else if (c.key == store::kMetaExtra) extra = v;
        else if (c.key == store::kMetaRulesVersion) rulesVersion = v;
        else if (c.key == store::kMetaController) {
            if (v == "1") controller.emplace();
            else controller.reset();
        } else if (controller) {
            if (std::string* field = controllerField(*controller, c.key)) *field = v;
        }
    }
}

// ---- [execute] -----------------------------------------------------------------------------

Status AppModel::Impl::execute(Step& step, bool forward, bool isCommand, const std::string& now) {
    // Writes the step's target states (after when forward, before when backward) in one
    // transaction with their history entries (stamped `now`), then refreshes memory and bumps
    // the revision. On any error the transaction rolls back and memory is untouched. The
    // caller calls the hook. Undo and redo (not a command) are the newest change to what they
    // touch: an activity they write or re-create gets updated_at = now, a tombstone they put
    // back deleted_at = now (so a later merge never re-applies an undone edit or deletion).
    // Undoing an addition leaves no tombstone: the addition never happened.
    if (!db.isOpen()) return notOpen();
    Result<store::Tx> tx = store::Tx::begin(db, "saving a change");
    if (!tx) return tx.error();
    const std::string user = prefOr("user_name", "");

    std::vector<std::pair<std::string, std::optional<Tombstone>>> tombWrites;
    for (TombChange& c : step.tombs) {
        std::optional<Tombstone>& target = forward ? c.after : c.before;
        if (target && !isCommand) target->deleted_at = now;  // redo of a delete: deleted now
        tombWrites.emplace_back(c.id, target);
    }
    for (const auto& [id, t] : tombWrites) {
        Status s = t ? store::saveTombstone(db, *t) : store::deleteTombstone(db, id);
        if (!s) return s;
    }

    for (ActChange& c : step.acts) {
        std::optional<ActState>& target = forward ? c.after : c.before;
        const std::optional<ActState>& current = forward ? c.before : c.after;
        if (target && !isCommand) target->a.updated_at = now;
        if (!target) {
            if (current) {  // keep its history, so undoing the removal can put it back
                Result<std::vector<store::HistoryRow>> h = store::listHistory(db, c.id, -1, true);
                if (!h) return h.error();
                c.history = std::move(*h);
            }
            Status s = store::deleteActivity(db, c.id);
            if (!s) return s;
            continue;
        }
        Status s = store::saveActivity(db, target->a, target->pos);
        if (!s) return s;
        std::vector<store::HistoryRow> rows;
        if (!current) {
            if (isCommand)
                rows.push_back({0, c.id, now, user,
                                step.kind == StepKind::Import ? "imported" : "created", "",
                                target->a.name});
            else
                rows = c.history;  // re-created by undo/redo: its history comes back with it
        } else {
            for (FieldChange& d : diffActivity(current->a, target->a))
                rows.push_back({0, c.id, now, user, std::move(d.field), std::move(d.old_value),
                                std::move(d.new_value)});
        }
        for (const store::HistoryRow& row : rows) {
            Result<std::int64_t> r = store::appendHistory(db, row);
            if (!r) return r.error();
        }
    }
    for (const WsChange& c : step.workshops) {
        const std::optional<WsState>& target = forward ? c.after : c.before;
        Status s = target ? store::saveWorkshop(db, target->w, target->pos) : store::deleteWorkshop(db, c.id);
        if (!s) return s;
    }
    for (const MetaChange& c : step.meta) {
        Status s = store::setMeta(db, c.key, forward ? c.after : c.before);
        if (!s) return s;
    }
    Status s = tx->commit();
    if (!s) return s;
    refresh(step, forward);
    refreshRest(step, forward);
    for (auto& [id, t] : tombWrites) {
        if (t) tombs.insert_or_assign(id, std::move(*t));
        else if (auto it = tombs.find(id); it != tombs.end()) tombs.erase(it);
    }
    ++revision;
    return okStatus();
}

Status AppModel::Impl::runCommand(Step step, const std::string& now) {
    // An activity the command writes is alive: its tombstone (if any) goes, undoably.
    for (const ActChange& c : step.acts) {
        if (!c.after) continue;
        const Tombstone* t = tombOf(c.id);
        if (!t) continue;
        const bool listed = std::any_of(step.tombs.begin(), step.tombs.end(),
                                        [&](const TombChange& x) { return x.id == c.id; });
        if (!listed) step.tombs.push_back({c.id, *t, std::nullopt});
    }
    Status s = execute(step, true, true, now);
    if (!s) return s;
    pushUndo(std::move(step));
    committed();
    return okStatus();
}

void AppModel::Impl::pushUndo(Step step) {
    for (const Step& r : redo) stackBytes -= r.bytes;
    redo.clear();
    step.bytes = bytesOf(step);
    stackBytes += step.bytes;
    undo.push_back(std::move(step));
    trim();
}

void AppModel::Impl::trim() {
    // Drops the oldest steps beyond the limits; the newest step stays even when it alone is
    // over the byte budget (so the last change can always be undone), unless maxSteps is 0.
    while (!undo.empty() &&
           (undo.size() > maxSteps || (stackBytes > maxBytes && undo.size() > 1))) {
        stackBytes -= undo.front().bytes;
        undo.pop_front();
    }
}

// ---- [open] --------------------------------------------------------------------------------

AppModel::AppModel() : m(std::make_unique<Impl>()) {}
AppModel::~AppModel() = default;

Status AppModel::open(const std::string& path) {
    // Everything is read before anything is replaced: a failed open leaves the current
    // register open and unchanged.
    Result<store::Db> db = store::openRegisterDb(path);
    if (!db) return db.error();
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
    x.rebuildIndex();
    x.ws = std::move(r->workshops);
    x.wsPos = std::move(wpos);
    x.organisation = std::move(r->organisation);
    x.extra = std::move(r->extra);
    x.controller = std::move(r->controller);
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
    r.rules_version = m->rulesVersion;
    r.deleted.reserve(m->tombs.size());
    for (const auto& [id, t] : m->tombs) r.deleted.push_back(t);
    return r;
}

// ---- [commands] ----------------------------------------------------------------------------

Result<std::string> AppModel::addActivity(Activity a) {
    if (!isOpen()) return notOpen();
    if (a.id.empty()) a.id = m->ids();
    if (m->actAt(a.id)) return Error{"activity '" + a.id + "'", "an activity with this id already exists"};
    const std::string now = m->clock();
    a.created_at = a.updated_at = now;
    const std::string id = a.id;
    Step step{StepKind::Add, a.name, {}, {}, {}, 0, {}};
    step.acts.push_back({id, std::nullopt, ActState{std::move(a), m->nextActPos()}, {}});
    Status s = m->runCommand(std::move(step), now);
    if (!s) return s.error();
    return id;
}

Status AppModel::updateActivity(const Activity& after) {
    if (!isOpen()) return notOpen();
    std::optional<std::size_t> at = m->actAt(after.id);
    if (!at) return Error{"activity '" + after.id + "'", "no such activity"};
    const Activity& cur = m->acts[*at];
    if (diffActivity(cur, after).empty()) return okStatus();  // nothing changed: no step
    Activity next = after;
    const std::string now = m->clock();
    next.updated_at = now;
    const std::int64_t pos = m->actPos[*at];
    Step step{StepKind::Edit, next.name, {}, {}, {}, 0, {}};
    step.acts.push_back({next.id, ActState{cur, pos}, ActState{std::move(next), pos}, {}});
    return m->runCommand(std::move(step), now);
}

Status AppModel::deleteActivity(std::string_view id) {
    if (!isOpen()) return notOpen();
    std::optional<std::size_t> at = m->actAt(id);
    if (!at) return Error{"activity '" + std::string(id) + "'", "no such activity"};
    // Leaves a tombstone dated now in the same transaction, so that a merge with an older
    // file does not bring the activity back.
    const std::string now = m->clock();
    Step step{StepKind::Delete, m->acts[*at].name, {}, {}, {}, 0, {}};
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
    if (!at) return Error{"activity '" + std::string(id) + "'", "no such activity"};
    Activity copy = m->acts[*at];
    copy.id = m->ids();
    if (m->actAt(copy.id)) return Error{"activity '" + copy.id + "'", "an activity with this id already exists"};
    copy.name += m->lang == Lang::Nl ? " (kopie)" : " (copy)";
    copy.review = Review{};
    const std::string now = m->clock();
    copy.created_at = copy.updated_at = now;
    const std::string newId = copy.id;
    Step step{StepKind::Duplicate, m->acts[*at].name, {}, {}, {}, 0, {}};
    step.acts.push_back({newId, std::nullopt, ActState{std::move(copy), m->nextActPos()}, {}});
    Status s = m->runCommand(std::move(step), now);
    if (!s) return s.error();
    return newId;
}

Status AppModel::setOrganisation(const std::string& organisation) {
    if (!isOpen()) return notOpen();
    if (organisation == m->organisation) return okStatus();
    Step step{StepKind::Organisation, organisation, {}, {}, {}, 0, {}};
    step.meta.push_back({store::kMetaOrganisation, m->organisation, organisation});
    return m->runCommand(std::move(step), m->clock());
}

const std::optional<Controller>& AppModel::controller() const { return m->controller; }

const std::string& AppModel::rulesVersion() const { return m->rulesVersion; }

Status AppModel::setRulesVersion(const std::string& version) {
    if (!isOpen()) return notOpen();
    if (version == m->rulesVersion) return okStatus();
    Step step{StepKind::RulesSeen, version, {}, {}, {}, 0, {}};
    step.meta.push_back({store::kMetaRulesVersion, m->rulesVersion, version});
    return m->runCommand(std::move(step), m->clock());
}

Status AppModel::setController(const std::optional<Controller>& controller) {
    if (!isOpen()) return notOpen();
    if (controller == m->controller) return okStatus();
    Step step{StepKind::Controller, controller ? controller->name : std::string(), {}, {}, {}, 0, {}};
    controllerChanges(step, m->controller, controller);
    return m->runCommand(std::move(step), m->clock());
}

Status AppModel::setRegisterName(const std::string& name) {
    if (!isOpen()) return notOpen();
    if (name == m->registerName) return okStatus();
    Step step{StepKind::RegisterName, name, {}, {}, {}, 0, {}};
    step.meta.push_back({store::kMetaRegisterName, m->registerName, name});
    return m->runCommand(std::move(step), m->clock());
}

Status AppModel::upsertWorkshop(const Workshop& w) {
    if (!isOpen()) return notOpen();
    Workshop next = w;
    if (next.id.empty()) next.id = m->ids();
    std::optional<std::size_t> at = m->wsAt(next.id);
    if (at && m->ws[*at] == next) return okStatus();
    Step step{at ? StepKind::EditWorkshop : StepKind::AddWorkshop, next.title, {}, {}, {}, 0, {}};
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
    if (!at) return Error{"workshop '" + std::string(id) + "'", "no such workshop"};
    Step step{StepKind::DeleteWorkshop, m->ws[*at].title, {}, {}, {}, 0, {}};
    step.workshops.push_back({std::string(id), WsState{m->ws[*at], m->wsPos[*at]}, std::nullopt});
    return m->runCommand(std::move(step), m->clock());
}

// ---- [import] ------------------------------------------------------------------------------
namespace {

// Ids must be present and unique within the file; the error names the JSON path.
template <class T>
Status checkIds(const std::vector<T>& items, const char* array) {
    std::unordered_map<std::string_view, std::size_t> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string where = std::string(array) + "[" + std::to_string(i) + "].id";
        if (items[i].id.empty()) return Error{where, "the id is missing"};
        auto [it, fresh] = seen.emplace(items[i].id, i);
        if (!fresh)
            return Error{where, "duplicate id '" + items[i].id + "' (also " + array + "[" +
                                    std::to_string(it->second) + "])"};
    }
    return okStatus();
}

}  // namespace

Status AppModel::importRegister(const Register& r, ImportMode mode) {
    // Replace: the register becomes the file (its order, organisation, extra keys and
    // tombstones; what is not in the file is deleted without a tombstone). Merge: activities
    // and workshops are upserted by id (new ones appended), organisation and extra only filled
    // in when empty here, and tombstones applied (io/merge.hpp's rule): a file's tombstone
    // deletes this register's activity when not earlier than its updated_at, and a file's
    // activity is skipped when this register deleted it at or after the file's updated_at
    // (a deliberate restore sends it with a newer updated_at). One transaction, one undo
    // step; unchanged activities are not touched (no history entries).
    if (!isOpen()) return notOpen();
    Status s = checkIds(r.activities, "activities");
    if (s) s = checkIds(r.workshops, "workshops");
    if (s) s = checkIds(r.deleted, "deleted");
    if (!s) return s;

    Impl& x = *m;
    Step step{StepKind::Import, mode == ImportMode::Replace ? "replace" : "merge", {}, {}, {}, 0, {}};
    const bool replace = mode == ImportMode::Replace;

    // Tombstones of the file, without those of ids the file lists as activities.
    std::unordered_set<std::string_view> fileIds;
    for (const Activity& a : r.activities) fileIds.insert(a.id);
    std::vector<Tombstone> fileTombs;
    for (const Tombstone& t : r.deleted)
        if (!fileIds.count(t.id)) fileTombs.push_back(t);

    std::int64_t next = x.nextActPos();
    std::unordered_set<std::string_view> inFile;
    if (!replace)
        for (const Tombstone& t : fileTombs) {
            const Tombstone* mine = x.tombOf(t.id);
            if (std::optional<std::size_t> at = x.actAt(t.id)) {
                if (io::compareTimestamps(t.deleted_at, x.acts[*at].updated_at) < 0) continue;  // changed later
                step.acts.push_back({t.id, ActState{x.acts[*at], x.actPos[*at]}, std::nullopt, {}});
            } else if (mine && io::compareTimestamps(mine->deleted_at, t.deleted_at) >= 0) {
                continue;  // ours is as late or later
            }
            step.tombs.push_back({t.id, mine ? std::optional<Tombstone>(*mine) : std::nullopt, t});
        }
    for (std::size_t i = 0; i < r.activities.size(); ++i) {
        const Activity& a = r.activities[i];
        inFile.insert(a.id);
        const Tombstone* gone = x.tombOf(a.id);
        if (!replace && gone && io::compareTimestamps(gone->deleted_at, a.updated_at) >= 0) continue;
        std::optional<std::size_t> at = x.actAt(a.id);
        std::int64_t pos = replace ? std::int64_t(i + 1) : (at ? x.actPos[*at] : next++);
        if (at && x.acts[*at] == a && x.actPos[*at] == pos) continue;
        std::optional<ActState> before;
        if (at) before = ActState{x.acts[*at], x.actPos[*at]};
        step.acts.push_back({a.id, std::move(before), ActState{a, pos}, {}});
    }
    if (replace) {
        for (std::size_t i = 0; i < x.acts.size(); ++i)
            if (!inFile.count(x.acts[i].id))
                step.acts.push_back({x.acts[i].id, ActState{x.acts[i], x.actPos[i]}, std::nullopt, {}});
        // The tombstones become the file's (ids the file lists as activities lose theirs in
        // runCommand).
        std::unordered_set<std::string_view> tombInFile;
        for (const Tombstone& t : fileTombs) {
            tombInFile.insert(t.id);
            const Tombstone* mine = x.tombOf(t.id);
            if (mine && *mine == t) continue;
            step.tombs.push_back({t.id, mine ? std::optional<Tombstone>(*mine) : std::nullopt, t});
        }
        for (const auto& [id, t] : x.tombs)
            if (!tombInFile.count(id) && !fileIds.count(id)) step.tombs.push_back({id, t, std::nullopt});
    }

    std::int64_t nextWs = x.nextWsPos();
    std::unordered_set<std::string_view> wsInFile;
    for (std::size_t i = 0; i < r.workshops.size(); ++i) {
        const Workshop& w = r.workshops[i];
        wsInFile.insert(w.id);
        std::optional<std::size_t> at = x.wsAt(w.id);
        std::int64_t pos = replace ? std::int64_t(i + 1) : (at ? x.wsPos[*at] : nextWs++);
        if (at && x.ws[*at] == w && x.wsPos[*at] == pos) continue;
        std::optional<WsState> before;
        if (at) before = WsState{x.ws[*at], x.wsPos[*at]};
        step.workshops.push_back({w.id, std::move(before), WsState{w, pos}});
    }
    if (replace)
        for (std::size_t i = 0; i < x.ws.size(); ++i)
            if (!wsInFile.count(x.ws[i].id))
                step.workshops.push_back({x.ws[i].id, WsState{x.ws[i], x.wsPos[i]}, std::nullopt});

    auto meta = [&](std::string_view key, const std::string& cur, const std::string& file) {
        const bool take = replace ? file != cur : (cur.empty() && !file.empty());
        if (take) step.meta.push_back({key, cur, file});
    };
    meta(store::kMetaOrganisation, x.organisation, r.organisation);
    meta(store::kMetaExtra, x.extra, r.extra);
    // Replace takes the file's; after a merge the register counts as seen under a rule set
    // only when both were (the file's activities were not reviewed here).
    const std::string seen = replace ? r.rules_version : std::min(x.rulesVersion, r.rules_version);
    if (seen != x.rulesVersion) step.meta.push_back({store::kMetaRulesVersion, x.rulesVersion, seen});
    if (replace ? r.controller != x.controller : (!x.controller && r.controller))
        controllerChanges(step, x.controller, r.controller);

    if (step.acts.empty() && step.workshops.empty() && step.meta.empty() && step.tombs.empty()) return okStatus();
    return x.runCommand(std::move(step), x.clock());
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
    if (m->undo.empty()) return Error{"undo", "nothing to undo"};
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
    if (m->redo.empty()) return Error{"redo", "nothing to redo"};
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
void AppModel::setClock(std::function<std::string()> now) { m->clock = std::move(now); }
void AppModel::setIdGenerator(std::function<std::string()> gen) { m->ids = std::move(gen); }
void AppModel::setLanguage(Lang lang) { m->lang = lang; }

}  // namespace air::app
