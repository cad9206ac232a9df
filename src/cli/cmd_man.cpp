// mentor __man [--templates DIR] OUTDIR: writes the man pages mentor.1 and
// mentor-<command>.1 for each command (a hidden command, run by the build).
//
// What --help says (synopsis, arguments, options, subcommands) is taken from
// the CLI11 tree, so that the pages never drift from it; the prose is
// hand-written troff in DIR/<page>.1.in (docs/man/). The page is .TH, NAME and
// SYNOPSIS, then the template with these lines filled in:
//   @OPTIONS@         .SH ARGUMENTS and .SH OPTIONS of the command
//   @COMMANDS@        .SH COMMANDS: for mentor(1) each command and its page;
//                     for a command, each of its subcommands in full
//   @GLOBAL_OPTIONS@  .SH GLOBAL OPTIONS: the options of mentor(1) it takes too
// A template must have @OPTIONS@, and @COMMANDS@ when the command has
// subcommands; any other @NAME@ is refused, so that a page never silently
// lacks a part. Without --templates (or for a command with no template,
// with a warning) the page has the command's one-line description instead.

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "app_tree.hpp"
#include "context.hpp"

namespace mentor::cli {
namespace {

// Text as troff reads it literally: backslashes as \e, hyphens as \- (so
// that options can be copied from the page), non-ASCII characters as
// \[uXXXX] (the page is plain ASCII), line breaks as spaces, and \& before
// a leading dot or quote so that no line of text reads as a request.
std::string troff(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else if (c == '\n') {
            out += ' ';
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            unsigned code = c & (0x3F >> extra);
            for (int k = 0; k < extra && i + 1 < text.size(); ++k) code = (code << 6) | (text[++i] & 0x3F);
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\[u%04X]", code);
            out += buf;
        }
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

// \% keeps troff from hyphenating a name.
std::string bold(const std::string& text) { return "\\fB\\%" + troff(text) + "\\fR"; }
std::string italic(const std::string& text) { return "\\fI\\%" + troff(text) + "\\fR"; }

// A description as a sentence: with its final stop.
std::string sentence(const std::string& text) {
    return troff(text) + (text.empty() || text.back() == '.' ? "" : ".");
}

std::string page_name(const CLI::App& command) {
    return command.get_parent() ? "mentor-" + command.get_name() : std::string("mentor");
}

// "mentor: records, matching..." -> "records, matching...": one line, no
// final stop, lower case first, as NAME lines are.
std::string one_line_description(const CLI::App& command) {
    std::string d = command.get_description();
    if (d.rfind(command.get_name() + ": ", 0) == 0) d = d.substr(command.get_name().size() + 2);
    std::replace(d.begin(), d.end(), '\n', ' ');
    if (!d.empty() && d.back() == '.') d.pop_back();
    if (!d.empty() && d[0] >= 'A' && d[0] <= 'Z' && !(d.size() > 1 && d[1] >= 'A' && d[1] <= 'Z')) d[0] = char(d[0] - 'A' + 'a');
    return d;
}

// "mentor add pair [OPTIONS] MENTOR MENTEE", as in --help.
std::string usage(const CLI::App& command) {
    std::string line = bold(command_path(command));
    if (!named_options(command).empty()) line += " [" + italic("OPTIONS") + "]";
    for (const CLI::Option* a : positionals(command)) {
        std::string arg = italic(a->get_name(true)) + (a->get_expected_max() > 1 ? "..." : "");
        line += " " + (a->get_required() ? arg : "[" + arg + "]");
    }
    if (!visible_subcommands(command).empty())
        line += command.get_require_subcommand_min() > 0 ? " " + italic("COMMAND") + " ..." : " [" + italic("COMMAND") + " ...]";
    return line;
}

// What follows an option's names: its value as --help shows it, e.g.
// "TEXT", "INT ...", or its choices "auto|always|never".
std::string value_text(const CLI::Option& option) {
    if (is_flag(option)) return "";
    std::string text;
    auto choices = option_choices(option);
    if (!choices.empty()) {
        for (const auto& c : choices) text += (text.empty() ? "" : "|") + italic(c);
    } else {
        std::string type = option.get_type_name();
        text = italic(type.substr(0, type.find(':')));
    }
    return " " + text + (is_repeatable(option) ? " ..." : "");
}

// A named option's names in bold, "-C, --dir", and what follows them.
std::string option_names(const CLI::Option& option) {
    std::string names;
    for (const auto& s : option.get_snames()) names += (names.empty() ? "" : ", ") + bold("-" + s);
    for (const auto& l : option.get_lnames()) names += (names.empty() ? "" : ", ") + bold("--" + l);
    return names + value_text(option);
}

// One .TP entry: "-C, --dir TEXT" and its description.
std::string option_entry(const CLI::Option& option) {
    std::string names;
    if (option.nonpositional()) {
        names = option_names(option);
    } else {
        names = italic(option.get_name(true));
    }
    std::string text = sentence(option.get_description());
    std::string excluded;
    for (const CLI::Option* x : option.get_excludes()) excluded += (excluded.empty() ? "" : ", ") + bold(x->get_name());
    if (!excluded.empty()) text += "\n.br\nNot with " + excluded + ".";
    return ".TP\n" + names + "\n" + text + "\n";
}

std::string options_section(const CLI::App& command, const char* arguments_heading, const char* options_heading) {
    std::string out;
    auto args = positionals(command);
    if (!args.empty()) out += std::string(arguments_heading) + "\n";
    for (const CLI::Option* a : args) out += option_entry(*a);
    out += std::string(options_heading) + "\n";
    for (const CLI::Option* o : named_options(command)) out += option_entry(*o);
    return out;
}

std::string commands_section(const CLI::App& command) {
    std::string out = ".SH COMMANDS\n";
    for (const CLI::App* sub : visible_subcommands(command)) {
        if (!command.get_parent()) {  // mentor(1): each command, and its own page
            out += ".TP\n" + bold(sub->get_name()) + "\n" + sentence(sub->get_description()) + "\nSee " +
                   bold(page_name(*sub)) + "(1).\n";
        } else {  // a command's subcommands, in full
            out += ".SS " + troff(command_path(*sub)) + "\n" + usage(*sub) + "\n.PP\n" + sentence(sub->get_description()) + "\n";
            out += options_section(*sub, ".PP\nArguments:", ".PP\nOptions:");
        }
    }
    return out;
}

std::string global_options_section(const CLI::App& command) {
    const CLI::App* root = &command;
    while (root->get_parent()) root = root->get_parent();
    if (root == &command) return "";
    std::string names;
    for (const CLI::Option* o : named_options(*root)) {
        if (o == root->get_help_ptr() || o == root->get_version_ptr()) continue;
        names += (names.empty() ? "" : ",\n") + option_names(*o);
    }
    return ".SH GLOBAL OPTIONS\nThe options of \\fBmentor\\fR(1) may be given before or after the command:\n" + names + ".\n";
}

// The page: generated header, then the template with its parts filled in.
std::string page(const CLI::App& command, const std::optional<fs::path>& templates) {
    std::string name = page_name(command);
    std::string upper = name;
    for (auto& c : upper) c = char(std::toupper(static_cast<unsigned char>(c)));
    std::string out = ".\\\" " + name + "(1), generated by `mentor __man` from the command-line definitions";
    out += templates ? " and " + name + ".1.in;\n.\\\" edit that file, not this one.\n" : ".\n";
    out += ".TH " + troff(upper) + " 1 \"\" \"mentor " MENTOR_VERSION "\" \"Mentor Manual\"\n";
    out += ".nh\n";  // no hyphenation: option names and ids are copied from pages

    out += ".SH NAME\n" + troff(name) + " \\- " + troff(one_line_description(command)) + "\n";
    out += ".SH SYNOPSIS\n" + usage(command) + "\n";
    if (command.get_parent())
        for (const CLI::App* sub : visible_subcommands(command)) out += ".br\n" + usage(*sub) + "\n";

    std::string body = ".SH DESCRIPTION\n" + troff(command.get_description()) + "\n@OPTIONS@\n" +
                       (visible_subcommands(command).empty() ? "" : "@COMMANDS@\n") + "@GLOBAL_OPTIONS@\n";
    fs::path source = templates ? *templates / (name + ".1.in") : fs::path();
    if (templates && fs::exists(source)) body = read_file(source, source.string());
    else if (templates) std::cerr << "mentor: warning: no " << source.string() << "; " << name << ".1 has no prose\n";

    std::map<std::string, std::string> parts = {
        {"@OPTIONS@", options_section(command, ".SH ARGUMENTS", ".SH OPTIONS")},
        {"@COMMANDS@", visible_subcommands(command).empty() ? "" : commands_section(command)},
        {"@GLOBAL_OPTIONS@", global_options_section(command)},
    };
    std::set<std::string> used;
    static const std::regex placeholder("@[A-Z_]+@");
    std::istringstream lines(body);
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
        ++number;
        auto part = parts.find(line);
        if (part != parts.end()) {
            out += part->second;
            used.insert(line);
        } else if (line.rfind(".\\\"", 0) != 0 && std::regex_search(line, placeholder)) {  // not in a comment
            throw Error(source.string() + ":" + std::to_string(number) + ": unknown placeholder in: " + line);
        } else {
            out += line + "\n";
        }
    }
    for (const char* required : {"@OPTIONS@", "@COMMANDS@"})
        if (!used.count(required) && !parts[required].empty())
            throw Error(source.string() + ": " + required + " is missing: the page would lack the command's " +
                        (std::string(required) == "@OPTIONS@" ? "options" : "subcommands"));
    return out;
}

void write_page(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw Error("cannot write " + path.string());
}

void run_man(const CLI::App& root, const std::string& outdir, const std::optional<std::string>& templates) {
    std::optional<fs::path> from;
    if (templates) from = fs::path(*templates);
    if (from && !fs::is_directory(*from)) throw usage_error("--templates: no folder " + *templates);
    std::error_code ec;
    fs::create_directories(outdir, ec);
    if (ec) throw Error("cannot create " + outdir + ": " + ec.message());
    std::set<std::string> written;
    for (const CLI::App* command : visible_subcommands(root)) written.insert(page_name(*command) + ".1");
    // A template of a command that is gone would leave a page the build
    // expects and nothing writes.
    if (from)
        for (const auto& entry : fs::directory_iterator(*from)) {
            std::string name = entry.path().filename().string();
            if (name.ends_with(".1.in") && name != "mentor.1.in" && !written.count(name.substr(0, name.size() - 3)))
                throw Error(entry.path().string() + ": no such command; remove the template or add the command");
        }
    write_page(fs::path(outdir) / "mentor.1", page(root, from));
    for (const CLI::App* command : visible_subcommands(root))
        write_page(fs::path(outdir) / (page_name(*command) + ".1"), page(*command, from));
}

}  // namespace

void setup_man(CLI::App& app, Context&) {
    auto outdir = std::make_shared<std::string>();
    auto templates = std::make_shared<std::optional<std::string>>();
    auto* cmd = app.add_subcommand("__man", "Write the man pages (mentor.1, mentor-COMMAND.1) into OUTDIR");
    cmd->group("");  // hidden: not in --help, never suggested
    cmd->add_option("OUTDIR", *outdir, "Where to write the pages")->required();
    cmd->add_option("--templates", *templates, "Folder of the hand-written parts, PAGE.1.in (docs/man)");
    cmd->callback([&app, outdir, templates] { run_man(app, *outdir, *templates); });
}

}  // namespace mentor::cli
