#pragma once
/// Internet messages (RFC 5322 with MIME, RFC 2045-2047) as bytes: the
/// `mentor agenda --mail` drafts. Knows nothing of mentoring.
///
/// The output is byte-stable (no clock, no random boundary): the same
/// message gives the same bytes. Every line ends with CRLF; header lines are
/// folded to at most 78 octets where they have a space to fold at (never
/// past 998); bodies are quoted-printable (lines of at most 76 octets, only
/// ASCII), so a draft passes any mail transport unchanged.

#include <string>
#include <string_view>
#include <vector>

#include "mentor/core/date.hpp"

namespace mentor {

/// A mailbox: "Name <address>", or the bare address without a name.
struct MailAddress {
    std::string name;
    std::string address;  ///< ASCII addr-spec, as mentor's schema checks it
};

/// A MIME part besides the text: an attachment.
struct MailPart {
    std::string content_type;  ///< e.g. "text/calendar; charset=utf-8; method=PUBLISH"
    std::string filename;      ///< Content-Disposition: attachment; filename=...
    std::string content;       ///< text, any line ends; sent quoted-printable
};

struct MailMessage {
    MailAddress from, to;
    std::string subject;     ///< UTF-8: encoded words when not ASCII
    std::string message_id;  ///< without the angle brackets: id-left@id-right
    Date date;               ///< the Date header, at 00:00:00 +0000 that day
    std::string body;        ///< UTF-8 text, LF or CRLF line ends
    std::vector<MailPart> attachments;  ///< none: a single text/plain message
};

/// The whole message. With attachments it is multipart/mixed: the text
/// first, then each part. Throws std::invalid_argument for an address or
/// id holding a control character, a space or angle brackets (a header
/// injection), which the caller should never pass.
std::string render_message(const MailMessage& message);

/// RFC 2047 encoded words ("=?UTF-8?Q?...?="), each at most 75 octets and
/// never splitting a UTF-8 sequence, separated by a space; `text` itself
/// when it is printable ASCII (no encoding needed).
std::string encode_words(std::string_view text);

/// A display name as a phrase: plain when it is atoms and spaces, a quoted
/// string when it holds other printable ASCII, encoded words otherwise.
std::string mailbox(const MailAddress& address);

/// Quoted-printable (RFC 2045 §6.7): '=' and every byte outside printable
/// ASCII as =XX, a space or tab ending a line encoded, lines of at most 76
/// octets with soft breaks ("=" CRLF) never inside an =XX; the text's line
/// ends (LF or CRLF) become CRLF hard breaks.
std::string quoted_printable(std::string_view text);

/// One header field "Name: value", folded before spaces so that each line
/// is at most 78 octets where it can be; every line ends with CRLF.
std::string header_line(std::string_view name, std::string_view value);

/// 16 hex digits (FNV-1a, 64 bits) of `text`: the same input gives the same
/// digits on every machine, for Message-IDs and MIME boundaries that must
/// not change from one run to the next. Not a cryptographic hash.
std::string stable_hex(std::string_view text);

/// "Mon, 02 Mar 2026 00:00:00 +0000" (RFC 5322 §3.3).
std::string mail_date(Date date);

}  // namespace mentor
