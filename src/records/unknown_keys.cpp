// Keys no schema declares: kept by the readers, reported by `validate`.

#include <algorithm>

#include "mentor/core/i18n.hpp"
#include "mentor/core/suggest.hpp"
#include "mentor/records/record_io.hpp"

namespace mentor {

void report_unknown_keys(const yaml::Node& map, const schema::Record& record, const ExtraKeys& extra_keys,
                         const std::string& file, Diagnostics& diagnostics) {
    if (!map.is_map()) return;
    const auto declared = extra_keys.find(std::string(record.kind));
    for (const auto& [key, value] : map.entries()) {
        if (record.find(key)) continue;
        if (declared != extra_keys.end() &&
            std::find(declared->second.begin(), declared->second.end(), key) != declared->second.end())
            continue;
        auto near = closest_ids(key, record.keys(), 1);
        std::string message = near.empty() ? trf("unknown key '{}'", key)
                                           : trf("unknown key '{0}'; did you mean '{1}'?", key, near.front());
        const yaml::Mark m = value.key_mark.line ? value.key_mark : value.mark;
        diagnostics.push_back(Diagnostic{Location{file, m.line, m.column}, Severity::Warning, std::move(message)});
    }
}

}  // namespace mentor
