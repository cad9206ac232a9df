#include "cli11_text.hpp"

#include <fmt/args.h>

#include <algorithm>
#include <regex>
#include <sstream>
#include <vector>

#include "mentor/core/i18n.hpp"

namespace mentor::cli {
namespace {

// The keys CLI11's Formatter looks up with get_label(), the option group and
// subcommand group headings it prints as they are, and the type names of
// mentor's options (the part before ":{...}" of "TEXT:{a,b}").
struct Label {
    const char* key;
    const char* context;
};
// TRANSLATORS: the words of `mentor --help`: headings, placeholders of
// values (upper case, as in "--dir TEXT") and markers.
constexpr Label kLabels[] = {
    {NC_("help", "Usage"), "help"},           {NC_("help", "OPTIONS"), "help"},
    {NC_("help", "SUBCOMMAND"), "help"},      {NC_("help", "SUBCOMMANDS"), "help"},
    {NC_("help", "Positionals"), "help"},     {NC_("help", "Options"), "help"},
    {NC_("help", "Subcommands"), "help"},     {NC_("help", "REQUIRED"), "help"},
    {NC_("help", "Env"), "help"},             {NC_("help", "Needs"), "help"},
    {NC_("help", "Excludes"), "help"},        {NC_("help type", "TEXT"), "help type"},
    {NC_("help type", "INT"), "help type"},   {NC_("help type", "UINT"), "help type"},
    {NC_("help type", "FLOAT"), "help type"}, {NC_("help type", "BOOLEAN"), "help type"},
};

// "TEXT:{a,b}" -> "TEXTE:{a,b}": the values stay what the user types.
std::string translated_type(const CLI::FormatterBase& f, const std::string& type) {
    const size_t colon = type.find(':');
    return f.get_label(type.substr(0, colon)) + (colon == std::string::npos ? "" : type.substr(colon));
}

// "Options:" in English, "Options :" in French (a space before the colon).
std::string heading(const std::string& label) { return trf_ctx("help", "{}:", label); }

// CLI11's Formatter with every word it prints taken from the labels, and
// headings written as the language writes them.
class TranslatedFormatter : public CLI::Formatter {
public:
    std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override {
        std::string out = "\n" + heading(get_label(group)) + "\n";
        for (const CLI::Option* opt : opts) out += make_option(opt, is_positional);
        return out;
    }

    std::string make_usage(const CLI::App* app, std::string name) const override {
        const std::string usage = CLI::Formatter::make_usage(app, std::move(name));
        const std::string english = get_label("Usage") + ":";
        if (usage.compare(0, english.size(), english) != 0) return usage;
        return heading(get_label("Usage")) + usage.substr(english.size());
    }

    // As CLI11's, with the group heading from the labels (mentor's
    // subcommands are all in CLI11's one group, "Subcommands").
    std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override {
        std::stringstream out;
        std::vector<std::string> groups;
        for (const CLI::App* sub : app->get_subcommands({}))
            if (!sub->get_name().empty() && !sub->get_group().empty() &&
                std::find(groups.begin(), groups.end(), sub->get_group()) == groups.end())
                groups.push_back(sub->get_group());
        for (const std::string& group : groups) {
            out << "\n" << heading(get_label(group)) << "\n";
            for (const CLI::App* sub : app->get_subcommands([&group](const CLI::App* s) { return s->get_group() == group; })) {
                if (sub->get_name().empty()) continue;
                if (mode != CLI::AppFormatMode::All) {
                    out << make_subcommand(sub);
                } else {
                    out << sub->help(sub->get_name(), CLI::AppFormatMode::Sub) << "\n";
                }
            }
        }
        return out.str();
    }

    // As CLI11's, with the type name translated.
    std::string make_option_opts(const CLI::Option* opt) const override {
        std::stringstream out;
        if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
        if (opt->get_type_size() != 0) {
            if (!opt->get_type_name().empty()) out << " " << translated_type(*this, opt->get_type_name());
            if (!opt->get_default_str().empty()) out << "=" << opt->get_default_str();
            if (opt->get_expected_max() == CLI::detail::expected_max_vector_size)
                out << " ...";
            else if (opt->get_expected_min() > 1)
                out << " x " << opt->get_expected();
            if (opt->get_required()) out << " " << get_label("REQUIRED");
        }
        if (!opt->get_envname().empty()) out << " (" << heading(get_label("Env")) << opt->get_envname() << ")";
        if (!opt->get_needs().empty()) {
            out << " " << heading(get_label("Needs"));
            for (const CLI::Option* o : opt->get_needs()) out << " " << o->get_name();
        }
        if (!opt->get_excludes().empty()) {
            out << " " << heading(get_label("Excludes"));
            for (const CLI::Option* o : opt->get_excludes()) out << " " << o->get_name();
        }
        return out.str();
    }
};

// One message of CLI11: its English text as a regular expression whose
// groups are the parts, and the message rebuilt from them ({0}, {1}...).
struct Pattern {
    const char* english;
    const char* message;
    size_t type_group = 0;  // the group that is a type name (TEXT), translated as --help shows it
};

// In the order tried: the first that matches the whole text wins.
const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> table = {
        {"A subcommand is required", N_("A subcommand is required")},
        // TRANSLATORS: {0} is an option or argument name (--by, PAIR).
        {"(.+) is required", N_("{0} is required")},
        // TRANSLATORS: {0} is an option, {1} the value given, {2} the allowed values.
        {"(.+): (.*) not in \\{(.*)\\}", N_("{0}: {1} not in {{{2}}}")},
        // TRANSLATORS: {0} is an option, {1} the value given, {2} and {3} the bounds.
        {"(.+): Value (.*) not in range (.*) to (.*)", N_("{0}: Value {1} not in range {2} to {3}")},
        {"(.+): Value (.*) could not be converted", N_("{0}: Value {1} could not be converted")},
        {"Could not convert: (.+) = (.*)", N_("Could not convert: {0} = {1}")},
        // TRANSLATORS: {0} is an option, {1} how many values, {2} their type (TEXT, INT).
        {"(.+): ([0-9]+) required (.+) missing", N_("{0}: {1} required {2} missing"), 3},
        {"(.+) excludes (.+)", N_("{0} excludes {1}")},
        {"(.+) requires (.+)", N_("{0} requires {1}")},
        {"The following argument was not expected: (.*)", N_("The following argument was not expected: {0}")},
        {"The following arguments were not expected: (.*)", N_("The following arguments were not expected: {0}")},
        {"(.+): too many inputs for a flag", N_("{0}: too many inputs for a flag")},
        {"(.+): Should be true/false or a number", N_("{0}: Should be true/false or a number")},
        {"(.+) was given a disallowed flag override", N_("{0} was given a disallowed flag override")},
        // A validator's message (already in the user's language) after its option's name.
        // TRANSLATORS: {0} is an option or argument name, {1} what is wrong with its value.
        {"(--?[A-Za-z0-9-]+|[A-Z]+): (.*)", N_("{0}: {1}")},
    };
    return table;
}

std::string failure_message(const CLI::App* app, const CLI::Error& e) {
    std::string text = translated_parse_error(e.what()) + "\n";
    if (const CLI::Option* help = app->get_help_ptr())
        text += trf("Run with {} for more information.", help->get_name()) + "\n";
    return text;
}

}  // namespace

std::string translated_parse_error(const std::string& what) {
    for (const Pattern& p : patterns()) {
        std::smatch m;
        if (!std::regex_match(what, m, std::regex(p.english))) continue;
        fmt::dynamic_format_arg_store<fmt::format_context> args;
        for (size_t i = 1; i < m.size(); ++i)
            args.push_back(i == p.type_group ? std::string(tr_ctx("help type", m[i].str().c_str())) : m[i].str());
        return i18n_detail::format_or_source(tr(p.message), p.message, args);
    }
    return what;
}

void install_cli11_text(CLI::App& app, const std::string& version) {
    auto formatter = std::make_shared<TranslatedFormatter>();
    for (const Label& l : kLabels) formatter->label(l.key, tr_ctx(l.context, l.key));
    app.formatter(formatter);
    app.set_help_flag("-h,--help", tr("Print this help message and exit"));
    app.set_version_flag("--version", version, tr("Display program version information and exit"));
    app.failure_message(failure_message);
}

}  // namespace mentor::cli
