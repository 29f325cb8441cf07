// The one UTF-8 check, against byte sequences RFC 3629 names (section 3 and 4).
#include "planadj/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace planadj {
namespace {

constexpr auto npos = std::string_view::npos;

TEST(Utf8, WellFormedTextHasNoInvalidByte) {
  EXPECT_EQ(first_invalid_utf8(""), npos);
  EXPECT_EQ(first_invalid_utf8("plain ascii"), npos);
  EXPECT_EQ(first_invalid_utf8("Z\xc3\xbcrich \xe2\x82\xac \xf0\x9f\x8f\x83"), npos);  // ü € 🏃
  EXPECT_EQ(first_invalid_utf8("\xf4\x8f\xbf\xbf"), npos);                             // U+10FFFF
}

TEST(Utf8, NamesTheOffsetOfTheFirstBadByte) {
  EXPECT_EQ(first_invalid_utf8("ab\xff"), 2u);             // never a lead byte
  EXPECT_EQ(first_invalid_utf8("a\xc0\xaf"), 1u);          // overlong '/'
  EXPECT_EQ(first_invalid_utf8("ab\xe0\x80\xaf"), 2u);     // overlong, 3 bytes
  EXPECT_EQ(first_invalid_utf8("\xed\xa0\x80"), 0u);       // surrogate U+D800
  EXPECT_EQ(first_invalid_utf8("x\xf4\x90\x80\x80"), 1u);  // past U+10FFFF
  EXPECT_EQ(first_invalid_utf8("ok \xe2\x82"), 3u);        // cut short at the end
  EXPECT_EQ(first_invalid_utf8("\xc3\xbc\x80"), 2u);       // a lone continuation byte
}

TEST(Utf8, LengthOfEachSequence) {
  const std::string s = "a\xc3\xbc\xe2\x82\xac\xf0\x9f\x8f\x83";
  EXPECT_EQ(utf8_length(s, 0), 1u);
  EXPECT_EQ(utf8_length(s, 1), 2u);
  EXPECT_EQ(utf8_length(s, 3), 3u);
  EXPECT_EQ(utf8_length(s, 6), 4u);
  EXPECT_EQ(utf8_length(s, 2), 0u);  // the middle of a sequence
}

}  // namespace
}  // namespace planadj
