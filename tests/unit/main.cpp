// The doctest runner for every unit test file in tests/unit/.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <stdlib.h>

int main(int argc, char** argv) {
    // New journal entries take the older names, <date>[-N], so that tests can
    // name the files they expect, as tests/e2e/lib.sh does; the tests of the
    // collision-free names set it themselves (test_layout.cpp).
    ::setenv("MENTOR_ENTRY_SUFFIX", "none", 1);
    return doctest::Context(argc, argv).run();
}
