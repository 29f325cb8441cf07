#include "planadj/session_words.h"

#include <array>

#include "planadj/enum_words.h"
#include "planadj/letter_case.h"

namespace planadj {

namespace {

using namespace std::literals;

// Indexed by SessionType (planadj/model.h).
constexpr std::array kWords{
    "rest"sv,         "cross-training"sv,  "strength"sv,  "recovery run"sv,  "easy run"sv,
    "long run"sv,     "progression run"sv, "tempo run"sv, "threshold run"sv, "fartlek"sv,
    "hill repeats"sv, "intervals"sv,       "race"sv};
static_assert(kWords.size() == enum_count(SessionType::race), "one entry per SessionType");

}  // namespace

std::string_view words_of(SessionType t) { return word_of(kWords, t); }

std::string title_of(SessionType t) { return capitalised(std::string(words_of(t))); }

}  // namespace planadj
