// Fuzz target: the record loader. One input is parsed as YAML (with the
// limits the store uses), then read as every kind of record: person, pair,
// plan, session and mentor.yaml settings.
//
// Properties checked besides "no crash, only mentor::Error":
// - the fast reader of canonical YAML declines the input or reads the very
//   tree libyaml reads (marks included);
// - the canonical form (yaml::emit) of a parsed map parses back and is
//   emitted again to the same bytes;
// - a record read without errors is never refused by its writer;
// - a record that was read is written in a canonical form that parses and
//   reads back to a record written to the same bytes (determinism and
//   idempotence of reader + writer).

#include "formats/yaml_read.hpp"
#include "fuzz_common.hpp"

#include "mentor/formats/yaml.hpp"
#include "mentor/records/record_io.hpp"

namespace {

using namespace mentor;

const std::string kFile = "fuzz.yaml";
const std::string kPairId = "ann-lee--bob-ray";
const std::string kStem = "2026-03-09";

/// Parses `text`, which must succeed because it came out of yaml::emit.
yaml::Node parse_emitted(const std::string& text, const std::string& what) {
    yaml::Node doc;
    std::string refusal;
    try {
        doc = yaml::parse(text, kFile);
    } catch (const Error& e) {
        refusal = e.what();
    }
    FUZZ_CHECK(refusal.empty(), what + " does not parse back: " + refusal + "\n" + text);
    return doc;
}

void check_document_round_trip(const yaml::Node& doc) {
    const std::string canonical = yaml::emit(doc);
    const std::string again = yaml::emit(parse_emitted(canonical, "emitted document"));
    FUZZ_CHECK(again == canonical, "emit(parse(emit(doc))) differs:\n" + canonical + "---\n" + again);
}

/// Reads a record with `read` (doc, diagnostics -> optional record) and, when
/// one comes out, checks that `write` gives it a canonical form that reads back
/// to the same bytes.
template <typename Read, typename Write>
void check_record(const yaml::Node& doc, Read read, Write write) {
    Diagnostics diagnostics;
    decltype(read(doc, diagnostics)) record;
    if (!fuzz::accepted([&] { record = read(doc, diagnostics); }) || !record) return;
    // The writers refuse what the readers refuse: a record read with errors
    // (sessions and until both set) may be refused, one read cleanly never.
    std::string canonical;
    if (!fuzz::accepted([&] { canonical = yaml::emit(write(*record)); })) {
        FUZZ_CHECK(has_errors(diagnostics), "a record read without errors is refused by its writer");
        return;
    }
    Diagnostics again;
    auto reread = read(parse_emitted(canonical, "written record"), again);
    FUZZ_CHECK(reread.has_value(), "written record does not read back:\n" + canonical);
    const std::string rewritten = yaml::emit(write(*reread));
    FUZZ_CHECK(rewritten == canonical, "record written twice differs:\n" + canonical + "---\n" + rewritten);
}

/// The fast reader declines `text` or agrees with libyaml, which must then accept it.
void check_fast_reader(std::string_view text) {
    std::optional<yaml::Node> fast = yaml::detail::parse_canonical(text, yaml::detail::bounded_limits({}, text.size()));
    if (!fast) return;
    yaml::Node reference;
    FUZZ_CHECK(fuzz::accepted([&] { reference = yaml::detail::parse_libyaml(text, kFile, {}); }),
               "the fast reader reads what libyaml refuses:\n" + std::string(text));
    const std::string diff = yaml::detail::first_difference(*fast, reference);
    FUZZ_CHECK(diff.empty(), "the fast reader differs from libyaml: " + diff + "\n" + std::string(text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    check_fast_reader(fuzz::as_text(data, size));
    yaml::Node doc;
    if (!fuzz::accepted([&] { doc = yaml::parse(fuzz::as_text(data, size), kFile); })) return 0;
    // Only maps: the tool writes no other document (a top-level multi-line
    // scalar is emitted as an unindented block that does not read back).
    if (doc.is_map()) check_document_round_trip(doc);

    check_record(doc, [](const yaml::Node& d, Diagnostics& diag) { return read_person(d, kFile, diag); }, write_person);
    check_record(doc, [](const yaml::Node& d, Diagnostics& diag) { return read_pair(d, kFile, diag); }, write_pair);
    check_record(doc, [](const yaml::Node& d, Diagnostics& diag) { return read_plan(d, kFile, kPairId, diag); },
                 write_plan);
    check_record(
        doc, [](const yaml::Node& d, Diagnostics& diag) { return read_session(d, kFile, kPairId, kStem, diag); },
        write_session);
    fuzz::accepted([&] {
        Diagnostics diagnostics;
        read_settings(doc, kFile, diagnostics);
    });
    return 0;
}
