#pragma once
/// Checks across records: references, duplicates and rules that no single
/// file can check on its own. Per-file checks (types, enums, dates, ranges)
/// happen while loading and are already in Records::diagnostics.

#include "mentor/core/date.hpp"
#include "mentor/core/error.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

/// Every cross-record problem, in a stable order. Also looks at the plans/
/// and journal/ folders of `root` for records that belong to no pair.
/// Sessions dated after `today` are warned about (they have not happened).
Diagnostics validate_records(const Records& records, const fs::path& root, Date today);

}  // namespace mentor
