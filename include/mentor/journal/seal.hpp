#pragma once
/// A pair's journal sealed to the pair (docs/security.md): who it is sealed
/// to, opening a loaded journal with the local identity, and resealing it to
/// the people's current recipients. The format of a sealed record is
/// records/seal.hpp's; the cipher is formats/age.hpp's.

#include <string>
#include <vector>

#include "mentor/formats/age.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/records/records.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

/// What a view shows where content it cannot open was.
inline constexpr const char* kSealedPlaceholder = "(sealed)";

/// The recipients new entries of `pair`'s journal are sealed to: the
/// mentor's and the mentee's, when both people have one and mentor.yaml's
/// `journal: seal` is not false; else none (written in clear).
std::vector<std::string> seal_recipients(const Records& records, const Pair& pair);

/// Whether any entry of `journal` is sealed: a view reads the local identity
/// only then, so that a clear journal never depends on a key file.
bool has_sealed(const Journal& journal);

/// What unseal_journal found.
struct UnsealReport {
    int sealed = 0;  ///< entries that were sealed
    int opened = 0;  ///< of them, opened with the identities given
    /// Sealed messages that are damaged (tampered, truncated, not fitting
    /// their record): errors naming the file. Their content stays sealed.
    Diagnostics problems;
    bool all_opened() const { return opened == sealed; }
};

/// What a view says once when entries of `pair_id`'s journal stay sealed:
/// how many, and whose identities open them ("ann's (age1...) or bob's
/// (age1...)"); empty when everything was opened.
std::string sealed_warning(const UnsealReport& report, const Records& records, const std::string& pair_id);

/// Opens, in place, every sealed session and follow-up of `journal` that
/// one of `identities` is a recipient of: their content is back and
/// `sealed` is empty. One that none opens, or that is damaged, keeps
/// `sealed` and shows kSealedPlaceholder as its notes and action texts.
/// One call for every view of content (log --list, report PAIR, show, agenda).
UnsealReport unseal_journal(Journal& journal, const std::vector<age::Identity>& identities);

/// The pair file sealed to `recipients` on its way to disk: its closing
/// review (the schema's content of a pair) in one age message.
yaml::Node seal_pair(const Pair& pair, const std::vector<std::string>& recipients);

/// Opens the pair's sealed closing review in place with `identities`;
/// false when none opens it (the review then shows kSealedPlaceholder).
/// Throws mentor::Error naming the pair file when the message is damaged.
bool unseal_pair(Pair& pair, const std::vector<age::Identity>& identities);

/// The files of `pair`'s journal, and its pair file when it has a closing
/// review, rewritten with their content sealed to `recipients` (each opened
/// with `identities` first), for one Store::write transaction; entries
/// without content are left out. Throws mentor::Error
/// naming the file when a sealed entry cannot be opened or the journal has
/// a broken file, and a data error when `recipients` is empty.
std::vector<FileWrite> reseal_journal(const fs::path& root, const Pair& pair, const std::vector<std::string>& recipients,
                                      const std::vector<age::Identity>& identities);

}  // namespace mentor
