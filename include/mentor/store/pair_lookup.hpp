#pragma once
/// Finding the pair or person a user means on the command line (`mentor plan PAIR`).

#include <string>
#include <string_view>
#include <vector>

#include "mentor/core/suggest.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

/// The pair named by `text`, tried in this order:
///   1. a pair id (mentor-id--mentee-id);
///   2. a person id whose person has exactly one pair that is not closed;
///   3. an unambiguous prefix of one pair id;
///   4. an unambiguous prefix of one person id, as in 2.
/// Throws a data error (exit 1) that lists the candidates when the text is
/// ambiguous, or suggests the closest ids when it names nothing.
const Pair& resolve_pair(const Records& records, std::string_view text);

/// The person with id `id`; throws a data error suggesting the closest ids
/// when there is none.
const Person& resolve_person(const Records& records, std::string_view id);

}  // namespace mentor
