// The agendas as text, markdown and JSON. A person's or pair's agenda shows
// its items; the program's shows per pair only what PairSummary holds.

#include <algorithm>

#include "mentor/agenda/agenda.hpp"
#include "mentor/core/error.hpp"
#include "mentor/formats/table.hpp"

namespace mentor {
namespace {

// Headings and tables in text or markdown.
class Doc {
public:
    explicit Doc(bool markdown, bool ascii = false) : markdown_(markdown), ascii_(ascii) {}
    void title(const std::string& text) { out_ += (markdown_ ? "# " : "") + text + "\n"; }
    void line(const std::string& text) {
        out_ += (markdown_ && !out_.empty() ? "\n" : "") + text + "\n";
        in_list_ = false;
    }
    /// One item of a list under the title: "- " in markdown, indented in text.
    void item(const std::string& text) {
        out_ += (markdown_ ? (in_list_ ? "- " : "\n- ") : "  ") + text + "\n";
        in_list_ = true;
    }
    void section(const std::string& heading, const Table& t) {
        in_list_ = false;
        out_ += "\n" + (markdown_ ? "## " + heading + "\n\n" : heading + "\n");
        TextStyle style;
        style.ascii = ascii_;
        out_ += markdown_ ? t.render_markdown() : t.render_text(style);
    }
    std::string str() const { return out_; }

private:
    bool markdown_, ascii_;
    bool in_list_ = false;
    std::string out_;
};

std::string window_text(const AgendaWindow& w) { return w.today.str() + " to " + w.last().str(); }

std::string title_of(const std::vector<AgendaItem>& items, ItemKind kind, const std::string& name) {
    auto n = std::count_if(items.begin(), items.end(), [kind](const AgendaItem& i) { return i.kind == kind; });
    return name + " (" + std::to_string(n) + ")";
}

// "elodie-dupre--marie-martin (mentor of Marie Martin, active)" for a person;
// "Élodie Dupré (mentor) and Marie Martin (mentee), active" for a pair.
std::string pair_line(const Agenda& a, const AgendaPair& p) {
    const std::string status = to_string(p.status);
    if (a.person.empty()) return p.mentor_name + " (mentor) and " + p.mentee_name + " (mentee), " + status;
    if (p.mentor == a.person) return p.id + " (mentor of " + p.mentee_name + ", " + status + ")";
    return p.id + " (mentee of " + p.mentor_name + ", " + status + ")";
}

std::string action_text(const AgendaItem& i) { return i.is_private ? "(private session)" : i.text; }

std::string days_text(const std::optional<int>& days) { return days ? std::to_string(*days) : ""; }

std::string render_doc(const Agenda& a, bool markdown, bool ascii) {
    Doc doc(markdown, ascii);
    doc.title((a.person.empty() ? "Agenda of the pair " + a.name : "Agenda of " + a.name + " (" + a.person + ")") +
              ": " + window_text(a.window));
    for (const auto& p : a.pairs) doc.item(pair_line(a, p));
    if (a.pairs.empty()) doc.line("No open pair.");
    struct Section {
        ItemKind kind;
        const char* name;
        std::vector<std::string> headers;
    };
    const Section sections[] = {
        {ItemKind::Session, "Planned sessions", {"date", "time", "pair", "#", "status"}},
        {ItemKind::Action, "Actions due", {"due", "status", "pair", "id", "owner", "action"}},
        {ItemKind::Goal, "Goals due", {"due", "status", "pair", "id", "goal"}},
        {ItemKind::Checkin, "Check-ins due", {"due", "pair", "by", "status"}},
        {ItemKind::Attention, "Needs attention", {"pair", "why", "last contact", "days"}},
    };
    for (const auto& s : sections) {
        Table t(s.headers);
        for (const auto& i : a.items) {
            if (i.kind != s.kind) continue;
            const std::string owner = i.owner ? to_string(*i.owner) + " (" + i.owner_name + ")" : "";
            switch (i.kind) {
                case ItemKind::Session: t.add_row({i.date.str(), i.time, i.pair, std::to_string(i.number), i.status}); break;
                case ItemKind::Action: t.add_row({i.date.str(), i.status, i.pair, i.id, owner, action_text(i)}); break;
                case ItemKind::Goal: t.add_row({i.date.str(), i.status, i.pair, i.id, i.text}); break;
                case ItemKind::Checkin: t.add_row({i.date.str(), i.pair, owner, i.status}); break;
                case ItemKind::Attention: t.add_row({i.pair, i.status, i.date.str(), days_text(i.days)}); break;
            }
        }
        if (t.row_count() > 0) doc.section(title_of(a.items, s.kind, s.name), t);
    }
    if (a.items.empty()) doc.line((markdown ? "" : "\n") + std::string("Nothing due from ") + window_text(a.window) + ".");
    return doc.str();
}

void window_json(JsonWriter& json, const AgendaWindow& w) {
    json.member("from", w.today.str());
    json.member("to", w.last().str());
    json.member("days", w.days);
}

void pair_json(JsonWriter& json, const AgendaPair& p) {
    json.member("id", p.id);
    json.member("mentor", p.mentor);
    json.member("mentee", p.mentee);
    json.member("mentor_name", p.mentor_name);
    json.member("mentee_name", p.mentee_name);
    json.member("status", to_string(p.status));
}

void item_json(JsonWriter& json, const AgendaItem& i) {
    json.begin_object();
    json.member("kind", to_string(i.kind));
    json.member("pair", i.pair);
    json.member("date", i.date.str());
    json.member("status", i.status);
    switch (i.kind) {
        case ItemKind::Session:
            json.member("time", i.time);
            json.member("number", i.number);
            break;
        case ItemKind::Action:
        case ItemKind::Goal:
        case ItemKind::Checkin:
            if (!i.id.empty()) json.member("id", i.id);
            if (i.owner) {
                json.member("owner", to_string(*i.owner));
                json.member("owner_id", i.owner_id);
                json.member("owner_name", i.owner_name);
            }
            if (i.kind == ItemKind::Action) json.member("private", i.is_private);
            if (i.kind == ItemKind::Checkin) break;
            json.key(i.kind == ItemKind::Goal ? "title" : "text");
            i.is_private ? json.null() : json.value(i.text);
            break;
        case ItemKind::Attention:
            json.member("by", i.fit_concern ? "checkins" : "rhythm");
            if (i.fit_concern) {
                json.member("side", to_string(*i.owner));
                break;
            }
            json.key("days_since_contact");
            i.days ? json.value(*i.days) : json.null();
            break;
    }
    json.end_object();
}

std::string render_json(const Agenda& a) {
    JsonWriter json;
    json.begin_object();
    json.member("agenda", a.person.empty() ? "pair" : "person");
    json.key("person");
    a.person.empty() ? json.null() : json.value(a.person);
    json.member("name", a.name);
    window_json(json, a.window);
    json.key("pairs");
    json.begin_array();
    for (const auto& p : a.pairs) {
        json.begin_object();
        pair_json(json, p);
        json.end_object();
    }
    json.end_array();
    json.key("items");
    json.begin_array();
    for (const auto& i : a.items) item_json(json, i);
    json.end_array();
    json.end_object();
    return json.str();
}

std::string counts_text(const OwnerCounts& c) {
    return c.total() == 0 ? "" : std::to_string(c.mentor) + "/" + std::to_string(c.mentee);
}
std::string count_text(int n) { return n == 0 ? "" : std::to_string(n); }

// "inactive (56 days)", "check-ins", or both: the coordinator sees that the
// check-ins need them, never what was answered.
std::string attention_text(const PairSummary& s) {
    std::string out = s.risk ? to_string(*s.risk) + " (" + days_text(s.days_since_contact) + " days)" : "";
    if (s.fit_concern) out += (out.empty() ? "" : "; ") + std::string("check-ins");
    return out;
}

std::string render_doc(const ProgramAgenda& a, bool markdown, bool /*ascii*/) {
    Doc doc(markdown);
    doc.title("Agenda of " + (a.program.empty() ? std::string("the program") : a.program) + ": " + window_text(a.window));
    doc.line(std::to_string(a.pairs.size()) + " of " + std::to_string(a.open_pairs) +
             " open pairs have something due or need attention (actions: mentor/mentee).");
    if (a.pairs.empty()) return doc.str();
    Table t({"pair", "mentor", "mentee", "status", "next session", "sessions", "actions due", "actions overdue", "goals due",
             "goals overdue", "check-ins due", "attention"});
    for (std::size_t c : {5, 6, 7, 8, 9, 10}) t.set_align(c, Align::Right);
    for (const auto& s : a.pairs)
        t.add_row({s.pair.id, s.pair.mentor_name, s.pair.mentee_name, to_string(s.pair.status),
                   s.next_session ? s.next_session->str() : "", count_text(s.sessions), counts_text(s.actions_due),
                   counts_text(s.actions_overdue), count_text(s.goals_due), count_text(s.goals_overdue),
                   count_text(s.checkins_due), attention_text(s)});
    doc.section("Pairs (" + std::to_string(a.pairs.size()) + ")", t);
    return doc.str();
}

void owner_counts_json(JsonWriter& json, std::string_view key, const OwnerCounts& c) {
    json.key(key);
    json.begin_object();
    json.member("mentor", c.mentor);
    json.member("mentee", c.mentee);
    json.end_object();
}

std::string render_json(const ProgramAgenda& a) {
    JsonWriter json;
    json.begin_object();
    json.member("agenda", "program");
    json.member("program", a.program);
    window_json(json, a.window);
    json.member("open_pairs", a.open_pairs);
    json.key("pairs");
    json.begin_array();
    for (const auto& s : a.pairs) {
        json.begin_object();
        pair_json(json, s.pair);
        json.key("next_session");
        s.next_session ? json.value(s.next_session->str()) : json.null();
        json.member("sessions", s.sessions);
        owner_counts_json(json, "actions_due", s.actions_due);
        owner_counts_json(json, "actions_overdue", s.actions_overdue);
        json.member("goals_due", s.goals_due);
        json.member("goals_overdue", s.goals_overdue);
        json.member("checkins_due", s.checkins_due);
        json.member("checkin_concern", s.fit_concern);
        json.key("attention");
        if (s.risk) {
            json.begin_object();
            json.member("risk", to_string(*s.risk));
            json.member("last_contact", s.last_contact->str());
            json.key("days_since_contact");
            s.days_since_contact ? json.value(*s.days_since_contact) : json.null();
            json.end_object();
        } else {
            json.null();
        }
        json.end_object();
    }
    json.end_array();
    json.end_object();
    return json.str();
}

template <typename A>
std::string render_any(const A& agenda, Format format) {
    switch (format) {
        case Format::Text: return render_doc(agenda, false, false);
        case Format::Markdown: return render_doc(agenda, true, false);
        case Format::Json: return render_json(agenda);
        default: break;
    }
    throw usage_error("an agenda is text, markdown, json or ics, not " + to_string(format));
}

}  // namespace

std::string render_agenda(const Agenda& agenda, Format format) { return render_any(agenda, format); }
std::string render_agenda_for_mail(const Agenda& agenda) { return render_doc(agenda, false, true); }
std::string render_agenda(const ProgramAgenda& agenda, Format format) { return render_any(agenda, format); }

}  // namespace mentor
