#include "language.hpp"

#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace mentor::cli {

namespace {

namespace fs = std::filesystem;

// The compiled catalogues: next to the binary in a build tree
// (build/share/locale), then as installed (bin/../share/locale), then where
// the build was configured to install them. MENTOR_LOCALEDIR overrides all
// three, for a catalogue being tried out.
std::string locale_dir() {
    if (const char* dir = std::getenv("MENTOR_LOCALEDIR"); dir && *dir) return dir;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        for (const fs::path& dir : {exe.parent_path() / "share/locale", exe.parent_path().parent_path() / "share/locale"})
            if (fs::exists(dir / "fr/LC_MESSAGES/mentor.mo", ec)) return dir.string();
    return MENTOR_LOCALEDIR;
}

// The locale the user asked for messages, by POSIX precedence.
std::string requested_locale() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(name); v && *v) return v;
    return {};
}

}  // namespace

void init_language(int argc, const char* const* argv) {
    // Without a bound catalogue every message is its English source.
    if (argc > 1 && std::string_view(argv[1]) == "__man") return;
    // Only the messages follow the locale. Numbers and dates are formatted
    // by mentor itself (core/i18n), so JSON, CSV and YAML are the same bytes
    // whatever LC_NUMERIC, LC_TIME or LC_CTYPE say.
    if (!std::setlocale(LC_MESSAGES, "")) {
        // The user asked for a locale this machine has not generated
        // (LANG=fr_FR.UTF-8 on a minimal system): gettext would fall back to
        // English. The catalogue does not need the locale's data, so the
        // language is named to gettext through LANGUAGE instead, unless the
        // user set LANGUAGE themselves.
        std::string wanted = requested_locale();
        wanted = wanted.substr(0, wanted.find_first_of(".@"));
        if (!wanted.empty() && wanted != "C" && wanted != "POSIX" && std::setlocale(LC_MESSAGES, "C.UTF-8"))
            setenv("LANGUAGE", wanted.c_str(), 0);
    }
    bindtextdomain("mentor", locale_dir().c_str());
    bind_textdomain_codeset("mentor", "UTF-8");
}

}  // namespace mentor::cli
