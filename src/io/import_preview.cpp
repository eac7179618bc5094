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
    std::unordered_set<std::string_view> mentioned;
    for (const Activity& in : incoming.activities) {
        mentioned.insert(in.id);
        ImportItem it;
        it.id = in.id;
        it.name = in.name;
        it.incoming_updated_at = in.updated_at;
        auto found = byId.find(in.id);
        if (found == byId.end()) {
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
    for (const Activity& a : current.activities)
        if (!mentioned.count(a.id)) ++p.only_in_current;
    std::unordered_set<std::string_view> ws;
    for (const Workshop& w : current.workshops) ws.insert(w.id);
    for (const Workshop& w : incoming.workshops) ++(ws.count(w.id) ? p.workshops_existing : p.workshops_new);
    return p;
}

std::string_view importStatusLabel(ImportStatus s, Lang lang) {
    const bool nl = lang == Lang::Nl;
    switch (s) {
        case ImportStatus::New: return nl ? "Nieuw" : "New";
        case ImportStatus::Updated: return nl ? "Bijgewerkt" : "Updated";
        case ImportStatus::Unchanged: return nl ? "Ongewijzigd" : "Unchanged";
        case ImportStatus::Conflicting: return nl ? "Conflict" : "Conflict";
    }
    return "";
}

}  // namespace air::io
