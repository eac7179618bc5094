// AppModel's undo steps (app_model_impl.hpp): their size and label, running one in a single
// transaction with its history entries, and bringing the in-memory copy up to date after it.
//
// [SECTION] steps     size estimate and label
// [SECTION] refresh   the in-memory copy after a commit (touched rows only)
// [SECTION] execute   writing a step in one transaction, with its history entries; the undo stack
#include <algorithm>

#include "app/app_model_impl.hpp"
#include "app/history_text.hpp"
#include "core/fields.hpp"
#include "core/i18n.hpp"

namespace air::app {

// ---- [SECTION] steps -----------------------------------------------------------------------
namespace {

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

}  // namespace

std::string* controllerField(Controller& c, std::string_view key) {
    std::string* fields[] = {&c.name, &c.address, &c.contact, &c.dpo.name, &c.dpo.contact};
    for (std::size_t i = 0; i < std::size(fields); ++i)
        if (store::kMetaControllerKeys[i] == key) return fields[i];
    return nullptr;
}

void controllerChanges(Step& step, const std::optional<Controller>& before, const std::optional<Controller>& after) {
    step.meta.push_back({store::kMetaController, before ? "1" : "", after ? "1" : ""});
    Controller b = before.value_or(Controller{}), a = after.value_or(Controller{});
    for (std::string_view key : store::kMetaControllerKeys)
        step.meta.push_back({key, *controllerField(b, key), *controllerField(a, key)});
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
    if (s.framework)
        for (const std::vector<FrameworkItem>* list : {&s.framework->before, &s.framework->after})
            for (const FrameworkItem& f : *list)
                n += sizeof(FrameworkItem) + f.text.size() + f.explanation.size() + f.extra.size();
    for (const TombChange& c : s.tombs) {
        n += sizeof(TombChange) + c.id.size();
        for (const std::optional<Tombstone>* t : {&c.before, &c.after})
            if (*t) n += sizeof(Tombstone) + (*t)->id.size() + (*t)->deleted_at.size() + (*t)->extra.size();
    }
    return n;
}

// The undo and redo labels, by step kind ({0} = the step's subject): app's string table.
constexpr i18n::Text kStepLabels[] = {
    {"add {0}", "{0} toevoegen"},                            // Add
    {"edit {0}", "{0} bewerken"},                            // Edit
    {"delete {0}", "{0} verwijderen"},                       // Delete
    {"duplicate {0}", "{0} dupliceren"},                     // Duplicate
    {"change organisation", "organisatie wijzigen"},        // Organisation
    {"change controller", "verwerkingsverantwoordelijke wijzigen"},  // Controller
    {"rule set changes seen", "wijzigingen van de regelset gezien"},  // RulesSeen
    {"rename register", "register hernoemen"},              // RegisterName
    {"add workshop {0}", "workshop {0} toevoegen"},          // AddWorkshop
    {"edit workshop {0}", "workshop {0} bewerken"},          // EditWorkshop
    {"delete workshop {0}", "workshop {0} verwijderen"},     // DeleteWorkshop
    {"import register file", "registerbestand importeren"},  // Import
    {"change our framework: {0}", "ons kader wijzigen: {0}"},  // Framework
};
static_assert(std::size(kStepLabels) == std::size_t(StepKind::Framework) + 1, "a label per step kind");

std::string stepLabel(const Step& s, Lang lang) {
    const std::size_t k = std::size_t(s.kind);
    if (k >= std::size(kStepLabels)) return s.subject;
    return i18n::format(kStepLabels[k].in(lang), {std::string_view(s.subject)});
}

// ---- [SECTION] refresh ---------------------------------------------------------------------

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
            stamps[*at] = ++lastStamp;
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
            stamps.erase(stamps.begin() + std::ptrdiff_t(*it));
            lowest = *it;
        }
        for (const ActState* st : insert) {
            const std::size_t i =
                std::size_t(std::upper_bound(actPos.begin(), actPos.end(), st->pos) - actPos.begin());
            acts.insert(acts.begin() + std::ptrdiff_t(i), st->a);
            actPos.insert(actPos.begin() + std::ptrdiff_t(i), st->pos);
            assess.insert(assess.begin() + std::ptrdiff_t(i), rules::assess(st->a));
            stamps.insert(stamps.begin() + std::ptrdiff_t(i), ++lastStamp);
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
    std::vector<std::uint64_t> t2;
    for (std::size_t i = 0; i < acts.size(); ++i) {
        if (gone[i]) continue;
        a2.push_back(std::move(acts[i]));
        p2.push_back(actPos[i]);
        s2.push_back(std::move(assess[i]));
        t2.push_back(stamps[i]);
    }
    for (const ActState* st : insert) {
        a2.push_back(st->a);
        p2.push_back(st->pos);
        s2.push_back(rules::assess(st->a));
        t2.push_back(++lastStamp);
    }
    std::vector<std::size_t> order(a2.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return p2[x] < p2[y]; });
    acts.clear();
    actPos.clear();
    assess.clear();
    stamps.clear();
    acts.reserve(order.size());
    actPos.reserve(order.size());
    assess.reserve(order.size());
    for (std::size_t i : order) {
        acts.push_back(std::move(a2[i]));
        actPos.push_back(p2[i]);
        assess.push_back(std::move(s2[i]));
        stamps.push_back(t2[i]);
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

    if (step.framework) framework = forward ? step.framework->after : step.framework->before;
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

// ---- [SECTION] execute ---------------------------------------------------------------------

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
    const std::string user = userName ? *userName : prefOr("user_name", "");

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
    if (step.framework) {
        Status s = store::saveFramework(db, forward ? step.framework->after : step.framework->before);
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

}  // namespace air::app
