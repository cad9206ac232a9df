// From what the user typed (flags or the editor template) to a checked
// session: the template's text, reading it back, and the checks.

#include <algorithm>
#include <cctype>

#include "mentor/core/i18n.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/journal/words.hpp"
#include "mentor/store/layout.hpp"
#include "mentor/records/schema.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using yaml::Node;

namespace {

// The line after which the notes start. A template reads back whatever the
// language it was written in (an editor file kept, another locale): the
// marker is any comment framed by "# ---- " and " ----", or the English one.
constexpr std::string_view kNotesMarker = "# ---- notes below this line";
std::string_view notes_marker() {
    // TRANSLATORS: the line of the editor's template after which the notes start; keep "# ---- " at its start and " ----" at its end.
    return tr("# ---- notes below this line are kept as written ----");
}
bool is_notes_marker(std::string_view line) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    return line.starts_with(kNotesMarker) || (line.starts_with("# ---- ") && line.ends_with(" ----"));
}

void add_unique(std::vector<std::string>& out, std::string value) {
    if (!value.empty() && std::find(out.begin(), out.end(), value) == out.end()) out.push_back(std::move(value));
}

// Flags and the template are checked by the session's schema, like the file.
void check_values(const SessionDraft& d) {
    const auto& schema = schema::session();
    auto check = [&](const char* key, const std::string& value, const char* flag) {
        if (auto message = schema::problem(schema.at(key), value, flag)) throw usage_error(*message);
    };
    if (d.duration) check("duration", std::to_string(*d.duration), "--duration");
    if (d.rating) check("rating", std::to_string(*d.rating), "--rating");
    if (!d.mode.empty()) check("mode", d.mode, "--mode");
}

void check_goals(const std::vector<std::string>& goals, const std::string& pair, const Plan* plan) {
    if (goals.empty()) return;
    if (!plan)
        // TRANSLATORS: {0} is a pair's id, {1} the goal asked for; keep the command as it is.
        throw Error(trf("pair {0} has no plan, so no goal '{1}'; set goals with `mentor plan {0} --goal TITLE`", pair, goals.front()));
    std::string known;
    for (const auto& g : plan->goals) known += (known.empty() ? "" : ", ") + g.id;
    for (const auto& id : goals) {
        bool found = std::any_of(plan->goals.begin(), plan->goals.end(), [&](const Goal& g) { return g.id == id; });
        // TRANSLATORS: {0} is the goal asked for, {1} a pair's id, {2} the ids of its goals (or "none").
        if (!found)
            throw Error(trf("unknown goal '{0}' for pair {1} (goals: {2})", id, pair, known.empty() ? tr_ctx("goals", "none") : known));
    }
}

// The first error of a template read, as a usage error: the user typed it.
void throw_first_error(const Diagnostics& diagnostics) {
    for (const auto& d : diagnostics)
        if (d.severity == Severity::Error) throw usage_error(d.str());
}

}  // namespace

Session build_session(const SessionDraft& d, const Journal& journal, const Plan* plan, Date today) {
    Session s;
    s.pair = journal.pair;
    Date date;
    try {
        date = parse_date(d.date, today);
    } catch (const Error& e) {
        throw usage_error(trf("--date: {}", e.message()));
    }
    if (date > today)
        // TRANSLATORS: {0} is the session's date, {1} today's.
        throw usage_error(trf("--date {0} is in the future (today is {1}); log a session once it has taken place", date_long(date),
                              date_long(today)));
    s.date = date.str();
    check_values(d);
    s.duration = d.duration;
    s.mode = d.mode;
    s.rating = d.rating;
    s.is_private = d.is_private;
    s.notes = d.notes;
    for (const auto& t : d.topics) add_unique(s.topics, t);
    for (const auto& spec : d.actions) s.actions.push_back(parse_action_spec(spec, today));
    for (const auto& g : d.goals) add_unique(s.goals, g);
    check_goals(s.goals, s.pair, plan);
    auto states = action_states(journal, today);
    for (const auto& query : d.done) add_unique(s.done, resolve_action(states, query).action.id);
    s.file = layout::new_entry_stem(layout::EntryKind::Session, s.date, journal.next_number(s.date), 0);
    number_actions(s);
    // The rules of an action's life are action_state's: the journal with
    // this session added must not break them.
    Journal with = journal;
    with.sessions.push_back(s);
    if (auto why = new_problem(journal, with, s.file, today)) throw Error(*why);
    return s;
}

std::string session_template(const std::string& pair_id, const SessionDraft& d, const Plan* plan,
                             const std::vector<ActionState>& actions) {
    Node doc = Node::map();
    doc.set("date", Node::text(d.date));
    doc.set("duration", d.duration ? Node::integer(*d.duration) : Node::null());
    doc.set("mode", d.mode.empty() ? Node::null() : Node::text(d.mode));
    doc.set("topics", Node::text_list(d.topics));
    doc.set("goals", Node::text_list(d.goals));
    doc.set("actions", Node::text_list(d.actions));
    doc.set("done", Node::text_list(d.done));
    doc.set("rating", d.rating ? Node::integer(*d.rating) : Node::null());
    doc.set("private", Node::boolean(d.is_private));
    // The comments speak the user's language; the keys and the values typed
    // ("today", "remote", "mentee:") are the record's, the same in every language.
    // TRANSLATORS: the head of the template `mentor log` opens in the editor; {} is the pair's id.
    // Every line starts with "#"; keep the keys (date, duration, mode, rating, actions, done, private) and the values
    // the user types (today, yesterday, remote, in-person, phone, mentee:, due, true) in English.
    std::string out = trf("# A new session of {}. Fill in the fields, write the notes under the marker line,\n"
                          "# save and quit. Saving this unchanged, or an empty file, records nothing.\n"
                          "#   date: YYYY-MM-DD, today, yesterday or -3d   duration: minutes\n"
                          "#   mode: remote, in-person or phone            rating: 1 to 5 (optional)\n"
                          "#   actions: [\"mentee: Draft the plan due +1w\"]  done: [ids of actions completed]\n"
                          "#   private: true shows this session only in the pair's own report\n",
                          pair_id);
    out += yaml::emit(doc);
    if (plan) {
        out += "#\n" + std::string(tr("# Open goals of the plan:")) + "\n";
        for (const auto& g : plan->goals)
            if (g.status == GoalStatus::Open) out += "#   " + g.id + "  " + g.title + "\n";
    }
    out += "#\n" + std::string(tr("# Open actions:")) + "\n";
    const JournalWords words;
    for (const auto& a : actions) {
        if (!is_open(a.status)) continue;  // done or cancelled
        out += "#   " + a.action.id + "  " + words.of(a.action.owner) + "  " + a.action.text;
        // TRANSLATORS: after an open action's text in the editor's template; {} is its due date.
        if (!a.action.due.empty())
            out += " " + (a.status == ActionStatus::Overdue ? trf("(due {}, overdue)", date_cell(a.action.due))
                                                            : trf("(due {})", date_cell(a.action.due)));
        out += "\n";
    }
    out += std::string(notes_marker()) + "\n";
    out += d.notes;
    if (!d.notes.empty() && d.notes.back() != '\n') out += "\n";
    return out;
}

std::optional<SessionDraft> read_session_template(std::string_view text) {
    std::string_view fields = text, notes;
    for (size_t pos = 0; pos < text.size();) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        if (is_notes_marker(text.substr(pos, end - pos))) {
            fields = text.substr(0, pos);
            notes = end < text.size() ? text.substr(end + 1) : std::string_view();
            break;
        }
        pos = end + 1;
    }
    // Notes keep their inner lines as typed; blank lines around them go.
    while (!notes.empty() && (notes.front() == '\n' || notes.front() == '\r')) notes.remove_prefix(1);
    while (!notes.empty() && std::isspace(static_cast<unsigned char>(notes.back()))) notes.remove_suffix(1);
    const std::string file = tr("the edited session");
    Node doc;
    try {
        doc = yaml::parse(fields, file);
    } catch (const Error& e) {
        throw usage_error(e.what());
    }
    if ((doc.is_null() || (doc.is_map() && doc.entries().empty())) && notes.empty()) return std::nullopt;
    SessionDraft d;
    d.notes = std::string(notes);
    if (!notes.empty()) d.notes += "\n";
    Diagnostics diagnostics;
    detail::FieldReader r(file, diagnostics);
    if (!doc.is_null() && r.expect_map(doc, tr("the session fields"))) {
        for (const auto& [key, v] : doc.entries()) {
            if (key == "date") d.date = r.text(v, key).value_or("");
            else if (key == "duration") d.duration = v.is_null() ? std::nullopt : r.integer(v, key, -100000, 100000);
            else if (key == "mode") d.mode = r.text(v, key).value_or("");
            else if (key == "topics") d.topics = r.text_list(v, key);
            else if (key == "goals") d.goals = r.text_list(v, key);
            else if (key == "actions") d.actions = r.text_list(v, key);
            else if (key == "done") d.done = r.text_list(v, key);
            else if (key == "rating") d.rating = v.is_null() ? std::nullopt : r.integer(v, key, -100000, 100000);
            else if (key == "private") d.is_private = r.boolean(v, key).value_or(false);
            else if (key == "notes") d.notes = r.text(v, key).value_or("") + d.notes;
            // TRANSLATORS: {} is the key as written; the keys expected are the record's, in English.
            else r.error(v, trf("unknown field '{}' (expected date, duration, mode, topics, goals, actions, done, rating, private)", key));
        }
    }
    throw_first_error(diagnostics);
    if (d.date.empty()) d.date = "today";
    return d;
}

}  // namespace mentor
