#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <string>

#include "mentor/formats/json_writer.hpp"

using namespace mentor;

TEST_CASE("json_quote escapes what JSON requires and nothing else") {
    CHECK(json_quote("") == "\"\"");
    CHECK(json_quote("plain") == "\"plain\"");
    CHECK(json_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
    CHECK(json_quote("C:\\dir") == "\"C:\\\\dir\"");
    CHECK(json_quote("a\nb\tc\rd\be\ff") == "\"a\\nb\\tc\\rd\\be\\ff\"");
    CHECK(json_quote("\x01\x1f") == "\"\\u0001\\u001f\"");
    CHECK(json_quote(std::string("a\0b", 3)) == "\"a\\u0000b\"");
    CHECK(json_quote("\x1b[0m") == "\"\\u001b[0m\"");
    CHECK(json_quote("a/b\x7f") == "\"a/b\x7f\"");  // '/' and DEL need no escape
}

TEST_CASE("json_quote passes UTF-8 through and replaces invalid bytes") {
    CHECK(json_quote("\u00C9lodie \u674E\u5C0F\u9F99 \U0001F600") ==
          "\"\u00C9lodie \u674E\u5C0F\u9F99 \U0001F600\"");
    CHECK(json_quote("e\u0301\u2028") == "\"e\u0301\u2028\"");
    CHECK(json_quote("caf\xE9") == "\"caf\uFFFD\"");
    CHECK(json_quote("\xE4\xB8!") == "\"\uFFFD\uFFFD!\"");
    CHECK(json_quote("\xED\xA0\x80") == "\"\uFFFD\uFFFD\uFFFD\"");  // surrogate
}

TEST_CASE("json_number: fixed decimals, trailing zeros trimmed") {
    CHECK(json_number(0.5, 2) == "0.5");
    CHECK(json_number(12.0, 3) == "12");
    CHECK(json_number(3.14159265, 4) == "3.1416");
    CHECK(json_number(100, 0) == "100");
    CHECK(json_number(100, 2) == "100");
    CHECK(json_number(0.0, 2) == "0");
    CHECK(json_number(-0.0, 2) == "0");
    CHECK(json_number(-0.001, 2) == "0");  // rounds to zero: never "-0"
    CHECK(json_number(-0.4, 0) == "0");
    CHECK(json_number(-1.25, 1) == "-1.2");  // 1.25 is exact: ties to even
    CHECK(json_number(-2.5, 3) == "-2.5");
    CHECK(json_number(1.005, 2) == "1");     // 1.005 is really 1.00499...
    CHECK(json_number(0.1 + 0.2, 6) == "0.3");
    CHECK(json_number(1e6, 2) == "1000000");
    CHECK(json_number(0.125, 17) == "0.125");
    CHECK(json_number(std::nan(""), 2) == "null");
    CHECK(json_number(std::numeric_limits<double>::infinity(), 2) == "null");
    CHECK(json_number(-std::numeric_limits<double>::infinity(), 2) == "null");
    CHECK_THROWS_AS(json_number(1, -1), std::invalid_argument);
    CHECK_THROWS_AS(json_number(1, 18), std::invalid_argument);
}

TEST_CASE("JsonWriter: nested document layout") {
    JsonWriter w;
    w.begin_object();
    w.member("name", "\u00C9lodie");
    w.key("score");
    w.value(0.75, 2);
    w.member("sessions", 3);
    w.member("active", true);
    w.key("closed");
    w.null();
    w.key("tags");
    w.begin_array();
    w.value("a");
    w.value(std::string("b"));
    w.end_array();
    w.key("empty_list");
    w.begin_array();
    w.end_array();
    w.key("empty_object");
    w.begin_object();
    w.end_object();
    w.key("pairs");
    w.begin_array();
    w.begin_object();
    w.member("id", "x--y");
    w.member("rating", 4.0, 1);
    w.end_object();
    w.end_array();
    w.end_object();

    CHECK(w.complete());
    CHECK(w.str() ==
          "{\n"
          "  \"name\": \"\u00C9lodie\",\n"
          "  \"score\": 0.75,\n"
          "  \"sessions\": 3,\n"
          "  \"active\": true,\n"
          "  \"closed\": null,\n"
          "  \"tags\": [\n"
          "    \"a\",\n"
          "    \"b\"\n"
          "  ],\n"
          "  \"empty_list\": [],\n"
          "  \"empty_object\": {},\n"
          "  \"pairs\": [\n"
          "    {\n"
          "      \"id\": \"x--y\",\n"
          "      \"rating\": 4\n"
          "    }\n"
          "  ]\n"
          "}\n");
}

TEST_CASE("JsonWriter: top-level values") {
    JsonWriter empty_object;
    empty_object.begin_object();
    empty_object.end_object();
    CHECK(empty_object.str() == "{}\n");

    JsonWriter empty_array;
    empty_array.begin_array();
    empty_array.end_array();
    CHECK(empty_array.str() == "[]\n");

    JsonWriter scalar;
    scalar.value("x\ny");
    CHECK(scalar.str() == "\"x\\ny\"\n");

    JsonWriter array;
    array.begin_array();
    array.value(false);
    array.value(nullptr);
    array.end_array();
    CHECK(array.str() == "[\n  false,\n  null\n]\n");
}

TEST_CASE("JsonWriter: integers of every type, keys escaped") {
    JsonWriter w;
    w.begin_object();
    w.member("min", std::numeric_limits<std::int64_t>::min());
    w.member("max_u", std::numeric_limits<std::uint64_t>::max());
    w.member("short", static_cast<short>(-7));
    w.member("byte", static_cast<std::uint8_t>(200));
    w.member("size", std::size_t{42});
    w.member("we\"ird\n", 1);
    w.end_object();
    CHECK(w.str() ==
          "{\n"
          "  \"min\": -9223372036854775808,\n"
          "  \"max_u\": 18446744073709551615,\n"
          "  \"short\": -7,\n"
          "  \"byte\": 200,\n"
          "  \"size\": 42,\n"
          "  \"we\\\"ird\\n\": 1\n"
          "}\n");
}

TEST_CASE("JsonWriter: non-finite doubles become null") {
    JsonWriter w;
    w.begin_array();
    w.value(std::nan(""), 2);
    w.value(-0.0, 3);
    w.end_array();
    CHECK(w.str() == "[\n  null,\n  0\n]\n");
}

TEST_CASE("JsonWriter misuse throws logic_error") {
    SUBCASE("key at top level") {
        JsonWriter w;
        CHECK_THROWS_AS(w.key("a"), std::logic_error);
    }
    SUBCASE("key inside an array") {
        JsonWriter w;
        w.begin_array();
        CHECK_THROWS_AS(w.key("a"), std::logic_error);
    }
    SUBCASE("value in an object without a key") {
        JsonWriter w;
        w.begin_object();
        CHECK_THROWS_AS(w.value(1), std::logic_error);
        CHECK_THROWS_AS(w.begin_array(), std::logic_error);
    }
    SUBCASE("two keys in a row") {
        JsonWriter w;
        w.begin_object();
        w.key("a");
        CHECK_THROWS_AS(w.key("b"), std::logic_error);
    }
    SUBCASE("end with a dangling key") {
        JsonWriter w;
        w.begin_object();
        w.key("a");
        CHECK_THROWS_AS(w.end_object(), std::logic_error);
    }
    SUBCASE("unbalanced ends") {
        JsonWriter w;
        CHECK_THROWS_AS(w.end_object(), std::logic_error);
        CHECK_THROWS_AS(w.end_array(), std::logic_error);
        w.begin_object();
        CHECK_THROWS_AS(w.end_array(), std::logic_error);
        w.end_object();
        CHECK_THROWS_AS(w.end_object(), std::logic_error);
    }
    SUBCASE("a second document") {
        JsonWriter w;
        w.value(1);
        CHECK_THROWS_AS(w.value(2), std::logic_error);
        CHECK_THROWS_AS(w.begin_object(), std::logic_error);
    }
    SUBCASE("str of an unfinished document") {
        JsonWriter w;
        CHECK_FALSE(w.complete());
        CHECK_THROWS_AS(w.str(), std::logic_error);
        w.begin_array();
        w.value(1);
        CHECK_THROWS_AS(w.str(), std::logic_error);
        w.end_array();
        CHECK(w.str() == "[\n  1\n]\n");
    }
    SUBCASE("bad decimals") {
        JsonWriter w;
        CHECK_THROWS_AS(w.value(1.0, 30), std::invalid_argument);
    }
}
