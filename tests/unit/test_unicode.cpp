#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "mentor/core/ids.hpp"
#include "mentor/core/unicode.hpp"

using namespace mentor;

TEST_CASE("decode_utf8 reads one character and its length") {
    auto c = decode_utf8("A", 0);
    CHECK(c.valid);
    CHECK(c.code_point == U'A');
    CHECK(c.length == 1);

    c = decode_utf8("\u00C9", 0);  // É
    CHECK(c.valid);
    CHECK(c.code_point == 0xC9);
    CHECK(c.length == 2);

    c = decode_utf8("\u674E", 0);  // 李
    CHECK(c.code_point == 0x674E);
    CHECK(c.length == 3);

    c = decode_utf8("\U0001F600", 0);
    CHECK(c.code_point == 0x1F600);
    CHECK(c.length == 4);

    CHECK_THROWS_AS(decode_utf8("ab", 2), std::out_of_range);
}

TEST_CASE("decode_utf8 rejects malformed sequences one byte at a time") {
    const char* bad[] = {
        "\x80",              // lone continuation
        "\xC0\xAF",          // overlong '/'
        "\xE0\x80\xAF",      // overlong
        "\xED\xA0\x80",      // surrogate U+D800
        "\xF4\x90\x80\x80",  // above U+10FFFF
        "\xE4\xB8",          // truncated
        "\xE4\x41\x41",      // continuation missing
        "\xFF",
    };
    for (const char* text : bad) {
        CAPTURE(text);
        const auto c = decode_utf8(text, 0);
        CHECK_FALSE(c.valid);
        CHECK(c.length == 1);
        CHECK(c.code_point == 0xFFFD);
    }
}

TEST_CASE("is_valid_utf8") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("\u00C9lodie Dupr\u00E9"));
    CHECK(is_valid_utf8("\u674E\u5C0F\u9F99"));
    CHECK(is_valid_utf8("\U0001F44D\U0010FFFF"));
    CHECK_FALSE(is_valid_utf8("caf\xE9"));  // Latin-1 é
    CHECK_FALSE(is_valid_utf8("abc\xE4\xB8"));
    CHECK_FALSE(is_valid_utf8("\xED\xBF\xBF"));
    CHECK_FALSE(is_valid_utf8(std::string("a\0\xC0\x80", 4)));  // overlong NUL
    CHECK(is_valid_utf8(std::string("a\0b", 3)));               // a real NUL is valid UTF-8
}

TEST_CASE("to_valid_utf8 replaces each invalid byte") {
    CHECK(to_valid_utf8("caf\xE9!") == "caf\uFFFD!");
    CHECK(to_valid_utf8("\xE4\xB8") == "\uFFFD\uFFFD");
    CHECK(to_valid_utf8("\u00E9t\u00E9") == "\u00E9t\u00E9");
}

TEST_CASE("append_utf8 encodes every length and refuses surrogates") {
    std::string out;
    append_utf8(out, U'a');
    append_utf8(out, 0xE9);
    append_utf8(out, 0x674E);
    append_utf8(out, 0x1F600);
    CHECK(out == "a\u00E9\u674E\U0001F600");
    std::string bad;
    append_utf8(bad, 0xD800);
    append_utf8(bad, 0x110000);
    CHECK(bad == "\uFFFD\uFFFD");
}

TEST_CASE("display_width counts terminal columns") {
    CHECK(display_width("") == 0);
    CHECK(display_width("Elodie") == 6);
    CHECK(display_width("\u00C9lodie") == 6);         // precomposed É: 7 bytes, 6 columns
    CHECK(display_width("e\u0301") == 1);             // e + combining acute
    CHECK(display_width("Zoe\u0308") == 3);           // Zoë, decomposed
    CHECK(display_width("\u674E\u5C0F\u9F99") == 6);  // 李小龙
    CHECK(display_width("\uD55C\uAD6D\uC5B4") == 6);  // 한국어
    CHECK(display_width("\u3072\u3089\u304C\u306A") == 8);  // ひらがな
    CHECK(display_width("\uFF21\uFF22") == 4);        // fullwidth ＡＢ
    CHECK(display_width("\U0001F600") == 2);          // 😀
    CHECK(display_width("\U0001F44D\U0001F3FD") == 2);  // 👍 + skin tone
    CHECK(display_width("\u2764\uFE0F") == 1);        // variation selector adds nothing
    CHECK(display_width("a\u200Db") == 2);            // zero-width joiner
    CHECK(display_width("a\u200Bb") == 2);            // zero-width space
    CHECK(display_width("\uFEFFx") == 1);             // BOM
    CHECK(display_width("a\tb\n") == 2);              // controls take no column
    CHECK(display_width("\x1b") == 0);
    CHECK(display_width("\u0645\u064E") == 1);        // Arabic letter + fatha
    CHECK(display_width("\u0915\u093F") == 2);        // Devanagari: spacing vowel sign counts
    CHECK(display_width("\u0905\u0902\u091C\u0932\u093F") == 4);  // अंजलि: anusvara takes none
    CHECK(display_width("\u0BA4\u0BAE\u0BBF\u0BB4\u0BCD") == 4);  // தமிழ்: virama takes none
    CHECK(display_width("\u0E2A\u0E38\u0E02") == 2);             // สุข: Thai vowel below
    CHECK(display_width("caf\xE9") == 4);             // invalid byte counts one
    CHECK(display_width("\xE4\xB8") == 2);            // each invalid byte counts one
    CHECK(display_width("\u2500\u2026") == 2);        // box drawing and ellipsis are narrow
}

TEST_CASE("code_point_width edges of the tables") {
    CHECK(code_point_width(0x2FF) == 1);
    CHECK(code_point_width(0x300) == 0);
    CHECK(code_point_width(0x36F) == 0);
    CHECK(code_point_width(0x370) == 1);
    CHECK(code_point_width(0x10FF) == 1);
    CHECK(code_point_width(0x1100) == 2);
    CHECK(code_point_width(0x115F) == 2);
    CHECK(code_point_width(0x1160) == 0);
    CHECK(code_point_width(0x3000) == 2);  // ideographic space
    CHECK(code_point_width(0x302A) == 0);  // tone mark inside a wide block
    CHECK(code_point_width(0x303F) == 1);
    CHECK(code_point_width(0xD7A3) == 2);
    CHECK(code_point_width(0xD7A4) == 1);
    CHECK(code_point_width(0xFF61) == 1);  // halfwidth katakana punctuation
    CHECK(code_point_width(0x20000) == 2);
    CHECK(code_point_width(0xE0001) == 0);
    CHECK(code_point_width(0x10FFFF) == 1);
    CHECK(code_point_width(0x9F) == 0);
    CHECK(code_point_width(0xA0) == 1);
}

TEST_CASE("truncate_to_width") {
    CHECK(truncate_to_width("hello", 10) == "hello");
    CHECK(truncate_to_width("hello", 5) == "hello");
    CHECK(truncate_to_width("hello", 4) == "hel\u2026");
    CHECK(truncate_to_width("hello", 1) == "\u2026");
    CHECK(truncate_to_width("hello", 0) == "");
    CHECK(truncate_to_width("hello", -3) == "");
    CHECK(truncate_to_width("", 3) == "");

    // Wide characters are never split; the result may be one column short.
    CHECK(truncate_to_width("\u674E\u5C0F\u9F99", 4) == "\u674E\u2026");
    CHECK(display_width(truncate_to_width("\u674E\u5C0F\u9F99", 4)) == 3);
    CHECK(truncate_to_width("\u674E\u5C0F\u9F99", 5) == "\u674E\u5C0F\u2026");
    CHECK(truncate_to_width("\u674E\u5C0F\u9F99", 6) == "\u674E\u5C0F\u9F99");

    // A combining mark stays with its letter, or goes with it.
    CHECK(truncate_to_width("e\u0301te\u0301s", 3) == "e\u0301t\u2026");
    CHECK(truncate_to_width("e\u0301e\u0301e\u0301", 2) == "e\u0301\u2026");
    CHECK(truncate_to_width("\u00C9lodie Dupr\u00E9", 7) == "\u00C9lodie\u2026");

    for (int w = 0; w <= 12; ++w) {
        CAPTURE(w);
        CHECK(display_width(truncate_to_width("\u00C9l\u674E\U0001F600 abcdef", w)) <= w);
    }
}

TEST_CASE("pad_right and pad_left use display width") {
    CHECK(pad_right("ab", 4) == "ab  ");
    CHECK(pad_left("ab", 4) == "  ab");
    CHECK(pad_right("\u00C9lodie", 8) == "\u00C9lodie  ");
    CHECK(pad_right("\u674E\u5C0F\u9F99", 8) == "\u674E\u5C0F\u9F99  ");
    CHECK(pad_left("e\u0301", 3) == "  e\u0301");
    CHECK(pad_right("toolong", 3) == "toolong");  // never truncates
    CHECK(pad_left("toolong", 3) == "toolong");
    CHECK(pad_right("", 0) == "");
    CHECK(pad_left("x", -1) == "x");
}

TEST_CASE("single_line makes text safe for one line") {
    CHECK(single_line("plain") == "plain");
    CHECK(single_line("a\nb") == "a b");
    CHECK(single_line("a\r\nb") == "a b");
    CHECK(single_line("a\rb\tc") == "a b c");
    CHECK(single_line("a\u2028b") == "a b");
    CHECK(single_line("\x1b[31mred") == "\uFFFD[31mred");
    CHECK(single_line("x\x7fy") == "x\uFFFDy");
    CHECK(single_line("caf\xE9") == "caf\uFFFD");
    CHECK(single_line("\u00C9lodie \u674E") == "\u00C9lodie \u674E");
    CHECK(single_line("e\u0301") == "e\u0301");
}

TEST_CASE("slugify through utf8proc: decomposed, marks stripped, undecomposable letters spelled") {
    CHECK(slugify("Fran\u00E7ois Nguy\u1EC5n") == "francois-nguyen");  // ễ: two marks on one letter
    CHECK(slugify("\u0141ukasz") == "lukasz");
    CHECK(slugify("\u00D8rsted") == "orsted");
    CHECK(slugify("Stra\u00DFe") == "strasse");
    CHECK(slugify("STRA\u1E9EE") == "strasse");  // capital sharp s
    CHECK(slugify("\u00C9lodie Dupr\u00E9") == "elodie-dupre");
    CHECK(slugify("\u0110\u1ED7 Th\u1ECB H\u01B0\u01A1ng") == "do-thi-huong");  // Đỗ Thị Hương
    CHECK(slugify("\u00DE\u00F3r\u00F0ur \u00C6gisson") == "thordur-aegisson");  // Þórður Ægisson
    CHECK(slugify("\u0152uvre \u0153il") == "oeuvre-oeil");
    CHECK(slugify("Ya\u015Far \u0130nce \u0131\u015F\u0131k") == "yasar-ince-isik");  // Turkish İ and ı
    CHECK(slugify("Zo\u00EB \u00C5ngstr\u00F6m") == "zoe-angstrom");
    CHECK(slugify("\uFF21\uFF22\uFF23") == "abc");           // fullwidth letters
    CHECK(slugify("\uFB01nance") == "finance");              // ﬁ ligature
    CHECK(slugify("Ana \u674E") == "ana");                   // other scripts separate words
    CHECK(slugify("\u674E Ana \u00B7 B") == "ana-b");
    CHECK(slugify("\u0410\u043D\u043D\u0430") == "");        // Анна: nothing usable
    CHECK(slugify("caf\xE9 noir") == "caf-noir");            // an invalid byte separates, as before
    CHECK(slugify("a\xE4\xB8z") == "a-z");
    CHECK(slugify("") == "");
    CHECK(slugify(std::string(100, 'a')).size() == 64);
    // Every slug is an id.
    for (const char* name : {"Fran\u00E7ois Nguy\u1EC5n", "\u0141ukasz", "--x--", "\xFF\xFE", "A\u0301\u0301\u0301b"})
        if (auto s = slugify(name); !s.empty()) CHECK_MESSAGE(is_valid_id(s), s);
}

TEST_CASE("fold_key compares names without case or accents") {
    CHECK(fold_key("Leadership") == "leadership");
    CHECK(fold_key("LEADERSHIP") == fold_key("leadership"));
    CHECK(fold_key("N\u00E9gociation") == "negociation");
    CHECK(fold_key("ne\u0301gociation") == "negociation");  // decomposed é
    CHECK(fold_key("Project management") == fold_key("project-management"));
    CHECK(fold_key("  Prise de parole!  ") == "prise-de-parole");
    CHECK(fold_key("\u0141\u00F3d\u017A") == "lodz");
    CHECK(fold_key("Stra\u00DFe") == fold_key("STRASSE"));
    // Other scripts are kept, case-folded: two different skills stay two keys.
    CHECK(fold_key("\u65E5\u672C\u8A9E") == "\u65E5\u672C\u8A9E");
    CHECK(fold_key("\u4E2D\u6587") != fold_key("\u65E5\u672C\u8A9E"));
    CHECK(fold_key("\u0420\u0423\u0421\u0421\u041A\u0418\u0419") == fold_key("\u0440\u0443\u0441\u0441\u043A\u0438\u0439"));
    CHECK(fold_key("\u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC") == fold_key("\u03B5\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03B1"));
    // Invalid bytes separate words; the key is always valid UTF-8.
    CHECK(fold_key("caf\xE9") == "caf");
    CHECK(is_valid_utf8(fold_key("a\xC0\xAF\xED\xA0\x80z")));
    CHECK(fold_key("!!!") == "");
}

TEST_CASE("display_width from utf8proc: wide, combining, emoji") {
    CHECK(display_width("\U0001F680") == 2);              // 🚀
    CHECK(display_width("\U0001F9D1\u200D\U0001F4BB") == 4);  // 🧑‍💻: each emoji counts, the ZWJ none
    CHECK(display_width("\u231A") == 2);                  // ⌚ emoji presentation
    CHECK(display_width("Nguy\u1EC5n") == 6);
    CHECK(display_width("Nguye\u0302\u0303n") == 6);      // decomposed ễ
    CHECK(display_width("\u00AD") == 1);                  // soft hyphen
    CHECK(display_width("\u3000") == 2);                  // ideographic space
    CHECK(display_width("\u1100\u1161\u11A8") == 2);      // 각 as conjoining jamo: one syllable
    CHECK(code_point_width(0x0378) == 1);                 // unassigned
    CHECK(code_point_width(0x110000) == 1);               // not a code point
}
