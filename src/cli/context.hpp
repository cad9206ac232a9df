#pragma once
// What every subcommand shares: the global options and small helpers for
// finding the records, writing files (with --dry-run and autocommit) and
// talking to the user. Data goes to stdout, messages to stderr.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "csv_options.hpp"
#include "mentor/core/date.hpp"
#include "mentor/store/config.hpp"
#include "mentor/store/lock.hpp"
#include "mentor/store/store.hpp"

namespace mentor::cli {

struct GlobalOptions {
    std::optional<std::string> dir;
    std::string format = "text";
    std::optional<std::string> color;  ///< --color; unset: the user's config, else auto
    bool quiet = false;
    bool commit = false, no_commit = false;
    std::optional<std::string> today;
    CsvOutputOptions csv;  ///< --csv-separator, --csv-bom (csv_options.hpp)
};

class Context {
public:
    GlobalOptions options;

    /// The user's config.yaml, read on first use (so that --help and
    /// --version never depend on it); its warnings go to stderr once.
    const UserConfig& config() const;

    /// The records directory per -C, $MENTOR_DIR, the working directory,
    /// else the config's `dir`.
    Store open_store() const;
    /// The writers' lock on the records, for a command about to read and then
    /// write them (`writes`); nothing for a dry run or a reader. Waits up to
    /// $MENTOR_LOCK_TIMEOUT seconds (default 60) for another writer, saying so.
    std::optional<RecordsLock> lock_for_writing(const Store& store, bool writes) const;

    /// Loads everything; prints load warnings/errors summary to stderr.
    /// With `require_clean`, refuses (exit 1) when any record has an error,
    /// so that no command builds on records it could not read.
    Records load(const Store& store, bool require_clean) const;

    /// Whether to commit what a command writes: --commit / --no-commit, else
    /// mentor.yaml's `git: autocommit`, else the config's `autocommit`, else no.
    bool autocommit(const Settings& settings) const;
    /// The editor command: the config's `editor`, else $VISUAL, else $EDITOR, else vi.
    std::string editor() const;

    /// Writes files atomically, or shows them with --dry-run; commits them
    /// when autocommit() says so.
    void write(const Store& store, const Settings& settings, const std::vector<FileWrite>& files,
               const std::string& commit_message, bool dry_run, const Progress& progress = {}) const;

    /// What --dry-run shows: each file that would be written, on stdout.
    void show_dry_run(const std::vector<FileWrite>& files) const;

    /// The --format value, refused (exit 2) unless in `allowed`.
    std::string format(const std::vector<std::string>& allowed) const;
    bool color() const;
    /// --today, else $MENTOR_TODAY, else the local date.
    Date today() const;

    /// An informational message on stderr, unless -q.
    void info(const std::string& message) const;
    void warn(const std::string& message) const;

private:
    mutable std::optional<UserConfig> config_;
};

/// The date an option gives (YYYY-MM-DD, today, +2w...), relative to
/// `today`; a bad one is a usage error naming the option.
Date date_option(const std::string& name, const std::string& text, Date today);

/// The day something happened, from --date: today when not given, and
/// never after today (a usage error).
Date past_date_option(const std::optional<std::string>& text, Date today);

/// The name of a person's calendar of sessions (`plan --person --ics`, `agenda PERSON --format ics`).
std::string calendar_name(const Person& person);

/// Each subcommand registers itself on the app; its callback runs it.
void setup_init(CLI::App& app, Context& context);
void setup_add(CLI::App& app, Context& context);
void setup_list(CLI::App& app, Context& context);
void setup_show(CLI::App& app, Context& context);
void setup_validate(CLI::App& app, Context& context);
void setup_match(CLI::App& app, Context& context);
void setup_log(CLI::App& app, Context& context);
void setup_action(CLI::App& app, Context& context);
void setup_agenda(CLI::App& app, Context& context);
void setup_checkin(CLI::App& app, Context& context);
void setup_plan(CLI::App& app, Context& context);
void setup_report(CLI::App& app, Context& context);
void setup_key(CLI::App& app, Context& context);
void setup_git_setup(CLI::App& app, Context& context);
void setup_merge_driver(CLI::App& app, Context& context);  // hidden: git runs it (merge.mentor.driver)
/// The command git runs for the merge driver and the post-merge hook: found
/// on PATH, so the clone's config survives moving the binary.
inline constexpr std::string_view kGitProgram = "mentor";
/// Hidden commands that describe mentor itself: shell completion candidates
/// (cmd_complete.cpp) and man pages (cmd_man.cpp).
void setup_complete(CLI::App& app, Context& context);
void setup_man(CLI::App& app, Context& context);

}  // namespace mentor::cli
