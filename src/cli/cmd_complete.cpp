// mentor __complete words -- WORD...: what may come next on a command line,
// for the shell completion scripts in completions/ (a hidden command).
//
// The WORDs are the words typed after `mentor`, the last one being the word
// under the cursor (empty for a new word). Each candidate that starts with it
// is printed on its own line, as `word` or `word<TAB>description`; the line
// `:file` or `:dir` asks the shell for file or folder names instead.
// Subcommands, options and their choices come from the CLI11 tree, so they
// are always those of this binary; ids come from the NAMES of people/*.yaml
// and pairs/*.yaml, never from reading a record, so that completing stays
// instant on tens of thousands of people. It never prints an error: what
// cannot be completed (no records directory, say) completes to nothing.

#include <dirent.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <unordered_set>

#include "app_tree.hpp"
#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/ids.hpp"

namespace mentor::cli {
namespace {

// What the value of an option or of a positional argument names.
enum class Value { Text, Person, Pair, PairOrPerson, AnyId, Action, File, Dir };

// The one table of which option or argument takes which kind of id or path,
// as the commands' --help says. An option or argument of this name takes
// this kind of value in every command that has it.
struct ValueKind {
    std::string_view name;  // a long option or a positional argument
    Value value;
};
constexpr ValueKind value_kinds[] = {
    {"MENTOR", Value::Person},      // add pair MENTOR MENTEE
    {"MENTEE", Value::Person},
    {"--person", Value::Person},    // list, plan --ics, report
    {"--manager", Value::Person},   // add person|mentor|mentee
    {"--prefers", Value::Person},
    {"--avoids", Value::Person},
    {"--explain", Value::Person},   // match: a mentee
    {"PAIR", Value::PairOrPerson},  // log, plan, report: a pair id, or a person id with one pair
    {"ID", Value::AnyId},           // show: a person or a pair
    {"TARGET", Value::AnyId},       // agenda: a person or a pair
    {"ACTION", Value::Action},      // action PAIR ACTION: an action of that pair
    {"--dir", Value::Dir},          // -C DIR
    {"DIR", Value::Dir},            // init DIR
    {"--mail", Value::Dir},         // agenda --all --mail DIR
    {"--from-csv", Value::File},
    {"--output", Value::File},
    {"--notes-file", Value::File},
    {"--import", Value::File},  // key init --import: an age identity file
};

Value value_kind(const CLI::Option& option) {
    std::vector<std::string> names;
    if (option.nonpositional())
        for (const auto& l : option.get_lnames()) names.push_back("--" + l);
    else
        names.push_back(option.get_name(true));
    for (const auto& k : value_kinds)
        if (std::find(names.begin(), names.end(), k.name) != names.end()) return k.value;
    return Value::Text;
}

// Options that collect several words after one flag (`--topic a b`), as CLI11
// does for lists, until the next option or subcommand.
bool is_greedy(const CLI::Option& option) { return option.get_allow_extra_args() && option.get_expected_max() > 1; }

const CLI::App* find_subcommand(const CLI::App& command, const std::string& name) {
    for (const CLI::App* sub : visible_subcommands(command))
        if (sub->check_name(name)) return sub;
    return nullptr;
}

// A word as the shell would pass it to the program: quotes removed,
// backslashes resolved, a leading ~/ made $HOME/ (only -C's value needs it).
std::string shell_unquote(const std::string& word) {
    std::string out;
    char quote = 0;
    for (size_t i = 0; i < word.size(); ++i) {
        char c = word[i];
        if (quote == '\'') {
            if (c == '\'') quote = 0;
            else out += c;
        } else if (c == '\\' && i + 1 < word.size()) {
            // Inside "...", a backslash escapes only " \ $ and `.
            if (quote == '"' && std::string_view("\"\\$`").find(word[i + 1]) == std::string_view::npos) out += c;
            out += word[++i];
        } else if (c == '"') {
            quote = quote ? 0 : '"';
        } else if (c == '\'' && !quote) {
            quote = '\'';
        } else {
            out += c;
        }
    }
    const char* home = std::getenv("HOME");
    if (home && (out == "~" || out.starts_with("~/"))) out = home + out.substr(1);
    return out;
}

// Where the typed words leave the command line.
struct Typed {
    const CLI::App* command = nullptr;
    size_t positionals_given = 0;             // positional words given to `command`
    std::vector<std::string> positional_words;  // those words
    const CLI::Option* value_of = nullptr;    // the option the current word is a value of
    bool value_optional = false;              // it has one already: an option may come instead
    std::set<const CLI::Option*> given;       // options already on the line
    std::optional<std::string> dir;           // -C/--dir, where the ids are
};

Typed walk(const CLI::App& root, const std::vector<std::string>& words) {
    Typed t;
    t.command = &root;
    bool only_positionals = false;
    auto take_value = [&t](const CLI::Option* option, const std::string& value) {
        if (option->check_lname("dir")) t.dir = shell_unquote(value);
    };
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (!only_positionals && w == "--") {
            only_positionals = true;
        } else if (!only_positionals && w.size() > 1 && w[0] == '-') {
            auto eq = w.find('=');
            bool attached = w.starts_with("--") ? eq != std::string::npos : w.size() > 2;  // --dir=X, -CX
            std::string name = w.starts_with("--") ? w.substr(0, eq) : w.substr(0, 2);
            const CLI::Option* option = find_named_option(t.command, name);
            if (!option) continue;
            t.given.insert(option);
            if (is_flag(*option)) continue;
            if (attached) {
                take_value(option, w.starts_with("--") ? w.substr(eq + 1) : w.substr(2));
                continue;
            }
            // The words after it are its value, or values for a list.
            size_t taken = 0;
            while (i + 1 < words.size() && (taken == 0 || (is_greedy(*option) && words[i + 1][0] != '-' &&
                                                           !find_subcommand(*t.command, words[i + 1])))) {
                take_value(option, words[++i]);
                ++taken;
            }
            if (i + 1 == words.size() && (taken == 0 || is_greedy(*option))) {
                t.value_of = option;
                t.value_optional = taken > 0;
            }
        } else if (const CLI::App* sub = only_positionals ? nullptr : find_subcommand(*t.command, w)) {
            t.command = sub;
            t.positionals_given = 0;
            t.positional_words.clear();
        } else {
            ++t.positionals_given;
            t.positional_words.push_back(w);
        }
    }
    return t;
}

struct Candidate {
    std::string word, description;
};

// A description on one short line: no "(...)" asides, the first clause
// before any ";".
std::string short_description(const std::string& text) {
    std::string out;
    int depth = 0;
    for (char c : text.substr(0, text.find("; "))) {
        if (c == '(') depth++;
        if (depth == 0) out += c == '\t' || c == '\n' ? ' ' : c;
        if (c == ')' && depth > 0) depth--;
    }
    for (size_t at; (at = out.find("  ")) != std::string::npos || (at = out.find(" ,")) != std::string::npos;) out.erase(at, 1);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

class Completer {
public:
    Completer(Context& context, std::string current) : context_(context), current_(std::move(current)) {}

    void add(const std::string& word, const std::string& description = "") {
        if (word.starts_with(current_) && seen_.insert(word).second) out_.push_back({word, short_description(description)});
    }

    void subcommands(const CLI::App& command) {
        for (const CLI::App* sub : visible_subcommands(command)) add(sub->get_name(), sub->get_description());
    }

    // The options of `command` and of the commands above it, but none given
    // already (unless it may be repeated) nor any excluded by one given.
    void options(const Typed& t) {
        for (const CLI::App* c = t.command; c; c = c->get_parent())
            for (const CLI::Option* o : named_options(*c)) {
                bool own = c == t.command;  // --help and --version: the command's own only
                if (!own && (o == c->get_help_ptr() || o == c->get_version_ptr())) continue;
                if (t.given.count(o) && !is_repeatable(*o)) continue;
                bool excluded = false;
                for (const CLI::Option* x : o->get_excludes()) excluded = excluded || t.given.count(x);
                if (excluded) continue;
                for (const auto& s : o->get_snames()) add("-" + s, o->get_description());
                for (const auto& l : o->get_lnames()) add("--" + l, o->get_description());
            }
    }

    // The values `option` takes, each written after `prefix` ("--format=").
    void values(const CLI::Option& option, const std::optional<std::string>& dir, const std::string& prefix = "",
                const std::vector<std::string>& before = {}) {
        for (const auto& choice : option_choices(option)) add(prefix + choice);
        switch (value_kind(option)) {
        case Value::Text: break;
        case Value::File: directive(":file"); break;
        case Value::Dir: directive(":dir"); break;
        case Value::Person: ids(dir, prefix, true, false, false); break;
        case Value::Pair: ids(dir, prefix, false, true, false); break;
        case Value::PairOrPerson: ids(dir, prefix, false, true, true); break;
        case Value::AnyId: ids(dir, prefix, true, true, false); break;
        case Value::Action:
            if (!before.empty()) action_prefixes(dir, before.back());
            break;
        }
    }

    bool empty() const { return out_.empty() && directive_.empty(); }

    void print() const {
        // One write: a Tab press over 100,000 ids prints them all.
        std::string text;
        if (!directive_.empty()) text += directive_ + "\n";
        for (const auto& c : out_) {
            text += c.word;
            if (!c.description.empty()) text += "\t" + c.description;
            text += '\n';
        }
        std::cout << text;
    }

private:
    void directive(const char* what) { directive_ = what; }

    // Ids from file names: people/<id>.yaml, pairs/<mentor>--<mentee>.yaml,
    // and with `paired`, the people named in a pair's file name.
    void ids(const std::optional<std::string>& dir, const std::string& prefix, bool people, bool pairs, bool paired) {
        std::optional<fs::path> root = records_dir(dir);
        if (!root) return;
        std::vector<std::string> found;
        if (people)
            for (auto& id : file_ids(*root, layout::Kind::Person)) found.push_back(id);
        if (pairs)
            for (auto& id : file_ids(*root, layout::Kind::Pair))
                if (auto people_of_pair = split_pair_id(id)) {
                    found.push_back(id);
                    if (paired) found.insert(found.end(), {people_of_pair->first, people_of_pair->second});
                }
        std::sort(found.begin(), found.end());
        for (const auto& id : found) add(prefix + id);
    }

    // "<session>." for each session file of the pair `pair` names (its id,
    // or a person of exactly one pair): action ids start so. From file
    // names only, like every candidate here.
    void action_prefixes(const std::optional<std::string>& dir, const std::string& pair) {
        std::optional<fs::path> root = records_dir(dir);
        if (!root) return;
        std::vector<std::string> named;
        for (auto& id : file_ids(*root, layout::Kind::Pair))
            if (auto people = split_pair_id(id); id == pair || (people && (people->first == pair || people->second == pair)))
                named.push_back(id);
        if (named.size() != 1) return;
        std::vector<std::string> found;
        std::error_code ec;
        for (fs::directory_iterator it(*root / layout::journal_folder(named.front()), ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            auto stem = layout::record_stem(name);
            if (stem && layout::parse_session_stem(*stem)) found.push_back(std::string(*stem) + ".");
        }
        std::sort(found.begin(), found.end());
        for (const auto& f : found) add(f);
    }

    // The records directory as the commands find it (-C, $MENTOR_DIR, the
    // working directory, the user's config), with any message kept quiet.
    std::optional<fs::path> records_dir(const std::optional<std::string>& dir) const {
        std::streambuf* saved = std::cerr.rdbuf(nullptr);
        std::optional<fs::path> root;
        try {
            context_.options.dir = dir;
            root = context_.open_store().root();
        } catch (...) {
        }
        std::cerr.rdbuf(saved);
        return root;
    }

    // The ids of the folder's record files of `kind` (add() keeps those that
    // start with what is typed).
    std::vector<std::string> file_ids(const fs::path& root, layout::Kind kind) const {
        // readdir(3) rather than a directory_iterator: no path object per
        // file, which is most of the cost over 100,000 names.
        std::vector<std::string> ids;
        DIR* folder = ::opendir((root / layout::folder(kind)).c_str());
        if (!folder) return ids;
        while (const dirent* entry = ::readdir(folder))
            if (auto id = layout::record_id(kind, entry->d_name)) ids.emplace_back(*id);
        ::closedir(folder);
        return ids;
    }

    Context& context_;
    std::string current_;
    std::vector<Candidate> out_;
    std::unordered_set<std::string> seen_;
    std::string directive_;
};

void run_complete(const CLI::App& root, std::vector<std::string> words, Context& context) {
    if (words.empty()) words.emplace_back();
    std::string current = words.back();
    words.pop_back();
    Typed t = walk(root, words);
    Completer c(context, current);
    if (t.value_of && !(t.value_optional && current.starts_with("-"))) {
        c.values(*t.value_of, t.dir);
    } else if (auto eq = current.find('='); current.starts_with("--") && eq != std::string::npos) {
        const CLI::Option* option = find_named_option(t.command, current.substr(0, eq));
        if (option && !is_flag(*option)) c.values(*option, t.dir, current.substr(0, eq + 1));
    } else if (current.starts_with("-")) {
        c.options(t);
    } else {
        c.subcommands(*t.command);
        auto args = positionals(*t.command);
        size_t given = t.positionals_given;
        const CLI::Option* next = nullptr;
        for (const CLI::Option* a : args) {
            size_t takes = static_cast<size_t>(std::max(a->get_expected_max(), 1));
            if (given < takes) {
                next = a;
                break;
            }
            given -= takes;
        }
        if (next) c.values(*next, t.dir, "", t.positional_words);
        else if (c.empty() && visible_subcommands(*t.command).empty()) c.options(t);
    }
    c.print();
}

}  // namespace

void setup_complete(CLI::App& app, Context& context) {
    // CLI11 writes parsed values through the references given to add_option,
    // so both live in one object the callback owns, past this function.
    struct Arguments {
        std::string mode;
        std::vector<std::string> words;
    };
    auto args = std::make_shared<Arguments>();
    auto* cmd = app.add_subcommand("__complete", tr("Completion candidates, for the shell completion scripts"));
    cmd->group("");  // hidden: not in --help, never suggested
    cmd->add_option("MODE", args->mode, tr("words: candidates for the last of WORDS"))->required()->check(CLI::IsMember({"words"}));
    cmd->add_option("WORDS", args->words, tr("The words after `mentor` (after --), the last one being completed"));
    cmd->callback([&app, &context, args] { run_complete(app, args->words, context); });
}

}  // namespace mentor::cli
