// `log --list` and `log --actions` in text, markdown and json.

#include <algorithm>
#include <cctype>

#include "mentor/core/i18n.hpp"
#include "mentor/core/text.hpp"
#include "mentor/core/unicode.hpp"
#include "mentor/formats/json_writer.hpp"
#include "mentor/formats/table.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/journal/words.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {
namespace {

bool mentions(const Session& s, const std::string& word) {
    auto has = [&](std::string_view text) { return ascii_lower(text).find(word) != std::string::npos; };
    if (has(s.notes)) return true;
    for (const auto& t : s.topics)
        if (has(t)) return true;
    for (const auto& a : s.actions)
        if (has(a.text)) return true;
    return false;
}

// The fields of a session's heading: "45 min · remote · rating 4/5 · private".
std::vector<std::string> facts(const Session& s) {
    std::vector<std::string> out;
    // TRANSLATORS: a session's length in minutes.
    if (s.duration) out.push_back(trf("{} min", *s.duration));
    if (!s.mode.empty()) out.push_back(mode_word(s.mode));
    // TRANSLATORS: the session's rating, from 1 to 5.
    if (s.rating) out.push_back(trf("rating {}/5", *s.rating));
    if (s.is_private) out.push_back(tr_ctx("session", "private"));
    return out;
}

std::string action_line(const Action& a, const JournalWords& words) {
    std::string line = a.id + "  " + words.of(a.owner) + "  " + a.text;
    // TRANSLATORS: after an action's text; {} is its due date.
    if (!a.due.empty()) line += " " + trf("(due {})", date_cell(a.due));
    return line;
}

std::string withheld_text() { return tr("(content withheld; --include-private shows it)"); }

bool withheld(const Session& s, bool include_private) { return s.is_private && !include_private; }

std::string journal_text(const std::string& pair, const std::vector<const Session*>& sessions, bool include_private) {
    // TRANSLATORS: {0} is the pair's id, {1} the number of sessions listed.
    std::string out = trnf("journal of {0}: {1} session", "journal of {0}: {1} sessions", sessions.size(), pair,
                           sessions.size()) + "\n";
    const JournalWords words;
    for (const Session* s : sessions) {
        out += "\n" + s->file;
        for (const auto& f : facts(*s)) out += " · " + single_line(f);
        out += "\n";
        if (withheld(*s, include_private)) {
            out += "  " + withheld_text() + "\n";
            continue;
        }
        // TRANSLATORS: the labels of a session's fields in `mentor log --list`.
        if (!s->topics.empty()) out += "  " + trf("topics: {}", single_line(join(s->topics))) + "\n";
        if (!s->goals.empty()) out += "  " + trf("goals: {}", single_line(join(s->goals))) + "\n";
        for (const auto& a : s->actions) out += "  " + trf("agreed: {}", single_line(action_line(a, words))) + "\n";
        if (!s->done.empty()) out += "  " + trf("done: {}", single_line(join(s->done))) + "\n";
        if (s->notes.empty()) continue;
        out += "  " + std::string(tr("notes:")) + "\n";
        size_t pos = 0;
        while (pos < s->notes.size()) {
            size_t end = s->notes.find('\n', pos);
            if (end == std::string::npos) end = s->notes.size();
            std::string line = single_line(std::string_view(s->notes).substr(pos, end - pos));
            out += line.empty() ? "\n" : "    " + line + "\n";
            pos = end + 1;
        }
    }
    return out;
}

std::string journal_markdown(const std::string& pair, const std::vector<const Session*>& sessions, bool include_private) {
    std::string out = "# " + trf("Journal of {}", pair) + "\n";
    const JournalWords words;
    for (const Session* s : sessions) {
        out += "\n## " + s->file + "\n\n";
        auto f = facts(*s);
        if (!f.empty()) out += "- " + join(f) + "\n";
        if (withheld(*s, include_private)) {
            out += "- " + withheld_text() + "\n";
            continue;
        }
        if (!s->topics.empty()) out += "- " + trf("Topics: {}", join(s->topics)) + "\n";
        if (!s->goals.empty()) out += "- " + trf("Goals: {}", join(s->goals)) + "\n";
        for (const auto& a : s->actions)
            // TRANSLATORS: an action agreed in a session: {id}, {owner} (mentor or mentee), {due} (a date), {text}.
            out += "- " + (a.due.empty() ? trf("Agreed: `{id}` ({owner}) {text}", fmt::arg("id", a.id), fmt::arg("owner", words.of(a.owner)),
                                               fmt::arg("text", a.text))
                                         : trf("Agreed: `{id}` ({owner}, due {due}) {text}", fmt::arg("id", a.id),
                                               fmt::arg("owner", words.of(a.owner)), fmt::arg("due", date_cell(a.due)),
                                               fmt::arg("text", a.text))) +
                   "\n";
        if (!s->done.empty()) out += "- " + trf("Done: `{}`", join(s->done)) + "\n";
        if (!s->notes.empty()) out += "\n" + s->notes + (s->notes.back() == '\n' ? "" : "\n");
    }
    return out;
}

void string_array(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
    w.key(key);
    w.begin_array();
    for (const auto& i : items) w.value(i);
    w.end_array();
}

void optional_int(JsonWriter& w, std::string_view key, const std::optional<int>& v) {
    w.key(key);
    if (v) w.value(*v);
    else w.null();
}

void optional_text(JsonWriter& w, std::string_view key, const std::string& v) {
    w.key(key);
    if (v.empty()) w.null();
    else w.value(v);
}

std::string journal_json(const std::string& pair, const std::vector<const Session*>& sessions, bool include_private) {
    JsonWriter w;
    w.begin_object();
    w.member("pair", pair);
    w.key("sessions");
    w.begin_array();
    for (const Session* s : sessions) {
        w.begin_object();
        w.member("file", layout::session_path(pair, s->file));
        w.member("date", s->date);
        optional_int(w, "duration", s->duration);
        optional_text(w, "mode", s->mode);
        w.member("private", s->is_private);
        optional_int(w, "rating", s->rating);
        if (withheld(*s, include_private)) {
            w.member("withheld", true);
            w.end_object();
            continue;
        }
        string_array(w, "topics", s->topics);
        string_array(w, "goals", s->goals);
        w.key("actions");
        w.begin_array();
        for (const auto& a : s->actions) {
            w.begin_object();
            w.member("id", a.id);
            w.member("owner", to_string(a.owner));
            w.member("text", a.text);
            optional_text(w, "due", a.due);
            w.end_object();
        }
        w.end_array();
        string_array(w, "done", s->done);
        w.member("notes", s->notes);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

// The words of the actions table, looked up once for all its rows.
struct ActionsWords : JournalWords {
    // TRANSLATORS: the text of an action agreed in a private session, withheld.
    const char* hidden = tr_ctx("action text", "(private)");
};

std::string shown_text(const ActionState& a, bool hide_private, const ActionsWords& words) {
    return hide_private && a.is_private ? words.hidden : a.action.text;
}

std::string status_cell(const ActionState& a, const ActionsWords& words) {
    // TRANSLATORS: the status of an action done or cancelled; {} is the date.
    if (a.status == ActionStatus::Done) return trf_ctx("action status", "done {}", date_cell(a.done_on));
    if (a.status == ActionStatus::Cancelled) return trf_ctx("action status", "cancelled {}", date_cell(a.cancelled_on));
    return words.of(a.status);
}

// An action's history is shown once a follow-up is part of it: a plain
// `done` in a session says all it has to say in done_in / done_on.
bool has_followups(const ActionState& a) {
    return std::any_of(a.history.begin(), a.history.end(), [](const ActionEvent& e) { return !e.in_session; });
}

// "2026-03-05 redated 2026-03-09 -> 2026-03-20 (follow-up 2026-03-05-followup)".
std::string event_line(const ActionEvent& e, bool hide_content) {
    std::string line = date_cell(e.date) + " " + change_word(e.change);
    if (!e.due.empty())
        line += " " + (e.was_due.empty() ? std::string(tr("(no due date)")) : date_cell(e.was_due)) + " -> " + date_cell(e.due);
    // TRANSLATORS: a follow-up's reason after the change it explains ("done: {}").
    if (!hide_content && !e.reason.empty()) line += trf(": {}", single_line(e.reason));
    if (!hide_content && !e.note.empty()) line += " (" + single_line(e.note) + ")";
    // TRANSLATORS: where a change of an action was recorded; {} is the file's stem.
    return line + " " + (e.in_session ? trf("[session {}]", e.in) : trf("[follow-up {}]", e.in));
}

// What happened to each action after it was agreed, below the table; only
// actions that have a history appear, so a journal without follow-ups
// reads as before.
std::string history_section(const std::vector<ActionState>& actions, Format format, bool hide_private) {
    std::string out;
    for (const auto& a : actions)
        for (const auto& e : has_followups(a) ? a.history : std::vector<ActionEvent>{}) {
            // TRANSLATORS: {0} is the pair, {1} the action's id, {2} what happened to it.
            std::string line = trf("{0} {1}: {2}", a.pair, a.action.id, event_line(e, hide_private && a.is_private));
            out += format == Format::Markdown ? "- " + line + "\n" : "  " + line + "\n";
        }
    if (out.empty()) return out;
    return format == Format::Markdown ? "\n**" + std::string(tr("History")) + "**\n\n" + out
                                      : "\n" + std::string(tr("history:")) + "\n" + out;
}

std::string actions_json(const std::vector<ActionState>& actions, Date today, bool hide_private) {
    JsonWriter w;
    w.begin_object();
    w.member("today", today.str());
    w.key("actions");
    w.begin_array();
    for (const auto& a : actions) {
        w.begin_object();
        w.member("pair", a.pair);
        w.member("id", a.action.id);
        w.member("owner", to_string(a.action.owner));
        w.key("text");
        if (hide_private && a.is_private) w.null();
        else w.value(a.action.text);
        optional_text(w, "due", a.action.due);
        w.member("status", to_string(a.status));
        w.member("agreed_in", a.session);
        optional_text(w, "done_in", a.done_in);
        optional_text(w, "done_on", a.done_on);
        w.member("private", a.is_private);
        if (!a.cancelled_on.empty()) w.member("cancelled_on", a.cancelled_on);
        if (has_followups(a)) {
            bool hide = hide_private && a.is_private;
            w.key("history");
            w.begin_array();
            for (const auto& e : a.history) {
                w.begin_object();
                w.member("date", e.date);
                w.member("change", to_string(e.change));
                w.member(e.in_session ? "session" : "followup", e.in);
                if (!e.due.empty()) {
                    w.member("due", e.due);
                    optional_text(w, "was_due", e.was_due);
                }
                if (!e.reason.empty()) {
                    w.key("reason");
                    if (hide) w.null(); else w.value(e.reason);
                }
                if (!e.note.empty()) {
                    w.key("note");
                    if (hide) w.null(); else w.value(e.note);
                }
                w.end_object();
            }
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

}  // namespace

std::vector<const Session*> select_sessions(const Journal& journal, const JournalFilter& filter) {
    std::string word = ascii_lower(filter.grep);
    std::vector<const Session*> out;
    for (auto it = journal.sessions.rbegin(); it != journal.sessions.rend(); ++it) {
        if (filter.since && it->date < filter.since->str()) continue;
        if (filter.until && it->date > filter.until->str()) continue;
        // A private session's content is searched only when it may be shown.
        // A sealed one that could not be opened holds nothing to search.
        if (!word.empty() && (withheld(*it, filter.include_private) || !it->sealed.empty() || !mentions(*it, word)))
            continue;
        out.push_back(&*it);
    }
    return out;
}

std::string render_journal(const std::string& pair_id, const std::vector<const Session*>& sessions, Format format,
                           bool include_private) {
    if (format == Format::Json) return journal_json(pair_id, sessions, include_private);
    if (format == Format::Markdown) return journal_markdown(pair_id, sessions, include_private);
    return journal_text(pair_id, sessions, include_private);
}

std::string render_actions(const std::vector<ActionState>& actions, Format format, Date today, bool hide_private) {
    if (format == Format::Json) return actions_json(actions, today, hide_private);
    if (actions.empty()) return std::string(format == Format::Markdown ? tr("No actions.") : tr("no actions")) + "\n";
    // TRANSLATORS: the column headings of `mentor log --actions`.
    Table table({tr_ctx("column", "pair"), tr_ctx("column", "id"), tr_ctx("column", "owner"), tr_ctx("column", "due"),
                 tr_ctx("column", "status"), tr_ctx("column", "action")});
    const ActionsWords words;
    for (const auto& a : actions)
        table.add_row({a.pair, a.action.id, words.of(a.action.owner), date_cell(a.action.due), status_cell(a, words),
                       shown_text(a, hide_private, words)});
    return (format == Format::Markdown ? table.render_markdown() : table.render_text()) +
           history_section(actions, format, hide_private);
}

}  // namespace mentor
