// The Import / export work without drawing (see exchange.hpp).
// [SECTIONS] [EXPORT] file names and bytes · [IMPORT] reading a file, merge plans ·
// [REMINDER] days since the last export
#include "app/exchange.hpp"

#include <algorithm>
#include <charconv>
#include <unordered_map>

#include "app/history_text.hpp"
#include "core/clock.hpp"
#include "core/date.hpp"
#include "core/text.hpp"
#include "io/csv.hpp"
#include "io/merge.hpp"
#include "io/register_json.hpp"
#include "io/workshop_report.hpp"

namespace air::app::exchange {

// =========================================================================== [EXPORT]
namespace {

// ASCII spelling of U+00C0..U+00FF; "" marks a separator (× and ÷).
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",
};

std::string shorten(std::string s, std::size_t max) {
    if (s.size() <= max) return s;
    s.resize(text::codePointStart(s, max));  // on a UTF-8 character boundary
    return s + "…";
}

}  // namespace

std::string slug(std::string_view text) {
    std::string out;
    bool pendingHyphen = false;
    auto emit = [&](std::string_view piece) {
        if (pendingHyphen && !out.empty()) out += '-';
        pendingHyphen = false;
        out += piece;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                const char ch = char(c);
                emit(std::string_view(&ch, 1));
            } else if (c >= 'A' && c <= 'Z') {
                const char ch = text::lowerAscii(char(c));
                emit(std::string_view(&ch, 1));
            } else if (c != '.' && c != '\'') {
                pendingHyphen = true;
            }
            continue;
        }
        // Multi-byte UTF-8: Latin-1 letters keep their base letter; ’ is dropped like '.
        if (c == 0xC3 && i + 1 < text.size()) {
            const auto d = static_cast<unsigned char>(text[i + 1]);
            ++i;
            if (d >= 0x80 && d <= 0xBF) {
                const char* a = kLatin1[d - 0x80];
                if (*a) emit(a);
                else pendingHyphen = true;
                continue;
            }
        }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0x99) {
            i += 2;  // ’
            continue;
        }
        // Any other character: skip its continuation bytes and count it as a separator.
        while (i + 1 < text.size() && text::isContinuationByte(text[i + 1])) ++i;
        pendingHyphen = true;
    }
    if (out.size() > 60) {
        out.resize(60);
        while (!out.empty() && out.back() == '-') out.pop_back();
    }
    return out;
}

std::string fileStem(std::string_view organisation, std::string_view registerName) {
    std::string s = slug(organisation);
    if (s.empty()) s = slug(registerName);
    return s.empty() ? "register" : s;
}

std::map<std::string, std::vector<RecentChange>> recentChanges(const AppModel& model, Lang lang, int perActivity) {
    std::map<std::string, std::vector<RecentChange>> out;
    if (perActivity <= 0) return out;
    for (const Activity& a : model.activities()) {
        auto entries = model.history(a.id, perActivity);
        if (entries.empty()) continue;
        auto& list = out[a.id];
        for (const HistoryEntry& h : entries) {
            std::string what = historyFieldLabel(h.field, lang);
            if (h.field != "created" && h.field != "imported") {
                what += ": " + shorten(historyValueLabel(h.field, h.old_value, lang), 80) + " → " +
                        shorten(historyValueLabel(h.field, h.new_value, lang), 80);
            }
            list.push_back({h.at, h.user, std::move(what)});
        }
    }
    return out;
}

std::string exportText(const Register& reg, Format format, const ExportOptions& opt) {
    switch (format) {
    case Format::Json:
        return io::writeRegister(reg, true);
    case Format::Csv: {
        io::CsvOptions csv = io::csvDefaults(opt.lang);
        if (opt.csvSeparator == ';' || opt.csvSeparator == ',') csv.separator = opt.csvSeparator;
        return io::toCsv(reg, csv);
    }
    case Format::Html:
    case Format::Markdown: {
        io::ReportOptions ro;
        ro.lang = opt.lang;
        ro.date = opt.date;
        ro.recent_changes = opt.recentChanges;
        return format == Format::Html ? io::reportHtml(reg, ro) : io::reportMarkdown(reg, ro);
    }
    }
    return {};
}

ExportFile buildExport(const AppModel& model, Format format, Lang lang, char csvSeparator, std::string_view now,
                       std::string_view date, std::string_view reportWord, int historyPerActivity) {
    Register reg = model.toRegister();
    reg.exported_at = std::string(now);
    const std::string stem = fileStem(reg.organisation, model.registerName());
    const std::string regStem = stem + "_ai-register_" + std::string(date);
    const std::string repStem = stem + "_" + std::string(reportWord) + "_" + std::string(date);
    ExportOptions opt;
    opt.lang = lang;
    opt.csvSeparator = csvSeparator;
    opt.date = std::string(date);
    if (format == Format::Html || format == Format::Markdown)
        opt.recentChanges = recentChanges(model, lang, historyPerActivity);
    std::string bytes = exportText(reg, format, opt);
    switch (format) {
    case Format::Json: return {regStem + ".json", "application/json", std::move(bytes)};
    case Format::Csv: return {regStem + ".csv", "text/csv;charset=utf-8", std::move(bytes)};
    case Format::Html: return {repStem + ".html", "text/html;charset=utf-8", std::move(bytes)};
    case Format::Markdown: return {repStem + ".md", "text/markdown;charset=utf-8", std::move(bytes)};
    }
    return {};
}

ExportFile workshopReport(const AppModel& model, const Workshop& w, Format format, Lang lang) {
    const Register reg = model.toRegister();
    if (format == Format::Html)
        return {io::workshopReportFileName(w, "html"), "text/html;charset=utf-8",
                io::workshopReportHtml(reg, w, lang)};
    return {io::workshopReportFileName(w, "md"), "text/markdown;charset=utf-8",
            io::workshopReportMarkdown(reg, w, lang)};
}

// Local time on purpose: the date in a file name is the day on the user's calendar when
// they saved it (an export at 00:30 in Amsterdam carries that day, not yesterday's UTC date).
std::string localDate() { return air::currentClock().localDate(); }

// =========================================================================== [IMPORT]
ImportRead readImportFile(std::string_view name, std::string_view bytes, Lang lang) {
    ImportRead out;
    out.bytes = bytes.size();
    if (bytes.size() > kMaxImportBytes) {
        out.problem = ImportRead::Problem::TooBig;
        return out;
    }
    std::string_view text = bytes;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const std::size_t first = text.find_first_not_of(text::kJsonSpace);
    if (first == std::string_view::npos) {
        out.problem = ImportRead::Problem::Empty;
        return out;
    }

    const std::string ext = text::lowerAscii(name);
    bool csv = false;
    if (ext.ends_with(".json")) csv = false;
    else if (ext.ends_with(".csv") || ext.ends_with(".txt") || ext.ends_with(".tsv")) csv = true;
    else csv = text[first] != '{';

    out.file.name = std::string(name);
    out.file.csv = csv;
    if (csv) {
        auto r = io::fromCsv(bytes, io::csvDefaults(lang));
        if (!r.ok()) {
            out.problem = ImportRead::Problem::Unreadable;
            out.error = r.error();
            return out;
        }
        out.file.reg = std::move(r.value());
    } else {
        auto r = io::parseRegister(text);
        if (!r.ok()) {
            out.problem = ImportRead::Problem::Unreadable;
            out.error = r.error();
            return out;
        }
        out.file.reg = std::move(r.value());
    }
    return out;
}

namespace {

// The newer side of a Deleted item: the live side when it changed after the deletion.
Pick newerDeletionPick(const ImportItem& it) {
    // deleted_here: Mine = deleted, Theirs = present; otherwise Mine = present, Theirs = deleted.
    return it.deleted_here == it.live_newer ? Pick::Theirs : Pick::Mine;
}

// Resolutions with `conflict` deciding each conflicting field and `deletion` each deletion.
template <class C, class D>
Resolutions resolveAll(const ImportPreview& preview, C conflict, D deletion) {
    Resolutions r;
    for (const ImportItem& it : preview.items) {
        if (it.status == ImportStatus::Deleted) {
            r[it.id][kDeletionField] = deletion(it);
        } else if (it.status == ImportStatus::Conflicting) {
            auto& m = r[it.id];
            for (const std::string& f : it.fields) m[f] = conflict(it);
        }
    }
    return r;
}

}  // namespace

Resolutions defaultResolutions(const ImportPreview& preview) {
    return resolveAll(preview, [](const ImportItem&) { return Pick::Mine; }, newerDeletionPick);
}

Resolutions newerResolutions(const ImportPreview& preview) {
    return resolveAll(
        preview,
        [](const ImportItem& it) {
            return io::compareTimestamps(it.incoming_updated_at, it.current_updated_at) > 0 ? Pick::Theirs
                                                                                            : Pick::Mine;
        },
        newerDeletionPick);
}

Resolutions allTheirs(const ImportPreview& preview) {
    auto theirs = [](const ImportItem&) { return Pick::Theirs; };
    return resolveAll(preview, theirs, theirs);
}

Resolutions allMine(const ImportPreview& preview) {
    auto mine = [](const ImportItem&) { return Pick::Mine; };
    return resolveAll(preview, mine, mine);
}

WorkshopPicks workshopPicks(const ImportPreview& preview, Pick pick) {
    WorkshopPicks w;
    for (const WorkshopDiff& d : preview.workshop_diffs) w[d.id] = pick;
    return w;
}

Pick pickOf(const Resolutions& picks, const std::string& id, const std::string& field, Pick fallback) {
    auto p = picks.find(id);
    if (p == picks.end()) return fallback;
    auto q = p->second.find(field);
    return q == p->second.end() ? fallback : q->second;
}

int mergeCount(const ImportPreview& preview, const Resolutions& picks) {
    int n = 0;
    for (const ImportItem& it : preview.items) {
        switch (it.status) {
        case ImportStatus::New:
        case ImportStatus::Updated: ++n; break;
        case ImportStatus::Unchanged: break;
        case ImportStatus::Conflicting:
            if (std::any_of(it.fields.begin(), it.fields.end(), [&](const std::string& f) {
                    return pickOf(picks, it.id, f, Pick::Mine) == Pick::Theirs;
                }))
                ++n;
            break;
        case ImportStatus::Deleted:  // restored here, or deleted here
            if (pickOf(picks, it.id, kDeletionField, newerDeletionPick(it)) == Pick::Theirs) ++n;
            break;
        }
    }
    return n;
}

MergePlan mergePlan(const Register& current, const ImportFile& file, const ImportPreview& preview,
                    const Resolutions& picks, std::string_view now, const WorkshopPicks& workshops) {
    std::unordered_map<std::string_view, const Activity*> mine, theirs;
    for (const Activity& a : current.activities) mine.emplace(a.id, &a);
    for (const Activity& a : file.reg.activities) theirs.emplace(a.id, &a);
    const std::vector<Tombstone> fileTombs = io::liveTombstones(file.reg);
    std::unordered_map<std::string_view, const Tombstone*> theirTombs;
    for (const Tombstone& t : fileTombs) theirTombs.emplace(t.id, &t);

    MergePlan plan;
    plan.reg.organisation = current.organisation.empty() ? file.reg.organisation : current.organisation;
    plan.reg.extra = current.extra.empty() ? file.reg.extra : current.extra;
    for (const ImportItem& it : preview.items) {
        if (it.status == ImportStatus::Deleted) {
            const Pick pk = pickOf(picks, it.id, kDeletionField, newerDeletionPick(it));
            if (it.deleted_here) {  // the file has it, this register deleted it
                auto t = theirs.find(it.id);
                if (t == theirs.end()) continue;
                if (pk == Pick::Theirs) {  // restore (deliberately when the deletion is newer)
                    Activity a = *t->second;
                    if (!it.live_newer) a.updated_at = io::stampAfter(now, it.deleted_at);
                    plan.reg.activities.push_back(std::move(a));
                    ++plan.count;
                } else if (it.live_newer) {  // stays deleted, against their later change
                    plan.reg.deleted.push_back({it.id, io::stampAfter(now, t->second->updated_at), ""});
                }
            } else {  // this register has it, the file deleted it
                auto t = theirTombs.find(it.id);
                auto m = mine.find(it.id);
                if (t == theirTombs.end() || m == mine.end()) continue;
                if (pk == Pick::Theirs) {  // delete (deliberately when our change is newer)
                    Tombstone x = *t->second;
                    if (it.live_newer) x.deleted_at = io::stampAfter(now, m->second->updated_at);
                    plan.reg.deleted.push_back(std::move(x));
                    ++plan.count;
                } else if (!it.live_newer) {  // keep ours, against their later deletion
                    Activity a = *m->second;
                    a.updated_at = io::stampAfter(now, it.deleted_at);
                    plan.reg.activities.push_back(std::move(a));
                }
            }
            continue;
        }
        auto t = theirs.find(it.id);
        if (t == theirs.end()) continue;
        switch (it.status) {
        case ImportStatus::New:
        case ImportStatus::Updated:
            plan.reg.activities.push_back(*t->second);
            ++plan.count;
            break;
        case ImportStatus::Unchanged:
        case ImportStatus::Deleted:
            break;
        case ImportStatus::Conflicting: {
            auto m = mine.find(it.id);
            if (m == mine.end()) break;
            Activity merged = *m->second;
            bool took = false;
            for (const std::string& f : it.fields) {
                if (pickOf(picks, it.id, f, Pick::Mine) != Pick::Theirs) continue;
                merged = io::takeField(merged, *t->second, f);
                took = true;
            }
            if (took) {
                merged.updated_at = std::string(now);
                plan.reg.activities.push_back(std::move(merged));
                ++plan.count;
            }
            break;
        }
        }
    }
    // The file's other deletions (ids this register does not have) are united with ours.
    for (const Tombstone& t : fileTombs)
        if (!mine.count(t.id)) plan.reg.deleted.push_back(t);
    // Workshops: the ones this register does not have, and differing ones picked "theirs"
    // (by default this register's copy stays, as `air merge` keeps A's).
    for (const Workshop& w : file.reg.workshops) {
        const bool known = std::any_of(current.workshops.begin(), current.workshops.end(),
                                       [&](const Workshop& x) { return x.id == w.id; });
        auto pk = workshops.find(w.id);
        if (!known || (pk != workshops.end() && pk->second == Pick::Theirs)) plan.reg.workshops.push_back(w);
    }
    return plan;
}

Register replacePlan(const Register& current, const ImportFile& file) {
    Register r = file.reg;
    if (file.csv) {
        r.organisation = current.organisation;
        r.workshops = current.workshops;
        r.extra = current.extra;
        r.deleted = current.deleted;
    }
    return r;
}

// =========================================================================== [REMINDER]
namespace {

bool isDay(std::string_view s) { return air::dayOf(s).has_value(); }

}  // namespace

std::optional<int> daysBetween(std::string_view from, std::string_view to) { return air::daysBetween(from, to); }

std::optional<int> exportOverdueDays(std::string_view lastExport, const std::vector<Activity>& activities,
                                     int remindAfter, std::string_view now, std::string_view keptSince) {
    if (remindAfter <= 0 || activities.empty()) return std::nullopt;
    std::string ref(lastExport);
    if (!isDay(ref)) ref = keptSince;
    if (!isDay(ref)) {
        ref.clear();
        for (const Activity& a : activities) {
            if (!isDay(a.created_at)) continue;
            if (ref.empty() || io::compareTimestamps(a.created_at, ref) < 0) ref = a.created_at;
        }
        if (ref.empty()) return std::nullopt;
    }
    auto d = daysBetween(ref, now);
    if (!d || *d < remindAfter) return std::nullopt;
    return d;
}

int remindDays(std::string_view v) {
    int n = kDefaultRemindDays;
    if (!v.empty()) {
        auto r = std::from_chars(v.data(), v.data() + v.size(), n);
        if (r.ec != std::errc()) n = kDefaultRemindDays;
    }
    return std::clamp(n, 0, 365);
}

}  // namespace air::app::exchange
