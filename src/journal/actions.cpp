// Actions agreed in sessions: parsing "OWNER: TEXT [due DATE]", deriving
// each action's status from the journal, and naming one by id or prefix.

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "mentor/core/i18n.hpp"
#include "mentor/core/suggest.hpp"
#include "mentor/core/text.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/journal/words.hpp"
#include "mentor/records/spelling.hpp"

namespace mentor {
namespace {

// A word the user surely meant as a date: then it must be a valid one.
bool looks_like_date(std::string_view word) {
    if (word.empty()) return false;
    char c = word.front();
    return std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || word == "today" ||
           word == "tomorrow" || word == "yesterday";
}

// `why` is translated already; OWNER, TEXT, DATE and the owners are what the user types.
Error malformed(std::string_view spec, const std::string& why) {
    // TRANSLATORS: {0} is the --action value as typed, {1} what is wrong with it; keep "OWNER: TEXT [due DATE]" and "mentor or mentee" as they are (typed by the user).
    return usage_error(trf("--action \"{0}\": {1} (expected \"OWNER: TEXT [due DATE]\", OWNER mentor or mentee)", spec, why));
}

std::string id_list(const std::vector<const ActionState*>& actions) {
    std::string out;
    for (const auto* a : actions) out += (out.empty() ? "" : ", ") + a->action.id;
    return out.empty() ? std::string(tr_ctx("actions", "none")) : out;
}

}  // namespace

bool is_open(ActionStatus status) { return status == ActionStatus::Open || status == ActionStatus::Overdue; }

std::string to_string(ActionStatus status) {
    switch (status) {
        case ActionStatus::Open: return "open";
        case ActionStatus::Overdue: return "overdue";
        case ActionStatus::Done: return "done";
        case ActionStatus::Cancelled: return "cancelled";
    }
    return "open";
}

Action parse_action_spec(std::string_view spec, Date today) {
    size_t colon = spec.find(':');
    if (colon == std::string_view::npos) throw malformed(spec, tr("no owner"));
    std::string owner(trim(spec.substr(0, colon), kWhiteSpace));
    owner = schema::canonical(schema::action().at("owner"), ascii_lower(owner));  // "mentoré·e" is mentee
    auto role = parse_role(owner);
    if (!role) throw malformed(spec, trf("the owner must be mentor or mentee, got \"{}\"", owner));
    Action action;
    action.owner = *role;
    std::string_view text = trim(spec.substr(colon + 1), kWhiteSpace);
    // An optional "[due DATE]" or "(due DATE)" or plain "due DATE" at the end.
    std::string_view body = text;
    if (!body.empty() && (body.back() == ']' || body.back() == ')')) body = trim(body.substr(0, body.size() - 1), kWhiteSpace);
    size_t due_at = body.rfind("due ");
    if (due_at != std::string_view::npos && (due_at == 0 || std::string_view(" [(").find(body[due_at - 1]) != std::string_view::npos)) {
        std::string_view word = trim(body.substr(due_at + 4), kWhiteSpace);
        if (looks_like_date(word) && word.find(' ') == std::string_view::npos) {
            try {
                action.due = parse_date(word, today).str();
            } catch (const Error& e) {
                throw malformed(spec, trf("bad due date: {}", e.message()));
            }
            text = trim(body.substr(0, due_at), kWhiteSpace);
            if (!text.empty() && (text.back() == '[' || text.back() == '(')) text = trim(text.substr(0, text.size() - 1), kWhiteSpace);
        }
    }
    if (text.empty()) throw malformed(spec, tr("no text"));
    action.text = std::string(text);
    return action;
}

namespace {

// The entries that name `id`, dated up to `day`, in the order they apply.
// Every action's events up to `day`, by action id, in one pass over the
// journal (each action scanning every entry would cost actions x entries).
std::unordered_map<std::string, std::vector<ActionEvent>> events_by_action(const Journal& journal, const std::string& day) {
    std::unordered_map<std::string, std::vector<ActionEvent>> events;
    for (const auto& s : journal.sessions)
        for (const auto& done : s.done)
            if (s.date <= day) events[done].push_back({s.date, FollowUpChange::Done, s.file, true, "", "", "", ""});
    for (const auto& f : journal.followups)
        if (f.date <= day) events[f.action].push_back({f.date, f.change, f.file, false, f.due, "", f.reason, f.note});
    // Both lists are in file order already: on one day, sessions first.
    for (auto& [id, list] : events)
        std::stable_sort(list.begin(), list.end(), [](const ActionEvent& a, const ActionEvent& b) {
            if (a.date != b.date) return a.date < b.date;
            return a.in_session && !b.in_session;
        });
    return events;
}

// "session 2026-03-01" or "follow-up 2026-03-05-followup": an entry named in a message.
std::string where(bool in_session, const std::string& stem) {
    // TRANSLATORS: {} is the stem of a journal file ("2026-03-01-2").
    return in_session ? trf("session {}", stem) : trf("follow-up {}", stem);
}

// Why `e` cannot apply to `state`; empty when it can. Only a refused entry
// builds a message: deriving a state costs no lookup in the catalogue.
std::string refusal(const ActionState& state, const ActionEvent& e, const std::string& agreed_on) {
    const std::string& id = state.action.id;
    if (e.date < agreed_on)
        // TRANSLATORS: {0} is an action's id, {1} the day it was agreed, {2} a change ("done", "cancelled"), {3} its date.
        return trf("action {0} was agreed on {1}; it cannot be {2} on {3}", id, date_long(agreed_on), change_word(e.change),
                   date_long(e.date));
    bool done = state.status == ActionStatus::Done, cancelled = state.status == ActionStatus::Cancelled;
    auto closed = [&] {
        // TRANSLATORS: how an action was closed: "done on 2026-03-01" / "cancelled on 2026-03-01".
        return done ? trf("done on {}", date_long(state.done_on)) : trf("cancelled on {}", date_long(state.cancelled_on));
    };
    switch (e.change) {
        case FollowUpChange::Done:
            if (done)
                // TRANSLATORS: {0} is an action's id, {1} "done on DATE", {2} the entry that did it ("session 2026-03-01").
                return trf("action {0} is already done ({1}, {2})", id, closed(),
                           where(state.history.back().in_session, state.history.back().in));
            // TRANSLATORS: {0} is an action's id, {1} "cancelled on DATE" or "done on DATE".
            if (cancelled) return trf("action {0} was {1}; re-open it first", id, closed());
            break;
        case FollowUpChange::Cancelled:
            if (cancelled) return trf("action {0} is already cancelled ({1})", id, closed());
            if (done) return trf("action {0} was {1}; re-open it first", id, closed());
            break;
        case FollowUpChange::Reopened:
            if (!done && !cancelled) return trf("action {} is open; there is nothing to re-open", id);
            break;
        case FollowUpChange::Redated:
            if (done || cancelled) return trf("action {0} was {1}; re-open it with a due date instead", id, closed());
            if (e.due < agreed_on)
                // TRANSLATORS: {0} is an action's id, {1} the day it was agreed, {2} the due date asked for.
                return trf("action {0} was agreed on {1}; it cannot be due on {2}", id, date_long(agreed_on), date_long(e.due));
            break;
    }
    return "";
}

void apply(ActionState& state, ActionEvent e) {
    switch (e.change) {
        case FollowUpChange::Done:
            state.status = ActionStatus::Done;
            state.done_in = e.in;
            state.done_on = e.date;
            break;
        case FollowUpChange::Cancelled:
            state.status = ActionStatus::Cancelled;
            state.cancelled_on = e.date;
            break;
        case FollowUpChange::Reopened:
            state.status = ActionStatus::Open;
            state.done_in.clear();
            state.done_on.clear();
            state.cancelled_on.clear();
            break;
        case FollowUpChange::Redated: break;
    }
    if (!e.due.empty()) {
        e.was_due = state.action.due;
        state.action.due = e.due;
    }
    state.history.push_back(std::move(e));
}

// The state of `action` from its events (events_by_action's list for it).
ActionState derive_state(const Journal& journal, const Session& agreed_in, const Action& action, const std::string& day,
                         std::vector<ActionEvent> events) {
    ActionState state;
    state.pair = journal.pair;
    state.action = action;
    state.session = agreed_in.file;
    state.is_private = agreed_in.is_private;
    for (auto& e : events) {
        if (std::string why = refusal(state, e, agreed_in.date); !why.empty())
            state.problems.push_back({e.in, e.in_session, std::move(why)});
        else
            apply(state, std::move(e));
    }
    if (state.status == ActionStatus::Open && !state.action.due.empty() && state.action.due < day)
        state.status = ActionStatus::Overdue;
    return state;
}

}  // namespace

ActionState action_state(const Journal& journal, const Session& agreed_in, const Action& action, Date day) {
    const std::string today = day.str();
    auto events = events_by_action(journal, today);
    auto it = events.find(action.id);
    return derive_state(journal, agreed_in, action, today, it == events.end() ? std::vector<ActionEvent>{} : std::move(it->second));
}

std::vector<ActionState> action_states(const Journal& journal, Date today) {
    const std::string day = today.str();
    auto events = events_by_action(journal, day);
    std::vector<ActionState> out;
    size_t count = 0;
    for (const auto& s : journal.sessions) count += s.actions.size();
    out.reserve(count);  // a state is large: growing the list would move each one several times
    for (const auto& s : journal.sessions)
        for (const auto& a : s.actions) {
            auto it = events.find(a.id);
            // An id agreed twice (refused by validate) sees the same events twice, as before.
            out.push_back(derive_state(journal, s, a, day, it == events.end() ? std::vector<ActionEvent>{} : it->second));
        }
    return out;
}

std::optional<std::string> new_problem(const Journal& before, const Journal& after, const std::string& entry, Date today) {
    std::set<std::pair<std::string, std::string>> known;
    for (const auto& a : action_states(before, today))
        for (const auto& p : a.problems) known.emplace(p.in, p.message);
    std::optional<std::string> broken;  // an older entry this one would break
    for (const auto& a : action_states(after, today))
        for (const auto& p : a.problems) {
            if (known.contains({p.in, p.message})) continue;
            if (p.in == entry) return p.message;
            if (!broken)
                // TRANSLATORS: {0} is a later entry ("session 2026-03-05"), {1} the rule it would break.
                broken = trf("this would break the {0} that comes after it ({1})", where(p.in_session, p.in), p.message);
        }
    return broken;
}

const ActionState& resolve_action(const std::vector<ActionState>& actions, std::string_view query) {
    std::vector<const ActionState*> matches, open;
    for (const auto& a : actions) {
        if (a.action.id == query) return a;
        bool ending = query.size() > 1 && query.front() == '.' && a.action.id.ends_with(query);
        if (a.action.id.starts_with(query) || ending) matches.push_back(&a);
    }
    for (const auto* a : matches)
        if (is_open(a->status)) open.push_back(a);
    if (matches.size() == 1) return *matches.front();
    if (open.size() == 1) return *open.front();
    if (matches.empty()) {
        std::vector<const ActionState*> not_done;
        for (const auto& a : actions)
            if (is_open(a.status)) not_done.push_back(&a);
        std::vector<std::string> ids;
        for (const auto& a : actions) ids.push_back(a.action.id);
        // TRANSLATORS: {query} is what the user typed, {pair} a pair's id, {hint} a "did you mean" or nothing, {open} the ids of the open actions or "none".
        throw Error(actions.empty() ? trf("no action '{query}' in the journal{hint} (open actions: {open})", fmt::arg("query", query),
                                          fmt::arg("hint", did_you_mean(query, ids)), fmt::arg("open", id_list(not_done)))
                                    : trf("no action '{query}' in the journal of {pair}{hint} (open actions: {open})",
                                          fmt::arg("query", query), fmt::arg("pair", actions.front().pair),
                                          fmt::arg("hint", did_you_mean(query, ids)), fmt::arg("open", id_list(not_done))));
    }
    // TRANSLATORS: {0} is what the user typed, {1} the ids it could name.
    throw Error(trf("action '{0}' is ambiguous: it could be {1}", query, id_list(open.empty() ? matches : open)));
}

}  // namespace mentor
