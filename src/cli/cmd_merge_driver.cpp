// mentor merge-driver %O %A %B %P (hidden): git's merge driver for record
// files (merge.mentor.driver, registered by `mentor git-setup`). Exit 0 for
// a clean merge; 1 when a field changed both ways, with %A left a valid
// record holding ours there, so that git reports the conflict and the tree
// stays readable.

#include <fstream>
#include <iostream>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/store/store.hpp"
#include "mentor/store/merge.hpp"

namespace mentor::cli {
namespace {

struct MergeDriverOptions {
    std::string base, ours, theirs, path;
};

void run_merge_driver(const MergeDriverOptions& o, const Context& context) {
    std::string shown = o.path.empty() ? o.ours : o.path;
    RecordMerge merged = merge_record(read_file(o.base, shown), read_file(o.ours, shown), read_file(o.theirs, shown), shown);
    {
        // %A is git's own temporary copy: it reads the result from there.
        std::ofstream out(o.ours, std::ios::binary | std::ios::trunc);
        out << merged.text;
        if (!out.flush()) throw Error(Location{shown}, trf("cannot write the merged file {}", o.ours));
    }
    for (const auto& c : merged.conflicts)
        // TRANSLATORS: {0} the file, {1} the field, {2} our value, {3} theirs.
        context.warn(trf("{0}: '{1}' changed both ways: ours {2}, theirs {3}; kept ours", shown,
                         c.field.empty() ? tr("(the whole file)") : c.field.c_str(), c.ours, c.theirs));
    if (!merged.conflicts.empty())
        throw Error(Location{shown},
                    trnf("{} field changed both ways; fix the file, then `git add` it", "{} fields changed both ways; fix the file, then `git add` it", merged.conflicts.size(), merged.conflicts.size()),
                    ErrorKind::Data);
}

}  // namespace

void setup_merge_driver(CLI::App& app, Context& context) {
    auto o = std::make_shared<MergeDriverOptions>();
    auto* cmd = app.add_subcommand("merge-driver", tr("Merge one record file field by field (git's merge driver: %O %A %B %P)"));
    cmd->group("");  // hidden: git runs it, not people
    cmd->add_option("BASE", o->base, tr("The common ancestor (%O)"))->required();
    cmd->add_option("OURS", o->ours, tr("Our version, overwritten with the merge (%A)"))->required();
    cmd->add_option("THEIRS", o->theirs, tr("Their version (%B)"))->required();
    cmd->add_option("PATH", o->path, tr("The file's path in the repository (%P), which says what record it is"));
    cmd->callback([o, &context] { run_merge_driver(*o, context); });
}

}  // namespace mentor::cli
