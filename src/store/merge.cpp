// The merge of one record file (store/merge.hpp): by field, then in the
// record's canonical form, so that the merged file is what the tool itself
// would write (lists sorted, keys in order, unknown keys kept).

#include "mentor/store/merge.hpp"

#include "mentor/records/record_io.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {
namespace {

// Through the reader and the writer of its kind; the document as it is when
// the reader refuses it (a merge must never lose a field the reader drops).
template <class Read, class Write>
yaml::Node canonical(const yaml::Node& doc, Read read, Write write) {
    Diagnostics ignored;
    try {
        auto record = read(doc, ignored);
        for (const auto& d : ignored)
            if (d.severity == Severity::Error) return doc;
        return record ? write(*record) : doc;
    } catch (const Error&) {
        return doc;  // a writer's check refused it: `mentor validate` will say why
    }
}

yaml::Node canonical(const yaml::Node& doc, const layout::RecordAt& at, const std::string& file) {
    using What = layout::RecordAt::What;
    using layout::EntryKind;
    auto with = [&](auto read) { return [&, read](const yaml::Node& d, Diagnostics& diag) { return read(d, file, at.id, at.stem, diag); }; };
    switch (at.what) {
        case What::Person:
            return canonical(doc, [&](const yaml::Node& d, Diagnostics& diag) { return read_person(d, file, diag); }, write_person);
        case What::Pair:
            return canonical(doc, [&](const yaml::Node& d, Diagnostics& diag) { return read_pair(d, file, diag); }, write_pair);
        case What::Plan:
            return canonical(doc, [&](const yaml::Node& d, Diagnostics& diag) { return read_plan(d, file, at.id, diag); }, write_plan);
        case What::Entry: break;
    }
    switch (at.entry) {
        case EntryKind::Session: return canonical(doc, with(read_session), write_session);
        case EntryKind::FollowUp: return canonical(doc, with(read_followup), write_followup);
        case EntryKind::CheckIn: return canonical(doc, with(read_checkin), write_checkin);
        case EntryKind::Closing: break;
    }
    return canonical(doc, with(read_closing), write_closing);
}

}  // namespace

RecordMerge merge_record(const std::string& base, const std::string& ours, const std::string& theirs,
                         const std::string& path) {
    // An empty base: both sides added the file (git gives an empty %O).
    yaml::Node o = yaml::parse(ours, path), t = yaml::parse(theirs, path);
    yaml::Node b = base.empty() ? yaml::Node::map() : yaml::parse(base, path);
    yaml::MergeResult merged = yaml::merge3(b, o, t);
    yaml::Node doc = std::move(merged.merged);
    if (auto at = layout::record_at(path); at && doc.is_map()) doc = canonical(doc, *at, path);
    return RecordMerge{yaml::emit(doc), std::move(merged.conflicts)};
}

}  // namespace mentor
