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
    Conflicting  // content differs and the current copy is newer, or both have the same clock
};

struct ImportItem {
    std::string id;
    std::string name;  // incoming name
    ImportStatus status = ImportStatus::New;
    std::vector<std::string> fields;  // differing field keys (Updated, Conflicting)
    std::string current_updated_at, incoming_updated_at;
};

struct ImportPreview {
    std::vector<ImportItem> items;  // in incoming order
    int added = 0, updated = 0, unchanged = 0, conflicting = 0;
    int only_in_current = 0;        // current activities the file does not mention
    int workshops_new = 0, workshops_existing = 0;
};

// Classifies each incoming activity against `current` by id (see ImportStatus).
ImportPreview previewImport(const Register& current, const Register& incoming);

// "New" / "Nieuw", ... for the import dialog.
std::string_view importStatusLabel(ImportStatus s, Lang lang);

}  // namespace air::io
