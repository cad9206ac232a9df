#include "usage_hint.hpp"

#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "app_tree.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/suggest.hpp"

namespace mentor::cli {
namespace {

std::vector<std::string> option_names(const CLI::App* command) {
    std::vector<std::string> names;
    for (; command; command = command->get_parent())
        for (const CLI::Option* o : command->get_options()) {
            for (const auto& l : o->get_lnames()) names.push_back("--" + l);
            for (const auto& s : o->get_snames()) names.push_back("-" + s);
        }
    return names;
}

// The names of the subcommands that may be suggested (not the hidden ones).
std::vector<std::string> suggestable_subcommands(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::App* sub : visible_subcommands(command)) names.push_back(sub->get_name());
    return names;
}

// "add pair" for `mentor add pair`: the path below the root command.
std::string path_of(const CLI::App& command) {
    const std::string path = command_path(command);
    const size_t space = path.find(' ');
    return space == std::string::npos ? "" : path.substr(space + 1);
}

}  // namespace

std::optional<std::string> usage_hint(const CLI::App& app, int argc, const char* const* argv) {
    const CLI::App* current = &app;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") break;
        if (arg.size() > 1 && arg[0] == '-') {
            const bool long_form = arg.compare(0, 2, "--") == 0;
            // "--format=json" and "-Cdir" carry their value; "-qC dir" is a group.
            const std::string name = long_form ? arg.substr(0, arg.find('=')) : arg.substr(0, 2);
            const CLI::Option* option = find_named_option(current, name);
            if (!option) {
                auto near = closest_ids(name, option_names(current), 1);
                std::string where = path_of(*current);
                const std::string help = "mentor " + (where.empty() ? "" : where + " ") + "--help";
                if (near.empty()) return trf("unknown option '{0}' (see `{1}`)", name.substr(0, 80), help);
                // TRANSLATORS: {0} the option given, {1} the closest option, {2} a command line.
                return trf("unknown option '{0}'; did you mean '{1}'? (see `{2}`)", name.substr(0, 80), near.front(), help);
            }
            const bool value_attached = long_form ? arg.find('=') != std::string::npos : arg.size() > 2;
            if (option->get_expected_min() > 0 && !value_attached) ++i;
            continue;
        }
        std::vector<std::string> subs = suggestable_subcommands(*current);
        if (subs.empty()) continue;  // a positional argument of the current command
        bool found = false;
        for (const CLI::App* sub : current->get_subcommands({}))
            if (sub->check_name(arg)) {
                current = sub;
                found = true;
                break;
            }
        // A word where a subcommand must come: the command takes no positional of its own.
        if (!found && positionals(*current).empty()) {
            auto near = closest_ids(arg, subs, 1);
            std::string where = path_of(*current);
            const std::string given = (where.empty() ? "" : where + " ") + arg.substr(0, 80);
            const std::string list = fmt::format("{}", fmt::join(subs, ", "));
            // TRANSLATORS: {0} the command given, {1} "; did you mean 'x'?" or nothing, {2} the commands, {3} the parent command.
            const std::string maybe = near.empty() ? "" : trf("; did you mean '{}'?", near.front());
            if (where.empty()) return trf("unknown command '{0}'{1} (commands: {2})", given, maybe, list);
            return trf("unknown command '{0}'{1} (commands of {3}: {2})", given, maybe, list, where);
        }
        if (!found) return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace mentor::cli
