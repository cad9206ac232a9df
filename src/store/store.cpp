// Finding and loading the records directory.

#include "mentor/store/store.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "core/parallel.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/record_io.hpp"

namespace mentor {
namespace {

const std::string kSettingsFile(layout::kSettingsFile);

// `source` says where the folder was named: "--dir", "MENTOR_DIR" or the user configuration.
fs::path require_settings(const fs::path& dir, const std::string& source) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        // TRANSLATORS: {0} is a folder, {1} where it was named ("--dir", "MENTOR_DIR", "dir in the user configuration").
        throw Error(trf("records directory {0} (from {1}) does not exist; create one with `mentor init {0}`", dir.string(), source));
    if (!fs::exists(dir / kSettingsFile, ec))
        // TRANSLATORS: {0} is a folder, {1} where it was named ("--dir", "MENTOR_DIR", "dir in the user configuration").
        throw Error(trf("no mentor.yaml in {0} (from {1}); create one with `mentor init {0}`", dir.string(), source));
    return fs::absolute(dir);
}

// A directory listing of `*.yaml` record files, sorted, with diagnostics for
// anything in the folder that is not one.
std::vector<std::string> list_records(const FolderHandle& dir, const std::string& folder, Diagnostics& diagnostics) {
    std::vector<std::string> names;
    if (dir.fd() < 0) {
        if (dir.error() == std::errc::no_such_file_or_directory) return names;
        if (dir.error() == std::errc::too_many_symbolic_link_levels)
            diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error,
                                             tr("is a symbolic link; records are read only from folders inside the records directory")});
        else
            diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error,
                                             trf("cannot list folder: {}", dir.error().message())});
        return names;
    }
    // Looked up once for the whole folder.
    const char* link_not_read = tr("is a symbolic link; records are never read through a link (not read)");
    const char* not_a_record = tr("not a record file (expected <id>.yaml); ignored");
    std::error_code ec;
    for (auto& entry : dir.entries(ec)) {
        if (layout::is_hidden(entry.name)) continue;  // .gitkeep, temporary files
        if (entry.type == FolderEntry::Type::Link)
            diagnostics.push_back(Diagnostic{Location{folder + "/" + entry.name}, Severity::Error, link_not_read});
        else if (layout::record_stem(entry.name) && entry.type == FolderEntry::Type::File)
            names.push_back(std::move(entry.name));
        else
            diagnostics.push_back(Diagnostic{Location{folder + "/" + entry.name}, Severity::Warning, not_a_record});
    }
    // TRANSLATORS: {} is the system's reason.
    if (ec) diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error, trf("cannot list folder: {}", ec.message())});
    // By id (the name without .yaml): "a.yaml" before "a-2.yaml", so that
    // records load already in id order.
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return *layout::record_stem(a) < *layout::record_stem(b);
    });
    return names;
}

// Reads the files `names` of `folder` in parallel. Each record is moved into
// its place by the thread that read it, and those that did not read are
// then squeezed out: no serial pass moves 20,000 records once more.
template <typename Record, typename Reader>
std::vector<Record> load_folder(const FolderHandle& dir, const std::string& folder,
                                const std::vector<std::string>& names, Diagnostics& diagnostics, Reader reader) {
    std::vector<Record> records(names.size());
    std::vector<char> read(names.size(), 0);
    std::vector<Diagnostics> found(names.size());
    detail::parallel_for(names.size(), [&](size_t i) {
        std::string shown = folder + "/" + names[i];
        try {
            // `names` come from this handle's own listing: it is open.
            std::string text = read_file_at(dir.fd(), names[i].c_str(), shown, yaml::ParseLimits{}.max_bytes, false);
            yaml::Node doc = yaml::parse(text, shown);
            if (auto record = reader(doc, shown, std::string(*layout::record_stem(names[i])), found[i])) {
                records[i] = std::move(*record);
                read[i] = 1;
            }
        } catch (const Error& e) {
            found[i].push_back(Diagnostic{e.where(), Severity::Error, e.message()});
        }
    });
    for (auto& d : found) diagnostics.insert(diagnostics.end(), d.begin(), d.end());
    size_t kept = 0;
    for (size_t i = 0; i < records.size(); ++i)
        if (read[i]) {
            if (kept != i) records[kept] = std::move(records[i]);
            ++kept;
        }
    records.erase(records.begin() + static_cast<std::ptrdiff_t>(kept), records.end());
    return records;
}

void error_at(Diagnostics& d, const std::string& file, yaml::Mark m, std::string message) {
    d.push_back(Diagnostic{Location{file, m.line, m.column}, Severity::Error, std::move(message)});
}

std::optional<Person> read_person_file(const yaml::Node& doc, const std::string& file, const std::string& stem,
                                       Diagnostics& d) {
    if (!layout::is_valid_id(layout::Kind::Person, stem)) {
        error_at(d, file, {}, tr("file name is not a valid person id (lower-case letters, digits and single dashes)"));
        return std::nullopt;
    }
    auto person = read_person(doc, file, d);
    if (!person) return std::nullopt;
    if (person->id.empty()) {
        // TRANSLATORS: {} is the id the file name gives; "id: {}" is the line to add, as typed.
        error_at(d, file, {1, 1}, trf("missing 'id' (expected id: {})", stem));
        person->id = stem;
    } else if (person->id != stem) {
        // TRANSLATORS: {0} is the id in the file, {1} the id its name gives.
        error_at(d, file, person->marks.id, trf("id '{0}' does not match the file name (expected {1})", person->id, stem));
        person->id = stem;
    }
    return person;
}

std::optional<Pair> read_pair_file(const yaml::Node& doc, const std::string& file, const std::string& stem,
                                   Diagnostics& d) {
    if (!layout::is_valid_id(layout::Kind::Pair, stem)) {
        error_at(d, file, {}, tr("file name is not a valid pair id (<mentor-id>--<mentee-id>)"));
        return std::nullopt;
    }
    const size_t before = d.size();
    auto pair = read_pair(doc, file, d);
    if (pair && !pair->mentor.empty() && !pair->mentee.empty() && pair->id() != stem)
        // TRANSLATORS: {0} is the pair id its mentor and mentee make, {1} the id the file name gives.
        error_at(d, file, pair->mentor_mark,
                 trf("mentor and mentee ({0}) do not match the file name (expected {1})", pair->id(), stem));
    // A pair whose people are not ids (missing, empty, "../x") names no file
    // of the directory: it is refused, with the reason reported above.
    if (pair && !layout::is_valid_id(layout::Kind::Pair, pair->id())) {
        if (d.size() == before)
            error_at(d, file, pair->mentor_mark, trf("mentor and mentee must be person ids (expected {})", stem));
        return std::nullopt;
    }
    return pair;
}

// The ids of the files of `kind`: a file whose name is not an id was
// reported by its reader, and names no record.
std::vector<std::string> file_ids(layout::Kind kind, const std::vector<std::string>& names) {
    std::vector<std::string> out;
    out.reserve(names.size());
    for (const auto& n : names)
        if (auto id = layout::record_id(kind, n)) out.emplace_back(*id);
    return out;
}

}  // namespace

fs::path find_records_dir(const std::optional<std::string>& flag, const std::optional<std::string>& env,
                          const fs::path& cwd, const std::optional<fs::path>& fallback) {
    if (flag) return require_settings(*flag, "--dir");
    if (env && !env->empty()) return require_settings(*env, "MENTOR_DIR");
    for (fs::path dir = fs::absolute(cwd);; dir = dir.parent_path()) {
        std::error_code ec;
        if (fs::exists(dir / kSettingsFile, ec)) return dir;
        if (dir == dir.parent_path()) break;
    }
    if (fallback) return require_settings(*fallback, tr("dir in the user configuration"));
    throw Error(trf("no records directory here: no mentor.yaml in {} or any folder above it; create one with `mentor init`, "
                    "or name one with -C DIR or $MENTOR_DIR",
                    cwd.string()));

}

Store::Store(fs::path root) : root_(std::move(root)) {}

namespace {

// mentor.yaml's settings; its errors are thrown, its warnings (unknown keys)
// go to `warnings`.
Settings read_settings_file(const fs::path& root, Diagnostics& warnings) {
    std::string text = read_record(root, kSettingsFile);
    Diagnostics d;
    Settings settings = read_settings(yaml::parse(text, kSettingsFile), kSettingsFile, d);
    sort_diagnostics(d);
    for (const auto& diagnostic : d)
        if (diagnostic.severity == Severity::Error) throw Error(diagnostic.where, diagnostic.message);
    warnings.insert(warnings.end(), d.begin(), d.end());
    return settings;
}

}  // namespace

Settings Store::load_settings() const {
    Diagnostics warnings;
    return read_settings_file(root_, warnings);
}

Records Store::load() const {
    Records records;
    records.settings = read_settings_file(root_, records.diagnostics);
    const std::string people_folder(layout::folder(layout::Kind::Person));
    const std::string pairs_folder(layout::folder(layout::Kind::Pair));
    const FolderHandle people_dir(root_ / people_folder), pairs_dir(root_ / pairs_folder);
    auto people_names = list_records(people_dir, people_folder, records.diagnostics);
    auto pair_names = list_records(pairs_dir, pairs_folder, records.diagnostics);
    records.people = load_folder<Person>(people_dir, people_folder, people_names, records.diagnostics, read_person_file);
    records.pairs = load_folder<Pair>(pairs_dir, pairs_folder, pair_names, records.diagnostics, read_pair_file);
    records.person_file_ids = file_ids(layout::Kind::Person, people_names);
    records.pair_file_ids = file_ids(layout::Kind::Pair, pair_names);
    // Files were listed in id order and each record's id is its file name's
    // (read_person_file and read_pair_file see to that): no sort is needed.
    sort_diagnostics(records.diagnostics);
    return records;
}

}  // namespace mentor
