// mentor validate: every problem in every file, as path:line:col: message.

#include <iostream>
#include <optional>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include <optional>

#include "mentor/formats/json_writer.hpp"
#include "mentor/validate/validate.hpp"

namespace mentor::cli {
namespace {

void run_validate(const Context& context) {
    std::string format = context.format({"text", "json"});
    // The problems are the JSON's content: English in every language, so that
    // its bytes never depend on the locale (a message is translated when it
    // is made, so the scope covers the load and the checks).
    std::optional<EnglishMessages> english;
    if (format == "json") english.emplace();
    Store store = context.open_store();
    Records records = store.load();
    Diagnostics all = records.diagnostics;
    Diagnostics cross = validate_records(records, store.root(), context.today());
    all.insert(all.end(), cross.begin(), cross.end());
    sort_diagnostics(all);
    int errors = 0, warnings = 0;
    for (const auto& d : all) (d.severity == Severity::Error ? errors : warnings)++;
    if (format == "json") {
        JsonWriter json;
        json.begin_object();
        json.member("errors", errors);
        json.member("warnings", warnings);
        json.key("problems");
        json.begin_array();
        for (const auto& d : all) {
            json.begin_object();
            json.member("file", d.where.file);
            json.member("line", d.where.line);
            json.member("column", d.where.column);
            json.member("severity", d.severity == Severity::Error ? "error" : "warning");
            json.member("message", d.message);
            json.end_object();
        }
        json.end_array();
        json.end_object();
        std::cout << json.str();
    } else {
        for (const auto& d : all) std::cout << d.str() << "\n";
    }
    const unsigned long people = records.people.size(), pairs = records.pairs.size();
    // TRANSLATORS: {0} "82 people", {1} "1 pair", {2} "0 errors", {3} "2 warnings".
    context.info(trf("{0}, {1}: {2}, {3}", trnf("{} person", "{} people", people, people),
                     trnf("{} pair", "{} pairs", pairs, pairs), trnf("{} error", "{} errors", errors, errors),
                     trnf("{} warning", "{} warnings", warnings, warnings)));
    if (errors > 0) throw Error(trnf("{} error found", "{} errors found", errors, errors), ErrorKind::Data);
}

}  // namespace

void setup_validate(CLI::App& app, Context& context) {
    auto* cmd = app.add_subcommand("validate", tr("Check every record: schema, references, duplicates (exit 1 on any error)"));
    cmd->callback([&context] { run_validate(context); });
}

}  // namespace mentor::cli
