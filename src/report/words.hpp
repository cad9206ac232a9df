#pragma once
// The words of text, markdown and HTML views for the values of enums
// (statuses, kinds, roles, risks, fits), in the user's language. JSON, CSV
// and YAML keep to_string(): the values users type. Every view makes one
// Words at the start of its render and reads it for each row, so that a
// table of 100,000 rows costs the lookups of one. Private to the library.

#include <array>
#include <string>

#include "mentor/core/i18n.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/plan/attention.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/records.hpp"

namespace mentor::detail {

class Words {
public:
    Words();
    const char* status(PairStatus s) const { return status_[static_cast<size_t>(s)]; }
    const char* kind(PairKind k) const { return kind_[static_cast<size_t>(k)]; }
    const char* role(Role r) const { return role_[static_cast<size_t>(r)]; }
    /// Empty for Risk::None.
    const char* risk(Risk r) const { return risk_[static_cast<size_t>(r)]; }
    const char* fit(Fit f) const { return fit_[static_cast<size_t>(f)]; }
    const char* goal(GoalState g) const { return goal_[static_cast<size_t>(g)]; }
    const char* action(ActionStatus a) const { return action_[static_cast<size_t>(a)]; }
    /// A wanted skill's priority: "high", "medium", "low".
    const char* priority(Priority p) const { return priority_[static_cast<size_t>(p)]; }
    /// How a side judged the goals at the closing: "met", "partly", "not-met".
    const char* goals(GoalsAssessment g) const { return goals_[static_cast<size_t>(g)]; }
    /// "yes" / "no".
    const char* yes_no(bool b) const { return b ? yes_ : no_; }
    /// A plan's cadence in words ("weekly", "every 10 days"); an unreadable one as written.
    std::string cadence(const std::string& text) const;
    /// A meeting mode in words ("remote", "in-person"); any other as written.
    std::string mode(const std::string& text) const;

private:
    std::array<const char*, 4> status_, goal_, action_, risk_;
    std::array<const char*, 3> kind_, fit_;
    std::array<const char*, 2> role_;
    std::array<const char*, 3> cadence_, mode_, priority_, goals_;
    const char *yes_, *no_;
};

/// A message looked up once and formatted many times (a sentence in each
/// row of a table). Mark its id with N_ where it is made:
/// `const Message silent(N_("silent {} days"));`.
class Message {
public:
    explicit Message(const char* msgid) : source_(msgid), translated_(tr(msgid)) {}
    template <class... Args>
    std::string operator()(const Args&... args) const {
        return i18n_detail::format_or_source(translated_, source_, fmt::make_format_args(args...));
    }

private:
    const char* source_;
    const char* translated_;
};

}  // namespace mentor::detail
