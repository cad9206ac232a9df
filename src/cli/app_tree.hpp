#pragma once
// Reading the command-line definitions (the CLI11 App tree) back, for the
// commands that describe mentor itself: `mentor __complete` (shell
// completion) and `mentor __man` (man pages). Both take everything from the
// tree, so that they stay in step with --help.

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "mentor/records/schema.hpp"

namespace mentor::cli {

/// Hidden commands (`__complete`, `__man`) have no group: CLI11 leaves them
/// out of --help, and so do completion, suggestions and man pages.
inline bool is_hidden(const CLI::App& command) { return command.get_group().empty(); }

inline std::vector<const CLI::App*> visible_subcommands(const CLI::App& command) {
    return command.get_subcommands([](const CLI::App* sub) { return !is_hidden(*sub); });
}

/// The command's positional arguments (MENTOR, PAIR...), in order.
inline std::vector<const CLI::Option*> positionals(const CLI::App& command) {
    return command.get_options([](const CLI::Option* o) { return o->get_positional() && !o->nonpositional(); });
}

/// The command's named options (--dir, --format...), in order, --help first.
inline std::vector<const CLI::Option*> named_options(const CLI::App& command) {
    return command.get_options([](const CLI::Option* o) { return o->nonpositional(); });
}

/// The named option `name` ("--dir", "-C") of `command` or of a command
/// above it: global options may follow the subcommand.
inline const CLI::Option* find_named_option(const CLI::App* command, const std::string& name) {
    for (; command; command = command->get_parent())
        if (const CLI::Option* o = command->get_option_no_throw(name); o && o->nonpositional()) return o;
    return nullptr;
}

/// A flag takes no value (--quiet); an option takes one (--dir DIR).
inline bool is_flag(const CLI::Option& option) { return option.get_expected_max() == 0; }

/// An option that may be given more than once, its values adding up (`--topic
/// A --topic B`): "TEXT ..." in --help.
inline bool is_repeatable(const CLI::Option& option) {
    return !is_flag(option) && (option.get_expected_max() == CLI::detail::expected_max_vector_size ||
                                option.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll);
}

/// The values an option accepts when CLI::IsMember checks it ("--format
/// TEXT:{text,markdown,...}" in --help), else none.
inline std::vector<std::string> option_choices(const CLI::Option& option) {
    std::string type = option.get_type_name();
    auto open = type.find('{'), close = type.rfind('}');
    if (open == std::string::npos || close == std::string::npos || close < open) return {};
    std::vector<std::string> choices;
    std::string item;
    for (char c : type.substr(open + 1, close - open - 1)) {
        if (c == ',') {
            choices.push_back(item);
            item.clear();
        } else {
            item += c;
        }
    }
    choices.push_back(item);
    return choices;
}

/// "TEXT:{a,b,c}" from an enum field of the schema: --help, the man pages and
/// the completions then offer its values, while the schema alone checks them
/// (in its own words).
inline std::string choices_type(const schema::Field& field) {
    std::string type = "TEXT:{";
    for (size_t i = 0; i < field.values.size(); ++i) type += (i ? "," : "") + std::string(field.values[i]);
    return type + "}";
}

/// "mentor add pair": the names from the root down to `command`.
inline std::string command_path(const CLI::App& command) {
    const CLI::App* parent = command.get_parent();
    return parent ? command_path(*parent) + " " + command.get_name() : command.get_name();
}

}  // namespace mentor::cli
