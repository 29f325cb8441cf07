#include "planadj/json_text.h"

#include <gtest/gtest.h>

#include <string>

namespace planadj {
namespace {

TEST(JsonQuote, PlainTextIsOnlyQuoted) {
  EXPECT_EQ(json_quote(""), "\"\"");
  EXPECT_EQ(json_quote("easy run 10 km"), "\"easy run 10 km\"");
}

TEST(JsonQuote, QuoteAndBackslashAreEscaped) {
  EXPECT_EQ(json_quote("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
  EXPECT_EQ(json_quote("/"), "\"/\"");  // solidus may stay as is
}

TEST(JsonQuote, ControlCharactersUseShortOrUnicodeEscapes) {
  EXPECT_EQ(json_quote("\b\f\n\r\t"), "\"\\b\\f\\n\\r\\t\"");
  EXPECT_EQ(json_quote(std::string("\0", 1)), "\"\\u0000\"");
  EXPECT_EQ(json_quote("\x01\x07\x1b\x1f"), "\"\\u0001\\u0007\\u001b\\u001f\"");
  EXPECT_EQ(json_quote("\x7f"), "\"\\u007f\"");
  EXPECT_EQ(json_quote(" ~"), "\" ~\"");
}

TEST(JsonQuote, ValidUtf8PassesThrough) {
  EXPECT_EQ(json_quote("é"), "\"é\"");
  EXPECT_EQ(json_quote("Zürich – 5′ 🏃"), "\"Zürich – 5′ 🏃\"");
  EXPECT_EQ(json_quote("\xf4\x8f\xbf\xbf"), "\"\xf4\x8f\xbf\xbf\"");  // U+10FFFF
}

TEST(JsonQuote, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(json_quote("bad\xff ok"), "\"bad\\ufffd ok\"");
  EXPECT_EQ(json_quote("\x80"), "\"\\ufffd\"");                        // lone continuation byte
  EXPECT_EQ(json_quote("\xc3"), "\"\\ufffd\"");                        // truncated at the end
  EXPECT_EQ(json_quote("\xc3("), "\"\\ufffd(\"");                      // bad continuation byte
  EXPECT_EQ(json_quote("\xc0\xaf"), "\"\\ufffd\\ufffd\"");             // overlong '/'
  EXPECT_EQ(json_quote("\xe0\x80\xaf"), "\"\\ufffd\\ufffd\\ufffd\"");  // overlong
  EXPECT_EQ(json_quote("\xed\xa0\x80"), "\"\\ufffd\\ufffd\\ufffd\"");  // surrogate
  EXPECT_EQ(json_quote("\xf4\x90\x80\x80"), "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");  // > U+10FFFF
}

TEST(JsonQuote, AppendAddsToTheEnd) {
  std::string out = "{\"k\": ";
  append_json_quoted(out, "v\n");
  EXPECT_EQ(out, "{\"k\": \"v\\n\"");
}

}  // namespace
}  // namespace planadj
