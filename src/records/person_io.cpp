// people/<id>.yaml <-> Person.

#include <algorithm>

#include "mentor/core/i18n.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

void sort_unique(std::vector<std::string>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

namespace {

// Keeps the first occurrence of each value, in order (ranked lists).
void unique_in_order(std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (auto& v : values)
        if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(std::move(v));
    values = std::move(out);
}

const schema::Field& field(std::string_view key) { return schema::person().at(key); }

void read_offers(FieldReader& r, const Node& n, std::vector<Offer>& out) {
    const auto& f = field("offers");
    if (n.is_null()) return;
    if (n.is_map()) {
        for (const auto& [skill, level] : n.entries())
            if (auto v = r.integer(level, f, "offers: " + skill)) out.push_back(Offer{skill, *v});
        return;
    }
    // A plain list of skills is accepted for hand-written files: level 3.
    for (const auto& skill : r.list(n, f)) out.push_back(Offer{skill, 3});
}

void read_wants(FieldReader& r, const Node& n, std::vector<Want>& out) {
    const auto& f = field("wants");
    if (n.is_null()) return;
    if (n.is_map()) {
        for (const auto& [skill, priority] : n.entries()) {
            auto text = r.text(priority, f, "wants: " + skill);
            if (text && !text->empty()) out.push_back(Want{skill, *parse_priority(*text)});
        }
        return;
    }
    for (const auto& skill : r.list(n, f)) out.push_back(Want{skill, Priority::Medium});
}

void read_availability(FieldReader& r, const Node& n, Availability& out) {
    if (n.is_null() || !r.expect_map(n, "'availability'")) return;
    const auto& schema = schema::availability();
    for (const auto& [key, value] : n.entries()) {
        if (key == "hours_per_month") {
            out.hours_per_month = r.integer(value, schema.at(key));
        } else if (key == "days") {
            out.days = r.list(value, schema.at(key));
        } else if (key == "mode") {
            if (auto mode = r.text(value, schema.at(key))) out.mode = *mode;
        } else {
            out.extra.set(key, value);
        }
    }
}

}  // namespace

void normalise(Person& p) {
    std::sort(p.roles.begin(), p.roles.end());
    p.roles.erase(std::unique(p.roles.begin(), p.roles.end()), p.roles.end());
    sort_unique(p.languages);
    sort_unique(p.cohorts);
    sort_unique(p.interests);
    sort_unique(p.avoids);
    unique_in_order(p.prefers);
    auto by_skill = [](const auto& a, const auto& b) { return a.skill < b.skill; };
    auto same_skill = [](const auto& a, const auto& b) { return a.skill == b.skill; };
    std::stable_sort(p.offers.begin(), p.offers.end(), by_skill);
    p.offers.erase(std::unique(p.offers.begin(), p.offers.end(), same_skill), p.offers.end());
    std::stable_sort(p.wants.begin(), p.wants.end(), by_skill);
    p.wants.erase(std::unique(p.wants.begin(), p.wants.end(), same_skill), p.wants.end());
    std::vector<std::string> days;
    for (std::string_view d : schema::kWeekdays)
        if (std::find(p.availability.days.begin(), p.availability.days.end(), d) != p.availability.days.end())
            days.emplace_back(d);
    p.availability.days = std::move(days);
}

std::optional<Person> read_person(const Node& doc, const std::string& file, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    if (!r.expect_map(doc, N_("a person file"))) return std::nullopt;
    Person p;
    auto set_text = [&](std::string& out, const Node& v, std::string_view key) {
        if (auto t = r.text(v, field(key))) out = std::move(*t);
    };
    for (const auto& [key, v] : doc.entries()) {
        if (key == "id") {
            set_text(p.id, v, key);
            p.marks.id = v.mark;
        } else if (key == "name") {
            set_text(p.name, v, key);
        } else if (key == "email") {
            set_text(p.email, v, key);
            p.marks.email = v.mark;
        } else if (key == "roles") {
            for (const auto& role : r.list(v, field(key))) p.add_role(*parse_role(role));
        } else if (key == "active") {
            if (auto b = r.boolean(v, field(key))) p.active = *b;
        } else if (key == "organisation") {
            set_text(p.organisation, v, key);
        } else if (key == "team") {
            set_text(p.team, v, key);
        } else if (key == "manager") {
            set_text(p.manager, v, key);
            p.marks.manager = v.mark;
        } else if (key == "title") {
            set_text(p.title, v, key);
        } else if (key == "seniority") {
            p.seniority = r.integer(v, field(key));
        } else if (key == "languages") {
            p.languages = r.list(v, field(key));
        } else if (key == "timezone") {
            set_text(p.timezone, v, key);
            p.marks.timezone = v.mark;
        } else if (key == "location") {
            set_text(p.location, v, key);
        } else if (key == "cohorts") {
            p.cohorts = r.list(v, field(key));
        } else if (key == "capacity") {
            p.capacity = r.integer(v, field(key));
        } else if (key == "offers") {
            read_offers(r, v, p.offers);
        } else if (key == "wants") {
            read_wants(r, v, p.wants);
        } else if (key == "interests") {
            p.interests = r.list(v, field(key));
        } else if (key == "availability") {
            read_availability(r, v, p.availability);
        } else if (key == "prefers") {
            p.prefers = r.list(v, field(key));
            p.marks.prefers = v.mark;
        } else if (key == "avoids") {
            p.avoids = r.list(v, field(key));
            p.marks.avoids = v.mark;
        } else if (key == "notes") {
            set_text(p.notes, v, key);
        } else if (key == "recipient") {
            set_text(p.recipient, v, key);
        } else {
            p.extra.set(key, v);
        }
    }
    normalise(p);
    return p;
}

Node write_person(const Person& person) {
    Person p = person;
    normalise(p);
    Node doc = Node::map();
    auto put_text = [&](const char* key, const std::string& value) {
        if (!value.empty()) doc.set(key, Node::text(value));
    };
    auto put_list = [&](const char* key, const std::vector<std::string>& values) {
        if (!values.empty()) doc.set(key, Node::text_list(values));
    };
    doc.set("id", Node::text(p.id));
    put_text("name", p.name);
    put_text("email", p.email);
    Node roles = Node::sequence();
    for (Role role : p.roles) roles.push_back(Node::plain(to_string(role)));
    doc.set("roles", roles);
    doc.set("active", Node::boolean(p.active));
    put_text("organisation", p.organisation);
    put_text("team", p.team);
    put_text("manager", p.manager);
    put_text("title", p.title);
    if (p.seniority) doc.set("seniority", Node::integer(*p.seniority));
    put_list("languages", p.languages);
    put_text("timezone", p.timezone);
    put_text("location", p.location);
    put_list("cohorts", p.cohorts);
    if (p.capacity) doc.set("capacity", Node::integer(*p.capacity));
    if (!p.offers.empty()) {
        Node offers = Node::map();
        for (const auto& o : p.offers) offers.set(o.skill, Node::integer(o.level));
        doc.set("offers", offers);
    }
    if (!p.wants.empty()) {
        Node wants = Node::map();
        for (const auto& w : p.wants) wants.set(w.skill, Node::plain(to_string(w.priority)));
        doc.set("wants", wants);
    }
    put_list("interests", p.interests);
    if (!p.availability.empty()) {
        Node a = Node::map();
        if (p.availability.hours_per_month) a.set("hours_per_month", Node::integer(*p.availability.hours_per_month));
        if (!p.availability.days.empty()) {
            Node days = Node::sequence();
            for (const auto& d : p.availability.days) days.push_back(Node::plain(d));
            a.set("days", days);
        }
        if (!p.availability.mode.empty()) a.set("mode", Node::text(p.availability.mode));
        for (const auto& [key, value] : p.availability.extra.entries()) a.set(key, value);
        doc.set("availability", a);
    }
    put_list("prefers", p.prefers);
    put_list("avoids", p.avoids);
    put_text("notes", p.notes);
    put_text("recipient", p.recipient);
    for (const auto& [key, value] : p.extra.entries()) doc.set(key, value);
    check_before_write(doc, [&] { return trf("person {}", p.id); }, [](const Node& tree, const std::string& file, Diagnostics& d) {
        read_person(tree, file, d);
    });
    return doc;
}

}  // namespace mentor
