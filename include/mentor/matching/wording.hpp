#pragma once
/// Who a sentence of the matcher is written for. The reasons of `match` and
/// the wording of the pairing rules go to people (text and markdown,
/// `validate`, `add pair`, the cohort report: the user's language) and into
/// JSON, YAML, CSV and the pair files `match --write` records, whose bytes
/// never change with the language (English, the source of the messages).
/// One call site writes both: `w.trf("{} avoids {}", a, b)` is extracted by
/// po/xgettext.sh like mentor::trf, whose name it shares.

#include <string>
#include <string_view>

#include "mentor/core/i18n.hpp"

namespace mentor {

class Wording {
public:
    /// In the user's language.
    static Wording shown() { return Wording(true); }
    /// In English, for machine formats and records.
    static Wording english() { return Wording(false); }
    /// True when shown() writes what english() writes: a second set of
    /// sentences is then not worth making.
    static bool shown_is_english() { return language() == "en"; }

    const char* tr(const char* msgid) const { return translated_ ? mentor::tr(msgid) : msgid; }
    const char* tr_ctx(const char* context, const char* msgid) const {
        return translated_ ? mentor::tr_ctx(context, msgid) : msgid;
    }
    template <class... Args>
    std::string trf(const char* msgid, const Args&... args) const {
        return translated_ ? mentor::trf(msgid, args...) : fmt::vformat(msgid, fmt::make_format_args(args...));
    }
    template <class... Args>
    std::string trnf(const char* singular, const char* plural, unsigned long n, const Args&... args) const {
        return translated_ ? mentor::trnf(singular, plural, n, args...)
                           : fmt::vformat(n == 1 ? singular : plural, fmt::make_format_args(args...));
    }
    /// A date in a sentence: date_long in the user's language, ISO in English.
    std::string date(std::string_view iso) const { return translated_ ? date_long(iso) : std::string(iso); }

private:
    explicit Wording(bool translated) : translated_(translated) {}
    bool translated_;
};

}  // namespace mentor
