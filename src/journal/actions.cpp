// Actions agreed in sessions: parsing "OWNER: TEXT [due DATE]", deriving
// each action's status from the journal, and naming one by id or prefix.

#include <algorithm>
#include <cctype>
#include <map>

#include "mentor/core/text.hpp"
#include "mentor/journal/journal.hpp"

namespace mentor {
namespace {

// A word the user surely meant as a date: then it must be a valid one.
bool looks_like_date(std::string_view word) {
    if (word.empty()) return false;
    char c = word.front();
    return std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '-' || word == "today" ||
           word == "tomorrow" || word == "yesterday";
}

Error malformed(std::string_view spec, const std::string& why) {
    return usage_error("--action \"" + std::string(spec) + "\": " + why +
                       " (expected \"OWNER: TEXT [due DATE]\", OWNER mentor or mentee)");
}

std::string id_list(const std::vector<const ActionState*>& actions) {
    std::string out;
    for (const auto* a : actions) out += (out.empty() ? "" : ", ") + a->action.id;
    return out.empty() ? "none" : out;
}

}  // namespace

std::string to_string(ActionStatus status) {
    switch (status) {
        case ActionStatus::Open: return "open";
        case ActionStatus::Overdue: return "overdue";
        case ActionStatus::Done: return "done";
    }
    return "open";
}

Action parse_action_spec(std::string_view spec, Date today) {
    size_t colon = spec.find(':');
    if (colon == std::string_view::npos) throw malformed(spec, "no owner");
    std::string owner(trim(spec.substr(0, colon), kWhiteSpace));
    owner = ascii_lower(owner);
    auto role = parse_role(owner);
    if (!role) throw malformed(spec, "the owner must be mentor or mentee, got \"" + owner + "\"");
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
                throw malformed(spec, "bad due date: " + e.message());
            }
            text = trim(body.substr(0, due_at), kWhiteSpace);
            if (!text.empty() && (text.back() == '[' || text.back() == '(')) text = trim(text.substr(0, text.size() - 1), kWhiteSpace);
        }
    }
    if (text.empty()) throw malformed(spec, "no text");
    action.text = std::string(text);
    return action;
}

std::vector<ActionState> action_states(const Journal& journal, Date today) {
    std::map<std::string, const Session*> completed;
    for (const auto& s : journal.sessions)
        for (const auto& id : s.done) completed.emplace(id, &s);
    std::vector<ActionState> out;
    for (const auto& s : journal.sessions) {
        for (const auto& a : s.actions) {
            ActionState state;
            state.pair = journal.pair;
            state.action = a;
            state.session = s.file;
            state.is_private = s.is_private;
            if (auto it = completed.find(a.id); it != completed.end()) {
                state.status = ActionStatus::Done;
                state.done_in = it->second->file;
                state.done_on = it->second->date;
            } else if (!a.due.empty() && a.due < today.str()) {
                state.status = ActionStatus::Overdue;
            }
            out.push_back(std::move(state));
        }
    }
    return out;
}

const ActionState& resolve_action(const std::vector<ActionState>& actions, std::string_view query) {
    std::vector<const ActionState*> matches, open;
    for (const auto& a : actions) {
        if (a.action.id == query) return a;
        if (a.action.id.starts_with(query)) matches.push_back(&a);
    }
    for (const auto* a : matches)
        if (a->status != ActionStatus::Done) open.push_back(a);
    if (matches.size() == 1) return *matches.front();
    if (open.size() == 1) return *open.front();
    std::string pair = actions.empty() ? std::string() : " of " + actions.front().pair;
    if (matches.empty()) {
        std::vector<const ActionState*> not_done;
        for (const auto& a : actions)
            if (a.status != ActionStatus::Done) not_done.push_back(&a);
        throw Error("no action '" + std::string(query) + "' in the journal" + pair + " (open actions: " +
                    id_list(not_done) + ")");
    }
    throw Error("action '" + std::string(query) + "' is ambiguous: it could be " +
                id_list(open.empty() ? matches : open));
}

}  // namespace mentor
