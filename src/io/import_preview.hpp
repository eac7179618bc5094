// What importing a register file would do to the open register, per incoming activity,
// before anything changes (the import dialog shows this and asks to confirm).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/enums.hpp"
#include "core/model.hpp"

namespace air::io {

enum class ImportStatus {
    New,         // id not in the current register
    Updated,     // content differs and the incoming copy is newer
    Unchanged,   // same content (timestamps aside)
    Conflicting,  // content differs and the current copy is newer, or both have the same clock
    Deleted       // deleted on one side (a tombstone) and present on the other: see ImportItem
};

struct ImportItem {
    std::string id;
    std::string name;  // incoming name
    ImportStatus status = ImportStatus::New;
    std::vector<std::string> fields;  // differing field keys (Updated, Conflicting)
    std::string current_updated_at, incoming_updated_at;
    // Deleted only. deleted_here: this register deleted it and the file has it (otherwise the
    // file deleted it and this register has it). live_newer: the side that has it changed it
    // after the deletion (the merge rule keeps it then; otherwise it stays deleted).
    bool deleted_here = false;
    bool live_newer = false;
    std::string deleted_at;
};

// One workshop both sides have with different content (workshops carry no clock).
struct WorkshopDiff {
    std::string id;
    std::string title;                // incoming title
    std::vector<std::string> fields;  // differing workshop keys
};

struct ImportPreview {
    std::vector<ImportItem> items;  // incoming activities in file order, then the file's deletions
    int added = 0, updated = 0, unchanged = 0, conflicting = 0;
    int deleted = 0;                // items with status Deleted
    int only_in_current = 0;        // current activities the file does not mention
    int workshops_new = 0, workshops_existing = 0;
    std::vector<WorkshopDiff> workshop_diffs;  // existing workshops whose content differs
};

// Classifies each incoming activity against `current` by id (see ImportStatus); an incoming
// activity this register has a tombstone for, and a tombstone of the file (for an id the file
// does not list as an activity) for an activity this register has, are Deleted items.
ImportPreview previewImport(const Register& current, const Register& incoming);

// "New" / "Nieuw", ... for the import dialog.
std::string_view importStatusLabel(ImportStatus s, Lang lang);

}  // namespace air::io
