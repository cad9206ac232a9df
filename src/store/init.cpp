#include "mentor/store/init.hpp"

#include <fcntl.h>
#include <unistd.h>

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/records/records.hpp"
#include "mentor/store/lock.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

std::string settings_template(const std::string& program) {
    Settings d;  // the defaults, so the comments never drift from the code
    const Weights& w = d.matching.weights;
    std::string quoted_program = "\"";
    for (char c : program) {
        if (c == '"' || c == '\\') quoted_program += '\\';
        quoted_program += c;
    }
    quoted_program += '"';
    return "# mentor program settings. Every key below is optional except schema;\n"
           "# the values shown are the defaults. See docs/file-format.md.\n"
           "schema: " + std::to_string(kSchemaVersion) + "\n"
           "program: " + quoted_program + "\n"
           "\n"
           "defaults:\n"
           "  # how many mentees a mentor takes when their file gives no capacity\n"
           "  capacity: " + std::to_string(d.default_capacity) + "\n"
           "  # rhythm of sessions: weekly, biweekly, monthly or every:Nd\n"
           "  cadence: " + d.default_cadence + "\n"
           "  # minutes per session\n"
           "  session_length: " + std::to_string(d.default_session_length) + "\n"
           "  # sessions in an agreement\n"
           "  sessions: " + std::to_string(d.default_sessions) + "\n"
           "  # the confidentiality statement every agreement carries\n"
           "  confidentiality: \"" + d.confidentiality + "\"\n"
           "\n"
           "matching:\n"
           "  # optimal (best total score), stable (no pair would rather swap) or greedy\n"
           "  algorithm: " + d.matching.algorithm + "\n"
           "  # coverage: match as many mentees as possible, then maximise the score; score: maximise the score\n"
           "  objective: " + d.matching.objective + "\n"
           "  # never pair people of the same organisation / the same team\n"
           "  exclude_same_organisation: " + (d.matching.exclude_same_organisation ? "true" : "false") + "\n"
           "  exclude_same_team: " + (d.matching.exclude_same_team ? "true" : "false") + "\n"
           "  # largest time zone difference allowed, in hours (remove for no limit)\n"
           "  # max_timezone_difference: 6\n"
           "  # how much each part of the score counts (any whole numbers)\n"
           "  weights:\n"
           "    skills: " + std::to_string(w.skills) + "\n"
           "    interests: " + std::to_string(w.interests) + "\n"
           "    availability: " + std::to_string(w.availability) + "\n"
           "    seniority: " + std::to_string(w.seniority) + "\n"
           "    timezone: " + std::to_string(w.timezone) + "\n"
           "    preferences: " + std::to_string(w.preferences) + "\n"
           "\n"
           "# days without sessions (schedules move to the next working day)\n"
           "holidays: []\n"
           "\n"
           "git:\n"
           "  # commit every change the tool makes (one commit per command); when this\n"
           "  # is not set, your own default applies (autocommit in ~/.config/mentor/config.yaml)\n"
           "  # autocommit: false\n";
}

std::string gitignore_template() {
    return "# Written by `mentor init`. Records are meant to be committed; these are not.\n"
           "# The lock a command holds while it writes (see docs/security.md).\n"
           "/" + std::string(layout::kLockFile) + "\n"
           "# The journal of a write in progress (finished by the next command if it is killed).\n"
           "/" + std::string(layout::kWriteJournalName) + "\n"
           "/" + std::string(layout::kUndoJournalName) + "\n"
           "# Temporary files of a write that was killed part-way.\n" +
           std::string(layout::kTemporaryGlob) + "\n";
}

namespace {

// `name` with `lines` in it: written when absent, kept with `lines` added
// unless it holds `marker` already.
void add_git_file(const std::filesystem::path& dir, const std::string& name, const std::string& lines,
                  std::string_view marker, std::vector<FileWrite>& files) {
    std::error_code ec;
    if (!std::filesystem::exists(dir / name, ec)) {
        files.push_back({name, lines});
        return;
    }
    std::string kept = read_file(dir / name, name);
    if (kept.find(marker) == std::string::npos)
        files.push_back({name, kept + (kept.empty() || kept.back() == '\n' ? "" : "\n") + lines});
}

}  // namespace

std::vector<FileWrite> init_files(const std::filesystem::path& dir, const std::string& program) {
    std::vector<FileWrite> files = {{std::string(layout::kSettingsFile), settings_template(program)}};
    add_git_file(dir, std::string(layout::kGitignoreFile), gitignore_template(), layout::kLockFile, files);
    add_git_file(dir, std::string(layout::kGitattributesFile), std::string(layout::gitattributes_lines()), "merge=mentor", files);
    for (std::string_view folder : layout::kFolders)
        files.push_back({std::string(folder) + "/" + std::string(layout::kKeepFile), ""});
    return files;
}

void check_init_target(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::exists(dir / layout::kSettingsFile, ec))
        throw Error(trf("{} already exists; refusing to overwrite a program's settings", (dir / layout::kSettingsFile).string()));
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) throw Error(trf("{} exists and is not a folder", dir.string()));
    // A records directory inside another would be read as part of it (its
    // files as records of the outer one) and found instead of it from inside.
    fs::path target = fs::absolute(dir).lexically_normal();
    if (target.filename().empty()) target = target.parent_path();  // "prog/"
    for (fs::path above = target.parent_path(); !above.empty(); above = above.parent_path()) {
        if (fs::exists(above / "mentor.yaml", ec))
            // TRANSLATORS: {0} is the folder to create, {1} the records directory around it.
            throw Error(trf("{0} is inside the records directory {1}; refusing to create a records directory inside another",
                            dir.string(), above.string()));
        if (above == above.parent_path()) break;
    }
}

std::vector<std::string> init_records_dir(const std::filesystem::path& dir, const std::string& program) {
    namespace fs = std::filesystem;
    check_init_target(dir);
    std::vector<FileWrite> files = init_files(dir, program);
    // The records folder and the missing folders above it, outermost first,
    // so that a failure can take them away again and leave the disk as it
    // was. The folders inside it are Store::write's: it removes those it
    // made when it fails.
    std::vector<fs::path> made;
    for (fs::path p = fs::absolute(dir).lexically_normal(); !p.empty() && !fs::exists(p); p = p.parent_path()) {
        made.insert(made.begin(), p);
        if (p == p.parent_path()) break;
    }
    try {
        std::error_code ec;
        fs::create_directories(dir, ec);
        // TRANSLATORS: {0} is a folder, {1} the system's reason.
        if (ec) throw Error(trf("cannot create {0}: {1}", dir.string(), ec.message()));

        Store(dir).write(files);
    } catch (...) {
        std::error_code ignored;
        for (auto it = made.rbegin(); it != made.rend(); ++it) fs::remove(*it, ignored);  // only if empty
        throw;
    }
    std::vector<std::string> created;
    for (const auto& f : files) created.push_back(f.path);
    return created;
}

}  // namespace mentor
