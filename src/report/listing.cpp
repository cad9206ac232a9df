#include "mentor/core/text.hpp"
#include "mentor/report/listing.hpp"

#include "mentor/core/i18n.hpp"
#include "mentor/core/unicode.hpp"
#include "mentor/formats/csv.hpp"
#include "mentor/formats/table.hpp"
#include "mentor/records/people.hpp"
#include "mentor/records/record_io.hpp"
#include "report/words.hpp"

namespace mentor {
namespace {

// A person's roles in words ("mentor, mentee"), joined by `separator`.
std::string roles_text(const Person& p, const detail::Words& words, const char* separator) {
    std::vector<std::string> r;
    for (Role role : p.roles) r.push_back(words.role(role));
    return join(r, separator);
}

std::string load_text(const Records& records, const Person& p) {
    if (!p.has_role(Role::Mentor)) return "";
    return std::to_string(records.mentor_load(p.id)) + "/" + std::to_string(records.settings.capacity_of(p));
}

std::string render_table(const Table& table, Format format, bool color) {
    return format == Format::Markdown ? table.render_markdown() : table.render_text(TextStyle{color, false, 0});
}

std::string yaml_list(const std::vector<yaml::Node>& nodes) {
    if (nodes.empty()) return "[]\n";
    yaml::Node seq = yaml::Node::sequence();
    for (const auto& n : nodes) seq.push_back(n);
    return yaml::emit(seq);
}

std::string json_list(const std::vector<yaml::Node>& nodes) {
    JsonWriter json;
    json.begin_array();
    for (const auto& n : nodes) write_yaml_as_json(json, n);
    json.end_array();
    return json.str();
}

// The CSV cells of a person, in person_field_names() order.
std::vector<std::string> person_csv_cells(const Person& p) {
    std::vector<std::string> offers, wants;
    for (const auto& o : p.offers) offers.push_back(o.skill + ":" + std::to_string(o.level));
    for (const auto& w : p.wants) wants.push_back(w.skill + ":" + to_string(w.priority));
    auto opt = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); };
    return {p.id,
            p.name,
            p.email,
            join([&] {
                std::vector<std::string> r;
                for (Role role : p.roles) r.push_back(to_string(role));
                return r;
            }(), "|"),
            p.organisation,
            p.team,
            p.manager,
            p.title,
            opt(p.seniority),
            join(p.languages, "|"),
            p.timezone,
            p.location,
            join(p.cohorts, "|"),
            opt(p.capacity),
            join(offers, "|"),
            join(wants, "|"),
            join(p.interests, "|"),
            opt(p.availability.hours_per_month),
            join(p.availability.days, "|"),
            p.availability.mode,
            join(p.prefers, "|"),
            join(p.avoids, "|"),
            p.active ? "true" : "false",
            p.notes,
            p.recipient};
}

// How a person prefers to meet: a meeting mode, or "any".
std::string availability_mode_text(const std::string& mode, const detail::Words& words) {
    return mode == "any" ? tr_ctx("meeting mode", "any") : words.mode(mode);
}

// Aligned "label  value" lines, skipping empty values.
std::string field_lines(const std::vector<std::pair<std::string, std::string>>& fields) {
    int width = 0;
    for (const auto& [label, value] : fields)
        if (!value.empty()) width = std::max(width, display_width(label));
    std::string out;
    for (const auto& [label, value] : fields)
        if (!value.empty()) out += "  " + pad_right(label, width) + "  " + single_line(value) + "\n";
    return out;
}

}  // namespace

std::vector<const Person*> filter_people(const Records& records, const PeopleFilter& f) {
    std::vector<const Person*> out;
    for (const auto& p : records.people) {
        if (f.role && !p.has_role(*f.role)) continue;
        if (!f.cohort.empty() && !p.in_cohort(f.cohort)) continue;
        if (!f.include_inactive && !p.active) continue;
        out.push_back(&p);
    }
    return out;
}

std::vector<const Pair*> filter_pairs(const Records& records, const PairFilter& f) {
    std::vector<const Pair*> out;
    for (const auto& p : records.pairs) {
        if (f.status && p.status != *f.status) continue;
        if (!f.cohort.empty() && p.cohort != f.cohort) continue;
        if (!f.person.empty() && p.mentor != f.person && p.mentee != f.person) continue;
        out.push_back(&p);
    }
    return out;
}

std::string render_people(const Records& records, const std::vector<const Person*>& people, Format format, bool color) {
    switch (format) {
        case Format::Json:
        case Format::Yaml: {
            std::vector<yaml::Node> nodes;
            for (const Person* p : people) nodes.push_back(write_person(*p));
            return format == Format::Json ? json_list(nodes) : yaml_list(nodes);
        }
        case Format::Csv: {
            std::string out = csv_line(person_field_names());
            for (const Person* p : people) out += csv_line(person_csv_cells(*p));
            return out;
        }
        default: {
            // TRANSLATORS: column headings of `mentor list people`, in capitals.
            Table table({tr("ID"), tr("NAME"), tr("ROLES"), tr("ORGANISATION"), tr("TEAM"), tr("COHORTS"), tr("LANGUAGES"),
                         tr("LOAD")});
            table.set_align(7, Align::Right);
            const detail::Words words;
            // TRANSLATORS: {} is a person's name, marked as no longer taking part.
            const detail::Message inactive(N_("{} (inactive)"));
            for (const Person* p : people)
                table.add_row({p->id, p->active ? p->name : inactive(p->name), roles_text(*p, words, ","), p->organisation,
                               p->team, join(p->cohorts, ","), join(p->languages, ","), load_text(records, *p)});
            return render_table(table, format, color);
        }
    }
}

// A pair's record for the json and yaml views. The closing reviews (the
// pair's own words, this one's and a previous round's) only with
// `with_review`: in the pair's own view, never in a listing.
yaml::Node pair_node(const Pair& pair, bool with_review) {
    Pair shown = pair;
    // A sealed review (journal/seal.hpp) is shown opened, or not at all.
    std::erase_if(shown.extra.entries(), [](const auto& e) { return e.first == "sealed"; });
    for (auto& [key, value] : shown.extra.entries())
        if (key == "previous" && value.is_map())
            std::erase_if(value.entries(), [](const auto& e) { return e.first == "sealed"; });
    if (!with_review) {
        shown.review.clear();
        for (auto& [key, value] : shown.extra.entries())
            if (key == "previous" && value.is_map())
                std::erase_if(value.entries(), [](const auto& e) { return e.first == "review"; });
    }
    yaml::Node n = yaml::Node::map();
    n.set("id", yaml::Node::text(pair.id()));
    const yaml::Node fields = write_pair(shown);
    for (const auto& e : fields.entries()) n.set(e.first, e.second);
    return n;
}

std::string render_pairs(const Records& records, const std::vector<const Pair*>& pairs, Format format, bool color) {
    (void)records;
    switch (format) {
        case Format::Json:
        case Format::Yaml: {
            std::vector<yaml::Node> nodes;
            for (const Pair* p : pairs) nodes.push_back(pair_node(*p, false));
            return format == Format::Json ? json_list(nodes) : yaml_list(nodes);
        }
        case Format::Csv: {
            std::string out = csv_line({"id", "mentor", "mentee", "cohort", "kind", "status", "created", "started", "ended", "score"});
            for (const Pair* p : pairs)
                out += csv_line({p->id(), p->mentor, p->mentee, p->cohort, to_string(p->kind), to_string(p->status),
                                 p->created, p->started, p->ended, p->match.score});
            return out;
        }
        default: {
            // TRANSLATORS: column headings of `mentor list pairs`, in capitals.
            Table table({tr("PAIR"), tr("KIND"), tr("STATUS"), tr("COHORT"), tr("CREATED"), tr("STARTED"), tr("SCORE")});
            table.set_align(6, Align::Right);
            const detail::Words words;
            for (const Pair* p : pairs)
                table.add_row({p->id(), words.kind(p->kind), words.status(p->status), p->cohort, date_cell(p->created),
                               date_cell(p->started), p->match.score});
            return render_table(table, format, color);
        }
    }
}

std::string render_person(const Records& records, const Person& p, Format format) {
    auto pairs = filter_pairs(records, PairFilter{std::nullopt, "", p.id});
    if (format == Format::Json || format == Format::Yaml) {
        yaml::Node doc = yaml::Node::map();
        doc.set("person", write_person(p));
        yaml::Node list = yaml::Node::sequence();
        for (const Pair* pair : pairs) {
            yaml::Node n = yaml::Node::map();
            n.set("id", yaml::Node::text(pair->id()));
            n.set("as", yaml::Node::plain(pair->mentor == p.id ? "mentor" : "mentee"));
            n.set("status", yaml::Node::plain(to_string(pair->status)));
            list.push_back(n);
        }
        doc.set("pairs", list);
        if (p.has_role(Role::Mentor)) {
            doc.set("load", yaml::Node::integer(records.mentor_load(p.id)));
            doc.set("capacity", yaml::Node::integer(records.settings.capacity_of(p)));
        }
        if (format == Format::Yaml) return yaml::emit(doc);
        JsonWriter json;
        write_yaml_as_json(json, doc);
        return json.str();
    }
    const detail::Words words;
    std::vector<std::string> offers, wants;
    for (const auto& o : p.offers) offers.push_back(o.skill + " (" + std::to_string(o.level) + ")");
    for (const auto& w : p.wants) wants.push_back(w.skill + " (" + words.priority(w.priority) + ")");
    auto opt = [](const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); };
    // TRANSLATORS: {0} is a person's name, {1} their id.
    std::string heading = p.active ? trf("{0} ({1})", p.name, p.id) : trf("{0} ({1}) — inactive", p.name, p.id);
    std::string out = (format == Format::Markdown ? "## " : "") + heading + "\n";
    if (format == Format::Markdown) out += "\n```\n";
    // TRANSLATORS: the labels of `mentor show PERSON`, lowercase.
    out += field_lines({{tr_ctx("person", "roles"), roles_text(p, words, ", ")},
                        {tr_ctx("person", "email"), p.email},
                        {tr_ctx("person", "organisation"), p.organisation},
                        {tr_ctx("person", "team"), p.team},
                        {tr_ctx("person", "manager"), p.manager},
                        {tr_ctx("person", "title"), p.title},
                        {tr_ctx("person", "seniority"),
                         p.seniority ? trnf("{} year", "{} years", static_cast<unsigned long>(*p.seniority), *p.seniority) : ""},
                        {tr_ctx("person", "languages"), join(p.languages, ", ")},
                        {tr_ctx("person", "timezone"), p.timezone},
                        {tr_ctx("person", "location"), p.location},
                        {tr_ctx("person", "cohorts"), join(p.cohorts, ", ")},
                        {tr_ctx("person", "load"), load_text(records, p)},
                        {tr_ctx("person", "offers"), join(offers, ", ")},
                        {tr_ctx("person", "wants"), join(wants, ", ")},
                        {tr_ctx("person", "interests"), join(p.interests, ", ")},
                        {tr_ctx("person", "hours/month"), opt(p.availability.hours_per_month)},
                        {tr_ctx("person", "days"), join(p.availability.days, ", ")},
                        {tr_ctx("person", "mode"), availability_mode_text(p.availability.mode, words)},
                        {tr_ctx("person", "prefers"), join(p.prefers, ", ")},
                        {tr_ctx("person", "avoids"), join(p.avoids, ", ")},
                        {tr_ctx("person", "notes"), p.notes}});
    if (!pairs.empty()) {
        out += tr("pairs:") + std::string("\n");
        std::vector<std::pair<std::string, std::string>> rows;
        // TRANSLATORS: a pair of `mentor show PERSON`: {} is its status ("active").
        const detail::Message as_mentor(N_("as mentor, {}")), as_mentee(N_("as mentee, {}"));
        for (const Pair* pair : pairs)
            rows.emplace_back(pair->id(), (pair->mentor == p.id ? as_mentor : as_mentee)(words.status(pair->status)));
        out += field_lines(rows);
    }
    if (format == Format::Markdown) out += "```\n";
    return out;
}

std::string render_pair(const Records& records, const Pair& pair, Format format, bool include_private) {
    if (format == Format::Json || format == Format::Yaml) {
        yaml::Node doc = pair_node(pair, include_private);
        if (format == Format::Yaml) return yaml::emit(doc);
        JsonWriter json;
        write_yaml_as_json(json, doc);
        return json.str();
    }
    auto name = [&](const std::string& id) {
        const Person* p = records.person(id);
        // TRANSLATORS: {} is the id of a person the records do not hold.
        return p ? trf("{0} ({1})", p->name, id) : trf("{} (unknown person)", id);
    };
    const detail::Words words;
    std::string out = (format == Format::Markdown ? "## " : "") + trf_ctx("show heading", "pair {}", pair.id()) + "\n";
    if (format == Format::Markdown) out += "\n```\n";
    // TRANSLATORS: the labels of `mentor show PAIR`, lowercase.
    out += field_lines({{tr_ctx("pair", "mentor"), name(pair.mentor)},
                        {tr_ctx("pair", "mentee"), name(pair.mentee)},
                        {tr_ctx("pair", "kind"), words.kind(pair.kind)},
                        {tr_ctx("pair", "status"), words.status(pair.status)},
                        {tr_ctx("pair", "cohort"), pair.cohort},
                        {tr_ctx("pair", "created"), date_long(pair.created)},
                        {tr_ctx("pair", "started"), date_long(pair.started)},
                        {tr_ctx("pair", "ended"), date_long(pair.ended)},
                        {tr_ctx("pair", "score"), pair.match.score},
                        {tr_ctx("pair", "matched by"), pair.match.algorithm},
                        {tr_ctx("pair", "reasons"), join(pair.match.reasons, "; ")},
                        {tr_ctx("pair", "review"), include_private ? pair.review : std::string()}});
    if (format == Format::Markdown) out += "```\n";
    return out;
}

}  // namespace mentor
