#include "mentor/core/english_messages.hpp"

#include <libintl.h>

#include <clocale>

namespace mentor {

namespace {
// gettext keeps the translations it looked up: naming the domain again drops them.
void forget_lookups() { textdomain(textdomain(nullptr)); }
}  // namespace

EnglishMessages::EnglishMessages() {
    if (const char* current = std::setlocale(LC_MESSAGES, nullptr)) previous_ = current;
    // In the "C" locale gettext returns every message as written, even when
    // LANGUAGE names a catalogue (cli/language.cpp sets it when the user's
    // locale is not generated); "C.UTF-8" would not ignore LANGUAGE.
    std::setlocale(LC_MESSAGES, "C");
    forget_lookups();
}

EnglishMessages::~EnglishMessages() {
    if (!previous_.empty()) std::setlocale(LC_MESSAGES, previous_.c_str());
    forget_lookups();
}

}  // namespace mentor
