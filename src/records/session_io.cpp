// journal/<pair-id>/<stem>.yaml <-> Session.

#include "mentor/core/i18n.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

namespace {

void read_action(FieldReader& r, Node& n, const std::string& fallback_id, Session& s) {
    if (!r.expect_map(n, N_("an action"))) return;
    const auto& schema = schema::action();
    Action a;
    for (auto& [key, v] : n.entries()) {
        if (key == "id") {
            if (auto t = r.take_text(v, schema.at(key))) a.id = std::move(*t);
        } else if (key == "owner") {
            auto t = r.text(v, schema.at(key));
            if (t && !t->empty()) a.owner = *parse_role(*t);
        } else if (key == "text") {
            if (auto t = r.take_text(v, schema.at(key))) a.text = std::move(*t);
        } else if (key == "due") {
            if (auto d = r.take_text(v, schema.at(key))) a.due = std::move(*d);
        } else {
            a.extra.set(key, std::move(v));
        }
    }
    r.require(n, schema);
    if (a.text.empty() && n.find("text")) r.error(n, tr("an action needs a 'text'"));
    // An action written without an id by hand gets the one the tool would
    // have given it, so that it can still be marked done.
    if (a.id.empty()) a.id = fallback_id;
    s.actions.push_back(std::move(a));
}

}  // namespace

std::optional<Session> read_session(Node doc, const std::string& file, const std::string& pair_id,
                                    const std::string& stem, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    if (!r.expect_map(doc, N_("a session file"))) return std::nullopt;
    const auto& schema = schema::session();
    Session s;
    s.pair = pair_id;
    s.file = stem;
    r.set_sealed(doc.find("sealed") != nullptr);
    for (auto& [key, v] : doc.entries()) {
        if (key == "date") {
            if (auto d = r.take_text(v, schema.at(key))) s.date = std::move(*d);
        } else if (key == "duration") {
            s.duration = r.integer(v, schema.at(key));
        } else if (key == "mode") {
            if (auto t = r.text(v, schema.at(key))) s.mode = std::move(*t);
        } else if (key == "private") {
            if (auto b = r.boolean(v, schema.at(key))) s.is_private = *b;
        } else if (key == "rating") {
            if (!v.is_null()) s.rating = r.integer(v, schema.at(key));
        } else if (key == "topics") {
            s.topics = r.take_list(v, schema.at(key));
        } else if (key == "goals") {
            s.goals = r.take_list(v, schema.at(key));
            s.marks.goals = v.mark;
        } else if (key == "actions") {
            if (v.is_null()) continue;
            if (!v.is_sequence()) {
                // TRANSLATORS: {} is what the file gave instead ("a map", a quoted value).
                r.error(v, trf("'actions' must be a list of actions, got {}", detail::describe(v)));
                continue;
            }
            for (auto& item : v.items())
                read_action(r, item, stem + "." + std::to_string(s.actions.size() + 1), s);
        } else if (key == "done") {
            s.done = r.take_list(v, schema.at(key));
            s.marks.done = v.mark;
        } else if (key == "notes") {
            if (auto t = r.take_text(v, schema.at(key))) s.notes = std::move(*t);
        } else if (key == "sealed") {
            if (auto t = r.take_text(v, schema.at(key))) s.sealed = std::move(*t);
        } else {
            s.extra.set(key, std::move(v));
        }
    }
    r.require(doc, schema, [&] { return detail::expected_date(stem); });
    return s;
}

Node write_session(const Session& s) {
    Node doc = Node::map();
    doc.set("date", Node::plain(s.date));
    if (s.duration) doc.set("duration", Node::integer(*s.duration));
    if (!s.mode.empty()) doc.set("mode", Node::text(s.mode));
    if (s.is_private) doc.set("private", Node::boolean(true));
    if (s.rating) doc.set("rating", Node::integer(*s.rating));
    if (!s.topics.empty()) doc.set("topics", Node::text_list(s.topics));
    if (!s.goals.empty()) doc.set("goals", Node::text_list(s.goals));
    if (!s.actions.empty()) {
        Node actions = Node::sequence();
        for (const auto& a : s.actions) {
            Node m = Node::map();
            m.set("id", Node::text(a.id));
            m.set("owner", Node::plain(to_string(a.owner)));
            // A sealed session's action texts are in its age message.
            if (s.sealed.empty() || !a.text.empty()) m.set("text", Node::text(a.text));
            if (!a.due.empty()) m.set("due", Node::plain(a.due));
            for (const auto& [key, value] : a.extra.entries()) m.set(key, value);
            actions.push_back(m);
        }
        doc.set("actions", actions);
    }
    if (!s.done.empty()) doc.set("done", Node::text_list(s.done));
    // Notes last: the longest field reads best at the end, and a literal
    // block keeps every line as typed.
    if (!s.notes.empty()) doc.set("notes", Node::text(s.notes));
    if (!s.sealed.empty()) doc.set("sealed", Node::text(s.sealed));
    for (const auto& [key, value] : s.extra.entries()) doc.set(key, value);
    // TRANSLATORS: {0} is the session's date as written in files, {1} a pair id.
    check_before_write(doc, [&] { return trf("the session of {0} of {1}", s.date, s.pair); },
                       [&](const Node& tree, const std::string& file, Diagnostics& d) {
                           read_session(tree, file, s.pair, s.file.empty() ? s.date : s.file, d);
                       });
    return doc;
}

}  // namespace mentor
