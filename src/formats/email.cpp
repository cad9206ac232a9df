// RFC 5322 messages with MIME parts: headers, encoded words, quoted-printable.

#include "mentor/formats/email.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <stdexcept>

#include "mentor/core/i18n.hpp"

namespace mentor {
namespace {

constexpr size_t kHeaderLine = 78;  // RFC 5322 §2.1.1: SHOULD
constexpr size_t kQpLine = 76;      // RFC 2045 §6.7 (5)
constexpr size_t kEncodedWord = 75;  // RFC 2047 §2
constexpr std::string_view kWordStart = "=?UTF-8?Q?", kWordEnd = "?=";

bool printable_ascii(std::string_view text) {
    for (unsigned char c : text)
        if (c < 0x20 || c > 0x7e) return false;
    return true;
}

std::string hex_byte(unsigned char c) { return fmt::format("={:02X}", c); }

// Safe in a header: no line break (an injected header), no control byte.
// `refusal` is the message, marked with N_.
void require_token(const char* refusal, std::string_view value) {
    for (unsigned char c : value)
        if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>') throw std::invalid_argument(tr(refusal));
}

// RFC 2047 §5 (3): in a phrase, only letters, digits and !*+-/ stay as they are.
std::string q_encode_char(std::string_view ch) {
    if (ch.size() == 1) {
        const char c = ch[0];
        if (c == ' ') return "_";
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            std::string_view("!*+-/").find(c) != std::string_view::npos)
            return std::string(1, c);
    }
    std::string out;
    for (unsigned char c : ch) out += hex_byte(c);
    return out;
}

// The length of the UTF-8 sequence starting with `lead` (1 for a stray byte).
size_t sequence_length(unsigned char lead) {
    if (lead >= 0xF0 && lead < 0xF8) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

bool is_atext(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

std::string text_part_headers() {
    return header_line("Content-Type", "text/plain; charset=utf-8") +
           header_line("Content-Transfer-Encoding", "quoted-printable");
}

// A boundary that quoted-printable text can never contain: "=_" is not a
// valid QP sequence (RFC 2045 §6.7 only writes "=" before hex digits or CRLF).
std::string boundary_of(const MailMessage& m) { return "=_mentor_" + stable_hex(m.message_id); }

}  // namespace

std::string encode_words(std::string_view text) {
    if (printable_ascii(text)) return std::string(text);
    const size_t room = kEncodedWord - kWordStart.size() - kWordEnd.size();
    std::string out, word;
    auto flush = [&] {
        if (word.empty()) return;
        out += (out.empty() ? "" : " ") + std::string(kWordStart) + word + std::string(kWordEnd);
        word.clear();
    };
    for (size_t i = 0; i < text.size();) {
        size_t n = std::min(sequence_length(static_cast<unsigned char>(text[i])), text.size() - i);
        std::string piece = q_encode_char(text.substr(i, n));
        if (word.size() + piece.size() > room) flush();
        word += piece;
        i += n;
    }
    flush();
    return out;
}

std::string mailbox(const MailAddress& a) {
    require_token(N_("an e-mail address holds a character a header cannot take"), a.address);
    if (a.name.empty()) return a.address;
    std::string phrase;
    bool atoms = true;
    for (char c : a.name) atoms = atoms && (is_atext(c) || c == ' ');
    if (!printable_ascii(a.name)) {
        phrase = encode_words(a.name);
    } else if (atoms) {
        phrase = a.name;
    } else {
        phrase = "\"";
        for (char c : a.name) phrase += (c == '"' || c == '\\' ? "\\" : "") + std::string(1, c);
        phrase += "\"";
    }
    return phrase + " <" + a.address + ">";
}

std::string quoted_printable(std::string_view text) {
    std::string out, line;
    auto end_line = [&](bool hard) {
        // A space or tab before a line end would be lost in transport: encode it.
        if (hard && !line.empty() && (line.back() == ' ' || line.back() == '\t')) {
            char last = line.back();
            line.pop_back();
            if (line.size() + 3 > kQpLine) out += line + "=\r\n", line.clear();
            line += hex_byte(static_cast<unsigned char>(last));
        }
        out += line + (hard ? "\r\n" : "=\r\n");
        line.clear();
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: the LF ends the line
        if (c == '\n') {
            end_line(true);
            continue;
        }
        std::string piece = (c == '=' || c > 0x7e || (c < 0x20 && c != '\t')) ? hex_byte(c) : std::string(1, char(c));
        if (line.size() + piece.size() > kQpLine - 1) end_line(false);  // leave room for the soft break's "="
        line += piece;
    }
    if (!line.empty()) end_line(true);
    return out;
}

std::string header_line(std::string_view name, std::string_view value) {
    for (unsigned char c : value)
        if (c == '\r' || c == '\n') throw std::invalid_argument(tr("a header value holds a line break"));

    std::string line = std::string(name) + ": " + std::string(value);
    std::string out;
    while (line.size() > kHeaderLine) {
        // The last space within the limit, else the first after it (a long word cannot be cut).
        size_t cut = line.rfind(' ', kHeaderLine);
        if (cut == std::string::npos || cut <= name.size() + 1) cut = line.find(' ', kHeaderLine);
        if (cut == std::string::npos) break;
        out += line.substr(0, cut) + "\r\n";
        line = line.substr(cut);  // the continuation starts with the space (folding white space)
    }
    return out + line + "\r\n";
}

std::string stable_hex(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : text) h = (h ^ c) * 0x100000001b3ull;
    return fmt::format("{:016x}", h);
}

std::string mail_date(Date d) {
    // RFC 5322's names, three letters each: English in every language (the
    // Date header is read by mail programs, not people).
    static constexpr std::string_view kDays = "SunMonTueWedThuFriSat";
    static constexpr std::string_view kMonths = "JanFebMarAprMayJunJulAugSepOctNovDec";
    return fmt::format("{}, {:02} {} {:04} 00:00:00 +0000", kDays.substr(3 * d.weekday().c_encoding(), 3), d.day(),
                       kMonths.substr(3 * (d.month() - 1), 3), d.year());
}

std::string render_message(const MailMessage& m) {
    require_token(N_("a Message-ID holds a character a header cannot take"), m.message_id);
    std::string out = header_line("From", mailbox(m.from)) + header_line("To", mailbox(m.to)) +
                      header_line("Subject", encode_words(m.subject)) + header_line("Date", mail_date(m.date)) +
                      header_line("Message-ID", "<" + m.message_id + ">") + header_line("MIME-Version", "1.0");
    if (m.attachments.empty()) return out + text_part_headers() + "\r\n" + quoted_printable(m.body);
    const std::string boundary = boundary_of(m);
    out += header_line("Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"") + "\r\n";
    out += "--" + boundary + "\r\n" + text_part_headers() + "\r\n" + quoted_printable(m.body);
    for (const auto& part : m.attachments) {
        require_token(N_("an attachment's file name holds a character a header cannot take"), part.filename);
        out += "--" + boundary + "\r\n" + header_line("Content-Type", part.content_type) +
               header_line("Content-Transfer-Encoding", "quoted-printable") +
               header_line("Content-Disposition", "attachment; filename=\"" + part.filename + "\"") + "\r\n" +
               quoted_printable(part.content);
    }
    return out + "--" + boundary + "--\r\n";
}

}  // namespace mentor
