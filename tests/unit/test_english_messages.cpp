// EnglishMessages: the messages of machine formats are English in every language.
#include <doctest/doctest.h>

#include "french.hpp"
#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/records/schema.hpp"

using namespace mentor;

TEST_CASE("EnglishMessages: within its scope messages are English, then the user's language again") {
    FrenchCatalogue french;
    const auto& seniority = schema::person().at("seniority");
    const Diagnostic d{Location{"people/ann.yaml", 4, 12}, Severity::Warning, "x"};
    REQUIRE(d.str() == "people/ann.yaml:4:12: avertissement : x");
    {
        EnglishMessages english;
        CHECK(d.str() == "people/ann.yaml:4:12: warning: x");
        CHECK(schema::problem(seniority, "many") == "'seniority' must be a whole number from 0 to 80, got \"many\"");
    }
    CHECK(d.str() == "people/ann.yaml:4:12: avertissement : x");
    CHECK(schema::problem(seniority, "many") == "'seniority' doit être un nombre entier de 0 à 80, et non \"many\"");
}
