#pragma once
// Running independent tasks on a few threads, for loading many small record
// files at once. Private to the library (the store and the journal use it).

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace mentor::detail {

// Runs `task(i)` for i in [0, count) on a few threads. Each task writes only
// its own output slot, so no locking is needed.
//
// An exception escaping a task (a mentor::Error, but also std::bad_alloc or
// std::out_of_range) would reach std::terminate from a worker thread; instead
// every task still runs, each failure is kept in its own slot, and the one of
// the lowest index is rethrown on the caller's thread once all workers have
// joined, so that the same input always reports the same error.
template <typename Task>
void parallel_for(size_t count, Task task) {
    unsigned threads = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()), 8);
    if (count < 64) threads = 1;
    std::vector<std::exception_ptr> failures(count);
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i; (i = next.fetch_add(16)) < count;)
            for (size_t k = i; k < std::min(count, i + 16); ++k) {
                try {
                    task(k);
                } catch (...) {
                    failures[k] = std::current_exception();
                }
            }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

}  // namespace mentor::detail
