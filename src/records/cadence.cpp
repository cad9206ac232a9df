// Cadences and times of day: the grammar of an agreement's values.

#include "mentor/records/cadence.hpp"

#include <fmt/format.h>

#include <optional>

#include "mentor/core/error.hpp"

namespace mentor {
namespace {

constexpr int kMaxEveryDays = 365;
constexpr int kMaxEveryWeeks = kMaxEveryDays / 7;

constexpr const char* kAcceptedCadences =
    "expected weekly, biweekly, monthly, every:Nd (N days, 1 to 365) or every:Nw (N weeks, 1 to 52), "
    "e.g. every:10d";

Error invalid_cadence(std::string_view text, std::string_view why) {
    return usage_error(fmt::format("invalid cadence '{}': {}", text, why));
}

/// N of "every:N<unit>": 1 to 3 digits, nothing else; nullopt otherwise.
std::optional<int> small_number(std::string_view digits) {
    if (digits.empty() || digits.size() > 3) return std::nullopt;
    int value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace

std::string Cadence::str() const {
    switch (kind) {
        case Weekly: return "weekly";
        case Biweekly: return "biweekly";
        case Monthly: return "monthly";
        case EveryNDays: break;
    }
    return fmt::format("every:{}d", days);
}

Cadence parse_cadence(std::string_view text) {
    if (text == "weekly") return Cadence::weekly();
    if (text == "biweekly") return Cadence::biweekly();
    if (text == "monthly") return Cadence::monthly();

    constexpr std::string_view prefix = "every:";
    if (text.size() < prefix.size() + 2 || text.substr(0, prefix.size()) != prefix)
        throw invalid_cadence(text, kAcceptedCadences);
    const char unit = text.back();
    const auto n = small_number(text.substr(prefix.size(), text.size() - prefix.size() - 1));
    if (!n || (unit != 'd' && unit != 'w')) throw invalid_cadence(text, kAcceptedCadences);

    if (unit == 'w') {
        if (*n < 1 || *n > kMaxEveryWeeks)
            throw invalid_cadence(text, fmt::format("the number of weeks must be from 1 to {}", kMaxEveryWeeks));
        return Cadence::every_n_days(*n * 7);
    }
    if (*n < 1 || *n > kMaxEveryDays)
        throw invalid_cadence(text, fmt::format("the number of days must be from 1 to {}", kMaxEveryDays));
    return Cadence::every_n_days(*n);
}

bool is_time_of_day(std::string_view t) {
    if (t.size() != 5 || t[2] != ':') return false;
    for (size_t i : {0u, 1u, 3u, 4u})
        if (t[i] < '0' || t[i] > '9') return false;
    return (t[0] - '0') * 10 + (t[1] - '0') < 24 && t[3] < '6';
}

}  // namespace mentor
