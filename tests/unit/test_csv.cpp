#include "mentor/formats/csv.hpp"

#include "mentor/core/error.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using mentor::CsvTable;
using mentor::csv_escape;
using mentor::csv_line;
using mentor::parse_csv;
using mentor::split_list_cell;
using Cells = std::vector<std::string>;

namespace {

CsvTable parse(std::string_view text) { return parse_csv(text, "people.csv"); }

/// The error parse_csv throws for `text`; fails the test when it throws none.
mentor::Error parse_error(std::string_view text) {
    try {
        parse(text);
    } catch (const mentor::Error& e) {
        return e;
    }
    FAIL("expected parse_csv to throw for: " << std::string(text));
    return mentor::Error("unreachable");
}

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_SUITE("csv: parse_csv") {

TEST_CASE("a plain comma-separated file") {
    const CsvTable t = parse(
        "name,email,roles\nAda Lovelace,ada@example.org,mentor\nAlan Turing,alan@example.org,mentee\n");
    CHECK(t.separator == ',');
    CHECK(t.header == Cells{"name", "email", "roles"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[0].cells == Cells{"Ada Lovelace", "ada@example.org", "mentor"});
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[1].cells == Cells{"Alan Turing", "alan@example.org", "mentee"});
}

TEST_CASE("the last row needs no line end") {
    const CsvTable t = parse("a,b\n1,2");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells == Cells{"1", "2"});
}

TEST_CASE("a header with no rows gives an empty table") {
    const CsvTable t = parse("name;email\r\n");
    CHECK(t.separator == ';');
    CHECK(t.header == Cells{"name", "email"});
    CHECK(t.rows.empty());
}

TEST_CASE("a semicolon file with quoted semicolons, as French spreadsheets save it") {
    const CsvTable t = parse(
        "nom;ville;compétences\n"
        "\"Dupré; Élodie\";Lyon;\"gestion de projet; python\"\n"
        "Noël Martin;\"Saint-Étienne\";\"1,5 ans\"\n");
    CHECK(t.separator == ';');
    CHECK(t.header == Cells{"nom", "ville", "compétences"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == Cells{"Dupré; Élodie", "Lyon", "gestion de projet; python"});
    CHECK(t.rows[1].cells == Cells{"Noël Martin", "Saint-Étienne", "1,5 ans"});
}

TEST_CASE("separator detection") {
    SUBCASE("more commas than semicolons") { CHECK(parse("a,b,c;d\n").separator == ','); }
    SUBCASE("more semicolons than commas") { CHECK(parse("a;b;c,d\n").separator == ';'); }
    SUBCASE("a tie goes to the semicolon") { CHECK(parse("a;b,c\n").separator == ';'); }
    SUBCASE("a single-column header defaults to the comma") {
        const CsvTable t = parse("name\nJean;Paul\n");
        CHECK(t.separator == ',');
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0].cells == Cells{"Jean;Paul"});
    }
    SUBCASE("separators inside quoted header names do not count") {
        const CsvTable t = parse("\"city;country\",\"a;b\",name\n");
        CHECK(t.separator == ',');
        CHECK(t.header == Cells{"city;country", "a;b", "name"});
    }
    SUBCASE("a quoted header name after spaces is still quoted") {
        const CsvTable t = parse("  \"x,y\" ;  \"z,w\"  ;v\n");
        CHECK(t.separator == ';');
        CHECK(t.header == Cells{"x,y", "z,w", "v"});
    }
    SUBCASE("only the header row decides") {
        const CsvTable t = parse("a;b\n1,5;2,5\n");
        CHECK(t.separator == ';');
        CHECK(t.rows[0].cells == Cells{"1,5", "2,5"});
    }
}

TEST_CASE("a UTF-8 BOM and CRLF line ends") {
    const CsvTable t = parse("\xEF\xBB\xBFname;email\r\nÉlodie Dupré;elodie@example.fr\r\nJosé;jose@example.es\r\n");
    CHECK(t.separator == ';');
    CHECK(t.header == Cells{"name", "email"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[0].cells == Cells{"Élodie Dupré", "elodie@example.fr"});
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[1].cells == Cells{"José", "jose@example.es"});
}

TEST_CASE("a BOM is stripped only at the very start") {
    const CsvTable t = parse("\xEF\xBB\xBF" "a\n\xEF\xBB\xBF" "b\n");
    CHECK(t.header == Cells{"a"});
    CHECK(t.rows[0].cells == Cells{"\xEF\xBB\xBF" "b"});
}

TEST_CASE("lone CR line ends, as old Mac spreadsheets save") {
    const CsvTable t = parse("a,b\r1,2\r3,4\r");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[1].cells == Cells{"3", "4"});
}

TEST_CASE("mixed line ends each count as one line") {
    const CsvTable t = parse("a\r\nx\ny\rz\r\n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].line == 3);
    CHECK(t.rows[2].line == 4);
    CHECK(t.rows[2].cells == Cells{"z"});
}

TEST_CASE("quoted cells: separators, doubled quotes, empty quotes") {
    const CsvTable t = parse("a,b,c,d\n\"x,y\",\"say \"\"hi\"\"\",\"\",\"\"\"\"\n");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells == Cells{"x,y", "say \"hi\"", "", "\""});
}

TEST_CASE("embedded newlines in quoted cells keep later line numbers right") {
    const CsvTable t = parse(
        "name;notes;team\r\n"
        "Ada;\"first line\r\nsecond line\r\n\r\nfourth\";R&D\r\n"
        "Alan;\"a\nb\";Ops\r\n"
        "\r\n"
        "Grace;\"c\rd\";QA\r\n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[0].cells == Cells{"Ada", "first line\nsecond line\n\nfourth", "R&D"});
    CHECK(t.rows[1].line == 6);
    CHECK(t.rows[1].cells == Cells{"Alan", "a\nb", "Ops"});
    CHECK(t.rows[2].line == 9);
    CHECK(t.rows[2].cells == Cells{"Grace", "c\nd", "QA"});
}

TEST_CASE("a quoted header name may span lines too") {
    const CsvTable t = parse("\"long\nname\",b\n1,2\n");
    CHECK(t.header == Cells{"long\nname", "b"});
    CHECK(t.rows[0].line == 3);
}

TEST_CASE("header names are trimmed, cells are not") {
    const CsvTable t = parse("  name , email\t,\" team \"\n  Ada , ada@x ,\t\n");
    CHECK(t.header == Cells{"name", "email", "team"});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].cells == Cells{"  Ada ", " ada@x ", "\t"});
}

TEST_CASE("spaces outside quotes are dropped, spaces inside are kept") {
    const CsvTable t = parse("a,b,c\n  \"x\"  , \" y \" ,\"z\"\t\n");
    CHECK(t.rows[0].cells == Cells{"x", " y ", "z"});
}

TEST_CASE("a quote inside an unquoted cell is kept as written") {
    const CsvTable t = parse("a,b\nsay \"hi\",5\" screen\n");
    CHECK(t.rows[0].cells == Cells{"say \"hi\"", "5\" screen"});
}

TEST_CASE("blank lines are skipped, before the header too") {
    const CsvTable t = parse("\n\r\n\nname,age\n\nAda,36\n\r\n\r\nAlan,41\n\n");
    CHECK(t.header == Cells{"name", "age"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 6);
    CHECK(t.rows[1].line == 9);
}

TEST_CASE("a line of spaces or separators is a row, not a blank line") {
    const CsvTable t = parse("a,b\n,\n \n");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == Cells{"", ""});
    CHECK(t.rows[1].cells == Cells{" ", ""});
}

TEST_CASE("a short row is padded with empty cells") {
    const CsvTable t = parse("a;b;c\n1\n1;2\n1;2;\n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].cells == Cells{"1", "", ""});
    CHECK(t.rows[1].cells == Cells{"1", "2", ""});
    CHECK(t.rows[2].cells == Cells{"1", "2", ""});
}

TEST_CASE("non-ASCII text of every length passes through unchanged") {
    const std::string names = "Élodie Dupré,Ørsted,Łukasz Żółw,Дмитрий,李小龙,😀 ok";
    const CsvTable t = parse("a,b,c,d,e,f\n" + names + "\n");
    CHECK(t.rows[0].cells == Cells{"Élodie Dupré", "Ørsted", "Łukasz Żółw", "Дмитрий", "李小龙", "😀 ok"});
}

TEST_CASE("empty column names are kept and never duplicates of each other") {
    const CsvTable t = parse("name;;email;\nAda;x;a@x;y\n");
    CHECK(t.header == Cells{"name", "", "email", ""});
    CHECK(t.rows[0].cells == Cells{"Ada", "x", "a@x", "y"});
}

TEST_CASE("a large file parses completely") {
    std::string text = "id;name;email;skills\r\n";
    for (int i = 0; i < 20000; ++i) {
        text += "p" + std::to_string(i) + ";\"Dupré, Élodie " + std::to_string(i) + "\";e" + std::to_string(i) +
                "@example.org;python|sql\r\n";
    }
    const CsvTable t = parse(text);
    REQUIRE(t.rows.size() == 20000);
    CHECK(t.rows.back().line == 20001);
    CHECK(t.rows.back().cells == Cells{"p19999", "Dupré, Élodie 19999", "e19999@example.org", "python|sql"});
}

}  // TEST_SUITE

TEST_SUITE("csv: parse_csv errors") {

TEST_CASE("empty input, or no header row") {
    for (const std::string_view text : {"", "\xEF\xBB\xBF", "\n", "\r\n\r\n", "\xEF\xBB\xBF\r\n"}) {
        const mentor::Error e = parse_error(text);
        CHECK(e.message() == "empty CSV file: expected a header row");
        CHECK(e.where().file == "people.csv");
    }
}

TEST_CASE("a header row of only empty names") {
    const mentor::Error e = parse_error("\n ; ;\nx;y;z\n");
    CHECK(e.where().line == 2);
    CHECK(contains(e.message(), "expected a header row"));
}

TEST_CASE("an unterminated quoted field points at its opening quote") {
    const mentor::Error e = parse_error("name,notes\nAda,ok\nÉlodie,\"never closed\nmore text\n");
    CHECK(e.where().line == 3);
    CHECK(e.where().column == 8);  // characters, not bytes: "Élodie," is 7 characters
    CHECK(contains(e.message(), "unterminated quoted field starting here"));
    CHECK(std::string(e.what()).rfind("people.csv:3:8: ", 0) == 0);
}

TEST_CASE("an unterminated quoted field in the header") {
    const mentor::Error e = parse_error("a,\"b\n");
    CHECK(e.where().line == 1);
    CHECK(e.where().column == 3);
    CHECK(contains(e.message(), "unterminated quoted field"));
}

TEST_CASE("a quoted field whose closing quote is really an escaped one") {
    const mentor::Error e = parse_error("a\n\"x\"\"\n");
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 1);
    CHECK(contains(e.message(), "unterminated quoted field"));
}

TEST_CASE("text after a closing quote") {
    SUBCASE("right after it") {
        const mentor::Error e = parse_error("a,b\n1,\"ab\"c\n");
        CHECK(e.where().line == 2);
        CHECK(e.where().column == 7);
        CHECK(contains(e.message(), "text after a closing quote"));
    }
    SUBCASE("after spaces, on a line after an embedded newline, with accents") {
        const mentor::Error e = parse_error("a;b\n\"x\ny\";\"é\"  z\n");
        CHECK(e.where().line == 3);
        CHECK(e.where().column == 9);
        CHECK(contains(e.message(), "expected ';'"));
    }
}

TEST_CASE("a row with more cells than the header") {
    const mentor::Error e = parse_error("name;email\nAda;ada@x\nÉlodie;e@x;extra;more\n");
    CHECK(e.where().line == 3);
    CHECK(e.where().column == 12);  // the first extra cell
    CHECK(contains(e.message(), "expected 2"));
    CHECK(contains(e.message(), "got 4"));
}

TEST_CASE("a trailing separator is an extra cell") {
    const mentor::Error e = parse_error("a,b\n1,2,\n");
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 5);
    CHECK(contains(e.message(), "got 3"));
}

TEST_CASE("duplicate column names are all named") {
    SUBCASE("one duplicate, found after trimming") {
        const mentor::Error e = parse_error("\nname,email, name\n");
        CHECK(e.where().line == 2);
        CHECK(e.message() == "duplicate column name in header: \"name\" (columns 1 and 3)");
    }
    SUBCASE("several") {
        const mentor::Error e = parse_error("a;b;a;c;b;a\n");
        CHECK(e.message() ==
              "duplicate column names in header: \"a\" (columns 1, 3 and 6), \"b\" (columns 2 and 5)");
    }
}

TEST_CASE("invalid UTF-8 is reported with its line and column") {
    SUBCASE("a Latin-1 file, as old Excel versions save") {
        const mentor::Error e = parse_error("name;city\nAda;Lyon\nRen\xE9;Paris\n");
        CHECK(e.where().line == 3);
        CHECK(e.where().column == 4);
        CHECK(contains(e.message(), "invalid UTF-8"));
        CHECK(contains(e.message(), "0xE9"));
    }
    SUBCASE("inside a quoted cell, after an embedded newline") {
        const mentor::Error e = parse_error("a\n\"ok\n\xC3\xA9\xFF\"\n");
        CHECK(e.where().line == 3);
        CHECK(e.where().column == 2);
    }
    SUBCASE("in the header") {
        CHECK(parse_error("n\x80me\n").where().line == 1);
    }
    SUBCASE("a sequence cut short by the end of the file") {
        CHECK(parse_error("a\nx\xE2\x82").where().line == 2);
    }
    SUBCASE("an overlong encoding") { CHECK(contains(parse_error("a\n\xC0\xAF\n").message(), "invalid UTF-8")); }
    SUBCASE("a surrogate") { CHECK(contains(parse_error("a\n\xED\xA0\x80\n").message(), "invalid UTF-8")); }
    SUBCASE("beyond U+10FFFF") { CHECK(contains(parse_error("a\n\xF4\x90\x80\x80\n").message(), "invalid UTF-8")); }
    SUBCASE("a truncated BOM") { CHECK(parse_error("\xEF\xBB" "a\n").where().line == 1); }
}

}  // TEST_SUITE

TEST_SUITE("csv: writing") {

TEST_CASE("csv_escape quotes only when needed") {
    CHECK(csv_escape("plain") == "plain");
    CHECK(csv_escape("") == "");
    CHECK(csv_escape("Élodie Dupré") == "Élodie Dupré");
    CHECK(csv_escape("a,b") == "\"a,b\"");
    CHECK(csv_escape("a;b", ';') == "\"a;b\"");
    CHECK(csv_escape("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_escape("two\nlines") == "\"two\nlines\"");
    CHECK(csv_escape("cr\r") == "\"cr\r\"");
    CHECK(csv_escape(" leading") == "\" leading\"");
    CHECK(csv_escape("trailing\t") == "\"trailing\t\"");
    CHECK(csv_escape("in the middle") == "in the middle");
    // The other separator is quoted too, so separator detection reads it back right.
    CHECK(csv_escape("a;b", ',') == "\"a;b\"");
    CHECK(csv_escape("1,5", ';') == "\"1,5\"");
}

TEST_CASE("csv_line joins escaped cells and ends the line") {
    CHECK(csv_line({"a", "b c", "d,e"}) == "a,b c,\"d,e\"\n");
    CHECK(csv_line({"a", "b;c", ""}, ';') == "a;\"b;c\";\n");
    CHECK(csv_line({}) == "\n");
    CHECK(csv_line({""}) == "\"\"\n");  // not a blank line, which the reader would skip
    CHECK(csv_line({"", ""}) == ",\n");
}

TEST_CASE("csv_line output reads back unchanged with parse_csv") {
    const Cells header = {"name", "notes", "city;country", "quote"};
    const std::vector<Cells> rows = {
        {"Élodie Dupré", "line one\nline two", "Lyon;France", "she said \"oui\""},
        {" spaced ", "", "a,b", "\""},
        {"", "", "", ""},
        {"\t", "trailing ", "x\r\ny", "😀"},
    };
    for (const char separator : {',', ';'}) {
        CAPTURE(separator);
        std::string text = csv_line(header, separator);
        for (const Cells& row : rows) text += csv_line(row, separator);
        const CsvTable t = parse(text);
        CHECK(t.separator == separator);
        CHECK(t.header == header);
        REQUIRE(t.rows.size() == rows.size());
        CHECK(t.rows[0].cells == rows[0]);
        CHECK(t.rows[1].cells == rows[1]);
        CHECK(t.rows[2].cells == rows[2]);
        CHECK(t.rows[3].cells == Cells{"\t", "trailing ", "x\ny", "😀"});  // CRLF inside a cell reads back as LF
        CHECK(t.rows[1].line == 4);  // after the two-line cell of row 0
        CHECK(t.rows[3].line == 6);
    }
}

TEST_CASE("a single-column file of empty cells round-trips") {
    const std::string text = csv_line({"name"}) + csv_line({""}) + csv_line({"x"});
    const CsvTable t = parse(text);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].cells == Cells{""});
}

}  // TEST_SUITE

TEST_SUITE("csv: split_list_cell") {

TEST_CASE("items separated by bars") {
    CHECK(split_list_cell("python | sql|public speaking ") == Cells{"python", "sql", "public speaking"});
    CHECK(split_list_cell("Lyon, France|Paris") == Cells{"Lyon, France", "Paris"});
}

TEST_CASE("items separated by commas when there is no bar") {
    CHECK(split_list_cell("fr, en ,de") == Cells{"fr", "en", "de"});
    CHECK(split_list_cell("gestion de projet") == Cells{"gestion de projet"});
}

TEST_CASE("empty items are dropped") {
    CHECK(split_list_cell("").empty());
    CHECK(split_list_cell("   ").empty());
    CHECK(split_list_cell("|").empty());
    CHECK(split_list_cell(",a,, ,b,") == Cells{"a", "b"});
    CHECK(split_list_cell("| a ||\tb\n|") == Cells{"a", "b"});
}

TEST_CASE("non-ASCII items") {
    CHECK(split_list_cell("prise de parole | négociation | 日本語") ==
          Cells{"prise de parole", "négociation", "日本語"});
}

}  // TEST_SUITE

TEST_SUITE("csv: CsvRows") {

// CsvRows reads each row again from where the first pass found it: every
// row must be parse_csv's, whatever came before it (quoted line breaks,
// blank lines, CR, CRLF, a BOM, short rows), in any order of reading.
TEST_CASE("every row read from its start is parse_csv's row") {
    const std::string text =
        "\xEF\xBB\xBFname;notes;team\r\n"
        "\r\n"
        "Ana;\"two\r\nlines; \"\"quoted\"\"\";Ops\r\n"
        "Bo\r\r\n"
        "  \"Cy\" ;;\n"
        "\"D\ne\";x;y";
    const CsvTable table = parse(text);
    const mentor::CsvRows rows(text, "people.csv");
    CHECK(rows.separator() == table.separator);
    CHECK(rows.header() == table.header);
    REQUIRE(rows.size() == table.rows.size());
    REQUIRE(rows.size() == 4);
    mentor::CsvRow row{0, {"left", "over", "from", "before"}};
    for (std::size_t i = rows.size(); i-- > 0;) {  // backwards, into one reused row
        rows.read(i, row);
        CHECK(row.line == table.rows[i].line);
        CHECK(row.cells == table.rows[i].cells);
    }
    CHECK(table.rows[1].line == 5);
    CHECK(table.rows[1].cells == Cells{"Bo", "", ""});
}

TEST_CASE("a bad file is refused whole, with parse_csv's error") {
    for (std::string_view bad : {"a,b\n1,2\n3,4,5\n", "a\n\"open\n", "a,a\n", "a\nok\n\xC3(\n", ""}) {
        const std::string expected = parse_error(bad).what();
        try {
            mentor::CsvRows rows(bad, "people.csv");
            FAIL("CsvRows accepted: " << std::string(bad));
        } catch (const mentor::Error& e) {
            CHECK(std::string(e.what()) == expected);
        }
    }
}

}
