// The stylesheet of the HTML pages, in one home: the diff page and the batch report
// (docs/batch.md#reporthtml) look alike because they share it.
#pragma once

#include <string_view>

namespace planadj {

/// The CSS both pages inline in their <style>: colours, cards, panels, tables, rule
/// badges, the chart's text, the referrals list, print. Nothing it names is fetched.
std::string_view page_style();

}  // namespace planadj
