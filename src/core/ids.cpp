#include "mentor/core/ids.hpp"

#include <utility>

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/unicode.hpp"

namespace mentor {
namespace {

bool is_slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

}  // namespace

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxIdLength) return false;
    if (id.front() == '-' || id.back() == '-') return false;
    for (char c : id)
        if (!is_slug_char(c)) return false;
    return id.find("--") == std::string_view::npos;
}

std::optional<std::pair<std::string, std::string>> split_pair_id(std::string_view id) {
    size_t sep = id.find("--");
    if (sep == std::string_view::npos) return std::nullopt;
    std::string_view mentor = id.substr(0, sep), mentee = id.substr(sep + 2);
    if (!is_valid_id(mentor) || !is_valid_id(mentee)) return std::nullopt;
    return std::make_pair(std::string(mentor), std::string(mentee));
}

bool is_valid_pair_id(std::string_view id) { return split_pair_id(id).has_value(); }

void require_valid_id(std::string_view id, std::string_view what) {
    if (is_valid_id(id)) return;
    std::string shown(id.substr(0, 80));
    // TRANSLATORS: {0} names the id, already translated ("person id"); {1} is what was typed.
    throw usage_error(trf("{0} '{1}' is not a valid id: use 1 to 64 lower-case letters, digits and single dashes, "
                          "starting with a letter or digit (e.g. jean-martin)",
                          what, shown));
}

std::string slugify(std::string_view name) {
    // The fold key has the words already lower-case, without accents and in
    // Latin letters where Unicode gives them; what is left outside [a-z0-9]
    // (other scripts) separates words, as punctuation does.
    const std::string key = fold_key(name);
    std::string out;
    out.reserve(key.size());
    bool pending_dash = false;
    for (char c : key) {
        if (c == '-' || !is_slug_char(c)) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out += '-';
        pending_dash = false;
        out += c;
    }
    if (out.size() > kMaxIdLength) out.resize(kMaxIdLength);
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string unique_id(const std::string& base, const std::function<bool(const std::string&)>& taken) {
    if (!taken(base)) return base;
    for (int n = 2;; ++n) {
        std::string suffix = "-" + std::to_string(n);
        std::string stem = base.substr(0, kMaxIdLength - suffix.size());
        while (!stem.empty() && stem.back() == '-') stem.pop_back();
        std::string candidate = stem + suffix;
        if (!taken(candidate)) return candidate;
    }
}

}  // namespace mentor
