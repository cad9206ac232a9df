#pragma once
// Running independent tasks on a few threads, for loading many small record
// files at once. Private to the library (the store and the journal use it).

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace mentor::detail {

// Runs `task(i)` for i in [0, count) on a few threads. Each task writes only
// its own output slot, so no locking is needed.
template <typename Task>
void parallel_for(size_t count, Task task) {
    unsigned threads = std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()), 8);
    if (count < 64) threads = 1;
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i; (i = next.fetch_add(16)) < count;)
            for (size_t k = i; k < std::min(count, i + 16); ++k) task(k);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
}

}  // namespace mentor::detail
