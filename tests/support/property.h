// Test support: run a property over many generated cases, and when one fails, shrink
// it (drop entries, sessions, the policy, the as-of date while it still fails) and
// report its seed, a rerun command and a YAML dump of the smallest failing case.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>
#include <string>

#include "support/case_dump.h"
#include "support/generators.h"

namespace planadj::testing {

/// The first seed; case i uses seed + i.
inline constexpr std::uint64_t kPropertyBaseSeed = 20260302;
/// Cases per property unless PLANADJ_PROPERTY_CASES says otherwise.
inline constexpr long kPropertyCases = 500;

/// A property: empty when `c` satisfies it, else what went wrong.
using Property = std::function<std::string(const Case& c)>;

struct PropertyConfig {
  std::uint64_t base_seed = kPropertyBaseSeed;
  long cases = kPropertyCases;
  bool all_failures = false;  ///< go on after the first failure, one line per failing seed
};

/// Reads PLANADJ_PROPERTY_SEED and PLANADJ_PROPERTY_CASES over the defaults.
inline PropertyConfig property_config() {
  PropertyConfig cfg;
  if (const char* s = std::getenv("PLANADJ_PROPERTY_SEED"); s && *s)
    cfg.base_seed = std::strtoull(s, nullptr, 10);
  if (const char* n = std::getenv("PLANADJ_PROPERTY_CASES"); n && *n)
    cfg.cases = std::max(1L, std::strtol(n, nullptr, 10));
  if (const char* a = std::getenv("PLANADJ_PROPERTY_ALL_FAILURES"); a && *a && *a != '0')
    cfg.all_failures = true;
  return cfg;
}

/// Runs `p`, turning an exception into a failure message.
inline std::string check_case(const Property& p, const Case& c) {
  try {
    return p(c);
  } catch (const std::exception& e) {
    return std::string("threw: ") + e.what();
  } catch (...) {
    return "threw a non-standard exception";
  }
}

/// Greedily removes parts of a failing case while the property still fails.
/// `budget` caps the number of property evaluations.
inline Case shrink_case(const Property& p, Case c, std::string& why, int budget = 1500) {
  auto try_it = [&](const Case& candidate) {
    if (budget-- <= 0) return false;
    auto w = check_case(p, candidate);
    if (w.empty()) return false;
    c = candidate;
    why = w;
    return true;
  };
  for (bool progress = true; progress && budget > 0;) {
    progress = false;
    if (!c.default_policy) {
      Case t = c;
      t.policy = Policy{};
      t.default_policy = true;
      progress |= try_it(t);
    }
    if (c.prior_log) {
      Case t = c;
      t.prior_log.reset();
      progress |= try_it(t);
    }
    if (c.as_of) {
      Case t = c;
      t.as_of.reset();
      progress |= try_it(t);
    }
    for (std::size_t i = c.later_entries.size(); i-- > 0;) {
      Case t = c;
      t.later_entries.erase(t.later_entries.begin() + static_cast<long>(i));
      if (!t.later_entries.empty()) progress |= try_it(t);
    }
    for (std::size_t i = c.log.entries.size(); i-- > 0;) {
      Case t = c;
      t.log.entries.erase(t.log.entries.begin() + static_cast<long>(i));
      progress |= try_it(t);
    }
    if (c.prior_log)
      for (std::size_t i = c.prior_log->entries.size(); i-- > 0;) {
        Case t = c;
        t.prior_log->entries.erase(t.prior_log->entries.begin() + static_cast<long>(i));
        progress |= try_it(t);
      }
    // Sessions: big chunks first, then one at a time; keep at least one.
    for (std::size_t chunk = c.plan.sessions.size() / 2; chunk >= 1; chunk /= 2) {
      for (std::size_t start = 0;
           start + chunk <= c.plan.sessions.size() && c.plan.sessions.size() > chunk;) {
        Case t = c;
        auto& ss = t.plan.sessions;
        ss.erase(ss.begin() + static_cast<long>(start),
                 ss.begin() + static_cast<long>(start + chunk));
        if (try_it(t))
          progress = true;
        else
          start += chunk;
        if (budget <= 0) break;
      }
    }
  }
  return c;
}

/// Checks `p` on every configured case; on the first failure, shrinks the case and
/// fails the test with the seed, a rerun command and the YAML of the shrunk case.
/// With PLANADJ_PROPERTY_ALL_FAILURES=1, goes on and lists every failing seed.
/// Returns the number of failing cases.
inline long for_all_cases(const std::string& test_name, const Property& p) {
  const auto cfg = property_config();
  long failures = 0;
  for (long i = 0; i < cfg.cases; ++i) {
    const std::uint64_t seed = cfg.base_seed + static_cast<std::uint64_t>(i);
    const Case c = make_case(seed);
    const auto why = check_case(p, c);
    if (why.empty()) continue;
    if (failures++ > 0) {
      std::cout << "[ property ] " << test_name << " also fails on seed " << seed << ": " << why
                << "\n";
      continue;
    }
    std::string small_why = why;
    const Case small = shrink_case(p, c, small_why);
    ADD_FAILURE() << test_name << " failed on seed " << seed << " (case " << i << " of "
                  << cfg.cases << "): " << why << "\n"
                  << "rerun: PLANADJ_PROPERTY_SEED=" << seed
                  << " PLANADJ_PROPERTY_CASES=1 build/bin/planadj_unit_tests"
                  << " --gtest_filter='Properties." << test_name << "'\n"
                  << "shrunk case fails with: " << small_why << "\n"
                  << dump_case(small);
    if (!cfg.all_failures) return failures;
  }
  std::cout << "[ property ] " << test_name << ": " << cfg.cases << " cases from seed "
            << cfg.base_seed << ", " << failures << " failed\n";
  return failures;
}

/// Checks `p` on the cases of the given seeds only (a regression list for a finding);
/// fails with the seed and the YAML of each failing case.
inline void for_seeds(const std::string& test_name, const Property& p,
                      const std::vector<std::uint64_t>& seeds) {
  for (const auto seed : seeds) {
    const Case c = make_case(seed);
    const auto why = check_case(p, c);
    if (!why.empty())
      ADD_FAILURE() << test_name << " failed on seed " << seed << ": " << why << "\n"
                    << dump_case(c);
  }
}

}  // namespace planadj::testing
