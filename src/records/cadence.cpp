// Cadences and times of day: the grammar of an agreement's values.

#include "mentor/records/cadence.hpp"

#include <fmt/format.h>

#include <optional>

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/unicode.hpp"

namespace mentor {
namespace {

constexpr int kMaxEveryDays = 365;
constexpr int kMaxEveryWeeks = kMaxEveryDays / 7;

constexpr const char* kAcceptedCadences =
    N_("expected weekly, biweekly, monthly, every:Nd (N days, 1 to 365) or every:Nw (N weeks, 1 to 52), "
       "e.g. every:10d");

Error invalid_cadence(std::string_view text, std::string_view why) {
    // TRANSLATORS: the value typed, then what is expected instead.
    return usage_error(trf("invalid cadence '{}': {}", text, why));
}

// The French words of a cadence, folded as fold_key folds what users type.
struct CadenceWord {
    std::string_view folded;
    Cadence cadence;
};
const CadenceWord kCadenceWords[] = {
    {"hebdomadaire", Cadence::weekly()},
    {"bimensuelle", Cadence::biweekly()},
    {"bimensuel", Cadence::biweekly()},
    {"toutes-les-deux-semaines", Cadence::biweekly()},
    {"toutes-les-2-semaines", Cadence::biweekly()},
    {"mensuelle", Cadence::monthly()},
    {"mensuel", Cadence::monthly()},
};

// "tous les N jours" / "toutes les N semaines" (folded: "tous-les-10-jours"),
// as the English "every:Nd" / "every:Nw"; nullopt for any other text.
std::optional<std::string> french_every(const std::string& folded) {
    for (const auto& [prefix, unit] : {std::pair<std::string_view, char>{"tous-les-", 'd'}, {"toutes-les-", 'w'}}) {
        const std::string_view suffix = unit == 'd' ? "-jours" : "-semaines";
        if (folded.size() > prefix.size() + suffix.size() && folded.starts_with(prefix) && folded.ends_with(suffix))
            return "every:" + folded.substr(prefix.size(), folded.size() - prefix.size() - suffix.size()) + unit;
    }
    return std::nullopt;
}

// The English form of a French cadence, or nullopt.
std::optional<std::string> english_of(std::string_view text) {
    const std::string folded = fold_key(text);
    for (const auto& word : kCadenceWords)
        if (folded == word.folded) return word.cadence.str();
    return french_every(folded);
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

namespace {

// The English grammar; errors name `shown`, the words the user typed.
Cadence parse_english(std::string_view text, std::string_view shown) {
    if (text == "weekly") return Cadence::weekly();
    if (text == "biweekly") return Cadence::biweekly();
    if (text == "monthly") return Cadence::monthly();

    constexpr std::string_view prefix = "every:";
    if (text.size() < prefix.size() + 2 || text.substr(0, prefix.size()) != prefix)
        throw invalid_cadence(shown, tr(kAcceptedCadences));
    const char unit = text.back();
    const auto n = small_number(text.substr(prefix.size(), text.size() - prefix.size() - 1));
    if (!n || (unit != 'd' && unit != 'w')) throw invalid_cadence(shown, tr(kAcceptedCadences));

    if (unit == 'w') {
        if (*n < 1 || *n > kMaxEveryWeeks)
            throw invalid_cadence(shown, trf("the number of weeks must be from 1 to {}", kMaxEveryWeeks));
        return Cadence::every_n_days(*n * 7);
    }
    if (*n < 1 || *n > kMaxEveryDays)
        throw invalid_cadence(shown, trf("the number of days must be from 1 to {}", kMaxEveryDays));
    return Cadence::every_n_days(*n);
}

// Written in English (well formed or not): no folding, which plans read in
// loops over every pair would pay for.
bool english_form(std::string_view text) {
    return text == "weekly" || text == "biweekly" || text == "monthly" || text.starts_with("every:");
}

}  // namespace

Cadence parse_cadence(std::string_view text) {
    if (!english_form(text))
        if (auto english = english_of(text)) return parse_english(*english, text);
    return parse_english(text, text);
}

std::string canonical_cadence(std::string_view text) {
    if (english_form(text)) return std::string(text);
    if (auto english = english_of(text)) {
        try {
            return parse_english(*english, text).str();
        } catch (const Error&) {
            // "tous les 400 jours": the check refuses it in the words typed.
        }
    }
    return std::string(text);
}

bool is_time_of_day(std::string_view t) {
    if (t.size() != 5 || t[2] != ':') return false;
    for (size_t i : {0u, 1u, 3u, 4u})
        if (t[i] < '0' || t[i] > '9') return false;
    return (t[0] - '0') * 10 + (t[1] - '0') < 24 && t[3] < '6';
}

}  // namespace mentor
