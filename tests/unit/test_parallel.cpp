#include <doctest/doctest.h>

#include <atomic>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/parallel.hpp"
#include "mentor/core/error.hpp"

using mentor::detail::parallel_for;

TEST_CASE("parallel_for runs every task once") {
    for (size_t count : {0u, 1u, 63u, 64u, 1000u}) {
        std::vector<int> runs(count, 0);
        parallel_for(count, [&](size_t i) { ++runs[i]; });
        CHECK(std::vector<int>(count, 1) == runs);
    }
}

TEST_CASE("parallel_for brings any exception of a worker to the caller") {
    // Enough tasks for several threads: without the exception_ptr hand-over
    // these would reach std::terminate and kill the test binary.
    const size_t count = 1000;
    std::atomic<size_t> ran{0};
    CHECK_THROWS_AS(parallel_for(count,
                                 [&](size_t i) {
                                     ++ran;
                                     if (i == 700) throw std::bad_alloc();
                                 }),
                    std::bad_alloc);
    CHECK(ran.load() == count);  // the other tasks still ran

    CHECK_THROWS_AS(parallel_for(count,
                                 [](size_t i) {
                                     if (i == 5) std::vector<int>{}.at(i);
                                 }),
                    std::out_of_range);
    CHECK_THROWS_AS(parallel_for(3, [](size_t) { throw mentor::Error("boom"); }), mentor::Error);
}

TEST_CASE("parallel_for rethrows the failure of the lowest index") {
    // Whatever order the threads ran in, the same input gives the same error.
    for (int round = 0; round < 5; ++round) {
        try {
            parallel_for(1000, [](size_t i) {
                if (i % 97 == 13) throw std::runtime_error("task " + std::to_string(i));
            });
            FAIL("no exception");
        } catch (const std::runtime_error& e) {
            CHECK(std::string(e.what()) == "task 13");
        }
    }
}
