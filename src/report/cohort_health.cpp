// The cohort report's health section in every format: check-in response,
// fit, pairs needing attention, early closings, closing reasons and pairs
// closed without a review. Ids, names, counts and codes only: never a
// comment or a review. A figure over fewer than reports.min_group pairs is
// withheld (group_figure), in every format the same way.

#include "mentor/core/i18n.hpp"
#include "mentor/formats/json_writer.hpp"
#include "report/common.hpp"
#include "report/words.hpp"

namespace mentor::detail {

void json_group_ratio(JsonWriter& json, std::string_view key, std::optional<double> value, const GroupFigure& group,
                      int decimals) {
    json_ratio(json, key, group.withheld ? std::nullopt : value, decimals);
}

std::string group_text(const std::string& text, const GroupFigure& group, int min_group) {
    return group.withheld ? withheld_text(min_group) : text;
}

namespace {

std::optional<double> response_rate(const CheckInResponse& r) {
    if (r.due == 0) return std::nullopt;
    return static_cast<double>(r.answered) / r.due;
}

std::string response_text(const CohortReport& r) {
    const CheckInResponse c = r.checkin_response();
    // TRANSLATORS: {0} check-ins answered of {1} due; {2} is the percentage.
    return trf("{0} of {1} check-ins due answered ({2})", c.answered, c.due, percent_text(response_rate(c)));
}

std::string fit_text(const CohortReport& r) {
    const Words words;
    std::string out;
    // TRANSLATORS: {0} answers, {1} the fit ("good", "unsure", "poor"): "3 good".
    for (const auto& [fit, n] : r.fit_distribution()) out += (out.empty() ? "" : ", ") + trf("{0} {1}", n, words.fit(fit));
    // TRANSLATORS: {} is "3 good, 1 unsure, 0 poor".
    return group_text(trf("{} (last answer of each side)", out), r.fit_group(), r.min_group);
}

std::string early_text(const CohortReport& r) {
    // TRANSLATORS: {0} pairs of the {1} that started, {2} the percentage, {3} a number of months (6).
    return trf("{0} of {1} pairs started ({2}) closed within {3} months", r.closed_early().size(), r.started(),
               percent_text(r.closed_early_rate()), r.early_months);
}

std::string reasons_text(const CohortReport& r) {
    std::string out;
    for (const auto& [reason, n] : r.closing_reasons())
        // TRANSLATORS: {0} pairs closed for the reason {1} ("no chemistry"): "2 no chemistry".
        if (n) out += (out.empty() ? "" : ", ") + trf("{0} {1}", n, closing_reason_text(reason));
    return group_text(out.empty() ? tr_ctx("no reason", "none") : out, r.reasons_group(), r.min_group);
}

// {name: count} of a breakdown, or null when its group is too small.
template <class Key>
void json_breakdown(JsonWriter& json, std::string_view key, const std::map<Key, int>& counts, const GroupFigure& group) {
    json.key(key);
    if (group.withheld) return json.null();
    json.begin_object();
    for (const auto& [k, n] : counts) json.member(to_string(k), n);
    json.end_object();
}

std::string ids_text(const std::vector<const PairFigures*>& pairs) {
    std::string out;
    for (const PairFigures* p : pairs) out += (out.empty() ? "" : ", ") + p->id;
    return out.empty() ? tr_ctx("no pair", "none") : out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> cohort_health_lines(const CohortReport& r) {
    return {{tr("Check-in response"), response_text(r)},
            {tr("Fit"), fit_text(r)},
            {tr("Closed early"), early_text(r)},
            {tr("Closing reasons"), reasons_text(r)},
            {tr("Closed without a closing review"), ids_text(r.without_review())}};
}

std::string attention_line(size_t pairs) {
    return trf("Pairs needing attention ({}): a poor fit, or unsure twice in a row.", pairs);
}

void cohort_health_text(ReportDoc& doc, const CohortReport& r) {
    doc.heading(tr("Health"));
    for (const auto& [name, value] : cohort_health_lines(r)) doc.field(name, value);
    const auto attention = r.needing_attention();
    // Blank lines around the sentence: in markdown it would else continue the
    // list above, and the table would not start.
    doc.raw("\n");
    doc.line(attention_line(attention.size()));
    if (attention.empty()) return;
    if (doc.markdown()) doc.raw("\n");
    Table t({tr("pair"), tr_ctx("role", "mentor"), tr_ctx("role", "mentee")});
    for (const PairFigures* p : attention) t.add_row({p->id, r.name_of(p->mentor), r.name_of(p->mentee)});
    doc.table(t);
}

void cohort_health_json(JsonWriter& json, const CohortReport& r) {
    json.key("health");
    json.begin_object();
    json.member("min_group", r.min_group);
    const CheckInResponse c = r.checkin_response();
    json.key("checkins");
    json.begin_object();
    json.member("due", c.due);
    json.member("answered", c.answered);
    json_ratio(json, "response_rate", response_rate(c), 4);
    json.end_object();
    const GroupFigure fit = r.fit_group();
    json.member("fit_pairs", fit.pairs);
    json_breakdown(json, "fit", r.fit_distribution(), fit);
    json.key("needs_attention");
    json.begin_array();
    for (const PairFigures* p : r.needing_attention()) {
        json.begin_object();
        json.member("pair", p->id);
        json.member("mentor", p->mentor);
        json.member("mentee", p->mentee);
        json.end_object();
    }
    json.end_array();
    json.member("early_months", r.early_months);
    json.member("started", r.started());
    json_ids(json, "closed_early", r.closed_early());
    json_ratio(json, "closed_early_rate", r.closed_early_rate(), 4);
    const GroupFigure reasons = r.reasons_group();
    json.member("closing_reasons_pairs", reasons.pairs);
    json_breakdown(json, "closing_reasons", r.closing_reasons(), reasons);
    json_ids(json, "without_review", r.without_review());
    json.end_object();
}

std::vector<std::pair<std::string, std::string>> cohort_health_cells(const CohortReport& r) {
    auto number = [](std::optional<double> v, int decimals) { return v ? json_number(*v, decimals) : std::string(); };
    const CheckInResponse c = r.checkin_response();
    std::vector<std::pair<std::string, std::string>> out = {
        {"min_group", std::to_string(r.min_group)},
        {"average_rating", number(r.rating_group().withheld ? std::nullopt : r.average_rating(), 2)},
        {"checkins_due", std::to_string(c.due)},
        {"checkins_answered", std::to_string(c.answered)},
        {"checkin_response_rate", number(response_rate(c), 4)},
    };
    const GroupFigure fit = r.fit_group();
    for (const auto& [f, n] : r.fit_distribution()) out.push_back({"fit_" + to_string(f), fit.withheld ? "" : std::to_string(n)});
    out.push_back({"needs_attention", std::to_string(r.needing_attention().size())});
    out.push_back({"started", std::to_string(r.started())});
    out.push_back({"closed_early", std::to_string(r.closed_early().size())});
    out.push_back({"closed_early_rate", number(r.closed_early_rate(), 4)});
    const GroupFigure reasons = r.reasons_group();
    for (const auto& [reason, n] : r.closing_reasons())
        out.push_back({"reason_" + to_string(reason), reasons.withheld ? "" : std::to_string(n)});
    out.push_back({"without_review", std::to_string(r.without_review().size())});
    return out;
}

}  // namespace mentor::detail
