// Fuzz target: the CSV importer. One input is parsed as a spreadsheet file,
// then imported as people into an empty records directory.
//
// Properties checked besides "no crash, only mentor::Error":
// - every row has exactly one cell per column;
// - the table written back with csv_line() parses to the same header and cells.

#include "fuzz_common.hpp"

#include "mentor/formats/csv.hpp"
#include "mentor/records/people.hpp"

namespace {

using namespace mentor;

const std::string kFile = "fuzz.csv";

std::string show(const CsvTable& table) {
    std::string out = csv_line(table.header, table.separator);
    for (const auto& row : table.rows) out += csv_line(row.cells, table.separator);
    return out;
}

void check_round_trip(const CsvTable& table) {
    const std::string written = show(table);
    CsvTable again;
    std::string refusal;
    try {
        again = parse_csv(written, kFile);
    } catch (const Error& e) {
        refusal = e.what();
    }
    FUZZ_CHECK(refusal.empty(), "written table does not parse back: " + refusal + "\n" + written);
    FUZZ_CHECK(again.header == table.header, "header differs after a round trip:\n" + written);
    bool same_rows = again.rows.size() == table.rows.size();
    for (size_t i = 0; same_rows && i < table.rows.size(); ++i) same_rows = again.rows[i].cells == table.rows[i].cells;
    FUZZ_CHECK(same_rows, "rows differ after a round trip:\n" + written + "---\n" + show(again));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    CsvTable table;
    if (!fuzz::accepted([&] { table = parse_csv(fuzz::as_text(data, size), kFile); })) return 0;
    for (const auto& row : table.rows)
        FUZZ_CHECK(row.cells.size() == table.header.size(), "row at line " + std::to_string(row.line));
    check_round_trip(table);
    fuzz::accepted([&] { import_people(Records{}, table, kFile); });
    return 0;
}
