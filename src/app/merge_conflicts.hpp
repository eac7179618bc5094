// Open conflicts of a three-way merge (the register's "conflicts" key, docs/FILE_FORMAT.md)
// resolved in the page: keep this register's value, or take the other side's.
#pragma once

#include <cstddef>
#include <vector>

#include "app/app_model.hpp"
#include "core/result.hpp"
#include "io/register_json.hpp"

namespace air::app {

// One open conflict: the record, the field and the three values (io's type; the page reaches
// it through this name).
using io::FieldConflict;

// The open register's conflicts (none when it has none or the key cannot be read).
std::vector<FieldConflict> openConflicts(const AppModel& model);

// Resolves conflict `index` of openConflicts(): `takeTheirs` sets the record's field (or the
// whole record, "*"; a vote or action of a workshop) to the other side's value, otherwise this
// register's value stays; either way the entry goes. One command: one transaction, one undo
// step. An index out of range or a value that does not fit the record is an Error.
Status resolveConflict(AppModel& model, std::size_t index, bool takeTheirs);

}  // namespace air::app
