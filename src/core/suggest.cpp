#include "mentor/core/suggest.hpp"

#include <algorithm>

#include "mentor/core/i18n.hpp"

namespace mentor {

size_t edit_distance(std::string_view a, std::string_view b) {
    // Ids are short: one full table is simpler than two rolling rows.
    std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
    for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

std::vector<std::string> closest_ids(std::string_view text, const std::vector<std::string>& candidates, size_t most) {
    std::vector<std::pair<size_t, std::string>> ranked;
    const size_t limit = std::max<size_t>(2, text.size() / 3);
    for (const auto& c : candidates) {
        if (text.size() > 200) break;  // no typo is that long; and the table would be large
        size_t d = !text.empty() && c.find(text) != std::string::npos ? 1 : edit_distance(text, c);
        if (d <= limit) ranked.emplace_back(d, c);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (const auto& [d, c] : ranked)
        if (out.size() < most && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    return out;
}

std::string did_you_mean(std::string_view text, const std::vector<std::string>& candidates) {
    std::string hint;
    for (const auto& near : closest_ids(text, candidates, 3)) hint += (hint.empty() ? "" : ", ") + near;
    // TRANSLATORS: added to a message; {} is one to three ids, "a, b, c".
    return hint.empty() ? "" : trf("; did you mean {}?", hint);
}

}  // namespace mentor
