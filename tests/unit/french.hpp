#pragma once
// For the length of a scope, the library speaks French: the build tree's
// compiled catalogue, named to gettext through LANGUAGE (as cli/language.cpp
// does when the fr_FR locale is not generated). English again on exit.

#include <libintl.h>
#include <stdlib.h>

#include <clocale>

struct FrenchCatalogue {
    FrenchCatalogue() {
        std::setlocale(LC_MESSAGES, "C.UTF-8");
        ::setenv("LANGUAGE", "fr", 1);
        bindtextdomain("mentor", MENTOR_TEST_LOCALEDIR);
        bind_textdomain_codeset("mentor", "UTF-8");
        textdomain(textdomain(nullptr));  // drops gettext's cache of lookups
    }
    ~FrenchCatalogue() {
        ::unsetenv("LANGUAGE");
        std::setlocale(LC_MESSAGES, "C");
        textdomain(textdomain(nullptr));
    }
    FrenchCatalogue(const FrenchCatalogue&) = delete;
    FrenchCatalogue& operator=(const FrenchCatalogue&) = delete;
};
