// The pair's journal sealed to the pair: see journal/seal.hpp.

#include "mentor/journal/seal.hpp"

#include <algorithm>

#include "mentor/core/i18n.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "mentor/records/seal.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {
namespace {

// The record back from its opened tree; nullopt (and a diagnostic) when it
// no longer reads.
std::optional<Session> reread(const Session& s, const yaml::Node& doc, const std::string& file, Diagnostics& d) {
    return read_session(doc, file, s.pair, s.file, d);
}
std::optional<FollowUp> reread(const FollowUp& f, const yaml::Node& doc, const std::string& file, Diagnostics& d) {
    return read_followup(doc, file, f.pair, f.file, d);
}
std::optional<CheckIn> reread(const CheckIn& c, const yaml::Node& doc, const std::string& file, Diagnostics& d) {
    return read_checkin(doc, file, c.pair, c.file, d);
}
std::optional<Closing> reread(const Closing& c, const yaml::Node& doc, const std::string& file, Diagnostics& d) {
    return read_closing(doc, file, c.pair, c.file, d);
}
yaml::Node tree(const Session& s) { return write_session(s); }
yaml::Node tree(const FollowUp& f) { return write_followup(f); }
yaml::Node tree(const CheckIn& c) { return write_checkin(c); }
yaml::Node tree(const Closing& c) { return write_closing(c); }
const schema::Record& record_of(const Session&) { return schema::session(); }
const schema::Record& record_of(const FollowUp&) { return schema::followup(); }
const schema::Record& record_of(const CheckIn&) { return schema::checkin(); }
const schema::Record& record_of(const Closing&) { return schema::closing(); }

void placeholder(Session& s) {
    s.notes = kSealedPlaceholder;
    for (auto& a : s.actions) a.text = kSealedPlaceholder;
}
void placeholder(FollowUp& f) { f.note = kSealedPlaceholder; }
void placeholder(CheckIn& c) { c.comment = kSealedPlaceholder; }
void placeholder(Closing& c) { c.review = kSealedPlaceholder; }

// The entry opened; throws what unseal_content throws.
template <class Entry>
Entry opened(const Entry& e, const std::vector<age::Identity>& identities) {
    const std::string file = layout::entry_path(e.pair, e.file);
    Diagnostics d;
    auto out = reread(e, unseal_content(tree(e), record_of(e), identities, file), file, d);
    if (!out || has_errors(d)) {
        const auto& first = d.empty() ? Diagnostic{Location{file}, Severity::Error, tr("it does not read")} : d.front();
        throw Error(first.where, trf("the sealed content does not fit its record: {}", first.message));
    }
    return *out;
}

template <class Entry>
void unseal_entries(std::vector<Entry>& entries, const std::vector<age::Identity>& identities, UnsealReport& report) {
    for (auto& e : entries) {
        if (e.sealed.empty()) continue;
        ++report.sealed;
        try {
            e = opened(e, identities);
            ++report.opened;
        } catch (const age::NoIdentity&) {
            placeholder(e);
        } catch (const Error& err) {
            report.problems.push_back(Diagnostic{err.where(), Severity::Error, err.message()});
            placeholder(e);
        }
    }
}

template <class Entry>
void reseal_entries(const std::vector<Entry>& entries, const std::vector<std::string>& recipients,
                    const std::vector<age::Identity>& identities, std::vector<FileWrite>& out) {
    for (const auto& e : entries) {
        const std::string file = layout::entry_path(e.pair, e.file);
        Entry clear = e;
        if (!e.sealed.empty()) {
            try {
                clear = opened(e, identities);
            } catch (const age::NoIdentity&) {
                throw Error(Location{file}, tr("cannot reseal: your identity does not open this entry "
                                               "(only one of its recipients can reseal the pair)"));
            }
        }
        const yaml::Node sealed = seal_content(tree(clear), record_of(clear), recipients);
        if (sealed.find(kSealedKey)) out.push_back(FileWrite{file, yaml::emit(sealed)});
    }
}

}  // namespace

std::vector<std::string> seal_recipients(const Records& records, const Pair& pair) {
    if (!records.settings.seal) return {};
    const Person* mentor = records.person(pair.mentor);
    const Person* mentee = records.person(pair.mentee);
    if (!mentor || !mentee || mentor->recipient.empty() || mentee->recipient.empty()) return {};
    if (mentor->recipient == mentee->recipient) return {mentor->recipient};
    return {mentor->recipient, mentee->recipient};
}

yaml::Node seal_pair(const Pair& pair, const std::vector<std::string>& recipients) {
    return seal_content(write_pair(pair), schema::pair(), recipients);
}

bool unseal_pair(Pair& pair, const std::vector<age::Identity>& identities) {
    const yaml::Node doc = write_pair(pair);
    if (!doc.find(kSealedKey)) return true;
    const std::string file = layout::pair_path(pair.id());
    try {
        Diagnostics d;
        auto opened = read_pair(unseal_content(doc, schema::pair(), identities, file), file, d);
        if (!opened || has_errors(d)) throw Error(Location{file}, tr("the sealed content does not fit its record"));
        pair = *opened;
        return true;
    } catch (const age::NoIdentity&) {
        pair.review = kSealedPlaceholder;
        return false;
    }
}

std::string sealed_warning(const UnsealReport& report, const Records& records, const std::string& pair_id) {
    if (report.all_opened()) return {};
    std::vector<std::string> who;
    if (const Pair* pair = records.pair(pair_id))
        for (const std::string* id : {&pair->mentor, &pair->mentee})
            if (const Person* p = records.person(*id); p && !p->recipient.empty())
                // TRANSLATORS: {0} is a person's id, {1} their age recipient (age1...).
                who.push_back(trf("{0}'s ({1})", p->id, p->recipient));
    const int shut = report.sealed - report.opened;
    if (who.empty())
        // TRANSLATORS: {0} entries of {1} (all sealed), {pair} a pair's id, {shown} what they show as: "(sealed)".
        return trf("{0} of {1} sealed entries of {pair} show as {shown}: they open with the pair's identities, not yours", shut,
                   report.sealed, fmt::arg("pair", pair_id), fmt::arg("shown", kSealedPlaceholder));
    // TRANSLATORS: "ann's (age1...) or bob's (age1...)": the people whose identity opens the entries.
    const std::string whose = who.size() == 1 ? who[0] : trf("{0} or {1}", who[0], who[1]);
    // TRANSLATORS: as above; {who} is "ann's (age1...)" or "ann's (age1...) or bob's (age1...)".
    return trf("{0} of {1} sealed entries of {pair} show as {shown}: they open with {who} identity, not yours", shut,
               report.sealed, fmt::arg("pair", pair_id), fmt::arg("shown", kSealedPlaceholder), fmt::arg("who", whose));
}

bool has_sealed(const Journal& journal) {
    auto any = [](const auto& entries) {
        return std::any_of(entries.begin(), entries.end(), [](const auto& e) { return !e.sealed.empty(); });
    };
    return any(journal.sessions) || any(journal.followups) || any(journal.checkins) || any(journal.closings);
}

UnsealReport unseal_journal(Journal& journal, const std::vector<age::Identity>& identities) {
    UnsealReport report;
    unseal_entries(journal.sessions, identities, report);
    unseal_entries(journal.followups, identities, report);
    unseal_entries(journal.checkins, identities, report);
    unseal_entries(journal.closings, identities, report);
    sort_diagnostics(report.problems);
    return report;
}

std::vector<FileWrite> reseal_journal(const fs::path& root, const Pair& pair, const std::vector<std::string>& recipients,
                                      const std::vector<age::Identity>& identities) {
    if (recipients.empty())
        throw Error(Location{layout::pair_path(pair.id())},
                    // TRANSLATORS: {} is a pair's id; keep the command and "journal: seal" (a key of mentor.yaml) as they are.
                    trf("nothing to seal to: both people of {} need a recipient (mentor add ... --recipient age1...), and "
                        "mentor.yaml's journal: seal must not be false",
                        pair.id()));
    const Journal journal = load_journal(root, pair.id());
    for (const auto& d : journal.diagnostics)
        if (d.severity == Severity::Error) throw Error(d.where, trf("{} (fix it before resealing)", d.message));
    std::vector<FileWrite> out;
    reseal_entries(journal.sessions, recipients, identities, out);
    reseal_entries(journal.followups, recipients, identities, out);
    reseal_entries(journal.checkins, recipients, identities, out);
    reseal_entries(journal.closings, recipients, identities, out);
    // The pair file's closing review, sealed or not yet.
    Pair opened = pair;
    if (!unseal_pair(opened, identities))
        throw Error(Location{layout::pair_path(pair.id())},
                    tr("cannot reseal: your identity does not open the closing review (only one of the pair can reseal it)"));
    const yaml::Node doc = seal_pair(opened, recipients);
    if (doc.find(kSealedKey)) out.push_back(FileWrite{layout::pair_path(pair.id()), yaml::emit(doc)});
    return out;
}

}  // namespace mentor
