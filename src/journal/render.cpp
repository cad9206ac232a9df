// `log --list` and `log --actions` in text, markdown and json.

#include <algorithm>
#include <cctype>

#include "mentor/core/text.hpp"
#include "mentor/core/unicode.hpp"
#include "mentor/formats/json_writer.hpp"
#include "mentor/formats/table.hpp"
#include "mentor/journal/journal.hpp"
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
    if (s.duration) out.push_back(std::to_string(*s.duration) + " min");
    if (!s.mode.empty()) out.push_back(s.mode);
    if (s.rating) out.push_back("rating " + std::to_string(*s.rating) + "/5");
    if (s.is_private) out.push_back("private");
    return out;
}

std::string action_line(const Action& a) {
    return a.id + "  " + to_string(a.owner) + "  " + a.text + (a.due.empty() ? "" : " (due " + a.due + ")");
}

constexpr const char* kWithheld = "(content withheld; --include-private shows it)";

bool withheld(const Session& s, bool include_private) { return s.is_private && !include_private; }

std::string journal_text(const std::string& pair, const std::vector<const Session*>& sessions, bool include_private) {
    std::string out = "journal of " + pair + ": " + std::to_string(sessions.size()) +
                      (sessions.size() == 1 ? " session\n" : " sessions\n");
    for (const Session* s : sessions) {
        out += "\n" + s->file;
        for (const auto& f : facts(*s)) out += " · " + single_line(f);
        out += "\n";
        if (withheld(*s, include_private)) {
            out += std::string("  ") + kWithheld + "\n";
            continue;
        }
        if (!s->topics.empty()) out += "  topics: " + single_line(join(s->topics)) + "\n";
        if (!s->goals.empty()) out += "  goals: " + single_line(join(s->goals)) + "\n";
        for (const auto& a : s->actions) out += "  agreed: " + single_line(action_line(a)) + "\n";
        if (!s->done.empty()) out += "  done: " + single_line(join(s->done)) + "\n";
        if (s->notes.empty()) continue;
        out += "  notes:\n";
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
    std::string out = "# Journal of " + pair + "\n";
    for (const Session* s : sessions) {
        out += "\n## " + s->file + "\n\n";
        auto f = facts(*s);
        if (!f.empty()) out += "- " + join(f) + "\n";
        if (withheld(*s, include_private)) {
            out += std::string("- ") + kWithheld + "\n";
            continue;
        }
        if (!s->topics.empty()) out += "- Topics: " + join(s->topics) + "\n";
        if (!s->goals.empty()) out += "- Goals: " + join(s->goals) + "\n";
        for (const auto& a : s->actions)
            out += "- Agreed: `" + a.id + "` (" + to_string(a.owner) + (a.due.empty() ? "" : ", due " + a.due) +
                   ") " + a.text + "\n";
        if (!s->done.empty()) out += "- Done: `" + join(s->done) + "`\n";
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

std::string shown_text(const ActionState& a, bool hide_private) {
    return hide_private && a.is_private ? "(private)" : a.action.text;
}

std::string status_cell(const ActionState& a) {
    if (a.status == ActionStatus::Done) return "done " + a.done_on;
    if (a.status == ActionStatus::Cancelled) return "cancelled " + a.cancelled_on;
    return to_string(a.status);
}

// An action's history is shown once a follow-up is part of it: a plain
// `done` in a session says all it has to say in done_in / done_on.
bool has_followups(const ActionState& a) {
    return std::any_of(a.history.begin(), a.history.end(), [](const ActionEvent& e) { return !e.in_session; });
}

// "2026-03-05 redated 2026-03-09 -> 2026-03-20 (follow-up 2026-03-05-followup)".
std::string event_line(const ActionEvent& e, bool hide_content) {
    std::string line = e.date + " " + to_string(e.change);
    if (!e.due.empty()) line += " " + (e.was_due.empty() ? std::string("(no due date)") : e.was_due) + " -> " + e.due;
    if (!hide_content && !e.reason.empty()) line += ": " + single_line(e.reason);
    if (!hide_content && !e.note.empty()) line += " (" + single_line(e.note) + ")";
    return line + " [" + (e.in_session ? "session " : "follow-up ") + e.in + "]";
}

// What happened to each action after it was agreed, below the table; only
// actions that have a history appear, so a journal without follow-ups
// reads as before.
std::string history_section(const std::vector<ActionState>& actions, Format format, bool hide_private) {
    std::string out;
    for (const auto& a : actions)
        for (const auto& e : has_followups(a) ? a.history : std::vector<ActionEvent>{}) {
            std::string line = a.pair + " " + a.action.id + ": " + event_line(e, hide_private && a.is_private);
            out += format == Format::Markdown ? "- " + line + "\n" : "  " + line + "\n";
        }
    if (out.empty()) return out;
    return format == Format::Markdown ? "\n**History**\n\n" + out : "\nhistory:\n" + out;
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
    if (actions.empty()) return format == Format::Markdown ? "No actions.\n" : "no actions\n";
    Table table({"pair", "id", "owner", "due", "status", "action"});
    for (const auto& a : actions)
        table.add_row({a.pair, a.action.id, to_string(a.action.owner), a.action.due, status_cell(a), shown_text(a, hide_private)});
    return (format == Format::Markdown ? table.render_markdown() : table.render_text()) +
           history_section(actions, format, hide_private);
}

}  // namespace mentor
