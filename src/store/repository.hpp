// Reading and writing the register in its database (schema.cpp). Functions that write more than
// one row must run inside a Tx (they refuse otherwise), so a caller's command is all or nothing.
// Activities and workshops keep a position (`pos`): the register's order is ascending pos,
// which is creation order for new entries and file order after an import.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model.hpp"
#include "store/db.hpp"

namespace air::store {

// Keys of the meta table.
inline constexpr std::string_view kMetaOrganisation = "organisation";
inline constexpr std::string_view kMetaRegisterName = "register_name";
inline constexpr std::string_view kMetaExtra = "extra";            // top-level unknown keys (JSON)
inline constexpr std::string_view kMetaExportedAt = "exported_at";  // of the file last saved whole
inline constexpr std::string_view kMetaRulesVersion = "rules_version";  // Register::rules_version
inline constexpr std::string_view kMetaController = "controller";    // "1" = the register has one
// The controller's texts, one meta row each: name, address, contact, DPO name, DPO contact.
inline constexpr std::string_view kMetaControllerKeys[] = {
    "controller.name", "controller.address", "controller.contact", "controller.dpo.name", "controller.dpo.contact"};

// One change-history row.
struct HistoryRow {
    std::int64_t id = 0;  // assigned on append; kept when > 0 (restoring rows after an undo)
    std::string activity_id;
    std::string at;
    std::string user;
    std::string field;
    std::string old_value;
    std::string new_value;
    bool operator==(const HistoryRow&) const = default;
};

// ---- the whole register ------------------------------------------------------------------
// Loads everything: activities in register order with all lists, screening, processors and
// review; workshops in order; tombstones by id; organisation, exported_at and top-level extra
// from meta.
// `activityPos` / `workshopPos` receive the stored positions, parallel to the vectors.
Result<Register> loadRegister(Db& db, std::vector<std::int64_t>* activityPos = nullptr,
                              std::vector<std::int64_t>* workshopPos = nullptr);
// Replaces the whole register (activities, their history, workshops, tombstones, organisation,
// extra, exported_at) with `r`, positions in file order. Inside a Tx. Tests only: the app
// writes a register through AppModel's steps (one activity, workshop, tombstone at a time).
Status saveRegister(Db& db, const Register& r);

// ---- activities --------------------------------------------------------------------------
// One activity with its position; nullopt when there is no activity with that id. Tests only
// (the app keeps the register in memory and reads it whole with loadRegister).
Result<std::optional<std::pair<Activity, std::int64_t>>> loadActivity(Db& db, std::string_view id);
// Inserts or replaces the activity with a.id and all its child rows. `pos` nullopt keeps the
// stored position of an existing activity and puts a new one last. History is not touched.
// Inside a Tx.
Status saveActivity(Db& db, const Activity& a, std::optional<std::int64_t> pos = std::nullopt);
// Deletes the activity and (by cascade) its lists, screening, processors and history.
// Deleting an absent id is not an error. Inside a Tx.
Status deleteActivity(Db& db, std::string_view id);
// The position a new activity gets: one past the largest (1 for an empty register). Tests only
// (AppModel knows the positions; saveActivity with pos nullopt puts a new activity last).
Result<std::int64_t> nextActivityPos(Db& db);

// ---- workshops ---------------------------------------------------------------------------
// One workshop with its position; nullopt when absent. Tests only, like loadActivity.
Result<std::optional<std::pair<Workshop, std::int64_t>>> loadWorkshop(Db& db, std::string_view id);
Status saveWorkshop(Db& db, const Workshop& w, std::optional<std::int64_t> pos = std::nullopt);
Status deleteWorkshop(Db& db, std::string_view id);

// ---- tombstones (deleted activities) ----------------------------------------------------
// All tombstones, ordered by id. Outside the store tests only (loadRegister reads them).
// The team's framework (table `framework`, in file order): all of it, or replaced whole
// (inside a transaction).
Result<std::vector<FrameworkItem>> loadFramework(Db& db);
Status saveFramework(Db& db, const std::vector<FrameworkItem>& framework);

Result<std::vector<Tombstone>> listTombstones(Db& db);
// Inserts or replaces the tombstone with t.id.
Status saveTombstone(Db& db, const Tombstone& t);
// Removes the tombstone of `id`; an absent id is not an error.
Status deleteTombstone(Db& db, std::string_view id);

// ---- meta and preferences ----------------------------------------------------------------
Result<std::string> getMeta(Db& db, std::string_view key);  // "" when not set
Status setMeta(Db& db, std::string_view key, std::string_view value);
// One preference; nullopt when not set. Tests only (AppModel reads them all with allPrefs).
Result<std::optional<std::string>> getPref(Db& db, std::string_view key);
Status setPref(Db& db, std::string_view key, std::string_view value);
Result<std::vector<std::pair<std::string, std::string>>> allPrefs(Db& db);

// ---- change history ----------------------------------------------------------------------
// Appends one row (keeping row.id when > 0) and returns its id. The activity must exist.
Result<std::int64_t> appendHistory(Db& db, const HistoryRow& row);
// Rows of one activity: newest first, at most `limit` (< 0 = all); oldestFirst reverses.
Result<std::vector<HistoryRow>> listHistory(Db& db, std::string_view activityId, int limit = -1,
                                            bool oldestFirst = false);

}  // namespace air::store
