#include "context.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "mentor/core/i18n.hpp"
#include "mentor/store/git.hpp"

namespace mentor::cli {

namespace {
std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::optional<std::string>(v) : std::nullopt;
}
}  // namespace

const UserConfig& Context::config() const {
    if (!config_) {
        const char* home = std::getenv("HOME");
        config_ = read_user_config(user_config_path(std::getenv("XDG_CONFIG_HOME"), home), home);
        for (const auto& w : config_->warnings) std::cerr << trf("mentor: {}", w.str()) << "\n";
    }
    return *config_;
}

Store Context::open_store() const {
    Store store(find_records_dir(options.dir, env("MENTOR_DIR"), std::filesystem::current_path(), config().dir));
    if (git_merge_driver_missing(store.root()))
        info(tr("hint: this clone merges records line by line; run `mentor git-setup` once (docs/git.md)"));
    return store;
}

bool Context::autocommit(const Settings& settings) const {
    if (options.commit || options.no_commit) return options.commit;
    return settings.autocommit.value_or(config().autocommit.value_or(false));
}

std::string Context::editor() const {
    if (config().editor && !config().editor->empty()) return *config().editor;
    for (const char* name : {"VISUAL", "EDITOR"})
        if (auto v = env(name); v && !v->empty()) return *v;
    return "vi";
}

std::optional<RecordsLock> Context::lock_for_writing(const Store& store, bool writes) const {
    if (!writes) return std::nullopt;
    long seconds = 60;
    if (auto text = env("MENTOR_LOCK_TIMEOUT")) {
        char* end = nullptr;
        seconds = std::strtol(text->c_str(), &end, 10);
        if (text->empty() || *end != '\0' || seconds < 0 || seconds > 86400)
            throw usage_error(trf("MENTOR_LOCK_TIMEOUT must be a number of seconds (0 to 86400), got '{}'", text->substr(0, 40)));
    }
    auto lock = RecordsLock::acquire(store.root(), std::chrono::seconds(seconds),
                                     [this] { info(tr("waiting for another mentor command to finish writing...")); });
    if (!lock.recovered().empty()) info(trf("mentor: {}", lock.recovered()));
    return lock;
}

Records Context::load(const Store& store, bool require_clean) const {
    Records records = store.load();
    int errors = 0, warnings = 0;
    for (const auto& d : records.diagnostics) (d.severity == Severity::Error ? errors : warnings)++;
    if (errors > 0 && require_clean) {
        for (const auto& d : records.diagnostics)
            if (d.severity == Severity::Error) std::cerr << d.str() << "\n";
        throw Error(trnf("{} record has errors; fix them before changing anything (see `mentor validate`)", "{} records have errors; fix them before changing anything (see `mentor validate`)", errors, errors));
    }
    if (errors + warnings > 0 && !options.quiet)
        // TRANSLATORS: {0} errors and {1} warnings.
        std::cerr << trf("mentor: {0} error(s) and {1} warning(s) in the records; run `mentor validate` for details", errors,
                         warnings)
                  << "\n";
    return records;
}

void Context::write(const Store& store, const Settings& settings, const std::vector<FileWrite>& files,
                    const std::string& commit_message, bool dry_run, const Progress& progress) const {
    if (dry_run) return show_dry_run(files);
    store.write(files, progress);
    if (autocommit(settings)) {
        std::vector<std::string> paths;
        for (const auto& f : files) paths.push_back(f.path);
        git_commit_files(store.root(), paths, commit_message);
    }
}

void Context::show_dry_run(const std::vector<FileWrite>& files) const {
    // The marker before each file is not translated: it is part of what the
    // command prints on stdout, which is the same bytes in every language
    // (with --format json too: tests/e2e/test_locale.sh).
    for (const auto& f : files) std::cout << "--- would write " << f.path << "\n" << f.content;
    info(tr("dry run: nothing was written"));
}

std::string Context::format(const std::vector<std::string>& allowed) const {
    for (const auto& a : allowed)
        if (a == options.format || (a == "csv" && options.format == kCsvExcel)) return a;  // csv_options.hpp
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    throw usage_error(trf("--format {} is not available here (choose {})", options.format, list));
}

bool Context::color() const {
    const std::string choice = options.color ? *options.color : config().color.value_or("auto");
    if (choice == "always") return true;
    if (choice == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    const char* term = std::getenv("TERM");
    if (term && std::string(term) == "dumb") return false;
    return ::isatty(STDOUT_FILENO);
}

Date Context::today() const { return today_from_environment(options.today, "--today"); }

Date date_option(const std::string& name, const std::string& text, Date today) {
    try {
        return parse_date(text, today);
    } catch (const Error& e) {
        throw usage_error(trf("{}: {}", name, e.message()));
    }
}

Date past_date_option(const std::optional<std::string>& text, Date today) {
    const Date on = text ? date_option("--date", *text, today) : today;
    if (today < on) throw usage_error(trf("--date {} is in the future (today is {})", date_cell(on), date_cell(today)));
    return on;
}

std::string calendar_name(const Person& person) {
    return trf("Mentoring sessions of {}", person.name.empty() ? person.id : person.name);
}

void Context::info(const std::string& message) const {
    if (!options.quiet) std::cerr << message << "\n";
}

void Context::warn(const std::string& message) const { std::cerr << trf("mentor: warning: {}", message) << "\n"; }

}  // namespace mentor::cli
