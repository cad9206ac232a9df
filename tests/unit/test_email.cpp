#include <doctest/doctest.h>

#include <stdexcept>

#include "mentor/formats/email.hpp"
#include "mentor/formats/ics.hpp"

using namespace mentor;

namespace {

// Every physical line of `text` ends with CRLF and is at most `limit` octets.
void check_lines(const std::string& text, size_t limit) {
    REQUIRE(text.size() >= 2);
    CHECK(text.substr(text.size() - 2) == "\r\n");
    for (size_t start = 0, end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2) {
        std::string line = text.substr(start, end - start);
        CHECK_MESSAGE(line.size() <= limit, line);
        CHECK(line.find('\n') == std::string::npos);
    }
}

}  // namespace

TEST_CASE("email: RFC 2047 encoded words only for what is not ASCII") {
    CHECK(encode_words("Ann Lee") == "Ann Lee");
    CHECK(encode_words("Élodie Dupré") == "=?UTF-8?Q?=C3=89lodie_Dupr=C3=A9?=");
    // Specials of a phrase are encoded too, so the word stays one token.
    CHECK(encode_words("é\"x?") == "=?UTF-8?Q?=C3=A9=22x=3F?=");
    // A long name makes several words of at most 75 octets, none splitting a character.
    std::string name;
    for (int i = 0; i < 30; ++i) name += "é";
    std::string words = encode_words(name);
    size_t count = 0;
    for (size_t start = 0; start < words.size(); ++count) {
        size_t end = words.find(' ', start);
        if (end == std::string::npos) end = words.size();
        std::string word = words.substr(start, end - start);
        CHECK(word.size() <= 75);
        CHECK(word.rfind("=?UTF-8?Q?", 0) == 0);
        CHECK(word.find("=C3?=") == std::string::npos);  // never a lead byte without its continuation
        start = end + 1;
    }
    CHECK(count == 3);  // 63 octets of a word hold 10 "=C3=A9"
}

TEST_CASE("email: mailboxes quote or encode the display name") {
    CHECK(mailbox({"", "a@example.org"}) == "a@example.org");
    CHECK(mailbox({"Ann Lee", "a@example.org"}) == "Ann Lee <a@example.org>");
    CHECK(mailbox({"Lee, Ann \"A\"", "a@example.org"}) == "\"Lee, Ann \\\"A\\\"\" <a@example.org>");
    CHECK(mailbox({"Zoé", "z@example.org"}) == "=?UTF-8?Q?Zo=C3=A9?= <z@example.org>");
    CHECK_THROWS_AS(mailbox({"x", "a@example.org>\r\nBcc: b@example.org"}), std::invalid_argument);
}

TEST_CASE("email: quoted-printable") {
    CHECK(quoted_printable("a=b\n") == "a=3Db\r\n");
    CHECK(quoted_printable("é\r\nx") == "=C3=A9\r\nx\r\n");
    CHECK(quoted_printable("trailing \nend\t\n") == "trailing=20\r\nend=09\r\n");
    // A long line gets soft breaks, never inside an =XX, at most 76 octets each.
    std::string long_line(100, 'a');
    long_line += "ééé";
    std::string qp = quoted_printable(long_line + "\n");
    check_lines(qp, 76);
    CHECK(qp.find("=\r\n") != std::string::npos);
    std::string joined;  // undoing the soft breaks gives the encoded line back
    for (size_t start = 0, end; (end = qp.find("\r\n", start)) != std::string::npos; start = end + 2) {
        std::string line = qp.substr(start, end - start);
        joined += line.back() == '=' ? line.substr(0, line.size() - 1) : line;
    }
    CHECK(joined == std::string(100, 'a') + "=C3=A9=C3=A9=C3=A9");
}

TEST_CASE("email: header folding at spaces, at most 78 octets where possible") {
    CHECK(header_line("Subject", "short") == "Subject: short\r\n");
    std::string value;
    for (int i = 0; i < 20; ++i) value += "word" + std::to_string(i) + " ";
    value += "end";
    std::string folded = header_line("Subject", value);
    check_lines(folded, 78);
    CHECK(folded.find("\r\n word") != std::string::npos);  // a continuation starts with the space
    std::string unfolded = folded;
    for (size_t p; (p = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(p, 2);
    CHECK(unfolded == "Subject: " + value + "\r\n");
    CHECK_THROWS_AS(header_line("Subject", "a\r\nBcc: x"), std::invalid_argument);
}

TEST_CASE("email: dates and stable ids") {
    CHECK(mail_date(*parse_iso_date("2026-03-02")) == "Mon, 02 Mar 2026 00:00:00 +0000");
    CHECK(mail_date(*parse_iso_date("2026-12-01")) == "Tue, 01 Dec 2026 00:00:00 +0000");
    CHECK(stable_hex("") == "cbf29ce484222325");
    CHECK(stable_hex("program") == stable_hex("program"));
    CHECK(stable_hex("program") != stable_hex("programme"));
}

TEST_CASE("email: a whole message, single part and multipart") {
    MailMessage m;
    m.from = {"Lumen mentoring", "mentoring@example.org"};
    m.to = {"Élodie Dupré", "elodie@example.org"};
    m.subject = "Votre agenda de mentorat — semaine 10";
    m.message_id = "agenda.2026-03-02.elodie-dupre.0123@example.org";
    m.date = *parse_iso_date("2026-03-02");
    m.body = "Bonjour Élodie,\n\n" + std::string(120, '-') + "\n";
    std::string text = render_message(m);
    check_lines(text, 78);
    CHECK(text.find("To: =?UTF-8?Q?=C3=89lodie_Dupr=C3=A9?= <elodie@example.org>\r\n") != std::string::npos);
    CHECK(text.find("Content-Type: text/plain; charset=utf-8\r\n") != std::string::npos);
    CHECK(text.find("Content-Transfer-Encoding: quoted-printable\r\n\r\nBonjour =C3=89lodie,\r\n") != std::string::npos);
    CHECK(text.find("Message-ID: <agenda.2026-03-02.elodie-dupre.0123@example.org>\r\n") != std::string::npos);
    CHECK(render_message(m) == text);  // same input, same bytes

    m.attachments.push_back({"text/calendar; charset=utf-8; method=PUBLISH", "sessions.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"});
    std::string multi = render_message(m);
    check_lines(multi, 78);
    const std::string boundary = "=_mentor_" + stable_hex(m.message_id);
    CHECK(multi.find("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n") != std::string::npos);
    CHECK(multi.find("\r\n--" + boundary + "\r\nContent-Type: text/calendar") != std::string::npos);
    CHECK(multi.substr(multi.size() - boundary.size() - 6) == "--" + boundary + "--\r\n");
}

TEST_CASE("ics: parameter values are quoted with RFC 6868 escapes") {
    CHECK(ics_quote_param("Ann Lee") == "\"Ann Lee\"");
    CHECK(ics_quote_param("O\"Brien; ^x:y") == "\"O^'Brien; ^^x:y\"");
    CHECK(ics_quote_param("a\nb") == "\"a^nb\"");
}
