#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "planadj/batch.h"

namespace planadj::batch {

unsigned resolve_jobs(unsigned jobs) {
  if (jobs == 0) jobs = std::thread::hardware_concurrency();
  // Athletes are small and disk-bound beyond a few dozen threads; a typo like
  // --jobs 100000 must not exhaust the process's threads.
  return jobs == 0 ? 1 : std::min(jobs, kMaxJobs);
}

void run_pool(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& task,
              const std::function<void(std::size_t)>& on_done) {
  if (jobs == 0) jobs = 1;
  if (count < jobs) jobs = static_cast<unsigned>(count);
  std::atomic<std::size_t> next{0};
  std::mutex lock;  // guards `finished`, `failure` and on_done calls
  std::size_t finished = 0;
  std::exception_ptr failure;

  auto worker = [&] {
    for (;;) {
      const std::size_t i = next.fetch_add(1);
      if (i >= count) return;
      std::exception_ptr thrown;
      try {
        task(i);
      } catch (...) {
        thrown = std::current_exception();
      }
      std::lock_guard<std::mutex> guard(lock);
      if (thrown && !failure) failure = thrown;
      ++finished;
      if (on_done) on_done(finished);
    }
  };

  if (jobs <= 1) {
    worker();  // no thread for the common small case, and for --jobs 1
  } else {
    std::vector<std::thread> threads;
    threads.reserve(jobs);
    for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
    for (auto& t : threads) t.join();
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace planadj::batch
