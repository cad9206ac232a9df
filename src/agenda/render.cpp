// The agendas as text, markdown and JSON. A person's or pair's agenda shows
// its items; the program's shows per pair only what PairSummary holds.

#include <algorithm>

#include "mentor/agenda/agenda.hpp"
#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/formats/table.hpp"
#include "mentor/journal/health.hpp"
#include "mentor/journal/words.hpp"

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

// TRANSLATORS: the days an agenda covers, {0} the first and {1} the last: French "du {0} au {1}".
std::string window_text(const AgendaWindow& w) {
    return trf_ctx("date range", "{0} to {1}", date_long(w.today), date_long(w.last()));
}

// TRANSLATORS: a section's heading and how many rows it has: "Actions due (3)".
std::string titled(const char* name, size_t n) { return trf("{0} ({1})", name, n); }

std::string title_of(const std::vector<AgendaItem>& items, ItemKind kind, const char* name) {
    auto n = std::count_if(items.begin(), items.end(), [kind](const AgendaItem& i) { return i.kind == kind; });
    return titled(name, static_cast<size_t>(n));
}

// "elodie-dupre--marie-martin (mentor of Marie Martin, active)" for a person;
// "Élodie Dupré (mentor) and Marie Martin (mentee), active" for a pair.
std::string pair_line(const Agenda& a, const AgendaPair& p) {
    const char* status = pair_status_word(p.status);
    // TRANSLATORS: the people of a pair and its status ("active").
    if (a.person.empty()) return trf("{0} (mentor) and {1} (mentee), {2}", p.mentor_name, p.mentee_name, status);
    // TRANSLATORS: {0} is a pair's id, {1} the other person's name, {2} the pair's status.
    if (p.mentor == a.person) return trf("{0} (mentor of {1}, {2})", p.id, p.mentee_name, status);
    return trf("{0} (mentee of {1}, {2})", p.id, p.mentor_name, status);
}

// The status of an item as a view shows it: the tokens of AgendaItem::status
// (the JSON's, in English) with their translation, by kind, since one English
// word is feminine for an action and masculine for a goal in French.
struct ItemWord {
    ItemKind kind;
    const char* context;
    const char* token;
};
constexpr ItemWord kItemWords[] = {
    {ItemKind::Session, "session status", NC_("session status", "next")},
    {ItemKind::Session, "session status", NC_("session status", "planned")},
    {ItemKind::Action, "action status", NC_("action status", "open")},
    {ItemKind::Action, "action status", NC_("action status", "overdue")},
    {ItemKind::Goal, "goal status", NC_("goal status", "open")},
    {ItemKind::Goal, "goal status", NC_("goal status", "overdue")},
    {ItemKind::Checkin, "check-in status", NC_("check-in status", "due")},
    {ItemKind::Checkin, "check-in status", NC_("check-in status", "overdue")},
};

// A token of `kind` in the user's language; one the table lacks, as it is.
std::string item_word(ItemKind kind, const std::string& token) {
    // A pair's risk is plan/attention.hpp's word, as in the cohort report.
    if (kind == ItemKind::Attention)
        for (Risk r : {Risk::NoFirstSession, Risk::ScheduleEnded, Risk::Inactive})
            if (token == to_string(r)) return risk_text(r);
    for (const auto& w : kItemWords)
        if (w.kind == kind && token == w.token) return tr_ctx(w.context, w.token);
    return token;
}

std::string status_text(const AgendaItem& i) {
    if (i.fit_concern) return fit_concern_text(i.fit, *i.owner, i.date);
    return item_word(i.kind, i.status);
}


std::string action_text(const AgendaItem& i) { return i.is_private ? tr("(private session)") : i.text; }

std::string days_text(const std::optional<int>& days) { return days ? std::to_string(*days) : ""; }

std::string render_doc(const Agenda& a, bool markdown, bool ascii) {
    Doc doc(markdown, ascii);
    // TRANSLATORS: {0} is a pair's id or a person's name, {1} the person's id, then the days covered ("2026-03-02 to 2026-03-15").
    doc.title(a.person.empty() ? trf("Agenda of the pair {0}: {1}", a.name, window_text(a.window))
                               : trf("Agenda of {0} ({1}): {2}", a.name, a.person, window_text(a.window)));
    for (const auto& p : a.pairs) doc.item(pair_line(a, p));
    if (a.pairs.empty()) doc.line(tr("No open pair."));
    struct Section {
        ItemKind kind;
        const char* name;
        std::vector<const char*> headers;
    };
    // TRANSLATORS: the sections of a person's or pair's agenda and their column headings.
    const Section sections[] = {
        {ItemKind::Session, tr("Planned sessions"),
         {tr_ctx("column", "date"), tr_ctx("column", "time"), tr_ctx("column", "pair"), "#", tr_ctx("column", "status")}},
        {ItemKind::Action, tr("Actions due"),
         {tr_ctx("column", "due"), tr_ctx("column", "status"), tr_ctx("column", "pair"), tr_ctx("column", "id"),
          tr_ctx("column", "owner"), tr_ctx("column", "action")}},
        {ItemKind::Goal, tr("Goals due"),
         {tr_ctx("column", "due"), tr_ctx("column", "status"), tr_ctx("column", "pair"), tr_ctx("column", "id"),
          tr_ctx("column", "goal")}},
        {ItemKind::Checkin, tr("Check-ins due"),
         {tr_ctx("column", "due"), tr_ctx("column", "pair"), tr_ctx("column", "by"), tr_ctx("column", "status")}},
        {ItemKind::Attention, tr("Needs attention"),
         {tr_ctx("column", "pair"), tr_ctx("column", "why"), tr_ctx("column", "last contact"), tr_ctx("column", "days")}},
    };
    const JournalWords words;
    for (const auto& s : sections) {
        Table t(std::vector<std::string>(s.headers.begin(), s.headers.end()));
        for (const auto& i : a.items) {
            if (i.kind != s.kind) continue;
            // TRANSLATORS: whose an item is: {0} mentor or mentee, {1} the person's name.
            const std::string owner = i.owner ? trf("{0} ({1})", words.of(*i.owner), i.owner_name) : "";
            const std::string day = date_cell(i.date);
            switch (i.kind) {
                case ItemKind::Session: t.add_row({day, i.time, i.pair, std::to_string(i.number), status_text(i)}); break;
                case ItemKind::Action: t.add_row({day, status_text(i), i.pair, i.id, owner, action_text(i)}); break;
                case ItemKind::Goal: t.add_row({day, status_text(i), i.pair, i.id, i.text}); break;
                case ItemKind::Checkin: t.add_row({day, i.pair, owner, status_text(i)}); break;
                case ItemKind::Attention: t.add_row({i.pair, status_text(i), day, days_text(i.days)}); break;
            }
        }
        if (t.row_count() > 0) doc.section(title_of(a.items, s.kind, s.name), t);
    }
    // TRANSLATORS: {} is the days covered ("2026-03-02 to 2026-03-15").
    if (a.items.empty()) doc.line((markdown ? "" : "\n") + trf("Nothing due from {}.", window_text(a.window)));
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
    // TRANSLATORS: why a pair needs attention, {0} the risk ("inactive"), {1} the days since the last contact.
    std::string out = s.risk ? trf("{0} ({1} days)", risk_text(*s.risk), days_text(s.days_since_contact)) : "";
    // TRANSLATORS: the coordinator's agenda: the pair's check-ins need attention (never which answer).
    if (s.fit_concern) out += (out.empty() ? "" : "; ") + std::string(tr_ctx("attention", "check-ins"));
    return out;
}

std::string render_doc(const ProgramAgenda& a, bool markdown, bool /*ascii*/) {
    Doc doc(markdown);
    // TRANSLATORS: {0} is the program's name, {1} the days covered ("2026-03-02 to 2026-03-15").
    doc.title(a.program.empty() ? trf("Agenda of the program: {}", window_text(a.window))
                                : trf("Agenda of {0}: {1}", a.program, window_text(a.window)));
    // TRANSLATORS: {0} pairs shown of {1} open pairs; "mentor/mentee" explains the counts "1/0" of the table.
    const auto open = static_cast<unsigned long>(a.open_pairs);
    // (singular and plural on one line: the catalogue test finds a message by the line it starts on)
    doc.line(trnf("{0} of {1} open pair has something due or needs attention (actions: mentor/mentee).", "{0} of {1} open pairs have something due or need attention (actions: mentor/mentee).",
                  open, a.pairs.size(), a.open_pairs));
    if (a.pairs.empty()) return doc.str();
    // TRANSLATORS: the column headings of the coordinator's agenda.
    Table t({tr_ctx("column", "pair"), tr_ctx("column", "mentor"), tr_ctx("column", "mentee"), tr_ctx("column", "status"),
             tr_ctx("column", "next session"), tr_ctx("column", "sessions"), tr_ctx("column", "actions due"),
             tr_ctx("column", "actions overdue"), tr_ctx("column", "goals due"), tr_ctx("column", "goals overdue"),
             tr_ctx("column", "check-ins due"), tr_ctx("column", "attention")});
    for (std::size_t c : {5, 6, 7, 8, 9, 10}) t.set_align(c, Align::Right);
    const char* status[] = {pair_status_word(PairStatus::Proposed), pair_status_word(PairStatus::Active),
                            pair_status_word(PairStatus::Paused), pair_status_word(PairStatus::Closed)};
    for (const auto& s : a.pairs)
        t.add_row({s.pair.id, s.pair.mentor_name, s.pair.mentee_name, status[static_cast<int>(s.pair.status)],
                   s.next_session ? date_cell(*s.next_session) : "", count_text(s.sessions), counts_text(s.actions_due),
                   counts_text(s.actions_overdue), count_text(s.goals_due), count_text(s.goals_overdue),
                   count_text(s.checkins_due), attention_text(s)});
    doc.section(titled(tr("Pairs"), a.pairs.size()), t);
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
    // TRANSLATORS: {} is the format asked for; the formats are --format values, typed as they are.
    throw usage_error(trf("an agenda is text, markdown, json or ics, not {}", to_string(format)));
}

}  // namespace

std::string render_agenda(const Agenda& agenda, Format format) { return render_any(agenda, format); }
std::string render_agenda_for_mail(const Agenda& agenda) { return render_doc(agenda, false, true); }
std::string render_agenda(const ProgramAgenda& agenda, Format format) { return render_any(agenda, format); }

}  // namespace mentor
