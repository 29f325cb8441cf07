// The inline SVG chart of weekly volume (planadj/volume_chart.h).
#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "diff/format.h"
#include "planadj/adjust.h"
#include "planadj/date_text.h"
#include "planadj/html_text.h"
#include "planadj/iso_week.h"
#include "planadj/volume_chart.h"

namespace planadj {
namespace {

namespace fmt = diff_format;

// Geometry of the chart, in SVG user units (the SVG scales to the page width).
constexpr double kWidth = 1040, kHeight = 360;
constexpr double kLeft = 60, kRight = 16, kTop = 48, kBottom = 52;
constexpr double kPlotW = kWidth - kLeft - kRight, kPlotH = kHeight - kTop - kBottom;
// The y axis: its figures this far left of the plot and this far below their gridline
// (so that the text sits across it); its title at this x.
constexpr double kTickLabelGap = 8, kTickLabelDrop = 4, kAxisTitleX = 16;
// Each of a week's two bars takes this share of the week's slot, up to a width.
constexpr double kBarShare = 0.34, kMaxBarWidth = 28;
// The narrowest week slot that a percent or a week label fits in without running into
// its neighbour's.
constexpr double kRoomForLabel = 44;
// A percent's baseline above its taller bar; the week label's and the date's below the
// plot.
constexpr double kPercentAboveBar = 6, kWeekLabelBelowPlot = 18, kDateBelowPlot = 34;
// The legend: from a swatch to its text, between items, and the width allowed per
// character of a label.
constexpr double kSwatchToText = 20, kLegendItemGap = 32, kLegendCharWidth = 7.0;
// The legend's swatches: their top and side; its text's baseline.
constexpr double kSwatchTop = 14, kSwatchSize = 14, kLegendBaseline = 25;
// Phases are drawn faint so that the bars over them stay readable. (The legend rounds
// it to one decimal, 0.8, like every other number it writes.)
constexpr double kPhaseOpacity = 0.75;
// About this many gridlines; a step is one of these times a power of ten.
constexpr double kGridlines = 5;
constexpr double kNiceSteps[] = {1.0, 2.0, 2.5, 5.0, 10.0};

// The "today" line: its colour (the pages' "up" red), and how far above the plot it
// starts, under the legend.
constexpr const char* kTodayColour = "#a4262c";
constexpr double kTodayAbovePlot = 4;

struct PhaseStyle {
  const char* rule;
  const char* fill;
  const char* label;
};

// Strictest first, the order of docs/rules.md#several-episodes-at-once; light enough that
// the bars stay readable.
constexpr PhaseStyle kPhaseStyles[] = {
    {"bone-stop", "#f3b4b4", "bone stop"},
    {"acute-rest", "#fbd3ab", "acute rest"},
    {"reduced-load", "#f8e7a1", "reduced load"},
    {"awaiting-clearance", "#ead7f0", "awaiting clearance"},
    {"return-ramp", "#cfe9cb", "return ramp"},
};

const PhaseStyle& style_of(const std::string& rule) {
  for (const auto& s : kPhaseStyles)
    if (rule == s.rule) return s;
  static const PhaseStyle other{"", "#dde3ec", "injury phase"};
  return other;
}

/// A round step for about kGridlines gridlines: 1, 2, 2.5 or 5 times a power of ten.
double nice_step(double max) {
  const double raw = max / kGridlines;
  const double p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : kNiceSteps)
    if (m * p >= raw) return m * p;
  return std::end(kNiceSteps)[-1] * p;
}

std::string num(double v) { return rounded_number(v, 1); }

// "Mar 2": a day as the chart labels it.
std::string month_day(const Date& d) {
  return std::string(d.month().as_short_string()) + " " + std::to_string(d.day());
}
std::string month_day(const WeekDiff& w) { return month_day(w.monday); }

// The scales one chart draws with: which measure, its top, and where a week or a day
// falls on the x axis.
struct Chart {
  const std::vector<WeekDiff>& weeks;
  const std::vector<PhaseShade>& phases;
  const ChartOptions& options;
  bool by_minutes = false;
  std::string unit;
  double top = 1, step = 1, group = 1;
  Date first, end;

  Chart(Units units, const std::vector<WeekDiff>& w, const std::vector<PhaseShade>& p,
        const ChartOptions& o)
      : weeks(w), phases(p), options(o) {
    double max_distance = 0, max_minutes = 0;
    for (const auto& w : weeks) {
      max_distance = std::max({max_distance, w.before.distance, w.after.distance});
      max_minutes = std::max({max_minutes, w.before.minutes, w.after.minutes});
    }
    by_minutes = max_distance <= 0 && max_minutes > 0;
    unit = by_minutes ? "min" : fmt::unit(units);
    const double max = std::max(by_minutes ? max_minutes : max_distance, 1.0);
    step = nice_step(max);
    top = std::ceil(max / step - kSameNumberSlack) * step;
    group = kPlotW / static_cast<double>(weeks.size());
    first = weeks.front().monday;
    end = weeks.back().monday + boost::gregorian::days(kDaysPerWeek);
  }
  double value(const WeekTotals& t) const { return by_minutes ? t.minutes : t.distance; }
  double y(double v) const { return kTop + kPlotH - v / top * kPlotH; }
  // A day's x: its week's slot (the weeks listed, gaps collapsed) plus the part of the
  // week gone by; a day in a gap sits at the start of the next listed week.
  double x_of(const Date& day) const {
    const Date c = std::clamp(day, first, end);
    const auto it =
        std::upper_bound(weeks.begin(), weeks.end(), c, [](const Date& v, const WeekDiff& w) {
          return v < w.monday + boost::gregorian::days(kDaysPerWeek);
        });
    const auto i = static_cast<double>(it - weeks.begin());
    const double part = it == weeks.end() || c < it->monday
                            ? 0.0
                            : static_cast<double>((c - it->monday).days()) / kDaysPerWeek;
    return kLeft + (i + part) * group;
  }
};

// Injury phases first, so the bars are drawn over them. Returns the rules drawn.
std::set<std::string> draw_phases(std::ostringstream& s, const Chart& c) {
  std::set<std::string> rules_shown;
  for (const auto& p : c.phases) {
    const Date to_excl = p.to ? *p.to + boost::gregorian::days(1) : c.end;
    const double x0 = c.x_of(p.from), x1 = c.x_of(to_excl);
    if (x1 <= x0) continue;
    rules_shown.insert(p.rule);
    s << "<rect class=\"phase\" x=\"" << num(x0) << "\" y=\"" << num(kTop) << "\" width=\""
      << num(x1 - x0) << "\" height=\"" << num(kPlotH) << "\" fill=\"" << style_of(p.rule).fill
      << "\" fill-opacity=\"" << kPhaseOpacity << "\"><title>"
      << html_escape(p.injury + ": " + p.rule + " " + iso_date(p.from) + " to " +
                     (p.to ? iso_date(*p.to) : "open"))
      << "</title></rect>\n";
  }
  return rules_shown;
}

// Gridlines and the y axis.
void draw_axis(std::ostringstream& s, const Chart& c) {
  for (double v = 0; v <= c.top + kSameNumberSlack; v += c.step) {
    s << "<line x1=\"" << kLeft << "\" x2=\"" << kLeft + kPlotW << "\" y1=\"" << num(c.y(v))
      << "\" y2=\"" << num(c.y(v)) << "\" stroke=\"" << (v == 0 ? "#8a94a6" : "#e3e7ee")
      << "\" stroke-width=\"1\"/>\n";
    s << "<text x=\"" << kLeft - kTickLabelGap << "\" y=\"" << num(c.y(v) + kTickLabelDrop)
      << "\" text-anchor=\"end\">" << rounded_number(v, 1) << "</text>\n";
  }
  s << "<text x=\"" << kAxisTitleX << "\" y=\"" << num(kTop + kPlotH / 2)
    << "\" text-anchor=\"middle\" transform=\"rotate(-90 " << kAxisTitleX << " "
    << num(kTop + kPlotH / 2) << ")\">" << c.unit << " per week</text>\n";
}

// One week's pair of bars, its change in percent where there is room, and its label
// on every `label_every`-th week.
void draw_week(std::ostringstream& s, const Chart& c, std::size_t i, std::size_t label_every) {
  const double bar = std::min(c.group * kBarShare, kMaxBarWidth);
  const WeekDiff& w = c.weeks[i];
  const double cx = kLeft + (static_cast<double>(i) + 0.5) * c.group;
  const double vb = c.value(w.before), va = c.value(w.after);
  s << "<rect class=\"bar bar-before\" x=\"" << num(cx - bar - 1) << "\" y=\"" << num(c.y(vb))
    << "\" width=\"" << num(bar) << "\" height=\"" << num(c.y(0) - c.y(vb))
    << "\" rx=\"2\" fill=\"#a3acb9\"><title>" << fmt::week_label(w)
    << " before: " << rounded_number(vb, 1) << " " << c.unit << "</title></rect>\n";
  s << "<rect class=\"bar bar-after\" x=\"" << num(cx + 1) << "\" y=\"" << num(c.y(va))
    << "\" width=\"" << num(bar) << "\" height=\"" << num(c.y(0) - c.y(va))
    << "\" rx=\"2\" fill=\"#2463c7\"><title>" << fmt::week_label(w)
    << " after: " << rounded_number(va, 1) << " " << c.unit << "</title></rect>\n";
  // The change in percent over each week the revision touched, for a glance.
  // (Only where there is room: on a long plan they would print over each other.)
  if (const auto pct = percent_change(vb, va);
      pct && std::fabs(*pct) >= fmt::kLevelPercent && c.group >= kRoomForLabel) {
    s << "<text class=\"pct " << (*pct < 0 ? "down" : "up") << "\" x=\"" << num(cx) << "\" y=\""
      << num(c.y(std::max(vb, va)) - kPercentAboveBar) << "\" text-anchor=\"middle\">"
      << html_escape(fmt::percent(pct)) << "</text>\n";
  }
  if (i % label_every != 0) return;
  s << "<text class=\"wk\" x=\"" << num(cx) << "\" y=\"" << num(kTop + kPlotH + kWeekLabelBelowPlot)
    << "\" text-anchor=\"middle\">" << fmt::short_week_label(w) << "</text>\n";
  s << "<text x=\"" << num(cx) << "\" y=\"" << num(kTop + kPlotH + kDateBelowPlot)
    << "\" text-anchor=\"middle\" font-size=\"11\">" << month_day(w) << "</text>\n";
}

// The compact drawing of every week (ChartOptions::compact): each side's bars as one
// path, and one row of labels, the Monday's date. A page of a few hundred charts stays
// small (docs/batch.md#reporthtml); the numbers are in the page's text.
void draw_weeks_compact(std::ostringstream& s, const Chart& c, std::size_t label_every) {
  const double bar = std::min(c.group * kBarShare, kMaxBarWidth);
  std::ostringstream before, after, labels;
  for (std::size_t i = 0; i < c.weeks.size(); ++i) {
    const WeekDiff& w = c.weeks[i];
    const double cx = kLeft + (static_cast<double>(i) + 0.5) * c.group;
    const double base = c.y(0);
    before << "M" << num(cx - bar - 1) << " " << num(base) << "V" << num(c.y(c.value(w.before)))
           << "h" << num(bar) << "V" << num(base) << "z";
    after << "M" << num(cx + 1) << " " << num(base) << "V" << num(c.y(c.value(w.after))) << "h"
          << num(bar) << "V" << num(base) << "z";
    if (i % label_every == 0)
      labels << "<text x=\"" << num(cx) << "\" y=\"" << num(kTop + kPlotH + kWeekLabelBelowPlot)
             << "\">" << month_day(w) << "</text>";
  }
  s << "<path class=\"bars bars-before\" fill=\"#a3acb9\" d=\"" << before.str() << "\"/>\n"
    << "<path class=\"bars bars-after\" fill=\"#2463c7\" d=\"" << after.str() << "\"/>\n"
    << "<g text-anchor=\"middle\">" << labels.str() << "</g>\n";
}

// A dashed line on `today`, labelled just above the plot, when it is a charted day.
bool draw_today(std::ostringstream& s, const Chart& c) {
  if (!c.options.today || *c.options.today < c.first || *c.options.today >= c.end) return false;
  const double x = c.x_of(*c.options.today);
  s << "<line class=\"today\" x1=\"" << num(x) << "\" x2=\"" << num(x) << "\" y1=\""
    << num(kTop - kTodayAbovePlot) << "\" y2=\"" << num(kTop + kPlotH) << "\" stroke=\""
    << kTodayColour << "\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
    << "<text x=\"" << num(x) << "\" y=\"" << num(kTop - kTodayAbovePlot - kTickLabelDrop)
    << "\" text-anchor=\"middle\" style=\"fill:" << kTodayColour << ";font-weight:600\">today "
    << month_day(*c.options.today) << "</text>\n";
  return true;
}

// The legend, across the top: the two series, then each phase drawn.
void draw_legend(std::ostringstream& s, const std::set<std::string>& rules_shown) {
  double lx = kLeft;
  auto legend = [&](const std::string& fill, const std::string& label, double opacity) {
    s << "<rect class=\"legend\" x=\"" << num(lx) << "\" y=\"" << kSwatchTop << "\" width=\""
      << kSwatchSize << "\" height=\"" << kSwatchSize << "\" rx=\"2\" fill=\"" << fill
      << "\" fill-opacity=\"" << num(opacity) << "\"/>"
      << "<text x=\"" << num(lx + kSwatchToText) << "\" y=\"" << kLegendBaseline << "\">" << label
      << "</text>\n";
    lx += kLegendItemGap + kLegendCharWidth * static_cast<double>(fmt::width(label));
  };
  legend("#a3acb9", "before", 1);
  legend("#2463c7", "after", 1);
  for (const auto& st : kPhaseStyles)
    if (rules_shown.count(st.rule)) legend(st.fill, st.label, kPhaseOpacity);
  for (const auto& r : rules_shown)
    if (style_of(r).rule[0] == '\0') legend(style_of(r).fill, html_escape(r), kPhaseOpacity);
}

}  // namespace

std::string volume_chart(Units units, const std::vector<WeekDiff>& weeks,
                         const std::vector<PhaseShade>& phases, const ChartOptions& options) {
  if (weeks.empty()) return "";
  const Chart c(units, weeks, phases, options);
  const std::size_t n = weeks.size();
  std::ostringstream s;
  s << "<svg";
  if (!options.id.empty()) s << " id=\"" << html_escape(options.id) << "\"";
  if (!options.css_class.empty()) s << " class=\"" << html_escape(options.css_class) << "\"";
  s << " xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << kWidth << " " << kHeight
    << "\" role=\"img\" data-weeks=\"" << n << "\" aria-label=\"Weekly "
    << "running volume in " << c.unit << ", before and after the revision\">\n";
  const std::set<std::string> rules_shown = draw_phases(s, c);
  draw_axis(s, c);
  // A long plan would print its labels on top of each other: label every k-th week.
  const std::size_t label_every = static_cast<std::size_t>(std::ceil(kRoomForLabel / c.group));
  if (options.compact)
    draw_weeks_compact(s, c, label_every);
  else
    for (std::size_t i = 0; i < n; ++i) draw_week(s, c, i, label_every);
  draw_today(s, c);
  draw_legend(s, rules_shown);
  s << "</svg>\n";
  return s.str();
}

}  // namespace planadj
