#pragma once
/// The words of record values as views show them, in the user's language:
/// a pair's status, a side of a pair, a meeting mode. The one table each,
/// shared by every module's text, markdown, HTML and e-mail (plan, journal,
/// report, agenda, store's messages). Records, JSON, CSV and the values
/// users type keep the English tokens of to_string(). Each call is one
/// catalogue lookup: a view over many rows looks its words up once.

#include <string>
#include <string_view>

#include "mentor/records/records.hpp"

namespace mentor {

/// "active" / "actif", "closed" / "clôturé".
const char* pair_status_word(PairStatus status);
/// A side of a pair: "mentor" / "mentor", "mentee" / "mentoré·e".
const char* role_word(Role role);
/// A meeting mode of kMeetingModes, or a person's "any": "remote" / "à
/// distance"; a value no schema knows is shown as written.
std::string mode_word(std::string_view mode);

}  // namespace mentor
