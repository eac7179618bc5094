// Resolving open merge conflicts (see merge_conflicts.hpp). The change is made on the register
// file's JSON, so that every kind of field (text, lists, objects, whole records) is handled
// alike and validated by the same reader as a file; the result replaces the register in one
// command.
#include "app/merge_conflicts.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace air::app {

using nlohmann::json;

std::vector<io::FieldConflict> openConflicts(const AppModel& model) {
    Register top;  // the conflicts live in the top-level extra keys: no copy of the activities
    top.extra = model.extra();
    Result<std::vector<io::FieldConflict>> c = io::conflictsOf(top);
    return c ? std::move(*c) : std::vector<io::FieldConflict>{};
}

namespace {

// The element of `list` that `item` stands for: votes by activity_id + principle, actions by
// activity_id + text (the keys io::merge3 uses); -1 when there is none.
long findMember(const json& list, const json& item, const std::string& field) {
    if (!list.is_array() || !item.is_object()) return -1;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const json& x = list[i];
        if (!x.is_object()) continue;
        const bool same = field == "votes" ? x.value("activity_id", "") == item.value("activity_id", "") &&
                                                 x.value("principle", "") == item.value("principle", "")
                                           : x.value("activity_id", "") == item.value("activity_id", "") &&
                                                 x.value("text", "") == item.value("text", "");
        if (same) return long(i);
    }
    return -1;
}

// Sets `field` of `record` (an object) to `value` (null: removes it), or the whole record.
void apply(json& record, const std::string& field, const json& value, const json& ours) {
    if (field == "votes" || field == "actions") {
        json& list = record[field];
        if (!list.is_array()) list = json::array();
        const long at = findMember(list, value.is_null() ? ours : value, field);
        if (value.is_null()) {
            if (at >= 0) list.erase(list.begin() + at);
        } else if (at >= 0) {
            list[std::size_t(at)] = value;
        } else {
            list.push_back(value);
        }
        return;
    }
    if (value.is_null()) record.erase(field);
    else record[field] = value;
}

}  // namespace

Status resolveConflict(AppModel& model, std::size_t index, bool takeTheirs) {
    Register reg = model.toRegister();
    Result<std::vector<io::FieldConflict>> all = io::conflictsOf(reg);
    if (!all) return all.error();
    if (index >= all->size()) return Error{"conflicts", ErrorCode::NoSuchConflict};
    const io::FieldConflict c = (*all)[index];
    all->erase(all->begin() + long(index));
    io::setConflicts(reg, *all);
    if (!takeTheirs) return model.importRegister(reg, ImportMode::Replace);

    json doc = json::parse(io::writeRegister(reg, false), nullptr, false);
    const json theirs = json::parse(c.theirs, nullptr, false);
    const json ours = json::parse(c.ours, nullptr, false);
    if (doc.is_discarded() || theirs.is_discarded()) return Error{"conflicts", ErrorCode::ConflictUnreadable};
    if (c.kind == "register") {
        apply(doc, c.field, theirs, ours);
    } else {
        const char* listKey = c.kind == "workshop" ? "workshops" : "activities";
        json& list = doc[listKey];
        if (!list.is_array()) list = json::array();
        long at = -1;
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i].is_object() && list[i].value("id", "") == c.id) at = long(i);
        if (c.field == "*") {
            if (theirs.is_null() && at >= 0) list.erase(list.begin() + at);
            else if (!theirs.is_null() && at >= 0) list[std::size_t(at)] = theirs;
            else if (!theirs.is_null()) list.push_back(theirs);
            if (c.kind == "activity") {  // a deletion leaves its tombstone; a restore takes it away
                json& deleted = doc["deleted"];
                if (!deleted.is_array()) deleted = json::array();
                for (std::size_t i = deleted.size(); i-- > 0;)
                    if (deleted[i].is_object() && deleted[i].value("id", "") == c.id) deleted.erase(deleted.begin() + long(i));
                if (theirs.is_null()) deleted.push_back({{"id", c.id}, {"deleted_at", nowRfc3339()}});
                if (deleted.empty()) doc.erase("deleted");
            }
        } else {
            if (at < 0) return Error{c.id, ErrorCode::RecordGone};
            apply(list[std::size_t(at)], c.field, theirs, ours);
            if (c.kind == "activity") list[std::size_t(at)]["updated_at"] = nowRfc3339();
        }
    }
    Result<Register> changed = io::parseRegister(doc.dump());
    if (!changed) return changed.error();
    return model.importRegister(*changed, ImportMode::Replace);
}

}  // namespace air::app
