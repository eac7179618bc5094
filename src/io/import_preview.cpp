// Import preview: classify incoming activities against the open register.
#include "io/import_preview.hpp"

#include <unordered_map>
#include <unordered_set>

#include "io/merge.hpp"

namespace air::io {

ImportPreview previewImport(const Register& current, const Register& incoming) {
    ImportPreview p;
    std::unordered_map<std::string_view, const Activity*> byId;
    for (const Activity& a : current.activities) byId.emplace(a.id, &a);
    const std::vector<Tombstone> currentTombs = liveTombstones(current);
    std::unordered_map<std::string_view, const Tombstone*> goneHere;
    for (const Tombstone& t : currentTombs) goneHere.emplace(t.id, &t);
    std::unordered_set<std::string_view> mentioned;
    for (const Activity& in : incoming.activities) {
        mentioned.insert(in.id);
        ImportItem it;
        it.id = in.id;
        it.name = in.name;
        it.incoming_updated_at = in.updated_at;
        auto found = byId.find(in.id);
        auto gone = goneHere.find(in.id);
        if (found == byId.end() && gone != goneHere.end()) {
            it.status = ImportStatus::Deleted;
            it.deleted_here = true;
            it.deleted_at = gone->second->deleted_at;
            it.live_newer = compareTimestamps(in.updated_at, it.deleted_at) > 0;
            ++p.deleted;
        } else if (found == byId.end()) {
            it.status = ImportStatus::New;
            ++p.added;
        } else {
            const Activity& cur = *found->second;
            it.current_updated_at = cur.updated_at;
            it.fields = differingFields(cur, in);
            if (it.fields.empty()) {
                it.status = ImportStatus::Unchanged;
                ++p.unchanged;
            } else if (compareTimestamps(in.updated_at, cur.updated_at) > 0) {
                it.status = ImportStatus::Updated;
                ++p.updated;
            } else {  // current is newer, or the same clock with different content
                it.status = ImportStatus::Conflicting;
                ++p.conflicting;
            }
        }
        p.items.push_back(std::move(it));
    }
    std::unordered_set<std::string_view> goneThere;
    for (const Tombstone& t : liveTombstones(incoming)) {
        auto found = byId.find(t.id);
        if (found == byId.end()) continue;  // nothing here to delete
        goneThere.insert(t.id);
        const Activity& cur = *found->second;
        ImportItem it;
        it.id = t.id;
        it.name = cur.name;
        it.status = ImportStatus::Deleted;
        it.current_updated_at = cur.updated_at;
        it.deleted_at = t.deleted_at;
        it.live_newer = compareTimestamps(cur.updated_at, t.deleted_at) > 0;
        ++p.deleted;
        p.items.push_back(std::move(it));
    }
    for (const Activity& a : current.activities)
        if (!mentioned.count(a.id) && !goneThere.count(a.id)) ++p.only_in_current;
    std::unordered_map<std::string_view, const Workshop*> ws;
    for (const Workshop& w : current.workshops) ws.emplace(w.id, &w);
    for (const Workshop& w : incoming.workshops) {
        auto found = ws.find(w.id);
        if (found == ws.end()) {
            ++p.workshops_new;
            continue;
        }
        ++p.workshops_existing;
        std::vector<std::string> fields = differingFields(*found->second, w);
        if (!fields.empty()) p.workshop_diffs.push_back({w.id, w.title, std::move(fields)});
    }
    return p;
}

std::string_view importStatusLabel(ImportStatus s, Lang lang) {
    const bool nl = lang == Lang::Nl;
    switch (s) {
        case ImportStatus::New: return nl ? "Nieuw" : "New";
        case ImportStatus::Updated: return nl ? "Bijgewerkt" : "Updated";
        case ImportStatus::Unchanged: return nl ? "Ongewijzigd" : "Unchanged";
        case ImportStatus::Conflicting: return nl ? "Conflict" : "Conflict";
        case ImportStatus::Deleted: return nl ? "Verwijderd" : "Deleted";
    }
    return "";
}

}  // namespace air::io
