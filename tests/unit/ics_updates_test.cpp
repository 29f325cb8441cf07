// SEQUENCE and DTSTAMP from the log's history (docs/formats.md#ics-updates), and the
// calendar's last day written without overflow.
#include <gtest/gtest.h>

#include <string>

#include "planadj/writers.h"

namespace planadj {
namespace {

using boost::gregorian::date;

Plan three_sessions() {
  Plan p;
  p.athlete = "sam-lee";
  for (const auto& d : {date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)}) {
    Session s;
    s.date = d;
    s.type = SessionType::easy;
    p.sessions.push_back(s);
  }
  return p;
}

// The block of the event starting on `day` (YYYYMMDD).
std::string event_on(const std::string& ics, const std::string& day) {
  const auto at = ics.find("DTSTART;VALUE=DATE:" + day);
  EXPECT_NE(at, std::string::npos) << day;
  const auto begin = ics.rfind("BEGIN:VEVENT", at);
  return ics.substr(begin, ics.find("END:VEVENT", at) - begin);
}

TEST(IcsUpdates, SequenceCountsTheEntriesOnOrBeforeTheSessionAndStampIsTheLatest) {
  const std::string ics =
      write_plan_ics(three_sessions(), {date(2026, 3, 9), date(2026, 3, 4), date(2026, 3, 20)});
  EXPECT_NE(event_on(ics, "20260302").find("DTSTAMP:20260302T000000Z\r\nSEQUENCE:0\r\n"),
            std::string::npos);
  EXPECT_NE(event_on(ics, "20260309").find("DTSTAMP:20260309T000000Z\r\nSEQUENCE:2\r\n"),
            std::string::npos);
  EXPECT_NE(event_on(ics, "20260316").find("DTSTAMP:20260309T000000Z\r\nSEQUENCE:2\r\n"),
            std::string::npos);
}

TEST(IcsUpdates, ANewEntryRaisesOnlyTheSessionsFromItsDateOn) {
  const std::string night1 = write_plan_ics(three_sessions(), {date(2026, 3, 4)});
  const std::string night2 = write_plan_ics(three_sessions(), {date(2026, 3, 4), date(2026, 3, 9)});
  EXPECT_EQ(event_on(night1, "20260302"), event_on(night2, "20260302"));
  EXPECT_NE(event_on(night1, "20260309").find("SEQUENCE:1\r\n"), std::string::npos);
  EXPECT_NE(event_on(night2, "20260309").find("SEQUENCE:2\r\n"), std::string::npos);
  EXPECT_NE(event_on(night2, "20260316").find("SEQUENCE:2\r\n"), std::string::npos);
}

TEST(IcsUpdates, TheLastDayHasNoDtendAndDoesNotThrow) {
  Plan p = three_sessions();
  p.sessions.back().date = date(9999, 12, 31);
  std::string ics;
  ASSERT_NO_THROW(ics = write_plan_ics(p, {date(2026, 3, 4)}));
  const std::string last = event_on(ics, "99991231");
  EXPECT_EQ(last.find("DTEND"), std::string::npos) << last;
  EXPECT_NE(event_on(ics, "20260302").find("DTEND;VALUE=DATE:20260303\r\n"), std::string::npos);
}

}  // namespace
}  // namespace planadj
