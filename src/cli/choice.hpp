#pragma once
// Option values from a fixed list. Refused with the closest one suggested
// ("--format: 'jsn' is not one of text, markdown, json...; did you mean
// json?") where CLI::IsMember says only "jsn not in {...}". The description
// keeps IsMember's "{a,b,c}" form, which --help, the man pages and the shell
// completions read the choices from (app_tree.hpp).

#include <CLI/CLI.hpp>
#include <algorithm>
#include <string>
#include <vector>

#include "mentor/core/i18n.hpp"
#include "mentor/core/suggest.hpp"

namespace mentor::cli {

inline CLI::Validator one_of(std::vector<std::string> choices) {
    std::string description, list;
    for (const auto& c : choices) {
        description += (description.empty() ? "" : ",") + c;
        list += (list.empty() ? "" : ", ") + c;
    }
    return CLI::Validator(
        [choices, list](std::string& value) -> std::string {
            if (std::find(choices.begin(), choices.end(), value) != choices.end()) return "";
            // TRANSLATORS: {0} is the value given, {1} the values allowed, {2} "; did you mean ...?" or nothing.
            return trf("'{0}' is not one of {1}{2}", value.substr(0, 80), list, did_you_mean(value, choices));
        },
        "{" + description + "}");
}

}  // namespace mentor::cli
